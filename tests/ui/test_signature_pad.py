"""The signature pad, picture clean-up, typed signatures and the signature dialog."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qt_compat import qt_api
from pytestqt.qtbot import QtBot

from composer.core.model import Signature, letter_from_dict
from composer.pdf.build import build_pdf
from composer.ui.qt import Qt, QtCore, QtGui, QtWidgets
from composer.ui.signature import (
    SignatureDialog,
    SignaturePad,
    image_with_transparent_background,
    load_handwriting_font,
    typed_signature_image,
)
from tests.conftest import letter_data

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton
NO_BUTTON = Qt.MouseButton.NoButton
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def send_mouse(
    widget: QtWidgets.QWidget,
    kind: QtCore.QEvent.Type,
    x: float,
    y: float,
    button: Qt.MouseButton,
    buttons: Qt.MouseButton,
) -> None:
    pos = QtCore.QPointF(x, y)
    event = QtGui.QMouseEvent(kind, pos, widget.mapToGlobal(pos), button, buttons, NO_MODIFIER)
    QtWidgets.QApplication.sendEvent(widget, event)


def draw(pad: QtWidgets.QWidget, points: list[tuple[float, float]]) -> None:
    """One mouse stroke through ``points`` (widget pixels)."""
    (x0, y0), *rest = points
    send_mouse(pad, QtCore.QEvent.Type.MouseButtonPress, x0, y0, LEFT, LEFT)
    for x, y in rest[:-1]:
        send_mouse(pad, QtCore.QEvent.Type.MouseMove, x, y, NO_BUTTON, LEFT)
    x, y = rest[-1]
    send_mouse(pad, QtCore.QEvent.Type.MouseButtonRelease, x, y, LEFT, NO_BUTTON)


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box would wait forever for a click: fail instead."""

    def refuse(*args: object) -> None:
        raise AssertionError(f"unexpected message box: {args[1:]}")

    monkeypatch.setattr(QtWidgets.QMessageBox, "warning", refuse)


@pytest.fixture
def pad(qtbot: QtBot) -> SignaturePad:
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(600, 200)  # one pixel per canvas unit
    return widget


def test_mouse_stroke_is_recorded_in_order(qtbot: QtBot, pad: SignaturePad) -> None:
    with qtbot.waitSignal(pad.changed, timeout=1000):
        draw(pad, [(10, 20), (30, 40), (50, 45), (70, 30)])
    assert pad.strokes() == (((10, 20, 0), (30, 40, 0), (50, 45, 0), (70, 30, 0)),)
    assert not pad.is_empty()


def test_moves_without_a_press_draw_nothing(pad: SignaturePad) -> None:
    send_mouse(pad, QtCore.QEvent.Type.MouseMove, 10, 10, NO_BUTTON, NO_BUTTON)
    send_mouse(pad, QtCore.QEvent.Type.MouseMove, 20, 20, NO_BUTTON, NO_BUTTON)
    assert pad.is_empty()


def test_coordinates_are_independent_of_the_pad_size(qtbot: QtBot, pad: SignaturePad) -> None:
    pad.resize(1200, 400)  # twice the canvas: pixels are halved into canvas units
    draw(pad, [(100, 100), (300, 200)])
    assert pad.strokes() == (((50, 50, 0), (150, 100, 0)),)
    before = pad.strokes()
    pad.resize(400, 300)
    pad.grab()  # paints at the new size
    assert pad.strokes() == before


def tablet_event(
    kind: QtCore.QEvent.Type, x: float, y: float, pressure: float, buttons: Qt.MouseButton
) -> QtGui.QTabletEvent:
    device = QtGui.QPointingDevice.primaryPointingDevice()
    pos = QtCore.QPointF(x, y)
    button = LEFT if kind != QtCore.QEvent.Type.TabletMove else NO_BUTTON
    return QtGui.QTabletEvent(
        kind, device, pos, pos, pressure, 0, 0, 0, 0, 0, NO_MODIFIER, button, buttons
    )


def test_tablet_pressure_is_recorded_and_the_event_accepted(pad: SignaturePad) -> None:
    press = tablet_event(QtCore.QEvent.Type.TabletPress, 10, 10, 0.7, LEFT)
    QtWidgets.QApplication.sendEvent(pad, press)
    assert press.isAccepted()
    move = tablet_event(QtCore.QEvent.Type.TabletMove, 40, 20, 0.5, LEFT)
    QtWidgets.QApplication.sendEvent(pad, move)
    # A mouse event Qt might synthesize from the pen must not start a second stroke.
    send_mouse(pad, QtCore.QEvent.Type.MouseButtonPress, 40, 20, LEFT, LEFT)
    release = tablet_event(QtCore.QEvent.Type.TabletRelease, 40, 20, 0.0, NO_BUTTON)
    QtWidgets.QApplication.sendEvent(pad, release)
    assert pad.strokes() == (((10, 10, 0.7), (40, 20, 0.5)),)


def test_touch_draws_with_the_first_finger(qtbot: QtBot, pad: SignaturePad) -> None:
    QTest = qt_api.QtTest.QTest  # QtTest is not part of composer.ui.qt: the app never needs it
    pad.show()
    qtbot.waitExposed(pad)
    device = QTest.createTouchDevice()
    QTest.touchEvent(pad, device).press(0, QtCore.QPoint(10, 10), pad).commit()
    QTest.touchEvent(pad, device).move(0, QtCore.QPoint(60, 30), pad).commit()
    QTest.touchEvent(pad, device).move(0, QtCore.QPoint(90, 50), pad).commit()
    QTest.touchEvent(pad, device).release(0, QtCore.QPoint(90, 50), pad).commit()
    assert pad.strokes() == (((10, 10, 0), (60, 30, 0), (90, 50, 0)),)


def test_undo_clear_and_set_strokes(qtbot: QtBot, pad: SignaturePad) -> None:
    draw(pad, [(10, 10), (20, 20)])
    draw(pad, [(30, 30), (40, 40)])
    assert len(pad.strokes()) == 2
    with qtbot.waitSignal(pad.changed, timeout=1000):
        pad.undo_stroke()
    assert pad.strokes() == (((10, 10, 0), (20, 20, 0)),)
    with qtbot.waitSignal(pad.changed, timeout=1000):
        pad.clear()
    assert pad.is_empty()
    strokes = (((1.5, 2.5, 0.25), (3.0, 4.0, 0.5)), ((5.0, 6.0, 0.0),))
    with qtbot.waitSignal(pad.changed, timeout=1000):
        pad.set_strokes(strokes)
    assert pad.strokes() == strokes
    pad.set_strokes([[[1, 2]]])  # pressure is optional
    assert pad.strokes() == (((1.0, 2.0, 0.0),),)


def test_keyboard_undo_and_clear(qtbot: QtBot, pad: SignaturePad) -> None:
    draw(pad, [(10, 10), (20, 20)])
    draw(pad, [(30, 30), (40, 40)])
    qtbot.keyClick(pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # type: ignore[no-untyped-call]
    assert len(pad.strokes()) == 1
    qtbot.keyClick(pad, Qt.Key.Key_Delete)  # type: ignore[no-untyped-call]
    assert pad.is_empty()


def test_pad_paints_strokes_and_is_accessible(pad: SignaturePad) -> None:
    def inked(image: QtGui.QImage) -> int:
        return sum(
            image.pixelColor(x, y).lightness() < 128
            for x in range(0, image.width(), 2)
            for y in range(image.height())
        )

    empty = inked(pad.grab().toImage())
    pad.set_strokes([[(100, 100, 0), (200, 120, 0), (300, 100, 0)], [(400, 100, 0.8)]])
    assert inked(pad.grab().toImage()) > empty + 50
    assert pad.accessibleName() and pad.accessibleDescription()
    assert pad.minimumSizeHint().width() >= 300
    assert pad.focusPolicy() == Qt.FocusPolicy.ClickFocus  # drawn by pointer: not a Tab stop


def test_white_background_becomes_transparent_and_is_cropped(qtbot: QtBot) -> None:
    image = QtGui.QImage(200, 100, QtGui.QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    for x in range(50, 150):
        for y in range(40, 45):
            image.setPixelColor(x, y, QtGui.QColor(10, 10, 60))
    out = image_with_transparent_background(image)
    assert out.format() == QtGui.QImage.Format.Format_ARGB32
    assert out.width() < 120 and out.height() < 20  # cropped to the ink and a small margin
    assert out.pixelColor(0, 0).alpha() == 0  # white paper
    middle = out.pixelColor(out.width() // 2, out.height() // 2)
    assert middle.alpha() == 255 and middle.blue() == 60  # ink keeps its colour


def test_shaded_grey_paper_becomes_transparent(qtbot: QtBot) -> None:
    """A phone photo: grey paper, darker towards one corner, and a dark line of ink."""
    image = QtGui.QImage(400, 300, QtGui.QImage.Format.Format_RGB32)
    shade = QtGui.QLinearGradient(0, 0, 400, 300)
    shade.setColorAt(0, QtGui.QColor(215, 210, 200))
    shade.setColorAt(1, QtGui.QColor(170, 168, 160))
    painter = QtGui.QPainter(image)
    painter.fillRect(image.rect(), shade)
    painter.fillRect(QtCore.QRect(100, 150, 200, 6), QtGui.QColor(30, 30, 70))
    painter.end()
    out = image_with_transparent_background(image)
    assert out.width() < 220 and out.height() < 20
    assert out.pixelColor(0, 0).alpha() == 0
    assert out.pixelColor(out.width() - 1, out.height() - 1).alpha() == 0
    assert out.pixelColor(out.width() // 2, out.height() // 2).alpha() == 255


def test_soft_edge_and_limits(qtbot: QtBot) -> None:
    image = QtGui.QImage(20, 10, QtGui.QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    image.setPixelColor(5, 5, QtGui.QColor(0, 0, 0))
    image.setPixelColor(6, 5, QtGui.QColor(245, 245, 245))  # an antialiased edge
    out = image_with_transparent_background(image)
    alphas = [out.pixelColor(x, y).alpha() for x in range(out.width()) for y in range(out.height())]
    assert 0 < sorted(set(alphas))[1] < 255
    blank = QtGui.QImage(20, 10, QtGui.QImage.Format.Format_RGB32)
    blank.fill(Qt.GlobalColor.white)
    with pytest.raises(ValueError, match="no signature"):
        image_with_transparent_background(blank)
    huge = QtGui.QImage(8000, 6000, QtGui.QImage.Format.Format_Grayscale8)
    with pytest.raises(ValueError, match="too large"):
        image_with_transparent_background(huge)


def test_typed_signature_has_ink_on_transparent_background(qtbot: QtBot) -> None:
    family = load_handwriting_font()
    assert family == "Dancing Script"
    image = typed_signature_image("Anna Grigorian", family)
    assert not image.isNull() and 0 < image.height() <= 240 and image.width() > image.height()
    alphas = {
        image.pixelColor(x, y).alpha()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }
    assert 255 in alphas and 0 in alphas
    with pytest.raises(ValueError):
        typed_signature_image("  ", family)


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path) -> SignatureDialog:
    widget = SignatureDialog(name="Anna Grigorian", images_dir=tmp_path / "signatures")
    qtbot.addWidget(widget)
    return widget


def ok_button(dialog: SignatureDialog) -> QtWidgets.QPushButton:
    return dialog.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)


def test_dialog_draw_tab_gives_strokes(dialog: SignatureDialog) -> None:
    assert dialog.tabs.currentIndex() == SignatureDialog.DRAW
    assert not ok_button(dialog).isEnabled()  # nothing drawn yet
    dialog.pad.resize(600, 200)
    draw(dialog.pad, [(10, 10), (50, 30)])
    assert ok_button(dialog).isEnabled()
    dialog.accept()
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted
    assert dialog.result_signature() == Signature(strokes=((((10, 10, 0), (50, 30, 0))),))
    assert not dialog.remember()


def test_dialog_type_tab_saves_one_png_per_signature(
    qtbot: QtBot, dialog: SignatureDialog, tmp_path: Path
) -> None:
    dialog.tabs.setCurrentIndex(SignatureDialog.TYPE)
    assert dialog.name_edit.text() == "Anna Grigorian"
    dialog.remember_box.setChecked(True)
    dialog.accept()
    first = dialog.result_signature()
    assert first is not None and first.image is not None and not first.strokes
    assert first.image.parent == tmp_path / "signatures"
    assert first.image.read_bytes().startswith(b"\x89PNG")
    assert first.typed == "Anna Grigorian"  # said as a typed name, not "a picture"
    assert dialog.remember()

    again = SignatureDialog(name="Anna Grigorian", images_dir=tmp_path / "signatures")
    qtbot.addWidget(again)
    again.tabs.setCurrentIndex(SignatureDialog.TYPE)
    again.accept()
    assert again.result_signature() == first
    assert len(list((tmp_path / "signatures").iterdir())) == 1


def test_dialog_by_hand_gives_none(dialog: SignatureDialog) -> None:
    dialog.tabs.setCurrentIndex(SignatureDialog.BY_HAND)
    assert ok_button(dialog).isEnabled()
    dialog.accept()
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted
    assert dialog.result_signature() is None


def test_dialog_picture_tab(
    qtbot: QtBot, dialog: SignatureDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(dialog, "_show_error", errors.append)
    bogus = tmp_path / "bogus.png"
    bogus.write_bytes(b"not a picture")
    assert not dialog.load_picture(bogus)
    assert errors and "cannot be used" in errors[0]

    photo = QtGui.QImage(300, 120, QtGui.QImage.Format.Format_RGB32)
    photo.fill(QtGui.QColor(250, 250, 250))
    for x in range(40, 260):
        photo.setPixelColor(x, 60 + (x % 10), QtGui.QColor(20, 20, 20))
    source = tmp_path / "photo.jpg"
    assert photo.save(str(source), "JPEG")  # type: ignore[call-overload]
    dialog.tabs.setCurrentIndex(SignatureDialog.PICTURE)
    assert not ok_button(dialog).isEnabled()
    assert dialog.load_picture(source)
    assert ok_button(dialog).isEnabled()
    dialog.accept()
    result = dialog.result_signature()
    assert result is not None and result.image is not None
    saved = QtGui.QImage(str(result.image))
    assert saved.hasAlphaChannel() and saved.pixelColor(0, 0).alpha() == 0

    reopened = SignatureDialog(signature=result, images_dir=tmp_path / "signatures")
    qtbot.addWidget(reopened)
    assert reopened.tabs.currentIndex() == SignatureDialog.PICTURE
    reopened.accept()
    assert reopened.result_signature() == result


def test_dialog_reopens_drawn_signature(qtbot: QtBot, tmp_path: Path) -> None:
    signature = Signature(strokes=(((1.0, 2.0, 0.0), (3.0, 4.0, 0.0)),))
    dialog = SignatureDialog(signature=signature, images_dir=tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.tabs.currentIndex() == SignatureDialog.DRAW
    assert dialog.pad.strokes() == signature.strokes


def test_dialog_inputs_have_accessible_names(dialog: SignatureDialog) -> None:
    inputs: list[QtWidgets.QWidget] = [
        *dialog.findChildren(QtWidgets.QLineEdit),
        *dialog.findChildren(SignaturePad),
        *dialog.findChildren(QtWidgets.QAbstractButton),
    ]
    assert len(inputs) >= 6
    for widget in inputs:
        if widget.parent() is dialog.tabs.tabBar():  # tab scroll arrows
            continue
        text = widget.text() if isinstance(widget, QtWidgets.QAbstractButton) else ""
        assert widget.accessibleName() or text, widget


def test_drawn_strokes_print_in_the_letter(pad: SignaturePad) -> None:
    draw(pad, [(20, 150), (80, 60), (140, 150), (200, 70), (260, 140)])
    draw(pad, [(40, 110), (240, 100)])
    strokes = [[list(p) for p in s] for s in pad.strokes()]
    pdf = build_pdf(letter_from_dict(letter_data(signature={"strokes": strokes}))).pdf
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    # The signature is a form (XObject) placed on the page.
    forms = [ref.get_object() for ref in page["/Resources"]["/XObject"].get_object().values()]
    drawn = b"".join(form.get_data() for form in forms).decode("latin-1")
    assert re.search(r"\.05 \.1 \.35 rg", drawn)
    assert drawn.count(" l\n") + drawn.count(" l ") > 20  # an outline, not a dot


def test_a_typed_signature_is_described_by_its_name(qtbot: QtBot, tmp_path: Path) -> None:
    from composer.core.model import signature_from_dict, signature_to_dict
    from composer.ui.form import LetterForm

    typed = Signature(image=tmp_path / "s.png", typed="Anahit Petrosyan")
    assert signature_from_dict(signature_to_dict(typed)) == typed
    assert signature_to_dict(Signature(image=tmp_path / "s.png")) == {
        "image": str(tmp_path / "s.png")
    }
    form = LetterForm()
    qtbot.addWidget(form)
    form.show_signature(typed)
    assert "typed" in form.signature_state.text()
    assert "Anahit Petrosyan" in form.signature_state.text()
    form.show_signature(Signature(image=tmp_path / "s.png"))
    assert form.signature_state.text() == "Signed with a picture."

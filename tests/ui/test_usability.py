"""The window as a new person meets it: the wheel, shortcuts, dates, file dialogs, lists of
countries, the first start, and a build per change."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

import composer.ui.builder as builder_module
from composer.core.countries import country_code, known_codes
from composer.core.model import letter_from_dict, signature_to_dict
from composer.ui.main_window import MainWindow
from composer.ui.qt import QtCore, QtGui, QtWidgets
from composer.ui.settings import Settings
from composer.ui.tasks import ImmediatePool, Tasks
from composer.ui.widgets import ask_save_path, medium_date_format, qt_date_format
from tests.conftest import letter_data, pdf_text, squash

pytestmark = pytest.mark.gui


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    settings = Settings(
        QtCore.QSettings(str(tmp_path / "s.ini"), QtCore.QSettings.Format.IniFormat)
    )
    settings.set_last_template("pow-release")
    return settings


@pytest.fixture
def window(qtbot, settings: Settings, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = MainWindow(settings=settings, autosave_dir=tmp_path / "autosave")
    win.start(ask=False)
    qtbot.waitUntil(lambda: bool(win.preview.pdf) and not win.session.builder.busy)
    yield win
    win.session.mark_clean()
    win.close()
    win.session.wait()
    win.deleteLater()


def settle(qtbot, win: MainWindow) -> None:  # type: ignore[no-untyped-def]
    win.sync()
    qtbot.waitUntil(
        lambda: not win.session.builder.busy and not win.session.throttle._timer.isActive()
    )


def wheel(widget: QtWidgets.QWidget, steps: int) -> None:
    centre = QtCore.QPointF(widget.rect().center())
    event = QtGui.QWheelEvent(
        centre,
        QtCore.QPointF(widget.mapToGlobal(centre.toPoint())),
        QtCore.QPoint(0, 0),
        QtCore.QPoint(0, -120 * steps),
        QtCore.Qt.MouseButton.NoButton,
        QtCore.Qt.KeyboardModifier.NoModifier,
        QtCore.Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QtWidgets.QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_form_instead_of_changing_a_choice(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.resize(900, 500)
    window.show()
    qtbot.waitExposed(window)
    kind = window.form.recipient_inputs["kind"]
    assert isinstance(kind, QtWidgets.QComboBox)
    scroll = window.splitter.widget(0)
    assert isinstance(scroll, QtWidgets.QScrollArea)
    bar = scroll.verticalScrollBar()
    before_kind, before_scroll = kind.currentIndex(), bar.value()
    window.preview.setFocus()
    wheel(kind, 2)
    assert kind.currentIndex() == before_kind  # "Writing to" is unchanged
    assert bar.value() > before_scroll  # the form scrolled
    kind.setFocus()
    qtbot.waitUntil(kind.hasFocus)
    wheel(kind, -1 if before_kind == kind.count() - 1 else 1)
    assert kind.currentIndex() != before_kind  # a combo with the focus takes the wheel
    for combo in window.form.findChildren(QtWidgets.QComboBox):
        assert combo.focusPolicy() == QtCore.Qt.FocusPolicy.StrongFocus


def test_every_shortcut_and_menu_letter_is_unique(window: MainWindow) -> None:
    seen: dict[str, str] = {}
    for action in window.commands.all():
        for key in action.shortcuts():
            text = key.toString()
            assert text not in seen, f"{text}: {seen.get(text)} and {action.text()}"
            seen[text] = action.text()
    assert (
        window.commands.sign.shortcut().toString() != window.commands.save_as.shortcut().toString()
    )
    for menu in window.menuBar().findChildren(QtWidgets.QMenu):
        letters = [
            a.text().split("&", 1)[1][0].lower()
            for a in menu.actions()
            if "&" in a.text() and not a.isSeparator()
        ]
        assert len(letters) == len(set(letters)), (menu.title(), letters)


def test_dates_are_shown_in_the_language_s_medium_format(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert qt_date_format("MMM d, y") == "MMM d, yyyy"
    assert qt_date_format("d MMM y") == "d MMM yyyy"
    assert qt_date_format("d 'de' MMM 'de' y") == "d 'de' MMM 'de' yyyy"
    assert qt_date_format("y թ. MMM d") == "yyyy թ. MMM d"
    assert qt_date_format("EEEE d MMMM y G") == "dddd d MMMM yyyy"
    assert medium_date_format(QtCore.QLocale("en_CA")) == "MMM d, yyyy"
    assert medium_date_format(QtCore.QLocale("fr_CA")) == "d MMM yyyy"
    window.form.date.setDate(QtCore.QDate(2026, 12, 1))
    shown = window.form.date.text()
    assert "2026" in shown and " 12 " not in f" {shown} "  # the month is a word, not "12"


def test_one_change_builds_the_preview_once(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    form, builder = window.form, window.session.builder
    changes = [
        lambda: form.date.setDate(form.date.date().addDays(3)),
        lambda: form.paper.setCurrentIndex(1 - form.paper.currentIndex()),
        lambda: form.envelope.setCurrentIndex((form.envelope.currentIndex() + 1) % 3),
        lambda: form.sender_inputs["name"].setText("Anna"),
        lambda: form.set_sender({"country": "FR"}),  # the paper and envelope follow
    ]
    for change in changes:
        settle(qtbot, window)
        qtbot.wait(window.session.throttle.delay_ms + 20)  # a pause: the next build is at once
        before = builder.builds
        change()
        settle(qtbot, window)
        assert builder.builds == before + 1
    settle(qtbot, window)
    before = builder.builds
    form.set_sender(form.sender_values())  # the same values again: nothing to build
    settle(qtbot, window)
    assert builder.builds == before


def test_a_merge_never_replaces_the_letter_s_preview(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from composer.core.addressbook import AddressBook
    from composer.core.contacts import Contact
    from composer.core.model import Recipient
    from composer.ui.merge_dialog import MergeDialog

    window.open_letter(letter_from_dict(letter_data()))
    settle(qtbot, window)
    single = window.preview.pdf
    book = AddressBook(tmp_path / "book.sqlite3")
    book.add_many([Contact(Recipient(name=f"P{i}", city="Laval", country="CA")) for i in range(3)])
    dialog = MergeDialog(
        book,
        window.letter,  # type: ignore[arg-type]
        window.template,  # type: ignore[arg-type]
        window,
        settings=window.settings,
        tasks=Tasks(ImmediatePool()),
    )
    dialog._tick_all(True)
    dialog.start(tmp_path / "all.pdf", one_pdf=True)
    assert dialog.preview.pdf == (tmp_path / "all.pdf").read_bytes()
    assert window.preview.pdf == single  # the letter's preview is the letter's
    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_pdf()
    assert target.read_bytes() == single  # and Save as PDF saves what the preview shows


def test_a_remembered_signature_stays_remembered_when_ok_is_pressed(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from composer.ui.signature import SignatureDialog

    drawn = letter_from_dict(letter_data(signature={"strokes": [[[1, 2], [30, 40]]]})).signature
    window.settings.set_remembered_signature(signature_to_dict(drawn))
    window.session.set_signature(drawn)
    seen: list[bool] = []

    def press_ok(dialog: SignatureDialog) -> int:
        seen.append(dialog.remember())
        dialog.accept()
        return 1

    monkeypatch.setattr(SignatureDialog, "exec", press_ok)
    window.sign()
    assert seen == [True]  # the box was ticked, since the signature is remembered
    assert window.settings.remembered_signature() == signature_to_dict(drawn)


def test_file_dialogs_start_in_documents_then_where_the_person_went(
    qtbot, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    starts: list[str] = []
    chosen = tmp_path / "letters" / "mine.pdf"
    chosen.parent.mkdir()

    def save_name(parent: object, caption: str, start: str, filters: str) -> tuple[str, str]:
        starts.append(start)
        return str(chosen), ""

    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", save_name)
    documents = QtCore.QStandardPaths.writableLocation(
        QtCore.QStandardPaths.StandardLocation.DocumentsLocation
    )
    assert ask_save_path(None, settings, "Save", "a.pdf", "PDF (*.pdf)") == chosen
    assert ask_save_path(None, settings, "Save", "b.pdf", "PDF (*.pdf)") == chosen
    assert starts == [str(Path(documents) / "a.pdf"), str(chosen.parent / "b.pdf")]
    assert not str(Path(starts[0]).parent).startswith(str(Path.cwd()))


def test_the_form_offers_exactly_the_countries_a_letter_and_an_import_accept(
    window: MainWindow,
) -> None:
    combo = window.form.sender_inputs["country"]
    assert isinstance(combo, QtWidgets.QComboBox)
    offered = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert set(offered) == set(known_codes())
    for code, name in offered.items():
        assert country_code(name) == code, name
    assert "XB" not in offered and "UN" not in offered


def test_the_help_explains_the_address_book_and_the_merge(window: MainWindow) -> None:
    text = window.help_text()
    assert "Recipients ▸ Address Book" in text and "Recipients ▸ Mail Merge" in text
    assert "envelopes" in text and "labels" in text


def test_the_first_start_shows_the_gallery(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from composer.ui.gallery import TemplateGallery

    fresh = Settings(QtCore.QSettings(str(tmp_path / "f.ini"), QtCore.QSettings.Format.IniFormat))
    shown: list[list[str]] = []

    def choose_general(gallery: TemplateGallery) -> int:
        shown.append([t.id for t in gallery.templates])
        gallery.select("general")
        return 1

    monkeypatch.setattr(TemplateGallery, "exec", choose_general)
    win = MainWindow(
        settings=fresh, autosave_dir=tmp_path / "autosave", tasks=Tasks(ImmediatePool())
    )
    qtbot.addWidget(win)
    win.start()
    assert shown and shown[0][0] == "pow-release"
    assert win.template is not None and win.template.id == "general"
    win.session.mark_clean()
    shown.clear()
    again = MainWindow(settings=fresh, autosave_dir=tmp_path / "autosave2")
    qtbot.addWidget(again)
    again.start()
    assert shown == []  # later starts continue with the letter last chosen
    assert again.template is not None and again.template.id == "general"
    again.session.mark_clean()


def test_gallery_cards_show_the_first_page_and_keep_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    from composer.core.templates import discover
    from composer.ui.gallery import TemplateGallery, thumbnail_path

    catalogue = discover()
    gallery = TemplateGallery(catalogue, "fr", tasks=Tasks())  # built on a real pool thread
    qtbot.addWidget(gallery)
    card = gallery.cards["pow-release"]
    qtbot.waitUntil(lambda: not card.picture.pixmap().isNull(), timeout=20_000)
    assert "Libérez" in card.text.text() or "prisonniers" in card.text.text()
    assert "Langues" in card.text.text() or "Languages" in card.text.text()
    pixmap = card.picture.pixmap()
    assert not pixmap.isNull() and pixmap.width() > 100
    image = pixmap.toImage()
    inked = sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).lightness() < 200
    )
    # The picture shows a page of text (about a tenth of it inked), not a blank page.
    assert 0.03 < inked / (image.width() * image.height()) < 0.3
    template = catalogue.templates["pow-release"]
    assert thumbnail_path(template, "fr", pixmap.width()).is_file()
    again = TemplateGallery(catalogue, "fr", tasks=Tasks(ImmediatePool()))  # from the cache
    qtbot.addWidget(again)
    assert again.cards["pow-release"].picture.pixmap().toImage() == image


def test_closing_the_import_while_a_big_file_is_read_is_quiet(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from composer.ui.addressbook import ImportDialog

    path = tmp_path / "big.csv"
    path.write_text(
        "Name,City,Country\n" + "".join(f"P {i},Laval,CA\n" for i in range(40_000)),
        encoding="utf-8",
    )
    tasks = Tasks()
    dialog = ImportDialog(path, tasks=tasks)
    assert dialog.busy
    dialog.reject()
    dialog.deleteLater()
    qtbot.wait(10)
    assert tasks.wait(msecs=30_000)
    qtbot.waitUntil(lambda: tasks.active() == [], timeout=10_000)  # delivered and dropped


def test_a_fault_in_the_preview_is_logged_and_said_plainly(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    def broken(*args: object) -> None:
        raise KeyError("a bug")

    monkeypatch.setattr(builder_module, "build_outcome", broken)
    with caplog.at_level(logging.ERROR):
        window.form.sender_inputs["name"].setText("Anna")
        qtbot.waitUntil(lambda: "went wrong" in window.preview.message.text(), timeout=10_000)
    assert "KeyError: 'a bug'" in caplog.text
    assert "Traceback" in caplog.text
    assert "KeyError" not in window.preview.message.text()


def test_typing_reaches_the_preview_through_the_session(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_letter(letter_from_dict(letter_data(sender={"name": ""})))
    qtbot.keyClicks(window.form.sender_inputs["name"], "Ani")
    qtbot.waitUntil(lambda: "Ani" in pdf_text(window.preview.pdf), timeout=10_000)
    assert window.letter is not None and window.letter.sender.name == "Ani"
    assert squash("Ani") in squash(pdf_text(window.session.pdf()[1]))


def test_the_app_brings_fonts_for_names_in_other_scripts(qapp) -> None:  # type: ignore[no-untyped-def]
    from composer.ui.app import load_script_fonts

    assert load_script_fonts() == 3
    families = set(QtGui.QFontDatabase.families())
    for family, sample in (
        ("Noto Serif Armenian", "Ա"),
        ("Noto Naskh Arabic", "م"),
        ("Noto Serif Hebrew", "ש"),
    ):
        assert family in families
        assert QtGui.QFontMetrics(QtGui.QFont(family)).inFontUcs4(ord(sample))


def test_a_long_check_box_text_wraps_and_still_ticks_the_box(qtbot) -> None:  # type: ignore[no-untyped-def]
    from composer.ui.widgets import WrappingCheckBox

    box = WrappingCheckBox("Remember my details on this computer, " * 3)
    qtbot.addWidget(box)
    assert box.accessibleName().startswith("Remember my details")
    assert box.minimumSizeHint().width() < 200  # it wraps rather than widen its form
    assert box.heightForWidth(150) > box.heightForWidth(1000)
    box.resize(150, box.heightForWidth(150))
    box.show()
    qtbot.mouseClick(box, QtCore.Qt.MouseButton.LeftButton, pos=QtCore.QPoint(140, 5))
    assert box.isChecked()  # a click on the text ticks it, as on a plain check box
    box.setFocus()
    qtbot.keyClick(box, QtCore.Qt.Key.Key_Space)
    assert not box.isChecked()


def test_fields_are_named_by_their_row_labels(qtbot) -> None:  # type: ignore[no-untyped-def]
    from composer.ui.widgets import name_fields_by_labels

    box = QtWidgets.QWidget()
    qtbot.addWidget(box)
    form = QtWidgets.QFormLayout(box)
    choice, code, named = QtWidgets.QComboBox(), QtWidgets.QLineEdit(), QtWidgets.QLineEdit()
    choice.addItem("A value, not a name")
    named.setAccessibleName("Kept")
    form.addRow("&Printer:", choice)
    form.addRow("Your postal code :", code)
    form.addRow("Other:", named)
    form.addRow(QtWidgets.QLabel("A line on its own"))
    name_fields_by_labels(form)
    assert choice.accessibleName() == "Printer"
    assert code.accessibleName() == "Your postal code"
    assert named.accessibleName() == "Kept"  # a name given on purpose stays


def test_ask_yes_says_yes_only_for_yes(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from composer.ui.widgets import ask_yes

    buttons = QtWidgets.QMessageBox.StandardButton
    asked: list[object] = []

    def question(*args: object) -> object:
        asked.append(args[-1])
        return reply

    monkeypatch.setattr(QtWidgets.QMessageBox, "question", question)
    reply = buttons.No
    assert ask_yes(None, "Delete", "Delete it?") is False
    reply = buttons.Yes
    assert ask_yes(None, "Restore", "Restore it?", default_yes=True) is True
    assert asked == [buttons.No, buttons.Yes]  # the default button: No unless asked


def test_a_list_table_is_read_only_rows_one_at_a_time(qtbot) -> None:  # type: ignore[no-untyped-def]
    from composer.ui.widgets import list_table

    table = list_table(["What", "Size"], "Kept")
    qtbot.addWidget(table)
    assert table.columnCount() == 2 and table.accessibleName() == "Kept"
    assert table.editTriggers() == QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers
    assert table.selectionMode() == QtWidgets.QAbstractItemView.SelectionMode.SingleSelection
    assert table.selectionBehavior() == QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows


def test_a_wrapping_check_box_shows_its_access_key_and_the_key_ticks_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    from composer.ui.widgets import WrappingCheckBox, _mnemonic

    assert _mnemonic("&Keep the text") == ("Keep the text", 0)
    assert _mnemonic("Fish && &chips") == ("Fish & chips", 7)
    assert _mnemonic("No key") == ("No key", -1)
    window = QtWidgets.QWidget()
    qtbot.addWidget(window)
    layout = QtWidgets.QVBoxLayout(window)
    other = QtWidgets.QLineEdit()
    box = WrappingCheckBox("&Keep the full text of each letter && its date")
    layout.addWidget(other)
    layout.addWidget(box)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    assert "&" not in box.text().replace("& its", "")
    assert box.label.text().startswith("<u>K</u>eep")  # underlined, not a literal "&"
    assert box.accessibleName() == "Keep the full text of each letter & its date"
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    qtbot.keyClick(other, QtCore.Qt.Key.Key_K, QtCore.Qt.KeyboardModifier.AltModifier)
    assert box.isChecked() and box.hasFocus()


def test_a_flow_layout_wraps_its_row_when_narrow(qtbot) -> None:  # type: ignore[no-untyped-def]
    from composer.ui.widgets import FlowLayout, labelled

    box = QtWidgets.QWidget()
    qtbot.addWidget(box)
    flow = FlowLayout(box, spacing=6)
    buttons = [QtWidgets.QPushButton(f"Button number {i}") for i in range(5)]
    for button in buttons:
        flow.addWidget(button)
    widest = max(b.minimumSizeHint().width() for b in buttons)
    assert flow.minimumSize().width() == widest  # the others go to further rows
    one_row = flow.sizeHint().width()
    assert flow.heightForWidth(one_row) == max(b.sizeHint().height() for b in buttons)
    assert flow.heightForWidth(widest) > 4 * buttons[0].sizeHint().height()
    box.resize(one_row // 2, flow.heightForWidth(one_row // 2))
    box.show()
    qtbot.waitExposed(box)
    tops = sorted({b.geometry().top() for b in buttons})
    assert len(tops) >= 2  # wrapped
    assert all(b.geometry().right() < box.width() for b in buttons)  # none past the edge
    pair = labelled(QtWidgets.QLabel("Tag:"), QtWidgets.QComboBox())
    qtbot.addWidget(pair)
    assert pair.layout() is not None and pair.layout().count() == 2

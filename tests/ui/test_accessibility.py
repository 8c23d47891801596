"""Every window and dialog, walked widget by widget as a screen reader meets it: each stop is
named (and not by its value), labels read their own text, no empty stops, a visible focus;
and the keyboard helpers: focus scrolled into view, the first row of a list on entry, the
window's shortcuts working inside text fields, F10 for the menus."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from composer.core.addressbook import AddressBook
from composer.core.model import Letter, letter_from_dict
from composer.core.templates import discover, find_template
from composer.ui.addressbook import AddressBookWindow, ContactDialog, ImportDialog
from composer.ui.gallery import TemplateGallery
from composer.ui.main_window import MainWindow
from composer.ui.merge_dialog import MergeDialog
from composer.ui.pages import PageView
from composer.ui.printer_offsets import PrinterOffsetsDialog
from composer.ui.qt import QtCore, QtGui, QtWidgets
from composer.ui.settings import Settings
from composer.ui.signature import SignatureDialog
from composer.ui.tasks import ImmediatePool, Tasks
from tests.conftest import ROOT
from tests.ui.test_small_screens import WINDOWS  # every window and dialog, by name

pytestmark = pytest.mark.gui

A11y = QtGui.QAccessible

# Widgets whose whole job is to hold others: never a stop of their own.
CONTAINERS = (QtWidgets.QScrollArea, QtWidgets.QGroupBox, QtWidgets.QSplitter)


def plain(text: str) -> str:
    doc = QtGui.QTextDocument()
    doc.setHtml(text) if "<" in text else doc.setPlainText(text)
    return doc.toPlainText().replace("&", "").strip()


def name_of(widget: QtWidgets.QWidget) -> str:
    interface = A11y.queryAccessibleInterface(widget)
    return interface.text(A11y.Text.Name) if interface is not None else ""


def value_text(widget: QtWidgets.QWidget) -> str:
    if isinstance(widget, QtWidgets.QComboBox):
        return widget.currentText()
    if isinstance(widget, QtWidgets.QLineEdit):
        return widget.text()
    if isinstance(widget, QtWidgets.QAbstractSpinBox):
        return widget.text()
    return ""


def audit(root: QtWidgets.QWidget) -> list[str]:
    """What a screen reader would get wrong in ``root``, one line per fault."""
    faults = []
    for widget in [root, *root.findChildren(QtWidgets.QWidget)]:
        if not widget.isVisibleTo(root) or widget.window() is not root:
            continue
        kind = type(widget).__name__
        if isinstance(widget, QtWidgets.QLabel) and widget.text().strip():
            if widget.accessibleName() and widget.accessibleName() != plain(widget.text()):
                faults.append(f"label {plain(widget.text())[:40]!r} hidden by its name")
            continue
        focusable = bool(widget.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus)
        if not focusable or not widget.isEnabled() or widget.focusProxy() is not None:
            continue
        if isinstance(widget, CONTAINERS):
            faults.append(f"empty stop: {kind} {widget.accessibleName()!r}")
            continue
        if isinstance(widget.parent(), QtWidgets.QAbstractSpinBox):
            continue  # the line edit inside a spin box: the box is the stop
        name = name_of(widget)
        if not name.strip():
            faults.append(f"unnamed {kind}")
        elif value_text(widget) and name == value_text(widget) and not widget.accessibleName():
            faults.append(f"{kind} named by its value {name!r}")
        interface = A11y.queryAccessibleInterface(widget)
        if isinstance(widget, PageView):
            continue  # pictures of the pages (Qt gives them no role); their text is beside them
        if interface is None or interface.role() in (A11y.Role.NoRole, A11y.Role.Client):
            faults.append(f"{kind} {name!r} has no role")
    return faults


def community_windows(
    main: MainWindow, letter: Letter, settings: Settings, tmp_path: Path
) -> dict[str, QtWidgets.QWidget]:
    """The community centre's windows: letters sent, the finder, what is kept, the signing
    table with its setup and volunteer's panel."""
    from composer.core.letterlog import LetterLog
    from composer.core.model import Recipient
    from composer.core.signing import Pin
    from composer.ui.finder import FinderDialog
    from composer.ui.letters import LettersDialog
    from composer.ui.privacy import PrivacyDialog
    from composer.ui.signing_table import SetupDialog, SigningTable, TableSetup, VolunteerPanel

    letters = LetterLog.open(tmp_path / "letters.sqlite3")
    letters.record_letter(letter, action="printed", subject="Release the prisoners of war")
    template = find_template("pow-release")
    table = SigningTable(
        TableSetup(template, Pin("2468"), Recipient(organisation="Made-up Office", country="CA")),
        settings,
        print_pdf=lambda *a: None,
        folder=tmp_path / "table",
    )
    table.language_buttons["en"].click()
    return {
        "letters sent": LettersDialog(letters, settings),
        "find my representative": FinderDialog(settings),
        "what this computer keeps": PrivacyDialog(main),
        "signing table setup": SetupDialog(
            [template], [("Made-up Office", Recipient())], True, "en"
        ),
        "signing table": table,
        "signing table volunteer": VolunteerPanel(table),
    }


def make_windows(qtbot, tmp_path: Path) -> tuple[MainWindow, dict[str, QtWidgets.QWidget]]:  # type: ignore[no-untyped-def]
    settings = Settings(
        QtCore.QSettings(str(tmp_path / "s.ini"), QtCore.QSettings.Format.IniFormat)
    )
    settings.set_last_template("pow-release")
    book = AddressBook(tmp_path / "book.sqlite3")
    book.add_bundled()
    csv = tmp_path / "export.csv"
    csv.write_text(
        "First Name,Last Name,City\nAnahit,Petrosyan,Laval\nAram,Sarkissian,Toronto\n",
        encoding="utf-8",
    )
    letter = letter_from_dict(
        json.loads((ROOT / "examples" / "pow-release.en.json").read_text(encoding="utf-8"))
    )
    tasks = Tasks(ImmediatePool())
    main = MainWindow(settings=settings, autosave_dir=tmp_path / "autosave")
    main.open_draft(ROOT / "examples" / "pow-release.en.json")
    made: dict[str, QtWidgets.QWidget] = {
        "main window": main,
        "gallery": TemplateGallery(discover(), "en", tasks=tasks),
        "address book": AddressBookWindow(book, "en", settings=settings, tasks=tasks),
        "address book entry": ContactDialog(book.all()[0], "en"),
        "import": ImportDialog(csv, tasks=tasks),
        "mail merge": MergeDialog(
            book, letter, find_template("pow-release"), settings=settings, tasks=tasks
        ),
        "signature": SignatureDialog(images_dir=tmp_path / "sig", settings=settings),
        "printer offsets": PrinterOffsetsDialog(settings),
        **community_windows(main, letter, settings, tmp_path),
    }
    for widget in made.values():
        if widget is not main:  # closed by close_windows, once, after its letter is clean
            qtbot.addWidget(widget)
        widget.show()
    qtbot.waitUntil(lambda: bool(main.preview.pdf) and not main.session.builder.busy)
    return main, made


def close_windows(main: MainWindow, made: dict[str, QtWidgets.QWidget]) -> None:
    main.sync()
    main.session.mark_clean()
    for widget in made.values():
        widget.close()
    main.session.wait()
    main.deleteLater()


@pytest.fixture
def windows(qtbot, tmp_path: Path) -> Iterator[dict[str, QtWidgets.QWidget]]:  # type: ignore[no-untyped-def]
    main, made = make_windows(qtbot, tmp_path)
    yield made
    close_windows(main, made)


@pytest.mark.parametrize("name", WINDOWS)
def test_every_stop_is_named_and_every_label_reads_its_text(
    windows: dict[str, QtWidgets.QWidget], name: str
) -> None:
    assert audit(windows[name]) == []


# -- the keyboard --------------------------------------------------------------------------


@pytest.fixture
def window(windows: dict[str, QtWidgets.QWidget]) -> MainWindow:
    main = windows["main window"]
    assert isinstance(main, MainWindow)
    main.activateWindow()
    return main


def test_the_window_s_shortcuts_work_inside_a_one_line_field(
    qtbot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr("composer.ui.main_window.ask_save_path", lambda *a, **k: None)
    name = window.form.sender_inputs["name"]
    assert isinstance(name, QtWidgets.QLineEdit)
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    with qtbot.waitSignal(window.commands.export.triggered, timeout=2000):
        qtbot.keyClick(name, QtCore.Qt.Key.Key_E, QtCore.Qt.KeyboardModifier.ControlModifier)
    monkeypatch.setattr("composer.ui.signature.SignatureDialog.exec", lambda self: 0)
    with qtbot.waitSignal(window.commands.sign.triggered, timeout=2000):
        qtbot.keyClick(name, QtCore.Qt.Key.Key_G, QtCore.Qt.KeyboardModifier.ControlModifier)
    name.setText("Anahit")
    qtbot.keyClick(name, QtCore.Qt.Key.Key_A, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert name.selectedText() == "Anahit"  # editing keys stay the field's


def test_focus_moved_by_the_keyboard_is_scrolled_into_view(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.resize(1000, 600)
    viewport = window.form_scroll.viewport()
    window.form_scroll.verticalScrollBar().setValue(0)
    ps = window.form.ps
    assert not viewport.rect().contains(ps.mapTo(viewport, ps.rect().bottomLeft()))
    ps.setFocus(QtCore.Qt.FocusReason.BacktabFocusReason)
    qtbot.waitUntil(ps.hasFocus)
    top_left = ps.mapTo(viewport, QtCore.QPoint(0, 0))
    assert viewport.rect().contains(top_left)


def test_f10_opens_the_menus(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.form.sender_inputs["name"].setFocus()
    qtbot.keyClick(window, QtCore.Qt.Key.Key_F10)
    assert window.menuBar().activeAction() is window.menuBar().actions()[0]


def test_tab_leaves_the_date_instead_of_stepping_through_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    date = window.form.date
    date.setFocus()
    qtbot.waitUntil(date.hasFocus)
    qtbot.keyClick(date, QtCore.Qt.Key.Key_Tab)
    assert not date.hasFocus()
    focused = QtWidgets.QApplication.focusWidget()
    assert focused is not None and not date.isAncestorOf(focused)
    qtbot.keyClick(focused, QtCore.Qt.Key.Key_Backtab)
    assert date.hasFocus()


def test_a_list_entered_from_the_keyboard_starts_on_its_first_row(
    qtbot,
    windows: dict[str, QtWidgets.QWidget],  # type: ignore[no-untyped-def]
) -> None:
    book = windows["address book"]
    book.activateWindow()
    table = book.findChild(QtWidgets.QTableView)
    assert table is not None
    table.clearFocus()
    table.selectionModel().clear()
    table.setCurrentIndex(QtCore.QModelIndex())
    table.setFocus(QtCore.Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(table.hasFocus)
    assert table.currentIndex().row() == 0


def focus_frame_differs(qtbot, widget: QtWidgets.QWidget) -> bool:  # type: ignore[no-untyped-def]
    widget.window().activateWindow()
    widget.clearFocus()
    qtbot.wait(10)
    before = widget.grab().toImage()
    widget.setFocus(QtCore.Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    after = widget.grab().toImage()
    return before != after


def test_the_focus_is_visible_where_the_style_shows_none(
    qtbot,
    windows: dict[str, QtWidgets.QWidget],  # type: ignore[no-untyped-def]
) -> None:
    main = windows["main window"]
    assert isinstance(main, MainWindow)
    note = main.form.rows["fields.personal_note"].editor
    for widget in (main.form.ps, note, main.preview.view):
        assert focus_frame_differs(qtbot, widget), widget
    book = windows["address book"]
    details = book.findChild(QtWidgets.QTextBrowser) or book.findChild(QtWidgets.QPlainTextEdit)
    assert details is not None
    assert focus_frame_differs(qtbot, details)


def test_an_inline_error_is_described_as_invalid_and_spoken(
    windows: dict[str, QtWidgets.QWidget], monkeypatch: pytest.MonkeyPatch
) -> None:
    spoken: list[str] = []
    monkeypatch.setattr("composer.ui.form.announce", lambda widget, text: spoken.append(text))
    main = windows["main window"]
    assert isinstance(main, MainWindow)
    row = main.form.rows["sender.name"]
    row.set_message("your name is required", "error")
    assert row.editor.accessibleDescription() == "Invalid entry: your name is required"
    assert spoken == ["Your name: your name is required"]
    row.set_message("your name is required", "error")
    assert len(spoken) == 1  # said once, not at every key
    row.set_message("", "error")
    assert "Invalid" not in row.editor.accessibleDescription()


def test_messages_and_statuses_read_their_own_text(
    qtbot,
    windows: dict[str, QtWidgets.QWidget],  # type: ignore[no-untyped-def]
) -> None:
    """A label given a name of its own was read by that name, not by what it says."""
    main = windows["main window"]
    assert isinstance(main, MainWindow)
    main.form.sender_inputs["name"].setText("")  # type: ignore[attr-defined]
    main.sync()
    qtbot.waitUntil(lambda: main.preview.message.isVisible())
    assert "still needs" in name_of(main.preview.message)
    assert audit(main) == []
    note = main.form.rows["fields.personal_note"]
    assert note.prompts.accessibleName() == ""
    book = windows["address book"]
    assert all(label.accessibleName() == "" for label in book.findChildren(QtWidgets.QLabel))
    entry = windows["address book entry"]
    assert all(label.accessibleName() == "" for label in entry.findChildren(QtWidgets.QLabel))


def test_the_letter_s_text_is_there_for_a_screen_reader(
    qtbot,
    windows: dict[str, QtWidgets.QWidget],  # type: ignore[no-untyped-def]
) -> None:
    main = windows["main window"]
    assert isinstance(main, MainWindow)
    assert not main.preview.text.isVisible()  # no screen reader in the tests
    main.commands.letter_text.trigger()
    assert main.preview.text.isVisible()
    assert main.settings.letter_text() is True
    text = main.preview.text.toPlainText()
    assert "Anna Grigorian" in text  # the sender of the example letter, from the PDF itself
    interface = A11y.queryAccessibleInterface(main.preview.text)
    assert interface is not None and interface.textInterface() is not None
    assert interface.textInterface().text(0, 40) == text[:40]
    main.form.sender_inputs["name"].setText("Anahit Petrosyan")  # type: ignore[attr-defined]
    main.sync()
    qtbot.waitUntil(lambda: "Anahit Petrosyan" in main.preview.text.toPlainText())
    # A name in Hebrew or Arabic is heard as it is written: not in drawing order, and
    # a lam-alef ligature as its two letters.
    main.form.sender_inputs["name"].setText("דוד כהן، بلال")  # type: ignore[attr-defined]
    main.sync()
    qtbot.waitUntil(lambda: "דוד כהן، بلال" in main.preview.text.toPlainText())
    main.commands.letter_text.trigger()
    assert not main.preview.text.isVisible()
    assert main.settings.letter_text() is False


# -- text size ----------------------------------------------------------------------------


def clipped(root: QtWidgets.QWidget) -> list[str]:
    """Texts in ``root`` given less room than they need."""
    found = []
    for widget in root.findChildren(QtWidgets.QWidget):
        if not widget.isVisibleTo(root) or widget.window() is not root:
            continue
        if isinstance(widget, QtWidgets.QLabel) and widget.text():
            if widget.wordWrap():
                short = widget.height() < widget.heightForWidth(widget.width()) - 1
            else:
                hint = widget.minimumSizeHint()
                short = widget.width() < hint.width() - 1 or widget.height() < hint.height() - 1
            if short:
                found.append(f"label {plain(widget.text())[:30]!r}")
        elif isinstance(widget, QtWidgets.QAbstractButton) and widget.text():
            hint = widget.minimumSizeHint()
            height = (
                widget.heightForWidth(widget.width())
                if widget.hasHeightForWidth()
                else hint.height()
            )
            if widget.width() < hint.width() - 1 or widget.height() < height - 1:
                found.append(f"button {widget.text()!r}")
    return found


@pytest.fixture
def large_text(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from composer.ui.accessibility import apply_text_size

    apply_text_size(qapp, 200)
    yield
    apply_text_size(qapp, 100)


def test_at_twice_the_text_size_nothing_is_cut(
    qtbot,
    tmp_path: Path,
    large_text: None,  # type: ignore[no-untyped-def]
) -> None:
    main, made = make_windows(qtbot, tmp_path)
    try:
        main.resize(1440, 900)
        for name, widget in made.items():
            for _ in range(3):
                QtWidgets.QApplication.processEvents()
            assert clipped(widget) == [], name
        assert main.form.minimumSizeHint().width() <= main.form_scroll.viewport().width()
    finally:
        close_windows(main, made)


def test_the_text_size_changes_at_once_and_keeps_the_letter(
    qtbot,
    windows: dict[str, QtWidgets.QWidget],  # type: ignore[no-untyped-def]
) -> None:
    from composer.ui.accessibility import apply_text_size, text_size

    main = windows["main window"]
    assert isinstance(main, MainWindow)
    app = QtWidgets.QApplication.instance()
    assert isinstance(app, QtWidgets.QApplication)
    before = app.font().pointSizeF()
    title_before = main.form.title.font().pointSizeF()
    note = main.form.rows["fields.personal_note"].editor
    assert isinstance(note, QtWidgets.QPlainTextEdit)
    note.setPlainText("Kept at any size.")
    try:
        main.set_text_size(150)
        assert text_size(app) == 150
        assert main.settings.text_size() == 150
        assert app.font().pointSizeF() == pytest.approx(before * 1.5)
        assert main.form.title.font().pointSizeF() == pytest.approx(title_before * 1.5)
        kept = main.form.rows["fields.personal_note"].editor
        assert kept.toPlainText() == "Kept at any size."  # type: ignore[attr-defined]
        checked = [a.text() for a in main.text_size_menu.actions() if a.isChecked()]
        assert checked and checked[0].startswith("150")
    finally:
        apply_text_size(app, 100)


def test_the_licences_dialog_shows_each_component_s_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    from composer.ui.licences_dialog import LicencesDialog

    dialog = LicencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    names = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    row = next(i for i, n in enumerate(names) if n.startswith("PySide6_Essentials"))
    dialog.list.setCurrentRow(row)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.text.toPlainText()
    assert audit(dialog) == []


def access_key(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found[1].lower() if found else None


def access_keys(window: QtWidgets.QWidget) -> dict[str, list[str]]:
    """The access keys of what is shown in ``window``, each with the texts that use it."""
    from composer.ui.widgets import WrappingCheckBox

    keys: dict[str, list[str]] = {}
    for widget in window.findChildren(QtWidgets.QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        texts: list[str] = []
        if isinstance(widget, WrappingCheckBox):
            texts.append(widget.access_text)
        elif isinstance(widget, QtWidgets.QAbstractButton) or (
            isinstance(widget, QtWidgets.QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
        elif isinstance(widget, QtWidgets.QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QtWidgets.QTabWidget):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        for text in texts:
            if (key := access_key(text)) is not None:
                keys.setdefault(key, []).append(text)
    return keys


@pytest.mark.parametrize("language", ["en", "fr", "hy"])
def test_no_access_key_is_used_twice_in_a_window(
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,  # type: ignore[no-untyped-def]
) -> None:
    from composer.ui.language import translations
    from composer.ui.signing_table import SigningTable

    monkeypatch.setattr(SigningTable, "_apply_language", lambda self, code: None)
    translations().apply(language)
    try:
        main, made = make_windows(qtbot, tmp_path)
        try:
            twice = {
                name: {key: texts for key, texts in access_keys(w).items() if len(texts) > 1}
                for name, w in made.items()
            }
            assert {name: found for name, found in twice.items() if found} == {}
        finally:
            close_windows(main, made)
    finally:
        translations().apply("en", QtCore.QLocale("en_CA"))


@pytest.mark.parametrize("language", ["fr", "hy"])
def test_at_twice_the_text_size_the_wide_windows_fit_a_1024_pixel_screen(
    qtbot,
    tmp_path: Path,
    large_text: None,
    monkeypatch: pytest.MonkeyPatch,
    language: str,  # type: ignore[no-untyped-def]
) -> None:
    """Rows of buttons and choices wrap instead of widening their window (in Armenian at
    200 %, the address book and the mail merge were 1,500 pixels wide)."""
    from composer.ui.language import translations
    from composer.ui.signing_table import SigningTable

    monkeypatch.setattr(SigningTable, "_apply_language", lambda self, code: None)
    translations().apply(language)
    try:
        main, made = make_windows(qtbot, tmp_path)
        try:
            for name in ("address book", "mail merge", "letters sent", "find my representative"):
                assert made[name].minimumSizeHint().width() <= 1000, name
        finally:
            close_windows(main, made)
    finally:
        translations().apply("en", QtCore.QLocale("en_CA"))


def unlabelled_choices(window: QtWidgets.QWidget) -> list[str]:
    """Combo and spin boxes no visible label is linked to (on Linux, Qt names a combo box by
    the value it shows; a screen reader says the label only through the label's link)."""
    buddies = {
        id(label.buddy())
        for label in window.findChildren(QtWidgets.QLabel)
        if label.buddy() is not None and label.isVisibleTo(window)
    }
    return [
        f"{type(w).__name__} {w.accessibleName()!r}"
        for w in window.findChildren(QtWidgets.QComboBox)
        + window.findChildren(QtWidgets.QAbstractSpinBox)
        if w.isVisibleTo(window) and w.window() is window and id(w) not in buddies
    ]


def test_every_choice_has_a_visible_label_linked_to_it(
    windows: dict[str, QtWidgets.QWidget],
) -> None:
    found = {name: unlabelled_choices(w) for name, w in windows.items()}
    assert {name: choices for name, choices in found.items() if choices} == {}

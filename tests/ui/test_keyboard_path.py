"""The whole path from the keyboard alone: choose a letter in the gallery, fill in the form,
sign by typing, save, print, choose a recipient from the address book and open the mail
merge, with no mouse anywhere."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from composer.core.addressbook import AddressBook
from composer.ui.main_window import MainWindow
from composer.ui.qt import QtCore, QtWidgets
from composer.ui.settings import Settings
from composer.ui.tasks import ImmediatePool, Tasks

pytestmark = pytest.mark.gui

Key = QtCore.Qt.Key
CTRL = QtCore.Qt.KeyboardModifier.ControlModifier


def focused() -> QtWidgets.QWidget:
    widget = QtWidgets.QApplication.focusWidget()
    if widget is None:  # a dialog just closed: the desktop gives the window back its focus
        window = QtWidgets.QApplication.activeWindow() or next(
            w for w in QtWidgets.QApplication.topLevelWidgets() if isinstance(w, MainWindow)
        )
        window.activateWindow()
        QtWidgets.QApplication.processEvents()
        widget = QtWidgets.QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


FAILURES: list[BaseException] = []


def in_next_dialog(qtbot, act: Callable[[QtWidgets.QDialog], None]) -> None:  # type: ignore[no-untyped-def]
    """Run ``act`` on the next modal dialog as soon as it is open (it blocks the test); if
    ``act`` fails, the dialog is closed and the failure raised by :func:`check`."""

    def attempt() -> None:
        dialog = QtWidgets.QApplication.activeModalWidget()
        if not isinstance(dialog, QtWidgets.QDialog) or not dialog.isVisible():
            QtCore.QTimer.singleShot(20, attempt)
            return
        try:
            dialog.activateWindow()  # as the desktop does for a new window
            qtbot.waitUntil(
                lambda: (
                    (w := QtWidgets.QApplication.focusWidget()) is not None and w.window() is dialog
                )
            )
            act(dialog)
        except BaseException as error:
            FAILURES.append(error)
            dialog.reject()

    QtCore.QTimer.singleShot(0, attempt)


def check() -> None:
    if FAILURES:
        error = FAILURES.pop()
        FAILURES.clear()
        raise error


def press_tab_until(
    qtbot, found: Callable[[QtWidgets.QWidget], bool], limit: int = 200
) -> list[QtWidgets.QWidget]:  # type: ignore[no-untyped-def]
    """Press Tab until the focus is on a widget ``found`` accepts; the widgets passed."""
    passed = []
    for _ in range(limit):
        widget = focused()
        if found(widget):
            return passed
        passed.append(widget)
        qtbot.keyClick(widget, Key.Key_Tab)
    raise AssertionError(f"Tab never reached it; passed {[type(w).__name__ for w in passed]}")


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    settings = Settings(
        QtCore.QSettings(str(tmp_path / "s.ini"), QtCore.QSettings.Format.IniFormat)
    )
    win = MainWindow(
        settings=settings, autosave_dir=tmp_path / "autosave", tasks=Tasks(ImmediatePool())
    )
    win.book_path = tmp_path / "book.sqlite3"
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    yield win
    win.sync()
    win.session.mark_clean()
    win.close()
    win.session.wait()
    win.deleteLater()


def test_the_whole_path_works_from_the_keyboard(
    qtbot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    # 1. The gallery at first start: arrows to the campaign's letter, Enter.
    def choose_letter(gallery: QtWidgets.QDialog) -> None:
        view = focused()
        assert isinstance(view, QtWidgets.QListWidget), type(view)
        qtbot.keyClick(view, Key.Key_Home)
        for _ in range(view.count()):
            if "prisoners" in (
                view.currentItem().data(QtCore.Qt.ItemDataRole.AccessibleTextRole) or ""
            ):
                break
            qtbot.keyClick(view, Key.Key_Down)
        qtbot.keyClick(view, Key.Key_Return)

    in_next_dialog(qtbot, choose_letter)
    window.start()
    check()
    assert window.template is not None and window.template.id == "pow-release"

    # 2. The form by Tab alone: every input is reached, no container takes a stop.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.form.language.setFocus(QtCore.Qt.FocusReason.TabFocusReason)
    fields = {
        window.form.sender_inputs["name"]: "Anahit Petrosyan",
        window.form.sender_inputs["street"]: "45, avenue du Parc",
        window.form.sender_inputs["city"]: "Laval",
        window.form.sender_inputs["region"]: "QC",
        window.form.sender_inputs["postal_code"]: "H7N 3X2",
        window.form.recipient_inputs["name"]: "Marie Tremblay",
    }
    passed = []
    for field, text in fields.items():
        passed += press_tab_until(qtbot, lambda w, f=field: w is f)
        qtbot.keyClicks(field, text)
    assert not any(isinstance(w, QtWidgets.QScrollArea | QtWidgets.QGroupBox) for w in passed)
    note = window.form.rows["fields.personal_note"].editor
    assert note in passed  # the note is on the way from the letter's fields to the writer's
    window.sync()
    assert window.session.letter is not None
    assert window.session.letter.sender.name == "Anahit Petrosyan"

    # 3. Sign by typing: Ctrl+G, Ctrl+Tab to the Type tab, Enter.
    def sign_by_typing(dialog: QtWidgets.QDialog) -> None:
        tabs = dialog.findChild(QtWidgets.QTabWidget)
        assert tabs is not None
        while tabs.currentIndex() != 2:
            qtbot.keyClick(focused(), Key.Key_Tab, CTRL)
        qtbot.keyClick(focused(), Key.Key_Return)

    in_next_dialog(qtbot, sign_by_typing)
    qtbot.keyClick(focused(), Key.Key_G, CTRL)
    check()
    assert window.session.letter.signature is not None
    assert window.session.letter.signature.typed == "Anahit Petrosyan"

    # 4. Save (Ctrl+S) and print (Ctrl+P); the file and print dialogs are Qt's own.
    draft = tmp_path / "letter.letter"
    monkeypatch.setattr("composer.ui.main_window.ask_save_path", lambda *a, **k: draft)
    qtbot.keyClick(focused(), Key.Key_S, CTRL)
    assert draft.exists()
    printed: list[object] = []
    monkeypatch.setattr(
        "composer.ui.main_window.print_document", lambda *args: printed.append(args[2])
    )
    qtbot.keyClick(focused(), Key.Key_P, CTRL)
    assert len(printed) == 1

    # 5. The address book (Ctrl+B): Tab to the list, arrows, Alt+W writes to that entry.
    AddressBook(window.book_path).add_bundled()  # type: ignore[arg-type]

    def choose_recipient(book: QtWidgets.QDialog) -> None:
        press_tab_until(qtbot, lambda w: isinstance(w, QtWidgets.QTableView))
        table = focused()
        assert isinstance(table, QtWidgets.QTableView)
        assert table.currentIndex().row() == 0  # the first row, on entry
        qtbot.keyClick(table, Key.Key_Space)  # select it
        qtbot.keyClick(table, Key.Key_W, QtCore.Qt.KeyboardModifier.AltModifier)

    in_next_dialog(qtbot, choose_recipient)
    qtbot.keyClick(focused(), Key.Key_B, CTRL)
    check()
    window.sync()
    assert window.session.letter.recipient.name or window.session.letter.recipient.organisation
    assert window.session.letter.recipient.name != "Marie Tremblay"

    # 6. The mail merge (Ctrl+M) opens and Escape closes it.
    seen: list[str] = []

    def look_and_leave(merge: QtWidgets.QDialog) -> None:
        seen.append(type(merge).__name__)
        qtbot.keyClick(focused(), Key.Key_Escape)

    in_next_dialog(qtbot, look_and_leave)
    qtbot.keyClick(focused(), Key.Key_M, CTRL)
    check()
    assert seen == ["MergeDialog"]

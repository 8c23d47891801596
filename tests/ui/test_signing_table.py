"""The signing table: two visitors in a row, and the second sees nothing of the first."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from composer.core import paths
from composer.core.letterlog import LetterLog
from composer.core.model import Recipient
from composer.core.signing import Pin
from composer.core.templates import discover
from composer.ui.qt import QtCore, QtWidgets
from composer.ui.signing_table import (
    CHECK,
    DETAILS,
    SIGN,
    THANKS,
    WELCOME,
    WORDS,
    PinDialog,
    SigningTable,
    TableSetup,
    VolunteerPanel,
)

pytestmark = pytest.mark.gui

FIRST = {
    "name": "Vartan Zakarian",
    "street": "77 Rue Imaginaire",
    "city": "Laval",
    "region": "QC",
    "postal_code": "H7A 1A1",
}
FIRST_WORDS = "Mon frère Hovsep est détenu depuis décembre 2020; ma mère attend toujours."


@pytest.fixture
def table(qtbot: Any, tmp_path: Path, settings_for_tests: Any) -> Iterator[Any]:
    printed: list[tuple[bytes, str]] = []
    letters = LetterLog.open(tmp_path / "letters.sqlite3")
    setup = TableSetup(
        template=discover().templates["pow-release"],
        pin=Pin("2468"),
        recipient=Recipient(
            kind="human_rights",
            organisation="Made-up Rights Office",
            street="1 Example Street",
            city="Ottawa",
            region="ON",
            postal_code="K1A 0A1",
            country="CA",
        ),
        country="CA",
    )

    def print_pdf(pdf: bytes, title: str, said: Any) -> None:
        printed.append((pdf, title))
        said("sent to Test")

    widget = SigningTable(
        setup,
        settings_for_tests,
        print_pdf=print_pdf,
        letters=lambda: letters,
        folder=paths.user_data_dir() / "signing-table",
    )
    qtbot.addWidget(widget)
    widget.printed = printed
    widget.log = letters
    yield widget
    widget.end()
    letters.close()


def write_letter(qtbot: Any, table: Any, details: dict[str, str], words: str, keep: bool) -> None:
    table.language_buttons["fr"].click()
    assert table.pages.currentIndex() == DETAILS
    for name, value in details.items():
        table.details[name].setText(value)
    table.next_button.click()
    assert table.pages.currentIndex() == WORDS
    editor = next(iter(table.words.values()))
    editor.setPlainText(words)
    QtWidgets.QApplication.clipboard().setText(words)  # as a visitor copying their text
    table.next_button.click()
    assert table.pages.currentIndex() == SIGN
    table.sign_tabs.setCurrentIndex(1)  # typed: a picture in the visitor's folder
    table.next_button.click()
    assert table.pages.currentIndex() == CHECK
    table.autosave_now()
    assert list((table.visitor_dir).glob("*.letter"))  # autosaved while writing
    qtbot.waitUntil(lambda: table.print_button.isEnabled(), timeout=20_000)
    table.keep_box.setChecked(keep)
    table.print_button.click()
    assert table.pages.currentIndex() == THANKS


def everything_written(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in root.rglob("*") if p.is_file())


def test_two_visitors_in_a_row_and_the_second_sees_nothing_of_the_first(
    qtbot: Any, table: Any, tmp_path: Path
) -> None:
    write_letter(qtbot, table, FIRST, FIRST_WORDS, keep=False)
    assert len(table.printed) == 1
    assert b"%PDF" in table.printed[0][0][:8]
    assert "Zakarian" in table.thanks.text()

    started = time.perf_counter()
    table.wipe()
    wiped_in = time.perf_counter() - started
    assert wiped_in < 1.0

    # The second visitor: a fresh table.
    assert table.pages.currentIndex() == WELCOME
    table.language_buttons["fr"].click()
    assert all(not e.text() for e in table.details.values())
    assert all(not e.toPlainText() for e in table.words.values())
    editor = next(iter(table.words.values()))
    editor.undo()  # nothing of the first visitor in an undo history
    assert not editor.toPlainText()
    assert table.typed_name.text() == "" and table.pad.is_empty()
    assert table.visitor.signature is None
    assert QtWidgets.QApplication.clipboard().text() == ""
    assert list(table.visitor_dir.iterdir()) == []  # autosave and signature picture gone
    assert table.log.entries() == []  # no consent: not logged
    # No file the app keeps holds the first visitor's name or words.
    kept = everything_written(paths.user_data_dir()) + everything_written(paths.user_cache_dir())
    assert b"Zakarian" not in kept and b"Hovsep" not in kept
    assert [(r.language, r.letters) for r in table.tally.rows()] == [("fr", 1)]
    assert table.session.letter is None


def test_a_visitor_who_asks_keeps_their_letter_and_it_is_logged(qtbot: Any, table: Any) -> None:
    write_letter(qtbot, table, FIRST, FIRST_WORDS, keep=True)
    table.wipe()
    entries = table.log.entries()
    assert len(entries) == 1 and entries[0].template == "pow-release"
    assert entries[0].text is None  # the draft holds it, the log does not
    kept = list((table.folder / "kept").glob("*.letter"))
    assert len(kept) == 1 and "Zakarian" in kept[0].name
    assert [p.suffix for p in (table.folder / "kept").iterdir()].count(".png") == 1


def test_an_idle_visitor_is_asked_and_then_wiped(qtbot: Any, table: Any) -> None:
    table.language_buttons["en"].click()
    table.details["name"].setText("Someone Idle")
    table.idle()
    assert table.still_box is not None and table.still_box.isVisible()
    table.still_here()
    assert table.still_box is None and table.details["name"].text() == "Someone Idle"
    table.idle()
    table.still_timer.timeout.emit()  # nobody answered
    assert table.pages.currentIndex() == WELCOME
    assert table.still_box is None
    table.language_buttons["en"].click()
    assert table.details["name"].text() == ""


def test_only_the_pin_opens_the_volunteer_panel_and_the_table_cannot_be_closed(
    qtbot: Any, table: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    table.show()
    table.close()
    assert table.isVisible()  # Alt+F4 from a visitor is refused
    errors: list[str] = []
    monkeypatch.setattr(
        "composer.ui.signing_table.show_error", lambda _p, text, *a: errors.append(text)
    )
    panels: list[VolunteerPanel] = []
    monkeypatch.setattr(VolunteerPanel, "exec", lambda self: panels.append(self) or 0)
    monkeypatch.setattr(PinDialog, "exec", lambda self: (self.pin.setText("1111"), 1)[1])
    table.volunteer()
    assert errors == ["That is not the PIN."] and panels == []
    monkeypatch.setattr(PinDialog, "exec", lambda self: (self.pin.setText("2468"), 1)[1])
    table.volunteer()
    assert len(panels) == 1
    assert "date,campaign,language,letters" in panels[0].tally.toPlainText()


def test_a_letter_left_by_a_crash_can_be_carried_on(qtbot: Any, table: Any) -> None:
    table.language_buttons["fr"].click()
    for name, value in FIRST.items():
        table.details[name].setText(value)
    table.autosave_now()
    table.autosave.release()  # as a crash leaves it: the letter, and no one holding it
    table.autosave = None
    left = table.left_over()
    assert left is not None and left.sender.name == FIRST["name"]
    table.resume(left)
    assert table.details["name"].text() == FIRST["name"]


@pytest.mark.parametrize("language", ["en", "fr", "hy"])
def test_every_step_fits_a_small_screen_in_every_language(table: Any, language: str) -> None:
    from composer.ui.language import translations

    try:
        table.language_buttons[language].click()
        hint = table.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 768, (language, hint)
    finally:
        translations(QtWidgets.QApplication.instance()).apply("en")


def test_co_signing_two_visitors_join_one_letter_that_the_volunteer_prints(
    qtbot: Any, tmp_path: Path, settings_for_tests: Any
) -> None:
    from composer.core.model import Sender
    from tests.conftest import pdf_pages, squash

    printed: list[bytes] = []
    setup = TableSetup(
        template=discover().templates["pow-release"],
        pin=Pin("2468"),
        recipient=Recipient(
            kind="human_rights",
            organisation="Made-up Rights Office",
            street="1 Example Street",
            city="Ottawa",
            region="ON",
            postal_code="K1A 0A1",
            country="CA",
        ),
        cosign=True,
        sender=Sender(
            name="Made-up Community Centre",
            street="9 Rue X",
            city="Laval",
            region="QC",
            postal_code="H7A 1A1",
            country="CA",
        ),
    )
    table = SigningTable(
        setup,
        settings_for_tests,
        print_pdf=lambda pdf, title, said: (printed.append(pdf), said("sent")),
        folder=tmp_path / "table",
    )
    qtbot.addWidget(table)
    for name, city in (("Vartan Zakarian", "Laval"), ("Anahit Petrosyan", "Toronto")):
        table.language_buttons["en"].click()
        assert table.details["name"].text() == ""  # nothing of the visitor before
        assert not table.details["street"].isVisibleTo(table)  # only a name and a city
        table.details["name"].setText(name)
        table.details["city"].setText(city)
        table.next_button.click()
        assert table.pages.currentIndex() == SIGN  # no words of their own to write
        table.sign_tabs.setCurrentIndex(1)
        table.next_button.click()
        assert table.pages.currentIndex() == CHECK
        qtbot.waitUntil(lambda: table.print_button.isEnabled(), timeout=20_000)
        preview = squash(" ".join(pdf_pages(table.preview.pdf)))
        assert squash(name) in preview and squash("Zakarian") not in preview.replace(
            squash(name), ""
        )  # the preview shows the visitor's own row, never the others'
        table.print_button.click()
        assert table.pages.currentIndex() == THANKS
        assert printed == []  # nothing printed per visitor
        table.wipe()
        assert list(table.visitor_dir.iterdir()) == []
    assert [c.name for c in table.cosigners()] == ["Vartan Zakarian", "Anahit Petrosyan"]
    table.print_shared()
    text = squash(" ".join(pdf_pages(printed[0])))
    assert squash("1. Vartan Zakarian Laval") in text and squash("Anahit Petrosyan") in text
    assert squash("Made-up Community Centre") in text
    table.clear_cosigners()
    assert table.cosigners() == ()
    assert list((tmp_path / "table" / "cosigners").iterdir()) == []  # their pictures too
    table.end()


def test_a_wipe_while_the_printer_asks_prints_nothing_and_names_no_one(
    qtbot: Any, table: Any
) -> None:
    """The visitor walked away while the printer's paper question was open: the idle wipe
    answers it "no", and the next person sees nothing of theirs."""
    asked: list[int] = []

    def print_pdf(pdf: bytes, title: str, said: Any) -> None:
        question = QtWidgets.QDialog(table)
        QtCore.QTimer.singleShot(50, table.wipe)  # the idle wipe, while the question waits
        asked.append(question.exec())
        if asked[-1]:
            said("printed")

    table.print_pdf = print_pdf
    table.language_buttons["fr"].click()
    for name, value in FIRST.items():
        table.details[name].setText(value)
    table.next_button.click()
    table.next_button.click()
    table.next_button.click()
    qtbot.waitUntil(lambda: table.print_button.isEnabled(), timeout=20_000)
    table.print_button.click()
    assert asked == [0]  # the question was answered "no"
    assert table.pages.currentIndex() == WELCOME
    assert "Zakarian" not in table.thanks.text()
    assert table.tally.rows() == []


def test_the_typesetter_forgets_the_visitor_s_words_and_tasks_their_letter(
    qtbot: Any, table: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    from composer.core.model import Letter
    from composer.core.workers import WorkerGone
    from composer.pdf import flow, headstart

    class Worker:  # a head-start build process still running when the table started
        closed = False

        def build(self, letter: Letter, template: object) -> None:
            raise WorkerGone("busy")  # the table builds the letter itself

        def close(self) -> None:
            self.closed = True

    worker = Worker()
    monkeypatch.setattr(headstart, "_running", worker)
    write_letter(qtbot, table, FIRST, FIRST_WORDS, keep=False)
    assert flow._wrapped.cache_info().currsize > 0
    table.wipe()
    qtbot.wait(50)
    assert worker.closed and headstart.running() is None  # its memory goes with it
    assert flow._wrapped.cache_info().currsize == 0
    assert flow._measure.cache_info().currsize == 0
    gc.collect()
    alive = [
        o for o in gc.get_objects() if isinstance(o, Letter) and o.sender.name == FIRST["name"]
    ]
    assert alive == []


def test_wrong_pins_rest_the_volunteer_button(
    qtbot: Any, table: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("composer.ui.signing_table.show_error", lambda *a: None)
    monkeypatch.setattr(PinDialog, "exec", lambda self: (self.pin.setText("0000"), 1)[1])
    for _ in range(3):
        table.volunteer()
    assert not table.volunteer_button.isEnabled()
    table._pin_rested()
    assert table.volunteer_button.isEnabled()


def test_the_window_hides_for_the_table_and_comes_back_after_it(
    letter_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from composer.ui.signing_table import SetupDialog

    window = letter_window
    window.show()

    def chosen(dialog: SetupDialog) -> int:
        dialog.pin.setText("2468")
        dialog.pin_again.setText("2468")
        dialog.accept()
        return 1

    monkeypatch.setattr(SetupDialog, "exec", chosen)
    monkeypatch.setattr(SigningTable, "showFullScreen", SigningTable.show)
    window.start_signing_table()
    table = window.signing_table
    assert table is not None and table.isVisible() and not window.isVisible()
    assert table.setup.template.category != "follow-up"
    table.end()
    assert window.isVisible() and window.signing_table is None


@pytest.mark.parametrize("carry_on", [True, False])
def test_a_visitor_s_letter_left_by_a_crash_is_offered_to_the_volunteer(
    letter_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, carry_on: bool
) -> None:
    from composer.core.model import letter_from_dict
    from composer.core.signing import signing_dir
    from composer.ui.autosave import Autosave
    from composer.ui.signing_table import SetupDialog
    from tests.conftest import letter_data

    left = Autosave(signing_dir() / "visitor")  # what a crash leaves: a letter, no one holding it
    left.save(letter_from_dict(letter_data(sender={"name": "Left Behind", "country": "CA"})))
    left.release()

    def chosen(dialog: SetupDialog) -> int:
        dialog.pin.setText("2468")
        dialog.pin_again.setText("2468")
        dialog.accept()
        return 1

    buttons = QtWidgets.QMessageBox.StandardButton
    monkeypatch.setattr(SetupDialog, "exec", chosen)
    monkeypatch.setattr(SigningTable, "showFullScreen", SigningTable.show)
    monkeypatch.setattr(
        QtWidgets.QMessageBox, "question", lambda *a: buttons.Yes if carry_on else buttons.No
    )
    letter_window.start_signing_table()
    table = letter_window.signing_table
    assert table.details["name"].text() == ("Left Behind" if carry_on else "")
    if not carry_on:
        assert list(table.visitor_dir.glob("*.letter")) == []  # deleted, as the volunteer said
    table.end()


def test_the_visitor_s_own_words_have_spelling_help_that_keeps_nothing(
    qtbot: Any, table: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from composer.core import spelling
    from composer.ui.spelling import SpellChecking

    table.language_buttons["fr"].click()
    table.details["name"].setText(FIRST["name"])
    table.next_button.click()
    editor = next(iter(table.words.values()))
    check = editor.findChild(SpellChecking)
    assert check is not None and check.language == "fr" and not check.can_add
    with qtbot.waitSignal(check.checked, timeout=20_000):
        editor.setPlainText(f"Moi, {FIRST['name']} : mon frère est détenu depuiss 2020.")
        check.check()
    assert check.misspelt == {"depuiss"}  # the visitor's own name is not flagged
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index("depuiss") + 2)
    editor.setTextCursor(cursor)
    with qtbot.waitSignal(check.suggested, timeout=20_000):
        menu = check.menu_at(None)
    visible = [a.text() for a in menu.actions() if a.isVisible()]
    assert "depuis" in visible and not any(t.startswith("Add ") for t in visible)
    forgotten: list[bool] = []
    monkeypatch.setattr(spelling, "forget_words", lambda: forgotten.append(True))
    table.wipe()
    assert forgotten == [True]  # the worker's memory of the visitor's words goes too


def test_the_volunteer_s_pin_and_panel_speak_the_volunteer_s_language(
    qtbot: Any, table: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from composer.ui.language import current_language

    assert table.volunteer_language == "en"
    table.language_buttons["hy"].click()  # the visitor reads Armenian
    assert current_language() == "hy"
    heard: list[str] = []
    monkeypatch.setattr(
        PinDialog,
        "exec",
        lambda self: (heard.append(current_language()), self.pin.setText("2468"), 1)[2],
    )
    monkeypatch.setattr(VolunteerPanel, "exec", lambda self: heard.append(current_language()) or 0)
    table.volunteer()
    assert heard == ["en", "en"]
    assert current_language() == "hy"  # back to the visitor's

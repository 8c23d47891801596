"""Spelling help in the form: misspelt words underlined off the keystroke path, suggestions
on the context menu, the checker following the letter's language."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from composer.core import spelling
from composer.ui.main_window import MainWindow
from composer.ui.qt import QtCore, QtGui, QtWidgets
from composer.ui.spelling import SpellChecking

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def personal_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(spelling, "personal_path", lambda lang: tmp_path / f"words-{lang}.txt")
    monkeypatch.setattr("composer.ui.spelling.FIRST_CHECK_MS", 0)
    spelling.speller.cache_clear()
    yield
    spelling.speller.cache_clear()


@pytest.fixture
def window(letter_window: MainWindow) -> MainWindow:
    return letter_window


def note_of(win: MainWindow) -> tuple[QtWidgets.QPlainTextEdit, SpellChecking]:
    note = win.form.rows["fields.personal_note"].editor
    assert isinstance(note, QtWidgets.QPlainTextEdit)
    check = note.findChild(SpellChecking)
    assert check is not None
    return note, check


def underlined(editor: QtWidgets.QPlainTextEdit) -> list[str]:
    """The words drawn with a spell-check underline, as the editor lays them out."""
    found = []
    block = editor.document().firstBlock()
    while block.isValid():
        for fmt in block.layout().formats():
            style = fmt.format.underlineStyle()
            if style == QtGui.QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                found.append(block.text()[fmt.start : fmt.start + fmt.length])
        block = block.next()
    return found


def type_and_wait(qtbot, editor: QtWidgets.QPlainTextEdit, check: SpellChecking, text: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(check.checked, timeout=10_000):
        editor.setPlainText(text)


def test_misspelt_words_are_underlined_in_the_letter_s_language(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    note, check = note_of(window)
    type_and_wait(qtbot, note, check, "I recieve news of my cousin every weak.")
    assert underlined(note) == ["recieve"]  # "weak" is a word: grammar is not checked

    language = window.form.language
    with qtbot.waitSignal(check.checked, timeout=10_000):
        language.setCurrentIndex(language.findData("fr"))
    type_and_wait(qtbot, note, check, "Je demande la libertée de mon cousin.")
    assert underlined(note) == ["libertée"]

    with qtbot.waitSignal(check.checked, timeout=10_000):
        language.setCurrentIndex(language.findData("hy"))
    type_and_wait(qtbot, note, check, "Խնդրում եմ ազատել իմ զարմիկին, նամմակ")
    assert underlined(note) == ["նամմակ"]


def test_names_in_the_form_and_words_of_the_letter_are_not_flagged(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    note, check = note_of(window)
    window.form.sender_inputs["name"].setText("Anahit Ghukasyan")  # type: ignore[attr-defined]
    type_and_wait(qtbot, note, check, "Ghukasyan is my name; Karabakh is my family's home.")
    assert underlined(note) == []


def test_the_check_runs_off_the_keystroke_path(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    note, check = note_of(window)
    threads: list[threading.Thread] = []
    original = spelling.SpellService.misspelt

    def spy(self, language, text, known=()):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return original(self, language, text, known)

    monkeypatch.setattr(spelling.SpellService, "misspelt", spy)
    note.setFocus()
    qtbot.keyClicks(note, "Thiss is typed key by key")
    assert threads == []  # nothing was looked up while keys arrived
    qtbot.waitUntil(lambda: "Thiss" in check.misspelt, timeout=10_000)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert len(threads) <= 3  # once per pause, not once per key


def test_suggestions_replace_the_word_and_can_be_undone(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    note, check = note_of(window)
    type_and_wait(qtbot, note, check, "I recieve news.")
    cursor = note.textCursor()
    cursor.setPosition(4)  # inside "recieve"
    note.setTextCursor(cursor)
    with qtbot.waitSignal(check.suggested, timeout=10_000):
        menu = check.menu_at(None)  # as the menu key opens it
        waiting = [a.text() for a in menu.actions()]
    assert waiting[0] == "Looking for suggestions…"  # the menu does not wait for Hunspell
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "receive" and "Looking for suggestions…" not in texts
    again = check.menu_at(None)  # asked before: the suggestions are there at once
    assert again.actions()[0].text() == "receive"
    assert any(t == "Add “recieve” to the Dictionary" for t in texts)
    assert any("Copy" in t for t in texts)  # the field's own commands stay
    with qtbot.waitSignal(check.checked, timeout=10_000):
        menu.actions()[0].trigger()
    assert note.toPlainText() == "I receive news."
    assert underlined(note) == []
    note.undo()
    assert note.toPlainText() == "I recieve news."


def test_a_word_added_to_the_dictionary_is_no_longer_flagged(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    note, check = note_of(window)
    type_and_wait(qtbot, note, check, "My village Hadrut.")
    assert underlined(note) == ["Hadrut"]
    cursor = note.textCursor()
    cursor.setPosition(13)
    note.setTextCursor(cursor)
    menu = check.menu_at(None)
    add = next(a for a in menu.actions() if a.text().startswith("Add "))
    with qtbot.waitSignal(check.checked, timeout=10_000):
        add.trigger()
    assert underlined(note) == []
    assert "Hadrut" in (tmp_path / "words-en.txt").read_text(encoding="utf-8")


def test_the_p_s_is_checked_too(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    check = window.form.ps.findChild(SpellChecking)
    assert check is not None
    type_and_wait(qtbot, window.form.ps, check, "Thank you, pleese.")
    assert underlined(window.form.ps) == ["pleese"]


def test_a_right_click_on_a_misspelt_word_offers_its_suggestions(
    qtbot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    note, check = note_of(window)
    type_and_wait(qtbot, note, check, "I recieve news.")
    shown: list[list[str]] = []

    def read_and_close(tries: int = 500) -> None:  # the menu is open (it blocks until closed)
        menu = QtWidgets.QApplication.activePopupWidget()
        ready = menu is not None and "Looking for suggestions…" not in [
            a.text() for a in menu.actions()
        ]
        if not ready:
            if tries:
                QtCore.QTimer.singleShot(10, lambda: read_and_close(tries - 1))
            return
        assert menu is not None
        shown.append([a.text() for a in menu.actions()])
        menu.close()

    QtCore.QTimer.singleShot(0, read_and_close)
    cursor = note.textCursor()
    cursor.setPosition(4)
    where = note.cursorRect(cursor).center()  # viewport coordinates, as a click gives
    note.customContextMenuRequested.emit(where)
    assert shown and shown[0][0] == "receive"


class _Found:
    """A spelling service that finds the words it is told to, and counts the checks."""

    def __init__(self, found: set[str]) -> None:
        self.found = found
        self.checks = 0

    def misspelt(self, language: str, text: str, known: object = ()) -> set[str]:
        self.checks += 1
        return {word for word in self.found if word in text}


def _checked_editor(qtbot, monkeypatch, found: set[str]):  # type: ignore[no-untyped-def]
    from composer.ui.tasks import ManualPool, Tasks

    service = _Found(found)
    monkeypatch.setattr(spelling, "service", lambda: service)
    monkeypatch.setattr(spelling, "available", lambda language: True)
    pool = ManualPool()
    tasks = Tasks(pool)
    editor = QtWidgets.QPlainTextEdit()
    qtbot.addWidget(editor)
    check = SpellChecking(editor, "en", tasks=tasks)
    qtbot.wait(20)  # the field's first check (of no text: nothing to ask)
    return editor, check, pool, tasks, service


def spelling_tasks(tasks) -> list[object]:  # type: ignore[no-untyped-def]
    return [task for task in tasks.active() if task.name == "spelling"]


def test_underlining_is_not_taken_for_an_edit(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    editor, check, pool, tasks, service = _checked_editor(qtbot, monkeypatch, {"Thiss"})
    with qtbot.waitSignal(check.checked, timeout=5_000):
        editor.setPlainText("Thiss is typed")
        qtbot.waitUntil(lambda: bool(spelling_tasks(tasks)))
        pool.run_all()
    assert check.misspelt == {"Thiss"} and underlined(editor) == ["Thiss"]
    checks = service.checks
    qtbot.wait(100)  # many pauses' worth
    assert not pool.waiting and service.checks == checks  # underlining asked for no check


def test_a_check_waits_while_the_preview_is_built(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from composer.ui import spelling as spelling_ui

    editor, _check, pool, tasks, _service = _checked_editor(qtbot, monkeypatch, {"Thiss"})
    build = tasks.run(lambda: None, owner=None, name="preview build")  # waiting on the pool
    editor.setPlainText("Thiss is typed")
    qtbot.wait(spelling_ui.PAUSE_MS * 6)
    assert not spelling_tasks(tasks)  # it waits for the build: they would share Python's lock
    pool.run_next()  # the build ends
    assert not build.running
    qtbot.waitUntil(lambda: bool(spelling_tasks(tasks)), timeout=2_000)
    # A build that never ends delays the check by YIELD_MS at most.
    monkeypatch.setattr(spelling_ui, "YIELD_MS", 60)
    pool.run_all()
    tasks.run(lambda: None, owner=None, name="preview build")
    editor.setPlainText("Thiss is typed again")
    qtbot.waitUntil(lambda: bool(spelling_tasks(tasks)), timeout=2_000)

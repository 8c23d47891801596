"""The letter log from the window: letters saved and printed are noted, replies recorded,
and an unanswered letter is followed up with its date and subject filled in."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from composer.core.letterlog import LetterLog
from composer.core.model import letter_from_dict
from composer.ui.letters import LettersDialog, ReplyDialog
from tests.conftest import letter_data

pytestmark = pytest.mark.gui


@pytest.fixture
def letter_window(letter_window: Any) -> Any:
    """The window on a complete letter (one that can be saved and printed)."""
    letter_window.open_letter(letter_from_dict(letter_data()))
    return letter_window


def save_pdf(window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    out = tmp_path / "letter.pdf"
    monkeypatch.setattr("composer.ui.main_window.ask_save_path", lambda *args, **kw: out)
    window.export_pdf()
    assert out.exists()
    return out


def test_a_saved_and_a_printed_letter_are_logged_without_their_text(
    letter_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = letter_window
    window.form.rows["fields.personal_note"].editor.setPlainText(
        "My cousin Aram has been held in Baku since December 2020."
    )
    window.sync()
    save_pdf(window, tmp_path, monkeypatch)
    letter, pdf = window.current_pdf()
    window._printed(letter, pdf)("Sent to the printer")
    entries = window.letter_log().entries()
    assert [e.action for e in entries] == ["printed", "saved"]
    saved = entries[1]
    assert saved.template == "pow-release" and saved.text is None
    assert saved.subject  # the subject line as printed
    assert saved.recipient_data["name"] == letter.recipient.name
    assert len(saved.fingerprint) > 5  # the writer's own words, as shingles


def test_the_text_is_kept_only_when_asked(
    letter_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    letter_window.settings.set_keep_letter_texts(True)
    save_pdf(letter_window, tmp_path, monkeypatch)
    entry = letter_window.letter_log().entries()[0]
    assert entry.text is not None
    assert letter_window.session.letter.sender.name.split()[0] in entry.text


def test_a_reply_is_recorded_and_an_old_letter_is_followed_up(
    letter_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = letter_window
    letters: LetterLog = window.letter_log()
    old = letters.record(
        action="printed",
        template="pow-release",
        language="fr",
        recipient="Jane Doe",
        subject="Libérez les prisonniers",
        letter_date=dt.date.today() - dt.timedelta(days=50),
        recipient_data={"kind": "representative", "name": "Jane Doe", "city": "Ottawa"},
    )
    answered = letters.record(
        action="saved",
        template="pow-release",
        language="en",
        recipient="John Roe",
        subject="Release the prisoners",
        letter_date=dt.date.today() - dt.timedelta(days=60),
    )
    dialog = LettersDialog(letters, window.settings, window)
    qtbot.addWidget(dialog)
    rows = {dialog.table.item(r, 1).text(): r for r in range(dialog.table.rowCount())}
    assert dialog.table.item(rows["Jane Doe"], 4).text() == "No reply after 6 weeks"
    assert dialog.table.item(rows["Jane Doe"], 4).font().bold()

    monkeypatch.setattr(
        ReplyDialog, "exec", lambda self: (self.note.setText("Will raise it"), 1)[1]
    )
    dialog.table.selectRow(rows["John Roe"])
    dialog.record_reply()
    assert letters.get(answered).reply_note == "Will raise it"
    assert not dialog.follow_button.isEnabled()  # answered: nothing to follow up

    followed: list[Any] = []
    dialog.follow_up.connect(followed.append)
    dialog.table.selectRow(
        {dialog.table.item(r, 1).text(): r for r in range(dialog.table.rowCount())}["Jane Doe"]
    )
    monkeypatch.setattr(window, "maybe_keep_changes", lambda: True)
    dialog.write_follow_up()
    assert [e.id for e in followed] == [old]
    window.write_follow_up(followed[0])
    letter = window.session.letter
    assert letter.template == "follow-up" and letter.language == "fr"
    assert letter.fields["original_subject"] == "Libérez les prisonniers"
    assert letter.fields["original_date"] == (dt.date.today() - dt.timedelta(days=50)).isoformat()
    assert letter.recipient.name == "Jane Doe" and letter.recipient.kind == "representative"
    assert window.follow_up_of == old


def test_a_log_that_cannot_be_read_stops_nothing(
    letter_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "letters.sqlite3"
    bad.write_bytes(b"not a database at all" * 100)
    letter_window.log_path = bad
    out = save_pdf(letter_window, tmp_path, monkeypatch)
    assert out.read_bytes().startswith(b"%PDF")
    assert "cannot be used" in letter_window.statusBar().currentMessage()
    assert bad.read_bytes() == b"not a database at all" * 100


def test_a_follow_up_saved_and_reopened_still_follows_up_its_letter(
    letter_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = letter_window
    letters: LetterLog = window.letter_log()
    first = letters.record(
        action="printed",
        template="pow-release",
        language="en",
        recipient="Jane Doe",
        subject="Release the prisoners",
        letter_date=dt.date.today() - dt.timedelta(days=50),
        recipient_data={
            "kind": "representative",
            "name": "Jane Doe",
            "city": "Ottawa",
            "street": "1 Wellington St",
            "postal_code": "K1A 0A6",
            "region": "ON",
            "country": "CA",
        },
    )
    monkeypatch.setattr(window, "maybe_keep_changes", lambda: True)
    window.write_follow_up(letters.get(first))
    sender = letter_from_dict(letter_data()).sender
    follow_up = window.session.letter.with_changes(sender=sender)
    window.open_letter(follow_up)  # as reopened from a draft: the window no longer knows
    assert window.follow_up_of is None
    save_pdf(window, tmp_path, monkeypatch)
    assert letters.entries()[0].follow_up_of == first
    assert letters.due_follow_ups(dt.date.today()) == []


def test_a_print_that_ends_late_logs_the_letter_that_was_printed(
    letter_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = letter_window
    letter, pdf = window.current_pdf()
    printed = window._printed(letter, pdf)  # the job is on its way...
    window.follow_up_of = 12345  # ...while another letter is begun
    printed("Sent to the printer")
    entry = window.letter_log().entries()[0]
    assert entry.follow_up_of is None and entry.template == "pow-release"


def test_a_missing_follow_up_letter_is_said(
    letter_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "composer.ui.main_window.show_error", lambda _w, text, *a: shown.append(text)
    )
    del letter_window.catalogue.templates["follow-up"]
    letters = letter_window.letter_log()
    entry = letters.get(
        letters.record(
            action="printed",
            template="pow-release",
            language="en",
            recipient="X",
            subject="S",
            letter_date=dt.date.today(),
        )
    )
    letter_window.write_follow_up(entry)
    assert shown == ["The follow-up letter is not installed on this computer."]


def test_a_letter_saved_and_printed_is_due_on_both_rows_and_its_text_shows(
    letter_window: Any, qtbot: Any
) -> None:
    letters: LetterLog = letter_window.letter_log()
    day = dt.date.today() - dt.timedelta(days=50)
    for action in ("saved", "printed"):
        letters.record(
            action=action,
            template="pow-release",
            language="en",
            recipient="Jane Doe",
            subject="Release them",
            letter_date=day,
            text="Dear Ms. Doe, …",
        )
    dialog = LettersDialog(letters, letter_window.settings, letter_window)
    qtbot.addWidget(dialog)
    replies = [dialog.table.item(r, 4).text() for r in range(2)]
    assert replies == ["No reply after 6 weeks"] * 2
    assert dialog.table.item(0, 2).toolTip() == "Dear Ms. Doe, …"

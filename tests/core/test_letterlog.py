"""The letter log: kept between runs, migrated once, shared by two windows, and a file it
cannot read refused and left byte for byte as it was; follow-ups due after six weeks."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from composer.core import letterlog
from composer.core.errors import DataError, LetterError
from composer.core.letterlog import (
    MAX_NOTE,
    MAX_TEXT,
    SCHEMA_VERSION,
    LetterLog,
    LogError,
    LoggedLetter,
    follow_up_fields,
    recipient_line,
)
from composer.core.model import Letter, Recipient
from composer.core.originality import shingles

TODAY = dt.date(2026, 5, 1)


def _record(log: LetterLog, **changes: Any) -> int:
    values: dict[str, Any] = {
        "action": "printed",
        "template": "pow-release",
        "language": "en",
        "recipient": "Jane Doe, House of Commons",
        "subject": "Release the prisoners",
        "letter_date": TODAY - dt.timedelta(days=50),
    }
    values.update(changes)
    return log.record(**values)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


# -- the file -----------------------------------------------------------------------------------


def test_a_new_log_is_made_with_its_folders_and_kept_between_runs(tmp_path: Path) -> None:
    path = tmp_path / "data" / "deeper" / "letters.sqlite3"
    with LetterLog.open(path) as log:
        assert log.version() == SCHEMA_VERSION == 1
        first = _record(
            log,
            campaign="free-them",
            text="Dear Ms. Doe,\n\nPlease help.",
            fingerprint=shingles("Please help them now"),
            when=dt.datetime(2026, 3, 14, 10, 5, 7),
        )
        second = _record(log, action="saved", language="hy", recipient="ՄԱԿ")
    with LetterLog.open(path) as log:
        entries = log.entries()
        assert [e.id for e in entries] == [second, first]  # newest first
        old = log.get(first)
        assert old is not None and old == entries[1]
        assert old.when == dt.datetime(2026, 3, 14, 10, 5, 7).astimezone()
        assert old.when.tzinfo is not None
        assert old.action == "printed" and old.campaign == "free-them"
        assert old.text == "Dear Ms. Doe,\n\nPlease help."
        assert old.fingerprint == shingles("Please help them now")
        assert old.letter_date == TODAY - dt.timedelta(days=50)
        assert old.reply_date is None and old.reply_note == "" and old.follow_up_of is None
        new = log.get(second)
        assert new is not None and new.text is None and new.fingerprint == frozenset()
        assert new.recipient == "ՄԱԿ" and new.action == "saved"
        assert log.get(9999) is None
        assert log.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_entries_are_ordered_by_time_whatever_the_order_logged(tmp_path: Path) -> None:
    with LetterLog.open(tmp_path / "log.sqlite3") as log:
        later = _record(log, when=dt.datetime(2026, 4, 2, 9, 0))
        earlier = _record(log, when=dt.datetime(2026, 4, 1, 9, 0))
        assert [e.id for e in log.entries()] == [later, earlier]


def test_migrations_run_once_in_one_transaction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "log.sqlite3"
    with LetterLog.open(path) as log:
        kept = _record(log)
    runs: list[int] = []

    def step(db: sqlite3.Connection) -> None:
        runs.append(1)
        db.execute("UPDATE letter SET reply_note = 'migrated'")

    monkeypatch.setitem(letterlog.MIGRATIONS, 2, ("ALTER TABLE letter ADD COLUMN extra TEXT", step))
    monkeypatch.setattr(letterlog, "SCHEMA_VERSION", 2)
    with LetterLog.open(path) as log, LetterLog.open(path) as second_window:
        assert log.version() == second_window.version() == 2
        entry = log.get(kept)
        assert entry is not None and entry.reply_note == "migrated"
    with LetterLog.open(path):
        pass
    assert runs == [1]


def test_a_failed_migration_leaves_the_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "log.sqlite3"
    with LetterLog.open(path) as log:
        kept = _record(log)

    def broken(db: sqlite3.Connection) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setitem(
        letterlog.MIGRATIONS, 2, ("ALTER TABLE letter ADD COLUMN extra TEXT", broken)
    )
    monkeypatch.setattr(letterlog, "SCHEMA_VERSION", 2)
    with pytest.raises(LogError, match="disk could not be read"):
        LetterLog.open(path)
    monkeypatch.setattr(letterlog, "SCHEMA_VERSION", 1)
    with LetterLog.open(path) as log:
        assert log.version() == 1 and [e.id for e in log.entries()] == [kept]
        columns = {row[1] for row in log.db.execute("PRAGMA table_info(letter)")}
        assert "extra" not in columns


def test_a_newer_file_is_refused_and_kept_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "letters.sqlite3"
    with LetterLog.open(path) as log:
        _record(log, text="kept")
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 7")
    db.commit()
    db.close()
    before = _files(tmp_path)
    with pytest.raises(LogError, match="newer version") as refused:
        LetterLog.open(path)
    assert "\n" not in str(refused.value)
    assert isinstance(refused.value, DataError) and isinstance(refused.value, LetterError)
    assert _files(tmp_path) == before


@pytest.mark.parametrize(
    "content",
    [
        b"Dear Ms. Doe, this is a letter, not a database.\n" * 40,
        b"SQLite format 3\x00" + bytes(range(256)) * 16,  # the header, then garbage
        b"\x00",
    ],
    ids=["text", "sqlite-header-then-garbage", "one-byte"],
)
def test_a_file_that_is_not_a_log_is_refused_and_kept(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "letters.sqlite3"
    path.write_bytes(content)
    with pytest.raises(LogError) as refused:
        LetterLog.open(path)
    assert "\n" not in str(refused.value) and str(path) in str(refused.value)
    assert _files(tmp_path) == {path.name: content}


def test_a_damaged_log_is_refused_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "letters.sqlite3"
    with LetterLog.open(path) as log:
        for n in range(200):
            _record(log, text=f"letter {n} " * 50)
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 200] = b"\xff" * 200  # a page in the middle overwritten
    path.write_bytes(bytes(data))
    with pytest.raises(LogError, match=r"damaged|not readable"):
        LetterLog.open(path)
    assert path.read_bytes() == bytes(data)


def test_another_programs_database_is_refused_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "letters.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    db.commit()
    db.close()
    before = _files(tmp_path)
    with pytest.raises(LogError, match="another program"):
        LetterLog.open(path)
    assert _files(tmp_path) == before


def test_an_empty_file_becomes_a_log(tmp_path: Path) -> None:
    path = tmp_path / "letters.sqlite3"
    path.write_bytes(b"")
    with LetterLog.open(path) as log:
        assert log.version() == SCHEMA_VERSION


def test_a_folder_in_the_way_is_refused(tmp_path: Path) -> None:
    (tmp_path / "letters.sqlite3").mkdir()
    with pytest.raises(LogError, match="cannot read"):
        LetterLog.open(tmp_path / "letters.sqlite3")


CRASH = """
import os, sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA cache_size = 1")
db.execute("BEGIN IMMEDIATE")
db.execute("UPDATE letter SET subject = 'half-written'")
os._exit(0)
"""


def test_a_write_cut_off_by_a_crash_is_rolled_back(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "letters.sqlite3"
    with LetterLog.open(path) as log:
        for n in range(300):
            _record(log, text=f"letter {n} " * 40)
    subprocess.run([sys.executable, "-c", CRASH, str(path)], check=True)
    assert (tmp_path / "letters.sqlite3-journal").exists()  # a hot journal
    # It cannot be looked at read-only: SQLite rolls the cut-off write back first.
    with LetterLog.open(path) as log:
        assert {e.subject for e in log.entries()} == {"Release the prisoners"}
    assert "recovering from an interrupted write" in caplog.text
    assert not (tmp_path / "letters.sqlite3-journal").exists()


def test_two_windows_share_the_file_and_a_write_waits_for_the_other(tmp_path: Path) -> None:
    path = tmp_path / "letters.sqlite3"
    with LetterLog.open(path) as first, LetterLog.open(path) as second:
        entry_id = _record(first)
        assert [e.id for e in second.entries()] == [entry_id]
        other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE letter SET reply_note = 'busy'")
        release = threading.Timer(0.2, lambda: other.execute("COMMIT"))
        release.start()
        try:
            second.record_reply(entry_id, TODAY, "answered")  # waits instead of failing
        finally:
            release.join()
            other.close()
        entry = first.get(entry_id)
        assert entry is not None and entry.reply_note == "answered"


def test_a_closed_log_says_so(tmp_path: Path) -> None:
    log = LetterLog.open(tmp_path / "letters.sqlite3")
    log.close()
    with pytest.raises(LogError, match="closed"):
        log.entries()


# -- entries ------------------------------------------------------------------------------------


def test_texts_and_notes_are_capped_and_cleaned(tmp_path: Path) -> None:
    with LetterLog.open(tmp_path / "letters.sqlite3") as log:
        entry_id = _record(
            log,
            text="x" * (MAX_TEXT + 10),
            subject="Line one\nline two\x00" + "s" * 2000,
            recipient="  Jane Doe\t",
        )
        log.record_reply(entry_id, TODAY, "n" * (MAX_NOTE + 10))
        entry = log.get(entry_id)
        assert entry is not None
        assert entry.text is not None and len(entry.text) == MAX_TEXT
        assert entry.subject.startswith("Line one line two") and "\n" not in entry.subject
        assert len(entry.subject) <= letterlog.MAX_LINE and "\x00" not in entry.subject
        assert entry.recipient == "Jane Doe"
        assert len(entry.reply_note) == MAX_NOTE


def test_an_unknown_action_is_a_mistake_in_the_code(tmp_path: Path) -> None:
    with LetterLog.open(tmp_path / "letters.sqlite3") as log, pytest.raises(ValueError):
        _record(log, action="emailed")


def test_replies_are_recorded_and_cleared(tmp_path: Path) -> None:
    with LetterLog.open(tmp_path / "letters.sqlite3") as log:
        entry_id = _record(log)
        log.record_reply(entry_id, dt.date(2026, 4, 20), "A kind answer; they will ask.")
        entry = log.get(entry_id)
        assert entry is not None and entry.reply_date == dt.date(2026, 4, 20)
        assert entry.reply_note == "A kind answer; they will ask."
        log.clear_reply(entry_id)
        entry = log.get(entry_id)
        assert entry is not None and entry.reply_date is None and entry.reply_note == ""
        with pytest.raises(LogError, match="no longer in the log"):
            log.record_reply(9999, TODAY, "")


def test_delete_one_and_all(tmp_path: Path) -> None:
    path = tmp_path / "letters.sqlite3"
    with LetterLog.open(path) as log:
        first = _record(log, text="a secret sentence nobody should find")
        follow_up = _record(log, follow_up_of=first)
        log.delete(first)
        log.delete(first)  # already gone: nothing happens
        remaining = log.get(follow_up)
        assert remaining is not None and remaining.follow_up_of is None
        _record(log, text="another secret sentence")
        log.delete_all()
        assert log.entries() == []
    assert b"secret sentence" not in path.read_bytes()


def test_a_follow_up_of_a_letter_not_in_the_log_is_refused(tmp_path: Path) -> None:
    with LetterLog.open(tmp_path / "letters.sqlite3") as log, pytest.raises(LogError):
        _record(log, follow_up_of=12345)


def test_fingerprints_for_the_hint(tmp_path: Path) -> None:
    with LetterLog.open(tmp_path / "letters.sqlite3") as log:
        a = _record(log, fingerprint=shingles("one two three four"))
        _record(log)  # no fingerprint
        _record(log, fingerprint=shingles("five six seven"))
        assert sorted(map(len, log.fingerprints())) == [1, 2]
        assert log.fingerprints(exclude_id=a) == [shingles("five six seven")]
        assert log.fingerprints(exclude=[a]) == [shingles("five six seven")]
        big = frozenset(range(letterlog.MAX_SHINGLES + 5))
        c = _record(log, fingerprint=big)
        entry = log.get(c)
        assert entry is not None
        assert entry.fingerprint == frozenset(range(letterlog.MAX_SHINGLES))


def test_a_row_that_does_not_read_is_skipped_not_deleted(tmp_path: Path) -> None:
    path = tmp_path / "letters.sqlite3"
    with LetterLog.open(path) as log:
        good = _record(log)
        bad = _record(log)
        log.db.execute("UPDATE letter SET letter_date = 'yesterday' WHERE id = ?", (bad,))
        assert [e.id for e in log.entries()] == [good]
        assert log.db.execute("SELECT count(*) FROM letter").fetchone()[0] == 2


def test_recipient_line_and_record_letter(tmp_path: Path) -> None:
    assert recipient_line(Recipient(name="Jane Doe", organisation="House of Commons")) == (
        "Jane Doe, House of Commons"
    )
    assert recipient_line(Recipient(organisation="ICRC")) == "ICRC"
    assert recipient_line(Recipient(position="Minister")) == "Minister"
    letter = Letter(
        template="pow-release",
        language="fr",
        date=dt.date(2026, 3, 14),
        recipient=Recipient(name="Jane Doe"),
    )
    with LetterLog.open(tmp_path / "letters.sqlite3") as log:
        entry = log.get(log.record_letter(letter, action="saved", subject="Objet"))
        assert entry is not None
        assert (entry.template, entry.language, entry.recipient, entry.letter_date) == (
            "pow-release",
            "fr",
            "Jane Doe",
            dt.date(2026, 3, 14),
        )
        # The whole recipient is kept: a follow-up is addressed from it.
        assert entry.recipient_data["name"] == "Jane Doe"
        assert entry.recipient_data["kind"] == "other"


# -- follow-ups ---------------------------------------------------------------------------------


def _due(log: LetterLog, today: dt.date = TODAY) -> list[int]:
    return [e.id for e in log.due_follow_ups(today)]


def test_a_letter_is_due_after_exactly_six_weeks(tmp_path: Path) -> None:
    with LetterLog.open(tmp_path / "letters.sqlite3") as log:
        letter = _record(log, letter_date=dt.date(2026, 3, 1))
        assert _due(log, dt.date(2026, 4, 11)) == []  # 41 days
        assert _due(log, dt.date(2026, 4, 12)) == [letter]  # 42 days
        assert _due(log, dt.date(2026, 4, 13)) == [letter]
        assert [e.id for e in log.due_follow_ups(dt.date(2026, 3, 8), after_days=7)] == [letter]
        assert log.due_follow_ups(dt.date(2026, 3, 7), after_days=7) == []
        with pytest.raises(ValueError):
            log.due_follow_ups(TODAY, after_days=-1)


def test_a_letter_with_a_reply_is_not_due(tmp_path: Path) -> None:
    with LetterLog.open(tmp_path / "letters.sqlite3") as log:
        letter = _record(log)
        log.record_reply(letter, TODAY, "")
        assert _due(log) == []
        log.clear_reply(letter)
        assert _due(log) == [letter]


def test_a_logged_follow_up_stops_the_first_from_being_due(tmp_path: Path) -> None:
    with LetterLog.open(tmp_path / "letters.sqlite3") as log:
        first = _record(log, letter_date=TODAY - dt.timedelta(days=100))
        assert _due(log) == [first]
        follow_up = _record(
            log, template="follow-up", subject="Follow-up", letter_date=TODAY, follow_up_of=first
        )
        assert _due(log) == []
        # Unanswered in its turn, the follow-up is due six weeks later...
        assert _due(log, TODAY + dt.timedelta(days=42)) == [follow_up]
        # ...unless the first letter was answered meanwhile.
        log.record_reply(first, TODAY + dt.timedelta(days=10), "")
        assert _due(log, TODAY + dt.timedelta(days=42)) == []
        # Without the follow-up in the log, the first letter is due again (if unanswered).
        log.clear_reply(first)
        log.delete(follow_up)
        assert _due(log) == [first]


def test_a_letter_saved_then_printed_is_due_once(tmp_path: Path) -> None:
    with LetterLog.open(tmp_path / "letters.sqlite3") as log:
        saved = _record(log, action="saved", when=dt.datetime(2026, 3, 10, 9, 0))
        printed = _record(log, action="printed", when=dt.datetime(2026, 3, 10, 9, 5))
        other = _record(log, recipient="ICRC", letter_date=TODAY - dt.timedelta(days=60))
        assert _due(log) == [other, printed]  # oldest letter first, each letter once
        log.record_reply(saved, TODAY, "")  # a reply noted on either copy answers both
        assert _due(log) == [other]


def test_follow_up_fields_fill_the_follow_up_template(tmp_path: Path) -> None:
    with LetterLog.open(tmp_path / "letters.sqlite3") as log:
        entry = log.get(_record(log, letter_date=dt.date(2026, 3, 4), subject="Free Aram"))
    assert isinstance(entry, LoggedLetter)
    fields = follow_up_fields(entry)
    assert fields == {"original_date": "2026-03-04", "original_subject": "Free Aram"}
    # The follow-up template knows these fields, and its date field takes this value.
    from composer.core.templates import find_template
    from composer.core.validation import _check_value

    template = find_template("follow-up")
    for name, value in fields.items():
        spec = template.field(name)
        assert spec is not None
        assert _check_value(name, spec.type, value) is None


def test_the_default_path_is_in_the_user_data_folder() -> None:
    from composer.core import paths

    assert letterlog.default_path() == paths.user_data_dir() / "letters.sqlite3"
    assert os.fspath(letterlog.default_path()).endswith("letters.sqlite3")

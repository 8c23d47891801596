"""The letter log: the letters saved or printed on this computer, and what came of them.

One SQLite file in the user-data folder (``letters.sqlite3``), stdlib ``sqlite3``. Each entry
says when a letter was saved (as a PDF) or printed, for which campaign, template and
language, to whom, its subject and the date printed on it; its text only when the writer
asked to keep texts; the fingerprint the originality hint compares (word-shingle hashes,
never the words); and a reply when one came. From it the app offers a follow-up to letters
left unanswered (:meth:`LetterLog.due_follow_ups`, :func:`follow_up_fields`).

The schema has a version (``PRAGMA user_version``) and a table of migrations: each takes the
file from version N-1 to N, and all that a file lacks run once, together, in one
transaction, after the version is read again under the write lock (two windows opening a
new log at once migrate it once).

Journal: SQLite's default rollback journal, not write-ahead logging. The log is written a
few times a day, a few kilobytes at a time, so WAL's speed buys nothing, and the rollback
journal keeps every committed entry in the one file: a portable stick copied or unplugged
while the app runs, or a home folder on a network drive (where WAL's shared memory does
not work), still holds a whole log. Deleted entries are overwritten in the file
(``secure_delete``) and not left in a WAL file until a checkpoint. A busy timeout lets two
windows (or two running copies of the app) share the file: a write waits for the other's.

A file this code cannot read is refused with one :class:`LogError` and left as it is:
something that is not an SQLite database, a damaged one, another program's database, or one
from a newer version of the app. It is first looked at read-only, so a refused file stays
byte for byte as it was. Only a file with a *hot journal* (a write cut off by a crash)
cannot be looked at read-only: SQLite must first roll the cut-off write back, which restores
the file as it last was, and then the same checks run before anything of ours is written.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import sqlite3
import struct
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Concatenate, Literal, Self

from composer.core.errors import DataError
from composer.core.sqlitefiles import HEADER, file_header, in_words
from composer.core.text import clean_text

if TYPE_CHECKING:
    from composer.core.model import Letter, Recipient

log = logging.getLogger(__name__)

Action = Literal["saved", "printed"]
ACTIONS: tuple[Action, ...] = ("saved", "printed")

FILE_NAME = "letters.sqlite3"
FOLLOW_UP_AFTER_DAYS = 42  # six weeks: offices often promise an answer within 30 working days
BUSY_SECONDS = 5.0  # how long a write waits for another window's

# Length caps (characters): longer values are cut, not refused, so logging never stops a
# save or a print. A letter's text is a few thousand characters; its fields are capped at
# 20,000 each by the data contract.
MAX_TEXT = 100_000
MAX_NOTE = 2_000
MAX_LINE = 500  # recipient, subject
MAX_NAME = 200  # campaign, template, language
# A fingerprint keeps at most this many shingles: the smallest hashes, a sample that is the
# same for the same text, so long letters still compare (a letter of 50,000 words is not).
MAX_SHINGLES = 20_000

_FINGERPRINT_ITEM = struct.Struct("<Q")


class LogError(DataError):
    """The letter log cannot be read or written; one line for people."""


# -- the schema ---------------------------------------------------------------------------------

# Each migration takes the file from version N-1 to N: SQL statements, one each, with Python
# steps where SQL cannot do the work safely. Never change what a released one does: add a new
# one, and a test that opens a file of every earlier version.
Step = str | Callable[[sqlite3.Connection], None]
MIGRATIONS: dict[int, tuple[Step, ...]] = {
    1: (
        """
        CREATE TABLE letter (
            id INTEGER PRIMARY KEY,
            logged_at TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('saved', 'printed')),
            campaign TEXT NOT NULL DEFAULT '',
            template TEXT NOT NULL,
            language TEXT NOT NULL,
            recipient TEXT NOT NULL DEFAULT '',
            subject TEXT NOT NULL DEFAULT '',
            letter_date TEXT NOT NULL,
            text TEXT,
            fingerprint BLOB NOT NULL DEFAULT x'',
            reply_date TEXT,
            reply_note TEXT NOT NULL DEFAULT '',
            follow_up_of INTEGER REFERENCES letter(id) ON DELETE SET NULL,
            recipient_data TEXT NOT NULL DEFAULT '{}'
        )
        """,
        "CREATE INDEX letter_follow_up_of ON letter(follow_up_of)",
    ),
}
SCHEMA_VERSION = max(MIGRATIONS)


# -- entries ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoggedLetter:
    """One letter saved or printed. ``when`` is local time with its UTC offset; ``text`` is
    None unless the writer keeps texts; ``fingerprint`` holds :func:`originality.shingles`
    hashes (maybe none); ``follow_up_of`` is the entry this letter followed up."""

    id: int
    when: dt.datetime
    action: Action
    campaign: str
    template: str
    language: str
    recipient: str
    subject: str
    letter_date: dt.date
    text: str | None
    fingerprint: frozenset[int]
    reply_date: dt.date | None
    reply_note: str
    follow_up_of: int | None
    # The recipient as the data contract describes one (a follow-up is addressed from it).
    recipient_data: Mapping[str, Any] = field(default_factory=dict)


def recipient_line(recipient: Recipient) -> str:
    """Who a letter went to, on one line: "Jane Doe, House of Commons", "ICRC"."""
    name = recipient.name.strip()
    organisation = recipient.organisation.strip()
    line = ", ".join(p for p in (name, organisation) if p) or recipient.position.strip()
    return _line(line, MAX_LINE)


def follow_up_fields(entry: LoggedLetter) -> dict[str, str]:
    """The follow-up template's fields filled from the letter it follows up: the date
    printed on it (ISO, as date fields keep their value) and its subject."""
    return {
        "original_date": entry.letter_date.isoformat(),
        "original_subject": entry.subject,
    }


def followed_up(letters: LetterLog, letter: Letter) -> int | None:
    """The logged letter a follow-up letter follows up, found by the first letter's date
    and subject it quotes (a follow-up saved, then reopened, no longer knows it)."""
    subject = str(letter.fields.get("original_subject", "")).strip()
    date = str(letter.fields.get("original_date", "")).strip()
    if not subject or not date:
        return None
    for entry in letters.entries():
        if entry.subject.strip() == subject and entry.letter_date.isoformat() == date:
            return entry.id
    return None


def default_path() -> Path:
    """Where the app keeps its letter log (in the user data folder, or ``portable/``)."""
    from composer.core import paths

    return paths.user_data_dir() / FILE_NAME


# -- errors ------------------------------------------------------------------------------------


def _in_words(error: sqlite3.Error) -> str:
    return in_words(error, "it is not a letter log")


def _guarded[**P, T](
    method: Callable[Concatenate[LetterLog, P], T],
) -> Callable[Concatenate[LetterLog, P], T]:
    """Every SQLite error of a log operation becomes one clear LogError."""

    @functools.wraps(method)
    def guarded(self: LetterLog, /, *args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as error:
            raise LogError(f"letter log {self.path}: {_in_words(error)}") from None

    return guarded


# -- opening ------------------------------------------------------------------------------------


def _check(db: sqlite3.Connection, path: Path) -> int:
    """Refuse a database this code cannot use, without writing; returns its version."""
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise LogError(
            f"letter log {path}: made by a newer version of Letter Composer "
            f"(schema {version}); please update the app"
        )
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if (version == 0 and tables) or (version > 0 and "letter" not in tables):
        raise LogError(f"letter log {path}: it is another program's database, not a letter log")
    if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
        raise LogError(f"letter log {path}: the file is damaged")
    return version


def _inspect(path: Path) -> None:
    """Refuse an existing file this code cannot use, read-only, so that a refused file stays
    byte for byte as it was. A file with a hot journal (see the module's description) cannot
    be looked at read-only: it passes here, and is checked once open (by ``_migrate``)."""
    try:
        header = file_header(path)
    except FileNotFoundError:
        return
    except OSError as error:
        raise LogError(f"letter log {path}: cannot read ({error.strerror or error})") from None
    if not header:
        return  # an empty file: SQLite makes a new database in it
    if header != HEADER:
        raise LogError(f"letter log {path}: not a letter log (not an SQLite database)")
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_SECONDS)
    except sqlite3.Error as error:
        raise LogError(f"letter log {path}: {_in_words(error)}") from None
    try:
        _check(db, path)
    except sqlite3.Error as error:
        if error.sqlite_errorcode == sqlite3.SQLITE_READONLY_ROLLBACK:
            log.warning("letter log %s: recovering from an interrupted write", path)
            return
        raise LogError(f"letter log {path}: not readable ({_in_words(error)})") from None
    finally:
        db.close()


def _migrate(db: sqlite3.Connection, path: Path) -> None:
    """Check the file (see ``_check``), then bring it to SCHEMA_VERSION: every missing step
    once, all in one transaction."""
    if _check(db, path) == SCHEMA_VERSION:
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        version = _check(db, path)  # again under the write lock: another window may have won
        for target in range(version + 1, SCHEMA_VERSION + 1):
            for step in MIGRATIONS[target]:
                if callable(step):
                    step(db)
                else:
                    db.execute(step)
        if version < SCHEMA_VERSION:
            db.execute(f"PRAGMA user_version = {int(SCHEMA_VERSION)}")
            log.info("letter log %s: schema %d -> %d", path, version, SCHEMA_VERSION)
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


# -- the log ------------------------------------------------------------------------------------


class LetterLog:
    """The letter log at one path; use :meth:`open`. Every change is one transaction. Like
    an ``sqlite3`` connection, it is used from the thread that opened it."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self.db = db
        self.path = path

    @classmethod
    def open(cls, path: Path) -> LetterLog:
        """The log at ``path``, made (with its folders) or migrated as needed; LogError for a
        file that cannot be used, which is left untouched."""
        _inspect(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LogError(
                f"letter log {path}: cannot make the folder {path.parent} "
                f"({error.strerror or error})"
            ) from None
        try:
            db = sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level=None)
        except sqlite3.Error as error:
            raise LogError(f"letter log {path}: {_in_words(error)}") from None
        try:
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("PRAGMA secure_delete = ON")
            _migrate(db, path)  # checks the file again first, still without writing
        except LogError:
            db.close()
            raise
        except sqlite3.Error as error:
            db.close()
            raise LogError(f"letter log {path}: not readable ({_in_words(error)})") from None
        return cls(db, path)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @_guarded
    def version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    # -- writing ----------------------------------------------------------------------------

    @_guarded
    def record(
        self,
        *,
        action: Action,
        template: str,
        language: str,
        recipient: str,
        subject: str,
        letter_date: dt.date,
        campaign: str = "",
        text: str | None = None,
        fingerprint: Iterable[int] = frozenset(),
        follow_up_of: int | None = None,
        when: dt.datetime | None = None,
        recipient_data: Mapping[str, Any] | None = None,
    ) -> int:
        """Log a letter saved or printed; returns its id. ``when`` defaults to now; a time
        without a zone counts as local. Over-long values are cut (see the caps above)."""
        if action not in ACTIONS:
            raise ValueError(f"action must be one of {ACTIONS}, not {action!r}")
        moment = (when or dt.datetime.now()).astimezone()
        cursor = self.db.execute(
            "INSERT INTO letter (logged_at, action, campaign, template, language, recipient, "
            "subject, letter_date, text, fingerprint, follow_up_of, recipient_data) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                moment.isoformat(timespec="seconds"),
                action,
                _line(campaign, MAX_NAME),
                _line(template, MAX_NAME),
                _line(language, MAX_NAME),
                _line(recipient, MAX_LINE),
                _line(subject, MAX_LINE),
                _day(letter_date).isoformat(),
                None if text is None else clean_text(text, multiline=True)[:MAX_TEXT],
                _pack(fingerprint),
                follow_up_of,
                json.dumps(dict(recipient_data or {}), ensure_ascii=False)[: MAX_NOTE * 4],
            ),
        )
        return int(cursor.lastrowid or 0)

    def record_letter(
        self,
        letter: Letter,
        *,
        action: Action,
        subject: str,
        campaign: str = "",
        text: str | None = None,
        fingerprint: Iterable[int] = frozenset(),
        follow_up_of: int | None = None,
    ) -> int:
        """:meth:`record` with the template, language, recipient and date of ``letter``."""
        from composer.core.model import recipient_to_dict

        return self.record(
            action=action,
            template=letter.template,
            language=letter.language,
            recipient=recipient_line(letter.recipient),
            subject=subject,
            letter_date=letter.date,
            campaign=campaign,
            text=text,
            fingerprint=fingerprint,
            follow_up_of=follow_up_of,
            recipient_data=recipient_to_dict(letter.recipient),
        )

    @_guarded
    def record_reply(self, entry_id: int, date: dt.date, note: str = "") -> None:
        """Note that a letter was answered, when, and a few words about the answer."""
        changed = self.db.execute(
            "UPDATE letter SET reply_date = ?, reply_note = ? WHERE id = ?",
            (_day(date).isoformat(), clean_text(note, multiline=True)[:MAX_NOTE], entry_id),
        ).rowcount
        if not changed:
            raise LogError(f"letter log {self.path}: letter {entry_id} is no longer in the log")

    @_guarded
    def clear_reply(self, entry_id: int) -> None:
        changed = self.db.execute(
            "UPDATE letter SET reply_date = NULL, reply_note = '' WHERE id = ?", (entry_id,)
        ).rowcount
        if not changed:
            raise LogError(f"letter log {self.path}: letter {entry_id} is no longer in the log")

    @_guarded
    def delete(self, entry_id: int) -> None:
        """Forget one letter (nothing happens when it is already gone). Follow-ups of it stay,
        no longer linked to it."""
        self.db.execute("DELETE FROM letter WHERE id = ?", (entry_id,))

    @_guarded
    def delete_all(self) -> None:
        """Forget every letter, and shrink the file so nothing of them stays in it."""
        self.db.execute("DELETE FROM letter")
        try:
            self.db.execute("VACUUM")
        except sqlite3.Error as error:  # deleted (and overwritten) all the same
            log.warning("letter log %s: could not compact: %s", self.path, error)

    # -- reading ----------------------------------------------------------------------------

    def _entries(self, where: str = "", params: tuple[object, ...] = ()) -> list[LoggedLetter]:
        rows = self.db.execute(
            "SELECT id, logged_at, action, campaign, template, language, recipient, subject, "
            "letter_date, text, fingerprint, reply_date, reply_note, follow_up_of, recipient_data "
            f"FROM letter {where}",
            params,
        ).fetchall()
        found = [entry for row in rows if (entry := _entry(row, self.path)) is not None]
        found.sort(key=lambda e: (e.when, e.id), reverse=True)
        return found

    @_guarded
    def entries(self) -> list[LoggedLetter]:
        """Every letter, newest first."""
        return self._entries()

    @_guarded
    def get(self, entry_id: int) -> LoggedLetter | None:
        found = self._entries("WHERE id = ?", (entry_id,))
        return found[0] if found else None

    @_guarded
    def fingerprints(
        self, exclude_id: int | None = None, exclude: Iterable[int] = ()
    ) -> list[frozenset[int]]:
        """The fingerprints of the logged letters, for the hint; but those of
        ``exclude_id`` and ``exclude`` (the letter being written, saved and printed)."""
        left_out = {exclude_id, *exclude}
        rows = self.db.execute(
            "SELECT id, fingerprint FROM letter WHERE length(fingerprint) > 0"
        ).fetchall()
        return [_unpack(row[1]) for row in rows if row[0] not in left_out]

    @_guarded
    def due_follow_ups(
        self, today: dt.date, after_days: int = FOLLOW_UP_AFTER_DAYS
    ) -> list[LoggedLetter]:
        """Letters to follow up: dated ``after_days`` or more before ``today`` (exactly six
        weeks is due), without a reply, and not followed up already. Oldest first.

        The same letter saved and then printed is one letter: entries with the same template,
        language, recipient, subject and date count as one (the newest is shown), answered
        or followed up when any of them is. A follow-up can be due in its turn, unless the
        letter it followed up (or an earlier one in the chain) was answered."""
        if after_days < 0:
            raise ValueError("after_days cannot be negative")
        entries = self.entries()
        by_id = {e.id: e for e in entries}
        followed = {e.follow_up_of for e in entries if e.follow_up_of is not None}
        groups: dict[tuple[object, ...], list[LoggedLetter]] = {}
        for entry in entries:  # newest first, so each group's first is its newest
            groups.setdefault(same_letter(entry), []).append(entry)

        def answered(entry: LoggedLetter) -> bool:
            seen: set[int] = set()
            current: LoggedLetter | None = entry
            while current is not None and current.id not in seen:
                if current.reply_date is not None:
                    return True
                seen.add(current.id)
                parent = current.follow_up_of
                current = by_id.get(parent) if parent is not None else None
            return False

        due = [
            group[0]
            for group in groups.values()
            if (today - group[0].letter_date).days >= after_days
            and not any(answered(e) or e.id in followed for e in group)
        ]
        due.sort(key=lambda e: (e.letter_date, e.id))
        return due


# -- values -------------------------------------------------------------------------------------


def _line(value: str, limit: int) -> str:
    return clean_text(str(value)).strip()[:limit]


def _day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def same_letter(entry: LoggedLetter) -> tuple[object, ...]:
    """What the entries of one letter (saved, then printed) have in common."""
    return (
        entry.template,
        entry.language,
        entry.recipient.casefold(),
        entry.subject.casefold(),
        entry.letter_date,
    )


def _pack(fingerprint: Iterable[int]) -> bytes:
    values = sorted(set(fingerprint))[:MAX_SHINGLES]
    if values and not (values[0] >= 0 and values[-1] < 2**64):
        raise ValueError("a fingerprint holds 64-bit unsigned numbers")
    return struct.pack(f"<{len(values)}Q", *values)


def _unpack(blob: object) -> frozenset[int]:
    if not isinstance(blob, bytes) or len(blob) % _FINGERPRINT_ITEM.size:
        return frozenset()
    return frozenset(value for (value,) in _FINGERPRINT_ITEM.iter_unpack(blob))


def _recipient_data(value: object) -> dict[str, Any]:
    try:
        data = json.loads(str(value or "{}"))
    except json.JSONDecodeError:
        return {}
    return data if isinstance(data, dict) else {}


def _entry(row: tuple[Any, ...], path: Path) -> LoggedLetter | None:
    """One row as an entry; None (and a warning) for a row that does not read as one, which
    is skipped, never changed or deleted."""
    try:
        when = dt.datetime.fromisoformat(str(row[1]))
        action = str(row[2])
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r}")
        return LoggedLetter(
            id=int(row[0]),
            when=when.astimezone() if when.tzinfo is None else when,
            action=action,
            campaign=str(row[3]),
            template=str(row[4]),
            language=str(row[5]),
            recipient=str(row[6]),
            subject=str(row[7]),
            letter_date=dt.date.fromisoformat(str(row[8])),
            text=None if row[9] is None else str(row[9]),
            fingerprint=_unpack(row[10]),
            reply_date=None if row[11] is None else dt.date.fromisoformat(str(row[11])),
            reply_note=str(row[12]),
            follow_up_of=None if row[13] is None else int(row[13]),
            recipient_data=_recipient_data(row[14]),
        )
    except (TypeError, ValueError) as error:
        log.warning("letter log %s: entry %s skipped: %s", path, row[0], error)
        return None

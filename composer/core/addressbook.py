"""The address book: recipients kept in SQLite in the user-data folder.

One file, stdlib ``sqlite3``, write-ahead logging so a crash never corrupts it, and a schema
version (``PRAGMA user_version``) with migrations that are tested from every earlier version.

A file is first looked at read-only: one made by a newer version of the app, or damaged, is
refused before anything is written to it (not even the switch to write-ahead logging), so it
stays byte for byte as it was. Every SQLite error becomes one :class:`DataError` in words.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from composer.core.contacts import Contact
from composer.core.errors import DataError
from composer.core.model import RECIPIENT_TEXT_FIELDS, Recipient
from composer.core.sqlitefiles import HEADER, file_header, in_words


def _split_old_tags(db: sqlite3.Connection) -> None:
    """Version 1 kept tags as "a; b" text: one row per tag in contact_tag. Done in Python,
    not SQL: building JSON from the text broke on a backslash or a quote in a tag."""
    rows = db.execute("SELECT id, tags FROM contact").fetchall()
    db.executemany(
        "INSERT OR IGNORE INTO contact_tag (contact_id, tag) VALUES (?, ?)",
        [
            (row[0], tag.strip())
            for row in rows
            for tag in str(row[1] or "").split(";")
            if tag.strip()
        ],
    )


def _describe_recipients(db: sqlite3.Connection) -> None:
    """Version 3 describes recipients: the honorific becomes a courtesy title and, where it
    or the position names one, an office; "organisation" entries become humanitarian (the
    Red Cross) or neutral; bundled entries take their kind, office and names in each
    language from the directory. No entry claims to be the owner's own representative."""
    from composer.core.directory import bundled_by_source
    from composer.core.model import migrate_recipient

    bundled = bundled_by_source()
    rows = db.execute(
        "SELECT id, kind, honorific, position, organisation, source FROM contact"
    ).fetchall()
    for row in rows:
        described = migrate_recipient(
            {
                "kind": row[1],
                "honorific": row[2],
                "position": row[3],
                "organisation": row[4],
            },
            draft=False,
        )
        names = "{}"
        known = bundled.get(row[5]) if row[5] else None
        if known is not None:
            described.update(kind=known.recipient.kind, office=known.recipient.office)
            names = json.dumps(dict(known.names), ensure_ascii=False)
        db.execute(
            "UPDATE contact SET kind = ?, title = ?, office = ?, names = ? WHERE id = ?",
            (described["kind"], described["title"], described["office"], names, row[0]),
        )


# Each migration takes the database from version N-1 to N: SQL statements, with Python steps
# where SQL cannot do the work safely. Never change what a released one does: add a new one,
# and a test that opens a database of every earlier version.
Migration = str | Callable[[sqlite3.Connection], None] | tuple["Migration", ...]
MIGRATIONS: dict[int, Migration] = {
    1: """
        CREATE TABLE contact (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL DEFAULT 'representative',
            honorific TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL DEFAULT '',
            position TEXT NOT NULL DEFAULT '',
            organisation TEXT NOT NULL DEFAULT '',
            street TEXT NOT NULL DEFAULT '',
            street2 TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            region TEXT NOT NULL DEFAULT '',
            postal_code TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '',
            salutation TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT ''
        );
    """,
    # Version 2: tags get their own table (searching "tag = x" in a text column matched
    # "tax" too), and entries remember when they changed.
    2: (
        """
        CREATE TABLE contact_tag (
            contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
            tag TEXT NOT NULL COLLATE NOCASE,
            PRIMARY KEY (contact_id, tag)
        );
        """,
        _split_old_tags,
        """
        ALTER TABLE contact DROP COLUMN tags;
        ALTER TABLE contact ADD COLUMN updated TEXT NOT NULL DEFAULT '';
        CREATE INDEX contact_tag_tag ON contact_tag(tag);
        """,
    ),
    # Version 3: recipients described (courtesy title, office, jurisdiction, level, whether
    # they are the owner's own representative) and organisations' names per language.
    3: (
        """
        ALTER TABLE contact ADD COLUMN title TEXT NOT NULL DEFAULT '';
        ALTER TABLE contact ADD COLUMN office TEXT NOT NULL DEFAULT '';
        ALTER TABLE contact ADD COLUMN jurisdiction TEXT NOT NULL DEFAULT '';
        ALTER TABLE contact ADD COLUMN level TEXT NOT NULL DEFAULT '';
        ALTER TABLE contact ADD COLUMN own_representative INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE contact ADD COLUMN names TEXT NOT NULL DEFAULT '{}';
        """,
        _describe_recipients,
        """
        ALTER TABLE contact DROP COLUMN honorific;
        """,
    ),
}
SCHEMA_VERSION = max(MIGRATIONS)


def run_migration(db: sqlite3.Connection, migration: Migration) -> None:
    if isinstance(migration, tuple):
        for step in migration:
            run_migration(db, step)
    elif callable(migration):
        migration(db)
    else:
        for statement in _statements(migration):
            db.execute(statement)


def _in_words(error: sqlite3.Error) -> str:
    return in_words(error, "it is not an address book")


def _guarded[T](method: Callable[..., T]) -> Callable[..., T]:
    """Every SQLite error of an address-book operation becomes one clear DataError."""

    @functools.wraps(method)
    def guarded(self: AddressBook, *args: Any, **kwargs: Any) -> T:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as error:
            raise DataError(f"address book {self.path}: {_in_words(error)}") from None

    return guarded


def inspect(path: Path) -> None:
    """Refuse an existing file that is not an address book this version can open, without
    writing to it: read-only, so a refused file stays byte for byte as it was."""
    try:
        header = file_header(path)
    except FileNotFoundError:
        return
    except OSError as error:
        raise DataError(f"{path}: cannot read ({error.strerror or error})") from None
    if not header:
        return  # an empty file: SQLite makes a new database in it
    if header != HEADER:
        raise DataError(f"{path}: not a readable address book (not an SQLite database)")
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise DataError(f"{path}: not a readable address book ({_in_words(error)})") from None
    try:
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise DataError(
                f"{path}: made by a newer version of Letter Composer "
                f"(schema {version}); please update the app"
            )
        check = db.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise DataError(f"{path}: not a readable address book (the file is damaged)")
    except sqlite3.Error as error:
        raise DataError(f"{path}: not a readable address book ({_in_words(error)})") from None
    finally:
        db.close()


class AddressBook:
    """All address-book operations; every change is one transaction."""

    def __init__(self, path: Path | str) -> None:
        self.path = path
        if isinstance(path, Path):
            inspect(path)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise DataError(
                    f"{path.parent}: cannot make the folder ({error.strerror})"
                ) from None
        try:
            self.db = sqlite3.connect(str(path), isolation_level=None)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA foreign_keys = ON")
            if str(path) != ":memory:":
                self.db.execute("PRAGMA journal_mode = WAL")
            self._migrate()
        except sqlite3.Error as error:
            raise DataError(f"{path}: not a readable address book ({_in_words(error)})") from None

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: an import that fails half-way leaves the book as it was."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    @_guarded
    def version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        current = self.version()
        if current > SCHEMA_VERSION:
            raise DataError(
                f"{self.path}: made by a newer version of Letter Composer "
                f"(schema {current}); please update the app"
            )
        for version in range(current + 1, SCHEMA_VERSION + 1):
            with self.transaction() as db:
                run_migration(db, MIGRATIONS[version])
                db.execute(f"PRAGMA user_version = {version}")

    # -- reading ------------------------------------------------------------------------------

    def _contacts(self, where: str = "", params: Sequence[object] = ()) -> list[Contact]:
        rows = self.db.execute(
            f"SELECT * FROM contact {where} ORDER BY organisation = '', name, organisation, id",
            params,
        ).fetchall()
        tags: dict[int, list[str]] = {}
        for row in self.db.execute("SELECT contact_id, tag FROM contact_tag ORDER BY tag"):
            tags.setdefault(row["contact_id"], []).append(row["tag"])
        return [
            Contact(
                recipient=_recipient(row),
                tags=tuple(tags.get(row["id"], [])),
                salutation=row["salutation"],
                notes=row["notes"],
                source=row["source"],
                id=row["id"],
                names=_names(row["names"]),
            )
            for row in rows
        ]

    @_guarded
    def all(self) -> list[Contact]:
        return self._contacts()

    @_guarded
    def get(self, contact_id: int) -> Contact | None:
        found = self._contacts("WHERE id = ?", (contact_id,))
        return found[0] if found else None

    @_guarded
    def with_tag(self, tag: str) -> list[Contact]:
        return self._contacts(
            "WHERE id IN (SELECT contact_id FROM contact_tag WHERE tag = ?)", (tag,)
        )

    @_guarded
    def search(self, text: str) -> list[Contact]:
        """Entries whose name, organisation, position, city or notes contain ``text``."""
        like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        columns = ("name", "organisation", "position", "city", "notes")
        where = " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in columns)
        return self._contacts(f"WHERE {where}", [like] * len(columns))

    @_guarded
    def tags(self) -> list[str]:
        return [
            row[0] for row in self.db.execute("SELECT DISTINCT tag FROM contact_tag ORDER BY tag")
        ]

    # -- writing ------------------------------------------------------------------------------

    def add(self, contact: Contact) -> Contact:
        return self.add_many([contact])[0]

    @_guarded
    def add_many(self, contacts: Iterable[Contact]) -> list[Contact]:
        """Store new entries in one transaction; returns them with their ids."""
        stored: list[Contact] = []
        with self.transaction() as db:
            for contact in contacts:
                values = _values(contact)
                cursor = db.execute(
                    f"INSERT INTO contact ({', '.join(values)}) "
                    f"VALUES ({', '.join('?' for _ in values)})",
                    list(values.values()),
                )
                contact_id = int(cursor.lastrowid or 0)
                _write_tags(db, contact_id, contact.tags)
                stored.append(replace(contact, id=contact_id))
        return stored

    @_guarded
    def update(self, contact: Contact) -> None:
        if contact.id is None:
            raise ValueError("only stored entries can be updated")
        values = _values(contact)
        with self.transaction() as db:
            db.execute(
                f"UPDATE contact SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?",
                [*values.values(), contact.id],
            )
            db.execute("DELETE FROM contact_tag WHERE contact_id = ?", (contact.id,))
            _write_tags(db, contact.id, contact.tags)

    @_guarded
    def add_bundled(self) -> list[Contact]:
        """Add the bundled directory's entries that are not in the book yet (by source)."""
        from composer.core.directory import bundled_contacts

        return self.add_directory(bundled_contacts())

    @_guarded
    def add_directory(self, contacts: Iterable[Contact]) -> list[Contact]:
        """Add the directory entries (bundled, or a pack's) not in the book yet, by source:
        an entry added before and since edited by the person keeps their edits."""
        known = {row[0] for row in self.db.execute("SELECT source FROM contact")}
        return self.add_many(c for c in contacts if c.source not in known)

    @_guarded
    def remove(self, contact_id: int) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM contact WHERE id = ?", (contact_id,))


def _recipient(row: sqlite3.Row) -> Recipient:
    values: dict[str, Any] = {c: row[c] for c in RECIPIENT_TEXT_FIELDS}
    return Recipient(**values, own_representative=bool(row["own_representative"]))


def _names(raw: object) -> dict[str, str]:
    try:
        data = json.loads(str(raw or "{}"))
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): str(v) for k, v in data.items() if isinstance(v, str)}


def _values(contact: Contact) -> dict[str, object]:
    values: dict[str, object] = {c: getattr(contact.recipient, c) for c in RECIPIENT_TEXT_FIELDS}
    values.update(
        own_representative=int(contact.recipient.own_representative),
        names=json.dumps(dict(contact.names), ensure_ascii=False),
        salutation=contact.salutation,
        notes=contact.notes,
        source=contact.source,
        updated=_now(),
    )
    return values


def _write_tags(db: sqlite3.Connection, contact_id: int, tags: Iterable[str]) -> None:
    db.executemany(
        "INSERT OR IGNORE INTO contact_tag (contact_id, tag) VALUES (?, ?)",
        [(contact_id, t.strip()) for t in tags if t.strip()],
    )


def _now() -> str:
    import datetime as dt

    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";\n") if s.strip()]


def default_path() -> Path:
    """Where the app keeps its address book (in the user data folder, or ``portable/``)."""
    from composer.core import paths

    return paths.user_data_dir() / "addressbook.sqlite3"


def open_address_book(path: Path | None = None) -> AddressBook:
    """The address book at ``path`` (the app's own by default), made and migrated as needed;
    a new one starts with the bundled directory of organisations."""
    path = path or default_path()
    fresh = not path.exists()
    book = AddressBook(path)
    if fresh:
        book.add_bundled()
    return book

"""The address book: recipients kept in SQLite in the user-data folder.

One file, stdlib ``sqlite3``, write-ahead logging so a crash never corrupts it, and a schema
version (``PRAGMA user_version``) with migrations that are tested from every earlier version.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from composer.core.contacts import Contact
from composer.core.errors import DataError
from composer.core.model import RECIPIENT_FIELDS, Recipient

RECIPIENT_COLUMNS = RECIPIENT_FIELDS

# Each migration takes the database from version N-1 to N. Never edit a released one: add a
# new one, and a test that opens a database of every earlier version.
MIGRATIONS: dict[int, str] = {
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
    2: """
        CREATE TABLE contact_tag (
            contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
            tag TEXT NOT NULL COLLATE NOCASE,
            PRIMARY KEY (contact_id, tag)
        );
        INSERT OR IGNORE INTO contact_tag (contact_id, tag)
            SELECT contact.id, trim(value) FROM contact, json_each(
                '["' || replace(replace(contact.tags, '"', ''), ';', '","') || '"]')
            WHERE trim(value) != '';
        ALTER TABLE contact DROP COLUMN tags;
        ALTER TABLE contact ADD COLUMN updated TEXT NOT NULL DEFAULT '';
        CREATE INDEX contact_tag_tag ON contact_tag(tag);
    """,
}
SCHEMA_VERSION = max(MIGRATIONS)


class AddressBook:
    """All address-book operations; every change is one transaction."""

    def __init__(self, path: Path | str) -> None:
        self.path = path
        if isinstance(path, Path):
            path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(str(path), isolation_level=None)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA foreign_keys = ON")
            if str(path) != ":memory:":
                self.db.execute("PRAGMA journal_mode = WAL")
            self._migrate()
        except sqlite3.DatabaseError as error:
            raise DataError(f"{path}: not a readable address book ({error})") from None

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
                for statement in _statements(MIGRATIONS[version]):
                    db.execute(statement)
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
                recipient=Recipient(**{c: row[c] for c in RECIPIENT_COLUMNS}),
                tags=tuple(tags.get(row["id"], [])),
                salutation=row["salutation"],
                notes=row["notes"],
                source=row["source"],
                id=row["id"],
            )
            for row in rows
        ]

    def all(self) -> list[Contact]:
        return self._contacts()

    def get(self, contact_id: int) -> Contact | None:
        found = self._contacts("WHERE id = ?", (contact_id,))
        return found[0] if found else None

    def with_tag(self, tag: str) -> list[Contact]:
        return self._contacts(
            "WHERE id IN (SELECT contact_id FROM contact_tag WHERE tag = ?)", (tag,)
        )

    def search(self, text: str) -> list[Contact]:
        """Entries whose name, organisation, position, city or notes contain ``text``."""
        like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        columns = ("name", "organisation", "position", "city", "notes")
        where = " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in columns)
        return self._contacts(f"WHERE {where}", [like] * len(columns))

    def tags(self) -> list[str]:
        return [
            row[0] for row in self.db.execute("SELECT DISTINCT tag FROM contact_tag ORDER BY tag")
        ]

    # -- writing ------------------------------------------------------------------------------

    def add(self, contact: Contact) -> Contact:
        return self.add_many([contact])[0]

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

    def add_bundled(self) -> list[Contact]:
        """Add the bundled directory's entries that are not in the book yet (by source)."""
        from composer.core.directory import bundled_contacts

        known = {row[0] for row in self.db.execute("SELECT source FROM contact")}
        return self.add_many(c for c in bundled_contacts() if c.source not in known)

    def remove(self, contact_id: int) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM contact WHERE id = ?", (contact_id,))


def _values(contact: Contact) -> dict[str, str]:
    values = {c: getattr(contact.recipient, c) for c in RECIPIENT_COLUMNS}
    values.update(
        salutation=contact.salutation, notes=contact.notes, source=contact.source, updated=_now()
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

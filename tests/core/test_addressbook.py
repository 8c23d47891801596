from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from composer.core.addressbook import MIGRATIONS, SCHEMA_VERSION, AddressBook, _statements
from composer.core.contacts import Contact
from composer.core.errors import DataError
from composer.core.model import Recipient

JANE = Contact(
    Recipient(
        honorific="Ms.",
        name="Jane Doe",
        position="Member of Parliament",
        organisation="House of Commons",
        city="Ottawa",
        region="ON",
        postal_code="K1A 0A6",
        country="CA",
    ),
    tags=("mp", "ottawa"),
    salutation="Dear Ms. Doe,",
    notes="No stamp needed.",
)
ICRC = Contact(
    Recipient(
        kind="organisation",
        organisation="ICRC",
        street="19 avenue de la Paix",
        city="Genève",
        postal_code="1202",
        country="CH",
    ),
    tags=("geneva",),
    source="bundled:icrc",
)


def test_add_get_search_tag_update_remove(tmp_path: Path) -> None:
    book = AddressBook(tmp_path / "book.sqlite3")
    jane, icrc = book.add_many([JANE, ICRC])
    assert book.get(jane.id or 0) == jane
    assert {c.display_name for c in book.all()} == {"Ms. Jane Doe", "ICRC"}
    assert [c.id for c in book.with_tag("MP")] == [jane.id]
    assert [c.id for c in book.search("genè")] == [icrc.id]
    assert book.search("100%") == [] and book.search("_") == []
    assert book.tags() == ["geneva", "mp", "ottawa"]
    book.update(Contact(jane.recipient, tags=("mp",), id=jane.id))
    assert book.get(jane.id or 0).tags == ("mp",)  # type: ignore[union-attr]
    book.remove(icrc.id or 0)
    assert [c.id for c in book.all()] == [jane.id]
    assert book.tags() == ["mp"]
    assert book.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_failed_import_leaves_nothing_behind(tmp_path: Path) -> None:
    book = AddressBook(tmp_path / "book.sqlite3")
    book.add(JANE)

    def contacts():  # type: ignore[no-untyped-def]
        yield ICRC
        raise ValueError("the file broke half-way")

    with pytest.raises(ValueError):
        book.add_many(contacts())
    assert [c.display_name for c in book.all()] == ["Ms. Jane Doe"]


def _database_at(path: Path, version: int) -> None:
    db = sqlite3.connect(path)
    for v in range(1, version + 1):
        for statement in _statements(MIGRATIONS[v]):
            db.execute(statement)
        db.execute(f"PRAGMA user_version = {v}")
    if version == 1:
        db.execute(
            "INSERT INTO contact (name, organisation, country, tags) "
            "VALUES ('Jane Doe', 'House of Commons', 'CA', 'mp; ottawa;')"
        )
    elif version >= 2:
        db.execute(
            "INSERT INTO contact (name, organisation, country) "
            "VALUES ('Jane Doe', 'House of Commons', 'CA')"
        )
        db.execute("INSERT INTO contact_tag VALUES (1, 'mp'), (1, 'ottawa')")
    db.commit()
    db.close()


@pytest.mark.parametrize("version", range(0, SCHEMA_VERSION + 1))
def test_migrates_from_every_earlier_version(tmp_path: Path, version: int) -> None:
    path = tmp_path / "book.sqlite3"
    _database_at(path, version)
    book = AddressBook(path)
    assert book.version() == SCHEMA_VERSION
    if version:
        (jane,) = book.all()
        assert jane.recipient.name == "Jane Doe"
        assert jane.tags == ("mp", "ottawa")
    book.add(ICRC)
    assert len(book.all()) == (2 if version else 1)


def test_newer_or_broken_files_are_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(DataError, match="newer version"):
        AddressBook(path)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DataError, match="not a readable address book"):
        AddressBook(junk)

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from composer.core.addressbook import MIGRATIONS, SCHEMA_VERSION, AddressBook, run_migration
from composer.core.contacts import Contact
from composer.core.errors import DataError
from composer.core.model import Recipient

JANE = Contact(
    Recipient(
        title="ms",
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
        run_migration(db, MIGRATIONS[v])
        db.execute(f"PRAGMA user_version = {v}")
    if version == 1:
        db.execute(
            "INSERT INTO contact (name, organisation, country, tags) "
            "VALUES ('Jane Doe', 'House of Commons', 'CA', 'mp; ottawa;')"
        )
        # Tags that broke the old JSON-building migration: a backslash, quotes, a comma.
        db.execute(
            "INSERT INTO contact (name, country, tags) "
            """VALUES ('Tag Tester', 'CA', 'C:\\temp; "quoted"; a,b; ; [x]')"""
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
        jane = book.all()[0]
        assert jane.recipient.name == "Jane Doe"
        assert jane.tags == ("mp", "ottawa")
    if version == 1:
        tester = book.all()[1]
        assert tester.recipient.name == "Tag Tester"
        assert set(tester.tags) == {"C:\\temp", '"quoted"', "a,b", "[x]"}
    before = len(book.all())
    book.add(ICRC)
    assert len(book.all()) == before + 1


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


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("case", ["newer", "damaged", "junk"])
def test_a_refused_file_is_left_byte_identical(tmp_path: Path, case: str) -> None:
    path = tmp_path / "book.sqlite3"
    if case == "junk":
        path.write_bytes(b"not an address book" * 64)
    else:
        _database_at(path, SCHEMA_VERSION)
        db = sqlite3.connect(path)
        db.execute("INSERT INTO contact (name) SELECT 'x' || value FROM json_each(?)",
                   ("[" + ",".join(str(i) for i in range(2000)) + "]",))  # fmt: skip
        db.commit()
        if case == "newer":
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        db.close()
        if case == "damaged":
            data = bytearray(path.read_bytes())
            data[5000:9000] = b"\xff" * 4000  # inside the table's pages
            path.write_bytes(bytes(data))
    before = _snapshot(tmp_path)
    with pytest.raises(DataError) as error:
        AddressBook(path)
    assert "\n" not in str(error.value)
    assert _snapshot(tmp_path) == before  # no -wal, no -shm, not a byte changed


def test_sqlite_errors_later_become_clear_messages(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite3"
    book = AddressBook(path)
    book.add(JANE)
    book.db.execute("DROP TABLE contact_tag")  # damage after opening
    with pytest.raises(DataError, match="address book"):
        book.all()
    with pytest.raises(DataError, match="address book"):
        book.add(ICRC)

from __future__ import annotations

from pathlib import Path

from composer.core.addressbook import AddressBook
from composer.core.directory import bundled_contacts, bundled_entries
from composer.core.paths import resources_dir


def test_every_entry_cites_its_source_and_says_what_it_can_do() -> None:
    sources = (resources_dir() / "directory" / "SOURCES.md").read_text(encoding="utf-8")
    for entry in bundled_entries():
        assert entry["source"].startswith("https://"), entry["id"]
        assert entry["scope_notes"] and entry["postage_notes"]
        assert entry["id"] in sources
        assert entry["confirmed"] == bool(entry["last_verified"])


def test_contacts_are_valid_and_unconfirmed_ones_say_so() -> None:
    contacts = {c.source: c for c in bundled_contacts()}
    assert {
        "bundled:icrc",
        "bundled:house-of-commons-mp",
        "bundled:amnesty-international-secretariat",
    } <= set(contacts)
    icrc = contacts["bundled:icrc"]
    assert icrc.recipient.country == "CH" and "not confirmed" in icrc.notes
    mp = contacts["bundled:house-of-commons-mp"]
    assert mp.recipient.kind == "representative"
    assert mp.recipient.postal_code == "K1A 0A6"
    assert mp.notes.startswith("No stamp needed when posted in Canada")
    assert "Government Mail Free of Postage" in mp.notes


def test_address_book_adds_the_directory_once(tmp_path: Path) -> None:
    book = AddressBook(tmp_path / "book.sqlite3")
    added = book.add_bundled()
    assert len(added) == len(bundled_entries())
    assert book.add_bundled() == []


def test_a_directory_file_from_outside_is_checked_entry_by_entry(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from composer.core.directory import read_directory
    from composer.core.errors import DataError

    good = tmp_path / "recipients.toml"
    good.write_text(
        '[[organisation]]\nid = "office"\nkind = "human_rights"\n'
        'organisation = "Made-up Rights Office"\ncity = "Ottawa"\ncountry = "CA"\n'
        'tags = ["rights"]\nsource = "made up"\n',
        encoding="utf-8",
    )
    [contact] = read_directory(good, "pack:test:")
    assert contact.source == "pack:test:office" and contact.tags == ("rights",)
    assert "Source: made up" in contact.notes
    for body, message in (
        ('[[organisation]]\nid = "x"\nkind = "emperor"\n', "organisation x: "),
        ('[[organisation]]\nid = "x"\n[[organisation]]\nid = "x"\n', "unique short name"),
        ('[[organisation]]\nid = "x"\ntags = "one"\n', "tags must be a list"),
        ("organisation = 3\n", "list of"),
        ("not toml ===", "not valid TOML"),
    ):
        bad = tmp_path / "bad.toml"
        bad.write_text(body, encoding="utf-8")
        with pytest.raises(DataError, match=message):
            read_directory(bad)

"""A corpus of real contact exports (phones, Outlook, Google, Apple, Thunderbird, Evolution,
KDE, CRMs) from other projects' test suites, with what a careful person reads in each
(``import-data/real/expected.json``; sources and licences in ``SOURCES.md``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from composer.core.errors import DataError
from composer.core.importing import csv_contacts, guess_mapping, read_contact_file, read_contacts

REAL = Path(__file__).parent / "import-data" / "real"
EXPECTED: dict[str, dict[str, object]] = json.loads((REAL / "expected.json").read_text("utf-8"))
FIELDS = ("name", "organisation", "city", "postal_code", "country", "street")

# Files this reader does not read as a person would, and why. Each is still read without
# an error; a change that fixes one must move it out of this list.
KNOWN = {
    "cardme/John_Doe_GMAIL.vcf": "the whole address is free text in the street component",
    "ez-vcard/thunderbird-MoreFunctionsForAddressBook-extension.vcf": (
        "the street is in the extended-address component"
    ),
    "kcontacts/vcard4.vcf": "the address is only in a LABEL (free text)",
    "kcontacts/vcard10.vcf": "postal code and city typed on the street's second line",
    "thunderbird/shiftjis_addressbook.csv": "Shift_JIS without a declaration: choose it",
    "thunderbird/csv_no_header.csv": "no header row: nothing says which column is which",
    "roundcube/thebat.vcf": "Windows-1250 without a declaration: read as Windows-1252",
    "folkerkinzel-vcards/MultiAnsiFilterTests/Hebrew.vcf": (
        "Windows-1255 without a declaration: choose it"
    ),
    "folkerkinzel-vcards/MultiAnsiFilterTests/Greek.vcf": (
        "FN is a nickname; the full formal name from N is printed instead"
    ),
    "folkerkinzel-vcards/v4.vcf": "FN holds the nickname and more after the name",
}


def _same(expected: dict[str, str], got: dict[str, str]) -> bool:
    for field in FIELDS:
        want = " ".join(expected.get(field, "").split())
        have = " ".join(got.get(field, "").split())
        if field == "country" and want == "" and have == "CA":
            continue  # the file names no country: the default country is used
        if field == "street" and "street" not in expected:
            continue
        if want != have:
            return False
    return True


def _read(relative: str) -> list[dict[str, str]]:
    try:
        result = read_contacts(REAL / relative, default_country="CA")
    except DataError:  # one clear line: the dialog shows it
        return []
    return [
        {
            "name": c.recipient.name,
            "organisation": c.recipient.organisation,
            "city": c.recipient.city,
            "postal_code": c.recipient.postal_code,
            "country": c.recipient.country,
            "street": c.recipient.street,
        }
        for c in result.contacts
    ]


def test_the_corpus_is_all_there() -> None:
    files = {
        p.relative_to(REAL).as_posix() for p in REAL.rglob("*") if p.suffix in (".vcf", ".csv")
    }
    assert files == set(EXPECTED)
    assert len(files) >= 70
    assert set(KNOWN) <= files


@pytest.mark.parametrize("relative", sorted(EXPECTED))
def test_real_file_is_read_as_a_person_reads_it(relative: str) -> None:
    contacts = EXPECTED[relative]["contacts"]
    assert isinstance(contacts, list)
    got = _read(relative)
    right = len(got) == len(contacts) and all(
        _same(e, g) for e, g in zip(contacts, got, strict=True)
    )
    if relative in KNOWN:
        assert not right, f"{relative} is read right now: remove it from KNOWN"
    else:
        assert right, (contacts, got)


@pytest.mark.parametrize(
    ("relative", "encoding", "name"),
    [
        ("roundcube/thebat.vcf", "cp1250", "Piotr Iksiński"),
        ("folkerkinzel-vcards/MultiAnsiFilterTests/Hebrew.vcf", "cp1255", "אפרים קישון"),
        ("thunderbird/shiftjis_addressbook.csv", "shift_jis", "名無しの権兵衛"),
    ],
)
def test_an_undeclared_code_page_is_read_right_when_chosen(
    relative: str, encoding: str, name: str
) -> None:
    read = read_contact_file(REAL / relative, "CA", encoding)
    if read.vcard:
        result = read.vcard_result
    else:
        assert read.table is not None
        result = csv_contacts(read.table, guess_mapping(read.table.headers))
    assert [c.recipient.name for c in result.contacts][:1] == [name]


def test_no_letter_gets_a_replacement_character() -> None:
    for relative in EXPECTED:
        try:
            contacts = read_contacts(REAL / relative).contacts
        except DataError:
            continue
        for contact in contacts:
            assert "\ufffd" not in repr(contact.recipient), relative

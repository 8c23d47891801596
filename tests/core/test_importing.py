from __future__ import annotations

import codecs
import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from composer.core.contacts import Contact
from composer.core.errors import DataError
from composer.core.importing import (
    EXPORT_FIELDS,
    CsvTable,
    ImportResult,
    RowProblem,
    csv_contacts,
    decode_text,
    export_csv,
    guess_mapping,
    sniff_csv,
    vcard_contacts,
)
from composer.core.model import RECIPIENT_KINDS, Recipient
from composer.core.text import clean_text

DATA = Path(__file__).parent / "import-data"


def read_csv(name: str, default_country: str = "CA") -> tuple[CsvTable, ImportResult]:
    text, _ = decode_text((DATA / name).read_bytes())
    table = sniff_csv(text)
    return table, csv_contacts(table, guess_mapping(table.headers), default_country)


def read_vcard(name: str) -> ImportResult:
    return vcard_contacts(decode_text((DATA / name).read_bytes())[0])


def import_text(text: str) -> ImportResult:
    table = sniff_csv(text)
    return csv_contacts(table, guess_mapping(table.headers))


# ---------------------------------------------------------------------------- decoding


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + "Montréal".encode(), "utf-8-sig"),
        ("Montréal".encode(), "utf-8"),
        ("Montréal".encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + "Montréal".encode("utf-16-be"), "utf-16"),
        ("Montréal".encode("cp1252"), "cp1252"),
    ],
)
def test_decode_text_finds_the_encoding(data: bytes, encoding: str) -> None:
    assert decode_text(data) == ("Montréal", encoding)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"PK\x03\x04\x14\x00\x06\x00",  # an .xlsx workbook
        b"Name,City\r\nJane\x00,Ottawa\r\n",
    ],
)
def test_decode_text_rejects_binary_files(data: bytes) -> None:
    with pytest.raises(DataError, match="not a text file"):
        decode_text(data)


# ---------------------------------------------------------------------------- CSV files


def test_french_excel_file_with_bom_crlf_and_semicolons() -> None:
    table, result = read_csv("excel-fr-utf8-bom.csv")
    assert table.delimiter == ";"
    assert table.headers[:3] == ["Prénom", "Nom", "Titre"]  # no BOM left on the first
    assert table.line_numbers == [2, 3, 5, 6]  # the row of bare ";" is blank
    assert result.problems == []
    francoise, jean_francois, ligue, elodie = result.contacts
    assert francoise.recipient == Recipient(
        kind="representative",
        title="ms",
        office="provincial_member",
        name="Françoise Côté",
        position="Députée de Laurier-Dorion",
        organisation="Assemblée nationale du Québec",
        street="1045, rue des Parlementaires",
        city="Québec",
        region="QC",
        postal_code="G1A 1A3",
        country="CA",
    )
    assert francoise.tags == ("députés", "Québec")
    assert francoise.notes == "Préfère le français"
    assert jean_francois.recipient.country == "CA"  # empty: the default
    assert ligue.recipient.kind == "other"
    assert ligue.recipient.street == "469, rue Jean-Talon Ouest, bureau 105"
    assert elodie.recipient.country == "CH"  # "Suisse"


def test_windows_1252_file_from_excel() -> None:
    _, encoding = decode_text((DATA / "excel-windows-1252.csv").read_bytes())
    assert encoding == "cp1252"
    _, result = read_csv("excel-windows-1252.csv")
    first, second = (c.recipient for c in result.contacts)
    assert (first.name, first.city, first.region) == ("Françoise Brûlé", "Montréal", "Québec")
    assert first.street == "1234, rue Saint-Denis"
    assert result.contacts[0].notes == "Député’s office – call first"
    assert second.organisation == "Centre d’action bénévole"


def test_messy_file_imports_the_good_rows_and_names_the_bad_lines() -> None:
    table, result = read_csv("messy.csv")
    assert table.delimiter == ","
    assert [str(p) for p in result.problems] == [
        "line 5: no name or organisation",
        "line 9: 1 more value than there are columns",
    ]
    # An unknown country keeps the entry, with a warning to check its address.
    assert [str(p) for p in result.warnings] == [
        "line 8: country 'Narnia' is not one this program knows; CA was used: check the address"
    ]
    jane, amnesty, narnia, chretien, padded = result.contacts
    assert narnia.recipient.country == "CA"
    assert jane.recipient.name == "Doe, Jane"
    assert jane.recipient.city == "Ottawa, ON"
    assert jane.recipient.country == "CA"  # "ca"
    assert jane.notes == (
        'Met her at the town hall.\nFollow up in March, "urgent"; bring the petition.'
    )
    assert jane.tags == ("MP", "foreign affairs")  # "mp" repeats "MP"
    assert amnesty.recipient.kind == "other"  # a bare "organisation": neutral wording
    # Fewer cells than headings: the missing ones are empty, the country is the default.
    # "The Right Hon." is no courtesy title, and names no office by itself.
    assert (chretien.recipient.title, chretien.recipient.office) == ("", "")
    assert chretien.recipient.country == "CA"
    # Empty cells beyond the headings are no problem; spaces around values go.
    assert padded.recipient.name == "Padded Name"


def test_tab_delimited_file_without_a_country_column() -> None:
    table, result = read_csv("no-country.tsv", default_country="GB")
    assert table.delimiter == "\t"
    may, lovelace = result.contacts
    assert may.recipient.name == "Elizabeth May"  # "First name" + "Last name"
    assert may.recipient.street2 == "Suite 200, Tower B; East entrance"
    assert may.recipient.organisation == "Green Party of Canada"
    assert may.recipient.kind == "other"  # no kind given: never "representative" by default
    assert {may.recipient.country, lovelace.recipient.country} == {"GB"}


def test_excel_sep_line_names_the_delimiter() -> None:
    table = sniff_csv("sep=;\nName;Notes\nJane Doe;a, b, c\n")
    assert (table.delimiter, table.headers, table.rows) == (
        ";",
        ["Name", "Notes"],
        [["Jane Doe", "a, b, c"]],
    )
    assert table.line_numbers == [3]


def test_delimiter_is_found_with_a_single_row() -> None:
    assert sniff_csv("Name;City\nDoe, Jane;Ottawa, ON").delimiter == ";"
    assert sniff_csv('Name,City\n"Doe; Jane","Ottawa; ON"').delimiter == ","
    assert sniff_csv("Name\nJane").delimiter == ","


def test_empty_file_is_an_error() -> None:
    with pytest.raises(DataError, match="empty"):
        sniff_csv("\r\n\r\n")


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ["Nom complet", "Titre", "Poste", "Organisme", "Adresse", "Code postal", "Pays"],
            ["name", "title", "position", "organisation", "street", "postal_code", "country"],
        ),
        (
            ["Prénom", "Nom", "Fonction", "Ville", "Étiquettes", "Formule d'appel", "Remarques"],
            ["first_name", "last_name", "position", "city", "tags", "salutation", "notes"],
        ),
        (
            ["FULL NAME", "Honorific", "Job Title", "Company", "Address 1", "Address 2", "Town"],
            ["name", "title", "position", "organisation", "street", "street2", "city"],
        ),
        (
            ["First name", "Last name", "Nom de famille", "Province/State", "ZIP", "Groups"],
            ["first_name", "last_name", "", "region", "postal_code", "tags"],
        ),
        (
            ["Kind", "Greeting", "Apt", "State", "Country", "Favourite colour"],
            ["kind", "salutation", "street2", "region", "country", ""],
        ),
        # Outlook: the business address wins over the home one.
        (
            ["Title", "Home Street", "Business Street", "Business City", "Home City"],
            ["title", "", "street", "city", ""],
        ),
        # Google Contacts: "Address 1 - Type" is not the recipient's kind.
        (
            ["Name", "Given Name", "Family Name", "Address 1 - Type", "Address 1 - Street"],
            ["name", "first_name", "last_name", "", "street"],
        ),
        (list(EXPORT_FIELDS), list(EXPORT_FIELDS)),
    ],
)
def test_guess_mapping(headers: list[str], expected: list[str]) -> None:
    mapping = guess_mapping(headers)
    assert [mapping[h] for h in headers] == expected


def test_full_name_wins_over_name_parts() -> None:
    result = import_text("Name,Given name,Family name\nJ. Doe,Jane,Doe\n,Marc,Tremblay\n")
    assert [c.recipient.name for c in result.contacts] == ["J. Doe", "Marc Tremblay"]


@pytest.mark.parametrize(
    ("kind", "organisation", "expected"),
    [
        ("député(e)", "", "representative"),
        ("Organisme", "", "other"),
        ("autre", "", "other"),
        ("Representative", "", "representative"),
        ("", "", "other"),
        ("", "Amnesty", "other"),
        ("Gouvernement", "", "government"),
        ("droits de la personne", "", "human_rights"),
        ("Humanitarian", "", "humanitarian"),
        ("human_rights", "", "human_rights"),
    ],
)
def test_kinds_in_english_and_french(kind: str, organisation: str, expected: str) -> None:
    result = import_text(f"Type,Name,Organisation\n{kind},Jane Doe,{organisation}\n")
    assert result.contacts[0].recipient.kind == expected


def test_unknown_kind_is_a_problem() -> None:
    result = import_text("Type,Name\nfriend,Jane Doe\n")
    assert [str(p) for p in result.problems] == [
        "line 2: unknown kind 'friend' "
        "(use representative, government, human_rights, humanitarian, other)"
    ]


@pytest.mark.parametrize(
    ("country", "code"),
    [
        ("ca", "CA"),
        ("CA", "CA"),
        ("canada", "CA"),
        ("Suisse", "CH"),
        ("United States", "US"),
        ("ÉTATS-UNIS", "US"),
        ("etats-unis", "US"),
        ("Côte d'Ivoire", "CI"),
        ("Royaume-Uni", "GB"),
        ("", "CA"),
    ],
)
def test_countries_by_code_or_name(country: str, code: str) -> None:
    result = import_text(f"Name,Country\nJane Doe,{country}\n")
    assert result.contacts[0].recipient.country == code


def test_values_are_cleaned_and_notes_keep_their_lines() -> None:
    result = import_text('Name,Notes\n"Jane\x07 Doe\nthe second",  "one\r\ntwo\t3"  \n')
    contact = result.contacts[0]
    assert contact.recipient.name == "Jane Doe the second"
    assert contact.notes == "one\ntwo 3"


def test_several_columns_for_notes_keep_their_headings() -> None:
    table = sniff_csv("Name,Phone,Notes\nJane Doe,613-555-0123,Call first\nMarc,,Evenings\n")
    mapping = {"Name": "name", "Phone": "notes", "Notes": "notes"}
    jane, marc = csv_contacts(table, mapping).contacts
    assert jane.notes == "Phone: 613-555-0123\nNotes: Call first"
    assert marc.notes == "Evenings"


def test_a_mapping_without_name_or_organisation_is_refused() -> None:
    table = sniff_csv("City,Country\nOttawa,CA\n")
    with pytest.raises(DataError, match="no column is used for the name or the organisation"):
        csv_contacts(table, guess_mapping(table.headers))


def test_row_problem_reads_as_a_line() -> None:
    assert str(RowProblem(7, "no name or organisation")) == "line 7: no name or organisation"


# ---------------------------------------------------------------------------- CSV export


def test_export_is_excel_friendly() -> None:
    contact = Contact(
        Recipient(name="Françoise Côté", city="Montréal", country="CA"),
        tags=("députés", "Québec"),
        notes="line one\nline two",
    )
    data = export_csv([contact])
    assert data.startswith(codecs.BOM_UTF8)
    text = data.decode("utf-8-sig")
    header, rest = text.split("\r\n", 1)
    assert header == ",".join(EXPORT_FIELDS)
    assert "députés; Québec" in rest
    assert '"line one\nline two"' in rest


def test_export_defuses_spreadsheet_formulas() -> None:
    contact = Contact(Recipient(name='=HYPERLINK("http://evil.example","Click")', country="CA"))
    data = export_csv([contact])
    assert "'=HYPERLINK" in data.decode("utf-8-sig")
    assert import_text(decode_text(data)[0]).contacts == [contact]


def _single_line(text: str) -> str:
    return clean_text(text).strip()


def _notes(text: str) -> str:
    return clean_text(text, multiline=True).strip()


# Printable text plus what trips CSV files up: separators, quotes, line ends and the
# characters spreadsheets read as formulas.
_TRICKY = st.sampled_from([",", ";", '"', "'", "\n", "\r", "\t", "=", "+", "-", "@", " "])
_TEXT = st.text(st.characters(exclude_categories=("Cs",)) | _TRICKY, max_size=40)
_LINES = _TEXT.map(_single_line)
_TAG = _LINES.filter(
    lambda t: t != "" and not re.search(r"[;,]|:::", t) and t.strip(" *").casefold() != "mycontacts"
)


@st.composite
def contacts(draw: st.DrawFn) -> Contact:
    recipient = Recipient(
        kind=draw(st.sampled_from(RECIPIENT_KINDS)),
        title=draw(st.sampled_from(["", "ms", "mr", "mx", "dr"])),
        office=draw(st.sampled_from(["", "mp", "minister", "official"])),
        jurisdiction=draw(st.sampled_from(["", "CA", "FR"])),
        level=draw(st.sampled_from(["", "national", "regional"])),
        own_representative=draw(st.booleans()),
        name=draw(_LINES),
        position=draw(_LINES),
        organisation=draw(_LINES),
        street=draw(_LINES),
        street2=draw(_LINES),
        city=draw(_LINES),
        region=draw(_LINES),
        postal_code=draw(_LINES),
        country=draw(st.sampled_from(["CA", "FR", "CH", "US", "AM", "CI"])),
    )
    if not recipient.name and not recipient.organisation:
        recipient = replace(recipient, name="Jane Doe")
    tags = draw(st.lists(_TAG, max_size=4, unique_by=str.casefold))
    return Contact(
        recipient,
        tags=tuple(tags),
        salutation=draw(_LINES),
        notes=draw(_TEXT.map(_notes)),
    )


@given(st.lists(contacts(), min_size=1, max_size=4))
def test_export_then_import_gives_the_same_contacts(people: list[Contact]) -> None:
    text, encoding = decode_text(export_csv(people))
    assert encoding == "utf-8-sig"
    table = sniff_csv(text)
    assert table.delimiter == ","
    result = csv_contacts(table, guess_mapping(table.headers))
    assert result.problems == []
    assert result.contacts == people


# ---------------------------------------------------------------------------- vCards


def test_vcard_2_1_quoted_printable_with_soft_line_breaks() -> None:
    result = read_vcard("android-2.1.vcf")
    assert result.problems == []
    francoise, marc = result.contacts
    assert francoise.recipient == Recipient(
        kind="representative",
        title="ms",
        office="provincial_member",
        name="Françoise Côté",
        position="Députée de Laurier-Dorion",
        organisation="Assemblée nationale du Québec",
        street="1045, rue des Parlementaires",
        street2="Bureau 1.30",
        city="Québec",
        region="QC",
        postal_code="G1A 1A3",
        country="CA",
    )
    assert francoise.notes == (
        "Préfère le français.\nRencontrée à la manifestation du 8 mars; très à l'écoute."
    )
    # Outlook: Windows-1252 quoted-printable, a two-line street, ";"-separated categories.
    assert marc.recipient.organisation == "Conseil régional"
    assert (marc.recipient.street, marc.recipient.street2) == (
        "200, boul. René-Lévesque",
        "Bureau 4",
    )
    assert marc.recipient.city == "Montréal"
    assert marc.tags == ("Élus", "Montréal")


def test_vcard_3_0_folded_lines_escapes_and_groups() -> None:
    result = read_vcard("google-apple-3.0.vcf")
    assert result.problems == []
    jane, amnesty, mary = result.contacts
    # "Hon." is no courtesy title; the position names the office.
    assert (jane.recipient.title, jane.recipient.name) == ("", "Jane Doe")
    assert jane.recipient.office == "minister"
    assert jane.recipient.position == "Minister of Foreign Affairs, Trade and Development"
    assert jane.recipient.organisation == "House of Commons"
    assert jane.recipient.street == "House of Commons, 111 Wellington Street"
    assert jane.recipient.country == "CA"  # "Ca" + folded "nada"
    assert jane.notes == (
        "Met at the town hall in March; she asked for a follow-up letter with the petition"
        " numbers, the list of signatories\nand our contact details."
    )
    assert jane.tags == ("MPs", "Foreign affairs")  # Google's "myContacts" says nothing
    # Apple's company card: FN repeats ORG and is no person's name.
    assert (amnesty.recipient.kind, amnesty.recipient.name) == ("other", "")
    assert amnesty.recipient.organisation == "Amnesty International Canada"
    # The address labelled "Constituency office" wins over the preferred home one.
    assert (mary.recipient.street, mary.recipient.street2) == ("7190 Warden Ave", "Unit 101")
    assert mary.recipient.postal_code == "L3R 8B4"


def test_vcard_4_0_prefers_the_work_address() -> None:
    result = read_vcard("several-addresses-4.0.vcf")
    assert result.problems == []
    amina, food_banks = result.contacts
    assert amina.recipient == Recipient(
        kind="representative",
        title="dr",
        office="provincial_member",
        name="Amina Yusuf",
        position="MPP for Toronto Centre",
        organisation="Legislative Assembly of Ontario",
        street="111 Wellesley St W",
        street2="Room 123",
        city="Toronto",
        region="ON",
        postal_code="M7A 1A2",
        country="CA",
    )
    assert food_banks.recipient.kind == "other"
    assert food_banks.recipient.street2 == "Building 2"


def test_vcard_without_name_is_reported_with_its_line() -> None:
    result = read_vcard("no-name.vcf")
    assert [str(p) for p in result.problems] == ["line 6: no name or organisation"]
    assert [str(p) for p in result.warnings] == [
        "line 11: country 'Narnia' is not one this program knows; CA was used: check the address"
    ]
    assert [c.display_name for c in result.contacts] == [
        "Elizabeth May",
        "Bob Smith",
        "Canadian Civil Liberties Association",
    ]


def test_vcard_cut_short_is_reported() -> None:
    text = "BEGIN:VCARD\nVERSION:3.0\nFN:Jane Doe\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Marc"
    result = vcard_contacts(text)
    assert [c.recipient.name for c in result.contacts] == ["Jane Doe"]
    assert [p.line for p in result.problems] == [5]


def test_vcard_default_country_and_country_names() -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nADR:;;1 Rue;Paris;;75001;\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:B\r\nADR:;;;Bern;;;Suisse\r\nEND:VCARD\r\n"
    )
    result = vcard_contacts(text, default_country="FR")
    assert [c.recipient.country for c in result.contacts] == ["FR", "CH"]


def test_text_without_cards_is_an_error() -> None:
    with pytest.raises(DataError, match="not a vCard file"):
        vcard_contacts("Name,City\nJane,Ottawa\n")

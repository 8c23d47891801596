"""Address-book entries in and out: CSV from spreadsheets and other address books, vCards
from phones, Outlook, Google and Apple.

Importing never stops at the first bad entry: every result lists the good contacts and one
:class:`RowProblem` per bad row or card, so a person can fix the file and try again. Storing
the contacts all at once (or not at all) is the address book's job.
"""

from __future__ import annotations

import codecs
import csv
import io
import quopri
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from composer.core.contacts import Contact
from composer.core.errors import DataError
from composer.core.model import MAX_TEXT_LENGTH, RECIPIENT_FIELDS, RECIPIENT_KINDS, Recipient
from composer.core.text import clean_text

# The columns export_csv writes, in order; guess_mapping recognises each of them.
EXPORT_FIELDS = (*RECIPIENT_FIELDS, "tags", "salutation", "notes")
# What a CSV column can be used for: "first_name"/"last_name" are joined into the name when
# the file has no full-name column (or the full name is empty); "" ignores the column.
IMPORT_TARGETS = (*EXPORT_FIELDS, "first_name", "last_name", "")

_DELIMITERS = (",", ";", "\t")
_SNIFF_RECORDS = 50
_SNIFF_CHARS = 65_536


@dataclass(frozen=True)
class RowProblem:
    """Why one row (or card) was left out; ``line`` is where it starts in the file."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass
class ImportResult:
    contacts: list[Contact] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


@dataclass
class CsvTable:
    """A CSV file split into cells; ``line_numbers[i]`` is the file line where row i starts."""

    delimiter: str
    headers: list[str]
    rows: list[list[str]] = field(default_factory=list)
    line_numbers: list[int] = field(default_factory=list)


# ---------------------------------------------------------------------------- decoding


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding name) of a file from a spreadsheet or address book.

    BOMs decide first (UTF-8, UTF-16, UTF-32); then strict UTF-8; then Windows-1252, which
    is what Excel on Windows writes for "CSV (comma delimited)" and what French accents in
    an old file most likely are.
    """
    for bom, encoding in (
        # UTF-32 LE's BOM starts with UTF-16 LE's, so it is tried first.
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                raise DataError(f"not a text file (broken {encoding.upper()})") from None
            break
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            # The five bytes cp1252 leaves undefined become U+FFFD rather than failing the
            # whole file; a person sees the odd character and can fix it.
            text, encoding = data.decode("cp1252", errors="replace"), "cp1252"
    # Text files never hold NUL; images, spreadsheets (.xlsx) and BOM-less UTF-16 do.
    if "\x00" in text:
        raise DataError("not a text file (save it as CSV or vCard and try again)")
    return text, encoding


# ---------------------------------------------------------------------------- CSV reading


def sniff_csv(text: str) -> CsvTable:
    """Split ``text`` into a header row and data rows, guessing the delimiter.

    Raises :class:`DataError` when there is nothing to read.
    """
    text = text.removeprefix("\ufeff")
    delimiter, skip_lines = _excel_sep_line(text)
    if delimiter is None:
        delimiter = _guess_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, skipinitialspace=True)
    table = CsvTable(delimiter=delimiter, headers=[])
    have_headers = False
    start = 1
    try:
        for row in reader:
            line, start = start, reader.line_num + 1
            if line <= skip_lines or not any(cell.strip() for cell in row):
                continue
            if not have_headers:
                table.headers = [clean_text(cell).strip() for cell in row]
                have_headers = True
            else:
                table.rows.append(row)
                table.line_numbers.append(line)
    except csv.Error as error:
        raise DataError(f"line {start}: cannot read the CSV file ({error})") from None
    if not have_headers:
        raise DataError("the file is empty")
    return table


def _excel_sep_line(text: str) -> tuple[str | None, int]:
    """Excel honours (and some tools write) a first line ``sep=;`` naming the delimiter."""
    match = re.match(r"[ \t]*sep=(.)[ \t]*(?:\r\n|\r|\n|$)", text, re.IGNORECASE)
    if match and match.group(1) in _DELIMITERS:
        return match.group(1), 1
    return None, 0


def _guess_delimiter(text: str) -> str:
    """The candidate that appears in the header and the same number of times in most rows.

    csv.Sniffer guesses wildly on the short files people really import (a header and three
    rows), so count the candidates outside quoted fields instead.
    """
    records = _delimiter_counts(text[:_SNIFF_CHARS])
    if not records:
        return ","
    header, rows = records[0], records[1:]
    best, best_score = ",", (-1.0, 0)
    for delimiter in _DELIMITERS:
        wanted = header[delimiter]
        if wanted == 0:
            continue  # headings rarely contain the delimiter; a column name never does
        same = sum(1 for row in rows if row[delimiter] == wanted)
        score = (same / len(rows) if rows else 1.0, wanted)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _delimiter_counts(text: str) -> list[dict[str, int]]:
    """How often each candidate delimiter occurs, outside quotes, in each non-blank record."""
    records: list[dict[str, int]] = []
    counts = dict.fromkeys(_DELIMITERS, 0)
    in_quotes = False
    field_start = True  # only spaces since the last delimiter: a quote here opens a field
    blank = True
    i = 0
    while i < len(text) and len(records) < _SNIFF_RECORDS:
        ch = text[i]
        if in_quotes:
            if ch == '"':
                if text[i + 1 : i + 2] == '"':
                    i += 1
                else:
                    in_quotes = False
        elif ch in "\r\n":
            if not blank:
                records.append(counts)
            counts = dict.fromkeys(_DELIMITERS, 0)
            field_start, blank = True, True
        elif ch in counts:
            counts[ch] += 1
            field_start, blank = True, False
        elif ch == '"' and field_start:
            in_quotes, blank = True, False
        elif ch != " ":
            field_start, blank = False, False
        i += 1
    if not blank and len(records) < _SNIFF_RECORDS:
        records.append(counts)
    return records


# ---------------------------------------------------------------------------- column mapping


def _key(text: str) -> str:
    """``Prénom`` → ``prenom``, ``Address1`` → ``address 1``: how headings and names compare."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"(?<=[^\W\d_])(?=\d)", " ", text)
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


# Headings as _key() writes them, "|"-separated to keep the table readable.
_HEADER_ALIASES = {
    "kind": "kind|type|recipient type|type de destinataire|genre",
    "honorific": "honorific|title|titre|prefix|name prefix|civilite",
    "name": (
        "name|full name|display name|contact name|contact|nom|nom complet|nom et prenom|"
        "prenom et nom|prenom nom|nom prenom"
    ),
    "first_name": "first name|firstname|first|given name|forename|prenom",
    "last_name": "last name|lastname|last|surname|family name|nom de famille",
    "position": (
        "position|job title|job|role|fonction|poste|titre du poste|titre de poste|"
        "organization title|organization 1 title"
    ),
    "organisation": (
        "organisation|organization|organisation name|organization name|"
        "organization 1 name|company|company name|organisme|nom de l organisme|entreprise|"
        "societe|employer"
    ),
    "street": (
        "address|street|street address|address 1|address line 1|street 1|adresse|"
        "adresse 1|adresse ligne 1|rue"
    ),
    "street2": (
        "street 2|address 2|address line 2|suite|apt|apartment|unit|extended address|"
        "po box|adresse 2|adresse ligne 2|complement d adresse|rue 2"
    ),
    "city": "city|town|locality|ville|municipality|municipalite|localite",
    "region": (
        "region|province|state|province state|state province|province etat|etat|"
        "dep region|departement"
    ),
    "postal_code": "postal code|postcode|post code|zip|zip code|zipcode|code postal",
    "country": "country|country region|country code|pays|pays region|code pays",
    "tags": (
        "tags|tag|groups|group|group membership|labels|categories|category|etiquettes|"
        "etiquette|groupes|groupe|categorie"
    ),
    "salutation": "salutation|greeting|formule d appel|appel",
    "notes": "notes|note|comments|comment|remarques|remarque|commentaires|commentaire",
}
_HEADERS = {
    alias: target for target, aliases in _HEADER_ALIASES.items() for alias in aliases.split("|")
}
_ADDRESS_TARGETS = frozenset({"street", "street2", "city", "region", "postal_code", "country"})
# Address books export several addresses ("Business City", "Home City", "Address 2 - City",
# French Outlook's "Ville (bureau)"): a work address wins over a home one.
_ADDRESS_PREFIXES = (
    (re.compile(r"^(?:business|work|office|travail) (.+)$"), 1),
    (re.compile(r"^(.+) (?:business|work|bureau|travail)$"), 1),
    (re.compile(r"^(?:address|adresse) 1 (.+)$"), 1),
    (re.compile(r"^(?:home|other|personal|mailing|domicile|autre) (.+)$"), 2),
    (re.compile(r"^(.+) (?:home|other|domicile|autre)$"), 2),
    (re.compile(r"^(?:address|adresse) \d+ (.+)$"), 3),
)


def _header_target(header: str) -> tuple[str, int]:
    """(target, rank) for one heading; a lower rank wins when several want the same target."""
    key = _key(header)
    if key in _HEADERS:
        return _HEADERS[key], 0
    for pattern, rank in _ADDRESS_PREFIXES:
        match = pattern.match(key)
        if match and _HEADERS.get(match.group(1), "") in _ADDRESS_TARGETS:
            return _HEADERS[match.group(1)], rank
    return "", 0


def guess_mapping(headers: Sequence[str]) -> dict[str, str]:
    """header → import target (one of :data:`IMPORT_TARGETS`) for common English and French
    headings; a target goes to one column only, unknown columns map to ""."""
    guesses = [_header_target(h) for h in headers]
    targets = {t for t, _ in guesses}
    if "first_name" in targets and "last_name" not in targets:
        # "Prénom" + "Nom": beside a first-name column, a bare "Nom"/"Name" is the family name.
        guesses = [
            ("last_name", 0) if t == "name" and _key(h) in ("nom", "name") else (t, r)
            for h, (t, r) in zip(headers, guesses, strict=True)
        ]
    best: dict[str, tuple[int, int]] = {}
    for index, (target, rank) in enumerate(guesses):
        if target and (target not in best or rank < best[target][0]):
            best[target] = (rank, index)
    winners = {index: target for target, (_, index) in best.items()}
    mapping: dict[str, str] = {}
    for index, header in enumerate(headers):
        mapping.setdefault(header, winners.get(index, ""))
    return mapping


# ---------------------------------------------------------------------------- values


_KINDS = {
    "representative": (
        "representative|rep|mp|member|elected official|representant|representante|depute|"
        "deputee|depute e|elu|elue|elu e"
    ),
    "organisation": "organisation|organization|org|organisme|company|entreprise|association",
    "other": "other|autre|person|personne|individual|individu",
}
_KIND_WORDS = {_key(a): kind for kind, aliases in _KINDS.items() for a in aliases.split("|")}

# Territories CLDR names that no letter can be addressed to.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})
_COUNTRY_ALIASES = {
    "usa": "US",
    "u s": "US",
    "u s a": "US",
    "united states of america": "US",
    "etats unis d amerique": "US",
    "uk": "GB",
    "u k": "GB",
    "great britain": "GB",
    "grande bretagne": "GB",
}
# Google puts every contact in this system group ("* myContacts" in its CSV); it says nothing
# about the person.
_IGNORED_TAGS = frozenset({"mycontacts"})
# Excel runs a cell starting with one of these as a formula ("CSV injection"); an apostrophe
# in front makes it text. The export adds one, the import takes one away, so values that
# really start with apostrophes still round-trip.
_FORMULA = re.compile(r"'*[=+\-@]")
_ESCAPED_FORMULA = re.compile(r"'+[=+\-@]")


def _to_cell(value: str) -> str:
    return "'" + value if _FORMULA.match(value) else value


def _from_cell(value: str) -> str:
    value = clean_text(value, multiline=True).strip()
    return value[1:] if _ESCAPED_FORMULA.match(value) else value


@cache
def _countries() -> dict[str, str]:
    """Country code for every ISO code and English or French CLDR name, by :func:`_key`."""
    from babel import Locale

    names: dict[str, str] = {}
    for language in ("en", "fr"):
        for code, name in Locale(language).territories.items():
            code = str(code)
            if re.fullmatch(r"[A-Z]{2}", code) and code not in _NOT_COUNTRIES:
                names[_key(code)] = code
                names.setdefault(_key(str(name)), code)
    for alias, code in _COUNTRY_ALIASES.items():
        names.setdefault(alias, code)
    return names


def country_code(value: str) -> str | None:
    """``"ca"``, ``"Canada"``, ``"Suisse"`` → ISO code; None for what is not a country."""
    key = _key(value)
    countries = _countries()
    return countries.get(key) or countries.get(key.removeprefix("the "))


def _split_tags(value: str) -> list[str]:
    # Google's CSV separates its labels with " ::: ".
    return [t.strip() for t in re.split(r"[;,]|:::", value) if t.strip()]


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(item.casefold(), item)
    return tuple(seen.values())


def _build_contact(
    values: Mapping[str, str], tags: Iterable[str], default_country: str
) -> tuple[Contact | None, list[str]]:
    """A contact from raw import values, or the reasons there is none."""
    problems: list[str] = []
    clean: dict[str, str] = {}
    for target in (*RECIPIENT_FIELDS, "salutation", "notes"):
        text = clean_text(values.get(target, ""), multiline=target == "notes").strip()
        if len(text) > MAX_TEXT_LENGTH:
            problems.append(f"{target} is longer than {MAX_TEXT_LENGTH} characters")
        clean[target] = text
    if not clean["name"] and not clean["organisation"]:
        problems.insert(0, "no name or organisation")
    if clean["country"]:
        code = country_code(clean["country"])
        if code is None:
            problems.append(f"unknown country {clean['country']!r}")
        clean["country"] = code or ""
    else:
        clean["country"] = default_country.strip().upper()
    kind = clean["kind"]
    if not kind:
        kind = "organisation" if clean["organisation"] and not clean["name"] else "representative"
    elif _key(kind) in _KIND_WORDS:
        kind = _KIND_WORDS[_key(kind)]
    else:
        problems.append(f"unknown kind {kind!r} (use {', '.join(RECIPIENT_KINDS)})")
    clean["kind"] = kind
    if problems:
        return None, problems
    tag_list = _unique(
        t
        for tag in tags
        if (t := clean_text(tag).strip()) and t.strip(" *").casefold() not in _IGNORED_TAGS
    )
    recipient = Recipient(**{name: clean[name] for name in RECIPIENT_FIELDS})
    contact = Contact(
        recipient=recipient, tags=tag_list, salutation=clean["salutation"], notes=clean["notes"]
    )
    return contact, []


# ---------------------------------------------------------------------------- CSV import


def csv_contacts(
    table: CsvTable, mapping: Mapping[str, str], default_country: str = "CA"
) -> ImportResult:
    """The contacts in ``table``, its columns used as ``mapping`` (header → target) says.

    Several columns may share a target: the first non-empty value wins, except for tags
    (all kept) and notes (all kept, each after its heading). Raises :class:`DataError` when
    no column gives a name or an organisation, since then every row would fail.
    """
    unknown = sorted({t for t in mapping.values() if t not in IMPORT_TARGETS})
    if unknown:
        raise ValueError(f"unknown import target {unknown[0]!r}")
    columns: dict[str, list[int]] = {}
    for index, header in enumerate(table.headers):
        target = mapping.get(header, "")
        if target:
            columns.setdefault(target, []).append(index)
    if not {"name", "first_name", "last_name", "organisation"} & set(columns):
        raise DataError("no column is used for the name or the organisation")
    result = ImportResult()
    width = len(table.headers)
    for row, line in zip(table.rows, table.line_numbers, strict=True):
        cells = [_from_cell(cell) for cell in row[:width]] + [""] * (width - len(row))
        extra = [cell for cell in row[width:] if cell.strip()]
        values: dict[str, str] = {}
        for target, indexes in columns.items():
            found = [cells[i] for i in indexes if cells[i]]
            if target == "notes" and len(found) > 1:
                values[target] = "\n".join(
                    f"{table.headers[i]}: {cells[i]}" for i in indexes if cells[i]
                )
            elif target == "tags":
                values[target] = ";".join(found)
            elif found:
                values[target] = found[0]
        if not values.get("name", "").strip():
            parts = (values.get("first_name", ""), values.get("last_name", ""))
            values["name"] = " ".join(p.strip() for p in parts if p.strip())
        contact, problems = _build_contact(
            values, _split_tags(values.get("tags", "")), default_country
        )
        if extra:
            problems.append(
                f"{len(extra)} more value{'s' if len(extra) > 1 else ''} than there are columns"
            )
        if contact is None or problems:
            result.problems.append(RowProblem(line, "; ".join(problems)))
        else:
            result.contacts.append(contact)
    return result


# ---------------------------------------------------------------------------- CSV export


def export_csv(contacts: Sequence[Contact]) -> bytes:
    """The contacts as a CSV file that Excel, LibreOffice and :func:`csv_contacts` read back.

    UTF-8 with a BOM (without it Excel reads UTF-8 as cp1252), CRLF line ends, comma
    delimited, one column per :data:`EXPORT_FIELDS`; tags are joined with "; ".
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(EXPORT_FIELDS)
    for contact in contacts:
        r = contact.recipient
        row = [getattr(r, name) for name in RECIPIENT_FIELDS]
        row += ["; ".join(contact.tags), contact.salutation, contact.notes]
        writer.writerow([_to_cell(str(value)) for value in row])
    return out.getvalue().encode("utf-8-sig")


# ---------------------------------------------------------------------------- vCard import


@dataclass
class _Property:
    line: int
    group: str
    name: str
    params: dict[str, list[str]]
    value: str


_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# vCard 2.1 lets parameters stand alone: "ADR;WORK;QUOTED-PRINTABLE:".
_BARE_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})


def vcard_contacts(text: str, default_country: str = "CA") -> ImportResult:
    """The contacts in a vCard file (2.1, 3.0 or 4.0; one or many cards).

    Raises :class:`DataError` when the text holds no card at all.
    """
    lines = _LINE_BREAK.split(text.removeprefix("\ufeff"))
    result = ImportResult()
    found = False
    card: list[tuple[int, str]] | None = None
    begin = 0
    for number, line in enumerate(lines, start=1):
        word = line.strip().upper()
        if word == "BEGIN:VCARD":
            found = True
            if card is not None:
                result.problems.append(RowProblem(begin, "the card has no END:VCARD"))
            card, begin = [], number
        elif word == "END:VCARD" and card is not None:
            _read_card(begin, card, default_country, result)
            card = None
        elif card is not None:
            card.append((number, line))
    if card is not None:
        result.problems.append(RowProblem(begin, "the card has no END:VCARD (file cut short?)"))
    if not found:
        raise DataError("not a vCard file (no BEGIN:VCARD line)")
    return result


def _read_card(
    begin: int, lines: list[tuple[int, str]], default_country: str, result: ImportResult
) -> None:
    version = next(
        (ln.split(":", 1)[1].strip() for _, ln in lines if ln.upper().startswith("VERSION:")),
        "3.0",
    )
    properties = [p for ln, text in _unfold(lines, version) if (p := _parse(ln, text, version))]
    contact, problems = _card_contact(properties, version, default_country)
    if contact is None:
        result.problems.append(RowProblem(begin, "; ".join(problems)))
    else:
        result.contacts.append(contact)


def _is_quoted_printable(line: str) -> bool:
    return "QUOTED-PRINTABLE" in _head(line).upper()


def _unfold(lines: list[tuple[int, str]], version: str) -> list[tuple[int, str]]:
    """Logical lines: folded continuations and quoted-printable soft breaks joined."""
    logical: list[tuple[int, str]] = []
    for number, line in lines:
        if logical:
            start, previous = logical[-1]
            if _is_quoted_printable(previous) and previous.endswith("="):
                logical[-1] = (start, previous[:-1] + line)
                continue
            if line[:1] in (" ", "\t"):
                # 3.0 and 4.0 fold by inserting CRLF + one space; 2.1 folds before a space
                # that belongs to the text.
                logical[-1] = (start, previous + (line if version == "2.1" else line[1:]))
                continue
        if line.strip():
            logical.append((number, line))
    return logical


def _head(line: str) -> str:
    """The ``group.NAME;params`` part before the first colon outside a quoted parameter."""
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            return line[:i]
    return line


def _split_outside_quotes(text: str, sep: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == sep and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def _parse(line: int, text: str, version: str) -> _Property | None:
    head = _head(text)
    if len(head) == len(text):
        return None  # not a property (2.1 base64 data, garbage): nothing to take from it
    value = text[len(head) + 1 :]
    name, *raw_params = _split_outside_quotes(head, ";")
    group, _, name = name.strip().rpartition(".")
    params: dict[str, list[str]] = {}
    for raw in raw_params:
        key, sep, raw_value = raw.partition("=")
        if not sep:
            key, raw_value = ("ENCODING" if key.upper() in _BARE_ENCODINGS else "TYPE"), key
        key = key.strip().upper()
        values = [v.strip().strip('"') for v in _split_outside_quotes(raw_value, ",")]
        if key == "TYPE":  # TYPE="work,voice" is a list all the same
            values = [t.strip() for v in values for t in v.split(",")]
        params.setdefault(key, []).extend(v for v in values if v)
    return _Property(line, group.upper(), name.upper(), params, value)


def _split_escaped(value: str, sep: str) -> list[str]:
    """Split on ``sep`` where it is not escaped with a backslash; escapes stay for later."""
    parts: list[str] = []
    current: list[str] = []
    i = 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value):
            current.append(value[i : i + 2])
            i += 2
            continue
        if ch == sep:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    parts.append("".join(current))
    return parts


def _decode(raw: str, prop: _Property, version: str) -> str:
    encoding = (prop.params.get("ENCODING") or [""])[0].upper()
    if encoding == "QUOTED-PRINTABLE":
        charset = (prop.params.get("CHARSET") or ["utf-8"])[0]
        try:
            codecs.lookup(charset)
        except LookupError:
            charset = "utf-8"
        raw = quopri.decodestring(raw.encode("utf-8")).decode(charset, errors="replace")
    # vCard 2.1 escapes only ";" (and, in practice, "\" and ","): its line breaks come
    # quoted-printable, so a "\n" there is text.
    escapes = r"[;,\\]" if version == "2.1" else r"[;,\\nN:]"
    return re.sub(r"\\(" + escapes + ")", lambda m: "\n" if m.group(1) in "nN" else m.group(1), raw)


def _components(prop: _Property, version: str, count: int) -> list[str]:
    """The first ``count`` parts of a structured value (N, ADR, ORG), padded with ""."""
    parts = [_decode(part, prop, version) for part in _split_escaped(prop.value, ";")]
    return (parts + [""] * count)[:count]


def _types(prop: _Property, labels: Mapping[str, str]) -> set[str]:
    types = {t.casefold() for t in prop.params.get("TYPE", [])}
    if prop.params.get("PREF"):
        types.add("pref")
    if prop.group and prop.group in labels:
        # Apple names an address through "item1.X-ABLabel:_$!<Work>!$_" or the user's words.
        label = labels[prop.group].casefold()
        if "work" in label or "office" in label or "bureau" in label:
            types.add("work")
    return types


def _card_contact(
    properties: list[_Property], version: str, default_country: str
) -> tuple[Contact | None, list[str]]:
    def first(name: str) -> _Property | None:
        return next((p for p in properties if p.name == name), None)

    values: dict[str, str] = {}
    fn = first("FN")
    n = first("N")
    family, given, _additional, prefix, _suffix = _components(n, version, 5) if n else [""] * 5
    # N over FN: FN often carries the honorific ("Hon. Jane Doe") that N keeps apart.
    values["name"] = " ".join(p.strip() for p in (given, family) if p.strip())
    if not values["name"] and fn:
        values["name"] = _decode(fn.value, fn, version)
    values["honorific"] = prefix
    if org := first("ORG"):
        values["organisation"] = _components(org, version, 1)[0]
    if clean_text(values["name"]).strip().casefold() == (
        clean_text(values.get("organisation", "")).strip().casefold()
    ):
        values["name"] = ""  # a company card: FN repeats the organisation
    if title := first("TITLE") or first("ROLE"):
        values["position"] = _decode(title.value, title, version)
    kind = first("KIND")
    show_as = first("X-ABSHOWAS")
    if (kind and kind.value.strip().casefold() in ("org", "organization")) or (
        show_as and show_as.value.strip().upper() == "COMPANY"
    ):
        values["kind"] = "organisation"
    labels = {
        p.group: _decode(p.value, p, version)
        for p in properties
        if p.name == "X-ABLABEL" and p.group
    }
    addresses = [p for p in properties if p.name == "ADR"]
    if addresses:
        chosen = min(
            enumerate(addresses),
            key=lambda item: (
                "work" not in _types(item[1], labels),
                "pref" not in _types(item[1], labels),
                item[0],
            ),
        )[1]
        values.update(_address(_components(chosen, version, 7)))
    values["notes"] = "\n".join(
        _decode(p.value, p, version) for p in properties if p.name == "NOTE"
    )
    tags = [
        _decode(tag, p, version)
        for p in properties
        if p.name == "CATEGORIES"
        for part in _split_escaped(p.value, ",")
        # Outlook's vCard 2.1 separates categories with semicolons.
        for tag in _split_escaped(part, ";")
    ]
    return _build_contact(values, tags, default_country)


def _address(parts: list[str]) -> dict[str, str]:
    po_box, extended, street, city, region, postal_code, country = (
        clean_text(p, multiline=True).strip() for p in parts
    )
    # Apple and Outlook put a two-line street in one component, separated by a line break.
    street_lines = [s.strip() for s in street.split("\n") if s.strip()]
    second = [s for s in (*street_lines[1:], extended, po_box) if s]
    street = street_lines[0] if street_lines else ""
    if not street and second:
        street = second.pop(0)
    return {
        "street": street,
        "street2": ", ".join(second),
        "city": city,
        "region": region,
        "postal_code": postal_code,
        "country": country,
    }

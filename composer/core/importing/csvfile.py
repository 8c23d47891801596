"""CSV files from spreadsheets and address books: reading (any common delimiter, a header
row even after a short preamble), building entries row by row, and writing them back.

Importing never stops at the first bad row: the result lists the good contacts and one
:class:`RowProblem` per bad row, so a person can fix the file and try again.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from composer.core.contacts import TITLE_LABELS, Contact
from composer.core.countries import key as _key
from composer.core.errors import DataError
from composer.core.importing.mapping import (
    ADDRESS_TARGETS,
    EXPORT_FIELDS,
    IMPORT_TARGETS,
    NAME_COLUMNS,
    address_groups,
    best_address,
    heading_key,
    known_headings,
)
from composer.core.importing.values import ImportResult, RowProblem, build_contact
from composer.core.model import RECIPIENT_FIELDS, Recipient
from composer.core.text import clean_text

_DELIMITERS = (",", ";", "\t")
_SNIFF_RECORDS = 50
_SNIFF_CHARS = 65_536
_PREAMBLE_ROWS = 10  # lines before the headings that a file may carry (LinkedIn's notes)


@dataclass
class CsvTable:
    """A CSV file split into cells; ``line_numbers[i]`` is the file line where row i starts."""

    delimiter: str
    headers: list[str]
    rows: list[list[str]] = field(default_factory=list)
    line_numbers: list[int] = field(default_factory=list)


def sniff_csv(text: str) -> CsvTable:
    """Split ``text`` into a header row and data rows, guessing the delimiter.

    The header row is the first of the first few non-blank rows that has recognised
    headings, so notes above it are skipped. Raises :class:`DataError` when there is
    nothing to read.
    """
    text = text.removeprefix("\ufeff")
    delimiter, skip_lines = _excel_sep_line(text)
    if delimiter is None:
        delimiter = _guess_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, skipinitialspace=True)
    records: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for row in reader:
            line, start = start, reader.line_num + 1
            if line <= skip_lines or not any(cell.strip() for cell in row):
                continue
            records.append((line, row))
    except csv.Error as error:
        raise DataError(f"line {start}: cannot read the CSV file ({error})") from None
    if not records:
        raise DataError("the file is empty")
    header_at = 0
    for index, (_line, row) in enumerate(records[:_PREAMBLE_ROWS]):
        if known_headings(row) >= 2:
            header_at = index
            break
    table = CsvTable(
        delimiter=delimiter, headers=[clean_text(c).strip() for c in records[header_at][1]]
    )
    for line, row in records[header_at + 1 :]:
        table.rows.append(row)
        table.line_numbers.append(line)
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


def _split_tags(value: str) -> list[str]:
    # Google's CSV separates its labels with " ::: ".
    return [t.strip() for t in re.split(r"[;,]|:::", value) if t.strip()]


def _full_name(values: Mapping[str, str]) -> str:
    parts = [values.get(k, "").strip() for k in ("first_name", "middle_name", "last_name")]
    name = " ".join(p for p in parts if p)
    suffix = values.get("name_suffix", "").strip()
    return f"{name} {suffix}" if name and suffix else name


def csv_contacts(
    table: CsvTable, mapping: Mapping[str, str], default_country: str = "CA"
) -> ImportResult:
    """The contacts in ``table``, its columns used as ``mapping`` (header → target) says.

    Several columns may share a target: the first non-empty value wins, except for tags
    (all kept) and notes (all kept, each after its heading). A row whose mapped address is
    empty takes another of the file's addresses that is not (work before home). Raises
    :class:`DataError` when no column gives a name or an organisation, since then every row
    would fail.
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
    groups = address_groups(table.headers)
    own_export = list(table.headers) == list(EXPORT_FIELDS)
    # A column headed just "Name" beside first- and last-name columns may hold a nickname.
    names = columns.get("name", [])
    bare_name = any(heading_key(table.headers[i]) in ("name", "nom") for i in names)
    mapped_address = {i for t in ADDRESS_TARGETS for i in columns.get(t, [])}
    # The per-row choice applies while the address columns are the ones the file's
    # headings name (a person who mapped them by hand gets exactly that).
    automatic = bool(mapped_address) and any(
        mapped_address <= set(g.columns.values()) for g in groups
    )
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
        if automatic:
            chosen = best_address(groups, cells)
            if chosen is not None:
                for target in ADDRESS_TARGETS:
                    column = chosen.columns.get(target)
                    values[target] = cells[column] if column is not None else ""
        parts_name = _full_name(values)
        name = values.get("name", "").strip()
        last = values.get("last_name", "").strip()
        if not name or (bare_name and parts_name and last and _key(last) not in _key(name)):
            # No full name, or one that is not the person's ("Name" holding a nickname
            # beside "First name" and "Last name" columns).
            values["name"] = parts_name
        contact, problems, warnings = build_contact(
            values, _split_tags(values.get("tags", "")), default_country, tidy=not own_export
        )
        if extra:
            problems.append(
                f"{len(extra)} more value{'s' if len(extra) > 1 else ''} than there are columns"
            )
        if contact is None or problems:
            result.problems.append(RowProblem(line, "; ".join(problems)))
        else:
            result.contacts.append(contact)
            result.warnings.extend(RowProblem(line, w) for w in warnings)
    return result


def _export_value(recipient: Recipient, name: str) -> str:
    value = getattr(recipient, name)
    if name == "own_representative":
        return "yes" if value else ""
    if name == "title":
        return TITLE_LABELS.get(value, "")
    return str(value)


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
        row = [_export_value(r, name) for name in RECIPIENT_FIELDS]
        row += [contact.names.get(column.rsplit("_", 1)[1], "") for column in NAME_COLUMNS]
        row += ["; ".join(contact.tags), contact.salutation, contact.notes]
        writer.writerow([_to_cell(str(value)) for value in row])
    return out.getvalue().encode("utf-8-sig")

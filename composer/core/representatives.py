"""Finding a writer's representatives from their postal code.

A table of representatives (``representatives.csv``) lists, for each one, the postal-code
prefixes of the district they represent. A code matches every representative one of whose
prefixes begins it; a prefix shared by two districts matches both.

The file is a UTF-8 CSV with a header row naming its columns, which are the fields of
:class:`Representative`. ``name``, ``office``, ``district`` and ``prefixes`` are required;
any other column may be left out. ``prefixes`` holds prefixes separated by spaces, each made
of letters, digits and hyphens ("K1A", "K1A-0B1"); a space inside a postal code would split
it in two. The file comes from outside and is read like any such file: a regular file, at
most 32 MB, with caps on rows, field lengths and prefixes.
"""

from __future__ import annotations

import csv
import io
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from pathlib import Path
from typing import NoReturn

from composer.core.countries import known_codes
from composer.core.errors import DataError
from composer.core.forms import OFFICES, TITLES
from composer.core.model import LEVELS, Recipient, letter_from_dict
from composer.core.text import clean_text
from composer.core.untrusted import UnsafeFileError, read_regular

log = logging.getLogger(__name__)

MAX_BYTES = 32 * 1024 * 1024
MAX_ROWS = 200_000
MAX_PREFIXES = 2_000_000  # prefixes of all rows together (a full code per address fits)
MAX_FIELD_LENGTH = 200
MAX_SOURCE_LENGTH = 1_000  # a web address with its query can be long
MAX_PREFIXES_LENGTH = 100_000  # characters of one row's prefixes column
MAX_PREFIX_LENGTH = 12  # no country's postal code is longer
MAX_CODE_LENGTH = 16  # a longer "postal code" is not one

_NOT_CODE = re.compile(r"[^A-Z0-9]")
_PREFIX_TOKEN = re.compile(r"[A-Z0-9-]+")
_PREFIXES_TEXT = re.compile(r"[A-Z0-9\s-]*")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_LINE_BREAK_BYTES = re.compile(rb"\r\n|\r|\n")
_LIMITS = {"prefixes": MAX_PREFIXES_LENGTH, "source": MAX_SOURCE_LENGTH}


@dataclass(frozen=True)
class Representative:
    """One representative and the postal-code prefixes of their district.

    ``title`` is "" or a courtesy title code (``forms.TITLES``), ``office`` one of
    ``forms.OFFICES``, ``jurisdiction`` the country whose office it is, ``level`` "",
    national, regional or local. ``prefixes`` are normalised (:func:`normalise_postal_code`).
    The address fields are where letters to them go; ``source`` says where the data came from.
    """

    name: str
    office: str
    district: str
    prefixes: tuple[str, ...]
    title: str = ""
    jurisdiction: str = ""
    level: str = ""
    organisation: str = ""
    position: str = ""
    street: str = ""
    street2: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    source: str = ""


COLUMNS = tuple(f.name for f in fields(Representative))
REQUIRED = ("name", "office", "district", "prefixes")


@dataclass(frozen=True)
class Match:
    """A representative found for a postal code, and the prefix of theirs that matched."""

    representative: Representative
    prefix: str


def normalise_postal_code(code: str) -> str:
    """``code`` upper-cased with everything but ASCII letters and digits removed
    ("k1a 0b1" → "K1A0B1")."""
    return _NOT_CODE.sub("", code.upper())


def _normalised(prefixes: tuple[str, ...]) -> Iterable[str]:
    """``prefixes`` normalised; those read from a file already are, and are checked at once."""
    joined = "".join(prefixes)
    if joined.isascii() and joined.isalnum() and (joined.isupper() or joined.isdigit()):
        return prefixes
    return map(normalise_postal_code, prefixes)


class RepresentativeIndex:
    """Representatives by postal-code prefix.

    A lookup tries each leading part of the code once, longest first, so it takes as many
    dictionary look-ups as the code has characters, however large the table.
    """

    def __init__(self, representatives: Iterable[Representative]) -> None:
        self.representatives = tuple(representatives)
        # A prefix of one representative (most of them) holds that representative itself, a
        # shared one a list: a list for each of 100,000 prefixes made loading twice as slow.
        by_prefix: dict[str, Representative | list[Representative]] = {}
        for representative in self.representatives:
            for prefix in _normalised(representative.prefixes):
                entry = by_prefix.get(prefix)
                if entry is None:
                    if prefix:
                        by_prefix[prefix] = representative
                elif isinstance(entry, list):
                    if entry[-1] is not representative:  # a prefix listed twice by one
                        entry.append(representative)
                elif entry is not representative:
                    by_prefix[prefix] = [entry, representative]
        self._by_prefix = by_prefix
        self._longest = max(map(len, by_prefix), default=0)

    def __len__(self) -> int:
        """The number of distinct prefixes."""
        return len(self._by_prefix)

    def find(self, postal_code: str) -> list[Match]:
        """Every representative with a prefix that begins ``postal_code``.

        Longest prefix first, then by name; each representative once, with their longest
        matching prefix. An empty code, or one longer than any postal code, finds nothing.
        """
        code = normalise_postal_code(postal_code)
        if not code or len(code) > MAX_CODE_LENGTH:
            return []
        found: dict[Representative, str] = {}
        for length in range(min(len(code), self._longest), 0, -1):
            prefix = code[:length]
            entry = self._by_prefix.get(prefix)
            if entry is None:
                continue
            for representative in entry if isinstance(entry, list) else (entry,):
                found.setdefault(representative, prefix)
        matches = [Match(rep, prefix) for rep, prefix in found.items()]
        matches.sort(
            key=lambda m: (
                -len(m.prefix),
                m.representative.name.casefold(),
                m.representative.name,
                m.representative.district,
                m.representative.office,
            )
        )
        return matches


def to_recipient(representative: Representative) -> Recipient:
    """``representative`` as the recipient of a letter from one of their constituents.

    Built through the letter's data contract, so the table's values are checked like a
    person's input (raises :class:`DataError`).
    """
    data = {
        "kind": "representative",
        "own_representative": True,
        "title": representative.title,
        "office": representative.office,
        "name": representative.name,
        "position": representative.position,
        "organisation": representative.organisation,
        "street": representative.street,
        "street2": representative.street2,
        "city": representative.city,
        "region": representative.region,
        "postal_code": representative.postal_code,
        "country": representative.country,
        "jurisdiction": representative.jurisdiction,
        "level": representative.level,
    }
    return letter_from_dict({"template": "x", "recipient": data}).recipient


def load_index(path: Path | str) -> RepresentativeIndex:
    """The index of the representatives in the CSV file at ``path``.

    Raises one :class:`DataError` for any problem; its one line names the line of the file.
    """
    representatives = read_representatives(path)
    index = RepresentativeIndex(representatives)
    log.info(
        "%s: %d representatives, %d prefixes", Path(path).name, len(representatives), len(index)
    )
    return index


def read_representatives(path: Path | str) -> list[Representative]:
    """The representatives in the CSV file at ``path``, in the file's order."""
    path = Path(path)
    return parse_representatives(_read_bytes(path), path.name)


def parse_representatives(data: bytes, name: str) -> list[Representative]:
    """The representatives in a table's bytes; ``name`` is what messages call the file."""
    text = _decode(data, name)
    rows = _rows(text, name)
    header = next(rows, None)
    if header is None:
        raise DataError(f"{name} line 1: no header row")
    line, cells = header
    columns = _columns(cells, name, line)
    representatives: list[Representative] = []
    total_prefixes = 0
    for line, cells in rows:
        if len(representatives) >= MAX_ROWS:
            raise DataError(f"{name} line {line}: more than {MAX_ROWS:,} representatives")
        representative = _representative(columns, cells, f"{name} line {line}")
        total_prefixes += len(representative.prefixes)
        if total_prefixes > MAX_PREFIXES:
            raise DataError(f"{name} line {line}: more than {MAX_PREFIXES:,} prefixes in all")
        representatives.append(representative)
    return representatives


def _read_bytes(path: Path) -> bytes:
    if path.is_symlink():
        raise DataError(f"{path}: is a symbolic link, not the file itself")
    try:
        # With root, a link put in place after the check above is refused too.
        data = read_regular(path, MAX_BYTES, root=path.parent)
    except UnsafeFileError as error:
        raise DataError(str(error)) from None
    except OSError as error:
        raise DataError(f"{path}: cannot read ({error.strerror or error})") from None
    return data


def _decode(data: bytes, name: str) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        # error.start counts from after a BOM, in error.object
        line = len(_LINE_BREAK_BYTES.findall(error.object, 0, error.start)) + 1
        raise DataError(f"{name} line {line}: not UTF-8 text") from None
    nul = text.find("\x00")
    if nul >= 0:
        line = len(_LINE_BREAK.findall(text, 0, nul)) + 1
        raise DataError(f"{name} line {line}: holds a NUL character; not a text file")
    return text


def _rows(text: str, name: str) -> Iterator[tuple[int, list[str]]]:
    """The non-blank rows of ``text`` with the line each starts on."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    start = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise DataError(f"{name} line {start}: cannot read the CSV ({error})") from None
        line, start = start, reader.line_num + 1
        if any(cell.strip() for cell in row):
            yield line, row


def _columns(cells: list[str], name: str, line: int) -> tuple[str, ...]:
    columns = tuple(cell.strip().removeprefix("\ufeff") for cell in cells)
    for column in columns:
        if column not in COLUMNS:
            raise DataError(
                f"{name} line {line}: unknown column {column[:MAX_FIELD_LENGTH]!r};"
                f" known columns: {', '.join(COLUMNS)}"
            )
    for column in columns:
        if columns.count(column) > 1:
            raise DataError(f"{name} line {line}: column {column!r} appears twice")
    for column in REQUIRED:
        if column not in columns:
            raise DataError(f"{name} line {line}: the required column {column!r} is missing")
    return columns


def _representative(columns: tuple[str, ...], cells: list[str], where: str) -> Representative:
    if len(cells) != len(columns):
        raise DataError(f"{where}: {len(cells)} cells, but the header names {len(columns)}")
    values: dict[str, str] = {}
    for column, cell in zip(columns, cells, strict=True):
        limit = _LIMITS.get(column, MAX_FIELD_LENGTH)
        if len(cell) > limit:
            raise DataError(f"{where}: {column} is longer than {limit:,} characters")
        values[column] = clean_text(cell).strip()
    for column in REQUIRED:
        if not values[column]:
            raise DataError(f"{where}: {column} is empty")
    title = values.get("title", "").lower()
    office = values["office"].lower()
    level = values.get("level", "").lower()
    for column, value, allowed in (
        ("title", title, TITLES),
        ("office", office, OFFICES),
        ("level", level, LEVELS),
    ):
        if value and value not in allowed:
            raise DataError(f"{where}: {column} {value[:40]!r} is not one of {', '.join(allowed)}")
    return Representative(
        name=values["name"],
        office=office,
        district=values["district"],
        prefixes=_prefixes(values["prefixes"], where),
        title=title,
        jurisdiction=_country(values.get("jurisdiction", ""), "jurisdiction", where),
        level=level,
        organisation=values.get("organisation", ""),
        position=values.get("position", ""),
        street=values.get("street", ""),
        street2=values.get("street2", ""),
        city=values.get("city", ""),
        region=values.get("region", ""),
        postal_code=values.get("postal_code", ""),
        country=_country(values.get("country", ""), "country", where),
        source=values.get("source", ""),
    )


def _prefixes(text: str, where: str) -> tuple[str, ...]:
    upper = text.upper()
    if _PREFIXES_TEXT.fullmatch(upper):
        tokens = upper.split()
        if "-" in upper:
            tokens = [token.replace("-", "") for token in tokens]
        prefixes = tuple(dict.fromkeys(tokens))  # in the file's order, each once
        if prefixes and "" not in prefixes and max(map(len, prefixes)) <= MAX_PREFIX_LENGTH:
            return prefixes
    _bad_prefix(text, where)


def _bad_prefix(text: str, where: str) -> NoReturn:
    """Raise the error for the first bad prefix in ``text``."""
    for token in text.split():
        if not _PREFIX_TOKEN.fullmatch(token.upper()):
            raise DataError(
                f"{where}: prefix {token[:40]!r} holds characters other than A-Z, 0-9 and hyphens"
            )
        prefix = normalise_postal_code(token)
        if not prefix:
            raise DataError(f"{where}: prefix {token[:40]!r} has no letters or digits")
        if len(prefix) > MAX_PREFIX_LENGTH:
            raise DataError(
                f"{where}: prefix {token[:40]!r} is longer than {MAX_PREFIX_LENGTH} characters"
            )
    raise DataError(f"{where}: prefixes is empty")


def _country(value: str, column: str, where: str) -> str:
    code = value.upper()
    if code and code not in known_codes():
        raise DataError(
            f"{where}: {column} {value[:40]!r} is not an ISO 3166 two-letter country code (e.g. CA)"
        )
    return code


# -- the tables this computer has -------------------------------------------------------------

USER_TABLE = "representatives.csv"


def user_table() -> Path:
    """The table the person chose themselves (in the user data folder)."""
    from composer.core.paths import user_data_dir

    return user_data_dir() / USER_TABLE


def table_paths() -> list[Path]:
    """Every table on this computer: those of installed campaign packs, then the person's."""
    from composer.core.packs import installed

    found = [
        info.data_dir / USER_TABLE
        for info in installed().values()
        if info.data_dir is not None and (info.data_dir / USER_TABLE).is_file()
    ]
    if user_table().is_file():
        found.append(user_table())
    return found


def installed_index() -> tuple[RepresentativeIndex, list[str]]:
    """One index over every table here, and a line for each table that could not be read
    (skipped, never changed)."""
    representatives: list[Representative] = []
    problems: list[str] = []
    for path in table_paths():
        try:
            representatives.extend(read_representatives(path))
        except DataError as error:
            problems.append(str(error))
    return RepresentativeIndex(representatives), problems


def use_table(path: Path) -> int:
    """Check the table at ``path`` and keep a copy as the person's own table (replacing the
    one before, at once); returns how many representatives it lists."""
    from composer.core.files import write_atomic

    try:
        data = read_regular(path, MAX_BYTES)  # the person chose it: a link to it may be followed
    except FileNotFoundError:
        raise DataError(f"{path}: no such file") from None
    except OSError as error:
        raise DataError(f"{path}: {error}") from None
    count = len(parse_representatives(data, path.name))  # the very bytes that are kept
    target = user_table()
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, data)
    return count


def for_country(matches: list[Match], country: str) -> list[Match]:
    """The matches that represent people in ``country`` (a table names the country of each
    office, or of its address); all of them when the country is not known. A French code
    must not find a Texan district whose prefix happens to begin it."""
    if not country:
        return matches
    wanted = country.upper()
    return [
        m
        for m in matches
        if (m.representative.jurisdiction or m.representative.country or wanted) == wanted
    ]

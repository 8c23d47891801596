"""Reading a contact file someone chose, for the address book's import and for a merge:
a regular file of reasonable size, decoded, recognised as vCard or CSV. No Qt: the app runs
it on a worker thread, the command line in its own process."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from composer.core.errors import DataError
from composer.core.importing.csvfile import CsvTable, csv_contacts, sniff_csv
from composer.core.importing.decoding import decode_text
from composer.core.importing.mapping import guess_mapping
from composer.core.importing.values import ImportResult
from composer.core.importing.vcard import vcard_contacts_bytes
from composer.core.untrusted import UnsafeFileError, read_regular

MAX_IMPORT_BYTES = 64 * 1024 * 1024  # a vCard export with photos of a few thousand people
VCARD_SUFFIXES = (".vcf", ".vcard")


@dataclass(frozen=True)
class ContactFile:
    """A contact file read and parsed: its cards, or its CSV table to be mapped."""

    encoding: str
    vcard: bool
    table: CsvTable | None = None
    vcard_result: ImportResult = field(default_factory=ImportResult)


def _is_vcard(path: Path, data: bytes) -> bool:
    if path.suffix.lower() in VCARD_SUFFIXES:
        return True
    head = data[:4096].replace(b"\x00", b"").lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n")
    return head[:11].upper() == b"BEGIN:VCARD"


def read_contact_file(
    path: Path, default_country: str = "CA", encoding: str | None = None
) -> ContactFile:
    """Read and parse ``path`` (``encoding`` overrides the guess); one clear
    :class:`DataError` when it cannot be imported."""
    try:
        data = read_regular(path, MAX_IMPORT_BYTES)
    except UnsafeFileError as error:
        raise DataError(str(error)) from None
    except OSError as error:
        raise DataError(f"{path}: cannot read ({error.strerror or error})") from None
    if _is_vcard(path, data):
        result = vcard_contacts_bytes(data, default_country, encoding)
        return ContactFile(encoding or "utf-8", True, vcard_result=result)
    text, used = decode_text(data, encoding)
    return ContactFile(used, False, table=sniff_csv(text))


def read_contacts(path: Path, default_country: str = "CA") -> ImportResult:
    """Every recipient the file holds, and the rows that could not be read (with why)."""
    read = read_contact_file(path, default_country)
    if read.vcard:
        return read.vcard_result
    assert read.table is not None
    return csv_contacts(read.table, guess_mapping(read.table.headers), default_country)

"""Reading a merge's recipients from a file: CSV (any common encoding and delimiter) or vCard."""

from __future__ import annotations

from pathlib import Path

from composer.core.errors import DataError
from composer.core.importing import (
    ImportResult,
    csv_contacts,
    decode_text,
    guess_mapping,
    sniff_csv,
    vcard_contacts,
)
from composer.core.untrusted import UnsafeFileError, read_regular

MAX_RECIPIENTS_BYTES = 64 * 1024 * 1024  # a vCard export with photos of a few thousand people


def read_contacts(path: Path, default_country: str = "CA") -> ImportResult:
    """Every recipient the file holds, and the rows that could not be read (with why)."""
    try:
        data = read_regular(path, MAX_RECIPIENTS_BYTES)
    except UnsafeFileError as error:
        raise DataError(str(error)) from None
    except OSError as error:
        raise DataError(f"{path}: cannot read ({error.strerror or error})") from None
    text, _encoding = decode_text(data)
    if path.suffix.lower() in (".vcf", ".vcard") or text.lstrip().upper().startswith("BEGIN:VCARD"):
        return vcard_contacts(text, default_country)
    table = sniff_csv(text)
    return csv_contacts(table, guess_mapping(table.headers), default_country)

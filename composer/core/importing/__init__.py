"""Address-book entries in and out: CSV from spreadsheets and other address books, vCards
from phones, Outlook, Google and Apple.

``decoding`` turns bytes into text, ``mapping`` says which column holds what, ``csvfile`` and
``vcard`` read the two formats, ``values`` builds an entry by the same rules for both, and
``files`` reads a file someone chose. Storing the entries all at once (or not at all) is the
address book's job.
"""

from composer.core.importing.csvfile import CsvTable, csv_contacts, export_csv, sniff_csv
from composer.core.importing.decoding import ENCODINGS, decode_text
from composer.core.importing.files import (
    MAX_IMPORT_BYTES,
    ContactFile,
    read_contact_file,
    read_contacts,
)
from composer.core.importing.mapping import EXPORT_FIELDS, IMPORT_TARGETS, guess_mapping
from composer.core.importing.values import ImportResult, RowProblem
from composer.core.importing.vcard import vcard_contacts, vcard_contacts_bytes

__all__ = [
    "ENCODINGS",
    "EXPORT_FIELDS",
    "IMPORT_TARGETS",
    "MAX_IMPORT_BYTES",
    "ContactFile",
    "CsvTable",
    "ImportResult",
    "RowProblem",
    "csv_contacts",
    "decode_text",
    "export_csv",
    "guess_mapping",
    "read_contact_file",
    "read_contacts",
    "sniff_csv",
    "vcard_contacts",
    "vcard_contacts_bytes",
]

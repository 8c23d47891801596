"""Turning the bytes of a contact file into text, whatever program wrote them.

Byte-order marks decide first (UTF-8, UTF-16, UTF-32); UTF-16 without one is recognised by
its zero bytes; then strict UTF-8; then a legacy code page, by default Windows-1252, which is
what Excel and Outlook on Windows write in Canada and western Europe. Files in other legacy
code pages (Cyrillic, Greek, Hebrew, Japanese) say so in a vCard's CHARSET, or are read with
the encoding a person chooses in the import dialog: guessing from a few names is wrong too
often (tried: a French name in Windows-1252 was taken for Central European).
"""

from __future__ import annotations

import codecs

from composer.core.errors import DataError

LEGACY = "cp1252"
ENCODINGS = (
    "utf-8",
    "cp1252",
    "cp1250",
    "cp1251",
    "cp1253",
    "cp1255",
    "cp1256",
    "iso-8859-1",
    "mac-roman",
    "shift_jis",
    "gb18030",
    "big5",
    "utf-16",
)


def _undefined_as_latin1(error: UnicodeError) -> tuple[str, int]:
    """The few bytes a code page leaves undefined become their Latin-1 control character,
    which text cleaning then drops: a letter never shows U+FFFD."""
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error("letter-composer-latin1", _undefined_as_latin1)


def legacy_decode(data: bytes, encoding: str = LEGACY) -> str:
    """``data`` in a single-byte or legacy code page, never failing, never U+FFFD."""
    try:
        codecs.lookup(encoding)
    except LookupError:
        encoding = LEGACY
    return data.decode(encoding, errors="letter-composer-latin1")


def _wide_without_bom(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: text whose every other byte is zero."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / len(sample[0::2])
    odd = sample[1::2].count(0) / len(sample[1::2])
    if odd > 0.4 and even < 0.05:
        return "utf-16-le"
    if even > 0.4 and odd < 0.05:
        return "utf-16-be"
    return None


def decode_text(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding name) of a file from a spreadsheet or address book; with
    ``encoding``, that encoding (a person's choice) is used.

    Raises :class:`DataError` for what is not text at all (a picture, a workbook).
    """
    if encoding is not None:
        text = (
            data.decode(encoding, errors="replace")
            if encoding.startswith("utf")
            else (legacy_decode(data, encoding))
        )
        return _checked(text.removeprefix("\ufeff")), encoding
    for bom, name in (
        # UTF-32 LE's BOM starts with UTF-16 LE's, so it is tried first.
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return _checked(data.decode(name)), name
            except UnicodeDecodeError:
                raise DataError(f"not a text file (broken {name.upper()})") from None
    wide = _wide_without_bom(data)
    if wide is not None:
        try:
            text = data.decode(wide)
        except UnicodeDecodeError:
            text = ""
        if _looks_like_text(text):
            return text, wide
    try:
        return _checked(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        return _checked(legacy_decode(data)), LEGACY


def _looks_like_text(text: str) -> bool:
    """Mostly printable characters and line breaks (a zip file's bytes are not)."""
    sample = text[:2048]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n")
    return controls == 0


def _checked(text: str) -> str:
    # Text files never hold NUL; images, spreadsheets (.xlsx) and broken files do.
    if "\x00" in text:
        raise DataError("not a text file (save it as CSV or vCard and try again)")
    return text

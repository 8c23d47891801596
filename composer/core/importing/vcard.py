"""vCards (2.1, 3.0 and 4.0) from phones, Outlook, Google, Apple, Thunderbird, Evolution, KDE.

Read from bytes, in one pass: folded lines are joined *before* any text is decoded (a fold
may fall inside a UTF-8 character), every value is decoded by its own CHARSET, and
quoted-printable text without one that is not UTF-8 falls back to the legacy code page the
file names elsewhere (or Windows-1252), never to U+FFFD. Embedded pictures and sounds are
skipped without being decoded, so a card with a 5 MB photo costs what its bytes cost to scan.

Tried against a corpus of real exports (``tests/core/import-data/real``), this reader read
more of them right than ``vobject`` did, so it is kept; the corpus guards it.
"""

from __future__ import annotations

import codecs
import quopri
import re
from collections.abc import Mapping
from dataclasses import dataclass

from composer.core.contacts import Contact
from composer.core.countries import key as _key
from composer.core.errors import DataError
from composer.core.importing.decoding import LEGACY, legacy_decode
from composer.core.importing.values import (
    ImportResult,
    RowProblem,
    build_contact,
    strip_honorific,
)
from composer.core.text import clean_text

_LINE_BREAK = re.compile(rb"\r\r\n|\r\n|\r|\n")
_CHARSET = re.compile(rb";\s*CHARSET=\"?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
# vCard 2.1 lets parameters stand alone: "ADR;WORK;QUOTED-PRINTABLE:".
_BARE_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})
# Properties whose values are data, not text: never decoded.
_BINARY = frozenset({"PHOTO", "LOGO", "SOUND", "KEY", "AGENT"})
_WANTED = frozenset(
    {"FN", "N", "ORG", "TITLE", "ROLE", "ADR", "NOTE", "CATEGORIES", "KIND", "X-ABSHOWAS",
     "X-ABLABEL", "VERSION"}
)  # fmt: skip
_UTF = ("utf-8", "utf8", "us-ascii", "ascii")


@dataclass
class _Property:
    line: int
    group: str
    name: str
    params: dict[str, list[str]]
    value: bytes


def _utf8_bytes(data: bytes) -> bytes:
    """The file as UTF-8-compatible bytes: wide encodings (UTF-16/32, with or without a
    byte-order mark) are converted; a UTF-8 BOM is dropped."""
    from composer.core.importing.decoding import decode_text

    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :]
    if data[:4].count(0) or data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = decode_text(data)
        if encoding.startswith(("utf-16", "utf-32")):
            return text.encode("utf-8")
    return data


def _file_code_page(data: bytes) -> str:
    """The legacy code page a file names for any of its values (a Greek file may declare
    CHARSET=Windows-1253 on one line and write all its lines in it), else Windows-1252."""
    for match in _CHARSET.finditer(data[:1_000_000]):
        name = match.group(1).decode("ascii", "replace")
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            continue
        if codec not in ("utf-8", "ascii"):
            return codec
    return LEGACY


def vcard_contacts(text: str, default_country: str = "CA") -> ImportResult:
    """The contacts in a vCard file already decoded to text."""
    return vcard_contacts_bytes(text.encode("utf-8"), default_country)


def vcard_contacts_bytes(
    data: bytes, default_country: str = "CA", encoding: str | None = None
) -> ImportResult:
    """The contacts in a vCard file (2.1, 3.0 or 4.0; one or many cards, nested or not).

    ``encoding``, a person's choice, decodes every value that names no CHARSET of its own.
    Raises :class:`DataError` when the file holds no card at all.
    """
    if encoding is not None and encoding.casefold().startswith(("utf-16", "utf-32")):
        data = data.decode(encoding, errors="replace").encode("utf-8")
        encoding = None
    data = _utf8_bytes(data)
    if b"\x00" in data:
        raise DataError("not a text file (save it as CSV or vCard and try again)")
    code_page = encoding or _file_code_page(data)
    forced = encoding is not None and encoding.casefold() not in _UTF
    lines = _LINE_BREAK.split(data)
    result = ImportResult()
    found = False
    card: list[tuple[int, bytes]] | None = None
    depth = 0
    begin = 0
    for number, line in enumerate(lines, start=1):
        word = line.strip().upper()
        if word == b"BEGIN:VCARD":
            found = True
            if card is None:
                card, begin, depth = [], number, 1
            else:
                depth += 1  # a card inside a card (2.1 AGENT): it belongs to the outer one
            continue
        if card is None:
            continue
        if word == b"END:VCARD":
            depth -= 1
            if depth == 0:
                _read_card(begin, card, default_country, code_page, forced, result)
                card = None
            continue
        if depth == 1:
            card.append((number, line))
    if card is not None:
        result.problems.append(RowProblem(begin, "the card has no END:VCARD (file cut short?)"))
    if not found:
        raise DataError("not a vCard file (no BEGIN:VCARD line)")
    return result


def _version(lines: list[tuple[int, bytes]]) -> str:
    for _, line in lines:
        if line[:8].upper() == b"VERSION:":
            return line[8:].strip().decode("ascii", "replace")
    return "3.0"


def _is_quoted_printable(head: bytes) -> bool:
    return b"QUOTED-PRINTABLE" in head.upper()


def _head_end(line: bytes) -> int:
    """Where the ``group.NAME;params`` part ends: the first colon outside quotes, or -1."""
    quoted = False
    for i, byte in enumerate(line[:4096]):  # a head is short; values may be megabytes
        if byte == 0x22:  # "
            quoted = not quoted
        elif byte == 0x3A and not quoted:  # :
            return i
    return -1


def _unfold(lines: list[tuple[int, bytes]], version: str) -> list[tuple[int, bytes]]:
    """Logical lines: folded continuations and quoted-printable soft breaks joined, in
    linear time (parts are collected and joined once)."""
    logical: list[tuple[int, list[bytes], bool]] = []  # start, parts, quoted-printable
    for number, line in lines:
        if logical:
            _, parts, qp = logical[-1]
            if qp and parts[-1].endswith(b"="):
                parts[-1] = parts[-1][:-1]
                parts.append(line)
                continue
            if line[:1] in (b" ", b"\t"):
                # 3.0 and 4.0 fold by inserting CRLF + one space; 2.1 folds before a space
                # that belongs to the text.
                parts.append(line if version == "2.1" else line[1:])
                continue
        if line.strip():
            end = _head_end(line)
            qp = end > 0 and _is_quoted_printable(line[:end])
            logical.append((number, [line], qp))
    return [(start, b"".join(parts)) for start, parts, _ in logical]


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


def _parse(line: int, text: bytes) -> _Property | None:
    end = _head_end(text)
    if end < 0:
        return None  # not a property (2.1 base64 data, garbage): nothing to take from it
    head = text[:end].decode("latin-1")
    name, *raw_params = _split_outside_quotes(head, ";")
    group, _, name = name.strip().rpartition(".")
    name = name.upper()
    if name not in _WANTED:
        return None  # photos, sounds, keys and everything a letter does not use
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
    return _Property(line, group.upper(), name, params, text[end + 1 :])


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


class _Decoder:
    """Decodes values by their CHARSET, else UTF-8, else the file's legacy code page."""

    def __init__(self, version: str, code_page: str, forced: bool = False) -> None:
        self.version = version
        self.code_page = code_page
        self.forced = forced  # the code page was chosen by a person: no UTF-8 first

    def text(self, prop: _Property) -> str:
        raw = prop.value
        encoding = (prop.params.get("ENCODING") or [""])[0].upper()
        if encoding == "QUOTED-PRINTABLE":
            raw = quopri.decodestring(raw)
        elif encoding in ("BASE64", "B"):
            return ""
        charset = (prop.params.get("CHARSET") or [""])[0]
        if charset and charset.casefold() not in _UTF:
            return legacy_decode(raw, charset)
        if self.forced and not charset:
            return legacy_decode(raw, self.code_page)
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return legacy_decode(raw, self.code_page)

    def unescape(self, text: str) -> str:
        # vCard 2.1 escapes only ";" (and, in practice, "\" and ","): its line breaks come
        # quoted-printable, so a "\n" there is text.
        escapes = r"[;,\\]" if self.version == "2.1" else r"[;,\\nN:]"
        return re.sub(
            r"\\(" + escapes + ")", lambda m: "\n" if m.group(1) in "nN" else m.group(1), text
        )

    def value(self, prop: _Property) -> str:
        return self.unescape(self.text(prop))

    def components(self, prop: _Property, count: int) -> list[str]:
        """The first ``count`` parts of a structured value (N, ADR, ORG), padded with ""."""
        parts = [self.unescape(p) for p in _split_escaped(self.text(prop), ";")]
        return (parts + [""] * count)[:count]


def _read_card(
    begin: int,
    lines: list[tuple[int, bytes]],
    default_country: str,
    code_page: str,
    forced: bool,
    result: ImportResult,
) -> None:
    version = _version(lines)
    properties = [p for ln, text in _unfold(lines, version) if (p := _parse(ln, text))]
    decoder = _Decoder(version, code_page, forced)
    contact, problems, warnings = _card_contact(properties, decoder, default_country)
    if contact is None:
        result.problems.append(RowProblem(begin, "; ".join(problems)))
    else:
        result.contacts.append(contact)
        result.warnings.extend(RowProblem(begin, w) for w in warnings)


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


def _name(fn: str, n: list[str]) -> str:
    """The name as a person reads it: FN (N reverses East-Asian names and drops what its
    five parts cannot hold), unless FN is missing or written surname-first ("Doe, John")."""
    family, given, additional, _prefix, suffix = (clean_text(p).strip() for p in n)
    from_n = " ".join(p for p in (given, additional, family) if p)
    if from_n and suffix:
        from_n = f"{from_n} {suffix}"
    fn = clean_text(fn).strip()
    if not fn:
        return from_n
    if family and given:
        fn_key = strip_honorific(fn, _prefix)
        fn_key = _key(fn_key)
        if _latin(family + given) and fn_key.startswith(_key(family) + " " + _key(given)):
            # "Doe, John" or "Doe John": a sort form of a Latin-script name. (Japanese or
            # Chinese FN puts the family name first by right, and is kept.)
            return from_n
        if " " not in fn.strip() and _key(family) not in fn_key:
            return from_n  # FN is a nickname ("Maxl"); a letter wants the full name
    return fn


def _latin(text: str) -> bool:
    import unicodedata

    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in text if ch.isalpha())


def _card_contact(
    properties: list[_Property], decoder: _Decoder, default_country: str
) -> tuple[Contact | None, list[str], list[str]]:
    def first(name: str) -> _Property | None:
        return next((p for p in properties if p.name == name), None)

    values: dict[str, str] = {}
    fn = first("FN")
    n = first("N")
    n_parts = decoder.components(n, 5) if n else [""] * 5
    values["title"] = clean_text(n_parts[3]).strip()
    values["name"] = strip_honorific(
        _name(decoder.value(fn) if fn else "", n_parts), values["title"]
    )
    if org := first("ORG"):
        values["organisation"] = decoder.components(org, 1)[0]
    if title := first("TITLE") or first("ROLE"):
        values["position"] = decoder.value(title)
    kind = first("KIND")
    show_as = first("X-ABSHOWAS")
    if (kind and decoder.value(kind).strip().casefold() in ("org", "organization")) or (
        show_as and decoder.value(show_as).strip().upper() == "COMPANY"
    ):
        values["kind"] = "other"
        if values.get("organisation"):
            values["name"] = ""  # a company's card: N, if any, is a contact person
    labels = {p.group: decoder.value(p) for p in properties if p.name == "X-ABLABEL" and p.group}
    addresses = [
        (prop, _address(decoder.components(prop, 7))) for prop in properties if prop.name == "ADR"
    ]
    filled = [(p, a) for p, a in addresses if any(a.values())]
    if filled:
        _, chosen = min(
            enumerate(filled),
            key=lambda item: (
                sum(1 for v in item[1][1].values() if v) < 2,  # an empty address never wins
                "work" not in _types(item[1][0], labels),
                "pref" not in _types(item[1][0], labels),
                item[0],
            ),
        )[1]
        values.update(chosen)
    values["notes"] = "\n".join(decoder.value(p) for p in properties if p.name == "NOTE")
    tags = [
        decoder.unescape(tag)
        for p in properties
        if p.name == "CATEGORIES"
        for part in _split_escaped(decoder.text(p), ",")
        # Outlook's vCard 2.1 separates categories with semicolons.
        for tag in _split_escaped(part, ";")
    ]
    return build_contact(values, tags, default_country)


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

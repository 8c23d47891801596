"""The letter's data contract: what a data file, a draft and the form all hold.

One shape for the command line's data files (JSON or TOML) and the app's drafts:
``template``, ``language``, ``paper``, ``envelope``, ``date``, ``sender``, ``recipient``,
``fields``, ``signature`` and the optional ``cc``, ``enclosures``, ``ps``, ``fold_marks``,
``salutation`` (a greeting that replaces the template's) and ``cosigners`` (people who join
the letter: name, city, signature; printed on signature sheets after it).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from composer.core.countries import known_codes
from composer.core.errors import DataError
from composer.core.text import clean_text

PAPERS = ("letter", "a4")
ENVELOPES = ("us10", "din5008a", "din5008b", "none")
# How a letter asks: of an elected representative, of a government (a minister, an
# ambassador), of an organisation that documents and speaks out, of one that works
# confidentially (the ICRC: it seeks access and talks to the authorities, it does not
# campaign), or of anyone else (neutral wording).
RECIPIENT_KINDS = ("representative", "government", "human_rights", "humanitarian", "other")
LEVELS = ("national", "regional", "local")
FORMAT_VERSION = 2  # drafts: 2 describes recipients (title, office…) instead of "honorific"

# Countries whose offices use US Letter paper (CLDR supplemental "paperSize", which Babel does
# not expose). Everyone else gets A4 and a DIN 5008 layout by default.
_LETTER_PAPER_COUNTRIES = frozenset(
    {"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "SV", "NI", "PA", "PR", "DO", "BZ"}
)

# Generous limits that no real letter reaches but that stop a hostile or broken file
# from exhausting memory in the typesetter.
MAX_TEXT_LENGTH = 20_000
MAX_STROKES = 500
MAX_POINTS = 50_000
MAX_DATA_BYTES = 8 * 1024 * 1024  # a data file or draft: 50,000 signature points fit easily
MAX_COORDINATE = 1e6  # signature pad coordinates are pixels
MAX_DEPTH = 8  # the data contract nests four levels deep (signature strokes)
_MAX_DIGITS = 30

_COUNTRY_RE = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class Sender:
    name: str = ""
    street: str = ""
    street2: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Recipient:
    """Who the letter is for, described (not guessed from one "honorific" string).

    ``title`` is a courtesy title code (ms, mr, mx, dr or ""), ``office`` what they hold
    (see ``composer.core.forms.OFFICES``), ``jurisdiction`` the country whose office it is
    (empty: the country of the address) and ``level`` national, regional or local (empty:
    what the office says). ``own_representative`` is true only when the writer lives in
    this representative's constituency: only then does a letter say so.
    """

    kind: str = "other"
    title: str = ""
    office: str = ""
    name: str = ""
    position: str = ""
    organisation: str = ""
    street: str = ""
    street2: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    jurisdiction: str = ""
    level: str = ""
    own_representative: bool = False

    def government_country(self, sender_country: str = "") -> str:
        """The country whose government this recipient belongs to or can speak to."""
        return self.jurisdiction or self.country or sender_country


SENDER_FIELDS = tuple(f.name for f in fields(Sender))
RECIPIENT_FIELDS = tuple(f.name for f in fields(Recipient))
RECIPIENT_TEXT_FIELDS = tuple(n for n in RECIPIENT_FIELDS if n != "own_representative")

Point = tuple[float, float, float]
Stroke = tuple[Point, ...]


@dataclass(frozen=True)
class Signature:
    """Drawn strokes (x, y, pressure in 0..1, 0 = unknown; y grows downwards) or an image.

    ``typed`` is the name an image was made from, when the writer typed their signature: what
    a screen reader says of it instead of "a picture".
    """

    strokes: tuple[Stroke, ...] = ()
    image: Path | None = None
    typed: str = ""


@dataclass(frozen=True)
class CoSigner:
    """Someone who joins a letter (at a signing table): their name, city and signature,
    printed on the signature sheets after the letter."""

    name: str
    city: str = ""
    signature: Signature | None = None


MAX_COSIGNERS = 2_000  # about a hundred signature sheets


@dataclass(frozen=True)
class Letter:
    template: str
    language: str = "en"
    paper: str = "letter"
    envelope: str = "us10"
    date: dt.date = field(default_factory=dt.date.today)
    sender: Sender = field(default_factory=Sender)
    recipient: Recipient = field(default_factory=Recipient)
    fields: Mapping[str, str] = field(default_factory=dict)
    signature: Signature | None = None
    cc: tuple[str, ...] = ()
    enclosures: tuple[str, ...] = ()
    ps: str = ""
    fold_marks: bool | None = None  # None: on for window envelopes, off without a window
    salutation: str = ""  # overrides the template's or the app's greeting
    cosigners: tuple[CoSigner, ...] = ()

    def with_changes(self, **changes: Any) -> Letter:
        return replace(self, **changes)

    @property
    def shows_fold_marks(self) -> bool:
        if self.fold_marks is None:
            return self.envelope != "none"
        return self.fold_marks


def default_paper(country: str) -> tuple[str, str]:
    """(paper, envelope) a person in ``country`` most likely has at hand."""
    if not country or country.upper() in _LETTER_PAPER_COUNTRIES:
        return "letter", "us10"
    return "a4", "din5008b"


def _text(value: object, where: str, *, multiline: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise DataError(f"{where} must be text, not {type(value).__name__}")
    text = clean_text(str(value), multiline=multiline)
    if len(text) > MAX_TEXT_LENGTH:
        raise DataError(f"{where} is longer than {MAX_TEXT_LENGTH} characters")
    return text


def _table(value: object, where: str) -> Mapping[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise DataError(f"{where} must be a table of names and values")
    return value


def _country(value: str, where: str) -> str:
    code = value.strip().upper()
    if code and not _COUNTRY_RE.match(code):
        raise DataError(f"{where} {value!r} is not an ISO 3166 two-letter country code (e.g. CA)")
    if code and code not in known_codes():
        raise DataError(f"{where} {value!r} is not a known country code")
    return code


def _person(cls: type[Any], data: Mapping[str, Any], where: str) -> Any:
    known = {f.name for f in fields(cls)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise DataError(
            f"{where} has unknown key {unknown[0]!r}; known keys: {', '.join(sorted(known))}"
        )
    values: dict[str, Any] = {
        name: _text(data.get(name), f"{where}.{name}")
        for name in known
        if name in data and name != "own_representative"
    }
    for name in ("country", "jurisdiction"):
        if name in values:
            values[name] = _country(values[name], f"{where}.{name}")
    if "own_representative" in data:
        flag = data["own_representative"]
        if not isinstance(flag, bool):
            raise DataError(f"{where}.own_representative must be true or false")
        values["own_representative"] = flag
    return cls(**values)


_HUMANITARIAN = re.compile(
    r"red cross|croix rouge|red crescent|croissant rouge|\bicrc\b|\bcicr\b|կարմիր խաչ",
)


def migrate_recipient(data: Mapping[str, Any], *, draft: bool) -> dict[str, Any]:
    """A recipient as format 1 wrote it ("honorific", three kinds) in today's terms.

    The honorific becomes a courtesy title and, when it names one ("Hon.", "Madame la
    Députée"), an office; so does the position. A representative in an old draft keeps the
    letter it had ("as one of your constituents"); an "organisation" becomes humanitarian
    when it is the Red Cross (which works confidentially), otherwise neutral.
    """
    from composer.core.countries import key
    from composer.core.forms import guess_office, title_code

    out = {k: v for k, v in data.items() if k != "honorific"}
    honorific = data.get("honorific")
    honorific = honorific if isinstance(honorific, str) else ""
    position = data.get("position") if isinstance(data.get("position"), str) else ""
    if "title" not in out:
        out["title"] = title_code(honorific)
    if "office" not in out:
        organisation = data.get("organisation")
        out["office"] = guess_office(
            str(position),
            honorific,
            organisation=organisation if isinstance(organisation, str) else "",
        )
    kind = data.get("kind")
    if kind in ("", None, "representative"):
        out["kind"] = "representative"
        if draft and "own_representative" not in out:
            out["own_representative"] = True
    elif kind == "organisation":
        organisation = data.get("organisation")
        text = key(organisation) if isinstance(organisation, str) else ""
        out["kind"] = "humanitarian" if _HUMANITARIAN.search(text) else "other"
    return out


def _list_of_text(value: object, where: str) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise DataError(f"{where} must be a list of text")
    return tuple(t for i, v in enumerate(value) if (t := _text(v, f"{where}[{i}]")).strip())


def _number(value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise DataError(f"{where} must be a number")
    # Compared before float(): an int of 400 digits does not fit a float at all.
    if isinstance(value, float) and not math.isfinite(value):
        raise DataError(f"{where} must be a finite number")
    if not -MAX_COORDINATE <= value <= MAX_COORDINATE:
        raise DataError(f"{where} is out of range")
    return float(value)


MAX_TYPED_NAME = 200  # characters of a typed signature's name kept


def signature_from_dict(value: object, base_dir: Path | None = None) -> Signature | None:
    """A signature from the data contract (``{"strokes": …}`` or ``{"image": path}``);
    a relative image path is read from ``base_dir``."""
    if value is None:
        return None
    data = _table(value, "signature")
    if "image" in data:
        raw = _text(data["image"], "signature.image")
        path = Path(raw).expanduser()
        if not path.is_absolute() and base_dir is not None:
            path = base_dir / path
        typed = _text(data.get("typed", ""), "signature.typed")[:MAX_TYPED_NAME]
        return Signature(image=path, typed=typed)
    strokes_in = data.get("strokes", [])
    if not isinstance(strokes_in, list):
        raise DataError("signature.strokes must be a list of strokes")
    if len(strokes_in) > MAX_STROKES:
        raise DataError(f"signature has more than {MAX_STROKES} strokes")
    strokes: list[Stroke] = []
    total = 0
    for i, stroke in enumerate(strokes_in):
        if not isinstance(stroke, list):
            raise DataError(f"signature.strokes[{i}] must be a list of points")
        points: list[Point] = []
        for j, point in enumerate(stroke):
            where = f"signature.strokes[{i}][{j}]"
            if not isinstance(point, list) or not 2 <= len(point) <= 4:
                raise DataError(f"{where} must be [x, y] or [x, y, pressure]")
            x, y = _number(point[0], where), _number(point[1], where)
            pressure = _number(point[2], where) if len(point) > 2 else 0.0
            points.append((x, y, min(max(pressure, 0.0), 1.0)))
        total += len(points)
        if total > MAX_POINTS:
            raise DataError(f"signature has more than {MAX_POINTS} points")
        if points:
            strokes.append(tuple(points))
    return Signature(strokes=tuple(strokes)) if strokes else None


def _checked_recipient(recipient: Recipient) -> Recipient:
    from composer.core.forms import OFFICES, TITLES

    if recipient.kind == "":
        recipient = replace(recipient, kind="other")
    for name, allowed in (
        ("kind", RECIPIENT_KINDS),
        ("title", ("", *TITLES)),
        ("office", ("", *OFFICES)),
        ("level", ("", *LEVELS)),
    ):
        value = getattr(recipient, name)
        if value not in allowed:
            choices = ", ".join(a for a in allowed if a)
            raise DataError(f"recipient.{name} {value!r} is not one of {choices}")
    return recipient


def recipient_to_dict(recipient: Recipient) -> dict[str, Any]:
    return {f.name: getattr(recipient, f.name) for f in fields(Recipient)}


def letter_from_dict(data: Mapping[str, Any], base_dir: Path | None = None) -> Letter:
    """Validate ``data`` (the data contract) and build a :class:`Letter`.

    Raises :class:`DataError` with one line naming the offending key.
    """
    if not isinstance(data, Mapping):
        raise DataError("the letter data must be a table of keys and values")
    known = {f.name for f in fields(Letter)} | {"format_version"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise DataError(f"unknown key {unknown[0]!r}; known keys: {', '.join(sorted(known))}")
    template = _text(data.get("template"), "template").strip()
    sender = _person(Sender, _table(data.get("sender"), "sender"), "sender")
    version = data.get("format_version", FORMAT_VERSION)
    raw_recipient = _table(data.get("recipient"), "recipient")
    legacy_kind = raw_recipient.get("kind") == "organisation"  # a kind only format 1 had
    if "honorific" in raw_recipient or legacy_kind or (isinstance(version, int) and version < 2):
        raw_recipient = migrate_recipient(raw_recipient, draft="format_version" in data)
    recipient = _person(Recipient, raw_recipient, "recipient")
    recipient = _checked_recipient(recipient)
    paper_default, envelope_default = default_paper(sender.country)
    paper = _text(data.get("paper") or paper_default, "paper").lower()
    if paper not in PAPERS:
        raise DataError(f"paper {paper!r} is not one of {', '.join(PAPERS)}")
    envelope = _text(data.get("envelope") or envelope_default, "envelope").lower()
    if envelope not in ENVELOPES:
        raise DataError(f"envelope {envelope!r} is not one of {', '.join(ENVELOPES)}")
    language = _text(data.get("language") or "en", "language").strip()
    raw_date = data.get("date")
    if raw_date in (None, ""):
        date = dt.date.today()
    elif isinstance(raw_date, dt.datetime):
        date = raw_date.date()
    elif isinstance(raw_date, dt.date):
        date = raw_date
    else:
        try:
            date = dt.date.fromisoformat(_text(raw_date, "date").strip())
        except ValueError:
            raise DataError(f"date {raw_date!r} is not an ISO date like 2026-03-14") from None
    values: dict[str, str] = {}
    for name, value in _table(data.get("fields"), "fields").items():
        if isinstance(value, dt.date):
            value = value.isoformat()
        values[str(name)] = _text(value, f"fields.{name}", multiline=True)
    fold = data.get("fold_marks")
    if fold is not None and not isinstance(fold, bool):
        raise DataError("fold_marks must be true or false")
    return Letter(
        template=template,
        language=language,
        paper=paper,
        envelope=envelope,
        date=date,
        sender=sender,
        recipient=recipient,
        fields=values,
        signature=signature_from_dict(data.get("signature"), base_dir),
        cc=_list_of_text(data.get("cc"), "cc"),
        enclosures=_list_of_text(data.get("enclosures"), "enclosures"),
        ps=_text(data.get("ps"), "ps", multiline=True),
        fold_marks=fold,
        salutation=_text(data.get("salutation"), "salutation"),
        cosigners=cosigners_from_list(data.get("cosigners"), base_dir),
    )


def cosigners_from_list(value: object, base_dir: Path | None = None) -> tuple[CoSigner, ...]:
    """Cosigners from the data contract's list (relative picture paths from ``base_dir``)."""
    if value is None:
        return ()
    if not isinstance(value, list):
        raise DataError("cosigners must be a list of tables")
    if len(value) > MAX_COSIGNERS:
        raise DataError(f"more than {MAX_COSIGNERS} cosigners")
    found = []
    for i, raw in enumerate(value):
        where = f"cosigners[{i}]"
        data = _table(raw, where)
        unknown = sorted(set(data) - {"name", "city", "signature"})
        if unknown:
            raise DataError(f"{where}: unknown key {unknown[0]!r}")
        name = _text(data.get("name"), f"{where}.name").strip()
        if not name:
            raise DataError(f"{where}.name is required")
        found.append(
            CoSigner(
                name=name,
                city=_text(data.get("city"), f"{where}.city").strip(),
                signature=signature_from_dict(data.get("signature"), base_dir),
            )
        )
    return tuple(found)


def signature_to_dict(signature: Signature | None) -> dict[str, Any] | None:
    """The data contract for ``signature``; None for a letter signed by hand."""
    if signature is not None and signature.image is not None:
        out: dict[str, Any] = {"image": str(signature.image)}
        if signature.typed:
            out["typed"] = signature.typed
        return out
    if signature is not None and signature.strokes:
        return {"strokes": [[list(p) for p in s] for s in signature.strokes]}
    return None


def letter_to_dict(letter: Letter) -> dict[str, Any]:
    """The data contract for ``letter``; ``letter_from_dict`` reads it back unchanged."""
    out: dict[str, Any] = {
        "template": letter.template,
        "language": letter.language,
        "paper": letter.paper,
        "envelope": letter.envelope,
        "date": letter.date.isoformat(),
        "sender": {f.name: getattr(letter.sender, f.name) for f in fields(Sender)},
        "recipient": recipient_to_dict(letter.recipient),
        "fields": dict(letter.fields),
    }
    signature = signature_to_dict(letter.signature)
    if signature is not None:
        out["signature"] = signature
    if letter.cc:
        out["cc"] = list(letter.cc)
    if letter.enclosures:
        out["enclosures"] = list(letter.enclosures)
    if letter.ps:
        out["ps"] = letter.ps
    if letter.fold_marks is not None:
        out["fold_marks"] = letter.fold_marks
    if letter.salutation:
        out["salutation"] = letter.salutation
    if letter.cosigners:
        out["cosigners"] = cosigners_to_list(letter.cosigners)
    return out


def cosigners_to_list(cosigners: tuple[CoSigner, ...]) -> list[dict[str, Any]]:
    return [
        {"name": c.name, "city": c.city}
        | ({"signature": sig} if (sig := signature_to_dict(c.signature)) else {})
        for c in cosigners
    ]


def _depth(value: object, limit: int) -> int:
    """How deeply lists and tables nest in ``value`` (stops counting past ``limit``)."""
    if limit < 0:
        return 1
    if isinstance(value, Mapping):
        return 1 + max((_depth(v, limit - 1) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_depth(v, limit - 1) for v in value), default=0)
    return 0


def _reject_constant(name: str) -> object:
    raise ValueError(f"{name} is not a number a letter can hold")


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > _MAX_DIGITS:
        raise ValueError("a number with more digits than any letter needs")
    return int(text)


def _parse_float(text: str) -> float:
    if len(text) > 64:
        raise ValueError("a number with more digits than any letter needs")
    value = float(text)
    if not math.isfinite(value):
        raise ValueError("a number too large for a letter")
    return value


def parse_data(raw: bytes, name: str, *, toml: bool = False) -> Any:
    """JSON (or TOML) from a file someone gave us, as plain values; one clear
    :class:`DataError` for anything that is not a letter's data."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DataError(f"{name}: not UTF-8 text") from None
    try:
        if toml:
            import tomllib  # only TOML data files need it

            try:
                data: Any = tomllib.loads(text)
            except tomllib.TOMLDecodeError as error:
                raise DataError(f"{name}: not valid TOML ({error})") from None
        else:
            data = json.loads(
                text,
                parse_constant=_reject_constant,
                parse_int=_parse_int,
                parse_float=_parse_float,
            )
    except json.JSONDecodeError as error:
        raise DataError(f"{name}:{error.lineno}: not valid JSON ({error.msg})") from None
    except RecursionError:
        raise DataError(f"{name}: nested too deeply to be a letter") from None
    except (ValueError, OverflowError) as error:
        raise DataError(f"{name}: {error}") from None
    if _depth(data, MAX_DEPTH + 1) > MAX_DEPTH:
        raise DataError(f"{name}: nested too deeply to be a letter")
    return data


def read_data_file(path: Path) -> bytes:
    """A data file's bytes: a regular file of reasonable size, never a pipe or a device."""
    from composer.core.untrusted import UnsafeFileError, read_regular

    try:
        return read_regular(path, MAX_DATA_BYTES)
    except UnsafeFileError as error:
        raise DataError(str(error)) from None
    except OSError as error:
        raise DataError(f"{path}: cannot read ({error.strerror or error})") from None


def load_letter(path: Path) -> Letter:
    """Read a JSON or TOML data file; a bad file gives one clear :class:`DataError` line."""
    data = parse_data(read_data_file(path), str(path), toml=path.suffix.lower() == ".toml")
    try:
        return letter_from_dict(data, base_dir=path.parent)
    except DataError as error:
        raise DataError(f"{path}: {error}") from None

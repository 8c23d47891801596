"""From the values a file gives for one person to an address-book entry, by the same rules
for CSV and vCard: what counts as a name, a country, a kind, a tag."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from composer.core.contacts import Contact
from composer.core.countries import country_code
from composer.core.countries import country_code as _country
from composer.core.countries import key as _key
from composer.core.forms import OFFICES, guess_office, title_code
from composer.core.model import (
    LEVELS,
    MAX_TEXT_LENGTH,
    RECIPIENT_KINDS,
    RECIPIENT_TEXT_FIELDS,
    Recipient,
)
from composer.core.text import clean_text


@dataclass(frozen=True)
class RowProblem:
    """Why one row (or card) was left out, or what to check in one that was kept;
    ``line`` is where it starts in the file."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass
class ImportResult:
    contacts: list[Contact] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)  # rows left out
    warnings: list[RowProblem] = field(default_factory=list)  # rows kept, to check


_KINDS = {
    "representative": (
        "representative|rep|mp|member|elected official|representant|representante|depute|"
        "deputee|depute e|elu|elue|elu e|senator|senateur|senatrice|mpp|mla|mna"
    ),
    "government": (
        "government|gouvernement|minister|ministre|ministry|ministere|embassy|ambassade|"
        "ambassador|ambassadeur|official|fonctionnaire"
    ),
    "human_rights": (
        "human rights|human rights organisation|human rights organization|human_rights|ngo|"
        "ong|droits de la personne|droits humains|droits de l homme|advocacy"
    ),
    "humanitarian": (
        "humanitarian|humanitaire|humanitarian organisation|humanitarian organization|"
        "red cross|croix rouge|icrc|cicr"
    ),
    "other": (
        "other|autre|person|personne|individual|individu|organisation|organization|org|"
        "organisme|company|entreprise|association"
    ),
}
_KIND_WORDS = {_key(a): kind for kind, aliases in _KINDS.items() for a in aliases.split("|")}

# Groups address books put every contact in; they say nothing about the person
# (Google's "* myContacts" and "* starred", Android's "My Contacts").
_IGNORED_TAGS = frozenset({"mycontacts", "starred", "starredincontacts"})

# Honorifics a name field may start with, when the file gave the honorific apart or not.
_HONORIFICS = re.compile(
    r"^(?:(?:mr|mrs|ms|mx|miss|dr|prof|sir|dame|hon|rev|mme|mlle|herr|frau|"
    r"the honourable|the honorable|l[’']honorable)\.?|m\.|me\.|fr\.|hr\.)\s+",
    re.IGNORECASE,
)


def ignored_tag(tag: str) -> bool:
    return _key(tag).replace(" ", "") in _IGNORED_TAGS


def strip_honorific(name: str, honorific: str) -> str:
    """Drop ``honorific`` from the start of ``name`` ("Dr. Max Mustermann" with "Dr."): the
    address prints the honorific once, from its own field."""
    name = name.strip()
    if honorific and _key(name).startswith(_key(honorific) + " "):
        words = len(honorific.split())
        return " ".join(name.split()[words:])
    return name


def split_honorific(name: str) -> tuple[str, str]:
    """(honorific, name) of a name that starts with a common honorific ("Dr. Max
    Mustermann"), else ("", name)."""
    match = _HONORIFICS.match(name.strip())
    if match is None:
        return "", name.strip()
    return match.group(0).strip(), name.strip()[match.end() :]


_TARGETS = (*RECIPIENT_TEXT_FIELDS, "salutation", "notes")
_KIND_OF_OFFICE = {
    **dict.fromkeys(
        ("mp", "senator", "provincial_member", "mayor", "councillor"), "representative"
    ),
    **dict.fromkeys(
        ("minister", "head_of_government", "head_of_state", "premier", "ambassador"), "government"
    ),
}
_YES = frozenset({"yes", "y", "oui", "o", "true", "1", "x", "այո"})


def _same_name(name: str, organisation: str) -> bool:
    # The length test first: most names are nothing like their organisation.
    if not name or abs(len(name) - len(organisation)) > 4:
        return False
    return bool(_key(name)) and _key(name) == _key(organisation)


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for item in items:
        seen.setdefault(item.casefold(), item)
    return tuple(seen.values())


def build_contact(
    values: Mapping[str, str],
    tags: Iterable[str],
    default_country: str,
    *,
    tidy: bool = True,
) -> tuple[Contact | None, list[str], list[str]]:
    """A contact from raw import values: (contact or None, why it was left out, what to
    check in it).

    With ``tidy``, what other programs' files get wrong is set right: an honorific inside
    the name, a name that repeats the organisation, a country in the region's place. This
    program's own export (``tidy=False``) is taken exactly as written.
    """
    problems: list[str] = []
    warnings: list[str] = []
    clean: dict[str, str] = {}
    for target in _TARGETS:
        raw = values.get(target, "")
        text = clean_text(raw, multiline=target == "notes").strip() if raw else ""
        if len(text) > MAX_TEXT_LENGTH:
            problems.append(f"{target} is longer than {MAX_TEXT_LENGTH} characters")
        clean[target] = text
    if tidy:
        clean["name"] = strip_honorific(clean["name"], clean["title"])
        if not clean["title"]:
            clean["title"], clean["name"] = split_honorific(clean["name"])
        if not clean["country"] and len(clean["region"]) > 3 and country_code(clean["region"]):
            clean["country"], clean["region"] = clean["region"], ""  # "Ireland" as region
        if _same_name(clean["name"], clean["organisation"]):
            clean["name"] = ""  # a company's entry: its name repeats the organisation
    if not clean["name"] and not clean["organisation"]:
        problems.insert(0, "no name or organisation")
    if clean["country"]:
        code = country_code(clean["country"])
        if code is None:
            fallback = default_country.strip().upper()
            warnings.append(
                f"country {clean['country']!r} is not one this program knows; "
                f"{fallback or 'no country'} was used: check the address"
            )
            code = fallback
        clean["country"] = code
    else:
        clean["country"] = default_country.strip().upper()
    # A courtesy title from whatever the file wrote ("Mme", "Dr."); an office from the
    # position or what the title column said ("Hon.", "Madame la Députée").
    raw_title = clean["title"]
    clean["title"] = title_code(raw_title)
    office = clean["office"]
    if office in OFFICES or not tidy:  # this program's own export says exactly
        clean["office"] = office if office in OFFICES else ""
    else:
        clean["office"] = guess_office(
            office, clean["position"], raw_title, organisation=clean["organisation"]
        )
    if clean["jurisdiction"]:
        clean["jurisdiction"] = _country(clean["jurisdiction"]) or ""
    level = _key(clean["level"])
    clean["level"] = level if level in LEVELS else ""
    kind = clean["kind"]
    if not kind:
        # Never "representative" by default: only an office the file names says so.
        kind = _KIND_OF_OFFICE.get(clean["office"], "other")
    elif kind in RECIPIENT_KINDS:
        pass
    elif _key(kind) in _KIND_WORDS:
        kind = _KIND_WORDS[_key(kind)]
    else:
        problems.append(f"unknown kind {kind!r} (use {', '.join(RECIPIENT_KINDS)})")
    clean["kind"] = kind
    if problems:
        return None, problems, warnings
    tag_list = _unique(t for tag in tags if (t := clean_text(tag).strip()) and not ignored_tag(t))
    own = _key(values.get("own_representative", "")) in _YES
    recipient = Recipient(
        **{name: clean[name] for name in RECIPIENT_TEXT_FIELDS}, own_representative=own
    )
    names = {
        column.rsplit("_", 1)[1]: text
        for column in ("organisation_en", "organisation_fr", "organisation_hy")
        if (text := clean_text(values.get(column, "")).strip())
    }
    contact = Contact(
        recipient=recipient,
        tags=tag_list,
        salutation=clean["salutation"],
        notes=clean["notes"],
        names=names,
    )
    return contact, [], warnings

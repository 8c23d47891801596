"""Forms of address: how a letter names, greets and takes leave of its reader.

The forms are data, one table per letter language in ``resources/forms-of-address/``, each
entry with its source (``SOURCES.md`` there): the Government of Canada's styles of address,
the Translation Bureau's and the OQLF's French usage, published Armenian letters. A recipient
is described, not guessed: a courtesy title (Ms., Mr., Mx., Dr. or none), an office (member of
parliament, minister…), the country and region whose office it is. From that the table gives

* the name line of the address ("The Honourable Jane Doe, Senator"),
* the greeting ("Dear Senator Doe," / "Madame la Sénatrice,"),
* the closing, which in French repeats the greeting ("Je vous prie d'agréer, Madame la
  Sénatrice, l'expression de ma haute considération.").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from composer.core.countries import key
from composer.core.paths import resources_dir

TITLES = ("ms", "mr", "mx", "dr")
OFFICES = (
    "mp",
    "senator",
    "minister",
    "head_of_government",
    "head_of_state",
    "provincial_member",
    "premier",
    "mayor",
    "councillor",
    "ambassador",
    "official",
)
LANGUAGES = ("en", "fr", "hy")
# Whose government an office belongs to, when the recipient does not say.
NATIONAL = frozenset(
    {"mp", "senator", "minister", "head_of_government", "head_of_state", "ambassador"}
)
REGIONAL = frozenset({"provincial_member", "premier"})
LOCAL = frozenset({"mayor", "councillor"})
_PLACEHOLDER = re.compile(r"\{(title|name|surname|position)\}")
_KEYS = (
    "label",
    "address",
    "address_unnamed",
    "salutation",
    "salutation_untitled",
    "salutation_unnamed",
    "closing",
)


@dataclass(frozen=True)
class Forms:
    """What a letter in one language says to one recipient."""

    address_line: str  # the name line of the address block ("" when there is no name)
    salutation: str
    closing: str


def level_of(office: str, level: str = "") -> str:
    """national | regional | local, from the office when not given."""
    if level:
        return level
    if office in REGIONAL:
        return "regional"
    if office in LOCAL:
        return "local"
    return "national" if office in NATIONAL else ""


@cache
def table(language: str) -> Mapping[str, Any]:
    """The forms-of-address table for ``language`` (English when there is none)."""
    from composer.core.cache import load_toml

    lang = language.split("_")[0]
    path = resources_dir() / "forms-of-address" / f"{lang if lang in LANGUAGES else 'en'}.toml"
    data: Mapping[str, Any] = load_toml(path)
    return data


def office_label(office: str, language: str) -> str:
    entry = table(language).get("offices", {}).get(office, {})
    return str(entry.get("label", office))


def _entry(language: str, office: str, country: str, region: str) -> dict[str, Any]:
    data = table(language)
    base = data["offices"].get(office) if office else None
    entry = dict(data["generic"] if base is None else base)
    if base is not None:
        entry.update(base.get("countries", {}).get(country, {}))
        entry.update(base.get("regions", {}).get(f"{country}-{region}".upper(), {}))
    return entry


def _gendered(value: Any, gender: str) -> str:
    if isinstance(value, Mapping):
        return str(value.get(gender) or value.get("x") or "")
    return str(value or "")


def surname(name: str) -> str:
    """The family name as a greeting uses it: the last word ("Dear Ms. Doe,")."""
    words = name.split()
    return words[-1] if words else ""


def _fill(text: str, values: Mapping[str, str]) -> str:
    filled = _PLACEHOLDER.sub(lambda m: values.get(m.group(1), ""), text)
    filled = re.sub(r"\s+", " ", filled).strip()
    # An empty placeholder must not leave a stray comma or space behind.
    return re.sub(r"\s+([,.])", r"\1", filled).removeprefix(", ").strip()


@lru_cache(maxsize=4096)
def forms(
    language: str,
    *,
    title: str = "",
    office: str = "",
    name: str = "",
    position: str = "",
    country: str = "",
    region: str = "",
) -> Forms:
    """The address line, greeting and closing for a recipient in ``language``."""
    data = table(language)
    entry = _entry(language, office, country.upper(), region.upper())
    title_entry = data["titles"].get(title, {}) if title else {}
    gender = str(title_entry.get("gender", "x"))
    name = name.strip()
    for_address = {
        "title": str(title_entry.get("address", "")),
        "name": name,
        "surname": surname(name),
        "position": position.strip(),
    }
    for_greeting = {**for_address, "title": str(title_entry.get("salutation", ""))}
    greeting_title = bool(for_greeting["title"])
    if name:
        address = _fill(_gendered(entry.get("address", "{title} {name}"), gender), for_address)
        key_ = "salutation" if greeting_title else "salutation_untitled"
    else:
        address = _fill(_gendered(entry.get("address_unnamed", ""), gender), for_address)
        # Without a name, a greeting that names only the office still fits ("Madame la
        # Députée,"); one that needs the name falls back to the unnamed form.
        named = _gendered(entry.get("salutation"), gender)
        needs_name = "{surname}" in named or "{name}" in named
        key_ = "salutation" if greeting_title and named and not needs_name else "salutation_unnamed"
    salutation = _fill(_gendered(entry.get(key_), gender), for_greeting)
    closing = _fill(_gendered(entry.get("closing"), gender), for_greeting)
    # A closing that repeats the greeting (French) repeats the one actually used.
    gendered = _fill(_gendered(entry.get("salutation"), gender), for_greeting)
    closing = closing_with(closing, gendered, salutation)
    return Forms(address, salutation, closing)


def closing_with(closing: str, computed: str, salutation: str) -> str:
    """The closing for a greeting a person chose instead of ``computed``: a French closing
    repeats the greeting, so it must repeat theirs ("Je vous prie d'agréer, Madame la
    Présidente, …")."""
    old = computed.strip().rstrip(",").strip()
    new = salutation.strip().rstrip(",:").strip()
    if old and new and old in closing:
        return closing.replace(old, new)
    return closing


# -- recognising what people typed before recipients were described ---------------------------

_TITLE_WORDS = {
    "ms": "ms mrs miss madame mme mlle dame frau տիկին տիկ",
    "mr": "mr monsieur m herr sir պարոն պրն",
    "mx": "mx mix",
    "dr": "dr docteur docteure dre doctor prof professor professeur professeure դոկտոր",
}
_TITLES = {word: code for code, words in _TITLE_WORDS.items() for word in words.split()}

# Office words in English, French and Armenian, most specific first.
# Office words in English, French and Armenian as countries.key() writes them (lower case,
# no accents, no punctuation: "M.P.P." is "m p p"), most specific first.
_OFFICE_WORDS = (
    ("head_of_government", r"prime minister|premier ministre|premiere ministre|վարչապետ"),
    (
        "head_of_state",
        r"governor general|gouverneure? generale?|president of the republic|"
        r"presidente? de la republique|նախագահ",
    ),
    (
        "provincial_member",
        r"\bm ?p ?p\b|\bm ?l ?a\b|\bm ?n ?a\b|\bm ?h ?a\b|member of provincial parliament|"
        r"legislative assembly|assemblee legislative|house of assembly|"
        r"national assembly of quebec|assemblee nationale du quebec",
    ),
    ("premier", r"\bpremier\b"),
    ("minister", r"minister|ministre|նախարար|secretary of state|secretaire d etat"),
    ("senator", r"senator|senatrice|senateur|սենատոր"),
    (
        "mp",
        r"member of parliament|\bm ?p\b|\bdeputee?\b|\bdeputy\b|պատգամավոր|"
        r"member of the house of commons",
    ),
    ("mayor", r"mayor|mairesse|\bmaire\b|քաղաքապետ"),
    ("councillor", r"councill?or|conseill(?:er|ere)|ավագանու անդամ"),
    ("ambassador", r"ambassad|high commissioner|haute? commissaire|դեսպան"),
)


@cache
def _offices() -> tuple[tuple[str, re.Pattern[str]], ...]:
    # Compiled on first use: only migration and import need them, not a letter's build.
    return tuple((office, re.compile(words)) for office, words in _OFFICE_WORDS)


_HONOURABLE = r"\b(?:right )?hon(?:ourable|orable)?\b|\bl honorable\b|\bthe hon\b"


def title_code(text: str) -> str:
    """ "Ms." → "ms", "Monsieur" → "mr", "Dr" → "dr"; "" for anything else."""
    words = key(text).split()
    for word in words:
        if word in _TITLES:
            return _TITLES[word]
    return ""


_PROVINCIAL_HOUSES = (
    r"assemblee nationale du quebec|national assembly of quebec|legislative assembly|"
    r"assemblee legislative|house of assembly|provincial parliament"
)


def guess_office(*texts: str, organisation: str = "") -> str:
    """The office a position (or a legacy honorific) names: "Minister of Foreign Affairs"
    → "minister", "Madame la Députée" → "mp"; "" when none is named. A deputy of a
    provincial legislature (the organisation says which) is a provincial member."""
    for text in texts:
        normalised = key(text)
        for office, pattern in _offices():
            if pattern.search(normalised):
                if office == "mp" and re.search(_PROVINCIAL_HOUSES, key(organisation)):
                    return "provincial_member"
                return office
    return ""


def is_honourable(text: str) -> bool:
    return bool(re.search(_HONOURABLE, key(text)))


def repeats_office(position: str, office: str) -> bool:
    """Whether a position text only names the office ("Member of Parliament" for an MP),
    which the address line already says."""
    if not position.strip() or not office:
        return False
    wanted = key(position)
    labels = {key(office_label(office, lang)) for lang in LANGUAGES}
    extra = {
        "mp": {"mp", "m p", "member of parliament", "depute", "deputee", "deputy"},
        "senator": {"senator", "senateur", "senatrice"},
        "provincial_member": {"mpp", "m p p", "mla", "m l a", "mna", "m n a", "mha"},
        "mayor": {"mayor", "maire", "mairesse"},
        "councillor": {"councillor", "conseiller", "conseillere"},
    }.get(office, set())
    return wanted in labels | extra

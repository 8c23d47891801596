"""Countries: their ISO codes, their names in any language, and the list the form offers.

One home for the data contract (which codes a letter accepts), the importers (which names a
file may use: "Deutschland", "Suisse", "USA", the vehicle code "D") and the form (the list a
person picks from). Names come from CLDR through Babel, offline.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

# Territories CLDR names that no letter can be addressed to: groupings (EU, the eurozone,
# the UN, outlying Oceania), pseudo-locales used for testing software, and "unknown region".
NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})
_CODE = re.compile(r"^[A-Z]{2}$")

# Other ways address books write a country. Vehicle codes: UN "Distinguishing signs of
# vehicles in international traffic" (Convention on Road Traffic, 1968), which German,
# Austrian and Swiss address books still use ("D-10115 Berlin", "Land: D").
_ALIASES = {
    "usa": "US",
    "u s": "US",
    "u s a": "US",
    "united states of america": "US",
    "etats unis d amerique": "US",
    "uk": "GB",
    "u k": "GB",
    "great britain": "GB",
    "grande bretagne": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "d": "DE",
    "a": "AT",
    "f": "FR",
    "i": "IT",
    "e": "ES",
    "p": "PT",
    "b": "BE",
    "l": "LU",
    "nl": "NL",
    "ch": "CH",
    "fl": "LI",
    "irl": "IE",
    "s": "SE",
    "n": "NO",
    "fin": "FI",
    "dk": "DK",
    "pl": "PL",
    "cz": "CZ",
    "h": "HU",
    "gr": "GR",
    "rus": "RU",
    "ua": "UA",
    "j": "JP",
    "cdn": "CA",
    "aus": "AU",
    "arm": "AM",
    "brd": "DE",  # Bundesrepublik Deutschland
}


@lru_cache(maxsize=8192)
def key(text: str) -> str:
    """``Prénom`` → ``prenom``, ``U.S.A.`` → ``u s a``: how names are compared."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def cldr_key(language: str) -> str:
    """What a list made from Babel's CLDR data for ``language`` depends on: the data files
    themselves (found without importing Babel, which costs a start 30-60 ms)."""
    import importlib.util
    import os

    spec = importlib.util.find_spec("babel")
    folder = os.path.join(os.path.dirname(spec.origin or ""), "locale-data") if spec else ""
    parts = [language]
    for name in ("root", "en", language.split("_")[0], language):
        try:
            info = os.stat(os.path.join(folder, f"{name}.dat"))
        except OSError:
            continue
        parts.append(f"{name}:{info.st_size}:{info.st_mtime_ns}")
    return "|".join(parts)


@cache
def known_codes() -> frozenset[str]:
    """Every ISO 3166 alpha-2 code a letter can be addressed to."""
    from composer.core import cache as disk

    key = cldr_key("en")
    kept = disk.get("country-codes", key)
    if isinstance(kept, list) and all(isinstance(c, str) and _CODE.match(c) for c in kept):
        return frozenset(kept)
    from babel import Locale

    codes = (str(c) for c in Locale("en").territories)
    found = frozenset(c for c in codes if _CODE.match(c)) - NOT_COUNTRIES
    disk.put("country-codes", key, sorted(found))
    return found


@cache
def country_names(language: str) -> tuple[tuple[str, str], ...]:
    """(code, name) of every country, sorted by its name in ``language``."""
    from composer.core import cache as disk

    cache_key = cldr_key(language)
    kept = disk.get("country-names", cache_key)
    if isinstance(kept, list) and all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(v, str) for v in p) for p in kept
    ):
        return tuple((code, name) for code, name in kept if code in known_codes())
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        locale = Locale("en")
    names = {str(c): str(n) for c, n in locale.territories.items() if str(c) in known_codes()}
    found = tuple(sorted(names.items(), key=lambda item: key(item[1])))
    disk.put("country-names", cache_key, [list(p) for p in found])
    return found


@cache
def _common_names() -> dict[str, str]:
    """Codes by English and French name (what most files here use), and the aliases."""
    from babel import Locale

    names: dict[str, str] = {}
    for language in ("en", "fr"):
        for code, name in Locale(language).territories.items():
            if str(code) in known_codes():
                names.setdefault(key(str(code)), str(code))
                names.setdefault(key(str(name)), str(code))
    for alias, code in _ALIASES.items():
        names.setdefault(alias, code)
    return names


@cache
def _every_name() -> dict[str, str]:
    """Codes by name in every language CLDR has (about a second to build, once, and only
    when a file names a country in neither English nor French)."""
    from babel import Locale, localedata

    names = dict(_common_names())
    for identifier in sorted(localedata.locale_identifiers()):
        if "_" in identifier:
            continue  # regional variants repeat their language's names
        try:
            territories = Locale.parse(identifier).territories
        except Exception:  # a locale Babel lists but cannot load is skipped
            continue
        for code, name in territories.items():
            if str(code) in known_codes():
                names.setdefault(key(str(name)), str(code))
    return names


def country_code(text: str) -> str | None:
    """``"ca"``, ``"Canada"``, ``"Suisse"``, ``"Deutschland"``, ``"D"`` → the ISO code; None
    for what is not a country."""
    wanted = key(text)
    if not wanted:
        return None
    for candidate in (wanted, wanted.removeprefix("the ")):
        code = _common_names().get(candidate)
        if code:
            return code
    return _every_name().get(wanted)


def country_name(code: str, language: str) -> str:
    """The country's name in ``language`` (CLDR), or the code if CLDR has none."""
    from composer.core.dates import letter_locale

    return str(letter_locale(language).territories.get(code.upper(), code.upper()))

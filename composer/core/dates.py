"""Dates as a letter in a given language prints them (Babel, CLDR data, offline)."""

from __future__ import annotations

import datetime as dt
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date


@cache
def letter_locale(language: str, country: str = "") -> Locale:
    """The most specific Babel locale for a language as written in a country (fr + CA = fr_CA)."""
    for tag in (f"{language}_{country}" if country else "", language, "en"):
        if not tag:
            continue
        try:
            return Locale.parse(tag)
        except (UnknownLocaleError, ValueError):
            continue
    raise AssertionError("Babel has no English locale")  # pragma: no cover


def long_date(date: dt.date, language: str, country: str = "") -> str:
    """``November 28, 2026`` / ``28 novembre 2026`` / ``2026 թ. նոյեմբերի 28``."""
    text = str(format_date(date, "long", locale=letter_locale(language, country)))
    if language.split("_")[0] == "fr" and date.day == 1 and text.startswith("1 "):
        # French writes the first of the month as an ordinal ("1er mai"); CLDR's date
        # patterns have no ordinal day, so Babel cannot say it.
        text = "1er" + text[1:]
    return text

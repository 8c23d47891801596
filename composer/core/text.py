"""Cleaning of text typed or pasted by a person, before it is stored or printed."""

from __future__ import annotations

import re
import unicodedata

# C0/C1 controls (but tab and newline), lone surrogates and non-characters cannot be printed
# or written to a PDF; they arrive through pasting and broken files. U+E000/U+E001 are the
# template renderer's placeholder marks (see markdown.py).
_UNPRINTABLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ue000\ue001\ufdd0-\ufdef\ufffe\uffff\u2028\u2029]"
)


def clean_text(value: str, *, multiline: bool = False) -> str:
    """Return ``value`` as it should be printed: line ends unified, unprintables removed.

    Single-line values get their line breaks turned into spaces; tabs become a space.
    Nothing else is changed, so the text prints exactly as typed.
    """
    if value.isprintable():  # the common case: nothing to clean (isprintable is False for
        return value  # line breaks, tabs, controls, surrogates and unusual spaces)
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = value.replace("\u2028", "\n").replace("\u2029", "\n\n")
    value = _UNPRINTABLE.sub("", value).replace("\t", " ")
    if not multiline:
        value = " ".join(value.split("\n"))
    return value


def char_name(ch: str) -> str:
    """``U+0531 ARMENIAN CAPITAL LETTER AYB (Ա)``: how a character is named in messages."""
    name = unicodedata.name(ch, "unnamed character")
    return f"U+{ord(ch):04X} {name} ({ch})"

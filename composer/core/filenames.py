"""File names made from what a person typed, safe on Windows, macOS and Linux."""

from __future__ import annotations

import re
import unicodedata

# Characters no common file system accepts in a name, and controls.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}
MAX_NAME = 120  # characters before the extension; well under every system's limit


def shorten(text: str, limit: int, ellipsis: str = "") -> str:
    """``text`` cut to at most ``limit`` characters at a word boundary, with ``ellipsis``
    after it when something was cut. A single word longer than the limit is cut inside
    (there is no boundary to cut at)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    room = max(1, limit - len(ellipsis))
    cut = text[: room + 1]
    space = cut.rfind(" ")
    head = cut[:space] if space > 0 else text[:room]
    return head.rstrip(" ,;:-–—") + ellipsis


def safe_filename(text: str, suffix: str = "", fallback: str = "letter") -> str:
    """``text`` as a file name: forbidden characters become spaces, length is capped.

    Accents and other scripts are kept (NFC, as macOS and Windows both store them), since
    people find their files by the names they know.
    """
    name = unicodedata.normalize("NFC", text)
    name = _FORBIDDEN.sub(" ", name)
    name = " ".join(name.split()).strip(" .")
    if name.split(".")[0].upper() in _RESERVED:
        name = f"_{name}"
    name = shorten(name, MAX_NAME).rstrip(" .") or fallback
    return name + suffix

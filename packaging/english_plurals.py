"""Fill in the English plural forms of new "%n thing(s)" messages in the English .ts file.

English has two forms: "1 entry", "2 entries". Qt's tools leave them empty for a person to
write; most follow the rule below, the rest are written out in OVERRIDES.

    uv run python packaging/english_plurals.py resources/i18n/letter-composer_en.ts
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

OVERRIDES = {
    "%n unsaved letter(s) could not be opened by this version of Letter Composer. "
    "Nothing was deleted: they are kept in %1.": (
        "%n unsaved letter could not be opened by this version of Letter Composer. "
        "Nothing was deleted: it is kept in %1.",
        "%n unsaved letters could not be opened by this version of Letter Composer. "
        "Nothing was deleted: they are kept in %1.",
    ),
}
_WORD = re.compile(r"(\w+)\(s\)")


def forms(source: str) -> tuple[str, str]:
    if source in OVERRIDES:
        return OVERRIDES[source]

    def plural(match: re.Match[str]) -> str:
        word = match.group(1)
        if word.endswith("y") and word[-2:-1] not in "aeiou":
            return word[:-1] + "ies"
        return word + "s"

    return _WORD.sub(r"\1", source), _WORD.sub(plural, source)


def fill(path: Path) -> int:
    """Write the missing forms into ``path``; returns how many messages were filled."""
    tree = ET.parse(path)
    filled = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        for element, text in zip(translation.findall("numerusform"), forms(source), strict=True):
            element.text = text
        del translation.attrib["type"]
        filled += 1
    if filled:
        ET.indent(tree, space="    ")
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(f"{name}: {fill(Path(name))} plural message(s) filled")

"""A small, typesetter-neutral model of a letter's body: paragraphs, lists and styled text.

The Markdown a template produces is parsed into these blocks (``markdown.py``); the PDF layer
turns them into flowables. Text here is final: exactly what should print.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """A run of text in one style. ``text`` may contain ``\\n`` for a line break."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Paragraph:
    spans: tuple[Span, ...]
    style: str = "body"  # body | heading | quote

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans)


@dataclass(frozen=True)
class ListBlock:
    items: tuple[tuple[Block, ...], ...]
    ordered: bool = False
    start: int = 1


@dataclass(frozen=True)
class Rule:
    """A thematic break (``---``)."""


Block = Paragraph | ListBlock | Rule


def plain_text(blocks: tuple[Block, ...]) -> str:
    """The blocks' text, one paragraph per line: for tests, search and checks."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            out.append(block.text)
        elif isinstance(block, ListBlock):
            for item in block.items:
                out.append(plain_text(item))
    return "\n".join(out)


# -- passing a body between processes -------------------------------------------------------
#
# A template that did not come with the app is rendered in a separate process, which sends
# the body back as JSON (never pickle: what comes back is checked, not executed).

MAX_DEPTH = 16


def blocks_to_data(blocks: tuple[Block, ...]) -> list[object]:
    out: list[object] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            out.append(
                {
                    "p": [[s.text, s.bold, s.italic] for s in block.spans],
                    "style": block.style,
                }
            )
        elif isinstance(block, ListBlock):
            out.append(
                {
                    "list": [blocks_to_data(item) for item in block.items],
                    "ordered": block.ordered,
                    "start": block.start,
                }
            )
        else:
            out.append({"rule": True})
    return out


def blocks_from_data(data: object, depth: int = 0) -> tuple[Block, ...]:
    """The blocks ``blocks_to_data`` wrote; anything else raises ``ValueError``."""
    if depth > MAX_DEPTH or not isinstance(data, list):
        raise ValueError("not a list of blocks")
    blocks: list[Block] = []
    for item in data:
        if not isinstance(item, dict):
            raise ValueError("not a block")
        if "p" in item:
            spans = item["p"]
            style = item.get("style", "body")
            if not isinstance(spans, list) or style not in ("body", "heading", "quote"):
                raise ValueError("bad paragraph")
            parts = []
            for span in spans:
                if (
                    not isinstance(span, list)
                    or len(span) != 3
                    or not isinstance(span[0], str)
                    or not isinstance(span[1], bool)
                    or not isinstance(span[2], bool)
                ):
                    raise ValueError("bad span")
                parts.append(Span(span[0], span[1], span[2]))
            blocks.append(Paragraph(tuple(parts), style))
        elif "list" in item:
            ordered, start = item.get("ordered", False), item.get("start", 1)
            if (
                not isinstance(item["list"], list)
                or not isinstance(ordered, bool)
                or isinstance(start, bool)
                or not isinstance(start, int)
                or not 0 <= start < 10**9
            ):
                raise ValueError("bad list")
            entries = tuple(blocks_from_data(entry, depth + 1) for entry in item["list"])
            blocks.append(ListBlock(entries, ordered, start))
        elif item.get("rule") is True:
            blocks.append(Rule())
        else:
            raise ValueError("unknown block")
    return tuple(blocks)

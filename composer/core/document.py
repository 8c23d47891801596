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

"""Markdown (what a template produces) to the document model, via markdown-it-py.

Values a person typed never reach the Markdown parser: the template renderer puts an opaque
placeholder where each value goes, and the placeholders are swapped back for the literal text
after parsing. So ``*stars*``, ``# hash`` or ``1.`` typed by a person print as typed, while
the template's own Markdown keeps its meaning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from composer.core.document import (
    Block,
    ListBlock,
    Paragraph,
    Rule,
    Span,
    blocks_from_data,
    blocks_to_data,
)

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

# Private-use code points: nothing a template author writes by accident. Values a person types
# are cleaned of them (see ``text.clean_text``) before they get here.
PLACEHOLDER_OPEN = "\ue000"
PLACEHOLDER_CLOSE = "\ue001"
PLACEHOLDER_RE = re.compile(f"{PLACEHOLDER_OPEN}(\\d+){PLACEHOLDER_CLOSE}")


def placeholder(index: int) -> str:
    return f"{PLACEHOLDER_OPEN}{index}{PLACEHOLDER_CLOSE}"


def substitute(text: str, values: Sequence[str]) -> str:
    """Replace placeholders by their values (one pass: values are never re-scanned)."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return values[index] if index < len(values) else ""

    return PLACEHOLDER_RE.sub(value, text)


@cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "typographer": False})
    # Indentation in a template must not turn text into a code block, and raw HTML is text.
    md.disable(["code", "html_block", "html_inline"])
    return md


class _Builder:
    """Blocks from tokens; placeholders are kept (``values`` None) or filled in."""

    def __init__(self, values: Sequence[str] | None) -> None:
        self.values = values

    def fill(self, text: str) -> str:
        return text if self.values is None else substitute(text, self.values)

    def inline(self, children: Sequence[Token]) -> tuple[Span, ...]:
        spans: list[Span] = []
        bold = italic = 0
        links: list[str] = []

        def add(text: str) -> None:
            if not text:
                return
            style = (bold > 0, italic > 0)
            if spans and (spans[-1].bold, spans[-1].italic) == style:
                spans[-1] = Span(spans[-1].text + text, *style)
            else:
                spans.append(Span(text, *style))

        for tok in children:
            t = tok.type
            if t in ("text", "code_inline"):
                add(self.fill(tok.content))
            elif t == "softbreak":
                add(" ")
            elif t == "hardbreak":
                add("\n")
            elif t == "strong_open":
                bold += 1
            elif t == "strong_close":
                bold -= 1
            elif t == "em_open":
                italic += 1
            elif t == "em_close":
                italic -= 1
            elif t == "link_open":
                links.append(self.fill(str(tok.attrs.get("href", ""))))
            elif t == "link_close":
                href = links.pop() if links else ""
                shown = "".join(s.text for s in spans)
                if href and not shown.endswith(href) and not href.startswith("#"):
                    add(f" ({href})")
            elif t == "image":
                add(self.fill(tok.content))
        return tuple(spans)

    def blocks(
        self, tokens: Sequence[Token], start: int, stop_type: str | None
    ) -> tuple[list[Block], int]:
        out: list[Block] = []
        i = start
        while i < len(tokens):
            tok = tokens[i]
            t = tok.type
            if stop_type is not None and t == stop_type:
                return out, i
            if t in ("paragraph_open", "heading_open"):
                spans = self.inline(tokens[i + 1].children or [])
                if "".join(s.text for s in spans).strip():
                    style = "heading" if t == "heading_open" else "body"
                    out.append(Paragraph(spans, style))
                i += 3
                continue
            if t in ("fence", "code_block"):
                text = self.fill(tok.content.rstrip("\n"))
                if text.strip():
                    out.append(Paragraph((Span(text),)))
            elif t == "hr":
                out.append(Rule())
            elif t == "blockquote_open":
                inner, i = self.blocks(tokens, i + 1, "blockquote_close")
                out.extend(
                    Paragraph(b.spans, "quote") if isinstance(b, Paragraph) else b for b in inner
                )
            elif t in ("bullet_list_open", "ordered_list_open"):
                close = t.replace("_open", "_close")
                ordered = t == "ordered_list_open"
                start_at = int(tok.attrs.get("start", 1) or 1) if ordered else 1
                items: list[tuple[Block, ...]] = []
                i += 1
                while tokens[i].type != close:
                    inner, i = self.blocks(tokens, i + 1, "list_item_close")
                    if inner:
                        items.append(tuple(inner))
                    i += 1
                if items:
                    out.append(ListBlock(tuple(items), ordered, start_at))
            i += 1
        return out, i


def parse(markdown: str, values: Sequence[str] | None = ()) -> tuple[Block, ...]:
    """Parse ``markdown`` with markdown-it; placeholders replaced by ``values`` (or kept,
    with None)."""
    tokens = _parser().parse(markdown)
    blocks, _ = _Builder(values).blocks(tokens, 0, None)
    return tuple(blocks)


@lru_cache(maxsize=64)
def _structure(markdown: str) -> tuple[Block, ...]:
    """The blocks of a template's Markdown with its placeholders still in: the same from
    one letter to the next (only the values differ), so kept on disk between runs."""
    from composer.core import cache as disk

    kept = disk.get("markdown", markdown)
    if kept is not None:
        try:
            return blocks_from_data(kept)
        except ValueError:
            pass
    blocks = parse(markdown, None)
    disk.put("markdown", markdown, blocks_to_data(blocks))
    return blocks


def _filled(blocks: tuple[Block, ...], values: Sequence[str]) -> tuple[Block, ...]:
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            spans = tuple(Span(substitute(s.text, values), s.bold, s.italic) for s in block.spans)
            spans = tuple(s for s in spans if s.text)
            if "".join(s.text for s in spans).strip():  # an empty value leaves no paragraph
                out.append(Paragraph(spans, block.style))
        elif isinstance(block, ListBlock):
            items = tuple(item for i in block.items if (item := _filled(i, values)))
            if items:
                out.append(ListBlock(items, block.ordered, block.start))
        else:
            out.append(block)
    return tuple(out)


def to_blocks(markdown: str, values: Sequence[str] = ()) -> tuple[Block, ...]:
    """The blocks of ``markdown``, placeholders replaced by ``values``."""
    return _filled(_structure(markdown), values)

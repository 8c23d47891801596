"""Line breaking and pagination for a letter's running text.

ReportLab's own Platypus layer does this in general, but importing it alone takes longer than
a whole command-line run may (0.3 s on a 2-core machine) and its paragraph wrapping is slower
than a one-page letter's build budget (10 ms). A letter needs only left-aligned paragraphs,
lists, forced line breaks and keep-together groups, so this module does exactly that on top
of ReportLab's font metrics, and the canvas draws the result.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from composer.pdf.fonts import Style, shaped, split_runs, text_width

_TOKEN = re.compile(r"\n| +|[^ \n]+")


Kerns = tuple[tuple[int, float], ...]  # (index of a character, space after it in 1/1000 em)


class Piece(NamedTuple):
    """A run of text in one font. ``kerns`` holds the font's kerning after some characters
    (drawn as PDF TJ adjustments); text that needed more than kerning (joined Arabic, marks)
    is a ReportLab ShapedStr instead."""

    font: str
    text: str
    width: float
    kerns: Kerns = ()
    written: str = ""  # a ShapedStr's characters as written (its own are glyph order)

    @property
    def reads(self) -> str:
        """The piece's characters in the order they are written."""
        return self.written or str(self.text)


@dataclass
class Line:
    """One line of text: pieces drawn left to right from ``x`` (relative to the frame)."""

    pieces: list[Piece]
    size: float
    leading: float
    x: float = 0.0
    label: Piece | None = None  # a list item's bullet or number, drawn left of ``x``
    label_x: float = 0.0

    @property
    def width(self) -> float:
        return sum(p.width for p in self.pieces)

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces)


@dataclass
class Item:
    """A vertical slot in the flow: a line of text, a gap, or a drawn box."""

    height: float
    line: Line | None = None
    kind: str = "line"  # line | gap | box | rule
    payload: object = None
    # May the page break just before this item? False inside keep-together groups and where
    # a break would leave a paragraph's single first or last line alone.
    break_before: bool = True


@dataclass
class TextMeasurer:
    """Splits styled text into font runs and collects characters no bundled font has."""

    missing: set[str] = field(default_factory=set)

    def measure(self, text: str, style: Style, size: float) -> tuple[tuple[Piece, ...], float]:
        pieces, width, missing = _measure(text, style, size)
        if missing:
            self.missing |= missing
        return pieces, width

    def pieces(self, text: str, style: Style, size: float) -> list[Piece]:
        return list(self.measure(text, style, size)[0])


@lru_cache(maxsize=65536)
def _measure(
    text: str, style: Style, size: float
) -> tuple[tuple[Piece, ...], float, frozenset[str]]:
    """Font runs and widths of one word: cached, since letters repeat most of their words
    from one keystroke to the next and from one letter of a mail merge to the next."""
    runs = split_runs(text, style)
    pieces = tuple(
        _shaped_piece(font, part, size) for font, t in runs.runs for part in _bidi_parts(t)
    )
    return pieces, sum(p.width for p in pieces), frozenset(runs.missing)


# Bidirectional classes (UAX #9) of the characters that take the direction around them:
# spaces, punctuation, separators and terminators.
_NEUTRAL = frozenset({"ON", "CS", "ES", "ET", "WS", "S", "B"})


def _bidi_parts(text: str) -> list[str]:
    """``text`` with the punctuation before and after a right-to-left word split off: in
    "يوسف حسن, a teacher" the comma follows the left-to-right sentence (rule N1), so it
    is drawn on the right of the name, not shaped with it onto its left."""
    if not any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text):
        return [text]
    start = 0
    while start < len(text) and unicodedata.bidirectional(text[start]) in _NEUTRAL:
        start += 1
    end = len(text)
    while end > start and unicodedata.bidirectional(text[end - 1]) in _NEUTRAL:
        end -= 1
    return [part for part in (text[:start], text[start:end], text[end:]) if part]


def _shaped_piece(font: str, text: str, size: float) -> Piece:
    drawn, width, kerns = shaped(text, font, size)
    return Piece(font, drawn, width, kerns, text if type(drawn) is not str else "")


def _merge(pieces: list[Piece]) -> list[Piece]:
    """Neighbouring plain pieces of one font as one piece (joined once, not piece by piece:
    a line has a hundred pieces)."""
    if len(pieces) < 2:
        return pieces
    out: list[Piece] = []
    run: list[Piece] = []

    def flush() -> None:
        if len(run) == 1:
            out.append(run[0])
        elif run:
            kerns: list[tuple[int, float]] = []
            shift = 0
            for p in run:
                kerns.extend((i + shift, k) for i, k in p.kerns)
                shift += len(p.text)
            out.append(
                Piece(
                    run[0].font,
                    "".join(p.text for p in run),
                    sum(p.width for p in run),
                    tuple(kerns),
                )
            )
        run.clear()

    for p in pieces:
        if run and (p.font != run[0].font or not _plain(p) or not _plain(run[0])):
            flush()
        run.append(p)
    flush()
    return out


def direction(piece: Piece) -> str:
    """R for a piece in a right-to-left script, L for left-to-right, N for neither (spaces,
    punctuation, digits): its first strong character decides (UAX #9's classes)."""
    for ch in piece.reads:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return "N"


def visual_order(pieces: list[Piece]) -> list[Piece]:
    """A line's pieces in the order they are drawn: a run of right-to-left words (an Arabic
    or Hebrew name in an English, French or Armenian letter) reads from right to left.

    Every paragraph of a letter is left to right, so the Unicode bidirectional algorithm
    reduces to its rules N1 and L2 for runs inside it: neutrals between two right-to-left
    words join them, and the run is reversed; each word was already shaped in visual order
    by HarfBuzz. (python-bidi reorders characters of a string, not the measured, shaped
    pieces a line is made of.)
    """
    directions = [direction(p) for p in pieces]
    if "R" not in directions:
        return pieces
    out: list[Piece] = []
    i = 0
    while i < len(pieces):
        if directions[i] != "R":
            out.append(pieces[i])
            i += 1
            continue
        last = j = i
        while j < len(pieces) and directions[j] != "L":
            if directions[j] == "R":
                last = j
            j += 1
        out.extend(reversed(pieces[i : last + 1]))
        i = last + 1
    return out


def _plain(piece: Piece) -> bool:
    """Text drawn as characters (kerned or not), not as shaped glyphs."""
    return type(piece.text) is str


# Where a long word (a web address, a reference number) may break: after these, as URLs and
# compound words are broken by hand, so that nothing is lost and each part reads as a part.
_BREAK_AFTER = frozenset("/-.?&=_,;:")


def _chunk(chars: list[tuple[str, str, float, bool]], size: float) -> list[Piece]:
    """Pieces of part of a long word: plain characters one by one, shaped runs shaped
    again as a whole (with their edge punctuation apart, as any word's)."""
    out: list[Piece] = []
    for (font, is_shaped), group in itertools.groupby(chars, key=lambda c: (c[0], c[3])):
        items = list(group)
        if is_shaped:
            text = "".join(ch for _f, ch, _w, _s in items)
            out.extend(_shaped_piece(font, part, size) for part in _bidi_parts(text))
        else:
            out.extend(Piece(f, ch, w) for f, ch, w, _s in items)
    return out


def _split_long(word: list[Piece], first: float, width: float, size: float) -> list[list[Piece]]:
    """Break a word wider than the line (a long web address): after a ``/``, ``-`` or ``.``
    where one falls on the line, else between characters.

    The first chunk fills the ``first`` points left on the current line, the others ``width``.
    """
    # A shaped piece's own characters are in glyph order: it is split by the characters
    # as written, and each part shaped again (an Arabic web address longer than the line).
    chars = [
        (piece.font, ch, text_width(ch, piece.font, size), bool(piece.written))
        for piece in word
        for ch in piece.reads
    ]
    chunks: list[list[Piece]] = []
    start = 0
    limit = first
    while start < len(chars):
        used = 0.0
        end = start
        while end < len(chars) and used + chars[end][2] <= limit:
            used += chars[end][2]
            end += 1
        if end == len(chars):
            chunks.append(_chunk(chars[start:], size))
            break
        # The last break point on this line, not at its very start.
        cut = next((i + 1 for i in range(end - 1, start, -1) if chars[i][1] in _BREAK_AFTER), end)
        if cut == start and limit < width and not chunks:
            chunks.append([])  # nothing fits beside what is already on the line
            limit = width
            continue
        cut = max(cut, start + 1)
        chunks.append(_chunk(chars[start:cut], size))
        start = cut
        limit = width
    return [_merge(c) for c in chunks]


def wrap(
    spans: Sequence[tuple[str, Style]],
    width: float,
    size: float,
    leading: float,
    measurer: TextMeasurer,
) -> list[Line]:
    """Break styled text into left-aligned lines no wider than ``width``.

    Lines break at spaces and at ``\\n``; a word wider than a line is broken between
    characters. Spaces a person typed after a forced break are kept.

    The same paragraph is broken the same way every time: in a merge most of every letter
    is the same text, and while someone types only one paragraph changes, so results are
    remembered (callers get their own Line objects).
    """
    segments = _segments(tuple(spans))
    lines: list[Line] = []
    for index, segment in enumerate(segments):
        if index and index == len(segments) - 1 and not _has_words(segment):
            break  # text ending in a line break ends there, as one piece would
        wrapped, missing = _wrapped(segment, width, size, leading)
        if missing:
            measurer.missing |= missing
        lines.extend(wrapped)
    return [Line(list(ln.pieces), ln.size, ln.leading, ln.x, ln.label, ln.label_x) for ln in lines]


def _segments(
    spans: tuple[tuple[str, Style], ...],
) -> list[tuple[tuple[str, Style], ...]]:
    """The text between forced line breaks, each broken into lines on its own: a line break
    starts a fresh line whatever came before, so a keystroke re-breaks only its own part of
    a long value (a letter body typed as one field of many paragraphs)."""
    segments: list[list[tuple[str, Style]]] = [[]]
    for text, style in spans:
        parts = text.split("\n")
        for number, part in enumerate(parts):
            if number:
                segments.append([])
            if part:
                segments[-1].append((part, style))
    return [tuple(segment) for segment in segments]


def _has_words(spans: tuple[tuple[str, Style], ...]) -> bool:
    return any(text.strip(" ") for text, _ in spans)


@lru_cache(maxsize=1024)
def _wrapped(
    spans: tuple[tuple[str, Style], ...], width: float, size: float, leading: float
) -> tuple[tuple[Line, ...], frozenset[str]]:
    measurer = TextMeasurer()
    lines = _wrap(spans, width, size, leading, measurer)
    return tuple(lines), frozenset(measurer.missing)


def _wrap(
    spans: Sequence[tuple[str, Style]],
    width: float,
    size: float,
    leading: float,
    measurer: TextMeasurer,
) -> list[Line]:
    # Tokens: [kind, pieces, width] with kind "word", "space" or "newline"; words that touch
    # across style changes ("**bold**,") are joined so they never break apart.
    tokens: list[list[Any]] = []
    measure = measurer.measure
    for text, style in spans:
        for tok in _TOKEN.findall(text):
            if tok == "\n":
                tokens.append(["newline", [], 0.0])
                continue
            pieces, w = measure(tok, style, size)
            kind = "space" if tok[0] == " " else "word"
            if kind == "word" and tokens and tokens[-1][0] == "word":
                tokens[-1][1].extend(pieces)
                tokens[-1][2] += w
            else:
                tokens.append([kind, list(pieces), w])

    lines: list[Line] = []
    current: list[Piece] = []
    used = 0.0
    pending: list[Piece] = []  # spaces waiting for the next word
    pending_w = 0.0
    after_wrap = False

    def emit() -> None:
        lines.append(Line(visual_order(_merge(current)), size, leading))

    for kind, pieces, word_w in tokens:
        if kind == "newline":
            emit()
            current, used, pending, pending_w, after_wrap = [], 0.0, [], 0.0, False
            continue
        if kind == "space":
            if current or not after_wrap:
                pending += pieces
                pending_w += word_w
            continue
        if current and used + pending_w + word_w > width:
            emit()
            current, used, pending, pending_w, after_wrap = [], 0.0, [], 0.0, True
        if used + pending_w + word_w <= width:
            current += pending
            current += pieces
            used += pending_w + word_w
            pending, pending_w = [], 0.0
            continue
        chunks = _split_long(pending + pieces, width - used, width, size)
        pending, pending_w = [], 0.0
        current.extend(chunks[0])
        for chunk in chunks[1:]:
            emit()
            current = list(chunk)
        used = sum(p.width for p in current)
        after_wrap = True
    if current or not lines:
        emit()
    return lines


def keep_together(items: list[Item]) -> list[Item]:
    """Forbid page breaks inside ``items`` (the first may still start a new page)."""
    for item in items[1:]:
        item.break_before = False
    return items


def paragraph_items(lines: list[Line], space_after: float) -> list[Item]:
    """A paragraph's lines as items: no single first or last line alone on a page.

    Blank lines (a person's own paragraph breaks inside one value) become gaps, which
    vanish at the top of a page, and each run of text between them is kept from leaving a
    single line behind on its own.
    """
    items: list[Item] = []
    run: list[Item] = []

    def close_run() -> None:
        n = len(run)
        for i, item in enumerate(run):
            if i == 1 or (i > 0 and i == n - 1):
                item.break_before = False
        items.extend(run)
        run.clear()

    for line in lines:
        if line.pieces and line.text.strip():
            run.append(Item(line.leading, line))
        else:
            close_run()
            items.append(Item(line.leading, kind="gap"))
    close_run()
    if space_after:
        items.append(Item(space_after, kind="gap"))
    return items


def paginate(items: list[Item], heights: Sequence[float]) -> list[list[Item]]:
    """Distribute items over pages; ``heights[i]`` is page i's frame height (last repeats).

    Gaps at the top of a page are dropped. When a group cannot be kept together because it
    is taller than a page, it breaks where it must.
    """
    pages: list[list[Item]] = [[]]
    used = 0.0
    i = 0
    while i < len(items):
        item = items[i]
        page = pages[-1]
        avail = heights[min(len(pages) - 1, len(heights) - 1)]
        if item.kind == "gap" and not page:
            i += 1
            continue
        if used + item.height <= avail + 0.01 or not page:
            page.append(item)
            used += item.height
            i += 1
            continue
        # Find the last allowed break on this page (not at its very start).
        cut = len(page)
        if not item.break_before:
            cut = next((j for j in range(len(page) - 1, 0, -1) if page[j].break_before), len(page))
        moved = page[cut:]
        del page[cut:]
        pages.append([])
        used = 0.0
        for m in moved:
            if m.kind == "gap" and not pages[-1]:
                continue
            pages[-1].append(m)
            used += m.height
    # Trailing gaps carry no content.
    for page in pages:
        while page and page[-1].kind == "gap":
            page.pop()
    return [p for p in pages if p] or [[]]


def forget_text() -> None:
    """Drop the remembered measurements and broken lines: they hold the words of letters
    set before (the signing table forgets each visitor's)."""
    _measure.cache_clear()
    _wrapped.cache_clear()

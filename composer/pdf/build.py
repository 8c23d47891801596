"""From a letter to PDF bytes: the one renderer behind the preview, Save, Print and the CLI."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import BinaryIO, cast

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from composer.core.address import recipient_lines, sender_lines
from composer.core.document import Block, ListBlock, Paragraph, Rule
from composer.core.errors import DataError, Notice
from composer.core.model import Letter
from composer.core.phrases import (
    cc_label,
    cosigned_headings,
    enclosures_label,
    page_of,
    ps_label,
)
from composer.core.rendering import RenderedLetter, render_letter
from composer.core.templates import Template, find_template
from composer.core.text import char_name
from composer.core.validation import Problem, errors, problems
from composer.pdf.blocks import Setting, one_line, set_block
from composer.pdf.flow import (
    Item,
    Line,
    Piece,
    TextMeasurer,
    keep_together,
    paginate,
    paragraph_items,
    wrap,
)
from composer.pdf.fonts import (
    BOLD,
    BOLD_ITALIC,
    ITALIC,
    PRIMARY,
    REGULAR,
    Style,
    face_name,
    load_face,
)
from composer.pdf.geometry import PAPER_SIZES, PageGeometry, Rect, geometry
from composer.pdf.signature import check_image, draw_signature

# One body size and leading for every letter, language and layout, never shrunk: a long
# letter flows to the next page. 11 pt of Noto Serif (whose x-height is large: it reads like
# 12 pt of a traditional book face) on a 14 pt line, over a 5.5 in measure, gives about 75
# characters of English or French to the line (Armenian's wider letters, about 69), within
# the 45-75 a reader's eye follows comfortably; docs/page-geometry.md has the figures.
BODY_SIZE = 11.0
BODY_LEADING = 14.0
PARA_SPACE = 7.0  # half a line between paragraphs
LIST_INDENT = 18.0
SIGNATURE_BOX = (180.0, 42.0)  # width, height in points
HEADER_SIZE = 8.0
# The address in a window: 10 pt, or 9 pt (the floor) for an address of six lines, which
# then just fits the #10 window's always-visible band (docs/page-geometry.md).
ADDRESS_SETTINGS = (Setting(10.0, 12.0), Setting(9.0, 10.4))
SENDER_SETTINGS = (Setting(10.0, 12.5),)
# DIN 5008's return-address line: 6-8 pt, on one line.
RETURN_SETTINGS = (Setting(7.0, 8.5), Setting(6.0, 7.5))
# Extent of Noto Serif's glyphs (accented capitals, descenders) in ems, used to place a line's
# ink in the middle of its slot so that boxes such as the envelope window hold it all.
ASCENT, DESCENT = 0.95, 0.27
# The closing, signature and name never stand alone on a page: this many lines of the body
# go with them.
LINES_WITH_CLOSING = 2


@dataclass(frozen=True)
class BuildResult:
    """The PDF and what a caller may want to know about it."""

    pdf: bytes
    pages: int
    warnings: tuple[str, ...]
    address_box: Rect  # where the recipient's lines were drawn (top-left coordinates)
    geometry: PageGeometry
    incomplete: tuple[Problem, ...] = ()  # what stops it being final (require_complete=False)
    subject: str = ""  # the subject line as printed (the letter log keeps it)
    # Each page's drawn lines (their pieces), kept to say the text when it is asked for.
    lines: tuple[tuple[Sequence[Piece], ...], ...] = field(default=(), repr=False, compare=False)

    @cached_property
    def text(self) -> tuple[str, ...]:
        """Each page's text as it reads, line by line (names in right-to-left scripts in
        the order they are written): what the preview gives screen readers. Worked out
        when asked (a screen reader, the letter as text), not at every build."""
        return tuple("\n".join(reading_order(line) for line in page) for page in self.lines)


def _style(bold: bool, italic: bool) -> Style:
    return (BOLD if bold else REGULAR) if not italic else (BOLD_ITALIC if bold else ITALIC)


class _Composer:
    """Turns a rendered letter into positioned lines, then draws them on a canvas."""

    def __init__(self, letter: Letter, rendered: RenderedLetter, geo: PageGeometry) -> None:
        self.letter = letter
        self.rendered = rendered
        self.geo = geo
        self.measurer = TextMeasurer()
        self.size = BODY_SIZE
        self.leading = BODY_LEADING
        self.warnings: list[str] = []
        self.address_offset = 0.0

    # -- running text -------------------------------------------------------------------

    def _text(
        self,
        text: str,
        style: Style,
        width: float,
        size: float | None = None,
        leading: float | None = None,
    ) -> list[Line]:
        return wrap(
            [(text, style)], width, size or self.size, leading or self.leading, self.measurer
        )

    def _block_items(self, block: Block, indent: float, width: float) -> list[Item]:
        if isinstance(block, Paragraph):
            spans = [
                (
                    s.text,
                    _style(s.bold or block.style == "heading", s.italic or block.style == "quote"),
                )
                for s in block.spans
            ]
            extra = LIST_INDENT if block.style == "quote" else 0.0
            lines = wrap(spans, width - extra, self.size, self.leading, self.measurer)
            for line in lines:
                line.x = indent + extra
            items = paragraph_items(lines, PARA_SPACE)
            if block.style == "heading" and len(items) > 1:
                items[1].break_before = False  # a heading stays with what follows
            return items
        if isinstance(block, Rule):
            return [Item(PARA_SPACE * 2, kind="rule", payload=(indent, width))]
        return self._list_items(block, indent, width)

    def _list_items(self, block: ListBlock, indent: float, width: float) -> list[Item]:
        items: list[Item] = []
        for number, blocks in enumerate(block.items, start=block.start):
            label = f"{number}." if block.ordered else "•"
            first = True
            for sub in blocks:
                sub_items = self._block_items(sub, indent + LIST_INDENT, width - LIST_INDENT)
                # Items of a list sit closer together than paragraphs.
                if sub_items and sub_items[-1].kind == "gap":
                    sub_items[-1].height = PARA_SPACE / 2
                if first and sub_items and sub_items[0].line is not None:
                    pieces = self.measurer.pieces(label, REGULAR, self.size)
                    line = sub_items[0].line
                    line.label = Piece(pieces[0].font, label, sum(p.width for p in pieces))
                    line.label_x = indent + LIST_INDENT - 5 - line.label.width
                    first = False
                items.extend(sub_items)
        if items and items[-1].kind == "gap":
            items[-1].height = PARA_SPACE
        return items

    def flow(self) -> list[Item]:
        width = self.geo.frame_width
        r = self.rendered
        items: list[Item] = []
        opening: list[Item] = []
        if r.subject:
            opening += paragraph_items(self._text(r.subject, BOLD, width), PARA_SPACE + 3)
        if r.salutation:
            opening += paragraph_items(self._text(r.salutation, REGULAR, width), PARA_SPACE)
        body: list[Item] = []
        for block in r.body:
            body += self._block_items(block, 0.0, width)
        # The subject and greeting never end a page: they stay with the body's first lines.
        lead = [i for i in body if i.kind == "line"][:2]
        keep_together(opening + lead)
        items += opening + body
        closing = paragraph_items(self._text(r.closing, REGULAR, width), 0.0) if r.closing else []
        sig_w, sig_h = SIGNATURE_BOX
        signature = Item(sig_h + 6, kind="box", payload=(sig_w, sig_h))
        name = [
            Item(self.leading, ln) for ln in self._text(self.letter.sender.name, REGULAR, width)
        ]
        ending = [Item(PARA_SPACE, kind="gap"), *closing, signature, *name]
        # The closing, signature and name take the body's last lines with them to a new page.
        lines = [i for i, item in enumerate(items) if item.kind == "line"]
        start = lines[-LINES_WITH_CLOSING] if len(lines) >= LINES_WITH_CLOSING else len(items)
        for item in items[start + 1 :]:
            item.break_before = False
        items += keep_together([items[-1], *ending])[1:] if items else ending
        # Notations after the signature, in the usual order: enclosures, copies, postscript;
        # set like the body (one size), labels in regular weight.
        extras: list[tuple[str, str]] = []
        if self.letter.enclosures:
            extras.append(
                (enclosures_label(self.letter.language), "; ".join(self.letter.enclosures))
            )
        if self.letter.cc:
            extras.append((cc_label(self.letter.language), "; ".join(self.letter.cc)))
        if self.letter.ps:
            extras.append((ps_label(self.letter.language), self.letter.ps))
        if extras:
            items.append(Item(PARA_SPACE * 2, kind="gap"))
        for label, text in extras:
            lines_ = wrap(
                [(label + " ", REGULAR), (text, REGULAR)],
                width,
                self.size,
                self.leading,
                self.measurer,
            )
            items += paragraph_items(lines_, PARA_SPACE / 2)
        return items

    # -- fixed parts of the first page -------------------------------------------------------

    def recipient(self) -> list[Line]:
        texts = [
            (t, REGULAR)
            for t in recipient_lines(
                self.letter.recipient, self.letter.sender.country, self.letter.language
            )
        ]
        block = set_block(self.measurer, texts, self.geo.address, ADDRESS_SETTINGS)
        if not block.fits and texts:
            where = "the envelope window" if self.geo.window is not None else "its box"
            self.warnings.append(
                Notice(
                    f"the recipient's address is too long for {where} "
                    f"({len(block.lines)} lines): shorten it",
                    "address-too-long",
                    (
                        ("lines", str(len(block.lines))),
                        ("where", "window" if self.geo.window is not None else "box"),
                    ),
                )
            )
        self.address_offset = block.draw_offset
        return block.lines

    def sender(self) -> list[Line]:
        s = self.letter.sender
        texts: list[tuple[str, Style]] = [(s.name, BOLD)] if s.name.strip() else []
        texts += [
            (t, REGULAR)
            for t in sender_lines(
                s, self.letter.recipient.country or s.country, self.letter.language
            )
        ]
        texts += [(t, REGULAR) for t in (s.phone.strip(), s.email.strip()) if t]
        block = set_block(self.measurer, texts, self.geo.sender, SENDER_SETTINGS)
        if not block.fits and texts:
            self.warnings.append(
                Notice(
                    "your address is too long for the top of the page: shorten it",
                    "sender-too-long",
                )
            )
        return block.lines

    def return_line(self) -> Line | None:
        """DIN 5008's small return address above the window, on one line: the full form,
        or shorter ones (no second street line, no name) until one fits."""
        rect = self.geo.return_line
        if rect is None:
            return None
        s = self.letter.sender
        home = sender_lines(s, self.letter.recipient.country or s.country, self.letter.language)
        full = [s.name.strip(), *home]
        shorter = [s.name.strip(), *(line for line in home if line.strip() != s.street2.strip())]
        shortest = [line for line in shorter[1:]]
        candidates = [" · ".join(p for p in c if p) for c in (full, shorter, shortest)]
        line, fits = one_line(self.measurer, candidates, REGULAR, rect.width, RETURN_SETTINGS)
        if not fits:
            self.warnings.append(
                Notice(
                    "your address is too long for the return-address line: shorten it",
                    "return-line-too-long",
                )
            )
        return line


def draw_lines(
    canvas: Canvas,
    lines: Sequence[Line],
    x: float,
    top: float,
    page_h: float,
    align: str = "left",
    width: float = 0.0,
) -> float:
    """Draw lines whose first line's top is ``top``; return the y of the last line's bottom."""
    y = top
    for line in lines:
        baseline = y + (line.leading - 1.22 * line.size) / 2 + ASCENT * line.size
        lx = x + line.x
        if align == "right":
            lx = x + width - line.width
        _draw_pieces(canvas, line.pieces, lx, page_h - baseline, line.size)
        if line.label is not None:
            _draw_pieces(canvas, [line.label], x + line.label_x, page_h - baseline, line.size)
        y += line.leading
    return y


def reading_order(pieces: Sequence[Piece]) -> str:
    """A drawn line's text as it reads: its runs of right-to-left words (drawn from right to
    left by :func:`composer.pdf.flow.visual_order`) put back in the order they are written.
    Reversing the same runs again undoes that order, so it is the same function."""
    from composer.pdf.flow import visual_order

    return "".join(p.reads for p in visual_order(list(pieces)))


def actual_text(piece: Piece) -> str:
    """The start of a marked-content span giving the characters a shaped piece's glyphs
    stand for (PDF 1.7, 14.9.4 "Replacement Text"; closed by ``EMC``).

    ReportLab maps a glyph that is no character of its own (Noto Naskh's lam-alef, a
    letter with its marks) to a private-use code, which copy, search and ``pdftotext``
    would give instead of the letters. The replacement lists the characters in the order
    the glyphs are drawn - a right-to-left word's from its last letter to its first - as a
    reader that reorders right-to-left text (poppler) expects of any text in a PDF."""
    from composer.pdf.flow import direction

    drawn = piece.written[::-1] if direction(piece) == "R" else piece.written
    data = ("\ufeff" + drawn).encode("utf-16-be").hex().upper()  # a UTF-16 text string
    return f"/Span <</ActualText <{data}>>> BDC"


def _record_text(canvas: Canvas, pieces: Sequence[Piece]) -> None:
    """Keep each drawn line, by page, for :attr:`BuildResult.text`: what a screen reader
    reads (QtPdf's own extraction gives right-to-left names in drawing order, and a
    ligature as a private-use character)."""
    pages: list[list[Sequence[Piece]]] | None = canvas.__dict__.get("_letter_composer_text")
    if pages is None:
        return
    page = canvas.getPageNumber() - 1
    while len(pages) <= page:
        pages.append([])
    pages[page].append(pieces)  # said in reading order only when asked (BuildResult.text)


def _draw_pieces(canvas: Canvas, pieces: Sequence[Piece], x: float, y: float, size: float) -> None:
    """One line of text: plain and kerned pieces as PDF text operators written here (kerning
    as TJ adjustments), through ReportLab's documented dynamic-font interface
    (``splitString`` / ``getSubsetInternalName``); a line with shaped glyphs is drawn by
    ReportLab's text object."""
    _record_text(canvas, pieces)
    if any(type(p.text) is not str for p in pieces):
        text = canvas.beginText(x, y)
        for piece in pieces:
            text.setFont(piece.font, size)
            if piece.written:
                text._code.append(actual_text(piece))
            text.textOut(piece.text)
            if piece.written:
                text._code.append("EMC")
        canvas.drawText(text)
        return
    doc = canvas._doc
    escape = canvas._escape
    size_text = fp_str(size)
    code = [f"BT 1 0 0 1 {fp_str(x)} {fp_str(y)} Tm"]
    current = ""
    # A document's subsets only grow: text split once splits the same way again (a merge
    # prints the same lines in every letter).
    splits: dict[tuple[str, str], list[tuple[str, bytes]]] = doc.__dict__.setdefault(
        "_letter_composer_splits", {}
    )
    for piece in pieces:
        kerned = bool(piece.kerns)
        # The adjustments in the order of their characters: each chunk takes those that fall
        # in it (looking up every character instead was a tenth of a long letter's build).
        kerns = sorted((i, kern) for i, kern in dict(piece.kerns).items() if kern)
        next_kern = 0
        index = 0
        chunks = splits.get((piece.font, piece.text))
        if chunks is None:
            font = pdfmetrics.getFont(piece.font)
            chunks = [
                (font.getSubsetInternalName(subset, doc), chunk)
                for subset, chunk in font.splitString(piece.text, doc)
            ]
            splits[(piece.font, piece.text)] = chunks
        for name, chunk in chunks:
            if name != current:
                code.append(f"{name} {size_text} Tf")
                current = name
            parts: list[str] = []
            start = 0
            end = index + len(chunk)
            while next_kern < len(kerns) and kerns[next_kern][0] < end:
                at, kern = kerns[next_kern]
                next_kern += 1
                if at >= index:
                    parts.append(f"({escape(chunk[start : at - index + 1])}) {fp_str(kern)}")
                    start = at - index + 1
            if start < len(chunk):
                parts.append(f"({escape(chunk[start:])})")
            code.append(f"[{' '.join(parts)}] TJ" if len(parts) > 1 or kerned else f"{parts[0]} Tj")
            index = end
    code.append("ET")
    canvas._code.append(" ".join(code))


def _header(letter: Letter, rendered: RenderedLetter) -> str:
    from composer.core.phrases import recipient_forms

    r = letter.recipient
    who = recipient_forms(r, letter.language, letter.sender.country).address_line
    return " — ".join(p for p in (who or r.organisation.strip(), rendered.date) if p)


def new_canvas(
    out: BinaryIO | str, paper: str, language: str, title: str, author: str, subject: str
) -> Canvas:
    """A canvas set up as every letter PDF is: deterministic, compressed, with metadata."""
    width, height = PAPER_SIZES[paper]
    load_face(face_name(PRIMARY, REGULAR))  # the canvas's initial font must exist first
    canvas = Canvas(
        out,
        pagesize=(width, height),
        invariant=1,
        pageCompression=1,
        lang=language.replace("_", "-"),
        initialFontName=face_name(PRIMARY, REGULAR),
        initialFontSize=BODY_SIZE,
    )
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setSubject(subject)
    canvas.setCreator("Letter Composer")
    canvas.setProducer("Letter Composer")
    return canvas


def compose_pdf(letter: Letter, rendered: RenderedLetter, title: str) -> BuildResult:
    """Typeset an already rendered letter as a PDF of its own."""
    buffer = io.BytesIO()
    canvas = new_canvas(
        buffer, letter.paper, letter.language, title, letter.sender.name, rendered.subject or title
    )
    text: list[list[Sequence[Piece]]] = []
    canvas.__dict__["_letter_composer_text"] = text  # each page's drawn lines
    drawn = draw_letter(canvas, letter, rendered)
    canvas.save()
    return BuildResult(
        buffer.getvalue(),
        drawn.pages,
        drawn.warnings,
        drawn.address_box,
        drawn.geometry,
        lines=tuple(tuple(page) for page in text),
    )


@dataclass(frozen=True)
class DrawnLetter:
    pages: int
    warnings: tuple[str, ...]
    address_box: Rect
    geometry: PageGeometry


def draw_letter(canvas: Canvas, letter: Letter, rendered: RenderedLetter) -> DrawnLetter:
    """Lay out and draw one letter as the next pages of ``canvas`` (a merge draws many)."""
    geo = geometry(letter.paper, letter.envelope)
    heights = [geo.first_frame_height(), geo.later_frame_height()]
    composer = _Composer(letter, rendered, geo)
    items = composer.flow()
    pages = paginate(items, heights)
    sender = composer.sender()
    recipient = composer.recipient()
    date = composer._text(rendered.date, REGULAR, geo.date.width)
    return_line = composer.return_line()
    ret = [return_line] if return_line is not None else None
    if letter.signature is not None and letter.signature.image is not None:
        check_image(letter.signature.image)

    canvas.setPageSize((geo.page_width, geo.page_height))
    page_h = geo.page_height
    total = len(pages)
    header = _header(letter, rendered)
    header_lines: dict[int, list[Line]] = {}
    for n in range(2, total + 1):
        header_lines[n] = composer._text(
            f"{header} — {page_of(n, total, letter.language)}",
            REGULAR,
            geo.frame_width,
            HEADER_SIZE,
            HEADER_SIZE * 1.25,
        )
    address_top = geo.address.y
    address_box = Rect(
        geo.address.x,
        address_top,
        max((ln.width for ln in recipient), default=0.0),
        sum(ln.leading for ln in recipient),
    )
    for n, page in enumerate(pages, start=1):
        if n == 1:
            # Reading order: sender, (return line), recipient, date, then the text.
            draw_lines(
                canvas,
                sender,
                geo.sender.x,
                geo.sender.y,
                page_h,
                geo.sender_align,
                geo.sender.width,
            )
            if ret is not None and geo.return_line is not None:
                bottom = draw_lines(canvas, ret, geo.return_line.x, geo.return_line.y, page_h)
                canvas.setLineWidth(0.3)
                canvas.line(
                    geo.return_line.x, page_h - bottom, geo.return_line.right, page_h - bottom
                )
            draw_lines(
                canvas, recipient, geo.address.x, address_top + composer.address_offset, page_h
            )
            draw_lines(
                canvas, date, geo.date.x, geo.date.y, page_h, geo.sender_align, geo.date.width
            )
            if letter.shows_fold_marks:
                canvas.setLineWidth(0.4)
                for mark in geo.fold_marks:
                    canvas.line(0, page_h - mark, 12, page_h - mark)
                if geo.hole_mark is not None:
                    canvas.line(0, page_h - geo.hole_mark, 18, page_h - geo.hole_mark)
            y = geo.body_top
        else:
            canvas.setFillColorRGB(0.35, 0.35, 0.35)
            draw_lines(canvas, header_lines[n], geo.margin_left, geo.margin_top, page_h)
            canvas.setFillColorRGB(0, 0, 0)
            y = geo.later_frame_top()
        for item in page:
            if item.line is not None:
                draw_lines(canvas, [item.line], geo.margin_left, y, page_h)
            elif item.kind == "box":
                w, h = cast(tuple[float, float], item.payload)
                draw_signature(canvas, letter.signature, geo.margin_left, page_h - y - h, w, h)
            elif item.kind == "rule":
                x0, width = cast(tuple[float, float], item.payload)
                canvas.setLineWidth(0.5)
                yy = page_h - y - item.height / 2
                canvas.line(geo.margin_left + x0, yy, geo.margin_left + x0 + width, yy)
            y += item.height
        canvas.showPage()
    total += draw_cosigners(canvas, letter, composer, geo)
    warnings = list(rendered.warnings) + composer.warnings
    warnings += [
        Notice(
            f"{char_name(ch)} is not in any bundled font and prints as an empty box",
            "missing-character",
            (("character", char_name(ch)),),
        )
        for ch in sorted(composer.measurer.missing)
    ]
    return DrawnLetter(total, tuple(warnings), address_box, geo)


COSIGNER_ROW = 42.0  # points: room for a signature (15 mm) and a name on two lines
COSIGNER_HEAD = 20.0


def draw_cosigners(canvas: Canvas, letter: Letter, composer: _Composer, geo: PageGeometry) -> int:
    """The signature sheets after a co-signed letter: a numbered row per person (name, city,
    signature), as many pages as they need; returns how many pages were drawn."""
    people = letter.cosigners
    if not people:
        return 0
    for person in people:
        if person.signature is not None and person.signature.image is not None:
            check_image(person.signature.image)
    title, name_head, city_head, sign_head = cosigned_headings(letter.language)
    page_h = geo.page_height
    width = geo.frame_width
    columns = (0.07 * width, 0.33 * width, 0.22 * width, 0.38 * width)
    starts = [sum(columns[:i]) for i in range(len(columns))]
    top = geo.margin_top + 2 * HEADER_SIZE * 1.25 + COSIGNER_HEAD
    rows_per_page = max(
        1, int((geo.margin_top + geo.later_frame_height() + 24 - top) // COSIGNER_ROW)
    )
    sheets = (len(people) + rows_per_page - 1) // rows_per_page
    x0 = geo.margin_left
    for sheet in range(sheets):
        canvas.setPageSize((geo.page_width, page_h))
        heading = f"{title} ({sheet + 1}/{sheets})" if sheets > 1 else title
        head_lines = composer._text(heading, BOLD, width)
        draw_lines(canvas, head_lines, x0, geo.margin_top, page_h)
        y = top - COSIGNER_HEAD
        for start, text in zip(starts[1:], (name_head, city_head, sign_head), strict=True):
            draw_lines(canvas, composer._text(text, BOLD, columns[1]), x0 + start, y, page_h)
        y = top
        canvas.setLineWidth(0.4)
        canvas.line(x0, page_h - y, x0 + width, page_h - y)
        chunk = people[sheet * rows_per_page : (sheet + 1) * rows_per_page]
        for index, person in enumerate(chunk, start=sheet * rows_per_page + 1):
            cells = (f"{index}.", person.name, person.city)
            for start, column, text in zip(starts, columns, cells, strict=False):
                lines = composer._text(text, REGULAR, column - 6)[:2]
                draw_lines(canvas, lines, x0 + start, y + 4, page_h)
            box_x = x0 + starts[3]
            draw_signature(
                canvas,
                person.signature,
                box_x,
                page_h - y - COSIGNER_ROW + 3,
                columns[3] - 6,
                COSIGNER_ROW - 8,
            )
            y += COSIGNER_ROW
            canvas.line(x0, page_h - y, x0 + width, page_h - y)
        canvas.showPage()
    return sheets


def build_pdf(
    letter: Letter,
    template: Template | None = None,
    extra_template_dirs: Sequence[Path] = (),
    *,
    require_complete: bool = True,
) -> BuildResult:
    """Build the letter's PDF; never returns a partial PDF.

    Raises :class:`~composer.core.errors.LetterError` subclasses (one clear line) for bad
    data or a bad template. With ``require_complete`` false, missing or over-long values do
    not stop the build (the live preview shows the letter while it is being written); they
    are returned first among the warnings instead.
    """
    template = template or find_template(letter.template, extra_template_dirs)
    found = problems(letter, template)
    bad = errors(found)
    if bad and require_complete:
        raise DataError("; ".join(str(p) for p in bad))
    rendered = render_letter(letter, template)
    result = compose_pdf(letter, rendered, rendered.subject or template.title_for(letter.language))
    warnings = (
        tuple(Notice(str(p), p.code, (("key", p.key), *p.values)) for p in found) + result.warnings
    )
    return BuildResult(
        result.pdf,
        result.pages,
        warnings,
        result.address_box,
        result.geometry,
        tuple(bad),
        rendered.subject,
        result.lines,
    )

"""From a letter to PDF bytes: the one renderer behind the preview, Save, Print and the CLI."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from reportlab.pdfgen.canvas import Canvas

from composer.core.address import recipient_lines, return_address, sender_lines
from composer.core.document import Block, ListBlock, Paragraph, Rule
from composer.core.errors import DataError
from composer.core.model import Letter
from composer.core.phrases import cc_label, enclosures_label, page_of, ps_label
from composer.core.rendering import RenderedLetter, render_letter
from composer.core.templates import Template, find_template
from composer.core.text import char_name
from composer.core.validation import Problem, errors, problems
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

BODY_SIZE = 10.5
BODY_LEADING = 14.0
PARA_SPACE = 7.0
ADDRESS_SIZE = 10.0
MIN_ADDRESS_SIZE = 7.0
LIST_INDENT = 18.0
SIGNATURE_BOX = (180.0, 42.0)  # width, height in points
HEADER_SIZE = 8.0
# Extent of Noto Serif's glyphs (accented capitals, descenders) in ems, used to place a line's
# ink in the middle of its slot so that boxes such as the envelope window hold it all.
ASCENT, DESCENT = 0.95, 0.27
SHRINK_SIZES = (10.0, 9.5)  # body sizes tried to avoid a nearly empty last page


def _fill(page: list[Item]) -> float:
    return sum(item.height for item in page)


@dataclass(frozen=True)
class BuildResult:
    """The PDF and what a caller may want to know about it."""

    pdf: bytes
    pages: int
    warnings: tuple[str, ...]
    address_box: Rect  # where the recipient's lines were drawn (top-left coordinates)
    geometry: PageGeometry
    incomplete: tuple[Problem, ...] = ()  # what stops it being final (require_complete=False)


def _style(bold: bool, italic: bool) -> Style:
    return (BOLD if bold else REGULAR) if not italic else (BOLD_ITALIC if bold else ITALIC)


class _Composer:
    """Turns a rendered letter into positioned lines, then draws them on a canvas."""

    def __init__(
        self, letter: Letter, rendered: RenderedLetter, geo: PageGeometry, size: float = BODY_SIZE
    ) -> None:
        self.letter = letter
        self.rendered = rendered
        self.geo = geo
        self.measurer = TextMeasurer()
        self.size = size
        self.leading = size * BODY_LEADING / BODY_SIZE

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
        items += [Item(PARA_SPACE, kind="gap"), *keep_together([*closing, signature, *name])]
        extras: list[tuple[str, str]] = []
        if self.letter.cc:
            extras.append((cc_label(self.letter.language), "; ".join(self.letter.cc)))
        if self.letter.enclosures:
            extras.append(
                (enclosures_label(self.letter.language), "; ".join(self.letter.enclosures))
            )
        if self.letter.ps:
            extras.append((ps_label(self.letter.language), self.letter.ps))
        if extras:
            items.append(Item(PARA_SPACE * 2, kind="gap"))
        for label, text in extras:
            lines = wrap(
                [(label + " ", BOLD), (text, REGULAR)],
                width,
                self.size - 0.5,
                self.leading - 1,
                self.measurer,
            )
            items += paragraph_items(lines, PARA_SPACE / 2)
        return items

    # -- fixed parts of the first page -------------------------------------------------------

    def _fit_lines(
        self, texts: Sequence[tuple[str, Style]], rect: Rect, size: float, min_size: float
    ) -> list[Line]:
        return fit_lines(self.measurer, texts, rect, size, min_size)

    def recipient(self) -> list[Line]:
        texts = [
            (t, REGULAR)
            for t in recipient_lines(
                self.letter.recipient, self.letter.sender.country, self.letter.language
            )
        ]
        return self._fit_lines(texts, self.geo.address, ADDRESS_SIZE, MIN_ADDRESS_SIZE)

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
        return self._fit_lines(texts, self.geo.sender, 9.5, 7.0)


def fit_lines(
    measurer: TextMeasurer,
    texts: Sequence[tuple[str, Style]],
    rect: Rect,
    size: float,
    min_size: float,
) -> list[Line]:
    """Lines at the largest size (down to ``min_size``) that fit ``rect``; still too wide at
    the smallest size, they wrap."""
    while True:
        leading = size * 1.25
        lines = [
            line
            for text, style in texts
            for line in wrap([(text, style)], 10_000, size, leading, measurer)
        ]
        widest = max((line.width for line in lines), default=0.0)
        if (widest <= rect.width and len(lines) * leading <= rect.height) or size <= min_size:
            break
        size -= 0.25
    if widest > rect.width:  # still too wide at the smallest size: wrap
        lines = [
            line
            for text, style in texts
            for line in wrap([(text, style)], rect.width, size, leading, measurer)
        ]
    return lines


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


def _draw_pieces(canvas: Canvas, pieces: Iterable[Piece], x: float, y: float, size: float) -> None:
    text = canvas.beginText(x, y)
    for piece in pieces:
        text.setFont(piece.font, size)
        text.textOut(piece.text)
    canvas.drawText(text)


def _header(letter: Letter, rendered: RenderedLetter) -> str:
    r = letter.recipient
    who = " ".join(p for p in (r.honorific, r.name) if p.strip()) or r.organisation
    return " — ".join(p for p in (who.strip(), rendered.date) if p)


def new_canvas(
    out: io.BytesIO | str, paper: str, language: str, title: str, author: str, subject: str
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
    drawn = draw_letter(canvas, letter, rendered)
    canvas.save()
    return BuildResult(
        buffer.getvalue(), drawn.pages, drawn.warnings, drawn.address_box, drawn.geometry
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
    # A letter that spills onto a new page by a few lines is set a little smaller instead,
    # so the one-page letter a campaign intends stays on one page.
    for size in SHRINK_SIZES:
        if len(pages) == 1 or _fill(pages[-1]) > 0.3 * heights[-1]:
            break
        smaller = _Composer(letter, rendered, geo, size)
        smaller_items = smaller.flow()
        smaller_pages = paginate(smaller_items, heights)
        if len(smaller_pages) < len(pages):
            composer, items, pages = smaller, smaller_items, smaller_pages
    sender = composer.sender()
    recipient = composer.recipient()
    date = composer._text(rendered.date, REGULAR, geo.date.width, BODY_SIZE - 0.5, BODY_LEADING)
    ret = None
    if geo.return_line is not None:
        ret = composer._fit_lines(
            [(return_address(letter.sender, letter.recipient.country, letter.language), REGULAR)],
            geo.return_line,
            7.0,
            5.0,
        )
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
            draw_lines(canvas, recipient, geo.address.x, address_top, page_h)
            draw_lines(
                canvas, date, geo.date.x, geo.date.y, page_h, geo.sender_align, geo.date.width
            )
            if letter.fold_marks:
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
    warnings = list(rendered.warnings)
    warnings += [
        f"{char_name(ch)} is not in any bundled font and prints as an empty box"
        for ch in sorted(composer.measurer.missing)
    ]
    return DrawnLetter(total, tuple(warnings), address_box, geo)


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
    warnings = tuple(str(p) for p in found) + result.warnings
    return BuildResult(
        result.pdf,
        result.pages,
        warnings,
        result.address_box,
        result.geometry,
        tuple(bad),
    )

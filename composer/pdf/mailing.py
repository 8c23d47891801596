"""Envelopes, address labels and a printer calibration page, from the same recipients as the
letters and in the same order.

Envelope sizes and label sheets are named in ``composer.core.stationery``. Every page can be
shifted by a printer's measured offset, as the letters can.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.units import inch, mm
from reportlab.pdfgen.canvas import Canvas

from composer.core.address import recipient_lines, sender_lines
from composer.core.errors import DataError, Notice
from composer.core.model import Recipient, Sender
from composer.core.stationery import (
    ENVELOPE_SIZES,
    LABEL_SHEETS,
    EnvelopeSize,
    LabelSheet,
)
from composer.pdf.blocks import Setting, set_block
from composer.pdf.build import draw_lines, new_canvas
from composer.pdf.flow import TextMeasurer
from composer.pdf.fonts import BOLD, REGULAR, Style
from composer.pdf.geometry import Rect

Offset = tuple[float, float]  # points to the right and down; a printer's measured drift


def envelope_layout(size: EnvelopeSize) -> tuple[Rect, Rect]:
    """(return address, recipient address) on an envelope, top-left coordinates.

    The return address sits in the top-left corner; the recipient's block starts a little
    left of the middle and below half the height, inside the area sorting machines read
    (Canada Post and USPS ask for it above the bottom 5/8 in and clear of the stamp corner).
    """
    margin = min(0.4 * inch, size.height * 0.09)
    ret = Rect(margin, margin, size.width * 0.45, size.height * 0.32)
    left = size.width * 0.42
    top = size.height * 0.45
    bottom_clear = 0.625 * inch
    addr = Rect(left, top, size.width - left - margin, size.height - top - bottom_clear)
    return ret, addr


# Type on envelopes and labels: one size each, one smaller step for a long address, never
# below 9 pt on an envelope or 8 pt on a label.
ENVELOPE_ADDRESS = (Setting(11.0, 13.5), Setting(9.0, 11.0))
ENVELOPE_RETURN = (Setting(9.0, 11.0),)
LABEL_ADDRESS = (Setting(10.0, 12.0), Setting(9.0, 10.5), Setting(8.0, 9.4))


def _shifted(canvas: Canvas, offset: Offset) -> None:
    canvas.translate(offset[0], -offset[1])


def _who(recipient: Recipient) -> str:
    return recipient.name.strip() or recipient.organisation.strip() or "a recipient"


def envelopes_pdf(
    sender: Sender,
    recipients: Sequence[Recipient],
    size: str = "us10",
    language: str = "en",
    offset: Offset = (0.0, 0.0),
    warnings: list[str] | None = None,
) -> bytes:
    """One envelope per recipient, in order, with the sender's return address; addresses
    that do not fit are named in ``warnings``."""
    if size not in ENVELOPE_SIZES:
        raise DataError(f"envelope {size!r} is not one of {', '.join(ENVELOPE_SIZES)}")
    if not recipients:
        raise DataError("no recipients to print envelopes for")
    env = ENVELOPE_SIZES[size]
    ret_rect, addr_rect = envelope_layout(env)
    measurer = TextMeasurer()
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, env.paper, language, "Envelopes", sender.name, "Envelopes")
    for recipient in recipients:
        canvas.setPageSize((env.width, env.height))
        canvas.saveState()
        _shifted(canvas, offset)
        country = recipient.country or sender.country
        ret_texts: list[tuple[str, Style]] = [(sender.name, BOLD)] if sender.name else []
        ret_texts += [(t, REGULAR) for t in sender_lines(sender, country, language)]
        ret = set_block(measurer, ret_texts, ret_rect, ENVELOPE_RETURN)
        draw_lines(canvas, ret.lines, ret_rect.x, ret_rect.y, env.height)
        lines = recipient_lines(recipient, sender.country, language)
        block = set_block(measurer, [(t, REGULAR) for t in lines], addr_rect, ENVELOPE_ADDRESS)
        if not block.fits and warnings is not None:
            warnings.append(
                Notice(
                    f"the address of {_who(recipient)} is too long for the envelope",
                    "address-too-long",
                )
            )
        draw_lines(canvas, block.lines, addr_rect.x, addr_rect.y + block.draw_offset, env.height)
        canvas.restoreState()
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def label_cell(sheet: LabelSheet, index: int) -> Rect:
    """The label at ``index`` of ``sheet`` (0 = top left, reading along rows)."""
    return Rect(*sheet.cell(index))


LABEL_PADDING = 0.08 * inch


def labels_pdf(
    sender_country: str,
    recipients: Sequence[Recipient],
    sheet: str = "avery5160",
    start: int = 1,
    language: str = "en",
    offset: Offset = (0.0, 0.0),
    warnings: list[str] | None = None,
) -> bytes:
    """Address labels in order, beginning at label ``start`` (1-based) of the first sheet, so
    a half-used sheet can be finished."""
    if sheet not in LABEL_SHEETS:
        raise DataError(f"label sheet {sheet!r} is not one of {', '.join(LABEL_SHEETS)}")
    spec = LABEL_SHEETS[sheet]
    if not 1 <= start <= spec.per_sheet:
        raise DataError(f"start label must be between 1 and {spec.per_sheet} on {spec.name}")
    if not recipients:
        raise DataError("no recipients to print labels for")
    measurer = TextMeasurer()
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, spec.paper, language, spec.name, "", spec.name)
    page_h = spec.page[1]
    index = start - 1
    canvas.saveState()
    _shifted(canvas, offset)
    for recipient in recipients:
        if index and index % spec.per_sheet == 0:
            canvas.restoreState()
            canvas.showPage()
            canvas.saveState()
            _shifted(canvas, offset)
        cell = label_cell(spec, index)
        inner = Rect(
            cell.x + LABEL_PADDING,
            cell.y + LABEL_PADDING,
            cell.width - 2 * LABEL_PADDING,
            cell.height - 2 * LABEL_PADDING,
        )
        lines = recipient_lines(recipient, sender_country, language)
        block = set_block(measurer, [(t, REGULAR) for t in lines], inner, LABEL_ADDRESS)
        if not block.fits and warnings is not None:
            warnings.append(
                Notice(
                    f"the address of {_who(recipient)} is too long for a label",
                    "address-too-long",
                )
            )
        top = inner.y + max(0.0, (inner.height - block.height) / 2)  # centred vertically
        draw_lines(canvas, block.lines, inner.x, top + block.draw_offset, page_h)
        index += 1
    canvas.restoreState()
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def calibration_pdf(paper: str = "letter") -> bytes:
    """A page of crosses 1 in (25.4 mm) from the edges, to measure how a printer shifts
    what it prints: the distance from each cross to the paper's edge, minus 1 in, is the
    offset to enter."""
    from composer.pdf.geometry import PAPER_SIZES

    width, height = PAPER_SIZES[paper]
    measurer = TextMeasurer()
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, paper, "en", "Printer calibration", "", "Printer calibration")
    canvas.setLineWidth(0.5)
    for x, y in (
        (inch, inch),
        (width - inch, inch),
        (inch, height - inch),
        (width - inch, height - inch),
        (width / 2, height / 2),
    ):
        canvas.line(x - 14, height - y, x + 14, height - y)
        canvas.line(x, height - y - 14, x, height - y + 14)
        canvas.circle(x, height - y, 4)
    # A ruler along the top edge: a tick every millimetre, longer every 5 and 10.
    for step in range(0, int(60 * mm / mm) + 1):
        length = 10 if step % 10 == 0 else 6 if step % 5 == 0 else 3
        canvas.line(
            inch + step * mm, height - 1.6 * inch, inch + step * mm, height - 1.6 * inch - length
        )
    text = [
        ("Printer calibration", BOLD),
        (
            "Print this page at 100 % (no 'fit to page'). Each cross should be exactly 1 in "
            "(25.4 mm) from the nearest edges.",
            REGULAR,
        ),
        (
            "Measure from the left edge to the centre of the top-left cross, and from the top "
            "edge. Subtract 25.4 mm from each: enter the results as the printer's horizontal "
            "and vertical offsets (positive to the right and down).",
            REGULAR,
        ),
    ]
    box = Rect(1.5 * inch, 2.2 * inch, width - 3 * inch, 2 * inch)
    lines = set_block(measurer, text, box, (Setting(11.0, 13.75),)).lines
    draw_lines(canvas, lines, box.x, box.y, height)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()

"""Where things go on the page: paper sizes, envelope windows, fold marks, margins.

All rectangles are in PDF points measured from the page's top-left corner (x right, y down),
which is how the standards describe them; the drawing code flips y.

Sources: DIN 5008:2020 forms A and B (address field 85 x 45 mm at 20 mm from the left edge,
27 mm / 45 mm from the top; fold marks 87/192 and 105/210 mm; the hole mark at the middle of
the page; the return-address zone's 6-8 pt line and the 27.3 mm address zone); the #10
window envelope (4 1/8 x 9 1/2 in, window 1 1/8 x 4 1/2 in, 7/8 in from the left and 1/2 in
from the bottom); USPS asks for the whole address to stay visible however the letter shifts.
How the #10 address box is derived: docs/page-geometry.md.

The running text has one measure everywhere, ``MEASURE`` (5.5 in): about 75 characters of
English or French at the body size, the most a line should hold (see docs/page-geometry.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import inch, mm

from composer.core.stationery import PAGE_SIZES

PAPER_SIZES = PAGE_SIZES
MEASURE = 5.5 * inch  # the running text's line length on every paper and layout

# The #10 window envelope (4 1/8 in tall; window 1 1/8 x 4 1/2 in, 7/8 in from the left and
# 1/2 in from the bottom) and a page Z-folded into it (docs/page-geometry.md): the part of
# the page always in the window, whether the letter rests at the bottom of the envelope, is
# pushed up to 1/4 in, or slides up to 3/4 in sideways.
US10_HEIGHT = 4.125 * inch
US10_WINDOW = (0.875 * inch, 0.5 * inch, 4.5 * inch, 1.125 * inch)  # left, bottom, w, h
US10_LIFT = 0.25 * inch
US10_SLIDE = 0.75 * inch


def us10_band(page_height: float) -> Rect:
    """The band of the page (top-left coordinates) that every position of the folded
    letter shows through a #10 window."""
    left, bottom, width, height = US10_WINDOW
    panel = page_height / 3  # the top panel of the Z-fold faces the window
    # Resting on the envelope's bottom, the panel's top is US10_HEIGHT - panel below the
    # envelope's top, and the window's top is US10_HEIGHT - bottom - height below it.
    resting_top = (US10_HEIGHT - bottom - height) - (US10_HEIGHT - panel)
    top = resting_top + US10_LIFT  # lifted s in, the window shows resting_top + s
    return Rect(left, top, width - US10_SLIDE, height - US10_LIFT)


@dataclass(frozen=True)
class Rect:
    x: float
    y: float  # from the top of the page
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def contains(self, other: Rect, tolerance: float = 0.01) -> bool:
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance
            and other.bottom <= self.bottom + tolerance
        )


@dataclass(frozen=True)
class PageGeometry:
    """The first page's fixed parts and the running text's frames for one paper/envelope."""

    paper: str
    envelope: str
    page_width: float
    page_height: float
    margin_left: float
    margin_right: float
    margin_top: float
    margin_bottom: float
    window: Rect | None  # what an envelope window shows (None: no window envelope)
    address: Rect  # where the recipient's lines go: inside the window with clearance
    return_line: Rect | None  # DIN 5008's small return-address zone
    sender: Rect  # the writer's name and address
    sender_align: str  # left | right
    date: Rect  # the date's line
    body_top: float  # first page: where the running text starts
    fold_marks: tuple[float, ...]
    hole_mark: float | None

    @property
    def frame_width(self) -> float:
        return self.page_width - self.margin_left - self.margin_right

    def first_frame_height(self) -> float:
        return self.page_height - self.margin_bottom - self.body_top

    def later_frame_top(self) -> float:
        return self.margin_top + 24.0  # the running header and a gap below it

    def later_frame_height(self) -> float:
        return self.page_height - self.margin_bottom - self.later_frame_top()


def geometry(paper: str, envelope: str) -> PageGeometry:
    width, height = PAPER_SIZES[paper]
    if envelope in ("din5008a", "din5008b"):
        form_a = envelope == "din5008a"
        field_top = 27 * mm if form_a else 45 * mm
        window = Rect(20 * mm, field_top, 85 * mm, 45 * mm)
        # 17.7 mm return-address and endorsement zone, then the 27.3 mm address zone; the
        # lines keep 5 mm from the field's left edge as DIN 5008 asks.
        address = Rect(25 * mm, field_top + 17.7 * mm, 75 * mm, 27.3 * mm)
        return_line = Rect(25 * mm, field_top + 1.5 * mm, 75 * mm, 5 * mm)
        info_width = width - 125 * mm - 20 * mm
        if form_a:
            # Form A's 27 mm header is the letterhead's; the sender and date go in the
            # information block beside the address field.
            sender = Rect(125 * mm, 32 * mm, info_width, 32 * mm)
            date = Rect(125 * mm, 66 * mm, info_width, 6 * mm)
        else:
            # Form B's 45 mm header holds the sender; the date opens the information block.
            sender = Rect(125 * mm, 12 * mm, info_width, 31 * mm)
            date = Rect(125 * mm, 50 * mm, info_width, 6 * mm)
        folds = (87 * mm, 192 * mm) if form_a else (105 * mm, 210 * mm)
        return PageGeometry(
            paper=paper,
            envelope=envelope,
            page_width=width,
            page_height=height,
            # DIN 5008's 25 mm alignment line on the left; the measure sets the right margin.
            margin_left=25 * mm,
            margin_right=width - 25 * mm - MEASURE,
            margin_top=15 * mm,
            margin_bottom=20 * mm,
            window=window,
            address=address,
            return_line=return_line,
            sender=sender,
            sender_align="left",
            date=date,
            body_top=window.bottom + 8.46 * mm,
            fold_marks=folds,
            hole_mark=height / 2,
        )
    # US/Canadian layout, for #10 window envelopes and for envelopes without a window. The
    # address goes where the #10 window always shows it (docs/page-geometry.md); the text
    # block is centred on the page.
    panel = height / 3
    band = us10_band(height)
    us_window: Rect | None = None
    if envelope == "us10":
        us_window = Rect(band.x, band.y - US10_LIFT, US10_WINDOW[2], US10_WINDOW[3])
    address = band
    margin = (width - MEASURE) / 2
    return PageGeometry(
        paper=paper,
        envelope=envelope,
        page_width=width,
        page_height=height,
        margin_left=margin,
        margin_right=margin,
        margin_top=0.6 * inch,
        margin_bottom=0.75 * inch,
        window=us_window,
        address=address,
        return_line=None,
        sender=Rect(width / 2, 0.6 * inch, width / 2 - margin, 1.4 * inch),
        sender_align="right",
        date=Rect(width / 2, address.y, width / 2 - margin, 14.0),
        body_top=address.bottom + 0.3 * inch,
        fold_marks=(panel, 2 * panel) if envelope == "us10" else (),
        hole_mark=height / 2 if envelope == "us10" else None,
    )

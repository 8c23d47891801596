"""Addresses sit inside each envelope standard's window, measured from the PDF itself.

The windows are written here from the standards' own figures, not taken from the code
under test: DIN 5008's address field (85 x 45 mm, 20 mm from the left, 27 mm (form A) or
45 mm (form B) from the top) and the #10 window envelope (4 1/8 in tall, window 1 1/8 x
4 1/2 in, 7/8 in from the left and 1/2 in from the bottom) holding a page Z-folded in three,
which may rest on the envelope's bottom, be pushed up 1/4 in, or slide 3/4 in sideways.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

import pytest
from pypdf import PdfReader

from composer.core.address import recipient_lines
from composer.core.model import letter_from_dict
from composer.pdf.build import build_pdf
from tests.conftest import letter_data

MM = 72 / 25.4
INCH = 72.0
ASCENT, DESCENT = 0.95, 0.27  # Noto Serif ink above/below the baseline, in ems


@dataclass
class Box:
    left: float
    top: float
    right: float
    bottom: float  # points from the page's top-left corner

    def holds(self, other: Box, tolerance: float = 0.01) -> bool:
        return (
            self.left - tolerance <= other.left
            and self.top - tolerance <= other.top
            and other.right <= self.right + tolerance
            and other.bottom <= self.bottom + tolerance
        )


def window(paper: str, envelope: str) -> Box:
    page_h = {"letter": 11 * INCH, "a4": 297 * MM}[paper]
    if envelope == "din5008a":
        return Box(20 * MM, 27 * MM, 105 * MM, 72 * MM)
    if envelope == "din5008b":
        return Box(20 * MM, 45 * MM, 105 * MM, 90 * MM)
    # #10: the top third of the page faces the window. Resting on the envelope's bottom,
    # the window shows the page from 4 1/8 - 1/2 - 1 1/8 in below the envelope's top,
    # which is (4 1/8 in - page/3) above the page's top; lifted s in, the band moves down
    # the page by s. Visible for every lift up to 1/4 in and every slide up to 3/4 in:
    top = 2.5 * INCH - (4.125 * INCH - page_h / 3)
    return Box(0.875 * INCH, top + 0.25 * INCH, 5.375 * INCH - 0.75 * INCH, top + 1.125 * INCH)


def text_boxes(pdf: bytes) -> list[tuple[str, Box]]:
    """Every drawn text run on page 1 with its ink box (top-left coordinates)."""
    reader = PdfReader(io.BytesIO(pdf))
    page = reader.pages[0]
    page_h = float(page.mediabox.height)
    runs: list[tuple[str, Box]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if not text.strip():
            return
        x, baseline = tm[4], tm[5]
        scale = tm[0] or 1.0
        size = size * scale
        from reportlab.pdfbase.pdfmetrics import stringWidth

        width = stringWidth(text, "NotoSerif-Regular", size) if text.isascii() else 0.0
        runs.append(
            (
                text,
                Box(
                    x,
                    page_h - baseline - ASCENT * size,
                    x + width,
                    page_h - baseline + DESCENT * size,
                ),
            )
        )

    page.extract_text(visitor_text=visit)
    return runs


@pytest.mark.parametrize(
    ("paper", "envelope"),
    [
        ("letter", "us10"),
        ("a4", "us10"),
        ("a4", "din5008a"),
        ("a4", "din5008b"),
        ("letter", "din5008b"),
    ],
)
@pytest.mark.parametrize("lines", ["short", "long"])
def test_recipient_lines_lie_inside_the_window(paper: str, envelope: str, lines: str) -> None:
    recipient = {}
    if lines == "long":
        recipient = {
            "name": "Jane Alexandra Doe-Montgomery-Smythe",
            "street": "Wellington St",
            "street2": "Room 1234, Valour Building",
            "country": "CH",
            "position": "Member of Parliament for Laval—Les Îles",
        }
    data = letter_data(paper=paper, envelope=envelope, recipient=recipient)
    letter = letter_from_dict(data)
    result = build_pdf(letter)
    expected = recipient_lines(letter.recipient, letter.sender.country, letter.language)
    runs = text_boxes(result.pdf)
    found = [box for text, box in runs if text.strip() in expected]
    assert len(found) == len(expected)
    win = window(paper, envelope)
    too_long = any("too long for the envelope window" in w for w in result.warnings)
    # Seven lines cannot show through a #10 window (six can): the letter says so instead.
    assert too_long == (len(expected) > 6 and envelope == "us10")
    if not too_long:
        for box in found:
            assert win.holds(box), (box, win)


@pytest.mark.parametrize("form", ["din5008a", "din5008b"])
def test_din_return_line_sits_in_the_return_zone(form: str) -> None:
    letter = letter_from_dict(letter_data(paper="a4", envelope=form))
    runs = text_boxes(build_pdf(letter).pdf)
    top = 27 * MM if form == "din5008a" else 45 * MM
    ret = [box for text, box in runs if "·" in text]
    assert ret and all(top <= b.top and b.bottom <= top + 17.7 * MM for b in ret)


def test_window_band_matches_the_derivation() -> None:
    # docs/page-geometry.md: 2.29-3.17 in from the top, 0.875-4.625 in from the left.
    box = window("letter", "us10")
    assert (round(box.top / INCH, 2), round(box.bottom / INCH, 2)) == (2.29, 3.17)
    assert (box.left / INCH, box.right / INCH) == (0.875, 4.625)


def test_fold_marks_are_drawn_where_the_standards_put_them() -> None:
    for envelope, marks in (
        ("din5008b", (105 * MM, 210 * MM, 148.5 * MM)),
        ("din5008a", (87 * MM, 192 * MM, 148.5 * MM)),
        ("us10", (11 * INCH / 3, 22 * INCH / 3, 5.5 * INCH)),  # the punch mark: mid-page
    ):
        paper = "letter" if envelope == "us10" else "a4"
        letter = letter_from_dict(letter_data(paper=paper, envelope=envelope))  # on by default
        content = PdfReader(io.BytesIO(build_pdf(letter).pdf)).pages[0].get_contents()
        assert content is not None
        data = content.get_data().decode("latin-1")
        page_h = 11 * INCH if paper == "letter" else 297 * MM
        drawn = [float(y) for y in re.findall(r"(?m)^n 0 ([\d.]+) m [\d.]+ \1 l S", data)]
        for mark in marks:
            assert any(abs(y - (page_h - mark)) < 0.01 for y in drawn), (envelope, mark)


def test_punch_mark_is_at_the_middle_of_any_paper() -> None:
    letter = letter_from_dict(letter_data(paper="letter", envelope="din5008b"))
    content = PdfReader(io.BytesIO(build_pdf(letter).pdf)).pages[0].get_contents()
    assert content is not None
    data = content.get_data().decode("latin-1")
    drawn = [float(y) for y in re.findall(r"(?m)^n 0 ([\d.]+) m 18 \1 l S", data)]
    assert drawn == [pytest.approx(5.5 * INCH)]  # not A4's 148.5 mm


def test_no_fold_marks_without_a_window_unless_asked() -> None:
    letter = letter_from_dict(letter_data(envelope="none"))
    content = PdfReader(io.BytesIO(build_pdf(letter).pdf)).pages[0].get_contents()
    assert content is not None
    assert not re.search(r"(?m)^n 0 [\d.]+ m 12 ", content.get_data().decode("latin-1"))


@pytest.mark.parametrize(("paper", "envelope"), [("letter", "us10"), ("a4", "din5008b")])
def test_a_long_address_wraps_with_a_hanging_indent_inside_the_window(
    paper: str, envelope: str
) -> None:
    recipient = {
        "name": "Jane Alexandra Doe-Montgomery-Smythe",
        "organisation": "Standing Committee on Citizenship and Immigration of the House of Commons",
        "street": "131 Queen Street",
    }
    letter = letter_from_dict(letter_data(paper=paper, envelope=envelope, recipient=recipient))
    result = build_pdf(letter)
    runs = text_boxes(result.pdf)
    win = window(paper, envelope)
    first = next(i for i, (text, _) in enumerate(runs) if text.strip().startswith("Standing"))
    (text, organisation), (more, rest) = runs[first], runs[first + 1]
    assert f"{text.strip()} {more.strip()}" in recipient["organisation"]
    assert rest.left > organisation.left  # the continuation is indented
    for box in (organisation, rest):
        assert win.holds(box)
    assert not any("too long" in w for w in result.warnings)


def test_an_address_that_cannot_fit_its_window_is_reported() -> None:
    recipient = {"street": "1 A St", "street2": "Building 2, Wing 3, Floor 4, Room 5, Desk 6"}
    data = letter_data(recipient=recipient, cc=["x"])
    data["recipient"]["organisation"] = "An Organisation With A Very Long Name " * 3
    result = build_pdf(letter_from_dict(data))
    assert any("too long for the envelope window" in w for w in result.warnings)

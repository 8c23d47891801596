"""Envelopes and labels: every address inside its envelope area or label cell, in order,
with a printer's offset applied."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from composer.core.errors import DataError
from composer.core.model import Recipient, Sender
from composer.pdf.fonts import load_face
from composer.pdf.mailing import (
    ENVELOPE_SIZES,
    LABEL_SHEETS,
    calibration_pdf,
    envelope_layout,
    envelopes_pdf,
    label_cell,
    labels_pdf,
)

MM = 72 / 25.4
SENDER = Sender(
    name="Anna Grigorian",
    street="1250 Rue Principale",
    city="Montréal",
    region="QC",
    postal_code="H2X 1Y4",
    country="CA",
)


def people(n: int) -> list[Recipient]:
    return [
        Recipient(
            title="ms",
            name=f"Person {i:02d}",
            position="Member of Parliament",
            organisation="House of Commons",
            city="Ottawa",
            region="ON",
            postal_code="K1A 0A6",
            country="CA",
        )
        for i in range(n)
    ]


def runs(pdf: bytes) -> list[list[tuple[str, float, float, float, float]]]:
    """Per page: (text, left, top, right, bottom) in points from the top-left corner."""
    load_face("NotoSerif-Regular")
    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        height = float(page.mediabox.height)
        found: list[tuple[str, float, float, float, float]] = []

        def visit(
            text: str,
            cm: list[float],
            tm: list[float],
            font: object,
            size: float,
            found: list[tuple[str, float, float, float, float]] = found,
            height: float = height,
        ) -> None:
            if not text.strip():
                return
            x, y = tm[4] + cm[4], tm[5] + cm[5]
            width = stringWidth(text, "NotoSerif-Regular", size)
            found.append(
                (text.strip(), x, height - y - 0.95 * size, x + width, height - y + 0.27 * size)
            )

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


@pytest.mark.parametrize("size", sorted(ENVELOPE_SIZES))
def test_envelopes_in_order_with_the_address_in_its_area(size: str) -> None:
    recipients = people(3)
    pages = runs(envelopes_pdf(SENDER, recipients, size))
    assert len(pages) == 3
    env = ENVELOPE_SIZES[size]
    ret, addr = envelope_layout(env)
    for page, person in zip(pages, recipients, strict=True):
        texts = [t for t, *_ in page]
        # The same address as the letter's window: names as written, the locality line
        # in capitals (one formatter for window, envelope and label).
        assert f"Ms. {person.name}" in texts
        assert "Anna Grigorian" in texts
        for text, left, top, right, bottom in page:
            area = (
                ret
                if text in ("Anna Grigorian", "1250 Rue Principale", "MONTRÉAL QC  H2X 1Y4")
                else addr
            )
            assert area.x - 0.5 <= left and right <= area.right + 0.5, text
            assert area.y - 0.5 <= top and bottom <= area.bottom + 0.5, text
            assert left >= 0 and right <= env.width and bottom <= env.height - 0.625 * 72


@pytest.mark.parametrize("sheet", sorted(LABEL_SHEETS))
@pytest.mark.parametrize("start", [1, 5])
def test_labels_fill_cells_from_the_start_label(sheet: str, start: int) -> None:
    spec = LABEL_SHEETS[sheet]
    count = spec.per_sheet + 4  # spills onto a second sheet
    recipients = people(count)
    pages = runs(labels_pdf("CA", recipients, sheet, start))
    assert len(pages) == 2
    placed = 0
    for page_number, page in enumerate(pages):
        names = [r for r in page if r[0].startswith("Ms. Person")]
        for text, left, top, right, bottom in names:
            number = int(text.split()[-1])
            index = start - 1 + number
            assert index // spec.per_sheet == page_number
            cell = label_cell(spec, index)
            for _, l2, t2, r2, b2 in [
                r for r in page if cell.x <= r[1] <= cell.right and cell.y <= r[2] <= cell.bottom
            ]:
                assert cell.x <= l2 and r2 <= cell.right and cell.y <= t2 and b2 <= cell.bottom
            assert cell.x <= left and right <= cell.right, text
            assert cell.y <= top and bottom <= cell.bottom, text
            placed += 1
    assert placed == count


def test_printer_offset_moves_everything_by_exactly_that_much() -> None:
    plain = runs(labels_pdf("CA", people(2), "avery5160"))[0]
    shifted = runs(labels_pdf("CA", people(2), "avery5160", offset=(2 * MM, -1.5 * MM)))[0]
    for a, b in zip(plain, shifted, strict=True):
        assert a[0] == b[0]
        assert b[1] - a[1] == pytest.approx(2 * MM, abs=0.01)
        assert b[2] - a[2] == pytest.approx(-1.5 * MM, abs=0.01)


def test_mistakes_are_clear() -> None:
    with pytest.raises(DataError, match="between 1 and 30"):
        labels_pdf("CA", people(1), "avery5160", start=31)
    with pytest.raises(DataError, match="not one of"):
        envelopes_pdf(SENDER, people(1), "c4")
    with pytest.raises(DataError, match="no recipients"):
        labels_pdf("CA", [], "l7160")


def test_calibration_page() -> None:
    for paper in ("letter", "a4"):
        text = " ".join(t for t, *_ in runs(calibration_pdf(paper))[0])
        assert "Printer calibration" in text and "25.4 mm" in text

"""Visual regression: reference pages rendered to PNG and compared with a tolerance, so the
typography cannot drift silently.

The references are tests/golden/pages/*.png, rendered by QtPdf at 50 dpi in grey. After a
deliberate change to the page, look at the new pages, then accept them with
``LETTER_COMPOSER_UPDATE_GOLDEN=1 uv run pytest tests/pdf/test_visual.py``.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from composer.core.model import letter_from_dict
from composer.core.templates import find_template, load_template
from composer.pdf.build import build_pdf
from composer.pdf.mailing import calibration_pdf, envelopes_pdf, labels_pdf
from tests.conftest import letter_data

pytestmark = pytest.mark.gui

GOLDEN = Path(__file__).parent.parent / "golden" / "pages"
DPI = 50
# A page may differ from its reference in antialiasing, not in where things are.
MAX_CHANGED = 0.002  # share of pixels that differ by more than a shade
SHADE = 48

STROKES = {"strokes": [[[10, 40, 0.5], [30, 10, 0.6], [50, 40, 0.7], [70, 10, 0.5]]]}
LONG = Path(__file__).parent / "long-template"


def _letter(**changes: object) -> bytes:
    return build_pdf(letter_from_dict(letter_data(**changes))).pdf


def _long() -> bytes:
    body = "\n\n".join(
        f"Paragraph {i}. " + "This is a sentence that fills the line with words. " * 6
        for i in range(1, 12)
    )
    data = letter_data(template="long", fields={"body": body}, envelope="none")
    return build_pdf(letter_from_dict(data), load_template(LONG)).pdf


def _people() -> list[object]:
    data = letter_from_dict(letter_data())
    return [data.recipient, letter_from_dict(letter_data(recipient={
        "name": "", "title": "", "office": "", "kind": "humanitarian", "position": "",
        "organisation": "International Committee of the Red Cross (ICRC)",
        "street": "19 avenue de la Paix", "city": "Genève", "region": "",
        "postal_code": "1202", "country": "CH"})).recipient]  # fmt: skip


PAGES: dict[str, tuple[Callable[[], bytes], int]] = {
    "letter-en-us10": (lambda: _letter(signature=STROKES), 0),
    "letter-fr-us10-minister": (
        lambda: _letter(
            language="fr",
            recipient={
                "office": "minister",
                "title": "mr",
                "position": "Ministre des Affaires étrangères",
            },
        ),
        0,
    ),
    "letter-hy-a4-dinb-icrc": (
        lambda: _letter(
            language="hy",
            paper="a4",
            envelope="din5008b",
            recipient={
                "kind": "humanitarian",
                "title": "",
                "office": "",
                "name": "",
                "organisation": "Կարմիր խաչի միջազգային կոմիտե",
                "street": "19 avenue de la Paix",
                "city": "Genève",
                "region": "",
                "postal_code": "1202",
                "country": "CH",
            },
        ),
        0,
    ),
    "letter-en-a4-dina": (lambda: _letter(paper="a4", envelope="din5008a"), 0),
    "letter-fr-page2": (lambda: _letter(language="fr"), 1),
    "letter-long-page2": (_long, 1),
    "letter-long-address": (
        lambda: _letter(
            recipient={
                "organisation": "Standing Committee on Citizenship and "
                "Immigration of the House of Commons",
                "street": "131 Queen Street",
            }
        ),
        0,
    ),
    "follow-up-fr": (
        lambda: (
            build_pdf(
                letter_from_dict(
                    letter_data(
                        template="follow-up",
                        language="fr",
                        paper="a4",
                        envelope="din5008b",
                        fields={"original_date": "2026-10-01", "original_subject": "Libération?"},
                    )
                ),
                find_template("follow-up"),
            ).pdf
        ),
        0,
    ),
    "envelope-us10": (
        lambda: envelopes_pdf(letter_from_dict(letter_data()).sender, _people(), "us10"),
        0,
    ),
    "envelope-dl": (
        lambda: envelopes_pdf(letter_from_dict(letter_data()).sender, _people(), "dl"),
        1,
    ),
    "labels-avery5160": (lambda: labels_pdf("CA", _people() * 4, "avery5160", 3), 0),
    "calibration-letter": (lambda: calibration_pdf("letter"), 0),
}


def render(pdf: bytes, page: int) -> Image.Image:
    from composer.ui.qt import QtCore, QtGui, QtPdf

    buffer = QtCore.QBuffer()
    buffer.setData(QtCore.QByteArray(pdf))
    buffer.open(QtCore.QIODevice.OpenModeFlag.ReadOnly)
    document = QtPdf.QPdfDocument()
    document.load(buffer)
    points = document.pagePointSize(page)
    size = QtCore.QSize(round(points.width() * DPI / 72), round(points.height() * DPI / 72))
    image = document.render(page, size)
    white = QtGui.QImage(size, QtGui.QImage.Format.Format_Grayscale8)
    white.fill(QtGui.QColor("white"))
    painter = QtGui.QPainter(white)
    painter.drawImage(0, 0, image)
    painter.end()
    data = QtCore.QByteArray()
    out = QtCore.QBuffer(data)
    out.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    white.save(out, "PNG")
    out.close()
    return Image.open(io.BytesIO(bytes(data.data()))).convert("L")


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_looks_as_it_did(qapp, name: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    make, page = PAGES[name]
    image = render(make(), page)
    reference = GOLDEN / f"{name}.png"
    if os.environ.get("LETTER_COMPOSER_UPDATE_GOLDEN") or not reference.exists():
        if not os.environ.get("LETTER_COMPOSER_UPDATE_GOLDEN"):
            pytest.fail(f"no reference for {name}: run with LETTER_COMPOSER_UPDATE_GOLDEN=1")
        GOLDEN.mkdir(parents=True, exist_ok=True)
        image.save(reference, optimize=True)
    expected = Image.open(reference).convert("L")
    assert image.size == expected.size, name
    diff = ImageChops.difference(image, expected).point(lambda v: 255 if v > SHADE else 0)
    changed = sum(diff.histogram()[255:]) / (image.width * image.height)
    if changed > MAX_CHANGED:
        image.save(tmp_path / f"{name}.png")
        diff.save(tmp_path / f"{name}-diff.png")
    assert changed <= MAX_CHANGED, f"{name}: {changed:.2%} of the page changed (see {tmp_path})"

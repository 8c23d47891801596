"""Signatures: drawn strokes become filled outlines; images keep their transparency."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from composer.core.errors import DataError
from composer.core.model import letter_from_dict
from composer.pdf.build import build_pdf
from composer.pdf.signature import MAX_WIDTH, MIN_WIDTH, stroke_widths
from tests.conftest import letter_data

STROKE = [[x, 40 + (x % 20) - 10, 0.0] for x in range(0, 200, 5)]


def content(pdf: bytes) -> str:
    """The first page's drawing operators, with those of the forms it places."""
    page = PdfReader(io.BytesIO(pdf)).pages[-1]  # the signature is on the letter's last page
    data = page.get_contents()
    assert data is not None
    text = data.get_data().decode("latin-1")
    xobjects = page["/Resources"].get("/XObject")
    for ref in xobjects.get_object().values() if xobjects else []:
        form = ref.get_object()
        if form.get("/Subtype") == "/Form":
            text += "\n" + form.get_data().decode("latin-1")
    return text


def test_one_copy_of_a_signature_serves_every_letter_of_a_merge(tmp_path: Path) -> None:
    from composer.batch.merge import merge_to_pdf
    from composer.core.contacts import Contact
    from composer.core.model import Recipient
    from composer.core.templates import find_template

    base = letter_from_dict(letter_data(signature={"strokes": [STROKE]}))
    people = [Contact(Recipient(name=f"Person {i}")) for i in range(5)]
    out = tmp_path / "all.pdf"
    merge_to_pdf(base, find_template("pow-release"), people, out)
    reader = PdfReader(str(out))
    forms = {
        id(ref.get_object())
        for page in reader.pages
        if "/XObject" in page["/Resources"]  # a letter's first of two pages has none
        for ref in page["/Resources"]["/XObject"].get_object().values()
    }
    assert len(forms) == 1


def test_strokes_are_drawn_as_filled_shapes() -> None:
    plain = content(build_pdf(letter_from_dict(letter_data())).pdf)
    signed = content(
        build_pdf(
            letter_from_dict(
                letter_data(signature={"strokes": [STROKE, [[10, 10, 0], [12, 30, 0]]]})
            )
        ).pdf
    )
    # One filled outline per stroke (non-zero winding fill), none without a signature.
    assert signed.count("f\n") + signed.count(" f ") > plain.count("f\n") + plain.count(" f ")
    ink = re.compile(r"\.05 \.1 \.35 rg")
    assert ink.search(signed) and not ink.search(plain)


def test_pressure_sets_the_width_when_present() -> None:
    widths = stroke_widths([(0, 0, 0.1), (1, 0, 0.9), (2, 0, 0.5)], 1.0)
    assert widths[0] < widths[2] < widths[1]
    assert min(widths) >= MIN_WIDTH and max(widths) <= MAX_WIDTH


def test_speed_sets_the_width_without_pressure() -> None:
    slow = stroke_widths([(i * 0.5, 0, 0) for i in range(10)], 1.0)
    fast = stroke_widths([(i * 20, 0, 0) for i in range(10)], 1.0)
    assert fast[-1] < slow[-1]


def test_no_signature_leaves_a_line_to_sign_on() -> None:
    text = content(build_pdf(letter_from_dict(letter_data())).pdf)
    assert " l S" in text


def test_image_keeps_transparency(tmp_path: Path) -> None:
    path = tmp_path / "sig.png"
    image = Image.new("RGBA", (300, 100), (0, 0, 0, 0))
    for x in range(20, 280):
        image.putpixel((x, 50), (0, 0, 80, 255))
    image.save(path)
    pdf = build_pdf(letter_from_dict(letter_data(signature={"image": str(path)}))).pdf
    page = PdfReader(io.BytesIO(pdf)).pages[-1]  # the signature is on the letter's last page
    xobjects = page["/Resources"]["/XObject"]
    images = [x.get_object() for x in xobjects.values()]
    assert any("/SMask" in img for img in images)


def test_missing_or_bogus_image_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="signature image not found"):
        build_pdf(letter_from_dict(letter_data(signature={"image": str(tmp_path / "no.png")})))
    bogus = tmp_path / "bogus.png"
    bogus.write_bytes(b"not a picture")
    with pytest.raises(DataError, match="not a picture"):
        build_pdf(letter_from_dict(letter_data(signature={"image": str(bogus)})))

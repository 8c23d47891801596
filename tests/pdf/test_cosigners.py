"""A co-signed letter: the people who join it, on signature sheets after the letter."""

from __future__ import annotations

import pytest

from composer.core.errors import DataError
from composer.core.model import MAX_COSIGNERS, letter_from_dict, letter_to_dict
from composer.pdf.build import build_pdf
from tests.conftest import letter_data, pdf_pages, squash

STROKES = [[[0, 0, 0.5], [40, 10, 0.6], [80, 0, 0.5]]]


def cosigned(count: int, language: str = "en") -> dict[str, object]:
    names = ["Անի Պետրոսյան", "Élodie Tremblay", "مریم احمدی", "John Smith"]
    return letter_data(
        language=language,
        cosigners=[
            {"name": f"{names[i % 4]} {i + 1}", "city": "Laval"}
            | ({"signature": {"strokes": STROKES}} if i % 2 == 0 else {})
            for i in range(count)
        ],
    )


def test_cosigners_print_on_numbered_sheets_after_the_letter() -> None:
    plain = build_pdf(letter_from_dict(letter_data()))
    result = build_pdf(letter_from_dict(cosigned(30)))
    sheets = result.pages - plain.pages
    assert sheets >= 2  # thirty rows do not fit one page
    pages = pdf_pages(result.pdf)
    first_sheet = squash(pages[plain.pages])
    assert squash(f"Also signed by (1/{sheets})") in first_sheet
    assert squash("Élodie Tremblay 2") in first_sheet and "Laval" in first_sheet
    everything = squash(" ".join(pages[plain.pages :]))
    assert all(squash(f"{n}.") in everything for n in (1, 15, 30))
    assert squash("Անի Պետրոսյան 1") in everything


def test_a_french_letter_has_french_sheets_and_one_sheet_says_no_count() -> None:
    result = build_pdf(letter_from_dict(cosigned(3, "fr")))
    last = squash(pdf_pages(result.pdf)[-1])
    assert squash("Ont également signé cette lettre") in last and "(1/1)" not in last


def test_cosigners_travel_in_the_data_contract_and_are_checked() -> None:
    letter = letter_from_dict(cosigned(4))
    again = letter_from_dict(letter_to_dict(letter))
    assert again.cosigners == letter.cosigners
    assert again.cosigners[0].signature is not None and again.cosigners[1].signature is None
    too_many = letter_data(cosigners=[{"name": "x"}] * (MAX_COSIGNERS + 1))
    for bad, message in (
        (letter_data(cosigners="Jane"), "cosigners must be a list"),
        (letter_data(cosigners=[{"city": "Laval"}]), r"cosigners\[0\].name is required"),
        (letter_data(cosigners=[{"name": "A", "email": "a@x"}]), "unknown key 'email'"),
        (too_many, "more than 2000 cosigners"),
    ):
        with pytest.raises(DataError, match=message):
            letter_from_dict(bad)

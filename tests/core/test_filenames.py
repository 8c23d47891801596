"""File names from what people typed: safe everywhere, shortened between words."""

from __future__ import annotations

import pytest

from composer.core.filenames import MAX_NAME, safe_filename, shorten


@pytest.mark.parametrize(
    ("text", "limit", "ellipsis", "expected"),
    [
        ("Release the prisoners of war", 60, "", "Release the prisoners of war"),
        ("Release the prisoners of war", 20, "", "Release the"),
        ("Release the prisoners of war", 21, "", "Release the prisoners"),
        ("Release the prisoners of war", 20, "…", "Release the…"),
        ("Libérez les prisonniers de guerre", 25, "", "Libérez les prisonniers"),
        ("Ազատե՛ք ռազմագերիներին և քաղաքացիական անձանց", 30, "", "Ազատե՛ք ռազմագերիներին և"),
        ("Anticonstitutionnellement", 10, "", "Anticonsti"),  # one word: cut inside
        ("Release the prisoners, now", 22, "", "Release the prisoners"),  # no comma left
        ("  many   spaces  here ", 40, "", "many spaces here"),
    ],
)
def test_shorten_cuts_between_words(text: str, limit: int, ellipsis: str, expected: str) -> None:
    assert shorten(text, limit, ellipsis) == expected
    assert len(shorten(text, limit, ellipsis)) <= limit


def test_safe_filename_removes_what_systems_refuse_and_keeps_scripts() -> None:
    assert safe_filename('Letter to Jane: "Doe"/Smith?', ".pdf") == "Letter to Jane Doe Smith.pdf"
    assert safe_filename("Նամակ Ժաննային", ".pdf") == "Նամակ Ժաննային.pdf"
    assert safe_filename("CON", ".pdf") == "_CON.pdf"
    assert safe_filename(" ... ", ".pdf") == "letter.pdf"


def test_long_names_end_on_a_whole_word() -> None:
    name = safe_filename("Letter to " + "Representative " * 20, ".pdf")
    stem = name.removesuffix(".pdf")
    assert len(stem) <= MAX_NAME
    assert stem.endswith("Representative")

"""Long letters: continuation headers with page N of M, and an unbroken signature block."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.core.model import letter_from_dict
from composer.core.templates import load_template
from composer.pdf.build import build_pdf
from tests.conftest import letter_data, pdf_pages

LONG = Path(__file__).parent / "long-template"


def long_letter(paragraphs: int, language: str = "en") -> bytes:
    body = "\n\n".join(
        f"Paragraph {i}. " + "This is a sentence that fills the line with words. " * 6
        for i in range(1, paragraphs + 1)
    )
    data = letter_data(template="long", language=language, fields={"body": body})
    return build_pdf(letter_from_dict(data), load_template(LONG)).pdf


@pytest.mark.parametrize(("paragraphs", "pages"), [(2, 1), (10, 2), (30, 5), (45, 7)])
def test_page_n_of_m_on_continuation_pages(paragraphs: int, pages: int) -> None:
    texts = pdf_pages(long_letter(paragraphs))
    assert len(texts) == pages
    assert "page 1 of" not in texts[0]
    for n, text in enumerate(texts[1:], start=2):
        first_line = text.splitlines()[0]
        assert first_line == f"Ms. Jane Doe, M.P. — November 28, 2026 — page {n} of {pages}"


def test_header_speaks_the_letters_language() -> None:
    texts = pdf_pages(long_letter(10, "fr"))
    assert texts[1].splitlines()[0] == (
        "Madame Jane Doe, députée — 28 novembre 2026 — page 2 sur 2"
    )


@pytest.mark.parametrize("paragraphs", range(4, 20))
def test_closing_signature_and_name_never_split(paragraphs: int) -> None:
    texts = pdf_pages(long_letter(paragraphs))
    last = texts[-1]
    assert "Yours sincerely," in last
    assert last.rstrip().endswith("Anna Grigorian")
    for text in texts[:-1]:
        assert "Yours sincerely," not in text
    # At least two lines of the letter itself stand with the closing on its page.
    lines = last.splitlines()
    before = lines[: lines.index("Yours sincerely,")]
    body = [ln for ln in before if "page " not in ln and ln.strip()]
    assert len(body) >= 2, last[:300]


@pytest.mark.parametrize("paragraphs", range(8, 20))
def test_no_paragraph_leaves_a_single_line_behind(paragraphs: int) -> None:
    texts = pdf_pages(long_letter(paragraphs))
    for text in texts[1:]:
        body = text.splitlines()[1:]
        # The first line on a continuation page never ends a paragraph started before it
        # (widow), unless that paragraph is the closing.
        if body and not body[0].startswith("Paragraph") and body[0] != "Sincerely,":
            assert not body[0].endswith("words."), body[:2]

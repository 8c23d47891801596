"""Names in right-to-left scripts inside a left-to-right letter: Arabic, Persian and Hebrew
names and words print shaped, in their own fonts and in the right order, and read back as
the same text."""

from __future__ import annotations

import re
import subprocess
import unicodedata

import pytest

from composer.core.model import letter_from_dict
from composer.pdf.build import build_pdf
from composer.pdf.flow import Piece, visual_order
from tests.conftest import letter_data

PERSIAN = "محمد علی رضایی"  # Persian yeh (U+06CC)
HEBREW = "דוד כהן"
ARABIC = "يوسف حسن"  # Arabic yeh (U+064A)
# Glyphs that are no single character: lam-alef ligatures, vowel marks on letters, a
# Persian zero-width non-joiner, Hebrew points. They read back as their letters.
HARD = ("بلال صلاح الأمين", "مُحَمَّد", "مهدی\u200cزاده", "דָּוִד")


def read_back(pdf: bytes) -> str:
    """The PDF's text as pdftotext reads it (it puts right-to-left runs back in logical
    order), without direction marks, with presentation forms folded back to letters."""
    text = subprocess.run(
        ["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode("utf-8")
    text = re.sub("[\u202a-\u202e\u200e\u200f]", "", text)
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.mark.parametrize("language", ["en", "fr", "hy"])
def test_ligatures_marks_and_joiners_read_back_as_written(language: str) -> None:
    note = " and ".join(HARD)
    data = letter_data(language=language, fields={"personal_note": f"My friends {note} wrote."})
    pdf = build_pdf(letter_from_dict(data)).pdf
    text = read_back(pdf)
    assert "\ue000" not in text and not re.search("[\ue000-\uf8ff]", text)
    for name in HARD:
        assert unicodedata.normalize("NFKC", name) in text, (name, text[-300:])


@pytest.mark.parametrize("language", ["en", "fr", "hy"])
def test_names_in_other_scripts_read_back_in_logical_order(language: str) -> None:
    data = letter_data(
        language=language,
        sender={"name": PERSIAN},
        recipient={"name": HEBREW, "title": "", "office": "", "kind": "other"},
        fields={"personal_note": f"My friend {ARABIC} wrote too."},
    )
    data["recipient"]["own_representative"] = False
    result = build_pdf(letter_from_dict(data))
    assert result.warnings == ()  # every character has a font
    text = read_back(result.pdf)
    for name in (PERSIAN, HEBREW, ARABIC):
        assert name in text, (name, text[:300])
    fonts = subprocess.run(
        ["pdffonts", "-"], input=result.pdf, capture_output=True, check=True
    ).stdout.decode()
    assert "NotoNaskhArabic" in fonts and "NotoSerifHebrew" in fonts


def piece(text: str) -> Piece:
    return Piece("F", text, float(len(text)))


def test_a_run_of_right_to_left_words_is_drawn_from_right_to_left() -> None:
    line = [piece(t) for t in ("Dear ", "דוד", " ", "כהן", ", ", "and ", "ok")]
    assert [p.text for p in visual_order(line)] == ["Dear ", "כהן", " ", "דוד", ", ", "and ", "ok"]
    only_latin = [piece("Dear "), piece("Anna")]
    assert visual_order(only_latin) is only_latin
    digits = [piece("שרה"), piece(" "), piece("12"), piece(" "), piece("רחוב")]
    assert [p.text for p in visual_order(digits)] == ["רחוב", " ", "12", " ", "שרה"]


def words_with_boxes(pdf: bytes) -> list[tuple[float, str]]:
    """(left edge, word) of every word pdftotext finds, in the order it lists them."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode("utf-8")
    return [
        (float(x), word)
        for x, word in re.findall(r'<word xMin="([0-9.]+)"[^>]*>([^<]*)</word>', html)
    ]


@pytest.mark.parametrize("name", [ARABIC, HEBREW])
def test_punctuation_after_a_right_to_left_name_follows_the_sentence(name: str) -> None:
    """In "My cousin is يوسف حسن, a teacher." the comma belongs to the English sentence
    (UAX #9, rule N1): it is drawn right of the name, before "a", not shaped onto the
    name's left."""
    data = letter_data(fields={"personal_note": f"My cousin is {name}, a teacher."})
    pdf = build_pdf(letter_from_dict(data)).pdf
    words = words_with_boxes(pdf)
    start = next(i for i, (_x, w) in enumerate(words) if w == "is")
    line = words[start + 1 : start + 4]  # the name's two words, then "a"
    assert line[-1][1] == "a"
    with_comma = [w for _x, w in line if "," in w]
    assert len(with_comma) == 1 and with_comma[0].endswith(","), line
    # The comma is on the rightmost of the name's words, which is the one written first.
    rightmost = max(line[:2])[1]
    assert rightmost.endswith(","), line


@pytest.mark.parametrize(
    "written",
    [
        "بلال صلاح الأمين",  # lam-alef ligatures
        "مُحَمَّد",  # vowel marks
        "مهدی\u200cزاده",  # Persian zero-width non-joiner
        "דָּוִד",  # Hebrew points
        "שרה לוי (born 1990)",
        "يوسف حسن, and דוד כהן.",
    ],
)
def test_the_letter_s_text_reads_as_written_whatever_its_glyphs(written: str) -> None:
    """The text the preview gives screen readers: the names as they are written, letters in
    their order and ligatures as their letters (the PDF's own text layer, read by QtPdf,
    has them in drawing order and lam-alef as a private-use character)."""
    data = letter_data(fields={"personal_note": f"My friend {written} wrote too."})
    result = build_pdf(letter_from_dict(data))
    assert f"My friend {written} wrote too." in result.text[0].replace("\n", " ")


def test_a_right_to_left_word_longer_than_the_line_reads_back_as_written() -> None:
    """A web address in Arabic, split where the line ends: each part is shaped again from
    the letters as written, so none reads back as private-use characters or reversed."""
    address = "https://ar.wikipedia.org/wiki/قائمة_الدول_العربية_حسب_عدد_السكان_والمساحة_والناتج_المحلي_الإجمالي"
    data = letter_data(fields={"personal_note": f"See {address} please."})
    result = build_pdf(letter_from_dict(data))
    text = read_back(result.pdf)
    assert not re.search("[\ue000-\uf8ff]", text), text[-400:]
    written = result.text[0].replace("\n", "")
    assert address in written  # the lines of the split address, joined, read as written

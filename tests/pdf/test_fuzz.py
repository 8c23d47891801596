"""Arbitrary text in every field never crashes the renderer; covered text comes back."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from composer.core.model import RECIPIENT_FIELDS, SENDER_FIELDS, letter_from_dict
from composer.pdf.build import build_pdf
from composer.pdf.fonts import FAMILIES, _coverage
from tests.conftest import letter_data, pdf_text, squash

# Every free-text part (codes and flags are checked elsewhere).
SENDER = [f for f in SENDER_FIELDS if f != "country"]
CODES = ("country", "kind", "title", "office", "jurisdiction", "level", "own_representative")
RECIPIENT = [f for f in RECIPIENT_FIELDS if f not in CODES]


def covered(ch: str) -> bool:
    return any(ord(ch) in _coverage(f) for f in FAMILIES)


def visible(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LNPS" and covered(ch)


anything = st.text(st.characters(codec="utf-8"), max_size=60)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.fixed_dictionaries({k: anything for k in SENDER}),
    st.fixed_dictionaries({k: anything for k in RECIPIENT}),
    anything,
)
def test_any_unicode_never_crashes(
    sender: dict[str, str], recipient: dict[str, str], note: str
) -> None:
    sender = {**sender, "name": sender["name"] + "A"}  # a name is required
    recipient = {**recipient, "name": recipient["name"] + "B"}
    data = letter_data(sender=sender, recipient=recipient, fields={"personal_note": note})
    result = build_pdf(letter_from_dict(data))
    assert result.pdf.startswith(b"%PDF") and result.pages >= 1


# Letters from every bundled family's coverage, plus spaces and ASCII punctuation.
covered_text = st.text(
    st.characters(codec="utf-8", categories=("Lu", "Ll", "Nd", "Po", "Ps", "Pe", "Sm")).filter(
        visible
    ),
    min_size=1,
    max_size=80,
)


@settings(max_examples=60, deadline=None)
@given(covered_text)
def test_covered_characters_come_back_literally(note: str) -> None:
    result = build_pdf(letter_from_dict(letter_data(fields={"personal_note": note})))
    assert not [w for w in result.warnings if "bundled font" in w]
    text = squash(unicodedata.normalize("NFC", pdf_text(result.pdf)))
    assert squash(unicodedata.normalize("NFC", note)) in text

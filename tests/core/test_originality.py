"""The originality hint: word shingles that are the same on every computer and in every run,
found the same whatever the case, punctuation or script, and shares that say where the
writer's words come from."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

import pytest

from composer.core.originality import (
    Originality,
    hint,
    measure,
    shingles,
    tokens,
)

TEMPLATE = (
    "I am writing to ask for your help. Armenian prisoners of war and civilians are still "
    "held in Baku, years after the war ended. Please raise their release with the "
    "government and ask that the International Committee of the Red Cross may visit them."
)
OWN = (
    "My grandmother kept a photograph of her brother on the kitchen shelf for thirty years. "
    "Nobody in our family knows whether he is alive; every winter she lights a candle and "
    "waits by the telephone that never rings. Could your office find out anything at all?"
)
OTHER = (
    "Last spring my cousin Aram came home after two years in a cell; he still wakes at "
    "night and listens for footsteps in the corridor that is no longer there."
)


def test_a_shingle_is_blake2b_of_the_words_and_never_changes() -> None:
    # The fixed value: fingerprints already kept in a log must keep matching new ones.
    assert shingles("Free the prisoners") == frozenset({4780026675821012552})
    expected = hashlib.blake2b(b"free the prisoners", digest_size=8).digest()
    assert shingles("free the prisoners") == {int.from_bytes(expected, "big")}


def test_shingles_are_the_same_in_another_run() -> None:
    # Python's hash() of a string changes with PYTHONHASHSEED; ours must not.
    code = f"from composer.core.originality import shingles; print(sorted(shingles({OWN!r})))"
    other_run = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "12345"},
    )
    assert other_run.stdout == f"{sorted(shingles(OWN))}\n"


def test_windows_of_three_words_and_short_texts() -> None:
    assert len(shingles("one two three four five")) == 3
    assert len(shingles("one two")) == 1
    assert shingles("one two") != shingles("one two three")
    assert shingles("") == frozenset() and shingles(" — 2026, !? ") == frozenset()
    assert len(shingles("one two three four", size=1)) == 4
    with pytest.raises(ValueError):
        shingles("text", size=0)
    assert all(0 <= h < 2**64 for h in shingles(OWN))


def test_case_and_punctuation_do_not_matter() -> None:
    assert shingles("Free the prisoners, now!") == shingles("free THE prisoners now")
    assert shingles("«Libérez-les» — maintenant…") == shingles("libérez les maintenant")
    # Composed or decomposed accents, typographic or straight apostrophes: the same words.
    assert shingles("l’Arménie a été") == shingles("L'Arme\u0301nie a e\u0301te\u0301")
    assert tokens("Aujourd’hui, l’ONU: 2 lettres!") == ["aujourd'hui", "l'onu", "lettres"]


def test_armenian_words_are_found_and_folded() -> None:
    assert tokens("Ազատե՛ք գերիներին, խնդրում եմ։") == ["ազատեք", "գերիներին", "խնդրում", "եմ"]
    assert shingles("ԱԶԱՏԵՔ ԳԵՐԻՆԵՐԻՆ ՀԻՄԱ") == shingles("Ազատե՛ք գերիներին հիմա։")
    assert shingles("Ազատեք գերիներին հիմա") != shingles("Ազատեք գերիներին վաղը")
    assert tokens("Освободите пленных!") == ["освободите", "пленных"]


def test_a_copied_template_comes_from_the_template() -> None:
    o = measure(TEMPLATE, TEMPLATE, [])
    assert o.from_template == pytest.approx(1.0)
    assert o.own == 0.0 and o.words == len(tokens(TEMPLATE))
    assert hint(o) == ("mostly_template", 0)
    # Retyped in capitals and without punctuation, it is still the template.
    shouted = measure(TEMPLATE.upper().replace(".", ""), TEMPLATE, [])
    assert shouted.from_template == pytest.approx(1.0)


def test_own_words_are_own() -> None:
    o = measure(OWN, TEMPLATE, [shingles(OTHER)])
    assert o.own == pytest.approx(1.0)
    assert hint(o) == ("mostly_own", 100)


def test_own_words_with_a_sentence_of_the_template() -> None:
    text = OWN + " Please raise their release with the government."
    o = measure(text, TEMPLATE, [])
    assert 0.7 < o.own < 1 and o.from_template > 0
    assert o.own + o.from_template + o.from_other_letters == pytest.approx(1.0)
    code, percent = hint(o)
    assert code == "mostly_own" and percent == round(o.own * 100)


def test_half_the_template_is_partly_template() -> None:
    half = " ".join(TEMPLATE.split()[:25]) + " " + " ".join(OWN.split()[:25])
    code, percent = hint(measure(half, TEMPLATE, []))
    assert code in ("partly_template", "mostly_template") and 30 < percent < 70


def test_a_copied_letter_from_this_computer_is_found() -> None:
    o = measure(OTHER, TEMPLATE, [shingles(OWN), shingles(OTHER)])
    assert o.from_other_letters == pytest.approx(1.0) and o.own == 0
    assert hint(o) == ("like_other_letters", 0)


def test_the_template_comes_before_other_letters() -> None:
    # Another letter made from the same template holds the template's text too: copying the
    # template is "from the template", not "like other letters".
    o = measure(TEMPLATE, TEMPLATE, [shingles(TEMPLATE + " " + OTHER)])
    assert o.from_template == pytest.approx(1.0) and o.from_other_letters == 0


def test_an_empty_text() -> None:
    o = measure("", TEMPLATE, [shingles(OTHER)])
    assert o == Originality(own=0.0, from_template=0.0, from_other_letters=0.0, words=0)
    assert hint(o) == ("empty", 0)
    assert hint(measure("  ...  ", TEMPLATE, []))[0] == "empty"


def test_hint_thresholds() -> None:
    assert hint(Originality(0.70, 0.30, 0.0, 50)) == ("mostly_own", 70)
    assert hint(Originality(0.694, 0.306, 0.0, 50)) == ("partly_template", 69)
    assert hint(Originality(0.4, 0.1, 0.5, 50)) == ("like_other_letters", 40)
    assert hint(Originality(0.4, 0.5, 0.1, 50)) == ("mostly_template", 40)
    assert hint(Originality(0.6, 0.2, 0.2, 50)) == ("partly_template", 60)


def test_own_words_are_the_free_text_fields_and_the_ps() -> None:
    from pathlib import Path

    from composer.core.model import Letter
    from composer.core.originality import own_words, template_text
    from composer.core.templates import load_template

    root = Path(__file__).resolve().parents[2]
    template = load_template(root / "templates" / "pow-release", "bundled")
    multiline = [f.name for f in template.fields if f.type == "multiline"]
    assert multiline  # the campaign letter asks for the writer's own words
    letter = Letter(
        template="pow-release",
        fields={multiline[0]: "My uncle is still held.", "x_not_a_field": "ignored"},
        ps="Please answer.",
    )
    assert own_words(letter, template) == "My uncle is still held.\n\nPlease answer."
    assert "prisoners" in template_text(template, "en").lower()
    assert "prisoners" in template_text(template, "xx").lower()  # its languages still


def test_a_few_words_get_no_hint() -> None:
    """ "Thanks!" matching another letter's "Thanks!" says nothing about whose words they are."""
    assert hint(measure("Thanks!", TEMPLATE, [shingles("Thanks!")])) == ("empty", 0)
    assert hint(measure("Please free them now.", TEMPLATE, []))[0] == "empty"


def test_the_sample_in_another_language_or_around_a_tag_is_still_the_sample() -> None:
    from pathlib import Path

    from composer.core.originality import template_text
    from composer.core.templates import load_template

    root = Path(__file__).resolve().parents[2]
    template = load_template(root / "templates" / "pow-release", "bundled")
    english = template_text(template, "en")
    assert "{{" not in english and "{%" not in english
    armenian_letter_sample = template_text(template, "hy")
    pasted = " ".join(english.split()[40:120])  # English sample pasted into an Armenian letter
    assert measure(pasted, armenian_letter_sample, []).from_template > 0.9

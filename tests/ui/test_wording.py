"""What is wrong with a letter is said in the app's language, under the input and in the
list of what the letter still needs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from composer.core.model import letter_from_dict
from composer.core.templates import Field, find_template
from composer.core.validation import Problem, problems
from composer.ui.language import translations
from composer.ui.main_window import MainWindow
from composer.ui.qt import QtCore
from composer.ui.wording import fill, missing_items, problem_item, problem_text
from tests.conftest import letter_data

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.gui


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translations(qapp).apply("en", QtCore.QLocale("en_CA"))
    yield
    translations(qapp).apply("en", QtCore.QLocale("en_CA"))


def every_problem() -> list[Problem]:
    """A letter wrong in every way the core checks, and its template."""
    template = find_template("pow-release")
    spec = Field(name="when", label={"en": "When"}, type="date")
    choice = Field(name="tone", label={"en": "Tone"}, type="choice", choices=("calm", "firm"))
    short = Field(name="short", label={"en": "Short"}, max_length=3)
    needed = Field(name="needed", label={"en": "Needed"}, required=True)
    template = replace(template, fields=(*template.fields, spec, choice, short, needed))
    data = letter_data(
        sender={"name": "", "email": "not-mail", "phone": "call me", "postal_code": "XYZ"},
        recipient={"name": "", "organisation": ""},
        fields={"when": "soon", "tone": "angry", "short": "too long"},
    )
    letter = replace(letter_from_dict(data), language="de")
    return problems(letter, template)


def test_every_problem_the_core_finds_has_its_own_sentence(english: None) -> None:
    found = every_problem()
    codes = {p.code for p in found}
    source = (ROOT / "composer" / "core" / "validation.py").read_text()
    assert codes == set(re.findall(r'code="([a-z-]+)"', source)) | {"postal-code"}
    for problem in found:  # in English, the sentence is the core's (quotes aside)
        said = problem_text(problem)
        assert said.replace("“", "'").replace("”", "'") == problem.message or (
            problem.code == "postal-code" and "Canada" in said
        ), (said, problem.message)


@pytest.mark.parametrize("language", ["fr", "hy"])
def test_no_problem_is_said_in_english_in_french_or_armenian(english: None, language: str) -> None:
    english_texts = {p.key + p.code: problem_text(p, "Label") for p in every_problem()}
    translations().apply(language)
    for problem in every_problem():
        said = problem_text(problem, "Label")
        assert said and said != english_texts[problem.key + problem.code], said
        assert "%" not in said
    postal = next(p for p in every_problem() if p.code == "postal-code")
    assert {"fr": "Canada", "hy": "Կանադա"}[language] in problem_text(postal)


def test_the_list_names_each_input_in_the_app_s_language(english: None) -> None:
    template = find_template("pow-release")
    letter = letter_from_dict(letter_data(fields={"personal_note": "x" * 5000}))
    found = tuple(p for p in problems(letter, template) if p.code == "too-long")
    translations().apply("fr")
    spec = next(f for f in template.fields if f.name == "personal_note")
    [item] = missing_items(found, template)
    assert spec.label_for("fr") in item and "5000" in item and "caractères" in item
    not_email = Problem(
        "fields.x", "is not an e-mail address like name@example.org", code="not-email"
    )
    assert problem_item(not_email, "Courriel").startswith("Courriel\u00a0: n’est pas")


def test_placeholders_are_filled_at_once() -> None:
    assert fill("%1 is %2", "50%2", "x") == "50%2 is x"
    assert fill("%1 and %3", "a") == "a and %3"


def test_the_form_and_the_preview_speak_french(
    qtbot,
    english: None,
    letter_window: MainWindow,  # type: ignore[no-untyped-def]
) -> None:
    window = letter_window
    window.set_language("fr")
    name = window.form.rows["sender.name"]
    name.editor.setFocus()
    qtbot.keyClick(name.editor, "A")
    qtbot.keyClick(name.editor, QtCore.Qt.Key.Key_Backspace)
    qtbot.keyClick(name.editor, QtCore.Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: bool(name.message.text()), timeout=5000)
    assert name.message.text() == "votre nom est obligatoire"
    assert "votre nom est obligatoire" in name.editor.accessibleDescription()
    qtbot.waitUntil(lambda: "votre nom" in window.preview.message.text(), timeout=10_000)
    assert "your name" not in window.preview.message.text()


def test_the_warnings_the_window_shows_are_worded_in_the_app_s_language(english: None) -> None:
    from composer.core.errors import Notice
    from composer.ui.main_window import SHOWN_WARNINGS
    from composer.ui.wording import warning_text

    letter = letter_from_dict(
        letter_data(recipient={"postal_code": "99999"}, fields={"personal_note": "漢字"})
    )
    from composer.pdf.build import build_pdf

    built = list(build_pdf(letter).warnings)
    built += [
        Notice("x", "address-too-long", (("lines", "9"), ("where", "window"))),
        Notice("x", "sender-too-long"),
        Notice("x", "return-line-too-long"),
    ]
    shown = [w for w in built if getattr(w, "code", "") in SHOWN_WARNINGS]
    assert {getattr(w, "code", "") for w in shown} == SHOWN_WARNINGS
    english_texts = [warning_text(w) for w in shown]
    assert any("postal code" in t for t in english_texts)
    for language in ("fr", "hy"):
        translations().apply(language)
        for warning, said in zip(shown, english_texts, strict=True):
            worded = warning_text(warning)
            assert worded and worded != said and "%" not in worded, (language, worded)

"""The originality hint under the writer's own words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from composer.core.originality import shingles, template_text

pytestmark = pytest.mark.gui

OWN = (
    "My grandfather's village is near Hadrut. Two of our neighbours' sons have not come "
    "home since the winter of 2020 and their mother still sets the table for them."
)


def typed(window: Any, text: str) -> str:
    window.form.rows["fields.personal_note"].editor.setPlainText(text)
    window.sync()
    window.originality.update()  # what the pause in typing does
    label = window.form.originality
    return label.text() if not label.isHidden() else ""


def test_own_words_the_sample_and_another_letter(letter_window: Any) -> None:
    window = letter_window
    assert typed(window, "") == ""
    assert typed(window, OWN) == "About 100 % of what you wrote is in your own words."
    sample = template_text(window.session.template, "en")
    copied = " ".join(line for line in sample.splitlines() if "{" not in line and "}" not in line)
    assert "repeats the sample letter" in typed(window, copied[:600])

    letters = window.letter_log()
    letters.record(
        action="printed",
        template="pow-release",
        language="en",
        recipient="Someone",
        subject="s",
        letter_date=dt.date.today(),
        fingerprint=shingles(OWN),
    )
    window._log_entries = None  # as after any letter logged
    assert "matches another letter written on this computer" in typed(window, OWN)


def test_a_letter_saved_does_not_count_as_another_letter(
    letter_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from composer.core.model import letter_from_dict
    from tests.conftest import letter_data

    window = letter_window
    window.open_letter(letter_from_dict(letter_data()))
    typed(window, OWN)
    monkeypatch.setattr(
        "composer.ui.main_window.ask_save_path", lambda *a, **k: tmp_path / "letter.pdf"
    )
    window.export_pdf()
    assert len(window.letter_log().entries()) == 1
    assert typed(window, OWN) == "About 100 % of what you wrote is in your own words."


def test_a_letter_reopened_is_not_another_letter(
    letter_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from composer.core.model import letter_from_dict
    from tests.conftest import letter_data

    window = letter_window
    window.open_letter(letter_from_dict(letter_data()))
    typed(window, OWN)
    monkeypatch.setattr(
        "composer.ui.main_window.ask_save_path", lambda *a, **k: tmp_path / "letter.pdf"
    )
    window.export_pdf()
    window.open_letter(window.session.letter)  # reopened later, as from its draft
    assert typed(window, OWN) == "About 100 % of what you wrote is in your own words."

"""The originality hint under the letter's own fields: how much of what the writer typed is
their own, against the sample letter and the other letters written on this computer. It
nudges, never blocks, and is worked out at a pause in typing, not at every key."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from composer.core.model import Letter
from composer.core.originality import hint, measure, own_words, template_text
from composer.core.templates import Template
from composer.ui.qt import QtCore, QtWidgets, Slot

PAUSE_MS = 600


class OriginalityHint(QtCore.QObject):
    """Keeps ``label`` saying how much of the writer's own words are theirs."""

    def __init__(
        self,
        label: QtWidgets.QLabel,
        other_letters: Callable[[], list[frozenset[int]]],
        parent: QtCore.QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.label = label
        self.other_letters = other_letters
        self.letter: Letter | None = None
        self.template: Template | None = None
        self._samples: dict[tuple[Path, str], str] = {}  # the sample letter's words, read once
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.update)
        self.label.hide()

    def letter_changed(self, letter: Letter | None, template: Template | None) -> None:
        self.letter, self.template = letter, template
        self._timer.start()

    @Slot()
    def update(self) -> None:
        letter, template = self.letter, self.template
        if letter is None or template is None:
            self.label.hide()
            return
        own = own_words(letter, template)
        if not own.strip():
            self.label.hide()
            return
        key = (template.folder, letter.language)
        if key not in self._samples:
            self._samples[key] = template_text(template, letter.language)
        sample = self._samples[key]
        code, percent = hint(measure(own, sample, self.other_letters()))
        self.label.setText(self.text(code, percent))
        self.label.setVisible(code != "empty")

    def text(self, code: str, percent: int) -> str:
        if code == "mostly_own":
            return self.tr("About %1 % of what you wrote is in your own words.").replace(
                "%1", str(percent)
            )
        if code == "like_other_letters":
            return self.tr(
                "Much of what you wrote matches another letter written on this computer. "
                "Letters in each person's own words carry more weight."
            )
        if code == "mostly_template":
            return self.tr(
                "Most of what you wrote repeats the sample letter. Offices give more weight "
                "to a letter in the writer's own words: add a sentence of your own."
            )
        return self.tr(
            "About %1 % of what you wrote is in your own words; the rest repeats the sample "
            "letter. A sentence on why this matters to you makes the letter count."
        ).replace("%1", str(percent))

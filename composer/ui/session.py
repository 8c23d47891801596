"""The open letter: one object owning its data, template, file, unsaved state and latest PDF.

Widgets are views. The form pushes what was typed into :meth:`LetterSession.edit`; the
preview, Save, autosave, Print and the merge read the session, never the widgets. A change
is parsed and validated once, and builds the preview once (a change that leaves the letter
as it was builds nothing).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import Any

from composer.core.drafts import save_draft
from composer.core.errors import LetterError
from composer.core.model import Letter, Signature, letter_from_dict
from composer.core.templates import Template
from composer.core.validation import Problem, problems
from composer.ui.builder import BuildOutcome, PreviewBuilder, Throttle
from composer.ui.qt import QtCore, Signal, Slot
from composer.ui.tasks import Tasks

log = logging.getLogger(__name__)

PREVIEW_DELAY_MS = 150  # typing pauses shorter than this do not rebuild the preview


class LetterSession(QtCore.QObject):
    loaded = Signal()  # a different letter or template: views fill themselves from it again
    changed = Signal()  # the letter changed (an edit, a signature, a template)
    problems_changed = Signal(object)  # list[Problem], once per change
    invalid = Signal(str)  # what was typed is not a letter yet (the reason)
    built = Signal(object)  # BuildOutcome of the newest letter
    dirty_changed = Signal(bool)
    path_changed = Signal()

    def __init__(
        self,
        tasks: Tasks | None = None,
        delay_ms: int = PREVIEW_DELAY_MS,
        parent: QtCore.QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.template: Template | None = None
        self.letter: Letter | None = None
        self.draft_path: Path | None = None
        self.dirty = False
        self.problems: list[Problem] = []
        self.last_build: BuildOutcome | None = None
        self.subject = ""  # the subject of the letter pdf() last gave
        self.error = ""
        self.builder = PreviewBuilder(tasks, self)
        self.builder.finished.connect(self._built)
        self.throttle = Throttle(self.rebuild, delay_ms, self)

    # -- replacing the letter -----------------------------------------------------------------

    def open(
        self,
        letter: Letter,
        template: Template,
        path: Path | None = None,
        dirty: bool = False,
    ) -> None:
        """Make ``letter`` the open letter (new, opened from ``path``, or restored)."""
        self.template = template
        self.letter = letter
        self.error = ""
        self.draft_path = path
        self.last_build = None
        self.loaded.emit()
        self.path_changed.emit()
        self._set_dirty(dirty)
        self._validate()
        self.changed.emit()
        self.throttle.cancel()
        self.rebuild()

    def set_template(self, template: Template, data: dict[str, Any]) -> None:
        """Write the same letter with another template (``data``: the form's values)."""
        self.template = template
        self.edit(data, force=True)

    # -- edits from the views -----------------------------------------------------------------

    def edit(self, data: dict[str, Any], force: bool = False) -> None:
        """What the form holds now (the data contract); the signature is the session's."""
        if self.template is None:
            return
        try:
            letter = letter_from_dict({**data, "template": self.template.id})
        except LetterError as error:
            self.error = str(error)
            self.invalid.emit(self.error)
            return
        signature = self.letter.signature if self.letter is not None else None
        letter = replace(letter, signature=signature)
        self._change(letter, force)

    def set_signature(self, signature: Signature | None) -> None:
        if self.letter is not None:
            self._change(replace(self.letter, signature=signature))

    def _change(self, letter: Letter, force: bool = False) -> None:
        if letter == self.letter and not force and not self.error:
            return  # a widget repeated itself: nothing to check, save or build
        self.letter = letter
        self.error = ""
        self._set_dirty(True)
        self._validate()
        self.changed.emit()
        self.throttle()

    def _validate(self) -> None:
        assert self.letter is not None and self.template is not None
        self.problems = problems(self.letter, self.template)
        self.problems_changed.emit(self.problems)

    # -- saved or not -------------------------------------------------------------------------

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self.dirty:
            self.dirty = dirty
            self.dirty_changed.emit(dirty)

    def save(self, path: Path) -> None:
        """Save the letter as a draft at ``path``; raises OSError or LetterError."""
        if self.letter is None:
            raise LetterError("there is no letter to save")
        save_draft(path, self.letter)
        self.draft_path = path
        self.path_changed.emit()
        self._set_dirty(False)

    def mark_clean(self) -> None:
        """The letter needs no saving (the person chose to discard it)."""
        self._set_dirty(False)

    # -- the PDF ------------------------------------------------------------------------------

    @Slot()
    def rebuild(self) -> None:
        if self.letter is not None and self.template is not None and not self.error:
            self.builder.request(self.letter, self.template)

    @Slot(object)
    def _built(self, outcome: BuildOutcome) -> None:
        # Shown even if typing went on meanwhile (the newer letter's build follows); Save and
        # Print compare letters before reusing these bytes.
        self.last_build = outcome
        if outcome.details:
            log.error("the preview could not be built:\n%s", outcome.details.rstrip())
        self.built.emit(outcome)

    def pdf(self) -> tuple[Letter, bytes]:
        """The letter and its PDF: the preview's bytes when they are of this very letter,
        else built now. Raises LetterError when the letter cannot be printed yet."""
        if self.letter is None or self.template is None:
            raise LetterError("there is no letter yet")
        if self.error:
            raise LetterError(self.error)
        outcome = self.last_build
        if outcome is not None and outcome.letter == self.letter and outcome.printable:
            self.subject = outcome.subject
            return self.letter, outcome.pdf  # one renderer, built once
        from composer.pdf.build import build_pdf

        result = build_pdf(self.letter, self.template)
        self.subject = result.subject
        return self.letter, result.pdf

    def wait(self, msecs: int = 10_000) -> bool:
        """Wait for a build on its way (closing, tests)."""
        return self.builder.wait(msecs)

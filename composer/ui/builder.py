"""Building the preview's PDF off the UI thread, throttled, newest request wins."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass

from composer.core.errors import LetterError
from composer.core.model import Letter
from composer.core.templates import Template
from composer.ui.background import Background
from composer.ui.qt import QtCore, Signal, Slot


class Throttle(QtCore.QObject):
    """Calls ``func`` at most once per ``delay_ms``; the last request is never lost.

    After a pause the first call runs at once, so a single keystroke updates the preview
    without waiting; during fast typing the calls are spread ``delay_ms`` apart (the idea
    of qutebrowser's ``misc/throttle.py``).
    """

    def __init__(
        self, func: Callable[[], None], delay_ms: int, parent: QtCore.QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._func = func
        self.delay_ms = delay_ms
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)
        self._clock = QtCore.QElapsedTimer()

    def __call__(self) -> None:
        if self._timer.isActive():
            return
        since = self._clock.elapsed() if self._clock.isValid() else self.delay_ms
        if since >= self.delay_ms:
            self._fire()
        else:
            self._timer.start(self.delay_ms - since)

    def cancel(self) -> None:
        self._timer.stop()

    @Slot()
    def _fire(self) -> None:
        self._clock.start()
        self._func()


@dataclass(frozen=True)
class BuildOutcome:
    """One finished build: the PDF, or the message saying why there is none."""

    generation: int
    letter: Letter
    pdf: bytes = b""
    pages: int = 0
    warnings: tuple[str, ...] = ()
    error: str = ""
    details: str = ""
    missing: tuple[str, ...] = ()  # what the letter still needs before it can be printed


def _build(generation: int, letter: Letter, template: Template) -> BuildOutcome:
    """Build one preview (on the worker thread); failures become the outcome's message."""
    from composer.pdf.build import build_pdf  # the worker pays for the import, not the UI

    try:
        result = build_pdf(letter, template, require_complete=False)
        return BuildOutcome(
            generation,
            letter,
            result.pdf,
            result.pages,
            result.warnings,
            missing=tuple(problem.message for problem in result.incomplete),
        )
    except LetterError as error:
        return BuildOutcome(generation, letter, error=str(error))
    except Exception as error:  # a bug: say so, keep the details for the report
        return BuildOutcome(
            generation, letter, error=f"Unexpected error: {error}", details=traceback.format_exc()
        )


class PreviewBuilder(QtCore.QObject):
    """Builds PDFs on one worker thread; only the newest request's result is delivered."""

    finished = Signal(object)  # BuildOutcome

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QtCore.QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._task: Background | None = None
        self._generation = 0
        self._running = False
        self._pending: tuple[Letter, Template] | None = None

    @property
    def busy(self) -> bool:
        return self._running or self._pending is not None

    def request(self, letter: Letter, template: Template) -> int:
        """Ask for a build; returns its generation number."""
        self._generation += 1
        self._pending = (letter, template)
        if not self._running:
            self._start()
        return self._generation

    def _start(self) -> None:
        assert self._pending is not None
        letter, template = self._pending
        self._pending = None
        self._running = True
        self._task = Background(_build, self._generation, letter, template)
        self._task.signals.done.connect(self._on_finished)
        self._pool.start(self._task)

    @Slot(object)
    def _on_finished(self, outcome: BuildOutcome) -> None:
        self._running = False
        if self._pending is not None:
            self._start()  # a newer request arrived meanwhile: this result is stale
            return
        if outcome.generation == self._generation:
            self.finished.emit(outcome)

    def wait(self, msecs: int = 10_000) -> bool:
        return self._pool.waitForDone(msecs)

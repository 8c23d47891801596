"""Building the preview's PDF off the UI thread, throttled, newest request wins."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from composer.core.errors import LetterError
from composer.core.model import Letter
from composer.core.templates import Template
from composer.core.validation import Problem
from composer.core.workers import WorkerGone
from composer.pdf import headstart

if TYPE_CHECKING:
    from composer.pdf.build import BuildResult
from composer.ui.qt import QtCore, Signal, Slot
from composer.ui.tasks import Tasks, app_tasks

log = logging.getLogger(__name__)

# With the head start running, the app loads its own engine after the first preview, or
# after this long if no letter is previewed (the gallery is open) - then the worker stops.
IDLE_LOAD_MS = 3000


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
    details: str = ""  # a fault in the app: the traceback (also in the log)
    missing: tuple[Problem, ...] = ()  # what the letter still needs before it can be printed
    subject: str = ""
    text: tuple[str, ...] = ()  # each page's text as it reads, when the head start gave it
    drawn: BuildResult | None = field(default=None, repr=False, compare=False)

    def reading_text(self) -> tuple[str, ...]:
        """Each page's text as it reads (for screen readers), worked out when asked."""
        if self.text or self.drawn is None:
            return self.text
        return self.drawn.text

    @property
    def printable(self) -> bool:
        return bool(self.pdf) and not self.error and not self.missing


def build_outcome(generation: int, letter: Letter, template: Template) -> BuildOutcome:
    """Build one preview (on a pool thread); the letter's own problems become the outcome's
    message, anything else is a fault the task reports."""
    from composer.pdf.build import build_pdf  # the worker pays for the import, not the UI

    try:
        result = build_pdf(letter, template, require_complete=False)
    except LetterError as error:
        return BuildOutcome(generation, letter, error=str(error))
    return BuildOutcome(
        generation,
        letter,
        result.pdf,
        result.pages,
        result.warnings,
        missing=result.incomplete,
        subject=result.subject,
        drawn=result,
    )


def build_in_head_start(
    worker: headstart.HeadStart, generation: int, letter: Letter, template: Template
) -> BuildOutcome:
    """Build one preview in the head-start process (``composer.pdf.headstart``), or here
    if it cannot."""
    try:
        built = worker.build(letter, template)
    except WorkerGone as why:
        log.info("the build worker did not build the preview (%s): built here instead", why)
        return build_outcome(generation, letter, template)
    if built.error:
        return BuildOutcome(generation, letter, error=built.error)
    return BuildOutcome(
        generation,
        letter,
        built.pdf,
        built.pages,
        built.warnings,
        missing=built.missing,
        subject=built.subject,
        text=built.text,
    )


def warm_engine() -> None:
    """Load the typesetting engine and the body fonts (on a pool thread, while the window is
    being made): the first preview then costs a build, not a build and 0.2 s of loading."""
    from composer.core.rendering import render_letter  # noqa: F401 - loaded for later
    from composer.pdf.build import build_pdf  # noqa: F401
    from composer.pdf.fonts import BOLD, PRIMARY, REGULAR, face_name, load_face

    for style in (REGULAR, BOLD):
        load_face(face_name(PRIMARY, style))


def preload_engine() -> threading.Thread:
    """Start loading the engine at once, before the window's own modules (the app calls this
    right after Qt is up): by the first build, it has had the other core to itself."""
    from composer.ui.collector import collect_on_ui_thread

    collect_on_ui_thread()  # the loading thread must not collect the UI's garbage
    thread = threading.Thread(target=warm_engine, name="engine-preload", daemon=True)
    thread.start()
    return thread


class PreviewBuilder(QtCore.QObject):
    """Builds one PDF at a time on the app's pool; only the newest request's result is
    delivered, and a newer request waiting means an older result is thrown away unseen."""

    finished = Signal(object)  # BuildOutcome

    def __init__(self, tasks: Tasks | None = None, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks or app_tasks()
        self._generation = 0
        self._running = False
        self._pending: tuple[int, Letter, Template] | None = None
        self.builds = 0  # builds started, for tests and benchmarks
        self.head_start_builds = 0  # of which sent to the head-start process
        self._engine = "not loaded"  # "loading", "loaded": the engine in this process
        self._load_later = QtCore.QTimer(self)
        self._load_later.setSingleShot(True)
        self._load_later.timeout.connect(self._load_engine)

    @property
    def busy(self) -> bool:
        return self._running or self._pending is not None

    def warm(self) -> None:
        """Load the engine now, in the background; builds asked for meanwhile wait for it
        (one thing at a time: the fonts are loaded once). With the head start running, the
        engine loads after the first preview instead (or after a few idle seconds), and the
        previews asked for until then are built by the head start."""
        if headstart.running() is not None and self._engine == "not loaded":
            self._load_later.start(IDLE_LOAD_MS)
            return
        if self._running:
            return
        self._running = True
        self._tasks.run(
            warm_engine,
            owner=self,
            finished=lambda _none: self._warmed(),
            failed=lambda _error, _details: self._warmed(),  # the build will say what fails
            name="loading the engine",
        )

    def _warmed(self) -> None:
        self._running = False
        self._engine = "loaded"
        if self._pending is not None:
            self._start()

    @Slot()
    def _load_engine(self) -> None:
        """Beside the head start: load the engine here, then stop the head start."""
        self._load_later.stop()
        if self._engine != "not loaded":
            return
        self._engine = "loading"
        self._tasks.run(
            warm_engine,
            owner=self,
            finished=lambda _none: self._engine_loaded(),
            failed=lambda _error, _details: self._engine_loaded(),  # builds will say
            name="loading the engine",
        )

    def _engine_loaded(self) -> None:
        self._engine = "loaded"
        # Closing waits for a build the worker is doing: not on the UI thread.
        self._tasks.run(headstart.stop, owner=None, name="stopping the build worker")

    def request(self, letter: Letter, template: Template) -> int:
        """Ask for a build; returns its generation number."""
        self._generation += 1
        self._pending = (self._generation, letter, template)
        if not self._running:
            self._start()
        return self._generation

    def _start(self) -> None:
        assert self._pending is not None
        generation, letter, template = self._pending
        self._pending = None
        self._running = True
        self.builds += 1
        worker = headstart.running() if self._engine != "loaded" else None
        build: Callable[..., BuildOutcome] = build_outcome
        arguments: tuple[object, ...] = (generation, letter, template)
        if worker is not None:
            self.head_start_builds += 1
            build, arguments = build_in_head_start, (worker, *arguments)
        self._tasks.run(
            build,
            *arguments,
            owner=self,
            finished=self._on_finished,
            failed=lambda error, details: self._on_finished(
                BuildOutcome(
                    generation, letter, error=f"{type(error).__name__}: {error}", details=details
                )
            ),
            name="preview build",
        )

    @Slot(object)
    def _on_finished(self, outcome: BuildOutcome) -> None:
        self._running = False
        if self._pending is not None:
            self._start()  # a newer request arrived meanwhile: this result is stale
            return
        if outcome.generation == self._generation:
            self.finished.emit(outcome)
        if self._engine == "not loaded" and headstart.running() is not None:
            self._load_engine()  # the first preview is shown: now load the engine here

    def wait(self, msecs: int = 10_000) -> bool:
        return self._tasks.wait(self, msecs)

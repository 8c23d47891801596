"""A head start for the app's first previews: a second process loads the engine at once.

Loading the typesetting engine (ReportLab, HarfBuzz, Jinja, Babel, the body fonts) takes
about a quarter of a second of Python. On a thread of the app it would share Python's one
lock with the making of the window and slow both; in a process of its own it has the other
core to itself. So the app starts this process before it even imports Qt, sends it the
letters it previews until its own engine is loaded (which it begins after the first
preview, or after a few idle seconds), and then stops it. Between loading and the first
request it builds a sample letter, so the first preview does not pay for first-time work.
On a one-core machine there is nothing to gain and no process is started.

The same ``build_pdf`` makes the same bytes in either process (a PDF is byte-identical for
the same letter wherever it is built; tested here and in the CLI's tests), so the preview is
still exactly what Save and Print produce. Any doubt - the process gone, slow, or a fault in
it - and the app builds the letter itself.

Requests are pickles of ``(letter, template)``, written by the app to its own child over a
pipe, so the child runs nothing it did not get from its parent. Replies come back as JSON
checked field by field, never pickle: nothing the process says is executed.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import os
import pickle
import sys
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from composer.core.workers import LineWorker, WorkerGone, request_waiting, serve

if TYPE_CHECKING:  # the app imports this module first of all: it stays light
    from composer.core.model import Letter
    from composer.core.templates import Template
    from composer.core.validation import Problem

log = logging.getLogger(__name__)

WORKER_ARGUMENT = "__build-worker__"  # how a frozen app is asked to be the build worker
BUILD_SECONDS = 30.0  # one build, reply included, before the app builds it itself
# For the engine to load before the first build, at most: past it the app builds the letter
# itself, sooner than a stuck or starved process would (it takes 0.2-0.4 s).
READY_SECONDS = 8.0


@dataclass(frozen=True)
class Built:
    """What the worker made of one letter: a PDF, or the letter's own problem (``error``)."""

    pdf: bytes = b""
    pages: int = 0
    warnings: tuple[str, ...] = ()
    missing: tuple[Problem, ...] = ()  # what the letter still needs before it can be printed
    subject: str = ""
    error: str = ""
    text: tuple[str, ...] = ()  # each page's text as it reads


def _command() -> list[str]:
    if getattr(sys, "frozen", False):  # a bundled executable: it knows the argument
        return [sys.executable, WORKER_ARGUMENT]
    return [sys.executable, "-I", "-m", "composer.pdf.headstart"]


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


class HeadStart:
    """The build worker, seen from the app."""

    def __init__(self) -> None:
        self._worker = LineWorker(self._command, "build-worker", READY_SECONDS)
        self.closed = False

    def _command(self) -> list[str]:
        if self.closed:  # stopped for good: never started again behind stop()'s back
            raise WorkerGone("closed")
        return _command()

    def launch(self) -> bool:
        # Where it can, a copy of the app (still without Qt) that goes on to load the engine.
        return self._worker.launch(fork=main)

    @property
    def pid(self) -> int | None:
        return self._worker.pid

    def build(self, letter: Letter, template: Template) -> Built:
        """The worker's build of ``letter``; :class:`WorkerGone` if the app must build it."""
        if self.closed:
            raise WorkerGone("closed")
        try:
            packed = pickle.dumps((letter, template), pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError, AttributeError, RecursionError) as error:
            raise WorkerGone(f"the letter cannot be sent ({type(error).__name__})") from None
        request = base64.b64encode(packed)
        try:
            with self._worker.lock:
                if self.closed:  # stopped while the letter was being packed
                    raise WorkerGone("closed")
                reply = self._worker.exchange(request + b"\n", BUILD_SECONDS)
            return _read_reply(reply)
        except WorkerGone:
            # Gone, stuck or faulty once: the app builds its letters itself from now on,
            # rather than pay for another start at every preview.
            self.close()
            raise

    def close(self) -> None:
        """Stop the process for good, at once: a build waiting on it is answered "gone"
        and made by the app instead (so the signing table's wipe never waits on it)."""
        self.closed = True
        self._worker.stop()


def _read_reply(reply: bytes) -> Built:
    try:
        data = json.loads(reply)
        if not isinstance(data, dict):
            raise ValueError("not an object")
        if "fault" in data:
            raise WorkerGone(f"fault in the worker: {str(data['fault'])[:500]}")
        if "error" in data:
            return Built(error=_text(data["error"]))
        pages = data["pages"]
        if not isinstance(pages, int) or isinstance(pages, bool) or not 0 < pages < 100_000:
            raise ValueError("bad page count")
        return Built(
            pdf=base64.b64decode(_text(data["pdf"]), validate=True),
            pages=pages,
            warnings=tuple(_notice(item) for item in _list(data["warnings"])),
            missing=tuple(_problem(item) for item in _list(data["missing"])),
            subject=_text(data["subject"]),
            text=_texts(data["text"]),
        )
    except (ValueError, KeyError, TypeError, binascii.Error) as error:
        raise WorkerGone(f"unreadable reply ({error})") from None


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("not text")
    return value


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError("not a list")
    return value


def _texts(value: Any) -> tuple[str, ...]:
    return tuple(_text(item) for item in _list(value))


def _pairs(value: Any) -> tuple[tuple[str, str], ...]:
    pairs = _list(value)
    if any(not isinstance(pair, list) or len(pair) != 2 for pair in pairs):
        raise ValueError("not a pair")
    return tuple((_text(name), _text(part)) for name, part in pairs)


def _notice(value: Any) -> str:
    """A warning as the app's own build gives it: its text, code and parts (the app
    shows and words warnings by their code)."""
    from composer.core.errors import Notice

    text, code, values = _list(value) if len(_list(value)) == 3 else (None, None, None)
    if text is None:
        raise ValueError("not a warning")
    return Notice(_text(text), _text(code), _pairs(values))


def _problem(value: Any) -> Problem:
    from composer.core.validation import Problem

    if not isinstance(value, dict):
        raise TypeError("not an object")
    values = _pairs(value["values"])
    return Problem(
        _text(value["key"]),
        _text(value["message"]),
        _text(value["severity"]),
        _text(value["code"]),
        values,
    )


_running: HeadStart | None = None


def launch() -> HeadStart | None:
    """Start the worker once per app, on a machine with a second core; the one running."""
    global _running
    if _running is None and _cores() >= 2:
        worker = HeadStart()
        if worker.launch():
            _running = worker
        else:
            log.info("the build worker could not start; the app loads its engine itself")
    return _running


def running() -> HeadStart | None:
    """The worker, if it was launched and is not closed."""
    return _running if _running is not None and not _running.closed else None


def stop() -> None:
    """Stop the worker for good (the app's own engine is loaded, or the app ends)."""
    global _running
    worker, _running = _running, None
    if worker is not None:
        worker.close()


# -- in the worker process ------------------------------------------------------------------


def _load() -> None:
    """What the app would otherwise load on its own thread (``composer.ui.builder``)."""
    from composer.core.rendering import render_letter  # noqa: F401 - loaded for later
    from composer.pdf.build import build_pdf  # noqa: F401
    from composer.pdf.fonts import BOLD, PRIMARY, REGULAR, face_name, load_face

    for style in (REGULAR, BOLD):
        load_face(face_name(PRIMARY, style))


LANGUAGES = ("en", "fr", "hy")  # the bundled templates' languages, warmed in this order


def _languages(environ: Mapping[str, str] = os.environ) -> list[str]:
    """The languages to warm: the person's own first (as the system's locale says)."""
    own = next((environ[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(v)), "")
    first = own[:2].lower()
    return sorted(LANGUAGES, key=lambda language: language != first)


def _sample(language: str) -> dict[str, Any]:
    """A short letter of the campaign's template, to warm the engine with (never shown)."""
    return {
        "template": "pow-release",
        "language": language,
        "paper": "letter" if language != "hy" else "a4",
        "envelope": "us10" if language != "hy" else "din5008b",
        "date": "2026-01-15",
        "sender": {
            "name": "A Writer",
            "street": "1 Main Street",
            "city": "Montréal",
            "region": "QC",
            "postal_code": "H2X 1Y4",
            "country": "CA",
        },
        "recipient": {
            "kind": "representative",
            "title": "ms",
            "office": "mp",
            "name": "A Member",
            "organisation": "House of Commons",
            "city": "Ottawa",
            "region": "ON",
            "postal_code": "K1A 0A6",
            "country": "CA",
        },
        "fields": {"personal_note": "Բարև ձեզ։" if language == "hy" else "Écrit — “à la main”."},
    }


def _warm(waiting: Callable[[], bool | None] = request_waiting, languages: int = 1) -> list[str]:
    """Build a sample letter in the person's own language (as the system's locale says), and
    in as many more as asked while the app has asked for nothing: a first build in a fresh
    process loads the language's dates from Babel, starts HarfBuzz and compiles the template
    (about 60 ms, where the next build takes 6 ms), and the first preview should not wait for
    that. One language by default: a preview asked for while a second one is being built
    would wait for it. Returns the languages warmed."""
    from composer.core.model import letter_from_dict
    from composer.core.templates import find_template
    from composer.pdf.build import build_pdf

    warmed: list[str] = []
    try:
        template = find_template("pow-release")
    except Exception:  # a warm-up never stops the worker
        return warmed
    for language in _languages()[:languages]:
        asked = waiting()
        if asked or (asked is None and warmed):  # cannot tell: one language only
            break
        try:
            build_pdf(letter_from_dict(_sample(language)), template, require_complete=False)
        except Exception as error:
            log.info("warming the engine in %s failed: %s", language, error)
        warmed.append(language)
    return warmed


def _reply(line: bytes) -> bytes:
    from composer.core.errors import LetterError
    from composer.pdf.build import build_pdf

    try:
        letter, template = pickle.loads(base64.b64decode(line))
        try:
            result = build_pdf(letter, template, require_complete=False)
        except LetterError as error:
            return json.dumps({"error": str(error)}).encode()
        return json.dumps(
            {
                "pdf": base64.b64encode(result.pdf).decode("ascii"),
                "pages": result.pages,
                "warnings": [
                    [str(w), getattr(w, "code", ""), [list(p) for p in getattr(w, "values", ())]]
                    for w in result.warnings
                ],
                "missing": [
                    {
                        "key": problem.key,
                        "message": problem.message,
                        "severity": problem.severity,
                        "code": problem.code,
                        "values": [list(pair) for pair in problem.values],
                    }
                    for problem in result.incomplete
                ],
                "subject": result.subject,
                "text": list(result.text),
            }
        ).encode()
    except Exception as error:  # a fault: the app builds the letter itself and logs it
        fault = f"{type(error).__name__}: {error}\n{traceback.format_exc(limit=8)}"
        return json.dumps({"fault": fault}).encode()


def main() -> int:
    """Load the engine, then answer build requests on stdin until it closes."""
    _load()
    return serve(_reply, meanwhile=_warm)


if __name__ == "__main__":
    sys.exit(main())

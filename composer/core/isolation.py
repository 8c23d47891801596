"""Templates that did not come with the app render in a process of their own.

The sandbox (``composer.core.rendering``) limits what a template may call and checks every
operation that builds text before it runs. But a single call into C can still work for
minutes, and a Python thread cannot be stopped. So a template from a USB stick, a pack or a
folder given on the command line renders in a worker process with a memory limit and a CPU
limit, which is killed when it overruns its time. Its reply is JSON, checked field by field,
never pickle: nothing the worker says is executed.

The app keeps one warm worker for all its letters, so the preview pays only for passing a
letter and its rendered text through a pipe. Bundled templates render in the app's own
process. On Windows there are no resource limits; the wall-clock kill still applies.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import sys
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

from composer.core.document import blocks_from_data, blocks_to_data
from composer.core.errors import LetterError, TemplateError
from composer.core.model import Letter, letter_from_dict, letter_to_dict
from composer.core.rendering import MAX_OUTPUT, TIME_LIMIT, RenderedLetter, render
from composer.core.templates import MAX_FOLDER_ENTRIES, Template, load_template
from composer.core.untrusted import TooManyEntries, walk_folder
from composer.core.workers import MAX_MESSAGE, LineWorker, WorkerGone, serve

MEMORY_LIMIT = 1 << 30  # bytes of address space for the worker
CPU_SECONDS = int(TIME_LIMIT) + 3  # per render, counted by the kernel
WALL_SECONDS = TIME_LIMIT + 4.0  # per render, counted by the app, which then kills it
WORKER_ARGUMENT = "__template-worker__"  # how a frozen app is asked to be a worker


def _command() -> list[str]:
    if getattr(sys, "frozen", False):  # a bundled executable: it knows the argument
        return [sys.executable, WORKER_ARGUMENT]
    # -I: the template's folder (or wherever the app was started) is not on sys.path, so a
    # file there named like a module cannot be imported by the worker.
    return [sys.executable, "-I", "-m", "composer.core.isolation"]


class TemplateWorker:
    """One worker process, started on first use and again after it was killed."""

    def __init__(self) -> None:
        self._worker = LineWorker(_command, "template-worker")

    def render(self, letter: Letter, template: Template) -> RenderedLetter:
        """What ``rendering.render`` returns, computed in the worker; a template that fails,
        hangs or grows too large raises one :class:`TemplateError`."""
        # The signature is not the template's business (and may be a large list of points).
        data = letter_to_dict(replace(letter, signature=None))
        request = {"folder": str(template.folder), "letter": data}
        line = json.dumps(request, ensure_ascii=True).encode("ascii") + b"\n"
        where = str(template.body_path(letter.language))
        with self._worker.lock:
            reply = self._exchange(line, where)
        return _rendered(reply, where)

    def _exchange(self, line: bytes, where: str) -> dict[str, Any]:
        try:
            reply = self._worker.exchange(line, WALL_SECONDS)
        except WorkerGone as gone:
            if str(gone) == "timeout":
                raise TemplateError(
                    f"took longer than {TIME_LIMIT:g} s to render and was stopped", where
                ) from None
            if str(gone) == "ended":
                raise TemplateError(
                    "used more memory or time than a letter may, and was stopped", where
                ) from None
            raise TemplateError("the template worker could not be started") from None
        try:
            decoded = json.loads(reply)
        except ValueError:
            self._worker.stop()
            raise TemplateError("the template worker sent something unreadable", where) from None
        if not isinstance(decoded, dict):
            raise TemplateError("the template worker sent something unreadable", where)
        return decoded

    def close(self) -> None:
        self._worker.close()


def _text(value: Any, limit: int = MAX_OUTPUT) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise ValueError("not text")
    return value


def _rendered(reply: dict[str, Any], where: str) -> RenderedLetter:
    """The worker's reply, checked: a rendered letter, or its error as a TemplateError."""
    try:
        if "error" in reply:
            error = reply["error"]
            if not isinstance(error, dict):
                raise ValueError("bad error")
            line = error.get("line")
            path = error.get("path")
            raise TemplateError(
                _text(error.get("message"), 2_000),
                _text(path, 4_096) if path is not None else None,
                line if isinstance(line, int) and not isinstance(line, bool) else None,
            )
        ok = reply["ok"]
        warnings = ok.get("warnings", [])
        if not isinstance(warnings, list) or len(warnings) > 1_000:
            raise ValueError("bad warnings")
        return RenderedLetter(
            subject=_text(ok["subject"]),
            salutation=_text(ok["salutation"]),
            body=blocks_from_data(ok["body"]),
            closing=_text(ok["closing"]),
            date=_text(ok["date"], 200),
            warnings=tuple(_text(w, 2_000) for w in warnings),
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        raise TemplateError("the template worker sent something unreadable", where) from None


_shared: TemplateWorker | None = None
_shared_lock = threading.Lock()


def shared_worker() -> TemplateWorker:
    """This process's worker, started on first use and stopped when the process exits."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = TemplateWorker()
            atexit.register(_shared.close)
        return _shared


# -- the worker's side ------------------------------------------------------------------------


def _limit_self() -> None:
    """Memory and CPU limits the kernel enforces, even on a call stuck inside C code."""
    try:
        import resource
    except ImportError:  # Windows: the app's wall-clock kill is the limit
        return
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _cpu_budget() -> None:
    """Allow the next render CPU_SECONDS more; past that the kernel ends the process (the
    limit counts the whole process's time, so it is moved forward before each letter)."""
    try:
        import resource
    except ImportError:
        return
    usage = resource.getrusage(resource.RUSAGE_SELF)
    soft = int(usage.ru_utime + usage.ru_stime) + CPU_SECONDS
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CPU, (soft, resource.RLIM_INFINITY))


Signature = tuple[tuple[str, int, int, int, int, int], ...]
_loaded: dict[str, tuple[Signature, Template]] = {}


def _signature(folder: Path) -> Signature | None:
    """Every entry in or under ``folder``: its kind, size, inode and times (links are not
    followed); None when the folder cannot be read or holds too much to be a template."""
    entries = []
    try:
        for path, info in walk_folder(folder, MAX_FOLDER_ENTRIES):
            if isinstance(info, OSError):
                return None
            entries.append(
                (
                    str(path),
                    info.st_mode,
                    info.st_size,
                    info.st_ino,
                    info.st_mtime_ns,
                    info.st_ctime_ns,
                )
            )
    except TooManyEntries:
        return None
    return tuple(entries)


def _template(folder: Path) -> Template:
    """The template in ``folder``, read and checked again whenever anything in the folder has
    changed (a template being written is previewed as it is saved). The preview sends the
    same folder with every keystroke, and reading and checking it was half of a render."""
    signature = _signature(folder)
    kept = _loaded.get(str(folder))
    if signature is not None and kept is not None and kept[0] == signature:
        return kept[1]
    template = load_template(folder, origin="isolated")
    _loaded.clear()  # one template is previewed at a time
    if signature is not None:
        _loaded[str(folder)] = (signature, template)
    return template


def _handle(line: bytes) -> dict[str, Any]:
    try:
        request = json.loads(line)
        folder = Path(request["folder"])
        letter = letter_from_dict(request["letter"])
    except (ValueError, KeyError, TypeError) as error:
        return {"error": {"message": f"bad request ({error})"}}
    except LetterError as error:
        return {"error": {"message": str(error)}}
    try:
        template = _template(folder)
        rendered = render(letter, template)
    except TemplateError as error:
        return {"error": {"message": error.message, "path": error.path, "line": error.line}}
    except LetterError as error:
        return {"error": {"message": str(error)}}
    except MemoryError:
        return {"error": {"message": "ran out of memory"}}
    return {
        "ok": {
            "subject": rendered.subject,
            "salutation": rendered.salutation,
            "body": blocks_to_data(rendered.body),
            "closing": rendered.closing,
            "date": rendered.date,
            "warnings": list(rendered.warnings),
        }
    }


def _reply(line: bytes) -> bytes:
    try:
        reply = _handle(line)
        data = json.dumps(reply, ensure_ascii=True).encode("ascii")
    except MemoryError:
        data = b'{"error": {"message": "ran out of memory"}}'
    if len(data) > MAX_MESSAGE:
        data = b'{"error": {"message": "output too long for a letter"}}'
    return data


def main() -> int:
    """Serve render requests on stdin until it closes (the app quit or was killed)."""
    _limit_self()
    return serve(_reply, before=_cpu_budget)


if __name__ == "__main__":
    sys.exit(main())

"""Mail merge: one letter, many recipients, as one PDF to print or one PDF per recipient.

Nothing half-made is left behind: output goes to a temporary file or folder beside the
target and is moved into place only when every letter is done; a cancel or an error removes
it, and what a killed merge leaves (hidden, named by ``composer.core.files``) is removed by
the next merge into that folder. Worker processes end with the process that started them.
Letters share one set of embedded fonts when they go into one PDF.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import re
import shutil
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO

from composer.batch.pdfjoin import join_pdfs
from composer.core.contacts import Contact
from composer.core.errors import DataError, LetterError
from composer.core.filenames import safe_filename
from composer.core.files import (
    OutputError,
    atomic_writer,
    describe_os_error,
    note_output_folder,
    remove_leftovers,
    staging_folder,
)
from composer.core.model import Letter
from composer.core.rendering import render_letter
from composer.core.templates import Template
from composer.core.validation import errors, problems
from composer.pdf.build import compose_pdf, draw_letter, new_canvas

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class MergeCancelled(Exception):
    """The person stopped the merge; nothing was written."""


@dataclass(frozen=True)
class MergeResult:
    letters: int
    pages: int
    outputs: tuple[Path, ...]
    warnings: tuple[str, ...]
    kinds: tuple[tuple[str, int], ...] = ()  # how many letters to each kind of recipient

    def kinds_text(self) -> str:
        """ "3 to representatives (1 as a constituent), 2 to human-rights organisations"."""
        return kinds_text(dict(self.kinds))


KIND_WORDS = {
    "representative": "representatives",
    "government": "governments",
    "human_rights": "human-rights organisations",
    "humanitarian": "humanitarian organisations",
    "other": "other recipients (neutral wording)",
}


def count_kinds(contacts: Sequence[Contact]) -> tuple[tuple[str, int], ...]:
    counts: dict[str, int] = {}
    for contact in contacts:
        counts[contact.recipient.kind] = counts.get(contact.recipient.kind, 0) + 1
    own = sum(1 for c in contacts if c.recipient.own_representative)
    if own:
        counts["own_representative"] = own
    return tuple(sorted(counts.items()))


def kinds_text(counts: dict[str, int]) -> str:
    parts = []
    for kind, words in KIND_WORDS.items():
        if counts.get(kind):
            part = f"{counts[kind]} to {words}"
            if kind == "representative" and counts.get("own_representative"):
                part += f" ({counts['own_representative']} as a constituent)"
            parts.append(part)
    return ", ".join(parts)


def letter_for(base: Letter, contact: Contact) -> Letter:
    """``base`` addressed to ``contact``, with the contact's own greeting if it has one."""
    return replace(
        base,
        recipient=contact.recipient_in(base.language),
        salutation=contact.salutation or base.salutation,
    )


def _check(letter: Letter, template: Template, number: int, contact: Contact) -> None:
    bad = errors(problems(letter, template))
    if bad:
        who = contact.display_name or f"recipient {number}"
        raise DataError(f"letter {number} ({who}): " + "; ".join(str(p) for p in bad))


_RECIPIENT_KEYS = ("recipient.", "salutation")


def merge_problems(
    base: Letter, template: Template, contacts: Sequence[Contact], limit: int = 20
) -> list[str]:
    """What stops a merge, in plain words, found before anything is asked or written: the
    letter's own problems (the sender, the letter's text) once, then each recipient's by its
    number in the merge ("letter 3, to Jane Doe: …"); at most ``limit`` lines."""
    if not contacts:
        return ["no recipients are chosen"]
    labels = {f"fields.{f.name}": f.label_for(base.language) for f in template.fields}
    found: list[str] = []
    first = errors(problems(letter_for(base, contacts[0]), template))
    for problem in first:
        if problem.key.startswith(_RECIPIENT_KEYS):
            continue
        if problem.key.startswith("sender."):
            found.append(f"your details: {problem.message}")
        else:
            found.append(f"{labels.get(problem.key, 'the letter')}: {problem.message}")
    for number, contact in enumerate(contacts, start=1):
        for problem in errors(problems(letter_for(base, contact), template)):
            if problem.key.startswith(_RECIPIENT_KEYS):
                who = contact.display_name or f"recipient {number}"
                found.append(f"letter {number}, to {who}: {problem.message}")
        if len(found) >= limit:
            break
    return found[:limit]


# A one-PDF merge of up to ONE_CANVAS letters draws them all on one canvas (fastest); a
# larger one is written in parts of PART letters on both cores and joined, so its memory
# stops growing.
ONE_CANVAS = 400
PART = 250


def _write_part(
    base: Letter,
    template: Template,
    jobs: list[tuple[int, Contact]],
    path: Path | BinaryIO,
    cancelled: Cancelled | None = None,
    progress: Progress | None = None,
) -> tuple[int, list[str]]:
    """Draw some letters of a merge on one canvas, saved to ``path``; ``progress`` hears of
    each letter (a worker process reports whole parts instead)."""
    title = template.title_for(base.language)
    canvas = new_canvas(
        str(path) if isinstance(path, Path) else path,
        base.paper,
        base.language,
        title,
        base.sender.name,
        title,
    )
    pages = 0
    warnings: list[str] = []
    for done, (number, contact) in enumerate(jobs, start=1):
        if cancelled is not None and cancelled():
            raise MergeCancelled
        letter = letter_for(base, contact)
        drawn = draw_letter(canvas, letter, render_letter(letter, template))
        pages += drawn.pages
        warnings += [f"letter {number}: {w}" for w in drawn.warnings]
        if progress is not None:
            progress(done, len(jobs))
    canvas.save()
    return pages, warnings


def merge_to_pdf(
    base: Letter,
    template: Template,
    contacts: Sequence[Contact],
    out: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    workers: int | None = None,
) -> MergeResult:
    """All letters, in order, in one PDF at ``out`` (written atomically).

    Up to ``ONE_CANVAS`` letters share one canvas; a larger merge is written in parts of
    ``PART`` letters (on ``workers`` processes, by default the number of cores) and joined
    page by page, so memory stays the same however many letters there are.
    """
    if not contacts:
        raise DataError("no recipients to write to")
    for number, contact in enumerate(contacts, start=1):
        _check(letter_for(base, contact), template, number, contact)
    if workers is None:
        workers = min(os.cpu_count() or 1, 4) if len(contacts) >= PARALLEL_FROM else 1
    jobs = list(enumerate(contacts, start=1))
    remove_leftovers(out.parent)
    note_output_folder(out.parent)
    try:
        with atomic_writer(out) as target:
            if len(jobs) <= ONE_CANVAS:
                pages, warnings = _write_part(base, template, jobs, target, cancelled, progress)
            else:
                staging = staging_folder(out.parent)
                try:
                    chunks = [
                        (jobs[i : i + PART], staging / f"{i:07d}.pdf")
                        for i in range(0, len(jobs), PART)
                    ]
                    pages, warnings = _run_chunks(
                        _write_part, base, template, chunks, progress, cancelled, workers
                    )
                    join_pdfs([path for _, path in chunks], target)
                finally:
                    shutil.rmtree(staging, ignore_errors=True)
    except OSError as error:
        raise OutputError(f"{out}: cannot write ({describe_os_error(error)})") from None
    return MergeResult(len(contacts), pages, (out,), tuple(warnings), count_kinds(contacts))


def file_names(contacts: Sequence[Contact]) -> list[str]:
    """``001 Jane Doe.pdf`` …: numbered so they sort in merge order, unique, safe on every
    operating system."""
    width = max(3, len(str(len(contacts))))
    names = []
    for number, contact in enumerate(contacts, start=1):
        label = contact.display_name or contact.recipient.organisation
        names.append(safe_filename(f"{number:0{width}d} {label}".strip(), ".pdf"))
    return names


PARALLEL_FROM = 200  # fewer letters are done before a second process has started
CHUNK = 25  # letters per job: how often progress is reported and a cancel is noticed


def _write_letters(
    base: Letter,
    template: Template,
    jobs: list[tuple[int, Contact, str]],
    staging: Path,
    cancelled: Cancelled | None = None,
) -> tuple[int, list[str]]:
    """Write some of a merge's files (in a worker process, or in this one)."""
    pages = 0
    warnings: list[str] = []
    for number, contact, name in jobs:
        if cancelled is not None and cancelled():
            raise MergeCancelled
        letter = letter_for(base, contact)
        rendered = render_letter(letter, template)
        result = compose_pdf(
            letter, rendered, rendered.subject or template.title_for(letter.language)
        )
        (staging / name).write_bytes(result.pdf)
        pages += result.pages
        warnings += [f"letter {number}: {w}" for w in result.warnings]
    return pages, warnings


Task = Callable[..., tuple[int, list[str]]]


def _run_chunks(
    task: Task,
    base: Letter,
    template: Template,
    chunks: list[tuple[list[Any], Path]],
    progress: Progress | None,
    cancelled: Cancelled | None,
    workers: int,
) -> tuple[int, list[str]]:
    """Run ``task(base, template, jobs, target)`` for every chunk, here or in ``workers``
    processes; report progress in letters and stop when ``cancelled``."""
    total = sum(len(jobs) for jobs, _ in chunks)
    pages = 0
    warnings: list[str] = []
    done = 0

    def finished(chunk_pages: int, chunk_warnings: list[str], count: int) -> None:
        nonlocal pages, done
        pages += chunk_pages
        warnings.extend(chunk_warnings)
        done += count
        if progress is not None:
            progress(done, total)

    if workers <= 1:
        for jobs, target in chunks:
            if cancelled is not None and cancelled():
                raise MergeCancelled
            finished(*task(base, template, jobs, target, cancelled), len(jobs))
        return pages, warnings
    # Separate processes use both cores (one Python process uses one). "spawn", because
    # forking a process that runs Qt's threads is unsafe.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_die_with_parent,
        initargs=(os.getpid(),),
    ) as pool:
        futures = {
            pool.submit(task, base, template, jobs, target): len(jobs) for jobs, target in chunks
        }
        try:
            pending = set(futures)
            while pending:
                ready, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                if cancelled is not None and cancelled():
                    raise MergeCancelled
                for future in ready:
                    finished(*future.result(), futures[future])
        except BrokenProcessPool:
            pool.shutdown(wait=True, cancel_futures=True)
            raise LetterError("a worker process of the merge stopped unexpectedly") from None
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise
    number = re.compile(r"^letter (\d+):")
    warnings.sort(key=lambda w: int(m.group(1)) if (m := number.match(w)) else 0)
    return pages, warnings


def _die_with_parent(parent: int) -> None:
    """In a worker process: end when the process that started the merge is gone (killed,
    crashed), instead of living on with nobody to hand its letters to."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG

    def watch() -> None:
        while os.getppid() == parent:
            threading.Event().wait(0.5)
        os._exit(1)

    if os.getppid() != parent:
        os._exit(1)
    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def merge_to_folder(
    base: Letter,
    template: Template,
    contacts: Sequence[Contact],
    folder: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    workers: int | None = None,
) -> MergeResult:
    """One PDF per recipient in ``folder``; all of them appear together or none does.

    Large batches are shared between processes (``workers``, default: the number of cores).
    """
    if not contacts:
        raise DataError("no recipients to write to")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(
            f"{folder}: cannot make the folder ({describe_os_error(error)})"
        ) from None
    if not folder.is_dir():
        raise OutputError(f"{folder} is a file, not a folder")
    names = file_names(contacts)
    clashes = [n for n in names if (folder / n).exists()]
    if clashes:
        raise DataError(f"{folder / clashes[0]} already exists; choose an empty folder")
    for number, contact in enumerate(contacts, start=1):
        _check(letter_for(base, contact), template, number, contact)
    if workers is None:
        workers = min(os.cpu_count() or 1, 4) if len(contacts) >= PARALLEL_FROM else 1
    jobs = [(n, c, name) for n, (c, name) in enumerate(zip(contacts, names, strict=True), 1)]
    remove_leftovers(folder)
    note_output_folder(folder)
    try:
        staging = staging_folder(folder)
    except OSError as error:
        raise OutputError(f"{folder}: cannot write ({describe_os_error(error)})") from None
    try:
        chunks = [(jobs[i : i + CHUNK], staging) for i in range(0, len(jobs), CHUNK)]
        pages, warnings = _run_chunks(
            _write_letters, base, template, chunks, progress, cancelled, workers
        )
        outputs = []
        for name in names:
            os.replace(staging / name, folder / name)
            outputs.append(folder / name)
    except OSError as error:
        raise OutputError(f"{folder}: cannot write ({describe_os_error(error)})") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return MergeResult(len(contacts), pages, tuple(outputs), tuple(warnings), count_kinds(contacts))

"""The head-start process builds the very bytes the app would build itself."""

from __future__ import annotations

import base64
import contextlib
import json
import os
import signal
from collections.abc import Iterator
from dataclasses import replace

import pytest

from composer.core.errors import LetterError
from composer.core.model import letter_from_dict
from composer.core.templates import find_template
from composer.core.validation import Problem
from composer.core.workers import WorkerGone
from composer.pdf import headstart
from composer.pdf.build import build_pdf
from tests.conftest import letter_data

STROKES = [[[10.0, 10.0, 0.5], [40.0, 22.0, 0.7], [80.0, 12.0, 0.4]]]


@pytest.fixture(scope="module")
def worker() -> Iterator[headstart.HeadStart]:
    worker = headstart.HeadStart()
    assert worker.launch()
    yield worker
    worker.close()


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"language": "fr", "signature": {"strokes": STROKES}},
        {"language": "hy", "paper": "a4", "envelope": "din5008b"},
        {"sender": {"name": ""}, "fields": {"personal_note": "أحمد رضایی · דוד כהן"}},
        {"recipient": {"postal_code": "99999"}, "fields": {"personal_note": "漢字"}},
    ],
    ids=["en", "fr-signed", "hy-a4", "incomplete-rtl", "warnings"],
)
def test_the_worker_builds_the_bytes_built_here(
    worker: headstart.HeadStart, changes: dict[str, object]
) -> None:
    letter = letter_from_dict(letter_data(**changes))
    template = find_template(letter.template)
    here = build_pdf(letter, template, require_complete=False)
    there = worker.build(letter, template)
    assert there.pdf == here.pdf
    assert there.pages == here.pages
    assert there.warnings == here.warnings
    for mine, theirs in zip(there.warnings, here.warnings, strict=True):  # codes and parts
        assert (mine.code, mine.values) == (theirs.code, theirs.values)  # type: ignore[attr-defined]
    assert there.missing == here.incomplete
    assert there.subject == here.subject
    assert there.text == here.text and there.text
    assert not there.error


def test_the_letter_s_own_problem_comes_back_as_its_message(
    worker: headstart.HeadStart,
) -> None:
    letter = replace(letter_from_dict(letter_data()), language="de")  # no German version
    template = find_template("general")
    with pytest.raises(LetterError) as here:
        build_pdf(letter, template, require_complete=False)
    assert worker.build(letter, template).error == str(here.value)


def test_a_killed_worker_is_started_again_at_the_next_build() -> None:
    worker = headstart.HeadStart()
    assert worker.launch()
    letter = letter_from_dict(letter_data())
    template = find_template("pow-release")
    assert worker.build(letter, template).pdf
    process = worker._worker._process
    assert process is not None
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert worker.build(letter, template).pdf == build_pdf(letter, template).pdf
    worker.close()
    with pytest.raises(WorkerGone):
        worker.build(letter, template)


@pytest.mark.parametrize(
    "reply",
    [
        b"not json",
        b"[1, 2]",
        b'{"fault": "ZeroDivisionError: division by zero"}',
        b'{"pdf": "%%%", "pages": 1, "warnings": [], "missing": [], "subject": ""}',
        b'{"pdf": "", "pages": 0, "warnings": [], "missing": [], "subject": ""}',
        b'{"pdf": "", "pages": true, "warnings": [], "missing": [], "subject": ""}',
        b'{"pdf": "", "pages": 1, "warnings": "w", "missing": [], "subject": ""}',
        b'{"pdf": "", "pages": 1, "warnings": [3], "missing": [], "subject": ""}',
        b'{"pdf": "", "pages": 1, "warnings": [["w", "c"]], "missing": [], "subject": ""}',
        b'{"pdf": "", "pages": 1, "warnings": []}',
        b'{"error": 7}',
        b'{"pdf": "", "pages": 1, "warnings": [], "missing": [{"key": "k"}], "subject": ""}',
        b'{"pdf": "", "pages": 1, "warnings": [], "subject": "", "missing": [{"key": "k",'
        b' "message": "m", "severity": "error", "code": "c", "values": [["a"]]}]}',
    ],
)
def test_a_reply_that_is_not_a_build_means_building_here(reply: bytes) -> None:
    with pytest.raises(WorkerGone):
        headstart._read_reply(reply)


def test_a_good_reply_is_read_field_by_field() -> None:
    reply = json.dumps(
        {
            "pdf": base64.b64encode(b"%PDF-1.4").decode(),
            "pages": 2,
            "warnings": [["w", "postal-code", [["key", "recipient.postal_code"]]]],
            "missing": [
                {
                    "key": "fields.note",
                    "message": "Note is required",
                    "severity": "error",
                    "code": "required",
                    "values": [["label", "Note"]],
                }
            ],
            "subject": "Re: x",
            "text": ["Dear Ms. Doe,"],
        }
    ).encode()
    built = headstart._read_reply(reply)
    missing = Problem("fields.note", "Note is required", "error", "required", (("label", "Note"),))
    assert built == headstart.Built(
        b"%PDF-1.4", 2, ("w",), (missing,), "Re: x", text=("Dear Ms. Doe,",)
    )


def test_a_fault_in_the_worker_is_a_reply_not_a_crash() -> None:
    reply = json.loads(headstart._reply(base64.b64encode(b"not a pickle")))
    assert "UnpicklingError" in reply["fault"]


def test_one_core_gets_no_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(headstart, "_running", None)
    monkeypatch.setattr(headstart, "_cores", lambda: 1)
    assert headstart.launch() is None
    assert headstart.running() is None


def test_launched_once_and_stopped_for_good(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(headstart, "_running", None)
    monkeypatch.setattr(headstart, "_cores", lambda: 2)
    first = headstart.launch()
    assert first is not None and headstart.launch() is first
    assert headstart.running() is first
    headstart.stop()
    assert headstart.running() is None and first.closed


def test_a_stopped_head_start_is_never_started_again() -> None:
    worker = headstart.HeadStart()
    assert worker.launch()
    letter = letter_from_dict(letter_data())
    template = find_template("pow-release")
    worker.close()  # as the app's engine loaded, or the signing table wiped
    assert worker.pid is None
    with pytest.raises(WorkerGone):
        worker.build(letter, template)
    assert worker.pid is None  # not started again behind stop()'s back


def test_a_stuck_head_start_gives_up_and_is_stopped(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    worker = headstart.HeadStart()
    worker._worker.start_seconds = 1.0
    assert worker.launch()
    pid = worker.pid
    assert pid is not None
    os.kill(pid, signal.SIGSTOP)  # a process that never says it is ready
    try:
        began = time.monotonic()
        with pytest.raises(WorkerGone):
            worker.build(letter_from_dict(letter_data()), find_template("pow-release"))
        assert time.monotonic() - began < 5
        assert worker.closed and worker.pid is None  # the app builds its letters itself
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


def test_a_letter_that_cannot_be_sent_is_built_here(worker: headstart.HeadStart) -> None:
    import threading

    letter = letter_from_dict(letter_data())
    template = replace(find_template("pow-release"), languages=(threading.Lock(),))  # type: ignore[arg-type]
    with pytest.raises(WorkerGone, match="cannot be sent"):
        worker.build(letter, template)
    assert not worker.closed  # the process stays for the next letter


def test_the_engine_is_warmed_in_the_person_s_language_until_a_preview_is_asked_for() -> None:
    assert headstart._languages({}) == ["en", "fr", "hy"]
    assert headstart._languages({"LANG": "fr_CA.UTF-8"}) == ["fr", "en", "hy"]
    assert headstart._languages({"LC_ALL": "hy_AM.UTF-8", "LANG": "fr_CA"})[0] == "hy"
    assert headstart._languages({"LANG": "C.UTF-8"})[0] == "en"
    first = headstart._languages()[0]
    assert headstart._warm(lambda: False) == [first]  # one language: the person's own
    assert headstart._warm(lambda: False, languages=3) == headstart._languages()
    assert headstart._warm(lambda: True, languages=3) == []  # a preview is asked for
    answers = iter([False, True])
    assert headstart._warm(lambda: next(answers), languages=3) == [first]
    assert headstart._warm(lambda: None, languages=3) == [first]  # cannot tell: one only


@pytest.mark.parametrize("language", headstart.LANGUAGES)
def test_each_warming_letter_builds_as_a_real_one(language: str) -> None:
    # A sample that failed would warm nothing, silently: each must build like a letter.
    result = build_pdf(
        letter_from_dict(headstart._sample(language)),
        find_template("pow-release"),
        require_complete=False,
    )
    assert result.pages >= 1 and not result.incomplete

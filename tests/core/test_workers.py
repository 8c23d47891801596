"""The helper-process plumbing shared by the template worker and the spelling worker."""

from __future__ import annotations

import sys

import pytest

from composer.core.workers import LineWorker, WorkerGone

ECHO = """
import sys, time
from composer.core.workers import serve
def handle(line):
    if line.strip() == b"sleep":
        time.sleep(30)
    if line.strip() == b"die":
        sys.exit(3)
    return line.strip().upper()
serve(handle)
"""


def echo() -> list[str]:
    return [sys.executable, "-c", ECHO]


def test_a_worker_answers_line_by_line_and_stays_warm() -> None:
    worker = LineWorker(echo, "test")
    try:
        with worker.lock:
            assert worker.exchange(b"hello\n", 10) == b"HELLO"
            first = worker._process
            assert worker.exchange(b"again\n", 10) == b"AGAIN"
            assert worker._process is first  # one process for every request
    finally:
        worker.close()
    assert worker._process is None


def test_a_worker_that_overruns_is_stopped_and_the_next_request_starts_another() -> None:
    worker = LineWorker(echo, "test")
    try:
        with worker.lock:
            with pytest.raises(WorkerGone, match="timeout"):
                worker.exchange(b"sleep\n", 0.5)
            assert worker._process is None  # killed
            with pytest.raises(WorkerGone, match="ended"):
                worker.exchange(b"die\n", 10)
            assert worker.exchange(b"back\n", 10) == b"BACK"
    finally:
        worker.close()


def test_a_worker_that_cannot_start_says_so() -> None:
    worker = LineWorker(lambda: ["/nonexistent/python"], "test")
    with worker.lock, pytest.raises(WorkerGone, match="cannot start"):
        worker.exchange(b"x\n", 1)

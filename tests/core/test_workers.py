"""The helper-process plumbing shared by the template worker and the spelling worker."""

from __future__ import annotations

import os
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


SLOW_START = """
import time
time.sleep(1.0)  # loading, before it says it is ready
from composer.core.workers import serve
serve(lambda line: line.strip()[::-1])
"""


def test_a_launched_worker_loads_while_the_caller_goes_on() -> None:
    import time

    worker = LineWorker(lambda: [sys.executable, "-c", SLOW_START], "test")
    try:
        began = time.monotonic()
        assert worker.launch()
        assert time.monotonic() - began < 0.5  # not waiting for it to be ready
        assert worker.pid is not None
        first = worker._process
        assert worker.launch() and worker._process is first  # launched once
        with worker.lock:
            assert worker.exchange(b"abc\n", 10) == b"cba"  # waits for "ready"
        assert time.monotonic() - began >= 1.0
    finally:
        worker.close()
    assert worker.pid is None


def test_a_launched_worker_that_dies_before_it_is_ready_is_gone_then_started_again() -> None:
    worker = LineWorker(lambda: [sys.executable, "-c", "raise SystemExit(1)"], "test")
    assert worker.launch()
    with worker.lock, pytest.raises(WorkerGone, match="did not start"):
        worker.exchange(b"x\n", 5)
    assert worker._process is None
    assert not LineWorker(lambda: ["/nonexistent/python"], "test").launch()


def test_a_forked_worker_answers_like_a_started_one_and_is_started_by_command_after() -> None:
    import subprocess
    import textwrap

    script = textwrap.dedent(
        """
        import sys, threading
        from composer.core.workers import LineWorker, can_fork, serve
        assert can_fork()  # Linux, no Qt, one thread
        worker = LineWorker(lambda: [sys.executable, "-c", ECHO], "test")
        assert worker.launch(fork=lambda: serve(lambda line: b"forked " + line.strip()))
        with worker.lock:
            print(worker.exchange(b"one\\n", 10).decode())
            worker._process.kill()
            worker._process.wait()
            print(worker.exchange(b"two\\n", 10).decode())  # dead after ready: the command
        worker.close()
        threading.Thread(target=lambda: None).start()
        """
    ).replace("ECHO", repr(ECHO))
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split("\n")[:2] == ["forked one", "TWO"]


def test_no_fork_once_qt_is_loaded_or_threads_run() -> None:
    import PySide6.QtCore  # noqa: F401 - as the app has, once its window is made

    from composer.core.workers import can_fork

    assert not can_fork()


def test_a_worker_forked_from_an_app_started_without_stdin_or_stdout_still_talks() -> None:
    """Started from a desktop launcher, an app may have fd 0 and 1 closed: the pipes then
    are fd 0 and 1 themselves, and the copy must not close them while moving them."""
    import subprocess
    import textwrap

    script = textwrap.dedent(
        """
        import os, sys
        from composer.core.workers import LineWorker, serve
        worker = LineWorker(lambda: [sys.executable, "-c", "pass"], "test")
        assert worker.launch(fork=lambda: serve(lambda line: line.strip()[::-1]))
        with worker.lock:
            answer = worker.exchange(b"abc\\n", 10)
        worker.close()
        os.write(2, answer)
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", script],
        stdin=subprocess.DEVNULL,
        capture_output=False,
        stderr=subprocess.PIPE,
        timeout=60,
        pass_fds=(),
        preexec_fn=lambda: (os.close(0), os.close(1)),  # the app's stdin and stdout closed
    )
    assert run.returncode == 0, run.stderr
    assert run.stderr.endswith(b"cba")


def test_work_meanwhile_runs_after_ready_and_before_the_first_request(tmp_path) -> None:  # type: ignore[no-untyped-def]
    marker = tmp_path / "warmed"
    code = f"""
import pathlib, time
from composer.core.workers import serve
def warm():
    time.sleep(0.3)
    pathlib.Path({str(marker)!r}).write_text("yes")
serve(lambda line: pathlib.Path({str(marker)!r}).read_text().encode(), meanwhile=warm)
"""
    worker = LineWorker(lambda: [sys.executable, "-c", code], "test")
    try:
        with worker.lock:
            assert worker.exchange(b"first\n", 10) == b"yes"
    finally:
        worker.close()

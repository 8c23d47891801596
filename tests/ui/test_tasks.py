"""The background-task helper: results, failures, cancellation and closed owners, with a
synchronous fake pool (and once with real threads)."""

from __future__ import annotations

import logging
import threading

import pytest
import shiboken6

from composer.ui.qt import QtCore
from composer.ui.tasks import ImmediatePool, ManualPool, TaskContext, Tasks

pytestmark = pytest.mark.gui


class Recorder:
    def __init__(self) -> None:
        self.results: list[object] = []
        self.failures: list[tuple[BaseException, str]] = []
        self.progress: list[tuple[int, int]] = []

    def finished(self, result: object) -> None:
        self.results.append(result)

    def failed(self, error: BaseException, details: str) -> None:
        self.failures.append((error, details))

    def progressed(self, done: int, total: int) -> None:
        self.progress.append((done, total))

    def run(self, tasks: Tasks, func, *args, owner, **kwargs):  # type: ignore[no-untyped-def]
        return tasks.run(
            func,
            *args,
            owner=owner,
            finished=self.finished,
            failed=self.failed,
            progress=self.progressed,
            **kwargs,
        )


def test_a_result_arrives_and_the_task_is_forgotten(qapp) -> None:  # type: ignore[no-untyped-def]
    tasks, owner, seen = Tasks(ImmediatePool()), QtCore.QObject(), Recorder()
    seen.run(tasks, lambda a, b: a + b, 2, 3, owner=owner)
    assert seen.results == [5]
    assert seen.failures == []
    assert tasks.active() == []


class JoinError(Exception):
    """Anything but the errors a caller expects."""


def test_any_exception_is_reported_with_its_traceback_and_logged(
    qapp, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    def broken() -> None:
        raise JoinError("page 3 of part 2 is damaged")

    tasks, owner, seen = Tasks(ImmediatePool()), QtCore.QObject(), Recorder()
    with caplog.at_level(logging.ERROR, logger="composer.ui.tasks"):
        seen.run(tasks, broken, owner=owner, name="joining parts")
    assert seen.results == []
    [(error, details)] = seen.failures
    assert isinstance(error, JoinError)
    assert "in broken" in details and "JoinError: page 3 of part 2 is damaged" in details
    assert "joining parts failed" in caplog.text and "JoinError" in caplog.text
    assert tasks.active() == []


def test_even_a_system_exit_in_the_work_is_reported(qapp) -> None:  # type: ignore[no-untyped-def]
    def leaves() -> None:
        raise SystemExit(3)

    tasks, owner, seen = Tasks(ImmediatePool()), QtCore.QObject(), Recorder()
    seen.run(tasks, leaves, owner=owner)
    assert [type(e) for e, _ in seen.failures] == [SystemExit]


def test_a_cancelled_task_delivers_nothing(qapp) -> None:  # type: ignore[no-untyped-def]
    pool = ManualPool()
    tasks, owner, seen = Tasks(pool), QtCore.QObject(), Recorder()
    ran: list[int] = []
    task = seen.run(tasks, lambda: ran.append(1) or "done", owner=owner)
    tasks.cancel(owner)
    pool.run_all()
    assert ran == []  # cancelled before it started: never run
    assert seen.results == [] and seen.failures == []
    assert tasks.active() == []
    assert task.is_cancelled


def test_cancelling_while_running_is_seen_by_the_work_and_drops_its_result(qapp) -> None:  # type: ignore[no-untyped-def]
    tasks, owner, seen = Tasks(ImmediatePool()), QtCore.QObject(), Recorder()
    checks: list[bool] = []

    def work(context: TaskContext) -> str:
        checks.append(context.cancelled())
        tasks.cancel(owner)  # as a dialog's Cancel button would, mid-way
        checks.append(context.cancelled())
        return "late"

    seen.run(tasks, work, owner=owner, with_context=True)
    assert checks == [False, True]
    assert seen.results == []


def test_a_result_for_a_deleted_owner_is_dropped(qapp) -> None:  # type: ignore[no-untyped-def]
    pool = ManualPool()
    tasks, owner, seen = Tasks(pool), QtCore.QObject(), Recorder()
    seen.run(tasks, lambda: "for a closed dialog", owner=owner)
    failing = seen.run(tasks, lambda: 1 / 0, owner=owner)
    shiboken6.delete(owner)  # the dialog is gone before the work returns
    pool.run_all()
    assert seen.results == [] and seen.failures == []
    assert not failing.owner_alive()
    assert tasks.active() == []


def test_other_owners_are_not_touched(qapp) -> None:  # type: ignore[no-untyped-def]
    pool = ManualPool()
    tasks, seen = Tasks(pool), Recorder()
    closing, staying = QtCore.QObject(), QtCore.QObject()
    seen.run(tasks, lambda: "closing", owner=closing)
    seen.run(tasks, lambda: "staying", owner=staying)
    tasks.cancel(closing)
    pool.run_all()
    assert seen.results == ["staying"]


def test_progress_reaches_the_owner_at_most_every_few_milliseconds(qapp) -> None:  # type: ignore[no-untyped-def]
    tasks, owner, seen = Tasks(ImmediatePool()), QtCore.QObject(), Recorder()

    def work(context: TaskContext) -> int:
        for done in range(1, 1001):
            context.progress(done, 1000)
        return 1000

    seen.run(tasks, work, owner=owner, with_context=True)
    assert seen.results == [1000]
    assert seen.progress[0] == (1, 1000)
    assert seen.progress[-1] == (1000, 1000)  # the end always arrives
    assert len(seen.progress) < 50  # not a thousand signals


def test_real_threads_deliver_on_the_ui_thread_and_wait_waits(qtbot) -> None:  # type: ignore[no-untyped-def]
    tasks, owner = Tasks(), QtCore.QObject()
    release = threading.Event()
    threads: list[object] = []

    def work() -> str:
        threads.append(threading.current_thread())
        release.wait(5)
        return "built"

    delivered: list[tuple[object, object]] = []
    tasks.run(
        work,
        owner=owner,
        finished=lambda r: delivered.append((r, threading.current_thread())),
    )
    assert not tasks.wait(owner, msecs=50)  # still working
    release.set()
    assert tasks.wait(owner, msecs=5000)
    qtbot.waitUntil(lambda: bool(delivered), timeout=5000)
    assert delivered == [("built", threading.main_thread())]
    assert threads and threads[0] is not threading.main_thread()
    assert tasks.active() == []

"""Work off the UI thread, with one policy for the whole app.

Every piece of background work (the preview's PDF, a merge, its envelopes and labels, reading
an import file) runs through :class:`Tasks`:

- the function runs on one shared thread pool and may raise anything: the task then reports
  ``failed(error, traceback)`` instead of ``finished(result)``, and the failure is logged;
- results, failures and progress arrive on the UI thread, and only while the task's *owner*
  (the window or dialog that asked) still exists and has not cancelled it, so a closed dialog
  never receives a result (Anki's ``QueryOp`` checks its parent the same way);
- a dialog that closes calls :meth:`Tasks.cancel` and :meth:`Tasks.wait` for its own tasks;
- finished tasks are forgotten at once.

The pool is replaceable, so tests run the work synchronously (:class:`ImmediatePool`) or
step by step (:class:`ManualPool`).
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any, Protocol

import shiboken6

from composer.ui.qt import QtCore, Signal, Slot

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_S = 0.05  # progress reaches the UI at most 20 times a second


class Pool(Protocol):
    def start(self, runnable: QtCore.QRunnable) -> None: ...


class TaskContext:
    """What a running function may ask: has it been cancelled; and a way to report progress."""

    def __init__(self, task: Task) -> None:
        self._task = task
        self._last = 0.0

    def cancelled(self) -> bool:
        return self._task.is_cancelled

    def progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self._last < PROGRESS_INTERVAL_S:
            return
        self._last = now
        self._task._relay.progress.emit(done, total)


class _Relay(QtCore.QObject):
    """Lives on the UI thread: signals emitted from the pool thread are queued to it."""

    done = Signal(object, object, str)  # result, error, traceback
    progress = Signal(int, int)


class Task(QtCore.QObject):
    """One function run on the pool. Its signals arrive on the UI thread, only while its
    owner exists and it has not been cancelled."""

    finished = Signal(object)  # the function's return value
    failed = Signal(object, str)  # the exception, its traceback as text
    progress = Signal(int, int)  # done, total

    def __init__(
        self,
        tasks: Tasks,
        name: str,
        func: Callable[..., Any],
        args: tuple[Any, ...],
        owner: QtCore.QObject | None,
        with_context: bool,
    ) -> None:
        super().__init__(tasks)
        self.name = name
        self.owner = owner
        self._tasks = tasks
        self._func = func
        self._args = args
        self._with_context = with_context
        self._cancel = threading.Event()
        self._returned = threading.Event()
        self.delivered = False
        self.runnable: QtCore.QRunnable | None = None
        self._relay = _Relay(self)
        self._relay.done.connect(self._deliver)
        self._relay.progress.connect(self._progress)

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def running(self) -> bool:
        """The function has not returned yet."""
        return not self._returned.is_set()

    def cancel(self) -> None:
        """Ask the function to stop (it sees ``context.cancelled()``); nothing it returns
        will be delivered."""
        self._cancel.set()

    def wait(self, msecs: int) -> bool:
        """Block until the function has returned; False if it is still running after
        ``msecs``."""
        return self._returned.wait(msecs / 1000)

    def owner_alive(self) -> bool:
        return self.owner is None or shiboken6.isValid(self.owner)

    # -- on the pool thread -------------------------------------------------------------------

    def _run(self) -> None:
        result: object = None
        error: BaseException | None = None
        details = ""
        try:
            if self._cancel.is_set():
                return
            if self._with_context:
                result = self._func(TaskContext(self), *self._args)
            else:
                result = self._func(*self._args)
        except BaseException as caught:  # every failure is reported, never lost
            error = caught
            details = traceback.format_exc()
        finally:
            # What the work was given (a letter, its writer's words) is let go at once: the
            # pool may keep its wrapper of this task alive long after.
            self._args = ()
            self._returned.set()
            if shiboken6.isValid(self._relay):
                self._relay.done.emit(result, error, details)

    # -- on the UI thread ---------------------------------------------------------------------

    @Slot(object, object, str)
    def _deliver(self, result: object, error: BaseException | None, details: str) -> None:
        self.delivered = True
        self._tasks._forget(self)
        if error is not None:
            log.error("%s failed:\n%s", self.name, details.rstrip())
        if self.is_cancelled or not self.owner_alive():
            log.debug("%s: result dropped (cancelled or its window closed)", self.name)
        elif error is not None:
            self.failed.emit(error, details)
        else:
            self.finished.emit(result)
        self.deleteLater()

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        if not self.is_cancelled and self.owner_alive():
            self.progress.emit(done, total)


class _Runnable(QtCore.QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task._run()


class Tasks(QtCore.QObject):
    """The app's background work: one pool, and the tasks running on it."""

    def __init__(self, pool: Pool | None = None, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        if pool is None:
            # Python code on the pool must never collect garbage (it could delete a widget
            # off the UI thread): whoever makes a pool makes sure the UI thread collects.
            from composer.ui.collector import collect_on_ui_thread

            collect_on_ui_thread()
            thread_pool = QtCore.QThreadPool(self)
            # The preview builds one letter at a time; a merge, an import and envelopes may
            # run beside it. The heavy part of a big merge runs in processes of its own.
            thread_pool.setMaxThreadCount(max(3, QtCore.QThread.idealThreadCount()))
            pool = thread_pool
        self._pool = pool
        self._active: list[Task] = []
        self._ids = itertools.count(1)

    def run(
        self,
        func: Callable[..., Any],
        *args: Any,
        owner: QtCore.QObject | None,
        finished: Callable[[Any], object] | None = None,
        failed: Callable[[BaseException, str], object] | None = None,
        progress: Callable[[int, int], object] | None = None,
        with_context: bool = False,
        name: str = "",
    ) -> Task:
        """Run ``func(*args)`` (``func(context, *args)`` with ``with_context``) on the pool.

        ``finished``, ``failed`` and ``progress`` are called on the UI thread while
        ``owner`` exists. A failure without a ``failed`` handler is only logged.
        """
        task = Task(
            self,
            name or f"{getattr(func, '__name__', 'task')}#{next(self._ids)}",
            func,
            args,
            owner,
            with_context,
        )
        if finished is not None:
            task.finished.connect(finished)
        if failed is not None:
            task.failed.connect(failed)
        if progress is not None:
            task.progress.connect(progress)
        self._active.append(task)
        runnable = _Runnable(task)
        # Kept by its task, not deleted by the pool: Python owns it, and the pool thread may
        # still be returning from run() when the result is delivered.
        runnable.setAutoDelete(False)
        task.runnable = runnable
        self._pool.start(runnable)
        return task

    def active(self, owner: QtCore.QObject | None = None) -> list[Task]:
        """Tasks not delivered yet (all, or ``owner``'s)."""
        return [t for t in self._active if owner is None or t.owner is owner]

    def cancel(self, owner: QtCore.QObject) -> None:
        """Cancel every task of ``owner``: none of their results will arrive."""
        for task in self.active(owner):
            task.cancel()

    def wait(self, owner: QtCore.QObject | None = None, msecs: int = 30_000) -> bool:
        """Block until the functions of ``owner``'s tasks (or all tasks) have returned."""
        deadline = time.monotonic() + msecs / 1000
        for task in self.active(owner):
            left = max(0.0, deadline - time.monotonic())
            if not task.wait(int(left * 1000)):
                return False
        return True

    def _forget(self, task: Task) -> None:
        if task in self._active:
            self._active.remove(task)


class ImmediatePool:
    """Runs each task at once on the calling thread (tests: results arrive synchronously)."""

    def start(self, runnable: QtCore.QRunnable) -> None:
        runnable.run()


class ManualPool:
    """Keeps tasks until :meth:`run_next` or :meth:`run_all` (tests: control the order)."""

    def __init__(self) -> None:
        self.waiting: list[QtCore.QRunnable] = []

    def start(self, runnable: QtCore.QRunnable) -> None:
        self.waiting.append(runnable)

    def run_next(self) -> None:
        self.waiting.pop(0).run()

    def run_all(self) -> None:
        while self.waiting:
            self.run_next()


_app_tasks: Tasks | None = None


def app_tasks() -> Tasks:
    """The application's one :class:`Tasks` (made on first use, owned by the application)."""
    global _app_tasks
    if _app_tasks is None or not shiboken6.isValid(_app_tasks):
        _app_tasks = Tasks(parent=QtCore.QCoreApplication.instance())
    return _app_tasks


def set_app_tasks(tasks: Tasks | None) -> None:
    """Use ``tasks`` as the application's (tests), or make a new one on next use (None)."""
    global _app_tasks
    _app_tasks = tasks


CLOSE_WAIT_MS = 5_000


def close_tasks(tasks: Tasks, owner: QtCore.QObject, msecs: int = CLOSE_WAIT_MS) -> bool:
    """What a closing dialog does with its work: cancel it (no result will arrive) and wait
    for it to stop, with a busy cursor; False if it is still running after ``msecs``."""
    if not tasks.active(owner):
        return True
    tasks.cancel(owner)
    from composer.ui.qt import QtGui, QtWidgets

    QtWidgets.QApplication.setOverrideCursor(QtGui.QCursor(QtCore.Qt.CursorShape.WaitCursor))
    try:
        stopped = tasks.wait(owner, msecs)
    finally:
        QtWidgets.QApplication.restoreOverrideCursor()
    if not stopped:
        log.warning("%s closed while its work was still running", type(owner).__name__)
    return stopped

"""Running work on a thread pool and handing its result back to the UI thread."""

from __future__ import annotations

from collections.abc import Callable

from composer.ui.qt import QtCore, Signal


class _Done(QtCore.QObject):
    done = Signal(object)


class Background(QtCore.QRunnable):
    """Runs ``func(*args)`` on a pool thread; ``signals.done`` delivers its return value.

    The signals object is made on the UI thread, so connected slots run there. Whoever
    starts the task keeps a reference to it until ``done`` arrives.
    """

    def __init__(self, func: Callable[..., object], *args: object) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.func = func
        self.args = args
        self.signals = _Done()

    def run(self) -> None:
        self.signals.done.emit(self.func(*self.args))

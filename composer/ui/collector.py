"""Python's garbage collector, run on the UI thread only.

Left to itself, the collector runs in whichever thread happens to allocate, so a build on the
pool could free the last reference to a widget and delete it from the wrong thread (a crash
seen when the engine loaded while the form was rebuilt). Automatic collection is switched
off and a timer on the UI thread collects instead, as often as the thresholds say
(qutebrowser does the same for the same reason).
"""

from __future__ import annotations

import gc

import shiboken6

from composer.ui.qt import QtCore, Slot

INTERVAL_MS = 500


class GarbageCollector(QtCore.QObject):
    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QtCore.QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()
        global _running
        _running = self

    @Slot()
    def collect(self) -> int:
        """Collect the generations whose counts passed their thresholds; returns how many
        objects were freed."""
        young, middle, old = gc.get_count()
        freed = 0
        if young > self.thresholds[0]:
            freed += gc.collect(0)
            if middle > self.thresholds[1]:
                freed += gc.collect(1)
                if old > self.thresholds[2]:
                    freed += gc.collect(2)
        return freed

    def stop(self) -> None:
        """Hand collection back to Python (tests, and the end of the app)."""
        global _running
        self._timer.stop()
        gc.enable()
        if _running is self:
            _running = None


_running: GarbageCollector | None = None


def collect_on_ui_thread(app: QtCore.QCoreApplication | None = None) -> GarbageCollector:
    """The running collector, installed for ``app`` (the running application by default)
    if there is none yet. Called on the UI thread before any other thread runs Python code:
    by the app's start and by whatever starts a thread (the task pool)."""
    if _running is not None and shiboken6.isValid(_running):
        return _running
    return GarbageCollector(app if app is not None else QtCore.QCoreApplication.instance())

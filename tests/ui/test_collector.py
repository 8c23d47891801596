"""Garbage is collected on the UI thread, by a timer, never by Python on another thread."""

from __future__ import annotations

import gc

import pytest

from composer.ui.collector import GarbageCollector

pytestmark = pytest.mark.gui


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_the_collector_switches_python_s_off_and_collects_itself(qapp) -> None:  # type: ignore[no-untyped-def]
    collector = GarbageCollector()
    try:
        assert not gc.isenabled()
        for _ in range(collector.thresholds[0] + 10):
            Cycle()
        assert gc.get_count()[0] > collector.thresholds[0]  # Python did not collect them
        assert collector.collect() >= collector.thresholds[0]
        assert gc.get_count()[0] < collector.thresholds[0]
    finally:
        collector.stop()
    assert gc.isenabled()


def test_nothing_is_collected_below_the_thresholds(qapp) -> None:  # type: ignore[no-untyped-def]
    collector = GarbageCollector()
    try:
        gc.collect()
        Cycle()
        assert collector.collect() == 0
    finally:
        collector.stop()


def test_a_task_pool_or_the_engine_preload_never_runs_without_the_collector(qapp) -> None:  # type: ignore[no-untyped-def]
    """Whatever starts Python threads makes sure the UI thread collects (a window made
    without the app's start-up, as scripts and tests do, once crashed collecting a widget
    on the pool)."""
    from composer.ui import collector as module
    from composer.ui.builder import preload_engine
    from composer.ui.tasks import Tasks

    for start in (lambda: Tasks(parent=qapp), preload_engine):
        running = module._running
        if running is not None:
            running.stop()
        assert gc.isenabled()
        start()
        assert not gc.isenabled()
        assert module._running is not None
        assert module.collect_on_ui_thread() is module._running  # one collector, not two
    module._running.stop()  # the test's own collector (conftest) is stopped too
    assert gc.isenabled()

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

"""Helpers for the benchmarks: timing loops and how figures are printed."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def measure(fn: Callable[[], object], runs: int, warmup: int = 3) -> list[float]:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def report(name: str, seconds: list[float], unit: str = "ms") -> None:
    scale = 1000.0 if unit == "ms" else 1.0
    print(
        f"{name:<48} median {statistics.median(seconds) * scale:8.2f} {unit}"
        f"   p95 {percentile(seconds, 95) * scale:8.2f} {unit}   (n={len(seconds)})"
    )


def calibrate() -> float:
    """Print and return how long a fixed pure-Python loop takes here, in ms: this machine is
    shared and its speed varies by 2-3x from hour to hour, so figures are read against it
    (about 150-200 ms on a quiet machine of this kind)."""
    times = []
    for _ in range(5):
        start = time.perf_counter()
        total = 0
        for i in range(3_000_000):
            total += i
        times.append(time.perf_counter() - start)
    best = 1000 * min(times)
    print(f"{'machine speed: 3M-step Python loop':<48} {best:8.1f} ms (lower is faster)")
    return best

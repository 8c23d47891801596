"""The desktop app: cold start, keystroke-to-preview latency, UI-thread stalls, memory.

    uv run python benchmarks/bench_app.py            (QT_QPA_PLATFORM=offscreen by default)

- cold start: from spawning the process to the first preview of a letter shown (and the
  process's resident memory then, and that of the head-start process that built the first
  preview, which stops once the app has loaded its own engine);
- keystroke to preview: a key typed into the personal note after a pause, until the new
  PDF is in the preview (the throttle fires at once after a pause, so this is the work
  beyond the throttle delay), for a one-page and a three-page letter; and, beside it,
  until the pages in sight show it (drawn by Qt's renderer thread once it is shown);
- burst typing: a key every 40 ms; from the last key to the preview (at most the throttle
  delay plus one build);
- UI-thread time: the longest our own code (form to letter, validation, starting a build,
  showing the PDF, autosave) held the UI thread, and the longest gaps between ticks of a
  1 ms timer during the bursts, which also include Qt's own painting.
"""

from __future__ import annotations

import compileall
import itertools
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks._common import ROOT, percentile, report


def cold_start(runs: int = 12) -> None:
    compileall.compile_dir(str(ROOT / "composer"), quiet=1)
    times: list[float] = []
    rss: list[float] = []
    worker_rss: list[float] = []
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home}
        for i in range(runs + 1):
            out = subprocess.run(
                [
                    sys.executable,
                    str(ROOT / "benchmarks" / "_app_start.py"),
                    str(time.time()),
                    str(ROOT / "examples" / "pow-release.en.json"),
                ],
                capture_output=True,
                text=True,
                env=env,
                cwd=ROOT,
                check=True,
                timeout=60,
            )
            elapsed, kb, worker_kb = out.stdout.split()
            if i:  # the first run warms the operating system's file cache
                times.append(float(elapsed))
                rss.append(int(kb) / 1024)
                worker_rss.append(int(worker_kb) / 1024)
    report("cold start to first preview", times, unit="s")
    for label, values in (
        ("resident memory after one letter (RSS)", rss),
        ("  and the head-start process's, until it stops", worker_rss),
    ):
        print(
            f"{label:<48} median {sorted(values)[len(values) // 2]:8.1f}"
            f" MB   max {max(values):8.1f} MB"
        )


def in_process() -> None:
    from composer.core.model import letter_from_dict, load_letter
    from composer.core.templates import load_template
    from composer.ui.qt import QtCore, QtWidgets

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    from composer.ui.collector import collect_on_ui_thread
    from composer.ui.main_window import MainWindow

    collect_on_ui_thread(app)  # as the app does: garbage is collected on the UI thread
    from composer.ui.settings import Settings

    tmp = Path(tempfile.mkdtemp())
    window = MainWindow(
        settings=Settings(QtCore.QSettings(str(tmp / "s.ini"), QtCore.QSettings.Format.IniFormat)),
        autosave_dir=tmp / "autosave",
    )
    window.show()
    loop_until = _make_waiter(app)
    ours: list[float] = []
    for obj, name in (
        (window.session, "edit"),
        (window.session, "rebuild"),
        (window, "_show_build"),
        (window, "autosave_now"),
        (window.preview, "show_pdf"),
        (window.form, "_emit"),
    ):
        _time_calls(obj, name, ours)

    def shown_after(action) -> float:  # type: ignore[no-untyped-def]
        # The loop ends on the preview's own signal: no timer runs Python code meanwhile
        # (one would take the interpreter from the build it measures, as the app never does).
        done: list[float] = []
        loop = QtCore.QEventLoop()
        window.preview.shown.connect(lambda: (done.append(time.perf_counter()), loop.quit()))
        give_up = QtCore.QTimer()
        give_up.setSingleShot(True)
        give_up.timeout.connect(loop.quit)
        give_up.start(10_000)
        start = time.perf_counter()
        started[:] = [start]
        action()
        if not done:
            loop.exec()
        window.preview.shown.disconnect()
        return done[0] - start

    started: list[float] = []

    def drawn_after() -> float:
        """From the same key, until the new pages in sight are drawn (checked every ms)."""
        loop_until(window.preview.view.pages_drawn, 10)
        return time.perf_counter() - started[0]

    one = load_letter(ROOT / "examples" / "pow-release.en.json")
    long_template = load_template(ROOT / "tests" / "pdf" / "long-template")
    body = "\n\n".join("A sentence that fills the line with several words. " * 7 for _ in range(18))
    three = letter_from_dict({**_dict(one), "template": "long", "fields": {"body": body}})
    cases = [
        ("1 page", one, window.catalogue.templates["pow-release"], "fields.personal_note"),
        ("3 pages", three, long_template, "fields.body"),
    ]
    for name, letter, template, key in cases:
        _measure_case(
            window, loop_until, ours, name, letter, template, key, shown_after, drawn_after
        )
    window.session.mark_clean()
    window.close()


def _measure_case(  # type: ignore[no-untyped-def]
    window, loop_until, ours, name, letter, template, key, shown_after, drawn_after
) -> None:
    from PySide6.QtTest import QTest

    from composer.ui.qt import QtCore
    from composer.ui.session import PREVIEW_DELAY_MS

    window.open_letter(letter, template)
    loop_until(lambda: not window.session.builder.busy and window.preview.pdf, 10)
    pages = window.preview.page_count()
    editor = window.form.rows[key].editor
    editor.setFocus()
    latencies = []
    drawn = []
    for i in range(60):
        loop_until(never, (PREVIEW_DELAY_MS + 50) / 1000)  # a pause in typing
        char = "abcdefghij"[i % 10]
        latencies.append(shown_after(lambda c=char: QTest.keyClick(editor, c)))
        drawn.append(drawn_after())
    report(f"key after a pause -> preview ({name}, {pages}p)", latencies)
    report(f"  ... -> its pages in sight drawn ({name})", drawn)

    bursts: list[float] = []
    ticks: list[float] = []
    windows: list[tuple[float, float]] = []
    ours.clear()
    timer = QtCore.QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    for _ in range(12):
        loop_until(never, 0.4)
        done: list[float] = []
        window.preview.shown.connect(lambda done=done: done.append(time.perf_counter()))
        first = time.perf_counter()
        for _ in range(10):
            QTest.keyClick(editor, "x")
            loop_until(never, 0.04)
        last = time.perf_counter()
        loop_until(
            lambda done=done, last=last: (
                bool(done) and done[-1] > last and not window.session.builder.busy
            ),
            10,
        )
        window.preview.shown.disconnect()
        bursts.append(done[-1] - last)
        windows.append((first, done[-1]))
    timer.stop()
    report(f"last key of a burst -> preview ({name}, throttle {PREVIEW_DELAY_MS} ms)", bursts)
    gaps = sorted(
        b - a
        for a, b in itertools.pairwise(ticks)
        if any(start <= a <= end for start, end in windows)
    )
    print(
        f"{'UI-thread gaps while typing (' + name + ')':<48} p99 "
        f"{percentile(gaps, 99) * 1000:8.2f} ms   max {gaps[-1] * 1000:8.2f} ms"
        f"   (n={len(gaps)})"
    )
    print(
        f"{'our code on the UI thread, longest (' + name + ')':<48} max "
        f"{max(ours) * 1000:8.2f} ms   p99 {percentile(ours, 99) * 1000:8.2f} ms"
        f"   (n={len(ours)})"
    )


def never() -> bool:
    """The condition of a plain pause."""
    return False


def _time_calls(obj: object, name: str, into: list[float]) -> None:
    original = getattr(obj, name)

    def timed(*args: object, **kwargs: object) -> object:
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            into.append(time.perf_counter() - start)

    setattr(obj, name, timed)


def _dict(letter: object) -> dict[str, object]:
    from composer.core.model import Letter, letter_to_dict

    assert isinstance(letter, Letter)
    return letter_to_dict(letter)


def _make_waiter(app):  # type: ignore[no-untyped-def]
    """Wait in Qt's own event loop, as the app does (a Python loop calling processEvents
    would hold the interpreter and slow the build thread it measures); the condition is
    checked every millisecond."""
    from composer.ui.qt import QtCore

    def loop_until(condition, seconds: float) -> None:  # type: ignore[no-untyped-def]
        if condition():
            return
        loop = QtCore.QEventLoop()
        if condition() is False and getattr(condition, "__name__", "") == "never":
            QtCore.QTimer.singleShot(int(seconds * 1000), loop.quit)  # a plain pause
            loop.exec()
            return
        check = QtCore.QTimer()
        check.setInterval(1)
        check.timeout.connect(lambda: condition() and loop.quit())
        give_up = QtCore.QTimer()
        give_up.setSingleShot(True)
        give_up.timeout.connect(loop.quit)
        give_up.start(int(seconds * 1000))
        check.start()
        loop.exec()
        check.stop()
        give_up.stop()

    return loop_until


if __name__ == "__main__":
    from benchmarks._common import calibrate

    calibrate()
    cold_start()
    in_process()

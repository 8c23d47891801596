"""The preview's builder with the head start: the first previews come from the head-start
process, then the app loads its own engine and stops it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from composer.core.model import letter_from_dict
from composer.core.templates import find_template
from composer.core.workers import WorkerGone
from composer.pdf import headstart
from composer.pdf.build import build_pdf
from composer.ui import builder as builder_module
from composer.ui.builder import BuildOutcome, PreviewBuilder
from composer.ui.tasks import ManualPool, Tasks
from tests.conftest import letter_data


class FakeHeadStart:
    """Builds here, synchronously, and records what it was asked."""

    def __init__(self, gone: bool = False) -> None:
        self.closed = False
        self.gone = gone
        self.builds = 0

    def build(self, letter: Any, template: Any) -> headstart.Built:
        self.builds += 1
        if self.gone:
            raise WorkerGone("ended")
        result = build_pdf(letter, template, require_complete=False)
        return headstart.Built(result.pdf, result.pages, result.warnings, (), result.subject)

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeHeadStart]:
    worker = FakeHeadStart()
    monkeypatch.setattr(headstart, "_running", worker)
    yield worker


def names(pool: ManualPool) -> list[str]:
    return [runnable.task.name for runnable in pool.waiting]  # type: ignore[attr-defined]


def test_first_previews_come_from_the_head_start_then_from_here(
    qapp,
    fake: FakeHeadStart,  # type: ignore[no-untyped-def]
) -> None:
    pool = ManualPool()
    builder = PreviewBuilder(Tasks(pool=pool))
    outcomes: list[BuildOutcome] = []
    builder.finished.connect(outcomes.append)
    builder.warm()
    assert names(pool) == []  # the engine waits for the first preview
    letter = letter_from_dict(letter_data())
    template = find_template(letter.template)

    builder.request(letter, template)
    pool.run_next()
    assert fake.builds == 1 and builder.head_start_builds == 1
    assert outcomes[-1].pdf == build_pdf(letter, template).pdf
    assert names(pool) == ["loading the engine"]  # after the first preview

    builder.request(letter, template)  # while the engine loads: still the head start
    assert names(pool) == ["loading the engine", "preview build"]
    pool.run_next()  # the engine is loaded: the head start is stopped
    assert names(pool) == ["preview build", "stopping the build worker"]
    pool.run_all()
    assert fake.builds == 2 and fake.closed and headstart.running() is None

    builder.request(letter, template)  # from now on, here
    pool.run_all()
    assert fake.builds == 2 and builder.builds == 3 and builder.head_start_builds == 2
    assert outcomes[-1].pdf == outcomes[0].pdf


def test_without_a_preview_the_engine_loads_after_an_idle_while(
    qtbot,
    fake: FakeHeadStart,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(builder_module, "IDLE_LOAD_MS", 20)
    pool = ManualPool()
    builder = PreviewBuilder(Tasks(pool=pool))
    builder.warm()
    qtbot.waitUntil(lambda: names(pool) == ["loading the engine"])
    pool.run_all()
    assert fake.closed and headstart.running() is None


def test_a_head_start_that_is_gone_means_the_preview_is_built_here(
    qapp,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    gone = FakeHeadStart(gone=True)
    monkeypatch.setattr(headstart, "_running", gone)
    builder = PreviewBuilder(Tasks(pool=ManualPool()))
    letter = letter_from_dict(letter_data())
    template = find_template(letter.template)
    outcome = builder_module.build_in_head_start(gone, 1, letter, template)  # type: ignore[arg-type]
    assert gone.builds == 1
    assert outcome == builder_module.build_outcome(1, letter, template)
    assert builder.builds == 0


def test_without_a_head_start_the_engine_loads_at_once(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(headstart, "_running", None)
    pool = ManualPool()
    builder = PreviewBuilder(Tasks(pool=pool))
    builder.warm()
    assert names(pool) == ["loading the engine"]


def test_the_app_s_first_preview_from_the_real_head_start_is_what_saves(
    qtbot,
    tmp_path: Path,
    settings_for_tests,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from composer.ui.main_window import MainWindow

    monkeypatch.setattr(headstart, "_running", None)
    monkeypatch.setattr(headstart, "_cores", lambda: 2)
    worker = headstart.launch()
    assert worker is not None
    settings_for_tests.set_last_template("pow-release")
    window = MainWindow(settings=settings_for_tests, autosave_dir=tmp_path / "autosave")
    try:
        window.start(ask=False)
        qtbot.waitUntil(lambda: bool(window.preview.pdf), timeout=30_000)
        assert window.session.builder.head_start_builds >= 1
        session = window.session
        here = build_pdf(session.letter, session.template, require_complete=False).pdf
        assert window.preview.pdf == here
        # The app then loads its own engine and stops the process.
        qtbot.waitUntil(lambda: headstart.running() is None, timeout=30_000)
        qtbot.waitUntil(lambda: worker._worker._process is None, timeout=30_000)
    finally:
        headstart.stop()
        window.session.mark_clean()
        window.close()
        window.session.wait()
        window.deleteLater()

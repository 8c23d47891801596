"""Crash recovery never deletes what it cannot read, and the app starts (and says so) when
its data folder cannot be written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from composer.core.drafts import draft_bytes
from composer.core.model import letter_from_dict
from composer.ui import main_window as main_window_module
from composer.ui.autosave import Autosave, recovery_folder
from composer.ui.main_window import MainWindow
from composer.ui.qt import QtCore, QtWidgets
from composer.ui.settings import Settings
from tests.conftest import letter_data

pytestmark = pytest.mark.gui


def _settings(tmp_path: Path) -> Settings:
    """Settings of an app that has been used before (the first start shows the gallery)."""
    settings = Settings(
        QtCore.QSettings(str(tmp_path / "settings.ini"), QtCore.QSettings.Format.IniFormat)
    )
    settings.set_last_template("pow-release")
    return settings


def _orphan(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.letter"
    path.write_bytes(data)
    (folder / f"{name}.json").write_text(json.dumps({"draft_path": ""}))
    return path


GOOD = draft_bytes(letter_from_dict(letter_data()))
NEWER = json.dumps({**letter_data(), "format_version": 99}).encode()
LONG_PS = json.dumps({**letter_data(), "ps": "x" * 30_000}).encode()


@pytest.mark.parametrize("data", [NEWER, LONG_PS, b"\x00\x01 not json", b""])
def test_an_autosave_that_cannot_be_read_is_kept_aside(qapp, tmp_path: Path, data: bytes) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "autosave"
    path = _orphan(folder, "aaaa", data)
    good = _orphan(folder, "bbbb", GOOD)
    orphans, moved = Autosave.scan(folder)
    assert [o.path for o in orphans] == [good]
    assert moved == [recovery_folder(folder) / "aaaa.letter"]
    assert not path.exists()
    assert moved[0].read_bytes() == data  # kept, byte for byte
    assert (recovery_folder(folder) / "aaaa.json").exists()


def test_stale_locks_are_cleaned(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "autosave"
    folder.mkdir()
    import subprocess
    import sys

    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()  # a process that is gone: its lock is stale
    host = QtCore.QSysInfo.machineHostName()
    (folder / "dead.lock").write_text(f"{gone.pid}\nletter-composer\n{host}\n")
    (folder / "dead.json").write_text("{}")
    live = Autosave(folder)  # holds its own lock
    Autosave.scan(folder)
    assert not (folder / "dead.lock").exists()
    assert not (folder / "dead.json").exists()
    assert live.path.with_suffix(".lock").exists()
    live.close()


def test_the_app_tells_where_unreadable_letters_were_kept(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "autosave"
    _orphan(folder, "aaaa", NEWER)
    told: list[str] = []
    monkeypatch.setattr(
        QtWidgets.QMessageBox, "information", lambda parent, title, text: told.append(text)
    )
    window = MainWindow(settings=_settings(tmp_path), autosave_dir=folder)
    qtbot.addWidget(window)
    window.start()
    assert len(told) == 1
    assert str(recovery_folder(folder)) in told[0]
    assert (recovery_folder(folder) / "aaaa.letter").read_bytes() == NEWER
    window.session.mark_clean()


def test_the_app_starts_when_its_data_folder_cannot_be_written(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")
    errors: list[str] = []
    monkeypatch.setattr(
        main_window_module, "show_error", lambda parent, text, *a: errors.append(text)
    )
    window = MainWindow(settings=_settings(tmp_path), autosave_dir=blocker / "autosave")
    qtbot.addWidget(window)
    window.start(ask=False)
    assert len(errors) == 1
    assert "cannot be written" in errors[0]
    assert str(blocker / "autosave") in errors[0]
    # It works on: the letter builds, and autosaving quietly does nothing.
    qtbot.waitUntil(
        lambda: bool(window.preview.pdf) and not window.session.builder.busy, timeout=10_000
    )
    window.form.sender_inputs["name"].setText("Anna")
    qtbot.waitUntil(lambda: window.session.dirty)
    window.autosave_now()
    assert not list((blocker).parent.glob("**/*.letter"))
    window.session.mark_clean()

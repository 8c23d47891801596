"""Started where there is no display, the app says so in one line instead of Qt aborting."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from composer.ui.app import display_problem
from tests.conftest import ROOT


def test_no_display_is_said_plainly() -> None:
    assert "no graphical display" in display_problem({}, "linux")
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") == ""
    assert display_problem({}, "win32") == ""
    assert display_problem({}, "darwin") == ""


def test_a_display_with_its_libraries_is_fine() -> None:
    import ctypes.util

    found = ctypes.util.find_library("xcb-cursor") is not None
    problem = display_problem({"DISPLAY": ":0"}, "linux")
    assert (problem == "") == found
    if not found:
        assert "libxcb-cursor0" in problem
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") == ""


def test_the_app_without_a_display_exits_with_one_line(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env.update(XDG_CONFIG_HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path))
    app = Path(sys.executable).with_name("letter-composer")
    run = subprocess.run([str(app)], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert run.returncode == 2
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "no graphical display" in lines[0], run.stderr

"""The window as a screen reader (Orca) meets it, through the real AT-SPI stack.

The app runs on an Xvfb display with its own session bus (which starts the AT-SPI bus and
registry on demand); ``atspi_probe.py`` reads its tree from another process under the system
Python, which has pyatspi. The test skips where that stack is missing, except in CI
(``LETTER_COMPOSER_REQUIRE_ATSPI=1``, set by ``.ci/run``, which installs it), where it fails.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT

PROBE = Path(__file__).with_name("atspi_probe.py")
SYSTEM_PYTHON = "/usr/bin/python3"


def _missing() -> str:
    for tool in ("Xvfb", "dbus-daemon"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        return "at-spi2-core is not installed"
    try:
        subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], check=True, capture_output=True, timeout=30
        )
    except (OSError, subprocess.SubprocessError):
        return f"{SYSTEM_PYTHON} cannot import pyatspi (apt-get install python3-pyatspi)"
    return ""


MISSING = _missing() if sys.platform.startswith("linux") else "AT-SPI is Linux only"
if MISSING and os.environ.get("LETTER_COMPOSER_REQUIRE_ATSPI") == "1":
    raise RuntimeError(f"the AT-SPI test cannot run: {MISSING}")

pytestmark = [
    pytest.mark.gui,
    pytest.mark.slow,
    pytest.mark.skipif(bool(MISSING), reason=MISSING),
]


def _stop(process: subprocess.Popen[Any]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A private session bus and X display (and so a private AT-SPI bus)."""
    tmp_path = tmp_path_factory.mktemp("desktop")
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS", "DISPLAY")
    }
    env["XDG_RUNTIME_DIR"] = str(runtime)
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(tmp_path / var.lower())
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    display = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert bus.stdout is not None and display.stdout is not None
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
        env["DISPLAY"] = ":" + display.stdout.readline().strip()
        yield env
    finally:
        _stop(display)
        _stop(bus)  # the AT-SPI bus launcher and registry leave with it


def read_tree(env: dict[str, str], pid: int, *args: str) -> list[dict[str, Any]]:
    run = subprocess.run(
        [SYSTEM_PYTHON, str(PROBE), "letter-composer", "--pid", str(pid), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    tree: list[dict[str, Any]] = json.loads(run.stdout)
    return tree


@pytest.fixture(scope="module")
def tree(desktop: dict[str, str]) -> Iterator[list[dict[str, Any]]]:
    env = dict(desktop, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    app = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("letter-composer")),
            str(ROOT / "examples" / "pow-release.en.json"),
        ],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        # "1 page" is the status bar's page count: the preview is built by then.
        yield read_tree(env, app.pid, "--wait-for", "1 page", "--showing-only")
    finally:
        _stop(app)


def test_a_screen_reader_reads_the_letter_from_the_preview(tree: list[dict[str, Any]]) -> None:
    text = next(n for n in tree if n.get("name") == "Text of the letter")
    assert "Text" in text["interfaces"]
    assert {"showing", "read-only", "multi-line"} <= set(text["states"])
    assert "Anna Grigorian" in text["text"]  # the writer, as printed in the letter
    assert "Dear" in text["text"]


def test_inputs_are_named_by_their_labels_and_labels_by_their_text(
    tree: list[dict[str, Any]],
) -> None:
    by_name = {n.get("name"): n for n in tree}
    name = by_name["Your name (required)"]
    assert name["role"] == "text" and name["text"] == "Anna Grigorian"
    assert {"focusable", "editable"} <= set(name["states"])
    shown = [n for n in tree if "showing" in n.get("states", [])]
    unnamed = [
        n["role"]
        for n in shown
        if "focusable" in n.get("states", []) and not n.get("name") and n["role"] != "filler"
    ]
    assert unnamed == []
    assert not any(n.get("name") == "Letter form" and "focusable" in n["states"] for n in shown)

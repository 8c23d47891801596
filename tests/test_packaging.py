"""The desktop integration that travels with the folder: a valid desktop entry and AppStream
metainfo, file types for drafts and campaign packs, and the script that installs them."""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import ROOT

LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.lettercomposer.LetterComposer"
REQUIRED = os.environ.get("LETTER_COMPOSER_REQUIRE_FROZEN") == "1"  # CI has the tools


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if REQUIRED:
            raise AssertionError(f"{name} is not installed")
        pytest.skip(f"{name} is not installed")
    return found


def test_the_metainfo_is_valid() -> None:
    run = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_desktop_entry_is_valid_and_opens_drafts_and_packs() -> None:
    entry = LINUX / f"{APP_ID}.desktop"
    run = subprocess.run(
        [tool("desktop-file-validate"), str(entry)], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout + run.stderr
    text = entry.read_text(encoding="utf-8")
    assert "application/x-letter-composer-draft;" in text
    assert "application/x-letter-composer-pack;" in text
    assert f"Icon={APP_ID}" in text


def test_the_file_types_match_drafts_and_packs() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    tree = ET.parse(LINUX / f"{APP_ID}.mime.xml")
    globs = {
        t.get("type"): [g.get("pattern") for g in t.findall("m:glob", ns)]
        for t in tree.findall("m:mime-type", ns)
    }
    from composer.core.drafts import SUFFIX

    assert globs["application/x-letter-composer-draft"] == [f"*{SUFFIX}"]
    assert globs["application/x-letter-composer-pack"] == ["*.lcpack"]
    metainfo = (LINUX / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    for mime in globs:
        assert f"<mediatype>{mime}</mediatype>" in metainfo


def test_the_install_script_puts_the_entry_in_the_menu(tmp_path: Path) -> None:
    folder = tmp_path / "letter-composer"
    (folder / "linux").mkdir(parents=True)
    for path in [*LINUX.glob(f"{APP_ID}.*"), LINUX / "install-desktop-entry.sh"]:
        shutil.copy(path, folder / "linux")
    shutil.copy(ROOT / "resources" / "icons" / f"{APP_ID}.svg", folder / "linux")
    data = tmp_path / "share"
    run = subprocess.run(
        ["sh", str(folder / "linux" / "install-desktop-entry.sh")],
        env={**os.environ, "XDG_DATA_HOME": str(data)},
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    desktop = (data / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f'Exec="{folder}/letter-composer" %f' in desktop
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").exists()
    assert (data / "mime" / "packages" / f"{APP_ID}.mime.xml").exists()

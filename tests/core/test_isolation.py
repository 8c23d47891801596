"""The template worker's side: a template folder is read and checked again whenever anything
in it changes, and only then."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from composer.core import isolation
from tests.conftest import ROOT, letter_data


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "long"
    shutil.copytree(ROOT / "tests" / "pdf" / "long-template", target)
    isolation._loaded.clear()
    return target


def render(folder: Path, body: str) -> dict[str, object]:
    line = json.dumps(
        {"folder": str(folder), "letter": letter_data(template="long", fields={"body": body})}
    ).encode()
    return isolation._handle(line)


def subject(reply: dict[str, object]) -> object:
    ok = reply.get("ok")
    return ok.get("subject") if isinstance(ok, dict) else reply


def test_an_unchanged_folder_is_read_once(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    loads: list[Path] = []
    real = isolation.load_template
    monkeypatch.setattr(
        isolation, "load_template", lambda f, origin: loads.append(f) or real(f, origin=origin)
    )
    for body in ("One.", "One. Two.", "One. Two. Three."):
        assert "ok" in render(folder, body)
    assert len(loads) == 1


def test_a_changed_file_is_read_again(folder: Path) -> None:
    assert subject(render(folder, "One.")) == "A long letter"
    toml = folder / "template.toml"
    text = toml.read_text().replace('en = "A long letter"', 'en = "A longer letter"')
    toml.write_text(text)
    assert subject(render(folder, "One.")) == "A longer letter"
    # The same size and the same modification time (a copy that keeps times): still seen.
    before = toml.stat()
    toml.write_text(text.replace("A longer", "A LONGER"))
    os.utime(toml, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert subject(render(folder, "One.")) == "A LONGER letter"


def test_a_link_added_later_is_refused_as_on_first_reading(folder: Path, tmp_path: Path) -> None:
    assert "ok" in render(folder, "One.")
    (tmp_path / "secret.txt").write_text("not for a letter")
    (folder / "notes.txt").symlink_to(tmp_path / "secret.txt")
    reply = render(folder, "One.")
    assert "error" in reply and "symbolic link" in json.dumps(reply)

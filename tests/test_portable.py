"""Portable mode: a ``portable`` folder beside the program keeps every file the app writes."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from composer.core import paths


@pytest.fixture
def stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    program = tmp_path / "letter-composer" / "letter-composer"
    program.parent.mkdir()
    program.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    paths.portable_dir.cache_clear()
    yield program.parent
    paths.portable_dir.cache_clear()


def test_without_the_folder_the_platform_s_places_are_used(stick: Path) -> None:
    assert paths.portable_dir() is None
    assert paths.settings_file() is None
    assert stick not in paths.user_data_dir().parents


def test_with_the_folder_everything_is_kept_in_it(stick: Path) -> None:
    (stick / "portable").mkdir()
    paths.portable_dir.cache_clear()
    portable = stick / "portable"
    assert paths.portable_dir() == portable
    assert paths.user_data_dir() == portable / "data"
    assert paths.user_cache_dir() == portable / "cache"
    assert paths.user_templates_dir() == portable / "data" / "templates"
    assert paths.settings_file() == portable / "settings.ini"


@pytest.mark.gui
def test_settings_are_written_into_the_folder(stick: Path) -> None:
    from composer.ui.settings import Settings

    (stick / "portable").mkdir()
    paths.portable_dir.cache_clear()
    settings = Settings()
    settings.set_ui_language("hy")
    settings.q.sync()
    assert "ui_language=hy" in (stick / "portable" / "settings.ini").read_text()
    assert Settings().ui_language() == "hy"


@pytest.mark.gui
def test_qt_s_own_settings_go_to_the_stick_too(stick: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    """Qt's file dialog keeps the folders last visited in its own settings: on a stick,
    they must not land in the home folder of the computer it was plugged into."""
    from PySide6 import QtCore

    from composer.ui.app import prepare

    (stick / "portable").mkdir()
    paths.portable_dir.cache_clear()
    scope = QtCore.QSettings.Scope.UserScope
    native = QtCore.QSettings.Format.NativeFormat
    try:
        prepare(qapp)
        qt_own = QtCore.QSettings(scope, "QtProject")
        assert Path(qt_own.fileName()).is_relative_to(stick / "portable")
    finally:
        config = Path(QtCore.QStandardPaths.writableLocation(
            QtCore.QStandardPaths.StandardLocation.GenericConfigLocation))  # fmt: skip
        for form in (native, QtCore.QSettings.Format.IniFormat):
            QtCore.QSettings.setPath(form, scope, str(config))

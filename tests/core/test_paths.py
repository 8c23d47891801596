from __future__ import annotations

from pathlib import Path

import pytest

from composer.core import paths


def test_source_checkout_finds_templates_and_fonts() -> None:
    assert (paths.bundled_templates_dir() / "pow-release" / "template.toml").is_file()
    assert (paths.fonts_dir() / "NotoSerif-Regular.ttf").is_file()


def test_installed_wheel_layout_is_preferred(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "site-packages" / "composer"
    (package / "_data" / "resources").mkdir(parents=True)
    monkeypatch.setattr(paths, "_PACKAGE", package)
    paths.data_root.cache_clear()
    try:
        assert paths.bundled_templates_dir() == package / "_data" / "templates"
    finally:
        paths.data_root.cache_clear()


def test_user_folders_come_from_the_platform(tmp_path: Path) -> None:
    assert paths.user_templates_dir().name == "templates"
    assert paths.user_data_dir().name == "letter-composer"

"""Shared test setup: Qt runs offscreen, user folders are temporary, helpers read PDFs back."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture(autouse=True)
def _private_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never read or write the real user's data, config or cache folders."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        monkeypatch.setenv(var, str(home / sub))


def letter_data(**overrides: Any) -> dict[str, Any]:
    """A complete, valid letter (the data contract) for the pow-release template."""
    data: dict[str, Any] = {
        "template": "pow-release",
        "language": "en",
        "paper": "letter",
        "envelope": "us10",
        "date": "2026-11-28",
        "sender": {
            "name": "Anna Grigorian",
            "street": "1250 Rue Principale",
            "city": "Montréal",
            "region": "QC",
            "postal_code": "H2X 1Y4",
            "country": "CA",
            "email": "anna@example.org",
        },
        "recipient": {
            "kind": "representative",
            "title": "ms",
            "office": "mp",
            "own_representative": True,
            "name": "Jane Doe",
            "position": "Member of Parliament",
            "organisation": "House of Commons",
            "city": "Ottawa",
            "region": "ON",
            "postal_code": "K1A 0A6",
            "country": "CA",
        },
        "fields": {"personal_note": "My cousin's son was taken prisoner in 2020."},
    }
    for key, value in overrides.items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key] = {**data[key], **value}
        else:
            data[key] = value
    return data


def pdf_text(pdf: bytes) -> str:
    """All text of a PDF as an independent reader (pypdf) extracts it."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def pdf_pages(pdf: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def squash(text: str) -> str:
    """Text with all white space removed: line breaks fall where the layout puts them."""
    return "".join(text.split())


@pytest.fixture(autouse=True)
def _no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal message box in a test would wait forever offscreen: fail loudly instead."""
    try:
        from PySide6 import QtWidgets
    except ImportError:  # the engine's tests run without Qt too
        return

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    for name in ("warning", "critical", "information", "question", "about"):
        monkeypatch.setattr(QtWidgets.QMessageBox, name, refuse)
    monkeypatch.setattr(QtWidgets.QMessageBox, "exec", lambda self: refuse(self, self.text()))


@pytest.fixture(autouse=True)
def _english_plural_forms(request: pytest.FixtureRequest) -> None:
    """GUI tests see the English plural forms the app installs ("1 page", "2 pages")."""
    if request.node.get_closest_marker("gui") is None:
        return
    from PySide6 import QtCore

    from composer.ui.language import translations

    app = request.getfixturevalue("qapp")
    if not app.property("english_plurals"):
        translations(app).apply("en", QtCore.QLocale("en_CA"))
        app.setProperty("english_plurals", True)


@pytest.fixture(autouse=True)
def _garbage_collected_on_the_ui_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """GUI tests collect garbage as the app does: on the UI thread only (a collection on a
    worker thread could delete a widget there)."""
    if request.node.get_closest_marker("gui") is None:
        yield
        return
    from composer.ui.collector import collect_on_ui_thread

    collector = collect_on_ui_thread(request.getfixturevalue("qapp"))
    yield
    collector.stop()
    collector.deleteLater()


@pytest.fixture
def letter_window(qtbot, tmp_path: Path) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    """The main window on a new letter from the campaign's template, its preview shown."""
    from PySide6 import QtCore

    from composer.ui.main_window import MainWindow
    from composer.ui.settings import Settings

    settings = Settings(
        QtCore.QSettings(str(tmp_path / "s.ini"), QtCore.QSettings.Format.IniFormat)
    )
    settings.set_last_template("pow-release")
    win = MainWindow(settings=settings, autosave_dir=tmp_path / "autosave")
    win.start(ask=False)
    qtbot.waitUntil(lambda: bool(win.preview.pdf) and not win.session.builder.busy)
    yield win
    win.session.mark_clean()
    win.close()
    win.session.wait()
    win.deleteLater()


@pytest.fixture
def settings_for_tests(tmp_path: Path) -> Any:
    """The app's settings in a file of this test's own."""
    from PySide6 import QtCore

    from composer.ui.settings import Settings

    return Settings(QtCore.QSettings(str(tmp_path / "s.ini"), QtCore.QSettings.Format.IniFormat))

"""File ▸ Install Campaign Pack, and the gallery grouping letters by campaign."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from composer.core import packs
from composer.ui.qt import Qt, QtWidgets
from tests.packs import folder_entries, pack_folder, zip_entries

pytestmark = pytest.mark.gui

Yes = QtWidgets.QMessageBox.StandardButton.Yes
No = QtWidgets.QMessageBox.StandardButton.No


def pack_file(where: Path, version: str = "1.0") -> Path:
    folder = pack_folder(where / version, version=version)
    out = where / f"campaign-{version}.lcpack"
    out.write_bytes(packs.zip_folder(folder))
    return out


def answer(
    monkeypatch: pytest.MonkeyPatch, reply: QtWidgets.QMessageBox.StandardButton
) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *args: object) -> Any:
        asked.append(text)
        return reply

    monkeypatch.setattr(QtWidgets.QMessageBox, "question", question)
    return asked


def test_a_pack_installed_from_the_file_menu_heads_the_gallery(
    letter_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = letter_window
    pack = pack_file(tmp_path)
    monkeypatch.setattr("composer.ui.packs.ask_open_path", lambda *args: pack)
    asked = answer(monkeypatch, No)
    window.commands.install_pack.trigger()
    qtbot.waitUntil(lambda: "test-letter" in window.catalogue.templates)
    qtbot.waitUntil(lambda: bool(asked))
    assert "“Test campaign 1.0” is installed." in asked[0]
    assert "It brings 1 letter." in asked[0]
    assert window.catalogue.templates["test-letter"].pack == "test-campaign"

    gallery = window._gallery("")
    rows = [gallery.list.item(row) for row in range(gallery.list.count())]
    headings = [item.text() for item in rows if not item.flags() & Qt.ItemFlag.ItemIsEnabled]
    assert headings == ["Test campaign 1.0 — from Test Organisers", "Other letters"]
    assert rows[1].data(Qt.ItemDataRole.UserRole) == "test-letter"
    assert gallery.chosen() is not None and gallery.chosen().id == "test-letter"
    gallery.list.setFocus()
    qtbot.keyClick(gallery.list, Qt.Key.Key_Up)  # the heading above is not a choice
    assert gallery.chosen() is not None and gallery.chosen().id == "test-letter"
    qtbot.keyClick(gallery.list, Qt.Key.Key_Down)
    qtbot.keyClick(gallery.list, Qt.Key.Key_Down)
    assert gallery.chosen() is not None and gallery.chosen().pack == ""
    gallery.reject()


def test_an_older_pack_asks_and_no_keeps_the_newer(
    letter_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from composer.ui import packs as ui_packs

    packs.install(pack_file(tmp_path, "2.0"))
    asked = answer(monkeypatch, No)
    ui_packs.install(letter_window, pack_file(tmp_path, "1.0"))
    qtbot.waitUntil(lambda: bool(asked))
    assert "A newer version (2.0) of this campaign is installed" in asked[0]
    letter_window.tasks.wait()
    assert packs.installed()["test-campaign"].version == "2.0"


def test_a_bad_pack_says_why_in_one_line(
    letter_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from composer.ui import packs as ui_packs

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        ui_packs, "show_error", lambda _w, text, details="": shown.append((text, details))
    )
    bad = tmp_path / "bad.lcpack"
    bad.write_bytes(zip_entries([*folder_entries(pack_folder(tmp_path)), ("../x.md", b"")]))
    ui_packs.install(letter_window, bad)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0][0] == "The campaign pack could not be installed."
    assert "leaves its folder" in shown[0][1] and "\n" not in shown[0][1]
    assert packs.installed() == {}


def test_a_pack_opened_with_the_app_is_installed(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings_for_tests: Any
) -> None:
    """A double-click on a .lcpack in the file manager starts the app with it."""
    from composer.ui.main_window import MainWindow

    asked = answer(monkeypatch, No)
    window = MainWindow(settings=settings_for_tests, autosave_dir=tmp_path / "autosave")
    qtbot.addWidget(window)
    window.start(pack_file(tmp_path))
    qtbot.waitUntil(lambda: bool(asked))
    assert "test-campaign" in packs.installed()
    assert window.session.letter is not None  # a letter is begun as usual beside it
    window.session.wait()
    window.session.mark_clean()

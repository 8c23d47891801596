"""File ▸ What This Computer Keeps: listed with sizes, deleted one by one or all at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from composer.core.addressbook import default_path as book_path
from composer.core.letterlog import default_path as log_path
from composer.core.model import letter_from_dict
from composer.ui.privacy import PrivacyDialog
from composer.ui.qt import QtWidgets
from tests.conftest import ROOT, letter_data

pytestmark = pytest.mark.gui


def kept(dialog: PrivacyDialog) -> dict[str, bool]:
    return {row.key: row.kept for row in dialog.rows}


def test_what_is_kept_is_listed_and_deleted(
    letter_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = letter_window
    monkeypatch.setattr(
        QtWidgets.QMessageBox, "question", lambda *a, **k: QtWidgets.QMessageBox.StandardButton.Yes
    )
    window.open_letter(letter_from_dict(letter_data()))
    window.settings.set_remembered_sender(True, {"name": "Anna Grigorian"})
    window.settings.set_remembered_signature({"typed": "Anna"})
    window.address_book()  # opened, as when someone looked a recipient up
    monkeypatch.setattr(
        "composer.ui.main_window.ask_save_path", lambda *a, **k: tmp_path / "letter.pdf"
    )
    window.export_pdf()  # logged

    dialog = PrivacyDialog(window)
    qtbot.addWidget(dialog)
    state = kept(dialog)
    assert state["sender"] and state["signature"] and state["settings"]
    assert state["address_book"] and state["letter_log"]
    sizes = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
        for r in range(len(dialog.rows))
    }
    assert sizes["Your name and address"] == "kept"
    assert sizes["Campaign packs"] == "nothing kept"

    dialog.table.selectRow([r.key for r in dialog.rows].index("address_book"))
    dialog.delete_selected()
    assert not book_path().exists() and window._book is None
    assert not kept(dialog)["address_book"]

    from composer.ui.qt import QtCore

    qt_own = QtCore.QSettings(QtCore.QSettings.Scope.UserScope, "QtProject")
    qt_own.setValue("FileDialog/lastVisited", "file:///home/someone/Letters to Jane Doe")
    qt_own.sync()
    dialog.delete_everything()
    qt_own.sync()
    assert not qt_own.contains("FileDialog/lastVisited")  # Qt's own memory of folders too
    state = kept(dialog)
    assert not any(state[k] for k in ("sender", "signature", "address_book", "letter_log"))
    assert not log_path().exists()
    assert window.settings.remembered_sender() == {}
    assert not window.form.remember_sender.isChecked()  # not written back at closing


def test_after_deleting_the_letter_open_carries_on(
    letter_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from composer.core import paths
    from composer.core.model import Signature

    window = letter_window
    monkeypatch.setattr(
        QtWidgets.QMessageBox, "question", lambda *a, **k: QtWidgets.QMessageBox.StandardButton.Yes
    )
    window.autosave = type(window.autosave)(paths.user_data_dir() / "autosave")
    picture = paths.user_data_dir() / "signatures" / "signature-x.png"
    picture.parent.mkdir(parents=True)
    picture.write_bytes((ROOT / "tests" / "golden" / "pages" / "envelope-dl.png").read_bytes())
    window.session.set_signature(Signature(image=picture, typed="Anna"))
    window.form.rows["fields.personal_note"].editor.setPlainText("Still being written.")
    window.autosave_now()
    dialog = PrivacyDialog(window)
    qtbot.addWidget(dialog)
    dialog.delete_everything()
    assert window.session.letter.signature is None  # its picture is gone: sign again
    window.form.rows["fields.personal_note"].editor.setPlainText("Still being written, more.")
    window.autosave_now()
    assert list((paths.user_data_dir() / "autosave").glob("*.letter"))  # autosave goes on

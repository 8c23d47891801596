"""File ▸ What This Computer Keeps: everything the app stores about the people who use it,
with sizes, each deletable, and "Delete Everything"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from composer.core import stored
from composer.ui.errors import show_error
from composer.ui.qt import QtCore, QtWidgets, Slot
from composer.ui.widgets import ask_yes, fit_to_screen, list_table

if TYPE_CHECKING:
    from composer.ui.main_window import MainWindow

SETTINGS_KEYS = ("sender", "signature", "settings")


@dataclass(frozen=True)
class Row:
    key: str
    size: int  # bytes; -1 when it is a few entries of the settings
    kept: bool
    where: str
    item: stored.StoredItem | None = None


class PrivacyDialog(QtWidgets.QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.rows: list[Row] = []
        self.setWindowTitle(self.tr("What this computer keeps"))
        layout = QtWidgets.QVBoxLayout(self)
        intro = QtWidgets.QLabel(
            self.tr(
                "Everything Letter Composer keeps on this computer. Nothing is ever sent "
                "anywhere. Choose a line and delete it, or delete everything (a shared "
                "computer at a community centre, or before passing it on)."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = list_table(
            [self.tr("What"), self.tr("Size"), self.tr("Where")],
            self.tr("What this computer keeps"),
        )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.description = QtWidgets.QLabel()
        self.description.setWordWrap(True)
        layout.addWidget(self.description)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        self.delete_button = buttons.addButton(
            self.tr("&Delete This…"), QtWidgets.QDialogButtonBox.ButtonRole.ActionRole
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.everything_button = buttons.addButton(
            self.tr("Delete &Everything…"), QtWidgets.QDialogButtonBox.ButtonRole.ActionRole
        )
        self.everything_button.clicked.connect(self.delete_everything)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()
        fit_to_screen(self, QtCore.QSize(760, 520))

    # -- what is kept ---------------------------------------------------------------------

    def label(self, key: str) -> tuple[str, str]:
        """What a group is called, and what it holds."""
        texts = {
            "sender": (
                self.tr("Your name and address"),
                self.tr("Remembered for the next letter because you ticked “Remember me”."),
            ),
            "signature": (
                self.tr("Your signature"),
                self.tr("The signature you chose to keep for your next letters."),
            ),
            "settings": (
                self.tr("Settings"),
                self.tr(
                    "Your choices (language, text size, printer offsets), recent files and "
                    "window positions; with your name and signature if they are remembered."
                ),
            ),
            "address_book": (
                self.tr("Address book"),
                self.tr("The people and offices you write to, and the organisations added."),
            ),
            "letter_log": (
                self.tr("Letters sent"),
                self.tr(
                    "When each letter was saved or printed, to whom, its subject, replies; "
                    "the text only if you asked; and for the originality hint a fingerprint "
                    "of your own words (groups of three words, hashed: it cannot be read "
                    "back, but someone using this computer could test whether a phrase they "
                    "guess was written here)."
                ),
            ),
            "autosave": (
                self.tr("Unsaved letters"),
                self.tr("Copies of the letter being written, kept in case of a power cut."),
            ),
            "signature_pictures": (
                self.tr("Signature pictures"),
                self.tr("Pictures of the signatures typed or chosen from a file."),
            ),
            "packs": (self.tr("Campaign packs"), self.tr("The campaigns installed here.")),
            "templates": (self.tr("Your own letters"), self.tr("Templates you added.")),
            "representatives": (
                self.tr("Table of representatives"),
                self.tr("The table you chose in Find My Representative."),
            ),
            "signing_table": (
                self.tr("Signing table"),
                self.tr(
                    "The anonymous tally (letters per day, campaign and language), the letters "
                    "visitors asked to keep, and the letter of the visitor at the table."
                ),
            ),
            "dictionary": (
                self.tr("Your dictionary"),
                self.tr("Words you added to the spelling dictionary."),
            ),
            "logs": (
                self.tr("Problem reports"),
                self.tr("A record of problems inside the app, to help fix them."),
            ),
            "cache": (
                self.tr("Pictures and speed-ups"),
                self.tr("Made again when needed: pictures of letters, prepared templates."),
            ),
            "other": (
                self.tr("Other files"),
                self.tr("Files in the app's folder it does not know."),
            ),
        }
        return texts.get(key, (key, ""))

    def _collect(self) -> list[Row]:
        settings = self.window_.settings
        settings.q.sync()  # the file's size as it is, not as it was before the last change
        where = settings.q.fileName()
        rows = [
            Row("sender", -1, bool(settings.remembered_sender()), where),
            Row("signature", -1, settings.remembered_signature() is not None, where),
            Row("settings", _size_of(where), bool(settings.q.allKeys()), where),
        ]
        for item in stored.stored_items():
            folder = str(item.paths[0].parent if item.paths else "")
            rows.append(Row(item.key, item.size, item.exists, folder, item))
        return rows

    @Slot()
    def refresh(self) -> None:
        self.rows = self._collect()
        self.table.setRowCount(len(self.rows))
        locale = QtCore.QLocale()
        for index, row in enumerate(self.rows):
            name, description = self.label(row.key)
            if not row.kept:
                size = self.tr("nothing kept")
            elif row.size < 0:
                size = self.tr("kept")
            else:
                size = locale.formattedDataSize(row.size)
            for column, text in enumerate((name, size, row.where)):
                cell = QtWidgets.QTableWidgetItem(text)
                cell.setToolTip(description)
                if not row.kept:
                    cell.setForeground(self.palette().placeholderText())
                self.table.setItem(index, column, cell)
        self.table.resizeColumnsToContents()
        if not self.table.selectedItems():
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> Row | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    @Slot()
    def _update_buttons(self) -> None:
        row = self.selected()
        self.delete_button.setEnabled(row is not None and row.kept)
        self.everything_button.setEnabled(any(r.kept for r in self.rows))
        self.description.setText(self.label(row.key)[1] if row is not None else "")

    # -- deleting -------------------------------------------------------------------------

    def _confirm(self, text: str) -> bool:
        answer = ask_yes(
            self,
            self.tr("Delete"),
            text,
        )
        return answer

    @Slot()
    def delete_selected(self) -> None:
        row = self.selected()
        if row is None or not row.kept:
            return
        name = self.label(row.key)[0]
        question = self.tr("Delete “%1” from this computer? This cannot be undone.")
        if self._confirm(question.replace("%1", name)):
            self._report(self._delete(row))
            self.refresh()

    @Slot()
    def delete_everything(self) -> None:
        if not self._confirm(
            self.tr(
                "Delete everything Letter Composer keeps on this computer: your details, "
                "signature, address book, letters sent, unsaved letters, packs and settings? "
                "This cannot be undone."
            )
        ):
            return
        problems: list[str] = []
        for row in self._collect():
            if row.kept and row.key != "settings":
                problems += self._delete(row)
        problems += self._delete(Row("settings", 0, True, ""))  # last: it holds the rest's choices
        self._report(problems)
        self.refresh()

    def _delete(self, row: Row) -> list[str]:
        window = self.window_
        settings = window.settings
        if row.key == "sender":
            settings.set_remembered_sender(False, {})
            window.form.remember_sender.setChecked(False)  # not written back at closing
            return []
        if row.key == "signature":
            settings.set_remembered_signature(None)
            return []
        if row.key == "settings":
            window.form.remember_sender.setChecked(False)
            settings.q.clear()
            settings.q.sync()
            # Qt's own file dialog keeps the folders last visited in its own settings.
            qt_own = QtCore.QSettings(QtCore.QSettings.Scope.UserScope, "QtProject")
            qt_own.remove("FileDialog")
            qt_own.sync()
            return []
        window.release_storage(row.key)
        problems = stored.delete(row.item) if row.item is not None else []
        if row.key == "packs":
            window.reload_catalogue()
        window.storage_deleted(row.key)
        return problems

    def _report(self, problems: list[str]) -> None:
        if problems:
            show_error(
                self,
                self.tr("Some files could not be deleted."),
                "\n".join(problems),
            )


def _size_of(path: str) -> int:
    from pathlib import Path

    return stored.measure((Path(path),))[0] if path else 0

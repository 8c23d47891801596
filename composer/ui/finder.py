"""Find My Representative: a postal code in, the matching representatives out (a prefix can
straddle districts, so there may be several), and the one chosen addressed as the writer's
own representative."""

from __future__ import annotations

from pathlib import Path

from composer.core.errors import DataError
from composer.core.model import Recipient
from composer.core.representatives import (
    Match,
    RepresentativeIndex,
    for_country,
    installed_index,
    to_recipient,
    use_table,
)
from composer.ui.errors import show_error
from composer.ui.qt import QtCore, QtWidgets, Slot
from composer.ui.settings import Settings
from composer.ui.widgets import FlowLayout, ask_open_path, fit_to_screen, name_fields_by_labels


class FinderDialog(QtWidgets.QDialog):
    def __init__(
        self,
        settings: Settings,
        postal_code: str = "",
        parent: QtWidgets.QWidget | None = None,
        index: RepresentativeIndex | None = None,
        country: str = "",
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.country = country  # the writer's: only representatives of people there
        self.setWindowTitle(self.tr("Find my representative"))
        self.matches: list[Match] = []
        layout = QtWidgets.QVBoxLayout(self)
        self.intro = QtWidgets.QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QtWidgets.QFormLayout()
        self.code = QtWidgets.QLineEdit(postal_code)
        self.code.setMaxLength(16)
        self.code.setPlaceholderText(self.tr("For example: K1A 0A6"))
        self.code.textChanged.connect(self.search)
        form.addRow(self.tr("Your &postal code:"), self.code)
        name_fields_by_labels(form)
        layout.addLayout(form)
        self.results = QtWidgets.QListWidget()
        self.results.setAccessibleName(self.tr("Representatives for this postal code"))
        self.results.itemActivated.connect(lambda _item: self.accept())
        self.results.currentRowChanged.connect(self._update_ok)
        layout.addWidget(self.results, 1)
        self.note = QtWidgets.QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        # Buttons in a row that wraps at a large text size (a button box cannot).
        buttons = FlowLayout()
        self.ok = QtWidgets.QPushButton(self.tr("Write to this representative"))
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.accept)
        self.table_button = QtWidgets.QPushButton(self.tr("Use a Table from a File…"))
        self.table_button.setAutoDefault(False)
        self.table_button.clicked.connect(self.choose_table)
        cancel = QtWidgets.QPushButton(
            QtCore.QCoreApplication.translate("QPlatformTheme", "Cancel")  # Qt's own word
        )
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        for button in (self.ok, self.table_button, cancel):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.index = index
        self.problems: list[str] = []
        if self.index is None:
            self.load()
        else:
            self._describe()
        self.search()
        fit_to_screen(self, QtCore.QSize(560, 460))

    def load(self) -> None:
        """Read every table on this computer (packs' and the person's own)."""
        self.index, self.problems = installed_index()
        self._describe()

    def _describe(self) -> None:
        assert self.index is not None
        if not len(self.index):
            text = self.tr(
                "No table of representatives is installed yet. A campaign pack may bring "
                "one, or use a table from a file (a CSV of names, offices, districts and "
                "postal-code prefixes)."
            )
        else:
            text = self.tr(
                "Type your postal code: the representatives of your district are listed. "
                "The letter will say that you live in their district."
            )
        if self.problems:
            text += "\n\n" + self.tr("Could not read: %1").replace("%1", "; ".join(self.problems))
        self.intro.setText(text)

    @Slot()
    def search(self) -> None:
        assert self.index is not None
        self.matches = for_country(self.index.find(self.code.text()), self.country)
        self.results.clear()
        for match in self.matches:
            r = match.representative
            where = ", ".join(p for p in (r.district, r.organisation) if p)
            self.results.addItem(f"{r.name} — {where}")
        districts = {m.representative.district for m in self.matches}
        if len(districts) > 1:
            self.note.setText(
                self.tr(
                    "This postal code is shared by %n district(s): check which one is yours "
                    "(your voter information card says it) before you choose.",
                    "",
                    len(districts),
                )
            )
        elif self.code.text().strip() and not self.matches and len(self.index):
            self.note.setText(self.tr("No representative in the tables has this postal code."))
        else:
            self.note.setText("")
        if self.matches:
            self.results.setCurrentRow(0)
        self._update_ok()

    @Slot()
    def _update_ok(self) -> None:
        assert self.ok is not None
        self.ok.setEnabled(self.results.currentRow() >= 0 and bool(self.matches))

    @Slot()
    def choose_table(self) -> None:
        path = ask_open_path(
            self,
            self.settings,
            self.tr("Use a table of representatives"),
            self.tr("Tables (*.csv)"),
        )
        if path is not None:
            self.use_table(path)

    def use_table(self, path: Path) -> None:
        try:
            use_table(path)
        except DataError as error:
            show_error(self, self.tr("This table cannot be used."), str(error))
            return
        self.load()
        self.search()

    def chosen(self) -> Recipient | None:
        row = self.results.currentRow()
        if not 0 <= row < len(self.matches):
            return None
        return to_recipient(self.matches[row].representative)

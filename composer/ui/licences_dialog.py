"""Help ▸ Licences: every component the app carries, and its licence texts."""

from __future__ import annotations

from composer.core.licences import Component, components
from composer.ui.qt import QtCore, QtWidgets
from composer.ui.widgets import fit_to_screen


class LicencesDialog(QtWidgets.QDialog):
    def __init__(
        self,
        parent: QtWidgets.QWidget | None = None,
        found: list[Component] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Licences"))
        self.components = found if found is not None else components()
        intro = QtWidgets.QLabel(
            self.tr(
                "Letter Composer is free software under the GNU General Public License, "
                "version 3 or later. It carries the work of others, each under its own "
                "licence:"
            )
        )
        intro.setWordWrap(True)
        self.list = QtWidgets.QListWidget()
        self.list.setAccessibleName(self.tr("Components"))
        for component in self.components:
            name = f"{component.name} {component.version}".strip()
            self.list.addItem(f"{name} — {component.licence or '?'}")
        self.text = QtWidgets.QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Licence text"))
        split = QtWidgets.QSplitter()
        split.addWidget(self.list)
        split.addWidget(self.text)
        split.setStretchFactor(1, 2)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.list.setCurrentRow(0)
        self.list.setFocus()
        fit_to_screen(self, QtCore.QSize(900, 600))

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.components):
            texts = self.components[row].texts
            shown = "\n\n".join(f"— {name} —\n\n{text.strip()}" for name, text in texts)
            self.text.setPlainText(shown or self.tr("(No licence text is given for this one.)"))

"""Choosing a letter: every bundled and user template with its title, purpose and languages."""

from __future__ import annotations

from composer.core.templates import Catalogue, Template
from composer.ui.form import language_name
from composer.ui.qt import Qt, QtWidgets, Slot


class TemplateGallery(QtWidgets.QDialog):
    def __init__(
        self,
        catalogue: Catalogue,
        language: str = "en",
        current: str = "",
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a letter"))
        self.templates = catalogue.sorted()
        layout = QtWidgets.QVBoxLayout(self)
        intro = QtWidgets.QLabel(
            self.tr(
                "Choose the letter to write. You can add your own words to it on the next step."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QtWidgets.QListWidget()
        self.list.setAccessibleName(self.tr("Letters"))
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setAlternatingRowColors(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        for template in self.templates:
            languages = ", ".join(language_name(code) for code in template.languages)
            origin = self.tr("on this computer") if template.origin != "bundled" else ""
            lines = [
                template.title_for(language),
                template.description_for(language),
                self.tr("Languages: %1").replace("%1", languages)
                + (f" · {origin}" if origin else ""),
            ]
            item = QtWidgets.QListWidgetItem("\n".join(line for line in lines if line))
            item.setData(Qt.ItemDataRole.UserRole, template.id)
            item.setToolTip(template.description_for(language))
            font = item.font()
            if template.category == "campaign":
                font.setBold(True)
            item.setFont(font)
            self.list.addItem(item)
            if template.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(self.accept)
        layout.addWidget(self.list, 1)
        for problem in catalogue.problems:
            note = QtWidgets.QLabel(
                self.tr("Could not read a template: %1").replace("%1", str(problem))
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Write this letter"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def chosen(self) -> Template | None:
        item = self.list.currentItem()
        if item is None:
            return None
        template_id = item.data(Qt.ItemDataRole.UserRole)
        return next((t for t in self.templates if t.id == template_id), None)

    @Slot()
    def select(self, template_id: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == template_id:
                self.list.setCurrentRow(row)

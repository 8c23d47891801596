"""Editing one address-book entry."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from composer.core.contacts import Contact
from composer.core.countries import country_code
from composer.core.model import (
    MAX_TEXT_LENGTH,
    RECIPIENT_FIELDS,
    RECIPIENT_TEXT_FIELDS,
    Recipient,
)
from composer.core.phrases import recipient_forms
from composer.core.text import clean_text
from composer.ui import recipient_fields
from composer.ui.accessibility import announce
from composer.ui.addressbook.table import error_colour
from composer.ui.labels import recipient_labels
from composer.ui.qt import QtCore, QtWidgets, Slot
from composer.ui.widgets import fit_to_screen, guard_wheel, scrolling

Qt = QtCore.Qt


class ContactDialog(QtWidgets.QDialog):
    """Edit one address-book entry (or a new one, when ``contact`` is None)."""

    def __init__(
        self,
        contact: Contact | None = None,
        language: str = "en",
        parent: QtWidgets.QWidget | None = None,
        *,
        default_country: str = "",
    ) -> None:
        super().__init__(parent)
        self.original = contact
        self.language = language
        self.setWindowTitle(self.tr("Edit entry") if contact else self.tr("New entry"))
        layout = QtWidgets.QVBoxLayout(self)
        body = QtWidgets.QWidget()
        form = QtWidgets.QFormLayout(body)
        # The entry's eighteen inputs scroll on a small screen; the buttons stay in view.
        layout.addWidget(scrolling(body), 1)

        labels = recipient_labels()
        self.editors: dict[str, QtWidgets.QWidget] = {}

        self.described = {
            name: recipient_fields.make_editor(name, language)
            for name in (*recipient_fields.CHOICE_FIELDS, "own_representative")
        }
        kind = self.described["kind"]
        assert isinstance(kind, QtWidgets.QComboBox)
        self.kind = kind
        self.kind.currentIndexChanged.connect(
            lambda _i: recipient_fields.update_enabled(self.described)
        )
        self.country = recipient_fields.country_combo(language, self.tr("Not given"))
        self.tags = QtWidgets.QLineEdit()
        self.tags.setPlaceholderText(self.tr("e.g. MPs, Montréal, urgent"))
        self.salutation = QtWidgets.QLineEdit()
        self.notes = QtWidgets.QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)

        help_texts = {
            "name": self.tr("A name or an organization is required."),
            "organisation": self.tr("A name or an organization is required."),
            "tags": self.tr("Separate tags with commas."),
            "salutation": self.tr("Leave empty to use the greeting the app chooses."),
            "notes": self.tr("Anything that helps you choose or greet this recipient."),
        }
        labels.update(recipient_fields.field_labels())
        help_texts.update(recipient_fields.help_texts())
        for name in (*RECIPIENT_FIELDS, "tags", "salutation", "notes"):
            editor: QtWidgets.QWidget
            if name in self.described:
                editor = self.described[name]
                if name == "own_representative":
                    editor.setAccessibleName(labels[name])
                    editor.setToolTip(help_texts[name])
                    form.addRow(editor)
                    self.editors[name] = editor
                    continue
            elif name == "country":
                editor = self.country
            elif name in ("tags", "salutation"):
                editor = self.tags if name == "tags" else self.salutation
            elif name == "notes":
                editor = self.notes
            else:
                line = QtWidgets.QLineEdit()
                line.setMaxLength(MAX_TEXT_LENGTH)
                editor = line
            label = QtWidgets.QLabel(labels[name])
            label.setBuddy(editor)
            editor.setAccessibleName(labels[name])
            if name in help_texts:
                editor.setToolTip(help_texts[name])
                editor.setAccessibleDescription(help_texts[name])
            form.addRow(label, editor)
            self.editors[name] = editor

        self.message = QtWidgets.QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {error_colour(self)};")
        layout.addWidget(self.message)

        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.ok_button = self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)

        self._fill(contact, default_country)
        for editor in self.editors.values():
            if isinstance(editor, QtWidgets.QLineEdit | QtWidgets.QPlainTextEdit):
                editor.textChanged.connect(self._validate)
            elif isinstance(editor, QtWidgets.QComboBox):
                editor.currentIndexChanged.connect(self._validate)
                if editor.isEditable():
                    editor.editTextChanged.connect(self._validate)
        self._validate()
        self.editors["name"].setFocus()
        guard_wheel(self)
        hint = body.sizeHint()
        fit_to_screen(self, QtCore.QSize(max(560, hint.width() + 48), hint.height() + 140))

    def _fill(self, contact: Contact | None, default_country: str) -> None:
        r = contact.recipient if contact else Recipient(country=default_country.upper())
        for name in RECIPIENT_FIELDS:
            editor = self.editors[name]
            value = str(getattr(r, name))
            if isinstance(editor, QtWidgets.QLineEdit):
                editor.setText(value)
        recipient_fields.fill(self.described, r)
        recipient_fields.update_enabled(self.described)
        recipient_fields.set_value(self.described["own_representative"], r.own_representative)
        index = self.country.findData(r.country)
        if index >= 0:
            self.country.setCurrentIndex(index)
        else:
            self.country.setEditText(r.country)
        if contact:
            self.tags.setText(", ".join(contact.tags))
            self.salutation.setText(contact.salutation)
            self.notes.setPlainText(contact.notes)

    def _text(self, name: str) -> str:
        editor = self.editors[name]
        if isinstance(editor, QtWidgets.QLineEdit):
            return clean_text(editor.text()).strip()
        return ""

    def country_value(self) -> str | None:
        """The chosen country's code ("" for none), or None when the text names none."""
        text = self.country.currentText().strip()
        if not text:
            return ""
        index = self.country.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.country.itemData(index) or "")
        return country_code(text)

    def recipient(self) -> Recipient:
        values: dict[str, Any] = {name: self._text(name) for name in RECIPIENT_TEXT_FIELDS}
        values.update(recipient_fields.read(self.described))
        values["country"] = self.country_value() or ""
        return Recipient(**values)

    def tag_values(self) -> tuple[str, ...]:
        seen: dict[str, str] = {}
        for part in self.tags.text().replace(";", ",").split(","):
            tag = clean_text(part).strip()
            if tag:
                seen.setdefault(tag.casefold(), tag)
        return tuple(seen.values())

    def contact(self) -> Contact:
        """The entry as typed; an edited entry keeps its id and source."""
        recipient = self.recipient()
        tags = self.tag_values()
        salutation = clean_text(self.salutation.text()).strip()
        notes = clean_text(self.notes.toPlainText(), multiline=True).strip()
        if self.original is not None:
            return replace(
                self.original, recipient=recipient, tags=tags, salutation=salutation, notes=notes
            )
        return Contact(recipient=recipient, tags=tags, salutation=salutation, notes=notes)

    def problems(self) -> list[str]:
        problems = []
        if not self._text("name") and not self._text("organisation"):
            problems.append(self.tr("Give a name or an organization."))
        if self.country_value() is None:
            problems.append(
                self.tr("“%1” is not a country in the list.").replace(
                    "%1", self.country.currentText().strip()
                )
            )
        if len(self.notes.toPlainText()) > MAX_TEXT_LENGTH:
            problems.append(
                self.tr("The notes are longer than %1 characters.").replace(
                    "%1", str(MAX_TEXT_LENGTH)
                )
            )
        return problems

    def is_valid(self) -> bool:
        return not self.problems()

    @Slot()
    def _validate(self) -> None:
        problems = self.problems()
        text = "\n".join(problems)
        if text and text != self.message.text():
            announce(self.message, text)  # heard as it appears, not only if found
        self.message.setText(text)
        self.message.setVisible(bool(problems))
        self.ok_button.setEnabled(not problems)
        # Tabbing to the unavailable OK, a screen reader says why it is unavailable.
        self.ok_button.setAccessibleDescription(text)
        greeting = recipient_forms(self.recipient(), self.language).salutation
        self.salutation.setPlaceholderText(greeting)

    @Slot()
    def accept(self) -> None:
        if self.is_valid():
            super().accept()

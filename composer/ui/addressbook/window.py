"""The address book window: find, edit, import and export the people and organisations a
person writes to.

:class:`AddressBookWindow` lists the entries; :class:`ContactDialog` edits one;
:class:`ImportDialog` shows how a CSV or vCard file will be read before anything is stored.
Every change goes through :class:`~composer.core.addressbook.AddressBook`, one transaction
each, so an import that fails leaves the book as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from composer.core.address import recipient_lines
from composer.core.addressbook import AddressBook
from composer.core.contacts import Contact
from composer.core.countries import country_code, country_names
from composer.core.errors import DataError
from composer.core.files import write_atomic
from composer.core.forms import office_label
from composer.core.importing import (
    IMPORT_TARGETS,
    ContactFile,
    CsvTable,
    ImportResult,
    csv_contacts,
    export_csv,
    guess_mapping,
    read_contact_file,
)
from composer.core.model import (
    MAX_TEXT_LENGTH,
    RECIPIENT_FIELDS,
    RECIPIENT_TEXT_FIELDS,
    Recipient,
)
from composer.core.phrases import recipient_forms
from composer.core.text import clean_text
from composer.ui import recipient_fields
from composer.ui.background import Background
from composer.ui.errors import show_error
from composer.ui.labels import recipient_labels
from composer.ui.qt import QtCore, QtGui, QtWidgets, Slot

Qt = QtCore.Qt

# Columns the window shows, and the fuller set the import preview shows ("who" is the
# courtesy title and name together, or the organisation when there is no name).
WINDOW_COLUMNS = ("who", "organisation", "position", "city", "country", "tags")
PREVIEW_COLUMNS = (
    "kind",
    "title",
    "office",
    "name",
    "position",
    "organisation",
    "street",
    "street2",
    "city",
    "region",
    "postal_code",
    "country",
    "tags",
    "salutation",
    "notes",
)
_ROOT = QtCore.QModelIndex()  # the invalid index: a table's rows have no parent


def _error_colour(widget: QtWidgets.QWidget) -> str:
    dark = widget.palette().color(QtGui.QPalette.ColorRole.Window).lightness() < 128
    return "#ff8a80" if dark else "#b00020"


def _no_auto_default(*buttons: QtWidgets.QPushButton) -> None:
    """Enter in the table opens the entry; it must not also press a button of the dialog."""
    for button in buttons:
        button.setAutoDefault(False)
        button.setDefault(False)


class ContactTableModel(QtCore.QAbstractTableModel):
    """Contacts as table rows; ``columns`` names what each column shows."""

    def __init__(
        self,
        columns: Sequence[str] = WINDOW_COLUMNS,
        language: str = "en",
        parent: QtCore.QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._contacts: list[Contact] = []
        self._countries = dict(country_names(language))
        self._headers = self._header_texts()
        self._language = language
        self._kinds = {
            "representative": self.tr("Elected representative"),
            "government": self.tr("Government"),
            "human_rights": self.tr("Human-rights organization"),
            "humanitarian": self.tr("Humanitarian organization"),
            "other": self.tr("Someone else"),
        }

    def _header_texts(self) -> dict[str, str]:
        return {"who": self.tr("Name"), **recipient_labels(), "street2": self.tr("Address line 2")}

    def set_contacts(self, contacts: Sequence[Contact]) -> None:
        self.beginResetModel()
        self._contacts = list(contacts)
        self.endResetModel()

    def contacts(self) -> list[Contact]:
        return list(self._contacts)

    def contact(self, row: int) -> Contact:
        return self._contacts[row]

    def row_of(self, contact_id: int) -> int:
        """The row of the entry with ``contact_id``, or -1."""
        for row, contact in enumerate(self._contacts):
            if contact.id == contact_id:
                return row
        return -1

    def text(self, contact: Contact, column: str) -> str:
        r = contact.recipient
        if column == "who":
            return contact.display_name
        if column == "kind":
            return self._kinds.get(r.kind, r.kind)
        if column == "title":
            return recipient_fields.title_texts().get(r.title, r.title) if r.title else ""
        if column == "office":
            return office_label(r.office, self._language) if r.office else ""
        if column == "country":
            return self._countries.get(r.country, r.country)
        if column == "tags":
            return ", ".join(contact.tags)
        if column == "salutation":
            return contact.salutation
        if column == "notes":
            return contact.notes
        return str(getattr(r, column))

    # -- Qt overrides -----------------------------------------------------------------------

    def rowCount(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._contacts)

    def columnCount(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(
        self,
        index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._contacts):
            return None
        text = self.text(self._contacts[index.row()], self.columns[index.column()])
        if role == Qt.ItemDataRole.DisplayRole:
            # One line per cell; the full text is in the tooltip and the details panel.
            return " / ".join(line for line in text.splitlines() if line.strip())
        if role == Qt.ItemDataRole.ToolTipRole:
            return text or None
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self._headers[self.columns[section]]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None


def _fit_columns(view: QtWidgets.QTableView, widest: int) -> None:
    """Columns as wide as their text, but none wider than ``widest`` pixels."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count()):
        header.resizeSection(column, min(header.sectionSize(column), widest))


def _table_view(model: QtCore.QAbstractItemModel, name: str) -> QtWidgets.QTableView:
    view = QtWidgets.QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setHighlightSections(False)
    return view


# ------------------------------------------------------------------------------ the window


class AddressBookWindow(QtWidgets.QDialog):
    """Browse and maintain the address book.

    ``default_country`` is the country given to imported entries whose file names none
    (the writer's own country).
    """

    def __init__(
        self,
        book: AddressBook,
        language: str = "en",
        parent: QtWidgets.QWidget | None = None,
        *,
        default_country: str = "CA",
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.language = language
        self.default_country = default_country
        self.setWindowTitle(self.tr("Address book"))
        self.resize(1100, 620)

        layout = QtWidgets.QVBoxLayout(self)

        filters = QtWidgets.QHBoxLayout()
        self.search = QtWidgets.QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search names, organizations, positions, cities and notes")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the address book"))
        search_label = QtWidgets.QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        self.tag_filter = QtWidgets.QComboBox()
        self.tag_filter.setAccessibleName(self.tr("Show entries with tag"))
        self.tag_filter.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
        tag_label = QtWidgets.QLabel(self.tr("&Tag:"))
        tag_label.setBuddy(self.tag_filter)
        filters.addWidget(search_label)
        filters.addWidget(self.search, 1)
        filters.addWidget(tag_label)
        filters.addWidget(self.tag_filter)
        layout.addLayout(filters)

        self.model = ContactTableModel(WINDOW_COLUMNS, language, self)
        self.proxy = QtCore.QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortLocaleAware(True)
        self.table = _table_view(self.proxy, self.tr("Address book entries"))
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.ExtendedSelection)
        # No sort column at first: the book's own order (organisations, then people).
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

        self.details = QtWidgets.QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.details.setAccessibleName(self.tr("Details and notes of the selected entry"))
        self.details.setPlaceholderText(self.tr("Select an entry to see its address and notes."))
        details_box = QtWidgets.QWidget()
        details_layout = QtWidgets.QVBoxLayout(details_box)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_label = QtWidgets.QLabel(self.tr("&Details and notes:"))
        details_label.setBuddy(self.details)
        details_layout.addWidget(details_label)
        details_layout.addWidget(self.details, 1)

        splitter = QtWidgets.QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(details_box)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([700, 360])
        layout.addWidget(splitter, 1)

        buttons = QtWidgets.QHBoxLayout()
        self.add_button = QtWidgets.QPushButton(self.tr("&Add…"))
        self.add_button.setAccessibleName(self.tr("Add an entry"))
        self.edit_button = QtWidgets.QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected entry"))
        self.remove_button = QtWidgets.QPushButton(self.tr("&Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected entries"))
        self.import_button = QtWidgets.QPushButton(self.tr("&Import…"))
        self.import_button.setAccessibleName(self.tr("Import entries from a CSV or vCard file"))
        self.export_button = QtWidgets.QPushButton(self.tr("E&xport…"))
        self.export_button.setAccessibleName(self.tr("Export entries to a CSV file"))
        self.bundled_button = QtWidgets.QPushButton(self.tr("Add &bundled organizations"))
        self.bundled_button.setAccessibleName(self.bundled_button.text().replace("&", ""))
        self.bundled_button.setToolTip(
            self.tr(
                "Adds the organizations that come with Letter Composer (human-rights "
                "organizations, the House of Commons…), each with notes on what it can do."
            )
        )
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addSpacing(16)
        for button in (self.import_button, self.export_button, self.bundled_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.status = QtWidgets.QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)

        box = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        self.use_button = box.addButton(
            self.tr("&Write to this recipient"), QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.use_button.setAccessibleName(self.tr("Address the letter to the selected entry"))
        self.use_button.clicked.connect(self.use_selected)
        self.chosen: Contact | None = None
        layout.addWidget(box)
        close = box.button(QtWidgets.QDialogButtonBox.StandardButton.Close)
        _no_auto_default(
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.import_button,
            self.export_button,
            self.bundled_button,
            close,
        )

        remove_action = QtGui.QAction(self.tr("Remove"), self.table)
        remove_action.setShortcut(QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Delete))
        remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove_action.triggered.connect(self.remove_selected)
        self.table.addAction(remove_action)
        find_action = QtGui.QAction(self.tr("Find"), self)
        find_action.setShortcut(QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Find))
        find_action.triggered.connect(self._focus_search)
        self.addAction(find_action)

        self.search.textChanged.connect(self._filters_changed)
        self.tag_filter.currentIndexChanged.connect(self._filters_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self.edit_selected)
        self.add_button.clicked.connect(self.add_contact)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        self.bundled_button.clicked.connect(self.add_bundled)

        self._update_tags()
        self.refresh()
        if not self.model.rowCount():
            self.set_status(
                self.tr(
                    "The address book is empty. Add an entry, import a file from a "
                    "spreadsheet or phone, or add the bundled organizations."
                )
            )
        self.search.setFocus()

    # -- showing entries ---------------------------------------------------------------------

    def current_tag(self) -> str:
        data = self.tag_filter.currentData()
        return str(data) if data else ""

    def _update_tags(self) -> None:
        """Refill the tag filter, keeping the chosen tag while it still exists."""
        current = self.current_tag()
        self.tag_filter.blockSignals(True)
        try:
            self.tag_filter.clear()
            self.tag_filter.addItem(self.tr("All tags"), "")
            for tag in self.book.tags():
                self.tag_filter.addItem(tag, tag)
            index = self.tag_filter.findData(current) if current else 0
            self.tag_filter.setCurrentIndex(max(index, 0))
        finally:
            self.tag_filter.blockSignals(False)

    def visible_contacts(self) -> list[Contact]:
        """The entries the search box and tag filter let through, in the book's order."""
        text = self.search.text().strip()
        tag = self.current_tag()
        contacts = self.book.search(text) if text else self.book.all()
        if tag:
            with_tag = {c.id for c in self.book.with_tag(tag)}
            contacts = [c for c in contacts if c.id in with_tag]
        return contacts

    @Slot()
    def _filters_changed(self) -> None:
        self.refresh()

    def refresh(self, keep: Sequence[int] | None = None) -> None:
        """Reload the table from the book; the entries ``keep`` names (or, by default, the
        ones selected now) stay selected when they are still shown."""
        if keep is None:
            keep = [c.id for c in self.selected_contacts() if c.id is not None]
        self.model.set_contacts(self.visible_contacts())
        _fit_columns(self.table, 240)
        self.select_ids(keep)
        self._selection_changed()

    def select_ids(self, ids: Sequence[int]) -> None:
        selection = QtCore.QItemSelection()
        first: QtCore.QModelIndex | None = None
        for contact_id in ids:
            row = self.model.row_of(contact_id)
            if row < 0:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            selection.select(index, index)
            if first is None:
                first = index
        flags = (
            QtCore.QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QtCore.QItemSelectionModel.SelectionFlag.Rows
        )
        model = self.table.selectionModel()
        model.select(selection, flags)
        if first is not None:
            model.setCurrentIndex(first, QtCore.QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(first)

    def selected_contacts(self) -> list[Contact]:
        """The selected entries, top to bottom as shown."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [self.model.contact(self.proxy.mapToSource(index).row()) for index in rows]

    @Slot()
    def _selection_changed(self) -> None:
        selected = self.selected_contacts()
        self.edit_button.setEnabled(len(selected) == 1)
        self.remove_button.setEnabled(bool(selected))
        self.details.setPlainText(self.details_text(selected[0]) if len(selected) == 1 else "")

    def details_text(self, contact: Contact) -> str:
        """The entry's address, tags, greeting and notes, as plain text."""
        r = contact.recipient
        try:
            lines = recipient_lines(r, "", self.language)
        except Exception:  # an odd address must not hide the notes
            lines = [contact.display_name]
        if r.country:
            lines.append(self.model.text(contact, "country"))
        parts = ["\n".join(line for line in lines if line.strip())]
        if contact.tags:
            parts.append(self.tr("Tags: %1").replace("%1", ", ".join(contact.tags)))
        if contact.salutation:
            parts.append(self.tr("Greeting: %1").replace("%1", contact.salutation))
        if contact.notes.strip():
            parts.append(contact.notes.strip())
        return "\n\n".join(p for p in parts if p)

    @Slot()
    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    # -- changing entries --------------------------------------------------------------------

    def _contact_dialog(self, contact: Contact | None) -> ContactDialog:
        return ContactDialog(contact, self.language, self, default_country=self.default_country)

    @Slot()
    def add_contact(self) -> None:
        dialog = self._contact_dialog(None)
        try:
            if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
                return
            contact = dialog.contact()
        finally:
            dialog.deleteLater()
        try:
            stored = self.book.add(contact)
        except (sqlite3.Error, DataError) as error:
            show_error(self, self.tr("The entry could not be saved."), str(error))
            return
        self._after_change([stored.id] if stored.id is not None else None)
        self.set_status(self.tr("Added %1.").replace("%1", stored.display_name))

    @Slot()
    def edit_selected(self) -> None:
        selected = self.selected_contacts()
        if len(selected) != 1:
            return
        dialog = self._contact_dialog(selected[0])
        try:
            if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
                return
            contact = dialog.contact()
        finally:
            dialog.deleteLater()
        try:
            self.book.update(contact)
        except (sqlite3.Error, DataError, ValueError) as error:
            show_error(self, self.tr("The entry could not be saved."), str(error))
            return
        self._after_change([contact.id] if contact.id is not None else None)
        self.set_status(self.tr("Saved %1.").replace("%1", contact.display_name))

    @Slot()
    def remove_selected(self) -> None:
        selected = self.selected_contacts()
        if not selected:
            return
        if len(selected) == 1:
            question = self.tr("Remove %1 from the address book?").replace(
                "%1", selected[0].display_name
            )
        else:
            question = self.tr("Remove %n entry(s) from the address book?", "", len(selected))
        answer = QtWidgets.QMessageBox.question(
            self,
            self.tr("Remove entries"),
            question,
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No,
            QtWidgets.QMessageBox.StandardButton.No,
        )
        if answer != QtWidgets.QMessageBox.StandardButton.Yes:
            return
        removed = 0
        try:
            for contact in selected:
                if contact.id is not None:
                    self.book.remove(contact.id)
                    removed += 1
        except sqlite3.Error as error:
            show_error(self, self.tr("Some entries could not be removed."), str(error))
        self._after_change([])
        if removed == 1:
            self.set_status(self.tr("Removed %1.").replace("%1", selected[0].display_name))
        else:
            self.set_status(self.tr("Removed %n entry(s).", "", removed))

    @Slot()
    def add_bundled(self) -> None:
        try:
            added = self.book.add_bundled()
        except (sqlite3.Error, DataError, OSError) as error:
            show_error(self, self.tr("The bundled organizations could not be added."), str(error))
            return
        self._after_change([c.id for c in added if c.id is not None] if added else None)
        if not added:
            self.set_status(self.tr("All the bundled organizations are already in the book."))
        elif len(added) == 1:
            self.set_status(self.tr("Added 1 bundled organization."))
        else:
            self.set_status(
                self.tr("Added %1 bundled organizations.").replace("%1", str(len(added)))
            )

    def _after_change(self, select: Sequence[int] | None = None) -> None:
        """Reload tags and entries; select ``select`` (None keeps the selection)."""
        self._update_tags()
        self.refresh(keep=select)
        if select and not self.selected_contacts():
            # New entries the search or tag filter hides: show everything, so they are seen.
            for widget in (self.search, self.tag_filter):
                widget.blockSignals(True)
            self.search.clear()
            self.tag_filter.setCurrentIndex(0)
            for widget in (self.search, self.tag_filter):
                widget.blockSignals(False)
            self.refresh(keep=select)

    # -- files -------------------------------------------------------------------------------

    @Slot()
    def import_file(self) -> None:
        name, _ = QtWidgets.QFileDialog.getOpenFileName(
            self,
            self.tr("Import addresses"),
            "",
            self.tr(
                "Address files (*.csv *.tsv *.txt *.vcf *.vcard);;"
                "Spreadsheet files (*.csv *.tsv *.txt);;vCard files (*.vcf *.vcard);;"
                "All files (*)"
            ),
        )
        if not name:
            return
        dialog = ImportDialog(Path(name), self.default_country, self)
        try:
            if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
                return
            result = dialog.result()
        finally:
            dialog.deleteLater()
        self.add_imported(result)

    def add_imported(self, result: ImportResult) -> list[Contact]:
        """Store ``result``'s contacts all at once (or none, if the book refuses one)."""
        try:
            stored = self.book.add_many(result.contacts)
        except (sqlite3.Error, DataError) as error:
            show_error(
                self,
                self.tr("Nothing was imported: the address book could not store the entries."),
                str(error),
            )
            return []
        self._after_change([c.id for c in stored if c.id is not None])
        imported = self.tr("Imported %n entry(s)", "", len(stored))
        skipped = self.tr("%n row(s) skipped", "", len(result.problems))
        self.set_status(self.tr("%1; %2").replace("%1", imported).replace("%2", skipped))
        return stored

    @Slot()
    def use_selected(self) -> None:
        """Close the window with the selected entry as the letter's recipient."""
        selected = self.selected_contacts()
        if selected:
            self.chosen = selected[0]
            self.accept()

    @Slot()
    def export_file(self) -> None:
        selected = self.selected_contacts()
        contacts = selected if len(selected) > 1 else self.book.all()
        if len(selected) > 1:
            caption = self.tr("Export the %1 selected entries").replace("%1", str(len(contacts)))
        else:
            caption = self.tr("Export all %n entry(s)", "", len(contacts))
        name, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, caption, self.tr("address book.csv"), self.tr("CSV files (*.csv)")
        )
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".csv")
        try:
            write_atomic(path, export_csv(contacts))
        except OSError as error:
            show_error(
                self,
                self.tr("Could not write %1.").replace("%1", str(path)),
                error.strerror or str(error),
            )
            return
        self.set_status(
            self.tr("Exported %1 entries to %2.")
            .replace("%1", str(len(contacts)))
            .replace("%2", path.name)
        )


# ------------------------------------------------------------------------------ one entry


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
        self.setMinimumWidth(540)
        layout = QtWidgets.QVBoxLayout(self)
        form = QtWidgets.QFormLayout()
        layout.addLayout(form)

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
        self.country = QtWidgets.QComboBox()
        self.country.addItem(self.tr("Not given"), "")
        for code, name in country_names(language):
            self.country.addItem(name, code)
        self.country.setEditable(True)  # type to find a country
        self.country.setInsertPolicy(QtWidgets.QComboBox.InsertPolicy.NoInsert)
        completer = self.country.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QtWidgets.QCompleter.CompletionMode.PopupCompletion)
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
        self.message.setStyleSheet(f"color: {_error_colour(self)};")
        self.message.setAccessibleName(self.tr("Problems with this entry"))
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
        self.message.setText("\n".join(problems))
        self.message.setVisible(bool(problems))
        self.ok_button.setEnabled(not problems)
        greeting = recipient_forms(self.recipient(), self.language).salutation
        self.salutation.setPlaceholderText(greeting)

    @Slot()
    def accept(self) -> None:
        if self.is_valid():
            super().accept()


# ------------------------------------------------------------------------------ importing


# Files up to this size are read at once (a few milliseconds); larger ones on a worker.
SYNC_IMPORT_BYTES = 256 * 1024
SYNC_IMPORT_ROWS = 2000


def read_import_file(path: Path, default_country: str) -> ContactFile | str:
    """Decode and parse an import file; a string says why it cannot be imported. Qt-free
    work, safe on a worker thread."""
    try:
        return read_contact_file(path, default_country)
    except DataError as error:
        return str(error)


def _csv_result(table: CsvTable, mapping: dict[str, str], country: str) -> ImportResult | str:
    try:
        return csv_contacts(table, mapping, country)
    except DataError as error:
        return str(error)


class ImportDialog(QtWidgets.QDialog):
    """Shows how a CSV or vCard file will be imported, and lets a person say what each CSV
    column is, before anything is stored."""

    PREVIEW_ROWS = 20

    def __init__(
        self,
        path: Path,
        default_country: str = "CA",
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.default_country = default_country
        self.table: CsvTable | None = None
        self.vcard = False
        self.error = ""
        self._result = ImportResult()
        self._vcard_result = ImportResult()
        self.combos: dict[str, QtWidgets.QComboBox] = {}
        self._busy = 0  # files or previews being worked out on the thread pool
        self._tasks: list[Background] = []
        self._generation = 0
        self.setWindowTitle(self.tr("Import %1").replace("%1", self.path.name))
        self.resize(1100, 700)

        layout = QtWidgets.QVBoxLayout(self)
        self.source = QtWidgets.QLabel()
        self.source.setWordWrap(True)
        layout.addWidget(self.source)
        self.error_label = QtWidgets.QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {_error_colour(self)}; font-weight: bold;")
        self.error_label.setAccessibleName(self.tr("Error"))
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        layout.addWidget(self.error_label)

        self.mapping_box = QtWidgets.QGroupBox(self.tr("What each column holds"))
        mapping_outer = QtWidgets.QVBoxLayout(self.mapping_box)
        self.mapping_area = QtWidgets.QScrollArea()
        self.mapping_area.setWidgetResizable(True)
        self.mapping_area.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.mapping_widget = QtWidgets.QWidget()
        self.mapping_layout = QtWidgets.QGridLayout(self.mapping_widget)
        self.mapping_area.setWidget(self.mapping_widget)
        mapping_outer.addWidget(self.mapping_area)
        self.mapping_box.hide()
        layout.addWidget(self.mapping_box, 2)

        preview_box = QtWidgets.QGroupBox(self.tr("Preview: the entries as they will be stored"))
        preview_layout = QtWidgets.QVBoxLayout(preview_box)
        self.preview_label = QtWidgets.QLabel()
        preview_layout.addWidget(self.preview_label)
        self.preview_model = ContactTableModel(PREVIEW_COLUMNS, "en", self)
        self.preview = _table_view(self.preview_model, self.tr("Preview of the imported entries"))
        preview_layout.addWidget(self.preview)
        layout.addWidget(preview_box, 3)

        problems_box = QtWidgets.QGroupBox(self.tr("Rows that will be skipped"))
        problems_layout = QtWidgets.QVBoxLayout(problems_box)
        self.problems = QtWidgets.QListWidget()
        self.problems.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.problems.setAccessibleName(self.tr("Rows that will be skipped, and why"))
        problems_layout.addWidget(self.problems)
        layout.addWidget(problems_box)

        self.summary = QtWidgets.QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Import summary"))
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        layout.addWidget(self.summary)

        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._load()

    # -- reading the file --------------------------------------------------------------------

    def _target_labels(self) -> dict[str, str]:
        labels = {
            **recipient_labels(),
            "kind": self.tr("Kind (representative, government, human rights, humanitarian…)"),
            "title": self.tr("Courtesy title (Ms., Mr., Dr.…)"),
            "office": self.tr("Office (MP, minister…)"),
            "jurisdiction": self.tr("Government of (country)"),
            "level": self.tr("Level of government"),
            "own_representative": self.tr("My own representative (yes/no)"),
            "name": self.tr("Full name"),
            "first_name": self.tr("First name"),
            "middle_name": self.tr("Middle name"),
            "last_name": self.tr("Last name"),
            "name_suffix": self.tr("Name suffix (Jr., III)"),
            "street2": self.tr("Address line 2"),
            "": self.tr("Ignore"),
        }
        return {target: labels.get(target, target) for target in IMPORT_TARGETS}

    def _load(self) -> None:
        """Read the file: at once when small, on a worker thread when large (the window
        keeps answering while a big export is parsed)."""
        try:
            size = self.path.stat().st_size
        except OSError as error:
            self._fail(error.strerror or str(error))
            return
        if size <= SYNC_IMPORT_BYTES:
            self._loaded(read_import_file(self.path, self.default_country))
            return
        self.source.setText(self.tr("Reading %1…").replace("%1", self.path.name))
        self.ok_button.setEnabled(False)
        self._start(Background(read_import_file, self.path, self.default_country), self._loaded)

    def _start(self, task: Background, slot: Callable[[object], None]) -> None:
        self._busy += 1
        self._tasks.append(task)

        def done(result: object) -> None:
            self._busy -= 1
            slot(result)

        task.signals.done.connect(done)
        QtCore.QThreadPool.globalInstance().start(task)

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait until a file being read in the background is shown (for tests)."""
        timer = QtCore.QElapsedTimer()
        timer.start()
        while self._busy and timer.elapsed() < msecs:
            QtWidgets.QApplication.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 50)
        return not self._busy

    @Slot(object)
    def _loaded(self, read: object) -> None:
        if isinstance(read, str):
            self._fail(read)
            return
        assert isinstance(read, ContactFile)
        self.vcard = read.vcard
        self.table = read.table
        self._vcard_result = read.vcard_result
        encoding = read.encoding
        if self.table is not None:
            delimiters = {
                ",": self.tr("commas"),
                ";": self.tr("semicolons"),
                "\t": self.tr("tabs"),
            }
            self.source.setText(
                self.tr("%1: a table of %2 rows, read as %3 text, columns separated by %4.")
                .replace("%1", self.path.name)
                .replace("%2", str(len(self.table.rows)))
                .replace("%3", _encoding_name(encoding))
                .replace("%4", delimiters.get(self.table.delimiter, self.table.delimiter))
            )
            self._build_mapping(self.table)
        else:
            self.source.setText(
                self.tr("%1: vCard contacts, read as %2 text.")
                .replace("%1", self.path.name)
                .replace("%2", _encoding_name(encoding))
            )
        self.update_preview()

    def _fail(self, message: str) -> None:
        self.error = message
        self.source.setText(self.path.name)
        self.error_label.setText(
            self.tr("Cannot import %1: %2").replace("%1", self.path.name).replace("%2", message)
        )
        self.error_label.show()
        self._result = ImportResult()
        self._show_result()

    def _build_mapping(self, table: CsvTable) -> None:
        """One row per column: heading, first value, and what to use it as. Two groups side
        by side (down the left, then down the right) so a typical file needs no scrolling."""
        guessed = guess_mapping(table.headers)
        labels = self._target_labels()
        columns = [
            (index, header)
            for index, header in enumerate(table.headers)
            # A repeated heading shares the first one's choice, as the mapping does.
            if header not in table.headers[:index]
        ]
        per_group = max(1, (len(columns) + 1) // 2) if len(columns) > 4 else len(columns)
        for group in range(2 if len(columns) > per_group else 1):
            for offset, text in enumerate(
                (self.tr("Column in the file"), self.tr("First value"), self.tr("Use as"))
            ):
                label = QtWidgets.QLabel(text)
                font = label.font()
                font.setBold(True)
                label.setFont(font)
                self.mapping_layout.addWidget(label, 0, group * 4 + offset)
        for position, (index, header) in enumerate(columns):
            row, base = position % per_group + 1, (position // per_group) * 4
            shown = header or self.tr("(column %1, no heading)").replace("%1", str(index + 1))
            sample = next(
                (r[index].strip() for r in table.rows if index < len(r) and r[index].strip()),
                "",
            )
            combo = QtWidgets.QComboBox()
            combo.setSizeAdjustPolicy(
                QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(18)
            for target, text in labels.items():
                combo.addItem(text, target)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(header, ""))))
            combo.setAccessibleName(self.tr("Use of column “%1”").replace("%1", shown))
            name_label = QtWidgets.QLabel(shown)
            name_label.setBuddy(combo)
            sample_label = QtWidgets.QLabel(_shorten(clean_text(sample), 28))
            sample_label.setToolTip(sample)
            sample_label.setForegroundRole(QtGui.QPalette.ColorRole.PlaceholderText)
            self.mapping_layout.addWidget(name_label, row, base)
            self.mapping_layout.addWidget(sample_label, row, base + 1)
            self.mapping_layout.addWidget(combo, row, base + 2)
            combo.currentIndexChanged.connect(self.update_preview)
            self.combos[header] = combo
        self.mapping_layout.setColumnMinimumWidth(3, 24)
        self.mapping_layout.setColumnStretch(1, 1)
        self.mapping_layout.setColumnStretch(5, 1)
        self.mapping_layout.setRowStretch(per_group + 1, 1)
        # Tall enough for every row of a usual file; a long Outlook export scrolls.
        wanted = self.mapping_widget.sizeHint().height() + 2 * self.mapping_area.frameWidth()
        self.mapping_area.setMinimumHeight(min(wanted, self.fontMetrics().lineSpacing() * 14))
        self.mapping_box.show()

    # -- the result --------------------------------------------------------------------------

    def mapping(self) -> dict[str, str]:
        """heading → import target, as the combos say."""
        return {header: str(combo.currentData() or "") for header, combo in self.combos.items()}

    def set_mapping(self, header: str, target: str) -> None:
        """Use column ``header`` as ``target`` (one of IMPORT_TARGETS); updates the preview."""
        combo = self.combos[header]
        combo.setCurrentIndex(combo.findData(target))

    @Slot()
    def update_preview(self) -> None:
        if self.error:
            return
        self.error_label.hide()
        if self.table is None:
            self._preview_ready(self._vcard_result)
            return
        self._generation += 1
        generation = self._generation
        args = (self.table, self.mapping(), self.default_country)
        if len(self.table.rows) <= SYNC_IMPORT_ROWS:
            self._preview_ready(_csv_result(*args))
            return
        self.ok_button.setEnabled(False)
        self.summary.setText(self.tr("Working out the entries…"))
        self._start(
            Background(_csv_result, *args),
            lambda result: generation == self._generation and self._preview_ready(result),
        )

    def _preview_ready(self, result: object) -> None:
        if isinstance(result, str):
            # A mapping that cannot work (no name column): say so, keep the combos usable.
            self._result = ImportResult()
            self.error_label.setText(result.capitalize() + ".")
            self.error_label.show()
        else:
            assert isinstance(result, ImportResult)
            self._result = result
        self._show_result()

    def _show_result(self) -> None:
        result = self._result
        self.preview_model.set_contacts(result.contacts[: self.PREVIEW_ROWS])
        _fit_columns(self.preview, 240)
        count = len(result.contacts)
        if count > self.PREVIEW_ROWS:
            self.preview_label.setText(
                self.tr("The first %1 of %2 entries:")
                .replace("%1", str(self.PREVIEW_ROWS))
                .replace("%2", str(count))
            )
        else:
            self.preview_label.setText(
                self.tr("All %n entry(s):", "", count) if count else self.tr("No entries.")
            )
        self.problems.clear()
        for problem in result.problems:
            self.problems.addItem(
                self.tr("line %1: %2")
                .replace("%1", str(problem.line))
                .replace("%2", problem.message)
            )
        for warning in result.warnings:
            self.problems.addItem(
                self.tr("line %1 (kept): %2")
                .replace("%1", str(warning.line))
                .replace("%2", warning.message)
            )
        skipped = len(result.problems)
        imported = self.tr("%n entry(s) will be imported", "", count)
        if self.vcard:
            left_out = self.tr("%n card(s) skipped", "", skipped)
        else:
            left_out = self.tr("%n row(s) skipped", "", skipped)
        self.summary.setText(self.tr("%1, %2").replace("%1", imported).replace("%2", left_out))
        self.ok_button.setEnabled(not self.error and count > 0)

    def result(self) -> ImportResult:  # type: ignore[override]
        """The contacts and problems for the current mapping.

        Replaces QDialog.result() (the exit code): use the value ``exec()`` returns instead.
        """
        result = self._result
        return ImportResult(list(result.contacts), list(result.problems), list(result.warnings))

    @Slot()
    def accept(self) -> None:
        if self.ok_button.isEnabled():
            super().accept()


def _encoding_name(encoding: str) -> str:
    return {
        "utf-8": "UTF-8",
        "utf-8-sig": "UTF-8",
        "utf-16": "UTF-16",
        "utf-32": "UTF-32",
        "cp1252": "Windows-1252",
    }.get(encoding, encoding)


def _shorten(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"

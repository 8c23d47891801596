"""The address book window: find, edit, import and export the people and organisations a
person writes to.

Every change goes through :class:`~composer.core.addressbook.AddressBook`, one transaction
each, so an import that fails leaves the book as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from composer.core.address import recipient_lines
from composer.core.addressbook import AddressBook
from composer.core.contacts import Contact
from composer.core.errors import DataError
from composer.core.files import write_atomic
from composer.core.importing import ImportResult, export_csv
from composer.ui.addressbook.contact_dialog import ContactDialog
from composer.ui.addressbook.import_dialog import ask_import
from composer.ui.addressbook.table import (
    WINDOW_COLUMNS,
    ContactTableModel,
    fit_columns,
    no_auto_default,
    table_view,
)
from composer.ui.errors import report_failure, show_error
from composer.ui.qt import QtCore, QtGui, QtWidgets, Slot
from composer.ui.settings import Settings
from composer.ui.tasks import Tasks
from composer.ui.widgets import FlowLayout, ask_save_path, ask_yes, fit_to_screen, guard_wheel

Qt = QtCore.Qt


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
        settings: Settings | None = None,
        tasks: Tasks | None = None,
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.language = language
        self.default_country = default_country
        self.settings = settings or Settings()
        self.tasks = tasks
        self.setWindowTitle(self.tr("Address book"))

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
        self.table = table_view(self.proxy, self.tr("Address book entries"))
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

        buttons = FlowLayout()  # wraps onto two rows at a large text size
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
        for button in (self.import_button, self.export_button, self.bundled_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

        self.status = QtWidgets.QLabel()
        self.status.setWordWrap(True)
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
        no_auto_default(
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
        guard_wheel(self)
        fit_to_screen(self, QtCore.QSize(1100, 620))

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
        fit_columns(self.table, 240)
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

    def _ask_contact(self, contact: Contact | None) -> Contact | None:
        """The entry as the person leaves the entry dialog (None if they cancel)."""
        dialog = self._contact_dialog(contact)
        try:
            if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
                return None
            return dialog.contact()
        finally:
            dialog.deleteLater()

    @Slot()
    def add_contact(self) -> None:
        contact = self._ask_contact(None)
        if contact is None:
            return
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
        contact = self._ask_contact(selected[0])
        if contact is None:
            return
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
        answer = ask_yes(
            self,
            self.tr("Remove entries"),
            question,
        )
        if not answer:
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
        result = ask_import(self, self.settings, self.default_country, self.tasks)
        if result is not None:
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
        chosen = ask_save_path(
            self, self.settings, caption, self.tr("address book.csv"), self.tr("CSV files (*.csv)")
        )
        if chosen is None:
            return
        path = chosen
        if not path.suffix:
            path = path.with_suffix(".csv")
        try:
            write_atomic(path, export_csv(contacts))
        except OSError as error:
            report_failure(self, self.tr("Could not write %1.").replace("%1", str(path)), error)
            return
        self.set_status(
            self.tr("Exported %1 entries to %2.")
            .replace("%1", str(len(contacts)))
            .replace("%2", path.name)
        )

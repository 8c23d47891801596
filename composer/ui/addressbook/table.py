"""The address book as a table: one model for the window, the import preview and the
merge, and the table view they share."""

from __future__ import annotations

from collections.abc import Sequence

from composer.core.contacts import Contact
from composer.core.countries import country_names
from composer.core.forms import office_label
from composer.ui import colours, recipient_fields
from composer.ui.labels import recipient_labels
from composer.ui.qt import QtCore, QtWidgets

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


def error_colour(widget: QtWidgets.QWidget) -> str:
    """The error colour as a style sheet value, readable on ``widget``'s background."""
    return colours.error_colour(widget).name()


def no_auto_default(*buttons: QtWidgets.QPushButton) -> None:
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


def fit_columns(view: QtWidgets.QTableView, widest: int) -> None:
    """Columns as wide as their text, but none wider than ``widest`` pixels."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count()):
        header.resizeSection(column, min(header.sectionSize(column), widest))


def table_view(model: QtCore.QAbstractItemModel, name: str) -> QtWidgets.QTableView:
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

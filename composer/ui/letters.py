"""Recipients ▸ Letters Sent: the letter log as a table, replies recorded, and a follow-up
offered for each letter left unanswered for the set time (six weeks by default)."""

from __future__ import annotations

import datetime as dt

from composer.core.letterlog import LetterLog, LogError, LoggedLetter, same_letter
from composer.ui.errors import show_error
from composer.ui.qt import Qt, QtCore, QtWidgets, Signal, Slot
from composer.ui.settings import Settings
from composer.ui.widgets import (
    FlowLayout,
    WrappingCheckBox,
    ask_yes,
    fit_to_screen,
    list_table,
    name_fields_by_labels,
)


class ReplyDialog(QtWidgets.QDialog):
    """When the reply came, and a few words about it."""

    def __init__(self, entry: LoggedLetter, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a reply"))
        layout = QtWidgets.QFormLayout(self)
        about = QtWidgets.QLabel(
            self.tr("Reply to your letter of %1 to %2.")
            .replace("%1", entry.letter_date.isoformat())
            .replace("%2", entry.recipient or entry.subject)
        )
        about.setWordWrap(True)
        layout.addRow(about)
        self.date = QtWidgets.QDateEdit(QtCore.QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMinimumDate(
            QtCore.QDate(entry.letter_date.year, entry.letter_date.month, entry.letter_date.day)
        )
        layout.addRow(self.tr("Reply &received on:"), self.date)
        self.note = QtWidgets.QLineEdit()
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(self.tr("For example: a letter promising to raise it"))
        layout.addRow(self.tr("&What it said:"), self.note)
        name_fields_by_labels(layout)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def reply_date(self) -> dt.date:
        day = self.date.date()
        return dt.date(day.year(), day.month(), day.day())


class LettersDialog(QtWidgets.QDialog):
    """Every letter saved or printed here, newest first; ``follow_up`` asks the window to
    start the follow-up to one of them."""

    follow_up = Signal(object)  # LoggedLetter

    def __init__(
        self, letters: LetterLog, settings: Settings, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.letters = letters
        self.settings = settings
        self.entries: list[LoggedLetter] = []
        self.due: set[int] = set()
        self.setWindowTitle(self.tr("Letters sent"))
        layout = QtWidgets.QVBoxLayout(self)
        intro = QtWidgets.QLabel(
            self.tr(
                "The letters saved as PDF or printed on this computer. Note the replies you "
                "receive; a letter without a reply after the time below can be followed up."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = list_table(
            [self.tr("Date"), self.tr("To"), self.tr("Subject"), self.tr("Sent"), self.tr("Reply")],
            self.tr("Letters sent"),
        )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.record_reply())
        layout.addWidget(self.table, 1)

        row = FlowLayout()  # wraps onto two rows at a large text size
        self.reply_button = QtWidgets.QPushButton(self.tr("Record &Reply…"))
        self.reply_button.clicked.connect(self.record_reply)
        self.clear_button = QtWidgets.QPushButton(self.tr("&No Reply Yet"))
        self.clear_button.clicked.connect(self.clear_reply)
        self.follow_button = QtWidgets.QPushButton(self.tr("Write a &Follow-up"))
        self.follow_button.clicked.connect(self.write_follow_up)
        self.delete_button = QtWidgets.QPushButton(self.tr("&Delete from the List"))
        self.delete_button.clicked.connect(self.delete)
        for button in (self.reply_button, self.clear_button, self.follow_button):
            row.addWidget(button)
        row.addWidget(self.delete_button)
        layout.addLayout(row)

        options = QtWidgets.QFormLayout()
        options.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)
        self.weeks = QtWidgets.QSpinBox()
        self.weeks.setRange(1, 52)
        self.weeks.setValue(max(1, round(settings.follow_up_days() / 7)))
        self.weeks.setSuffix(self.tr(" weeks"))
        self.weeks.valueChanged.connect(self._weeks_changed)
        options.addRow(self.tr("Offer a follow-up &after:"), self.weeks)
        self.keep_texts = WrappingCheckBox(
            self.tr(
                "&Keep the full text of each letter (otherwise only its date, subject, "
                "recipient and a fingerprint of your own words)"
            )
        )
        self.keep_texts.setChecked(settings.keep_letter_texts())
        self.keep_texts.toggled.connect(settings.set_keep_letter_texts)
        options.addRow(self.keep_texts)
        name_fields_by_labels(options)
        layout.addLayout(options)

        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()
        fit_to_screen(self, QtCore.QSize(860, 520))

    # -- the table ------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            self.entries = self.letters.entries()
            due = self.letters.due_follow_ups(dt.date.today(), self.settings.follow_up_days())
            # Every entry of a letter that is due (saved and printed, say) is marked.
            letters_due = {same_letter(e) for e in due}
            self.due = {
                e.id for e in self.entries if same_letter(e) in letters_due and not e.reply_date
            }
        except LogError as error:
            show_error(self, self.tr("The list of letters cannot be read."), str(error))
            self.entries, self.due = [], set()
        self.table.setRowCount(len(self.entries))
        weeks = self.weeks.value()
        for row, entry in enumerate(self.entries):
            if entry.reply_date is not None:
                reply = self.tr("Replied %1").replace("%1", entry.reply_date.isoformat())
                if entry.reply_note:
                    reply += f": {entry.reply_note}"
            elif entry.id in self.due:
                reply = self.tr("No reply after %n week(s)", "", weeks)
            else:
                reply = self.tr("Waiting")
            how = self.tr("Printed") if entry.action == "printed" else self.tr("Saved as PDF")
            values = (entry.letter_date.isoformat(), entry.recipient, entry.subject, how, reply)
            for column, value in enumerate(values):
                item = QtWidgets.QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                if entry.text:  # kept when asked: read by pointing at the letter
                    item.setToolTip(entry.text[:1500])
                if entry.id in self.due:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if self.entries and not self.table.selectedItems():
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> LoggedLetter | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows:
            return None
        row = min(rows)
        return self.entries[row] if row < len(self.entries) else None

    @Slot()
    def _update_buttons(self) -> None:
        entry = self.selected()
        replied = entry is not None and entry.reply_date is not None
        self.reply_button.setEnabled(entry is not None)
        self.clear_button.setEnabled(replied)
        self.follow_button.setEnabled(entry is not None and not replied)
        self.delete_button.setEnabled(entry is not None)

    @Slot(int)
    def _weeks_changed(self, weeks: int) -> None:
        self.settings.set_follow_up_days(weeks * 7)
        self.refresh()

    # -- commands -------------------------------------------------------------------------

    def _change(self, change: object) -> None:
        try:
            change()  # type: ignore[operator]
        except LogError as error:
            show_error(self, self.tr("The list of letters could not be changed."), str(error))
        self.refresh()

    @Slot()
    def record_reply(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        dialog = ReplyDialog(entry, self)
        if dialog.exec():
            self._change(
                lambda: self.letters.record_reply(entry.id, dialog.reply_date(), dialog.note.text())
            )
        dialog.deleteLater()

    @Slot()
    def clear_reply(self) -> None:
        entry = self.selected()
        if entry is not None:
            self._change(lambda: self.letters.clear_reply(entry.id))

    @Slot()
    def delete(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        answer = ask_yes(
            self,
            self.tr("Letters sent"),
            self.tr("Delete this letter from the list? Its reply is deleted with it."),
        )
        if answer:
            self._change(lambda: self.letters.delete(entry.id))

    @Slot()
    def write_follow_up(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.accept()
            self.follow_up.emit(entry)

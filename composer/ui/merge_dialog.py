"""Mail merge in the app: tick recipients, look at any one's letter, write them all off the UI
thread with progress and a cancel that leaves nothing behind, then envelopes and labels in
the same order. The merged letters are shown here, never in the main window's preview."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from composer.batch.merge import (
    MergeCancelled,
    MergeResult,
    letter_for,
    merge_problems,
    merge_to_folder,
    merge_to_pdf,
)
from composer.core.addressbook import AddressBook
from composer.core.contacts import Contact
from composer.core.errors import DataError
from composer.core.filenames import safe_filename, shorten
from composer.core.files import write_atomic
from composer.core.model import Letter, Sender
from composer.core.stationery import (
    ENVELOPE_SIZES,
    LABEL_SHEETS,
    default_envelope_size,
    default_label_sheet,
)
from composer.core.templates import Template
from composer.ui.builder import BuildOutcome, PreviewBuilder
from composer.ui.errors import report_failure, show_error
from composer.ui.preview import PreviewPane
from composer.ui.printing import Document, PrintPreview, print_document
from composer.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal, Slot
from composer.ui.settings import Settings
from composer.ui.tasks import TaskContext, Tasks, app_tasks, close_tasks
from composer.ui.widgets import (
    FlowLayout,
    ask_folder,
    ask_save_path,
    fit_to_screen,
    guard_wheel,
    labelled,
    let_combos_shrink,
)
from composer.ui.wording import missing_items

HOUSE_OF_COMMONS = ("CA", "K1A 0A6")


def needs_no_stamp(sender_country: str, contact: Contact) -> bool:
    """Canada Post carries mail to a Member of the House of Commons free when it is posted
    in Canada (canadapost.ca, "Government Mail Free of Postage")."""
    r = contact.recipient
    country = r.country or sender_country
    return sender_country == "CA" and (country, r.postal_code.strip().upper()) == HOUSE_OF_COMMONS


def _merge(
    context: TaskContext,
    base: Letter,
    template: Template,
    contacts: list[Contact],
    target: Path,
    one_pdf: bool,
) -> MergeResult | None:
    """Run a merge on a pool thread: its result, or None when it was cancelled."""
    merge = merge_to_pdf if one_pdf else merge_to_folder
    try:
        return merge(
            base,
            template,
            contacts,
            target,
            progress=context.progress,
            cancelled=context.cancelled,
        )
    except MergeCancelled:
        return None


def mailing_pdf(
    kind: str,
    sender: Sender,
    contacts: list[Contact],
    language: str,
    size: str,
    sheet: str,
    first_label: int,
) -> bytes:
    """Envelopes or labels for ``contacts``, in the letters' order (on a pool thread). A
    printer's offset is applied when the pages are painted, not here: a saved PDF has none."""
    from composer.pdf.mailing import envelopes_pdf, labels_pdf

    recipients = [c.recipient_in(language) for c in contacts]
    if kind == "envelopes":
        return envelopes_pdf(sender, recipients, size, language)
    return labels_pdf(sender.country, recipients, sheet, start=first_label)


def _save_mailing(
    path: Path,
    kind: str,
    sender: Sender,
    contacts: list[Contact],
    language: str,
    size: str,
    sheet: str,
    first_label: int,
) -> Path:
    write_atomic(path, mailing_pdf(kind, sender, contacts, language, size, sheet, first_label))
    return path


class MergeDialog(QtWidgets.QDialog):
    """Choose recipients from the address book and write the letter to each of them."""

    merged = Signal(object)  # MergeResult

    def __init__(
        self,
        book: AddressBook,
        base: Letter,
        template: Template,
        parent: QtWidgets.QWidget | None = None,
        *,
        settings: Settings | None = None,
        tasks: Tasks | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mail merge"))
        self.settings = settings or Settings()
        self.tasks = tasks or app_tasks()
        self.book = book
        self.base = base
        self.template = template
        self.contacts: list[Contact] = []
        self.merge_result: MergeResult | None = None
        self._started = 0.0
        self._shown: Contact | None = None  # whose letter the preview shows

        layout = QtWidgets.QVBoxLayout(self)
        pick = FlowLayout()  # rows of choices wrap at a large text size
        self.search = QtWidgets.QLineEdit()
        self.search.setPlaceholderText(self.tr("Search"))
        self.search.setAccessibleName(self.tr("Search recipients"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.tag = QtWidgets.QComboBox()
        self.tag.setAccessibleName(self.tr("Tick everyone with this tag"))
        self.tag.activated.connect(self._tick_tag)
        self.all_button = QtWidgets.QPushButton(self.tr("Tick &all shown"))
        self.all_button.clicked.connect(lambda: self._tick_all(True, shown_only=True))
        self.none_button = QtWidgets.QPushButton(self.tr("&Untick all"))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        self.import_button = QtWidgets.QPushButton(self.tr("&Import…"))
        self.import_button.setToolTip(
            self.tr("Add recipients from a CSV or vCard file; they are ticked for this merge.")
        )
        self.import_button.clicked.connect(self.import_file)
        tag_label = QtWidgets.QLabel(self.tr("Tag:"))
        tag_label.setBuddy(self.tag)  # screen readers hear the label, not the tag shown
        tagging = labelled(tag_label, self.tag)
        for widget in (self.search, tagging, self.all_button, self.none_button):
            pick.addWidget(widget)
        pick.addWidget(self.import_button)
        layout.addLayout(pick)

        self.list = QtWidgets.QListWidget()
        self.list.setAccessibleName(self.tr("Recipients"))
        self.list.itemChanged.connect(self._ticks_changed)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())

        self.preview = PreviewPane()
        self.preview.setAccessibleName(self.tr("The letter to the chosen recipient"))
        chosen = self.settings.letter_text()
        self.preview.show_text(chosen if chosen is not None else QtGui.QAccessible.isActive())
        self.preview_label = QtWidgets.QLabel()
        self.preview_label.setWordWrap(True)
        self.previous_button = QtWidgets.QPushButton(self.tr("◀ Pre&vious"))
        self.previous_button.setAccessibleName(self.tr("Previous recipient's letter"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QtWidgets.QPushButton(self.tr("&Next ▶"))
        self.next_button.setAccessibleName(self.tr("Next recipient's letter"))
        self.next_button.clicked.connect(lambda: self.step(1))
        steps = QtWidgets.QHBoxLayout()
        steps.addWidget(self.previous_button)
        steps.addWidget(self.preview_label, 1)
        steps.addWidget(self.next_button)
        right = QtWidgets.QWidget()
        right_layout = QtWidgets.QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(steps)
        right_layout.addWidget(self.preview, 1)
        splitter = QtWidgets.QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)

        self.one_pdf = QtWidgets.QRadioButton(self.tr("One PDF with every letter, to print"))
        self.one_pdf.setChecked(True)
        self.folder = QtWidgets.QRadioButton(self.tr("One PDF per recipient, in a folder"))
        outputs = FlowLayout()
        for radio in (self.one_pdf, self.folder):
            radio.setAccessibleName(radio.text())
            outputs.addWidget(radio)
        layout.addLayout(outputs)

        mailing = FlowLayout()
        self.envelope_size = QtWidgets.QComboBox()
        for key, size in ENVELOPE_SIZES.items():
            self.envelope_size.addItem(self.tr("%1 envelopes").replace("%1", size.name), key)
        self.envelope_size.setCurrentIndex(
            self.envelope_size.findData(default_envelope_size(base.paper))
        )
        self.envelope_size.setAccessibleName(self.tr("Envelope size"))
        self.label_sheet = QtWidgets.QComboBox()
        for key, sheet in LABEL_SHEETS.items():
            self.label_sheet.addItem(
                self.tr("%1 labels (%2 a sheet)")
                .replace("%1", sheet.name)
                .replace("%2", str(sheet.per_sheet)),
                key,
            )
        self.label_sheet.setCurrentIndex(self.label_sheet.findData(default_label_sheet(base.paper)))
        self.label_sheet.setAccessibleName(self.tr("Label sheet"))
        self.label_sheet.currentIndexChanged.connect(self._sheet_changed)
        self.first_label = QtWidgets.QSpinBox()
        self.first_label.setPrefix(self.tr("from label no. "))
        self.first_label.setAccessibleName(self.tr("First free label on the sheet"))
        self.first_label.setToolTip(
            self.tr(
                "On a sheet already partly used, the number of the first free label "
                "(1 is top left, counting along the rows)."
            )
        )
        self._sheet_changed()
        # Each choice with a visible label linked to it (a screen reader names a combo box
        # by its label; without one it hears only the value shown).
        for text, choice in (
            (self.tr("Envelopes:"), self.envelope_size),
            (self.tr("Labels:"), self.label_sheet),
            (self.tr("First free label:"), self.first_label),
        ):
            label = QtWidgets.QLabel(text)
            label.setBuddy(choice)
            mailing.addWidget(labelled(label, choice))
        layout.addLayout(mailing)

        self.postage = QtWidgets.QLabel()
        self.postage.setWordWrap(True)
        layout.addWidget(self.postage)
        self.progress = QtWidgets.QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.status = QtWidgets.QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        # A row of buttons that wraps (a button box cannot): at 200 % text in Armenian it
        # is wider than a 1024-pixel screen, and Close went past its edge.
        buttons = FlowLayout()
        self.start_button = QtWidgets.QPushButton(self.tr("&Write letters…"))
        self.start_button.clicked.connect(self.choose_target)
        self.envelopes_button = QtWidgets.QPushButton(self.tr("&Envelopes"))
        self.envelopes_button.setMenu(self._mailing_menu("envelopes"))
        self.labels_button = QtWidgets.QPushButton(self.tr("&Labels"))
        self.labels_button.setMenu(self._mailing_menu("labels"))
        self.print_button = QtWidgets.QPushButton(self.tr("&Print letters"))
        self.print_button.setToolTip(self.tr("Print the PDF the merge wrote"))
        self.print_button.setMenu(self._letters_menu())
        self.print_button.setEnabled(False)
        # "Stop" while letters are written, "Close" otherwise: nothing else to cancel.
        self.close_button = QtWidgets.QPushButton(
            QtCore.QCoreApplication.translate("QPlatformTheme", "Close")  # Qt's own word
        )
        self.close_button.clicked.connect(self.stop_or_close)
        for button in (
            self.start_button,
            self.envelopes_button,
            self.labels_button,
            self.print_button,
            self.close_button,
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout.addLayout(buttons)

        self.builder = PreviewBuilder(self.tasks, self)
        self.builder.finished.connect(self._letter_built)
        self._load_contacts(ticked=self.settings.merge_ticked())
        guard_wheel(self)
        let_combos_shrink(self, 22)  # room for "Tick everyone tagged…" in French
        fit_to_screen(self, QtCore.QSize(1100, 720))
        self._show_current()

    def _mailing_menu(self, kind: str) -> QtWidgets.QMenu:
        menu = QtWidgets.QMenu(self)
        menu.addAction(self.tr("&Print…"), lambda: self.print_mailing(kind))
        menu.addAction(self.tr("Print pre&view…"), lambda: self.print_mailing(kind, preview=True))
        menu.addAction(self.tr("&Save as PDF…"), lambda: self.save_mailing(kind))
        return menu

    def _letters_menu(self) -> QtWidgets.QMenu:
        menu = QtWidgets.QMenu(self)
        menu.addAction(self.tr("&Print…"), lambda: self.print_letters())
        menu.addAction(self.tr("Print pre&view…"), lambda: self.print_letters(preview=True))
        return menu

    @property
    def running(self) -> bool:
        return bool(self.tasks.active(self)) and self._started > 0

    # -- the list -------------------------------------------------------------------------------

    def _load_contacts(self, ticked: set[int]) -> None:
        """Fill the list from the address book; ``ticked`` entries are ticked."""
        self.contacts = self.book.all()
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for index, contact in enumerate(self.contacts):
                r = contact.recipient
                parts = (r.position, r.organisation, r.city)
                detail = ", ".join(p for p in parts if p and p != contact.display_name)
                item = QtWidgets.QListWidgetItem(
                    contact.display_name + (f" — {detail}" if detail else "")
                )
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = contact.id is not None and contact.id in ticked
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.UserRole, index)
                self.list.addItem(item)
        finally:
            self.list.blockSignals(False)
        current = self.tag.currentData()
        self.tag.clear()
        self.tag.addItem(self.tr("Tick everyone tagged…"), "")
        for tag in self.book.tags():
            self.tag.addItem(tag, tag)
        self.tag.setCurrentIndex(max(0, self.tag.findData(current)))
        self._filter(self.search.text())
        first = next((i for i in self._items() if i.checkState() == Qt.CheckState.Checked), None)
        self.list.setCurrentItem(first or self.list.item(0))
        self._update()

    def _items(self) -> list[QtWidgets.QListWidgetItem]:
        return [item for i in range(self.list.count()) if (item := self.list.item(i))]

    def _contact(self, item: QtWidgets.QListWidgetItem) -> Contact:
        return self.contacts[int(item.data(Qt.ItemDataRole.UserRole))]

    def chosen(self) -> list[Contact]:
        """The ticked recipients, in address-book order (the letters' and envelopes' order)."""
        return [
            self._contact(item)
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    @Slot(str)
    def _filter(self, text: str) -> None:
        shown = {c.id for c in self.book.search(text)} if text.strip() else None
        for item in self._items():
            item.setHidden(shown is not None and self._contact(item).id not in shown)

    def _tick_all(self, checked: bool, shown_only: bool = False) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.list.blockSignals(True)
        for item in self._items():
            if not (shown_only and item.isHidden()):
                item.setCheckState(state)
        self.list.blockSignals(False)
        self._ticks_changed()

    @Slot(int)
    def _tick_tag(self, index: int) -> None:
        tag = self.tag.itemData(index)
        if tag:
            tagged = {c.id for c in self.book.with_tag(str(tag))}
            self.list.blockSignals(True)
            for item in self._items():
                if self._contact(item).id in tagged:
                    item.setCheckState(Qt.CheckState.Checked)
            self.list.blockSignals(False)
            self._ticks_changed()
        self.tag.setCurrentIndex(0)

    @Slot()
    def _ticks_changed(self) -> None:
        """Ticks are kept for the next merge, and the preview follows them."""
        self.settings.set_merge_ticked({c.id for c in self.chosen() if c.id is not None})
        self._update()
        self._show_current()

    def _update(self, count: bool = True) -> None:
        chosen = self.chosen()
        busy = self.running
        for button in (self.start_button, self.envelopes_button, self.labels_button):
            button.setEnabled(bool(chosen) and not busy)
        result = self.merge_result
        self.print_button.setEnabled(not busy and result is not None and len(result.outputs) == 1)
        choosing: tuple[QtWidgets.QWidget, ...] = (
            self.list,
            self.import_button,
            self.all_button,
            self.none_button,
            self.tag,
        )
        for widget in choosing:
            widget.setEnabled(not busy)
        self.close_button.setText(self.tr("&Stop") if busy else self.tr("Close"))
        free = [c for c in chosen if needs_no_stamp(self.base.sender.country, c)]
        self.postage.setText(
            self.tr(
                "%n letter(s) to Members of the House of Commons need no stamp when posted in "
                "Canada.",
                "",
                len(free),
            )
            if free
            else ""
        )
        if count and not busy:
            self.status.setText(self.tr("%n recipient(s) ticked.", "", len(chosen)))

    @Slot()
    def import_file(self) -> None:
        """Import a file into the address book and tick what it added."""
        from composer.ui.addressbook import ask_import

        result = ask_import(self, self.settings, self.base.sender.country or "CA", self.tasks)
        if result is None:
            return
        try:
            stored = self.book.add_many(result.contacts)
        except (sqlite3.Error, DataError) as error:
            report_failure(self, self.tr("Nothing was imported."), error)
            return
        ticked = {c.id for c in self.chosen() if c.id is not None}
        ticked |= {c.id for c in stored if c.id is not None}
        self._load_contacts(ticked)
        self.settings.set_merge_ticked(ticked)
        self.status.setText(
            self.tr("%n entry(s) imported and ticked.", "", len(stored))
            + (
                " " + self.tr("%n row(s) skipped.", "", len(result.problems))
                if result.problems
                else ""
            )
        )

    # -- one recipient's letter -------------------------------------------------------------------

    def _stepping(self) -> list[QtWidgets.QListWidgetItem]:
        """What Previous and Next step through: the ticked recipients, or every one shown."""
        items = [i for i in self._items() if not i.isHidden()]
        ticked = [i for i in items if i.checkState() == Qt.CheckState.Checked]
        return ticked or items

    def step(self, by: int) -> None:
        items = self._stepping()
        if not items:
            return
        current = self.list.currentItem()
        position = items.index(current) if current in items else -1
        self.list.setCurrentItem(items[max(0, min(len(items) - 1, position + by))])

    def _show_current(self) -> None:
        items = self._stepping()
        current: QtWidgets.QListWidgetItem | None = self.list.currentItem()
        if current is None or current not in items:
            current = items[0] if items else None
        self.previous_button.setEnabled(bool(items) and current is not items[0])
        self.next_button.setEnabled(bool(items) and current is not items[-1])
        if current is None:
            self._shown = None
            self.preview_label.setText(self.tr("No recipients."))
            return
        contact = self._contact(current)
        position = items.index(current) + 1
        self.preview_label.setText(
            self.tr("Letter %1 of %2, to %3")
            .replace("%1", str(position))
            .replace("%2", str(len(items)))
            .replace("%3", contact.display_name)
        )
        if contact != self._shown:
            self._shown = contact
            self.builder.request(letter_for(self.base, contact), self.template)

    @Slot(object)
    def _letter_built(self, outcome: BuildOutcome) -> None:
        if self._shown is None:
            return  # the merged letters are shown: a recipient's letter built late must wait
        if outcome.error:
            self.preview.show_message(outcome.error)
            return
        if outcome.missing:
            self.preview.show_message(
                self.tr("This letter still needs:")
                + "\n• "
                + "\n• ".join(missing_items(outcome.missing, self.template)),
                kind="info",
            )
        else:
            self.preview.show_message("")
        self.preview.show_pdf(outcome.pdf, outcome.reading_text)

    # -- writing ------------------------------------------------------------------------------

    def check(self) -> bool:
        """Say what stops the merge, before any file is asked for; True when nothing does."""
        found = merge_problems(self.base, self.template, self.chosen())
        if not found:
            return True
        box_text = (
            self.tr("The letters cannot be written yet. Please fix:")
            + "\n\n• "
            + "\n• ".join(found)
        )
        self.status.setText(box_text)
        show_error(self, box_text, title=self.tr("Mail merge"))
        return False

    def default_name(self) -> str:
        """The merged PDF's name: the letter's title, cut at a word."""
        return safe_filename(shorten(self.template.title_for(self.base.language), 60), ".pdf")

    @Slot()
    def choose_target(self) -> None:
        if not self.check():
            return
        if self.one_pdf.isChecked():
            path = ask_save_path(
                self,
                self.settings,
                self.tr("Save the letters as one PDF"),
                self.default_name(),
                self.tr("PDF files (*.pdf)"),
            )
            if path is not None:
                self.start(path, one_pdf=True)
        else:
            folder = ask_folder(self, self.settings, self.tr("Folder for the letters"))
            if folder is not None:
                self.start(folder, one_pdf=False)

    def start(self, target: Path, one_pdf: bool) -> None:
        contacts = self.chosen()
        self.merge_result = None
        self.progress.setRange(0, len(contacts))
        self.progress.setValue(0)
        self.progress.show()
        self._started = time.monotonic()
        self.tasks.run(
            _merge,
            self.base,
            self.template,
            contacts,
            target,
            one_pdf,
            owner=self,
            with_context=True,
            finished=self._finished,
            failed=self._failed,
            progress=self._progress,
            name="mail merge",
        )
        self._update()

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(done)
        elapsed = time.monotonic() - self._started
        left = elapsed / done * (total - done) if done else 0.0
        self.status.setText(
            self.tr("Letter %1 of %2 — about %3 s left")
            .replace("%1", str(done))
            .replace("%2", str(total))
            .replace("%3", str(round(left)))
        )

    def _stopped(self) -> None:
        self._started = 0.0
        self.progress.hide()

    @Slot(object)
    def _finished(self, result: MergeResult | None) -> None:
        self._stopped()
        if result is not None:
            self.merge_result = result
        self._update(count=False)
        if result is None:
            self.status.setText(self.tr("Stopped: nothing was written."))
            return
        where = result.outputs[0] if len(result.outputs) == 1 else result.outputs[0].parent
        self.status.setText(
            self.tr("%n letter(s) written to %1.", "", result.letters).replace("%1", str(where))
        )
        if len(result.outputs) == 1:
            self.show_merged(result)
        self.merged.emit(result)

    def show_merged(self, result: MergeResult) -> None:
        """The merged PDF in this dialog's preview, as it will print."""
        try:
            data = result.outputs[0].read_bytes()
        except OSError:
            return
        self._shown = None
        self.preview.show_message("")
        self.preview.show_pdf(data)
        self.preview_label.setText(self.tr("All %n letter(s), as written", "", result.letters))

    @Slot(object, str)
    def _failed(self, error: BaseException, details: str) -> None:
        self._stopped()
        self._update(count=False)
        self.status.setText("")
        report_failure(self, self.tr("The letters could not be written."), error)

    @Slot()
    def stop_or_close(self) -> None:
        if self.running:
            self.tasks.cancel(self)  # the merge stops at its next letter and removes its files
            self.status.setText(self.tr("Stopping…"))
            self.close_button.setEnabled(False)
            self.tasks.wait(self, 30_000)
            self.close_button.setEnabled(True)
            self._stopped()
            self._update(count=False)
            self.status.setText(self.tr("Stopped: nothing was written."))
        else:
            self.reject()

    def done(self, result: int) -> None:
        """Closing (Close, Escape or the window's button) stops a merge first: its files are
        removed before the dialog goes."""
        close_tasks(self.tasks, self, 60_000)
        super().done(result)

    # -- envelopes and labels -------------------------------------------------------------------

    @Slot()
    def _sheet_changed(self) -> None:
        sheet = LABEL_SHEETS[str(self.label_sheet.currentData())]
        self.first_label.setRange(1, sheet.per_sheet)

    def mailing_args(self, kind: str) -> tuple[str, Sender, list[Contact], str, str, str, int]:
        return (
            kind,
            self.base.sender,
            self.chosen(),
            self.base.language,
            str(self.envelope_size.currentData()),
            str(self.label_sheet.currentData()),
            self.first_label.value(),
        )

    def save_mailing(self, kind: str) -> None:
        """Save envelopes or labels as a PDF (a document: a printer's offset is applied
        when it is printed, not here)."""
        default = self.tr("Envelopes") if kind == "envelopes" else self.tr("Labels")
        path = ask_save_path(
            self, self.settings, default, default + ".pdf", self.tr("PDF files (*.pdf)")
        )
        if path is None:
            return
        self.status.setText(self.tr("Making %1…").replace("%1", path.name))
        self.tasks.run(
            _save_mailing,
            path,
            *self.mailing_args(kind),
            owner=self,
            finished=lambda saved: self.status.setText(
                self.tr("Saved %1").replace("%1", str(saved))
            ),
            failed=lambda error, _d: report_failure(self, self.tr("Could not save."), error),
            name=f"saving {kind}",
        )

    def print_mailing(self, kind: str, preview: bool = False) -> None:
        """Print (or preview) envelopes or labels: made on the pool, then printed at their own
        size on a printer chosen now, moved by that printer's offset."""
        title = self.tr("Envelopes") if kind == "envelopes" else self.tr("Labels")
        self.status.setText(self.tr("Preparing the pages…"))
        self.tasks.run(
            mailing_pdf,
            *self.mailing_args(kind),
            owner=self,
            finished=lambda data: self._print(Document(data, title, kind), preview),
            failed=lambda error, _d: report_failure(self, self.tr("Could not print."), error),
            name=f"printing {kind}",
        )

    def print_letters(self, preview: bool = False) -> None:
        """Print (or preview) the PDF the merge wrote, all letters in order."""
        result = self.merge_result
        if result is None or len(result.outputs) != 1:
            return
        try:
            data = result.outputs[0].read_bytes()
        except OSError as error:
            report_failure(self, self.tr("Could not print."), error)
            return
        self._print(Document(data, result.outputs[0].stem, "letters"), preview)

    def _print(self, document: Document, preview: bool) -> None:
        self.status.setText("")
        if preview:
            dialog = PrintPreview(document, self.settings, self, self.status.setText, self.tasks)
            dialog.exec()
            dialog.deleteLater()
        else:
            print_document(self, self.settings, document, self.status.setText, self.tasks)

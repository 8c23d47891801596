"""Mail merge in the app: pick recipients, write the letters off the UI thread with progress
and a cancel that leaves nothing behind, then envelopes and labels in the same order."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from composer.batch.merge import MergeCancelled, MergeResult, merge_to_folder, merge_to_pdf
from composer.core.addressbook import AddressBook
from composer.core.contacts import Contact
from composer.core.errors import LetterError
from composer.core.filenames import safe_filename
from composer.core.files import write_atomic
from composer.core.model import Letter
from composer.core.templates import Template
from composer.ui.background import Background
from composer.ui.errors import show_error
from composer.ui.qt import Qt, QtCore, QtGui, QtPdf, QtPrintSupport, QtWidgets, Signal, Slot

HOUSE_OF_COMMONS = ("CA", "K1A 0A6")


def needs_no_stamp(sender_country: str, contact: Contact) -> bool:
    """Canada Post carries mail to a Member of the House of Commons free when it is posted
    in Canada (canadapost.ca, "Government Mail Free of Postage")."""
    r = contact.recipient
    country = r.country or sender_country
    return sender_country == "CA" and (country, r.postal_code.strip().upper()) == HOUSE_OF_COMMONS


class _Progress(QtCore.QObject):
    progress = Signal(int, int)


def _merge(
    base: Letter,
    template: Template,
    contacts: list[Contact],
    target: Path,
    one_pdf: bool,
    cancel: threading.Event,
    progress: Callable[[int, int], None],
) -> object:
    """Run a merge (on a pool thread): a MergeResult, an error message, or None if
    cancelled."""
    merge = merge_to_pdf if one_pdf else merge_to_folder
    try:
        return merge(base, template, contacts, target, progress=progress, cancelled=cancel.is_set)
    except MergeCancelled:
        return None
    except LetterError as error:
        return str(error)
    except OSError as error:
        return f"{error.filename or ''}: {error.strerror or error}"


class MergeDialog(QtWidgets.QDialog):
    """Choose recipients from the address book and write the letter to each of them."""

    merged = Signal(object)  # MergeResult

    def __init__(
        self,
        book: AddressBook,
        base: Letter,
        template: Template,
        parent: QtWidgets.QWidget | None = None,
        printer_offset: Callable[[str], tuple[float, float]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mail merge"))
        self.printer_offset = printer_offset or (lambda name: (0.0, 0.0))
        self.book = book
        self.base = base
        self.template = template
        self.contacts = book.all()
        self.result: MergeResult | None = None
        self._cancel = threading.Event()
        self._pool = QtCore.QThreadPool(self)
        self._started = 0.0
        self._running = False

        layout = QtWidgets.QVBoxLayout(self)
        pick = QtWidgets.QHBoxLayout()
        self.search = QtWidgets.QLineEdit()
        self.search.setPlaceholderText(self.tr("Search"))
        self.search.setAccessibleName(self.tr("Search recipients"))
        self.search.textChanged.connect(self._filter)
        self.tag = QtWidgets.QComboBox()
        self.tag.setAccessibleName(self.tr("Tick everyone with this tag"))
        self.tag.addItem(self.tr("Tick everyone tagged…"), "")
        for tag in book.tags():
            self.tag.addItem(tag, tag)
        self.tag.activated.connect(self._tick_tag)
        self.all_button = QtWidgets.QPushButton(self.tr("Tick &all shown"))
        self.all_button.clicked.connect(lambda: self._tick_all(True, shown_only=True))
        self.none_button = QtWidgets.QPushButton(self.tr("&Untick all"))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        for widget in (self.search, self.tag, self.all_button, self.none_button):
            pick.addWidget(widget)
        layout.addLayout(pick)
        self.list = QtWidgets.QListWidget()
        self.list.setAccessibleName(self.tr("Recipients"))
        for index, contact in enumerate(self.contacts):
            r = contact.recipient
            parts = (r.position, r.organisation, r.city)
            detail = ", ".join(p for p in parts if p and p != contact.display_name)
            item = QtWidgets.QListWidgetItem(
                f"{contact.display_name}" + (f" — {detail}" if detail else "")
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, index)
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _item: self._update())
        layout.addWidget(self.list, 1)

        self.one_pdf = QtWidgets.QRadioButton(self.tr("One PDF with every letter, to print"))
        self.one_pdf.setChecked(True)
        self.folder = QtWidgets.QRadioButton(self.tr("One PDF per recipient, in a folder"))
        for radio in (self.one_pdf, self.folder):
            radio.setAccessibleName(radio.text())
            layout.addWidget(radio)
        self.postage = QtWidgets.QLabel()
        self.postage.setWordWrap(True)
        layout.addWidget(self.postage)
        self.progress = QtWidgets.QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.status = QtWidgets.QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        buttons = QtWidgets.QDialogButtonBox()
        self.start_button = buttons.addButton(
            self.tr("&Write letters…"), QtWidgets.QDialogButtonBox.ButtonRole.ActionRole
        )
        self.start_button.clicked.connect(self.choose_target)
        self.cancel_button = buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.clicked.connect(self.cancel)
        self.envelopes_button = buttons.addButton(
            self.tr("&Envelopes…"), QtWidgets.QDialogButtonBox.ButtonRole.ActionRole
        )
        self.envelopes_button.setMenu(self._mailing_menu("envelopes"))
        self.labels_button = buttons.addButton(
            self.tr("&Labels…"), QtWidgets.QDialogButtonBox.ButtonRole.ActionRole
        )
        self.labels_button.setMenu(self._mailing_menu("labels"))
        self.first_label = QtWidgets.QSpinBox()
        self.first_label.setRange(1, 30 if self.base.paper == "letter" else 21)
        self.first_label.setPrefix(self.tr("labels from no. "))
        self.first_label.setAccessibleName(self.tr("First free label on the sheet"))
        self.first_label.setToolTip(
            self.tr(
                "On a sheet already partly used, the number of the first free label "
                "(1 is top left, counting along the rows)."
            )
        )
        layout.addWidget(self.first_label, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(buttons)
        self._update()
        self.resize(640, 560)

    def _mailing_menu(self, kind: str) -> QtWidgets.QMenu:
        menu = QtWidgets.QMenu(self)
        menu.addAction(self.tr("&Print…"), lambda: self.print_mailing(kind))
        menu.addAction(self.tr("&Save as PDF…"), lambda: self.save_mailing(kind))
        return menu

    # -- choosing -----------------------------------------------------------------------------

    def _items(self) -> list[QtWidgets.QListWidgetItem]:
        return [item for i in range(self.list.count()) if (item := self.list.item(i))]

    def chosen(self) -> list[Contact]:
        """The ticked recipients, in address-book order (the letters' and envelopes' order)."""
        return [
            self.contacts[item.data(Qt.ItemDataRole.UserRole)]
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    @Slot(str)
    def _filter(self, text: str) -> None:
        shown = {c.id for c in self.book.search(text)} if text.strip() else None
        for item in self._items():
            contact = self.contacts[item.data(Qt.ItemDataRole.UserRole)]
            item.setHidden(shown is not None and contact.id not in shown)

    def _tick_all(self, checked: bool, shown_only: bool = False) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for item in self._items():
            if not (shown_only and item.isHidden()):
                item.setCheckState(state)

    @Slot(int)
    def _tick_tag(self, index: int) -> None:
        tag = self.tag.itemData(index)
        if tag:
            tagged = {c.id for c in self.book.with_tag(str(tag))}
            for item in self._items():
                if self.contacts[item.data(Qt.ItemDataRole.UserRole)].id in tagged:
                    item.setCheckState(Qt.CheckState.Checked)
        self.tag.setCurrentIndex(0)

    @Slot()
    def _update(self, count: bool = True) -> None:
        chosen = self.chosen()
        busy = self._running
        self.start_button.setEnabled(bool(chosen) and not busy)
        self.envelopes_button.setEnabled(bool(chosen) and not busy)
        self.labels_button.setEnabled(bool(chosen) and not busy)
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

    # -- writing ------------------------------------------------------------------------------

    @Slot()
    def choose_target(self) -> None:
        documents = QtCore.QStandardPaths.writableLocation(
            QtCore.QStandardPaths.StandardLocation.DocumentsLocation
        )
        name = safe_filename(self.template.title_for(self.base.language)[:60], "")
        if self.one_pdf.isChecked():
            path, _ = QtWidgets.QFileDialog.getSaveFileName(
                self,
                self.tr("Save the letters as one PDF"),
                str(Path(documents) / f"{name}.pdf"),
                self.tr("PDF files (*.pdf)"),
            )
            if path:
                self.start(Path(path), one_pdf=True)
        else:
            path = QtWidgets.QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the letters"), documents
            )
            if path:
                self.start(Path(path), one_pdf=False)

    def start(self, target: Path, one_pdf: bool) -> None:
        contacts = self.chosen()
        self._cancel.clear()
        self.result = None
        self.progress.setRange(0, len(contacts))
        self.progress.setValue(0)
        self.progress.show()
        self._running = True
        self._started = time.monotonic()
        self._update()
        reporter = _Progress(self)
        reporter.progress.connect(self._progress)
        task = Background(
            _merge,
            self.base,
            self.template,
            contacts,
            target,
            one_pdf,
            self._cancel,
            reporter.progress.emit,
        )
        task.signals.done.connect(self._finished)
        self._task = task  # kept until it ends, with its signals
        self._pool.start(task)

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

    @Slot(object)
    def _finished(self, result: object) -> None:
        self._running = False
        self.progress.hide()
        if isinstance(result, MergeResult):
            self.result = result
            self.status.setText(self.tr("%n letter(s) written.", "", result.letters))
            self.merged.emit(result)
        elif result is None:
            self.status.setText(self.tr("Cancelled: nothing was written."))
        else:
            self.status.setText("")
            show_error(self, self.tr("The letters could not be written."), str(result))
        self._update(count=False)

    @Slot()
    def cancel(self) -> None:
        if self._running:
            self._cancel.set()
        else:
            self.reject()

    def wait(self, msecs: int = 60_000) -> bool:
        return self._pool.waitForDone(msecs)

    def mailing_pdf(self, kind: str, offset_mm: tuple[float, float] = (0.0, 0.0)) -> bytes:
        """Envelopes or labels for the ticked recipients, in the letters' order."""
        from composer.pdf.mailing import envelopes_pdf, labels_pdf

        recipients = [c.recipient for c in self.chosen()]
        offset = (offset_mm[0] * 72 / 25.4, offset_mm[1] * 72 / 25.4)
        if kind == "envelopes":
            size = "us10" if self.base.paper == "letter" else "dl"
            return envelopes_pdf(self.base.sender, recipients, size, self.base.language, offset)
        sheet = "avery5160" if self.base.paper == "letter" else "l7160"
        return labels_pdf(
            self.base.sender.country,
            recipients,
            sheet,
            start=self.first_label.value(),
            offset=offset,
        )

    def save_mailing(self, kind: str) -> None:
        """Save envelopes or labels as a PDF (a document: a printer's offset is applied
        when it is printed, not here)."""
        default = self.tr("Envelopes") if kind == "envelopes" else self.tr("Labels")
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, default, default + ".pdf", self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        try:
            write_atomic(Path(path), self.mailing_pdf(kind))
        except (LetterError, OSError) as error:
            show_error(self, self.tr("Could not save."), str(error))
            return
        self.status.setText(self.tr("Saved %1").replace("%1", path))

    def print_mailing(self, kind: str) -> None:
        """Print envelopes or labels on a printer chosen now, moved by that printer's
        offset; each envelope is a page of its own size."""
        from composer.ui.printing import paint_pdf

        try:
            data = self.mailing_pdf(kind)
        except LetterError as error:
            show_error(self, self.tr("Could not print."), str(error))
            return
        printer = QtPrintSupport.QPrinter(QtPrintSupport.QPrinter.PrinterMode.HighResolution)
        width, height = _first_page_size(data)
        printer.setPageSize(
            QtGui.QPageSize(
                QtCore.QSizeF(width, height),
                QtGui.QPageSize.Unit.Point,
                self.tr("Envelope") if kind == "envelopes" else "",
                QtGui.QPageSize.SizeMatchPolicy.FuzzyMatch,
            )
        )
        printer.setFullPage(True)
        if (
            QtPrintSupport.QPrintDialog(printer, self).exec()
            != QtWidgets.QDialog.DialogCode.Accepted
        ):
            return
        try:
            paint_pdf(printer, data, offset_mm=self.printer_offset(printer.printerName()))
        except OSError as error:
            show_error(self, self.tr("Could not print."), str(error))
            return
        self.status.setText(self.tr("Sent to the printer."))


def _first_page_size(pdf: bytes) -> tuple[float, float]:
    buffer = QtCore.QBuffer()
    buffer.setData(QtCore.QByteArray(pdf))
    buffer.open(QtCore.QIODevice.OpenModeFlag.ReadOnly)
    document = QtPdf.QPdfDocument()
    document.load(buffer)
    size = document.pagePointSize(0)
    return size.width(), size.height()

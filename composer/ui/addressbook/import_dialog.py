"""Importing a CSV or vCard file into the address book: how each column will be read, and
the entries as they will be stored, shown before anything is stored."""

from __future__ import annotations

from pathlib import Path

from composer.core.errors import DataError
from composer.core.filenames import shorten
from composer.core.importing import (
    IMPORT_TARGETS,
    ContactFile,
    CsvTable,
    ImportResult,
    csv_contacts,
    guess_mapping,
    read_contact_file,
)
from composer.core.text import clean_text
from composer.ui import colours
from composer.ui.accessibility import announce
from composer.ui.addressbook.table import (
    PREVIEW_COLUMNS,
    ContactTableModel,
    error_colour,
    fit_columns,
    table_view,
)
from composer.ui.errors import plain_words
from composer.ui.labels import recipient_labels
from composer.ui.qt import QtCore, QtWidgets, Slot
from composer.ui.settings import Settings
from composer.ui.tasks import Tasks, app_tasks, close_tasks
from composer.ui.widgets import ask_open_path, fit_to_screen, guard_wheel, scrolling

Qt = QtCore.Qt


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
        tasks: Tasks | None = None,
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
        self.tasks = tasks or app_tasks()
        self._generation = 0
        self.setWindowTitle(self.tr("Import %1").replace("%1", self.path.name))
        outer = QtWidgets.QVBoxLayout(self)
        body = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.source = QtWidgets.QLabel()
        self.source.setWordWrap(True)
        layout.addWidget(self.source)
        self.error_label = QtWidgets.QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {error_colour(self)}; font-weight: bold;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        layout.addWidget(self.error_label)

        self.mapping_box = QtWidgets.QGroupBox(self.tr("What each column holds"))
        mapping_outer = QtWidgets.QVBoxLayout(self.mapping_box)
        self.mapping_area = QtWidgets.QScrollArea()
        self.mapping_area.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
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
        self.preview = table_view(self.preview_model, self.tr("Preview of the imported entries"))
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
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        layout.addWidget(self.summary)

        # Everything but the buttons scrolls on a small screen.
        outer.addWidget(scrolling(body), 1)

        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        fit_to_screen(self, QtCore.QSize(1100, 700))

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
        self.tasks.run(
            read_import_file,
            self.path,
            self.default_country,
            owner=self,
            finished=self._loaded,
            failed=self._failed,
            name="reading an import file",
        )

    @property
    def busy(self) -> bool:
        """A file or a preview is being worked out on the pool."""
        return bool(self.tasks.active(self))

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait until what is worked out in the background is shown (tests)."""
        timer = QtCore.QElapsedTimer()
        timer.start()
        while self.busy and timer.elapsed() < msecs:
            QtWidgets.QApplication.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 50)
        return not self.busy

    def done(self, result: int) -> None:
        """Closing (Import, Cancel, Escape or the window's close button) cancels a file still
        being read: its result is thrown away, and nothing is stored."""
        close_tasks(self.tasks, self)
        super().done(result)

    def _failed(self, error: BaseException, details: str) -> None:
        self._fail(plain_words(error))

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
        announce(self.error_label, self.error_label.text())
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
            sample_label = QtWidgets.QLabel(shorten(clean_text(sample), 28, "…"))
            sample_label.setToolTip(sample)
            colours.make_secondary(sample_label)
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
        guard_wheel(self.mapping_widget)

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
        self.tasks.run(
            _csv_result,
            *args,
            owner=self,
            finished=lambda result: self._preview_if_current(generation, result),
            failed=self._failed,
            name="an import preview",
        )

    def _preview_if_current(self, generation: int, result: object) -> None:
        if generation == self._generation:  # a newer mapping's preview is on its way
            self._preview_ready(result)

    def _preview_ready(self, result: object) -> None:
        if isinstance(result, str):
            # A mapping that cannot work (no name column): say so, keep the combos usable.
            self._result = ImportResult()
            self.error_label.setText(result.capitalize() + ".")
            self.error_label.show()
            announce(self.error_label, self.error_label.text())
        else:
            assert isinstance(result, ImportResult)
            self._result = result
        self._show_result()

    def _show_result(self) -> None:
        result = self._result
        self.preview_model.set_contacts(result.contacts[: self.PREVIEW_ROWS])
        fit_columns(self.preview, 240)
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


IMPORT_FILTERS = (
    "Address files (*.csv *.tsv *.txt *.vcf *.vcard);;"
    "Spreadsheet files (*.csv *.tsv *.txt);;vCard files (*.vcf *.vcard);;"
    "All files (*)"
)


def ask_import(
    parent: QtWidgets.QWidget,
    settings: Settings,
    default_country: str,
    tasks: Tasks | None = None,
) -> ImportResult | None:
    """Choose a file and show how it will be imported; the entries the person accepted, or
    None. Storing them is the caller's (the address book window, the merge)."""
    path = ask_open_path(
        parent,
        settings,
        QtWidgets.QApplication.translate("ImportDialog", "Import addresses"),
        QtWidgets.QApplication.translate("ImportDialog", IMPORT_FILTERS),
    )
    if path is None:
        return None
    dialog = ImportDialog(path, default_country, parent, tasks=tasks)
    try:
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return None
        return dialog.result()
    finally:
        dialog.deleteLater()

"""The main window: the form beside the live preview, with menus, toolbar and status bar."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from composer.core import paths
from composer.core.addressbook import AddressBook
from composer.core.contacts import TITLE_LABELS
from composer.core.countries import known_codes
from composer.core.drafts import SUFFIX, load_draft, save_draft
from composer.core.errors import LetterError
from composer.core.filenames import safe_filename
from composer.core.files import describe_os_error, sweep_output_folders, write_atomic
from composer.core.model import Letter, Signature, letter_from_dict, letter_to_dict
from composer.core.templates import Catalogue, Template, discover
from composer.core.validation import problems
from composer.ui.autosave import Autosave, NoAutosave, Orphan, recovery_folder
from composer.ui.builder import BuildOutcome, PreviewBuilder, Throttle
from composer.ui.errors import show_error
from composer.ui.form import LetterForm
from composer.ui.gallery import TemplateGallery
from composer.ui.preview import PreviewPane
from composer.ui.printing import paint_pdf, prepare_printer
from composer.ui.qt import QtCore, QtGui, QtPrintSupport, QtWidgets, Slot
from composer.ui.settings import Settings

if TYPE_CHECKING:  # the merge (and ReportLab) load only when a merge is started
    from composer.batch.merge import MergeResult

# Warnings the status bar shows (by code): what the person can fix and may not see.
SHOWN_WARNINGS = frozenset(
    {
        "missing-character",
        "postal-code",
        "address-too-long",
        "sender-too-long",
        "return-line-too-long",
    }
)
PREVIEW_DELAY_MS = 150  # typing pauses shorter than this do not rebuild the preview
AUTOSAVE_MS = 3_000


class MainWindow(QtWidgets.QMainWindow):
    def __init__(
        self,
        settings: Settings | None = None,
        catalogue: Catalogue | None = None,
        autosave_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.catalogue = catalogue or discover()
        folder = autosave_dir or paths.user_data_dir() / "autosave"
        self.autosave: Autosave | NoAutosave
        try:
            self.autosave = Autosave(folder)
        except OSError as error:  # a read-only or full data folder: work on, and say so
            self.autosave = NoAutosave(folder, describe_os_error(error))
        self.draft_path: Path | None = None
        self.book_path: Path | None = None  # tests point it elsewhere
        self._book: AddressBook | None = None
        self.template: Template | None = None
        self.last_outcome: BuildOutcome | None = None
        self.setWindowIcon(QtGui.QIcon.fromTheme("accessories-text-editor"))

        self.form = LetterForm()
        self.form.changed.connect(self._form_changed)
        self.form.sign_requested.connect(self.sign)
        scroll = QtWidgets.QScrollArea()
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Letter form"))
        self.preview = PreviewPane()
        self.splitter = QtWidgets.QSplitter()
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.builder = PreviewBuilder(self)
        self.builder.finished.connect(self._built)
        self.throttle = Throttle(self.refresh_preview, PREVIEW_DELAY_MS, self)
        self.autosave_timer = QtCore.QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.autosave_timer.start()

        self.pages_label = QtWidgets.QLabel()
        self.warnings_label = QtWidgets.QLabel()
        self.statusBar().addPermanentWidget(self.warnings_label)
        self.statusBar().addPermanentWidget(self.pages_label)
        self._make_actions()
        self._restore_window()
        self._update_title()

    # -- actions ------------------------------------------------------------------------------

    def _action(
        self, text: str, slot: object, shortcut: object = None, icon: str = "", tip: str = ""
    ) -> QtGui.QAction:
        action = QtGui.QAction(text, self)
        if icon:
            action.setIcon(QtGui.QIcon.fromTheme(icon))
        if shortcut is not None:
            action.setShortcut(QtGui.QKeySequence(shortcut))  # type: ignore[arg-type]
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        K = QtGui.QKeySequence.StandardKey
        self.act_new = self._action(
            self.tr("&New Letter…"),
            self.new_letter,
            K.New,
            "document-new",
            self.tr("Choose a letter and start writing"),
        )
        self.act_open = self._action(self.tr("&Open…"), self.open_dialog, K.Open, "document-open")
        self.act_save = self._action(self.tr("&Save"), self.save, K.Save, "document-save")
        self.act_save_as = self._action(
            self.tr("Save &As…"), self.save_as, K.SaveAs, "document-save-as"
        )
        self.act_export = self._action(
            self.tr("Save as &PDF…"),
            self.export_pdf,
            "Ctrl+E",
            "document-export",
            self.tr("Save the letter as a PDF file"),
        )
        self.act_print_preview = self._action(
            self.tr("Print Pre&view…"), self.print_preview, "Ctrl+Shift+P", "document-print-preview"
        )
        self.act_print = self._action(
            self.tr("&Print…"), self.print_letter, K.Print, "document-print"
        )
        self.act_quit = self._action(self.tr("&Quit"), self.close, K.Quit, "application-exit")
        self.act_undo = self._action(
            self.tr("&Undo"), lambda: self._edit("undo"), K.Undo, "edit-undo"
        )
        self.act_redo = self._action(
            self.tr("&Redo"), lambda: self._edit("redo"), K.Redo, "edit-redo"
        )
        self.act_zoom_in = self._action(
            self.tr("Zoom &In"), self.preview.zoom_in, K.ZoomIn, "zoom-in"
        )
        self.act_zoom_out = self._action(
            self.tr("Zoom &Out"), self.preview.zoom_out, K.ZoomOut, "zoom-out"
        )
        self.act_fit = self._action(
            self.tr("&Fit Width"), self.preview.fit_width, "Ctrl+0", "zoom-fit-width"
        )
        self.act_sign = self._action(
            self.tr("&Sign…"), self.sign, "Ctrl+Shift+S", "document-edit-sign"
        )
        self.act_choose = self._action(self.tr("Choose &Letter…"), self.choose_template, "Ctrl+L")
        self.act_book = self._action(
            self.tr("&Address Book…"), self.open_address_book, "Ctrl+B", "x-office-address-book"
        )
        self.act_merge = self._action(
            self.tr("&Mail Merge…"),
            self.mail_merge,
            "Ctrl+M",
            tip=self.tr("Write this letter to many recipients"),
        )
        self.act_offsets = self._action(self.tr("Printer &Offsets…"), self.printer_offsets)
        self.act_help = self._action(
            self.tr("&How to Use"), self.show_help, K.HelpContents, "help-contents"
        )
        self.act_about = self._action(self.tr("&About Letter Composer"), self.show_about)

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addActions([self.act_new, self.act_open])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        file_menu.addActions([self.act_save, self.act_save_as, self.act_export])
        file_menu.addSeparator()
        file_menu.addActions([self.act_print_preview, self.act_print, self.act_offsets])
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = menu.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.act_undo, self.act_redo])
        letter_menu = menu.addMenu(self.tr("&Letter"))
        letter_menu.addActions([self.act_choose, self.act_sign])
        recipients_menu = menu.addMenu(self.tr("&Recipients"))
        recipients_menu.addActions([self.act_book, self.act_merge])
        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addActions([self.act_zoom_in, self.act_zoom_out, self.act_fit])
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addActions([self.act_help, self.act_about])

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.act_new, self.act_open, self.act_save])
        toolbar.addSeparator()
        toolbar.addActions([self.act_sign, self.act_export, self.act_print])
        toolbar.addSeparator()
        toolbar.addActions([self.act_zoom_out, self.act_fit, self.act_zoom_in])

    def _edit(self, what: str) -> None:
        widget = QtWidgets.QApplication.focusWidget()
        if isinstance(widget, QtWidgets.QComboBox) and widget.lineEdit() is not None:
            widget = widget.lineEdit()
        method = getattr(widget, what, None)
        if callable(method):
            method()

    # -- window state -------------------------------------------------------------------------

    def _restore_window(self) -> None:
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            screen = QtGui.QGuiApplication.primaryScreen()
            available = screen.availableGeometry() if screen else QtCore.QRect(0, 0, 1280, 800)
            self.resize(min(1280, available.width()), min(860, available.height()))
        splitter = self.settings.splitter()
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def _save_window(self) -> None:
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_splitter(self.splitter.saveState())

    def _update_title(self) -> None:
        name = self.draft_path.stem if self.draft_path else self.tr("Untitled letter")
        self.setWindowTitle(f"{name}[*] — Letter Composer")

    # -- starting -----------------------------------------------------------------------------

    def start(self, draft: Path | None = None, ask: bool = True) -> None:
        """What the app does once its window is up: open, restore, or start a letter."""
        if draft is not None:
            self.open_draft(draft)
            return
        if isinstance(self.autosave, NoAutosave):
            self._say_no_autosave()
        sweep_output_folders()  # what killed merges left behind
        orphans, moved = Autosave.scan(self.autosave.folder)
        orphans = [o for o in orphans if o.path != self.autosave.path]
        if moved:
            self._say_kept_aside(len(moved))
        # One letter is offered; any others stay for the next start, never deleted.
        if orphans and ask and self._offer_restore(orphans[0]):
            return
        template = self.catalogue.templates.get(self.settings.last_template())
        template = template or next(iter(self.catalogue.sorted()), None)
        if template is None:
            show_error(self, self.tr("No letter templates were found."))
            return
        self.start_letter(template)

    def _offer_restore(self, orphan: Orphan) -> bool:
        when = QtCore.QDateTime.fromSecsSinceEpoch(int(orphan.saved))
        answer = QtWidgets.QMessageBox.question(
            self,
            self.tr("Restore unsaved letter?"),
            self.tr(
                "Letter Composer was closed before a letter was saved (last kept %1). Restore it?"
            ).replace("%1", QtCore.QLocale().toString(when, QtCore.QLocale.FormatType.ShortFormat)),
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No,
            QtWidgets.QMessageBox.StandardButton.Yes,
        )
        if answer != QtWidgets.QMessageBox.StandardButton.Yes:
            orphan.discard()
            return False
        return self.restore(orphan)

    def _say_no_autosave(self) -> None:
        assert isinstance(self.autosave, NoAutosave)
        show_error(
            self,
            self.tr(
                "Letters cannot be kept automatically on this computer: the folder %1 cannot "
                "be written (%2). Letter Composer works as usual; save your letter yourself "
                "(File ▸ Save) to keep it."
            )
            .replace("%1", str(self.autosave.folder))
            .replace("%2", self.autosave.reason),
        )

    def _say_kept_aside(self, count: int) -> None:
        QtWidgets.QMessageBox.information(
            self,
            self.tr("Unsaved letters kept"),
            self.tr(
                "%n unsaved letter(s) could not be opened by this version of Letter Composer. "
                "Nothing was deleted: they are kept in %1.",
                "",
                count,
            ).replace("%1", str(recovery_folder(self.autosave.folder))),
        )

    def restore(self, orphan: Orphan) -> bool:
        try:
            letter = orphan.letter()
        except (LetterError, OSError) as error:
            where = orphan.keep_aside()
            show_error(
                self,
                self.tr("The unsaved letter could not be restored; it is kept in %1.").replace(
                    "%1", str(where.parent if where else orphan.path.parent)
                ),
                str(error),
            )
            return False
        template = self._template_for(letter)
        if template is None:
            return False
        self.draft_path = Path(orphan.draft_path) if orphan.draft_path else None
        self._load_letter(letter, template)
        self.setWindowModified(True)
        self.autosave_now()
        orphan.discard()
        self.statusBar().showMessage(self.tr("Unsaved letter restored."), 5000)
        return True

    def start_letter(self, template: Template) -> None:
        """A new letter from ``template``, with the remembered sender and signature."""
        self.template = template
        self.draft_path = None
        self.form.touched.clear()
        self.form.set_template(template, template.languages[0])
        remembered = self.settings.remember_sender()
        self.form.remember_sender.setChecked(remembered)
        sender = self.settings.remembered_sender() if remembered else {}
        self.form.set_sender(sender or {"country": self._home_country()})
        self.form.set_signature(self._remembered_signature())
        self.form.date.setDate(QtCore.QDate.currentDate())
        self.settings.set_last_template(template.id)
        self.setWindowModified(False)
        self._update_title()
        self.refresh_preview()

    def _home_country(self) -> str:
        """The country a new letter starts from: the system's, else Canada (the campaign's)."""
        parts = QtCore.QLocale().name().split("_")
        code = parts[1] if len(parts) > 1 else ""
        return code if code in known_codes() else "CA"

    def _remembered_signature(self) -> Signature | None:
        data = self.settings.remembered_signature()
        if not data:
            return None
        try:
            return letter_from_dict({"template": "x", "signature": data}).signature
        except LetterError:
            return None

    def _template_for(self, letter: Letter) -> Template | None:
        template = self.catalogue.templates.get(letter.template)
        if template is None:
            self.catalogue = discover()
            template = self.catalogue.templates.get(letter.template)
        if template is None:
            show_error(
                self,
                self.tr(
                    "This letter uses the template “%1”, which is not installed on this computer."
                ).replace("%1", letter.template),
            )
        return template

    def _load_letter(self, letter: Letter, template: Template) -> None:
        self.template = template
        self.form.set_letter(letter, template)
        self._update_title()
        self.refresh_preview()

    # -- the preview --------------------------------------------------------------------------

    @Slot()
    def _form_changed(self) -> None:
        self.setWindowModified(True)
        self.throttle()

    @Slot()
    def refresh_preview(self) -> None:
        if self.template is None:
            return
        try:
            letter = self.form.letter()
        except LetterError as error:
            self.preview.show_message(str(error))
            return
        self.form.show_problems(problems(letter, self.template))
        self.builder.request(letter, self.template)

    @Slot(object)
    def _built(self, outcome: BuildOutcome) -> None:
        self.last_outcome = outcome
        if outcome.error:
            text = outcome.error.replace("; ", "\n")
            self.preview.show_message(
                self.tr("The preview shows the last complete version. To update it:") + "\n" + text
            )
            if outcome.details:
                print(outcome.details)
            return
        if outcome.missing:
            self.preview.show_message(
                self.tr("Before printing, the letter still needs:")
                + "\n• "
                + "\n• ".join(outcome.missing),
                kind="info",
            )
        else:
            self.preview.show_message("")
        self.preview.show_pdf(outcome.pdf)
        self.pages_label.setText(self.tr("%n page(s)", "", outcome.pages))
        warnings = [w for w in outcome.warnings if getattr(w, "code", "") in SHOWN_WARNINGS]
        self.warnings_label.setText(self.tr("%n warning(s)", "", len(warnings)) if warnings else "")
        self.warnings_label.setToolTip("\n".join(warnings))

    def current_pdf(self) -> tuple[Letter, bytes] | None:
        """The letter and its PDF, built now if the preview is behind; None if it cannot be
        built (the reason is shown)."""
        if self.template is None:
            return None
        from composer.pdf.build import build_pdf

        try:
            letter = self.form.letter()
        except LetterError as error:
            show_error(self, self.tr("The letter is not complete yet."), str(error))
            return None
        outcome = self.last_outcome
        if (
            outcome is not None
            and outcome.letter == letter
            and outcome.pdf
            and not outcome.error
            and not outcome.missing
        ):
            return letter, outcome.pdf  # the preview's bytes: one renderer, built once
        try:
            result = build_pdf(letter, self.template)
        except LetterError as error:
            self.form.show_problems(problems(letter, self.template), everything=True)
            show_error(self, self.tr("The letter is not complete yet."), str(error))
            return None
        return letter, result.pdf

    # -- files --------------------------------------------------------------------------------

    def _documents(self) -> str:
        return QtCore.QStandardPaths.writableLocation(
            QtCore.QStandardPaths.StandardLocation.DocumentsLocation
        )

    def default_pdf_name(self, letter: Letter) -> str:
        r = letter.recipient
        title = TITLE_LABELS.get(r.title, "") if r.name.strip() else ""
        who = " ".join(p for p in (title, r.name.strip()) if p) or r.organisation
        title = (
            self.tr("Letter to %1 %2")
            .replace("%1", who.strip())
            .replace("%2", letter.date.isoformat())
        )
        return safe_filename(" ".join(title.split()), ".pdf")

    @Slot()
    def export_pdf(self) -> None:
        built = self.current_pdf()
        if built is None:
            return
        letter, pdf = built
        start = str(Path(self._documents()) / self.default_pdf_name(letter))
        name, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), start, self.tr("PDF files (*.pdf)")
        )
        if name:
            self.write_pdf(Path(name), pdf)

    def write_pdf(self, path: Path, pdf: bytes) -> bool:
        try:
            write_atomic(path, pdf)
        except OSError as error:
            show_error(self, self.tr("The PDF could not be saved."), f"{path}: {error}")
            return False
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 5000)
        return True

    @Slot()
    def save(self) -> bool:
        if self.draft_path is None:
            return self.save_as()
        return self.save_draft(self.draft_path)

    @Slot()
    def save_as(self) -> bool:
        try:
            letter = self.form.letter()
        except LetterError as error:
            show_error(self, str(error))
            return False
        start = str(
            self.draft_path
            or Path(self._documents())
            / safe_filename(self.default_pdf_name(letter).removesuffix(".pdf"), SUFFIX)
        )
        name, _ = QtWidgets.QFileDialog.getSaveFileName(
            self,
            self.tr("Save letter"),
            start,
            self.tr("Letter drafts (*%1)").replace("%1", SUFFIX),
        )
        if not name:
            return False
        path = Path(name)
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        return self.save_draft(path)

    def save_draft(self, path: Path) -> bool:
        try:
            save_draft(path, self.form.letter())
        except (OSError, LetterError) as error:
            show_error(self, self.tr("The letter could not be saved."), f"{path}: {error}")
            return False
        self.draft_path = path
        self.settings.add_recent_file(str(path))
        self.autosave.discard()
        self.setWindowModified(False)
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 5000)
        return True

    @Slot()
    def open_dialog(self) -> None:
        if not self.maybe_keep_changes():
            return
        name, _ = QtWidgets.QFileDialog.getOpenFileName(
            self,
            self.tr("Open letter"),
            self._documents(),
            self.tr("Letters (*%1 *.json *.toml)").replace("%1", SUFFIX),
        )
        if name:
            self.open_draft(Path(name))

    def open_draft(self, path: Path) -> bool:
        try:
            letter = load_draft(path)
        except LetterError as error:
            show_error(self, self.tr("This file cannot be opened as a letter."), str(error))
            self.settings.remove_recent_file(str(path))
            if self.template is None:
                self.start(ask=False)
            return False
        template = self._template_for(letter)
        if template is None:
            return False
        self.draft_path = path
        self._load_letter(letter, template)
        self.settings.add_recent_file(str(path))
        self.setWindowModified(False)
        self.autosave.discard()
        return True

    @Slot()
    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for path in files:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self._open_recent(p))
        self.recent_menu.setEnabled(bool(files))
        if not files:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def _open_recent(self, path: str) -> None:
        if self.maybe_keep_changes():
            self.open_draft(Path(path))

    @Slot()
    def autosave_now(self) -> None:
        if not self.isWindowModified() or self.template is None:
            return
        try:
            letter = self.form.letter()
            self.autosave.save(letter, str(self.draft_path or ""))
        except (LetterError, OSError) as error:
            self.statusBar().showMessage(
                self.tr("Autosave failed: %1").replace("%1", str(error)), 10_000
            )

    # -- letters ------------------------------------------------------------------------------

    @Slot()
    def new_letter(self) -> None:
        if not self.maybe_keep_changes():
            return
        gallery = TemplateGallery(
            self.catalogue, self._ui_language(), self.template.id if self.template else "", self
        )
        if gallery.exec() and (template := gallery.chosen()) is not None:
            self.autosave.discard()
            self.start_letter(template)

    @Slot()
    def choose_template(self) -> None:
        """Switch the current letter to another template, keeping everything typed."""
        gallery = TemplateGallery(
            self.catalogue, self._ui_language(), self.template.id if self.template else "", self
        )
        if gallery.exec() and (template := gallery.chosen()) is not None:
            self.template = template
            self.form.set_template(template)
            self.settings.set_last_template(template.id)
            self._form_changed()

    def _ui_language(self) -> str:
        return QtCore.QLocale().name().split("_")[0] or "en"

    @Slot()
    def sign(self) -> None:
        from composer.ui.signature import SignatureDialog

        dialog = SignatureDialog(
            self,
            name=self.form.sender_values().get("name", ""),
            signature=self.form.signature(),
            images_dir=paths.user_data_dir() / "signatures",
        )
        if not dialog.exec():
            return
        signature = dialog.result_signature()
        self.form.set_signature(signature)
        if dialog.remember() and signature is not None:
            letter = replace(self.form.letter(), signature=signature)
            self.settings.set_remembered_signature(letter_to_dict(letter).get("signature"))
        elif not dialog.remember():
            self.settings.set_remembered_signature(None)

    # -- recipients ---------------------------------------------------------------------------

    def address_book(self) -> AddressBook:
        """The address book, opened on first use; a new one starts with the bundled
        directory of organisations."""
        if self._book is None:
            path = self.book_path or paths.user_data_dir() / "addressbook.sqlite3"
            fresh = not path.exists()
            self._book = AddressBook(path)
            if fresh:
                self._book.add_bundled()
        return self._book

    @Slot()
    def open_address_book(self) -> None:
        from composer.ui.addressbook_window import AddressBookWindow

        try:
            book = self.address_book()
        except LetterError as error:
            show_error(self, self.tr("The address book cannot be opened."), str(error))
            return
        country = self.form.sender_values().get("country", "") or "CA"
        window = AddressBookWindow(book, self._ui_language(), self, default_country=country)
        if window.exec() and window.chosen is not None:
            self.form.set_recipient(window.chosen)

    @Slot()
    def mail_merge(self) -> None:
        from composer.ui.merge_dialog import MergeDialog

        if self.template is None:
            return
        try:
            base = self.form.letter()
            book = self.address_book()
        except LetterError as error:
            show_error(self, self.tr("The mail merge cannot start."), str(error))
            return
        # Printers are asked about only when the person prints: a saved PDF has no offset.
        dialog = MergeDialog(
            book, base, self.template, self, printer_offset=self.settings.printer_offset
        )
        dialog.merged.connect(self._show_merged)
        dialog.exec()
        dialog.wait()

    @Slot(object)
    def _show_merged(self, result: MergeResult) -> None:
        if len(result.outputs) == 1:
            # One PDF with every letter: show it, as it will print.
            self.preview.show_pdf(result.outputs[0].read_bytes())
            self.pages_label.setText(self.tr("%n page(s)", "", result.pages))
        self.statusBar().showMessage(self.tr("%n letter(s) written.", "", result.letters), 8000)

    # -- printing -----------------------------------------------------------------------------

    def _printer(self, letter: Letter) -> QtPrintSupport.QPrinter:
        printer = QtPrintSupport.QPrinter(QtPrintSupport.QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, letter.paper)
        printer.setDocName(self.default_pdf_name(letter).removesuffix(".pdf"))
        return printer

    @Slot()
    def print_letter(self) -> None:
        built = self.current_pdf()
        if built is None:
            return
        letter, pdf = built
        printer = self._printer(letter)
        dialog = QtPrintSupport.QPrintDialog(printer, self)
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return
        self._paint(printer, pdf)

    def _paint(self, printer: QtPrintSupport.QPrinter, pdf: bytes) -> None:
        try:
            paint_pdf(printer, pdf, offset_mm=self.settings.printer_offset(printer.printerName()))
        except OSError as error:
            show_error(self, self.tr("The letter could not be printed."), str(error))

    @Slot()
    def print_preview(self) -> None:
        built = self.current_pdf()
        if built is None:
            return
        letter, pdf = built
        dialog = QtPrintSupport.QPrintPreviewDialog(self._printer(letter), self)
        dialog.paintRequested.connect(lambda printer: self._paint(printer, pdf))
        dialog.exec()

    @Slot()
    def printer_offsets(self) -> None:
        """Print a calibration page and enter how far a printer shifts its output."""
        from composer.ui.printer_offsets import PrinterOffsetsDialog

        PrinterOffsetsDialog(self.settings, self).exec()

    # -- help ---------------------------------------------------------------------------------

    @Slot()
    def show_help(self) -> None:
        QtWidgets.QMessageBox.information(
            self,
            self.tr("How to use Letter Composer"),
            self.tr(
                "1. Choose a letter (File ▸ New Letter).\n"
                "2. Fill in your details, the recipient and your own words. Fields marked * "
                "are needed.\n"
                "3. Watch the preview on the right: it is exactly what will print.\n"
                "4. Sign: draw with the mouse or a pen, use a picture, type your name, or sign "
                "by hand after printing.\n"
                "5. Print, or save the letter as a PDF. Save the letter itself (File ▸ Save) to "
                "come back to it later.\n\n"
                "Nothing leaves this computer. Unsaved letters are kept safe and offered back "
                "if the program closes unexpectedly."
            ),
        )

    @Slot()
    def show_about(self) -> None:
        from composer import __version__

        QtWidgets.QMessageBox.about(
            self,
            self.tr("About Letter Composer"),
            self.tr(
                "Letter Composer %1\n\nWrite, sign and print personal letters from campaign "
                "templates, offline.\nFonts: Noto Serif, Noto Serif Armenian and Dancing Script "
                "(SIL Open Font License)."
            ).replace("%1", __version__),
        )

    # -- closing ------------------------------------------------------------------------------

    def maybe_keep_changes(self) -> bool:
        """Ask before unsaved changes are lost; False means the person wants to stay."""
        if not self.isWindowModified():
            return True
        answer = QtWidgets.QMessageBox.question(
            self,
            self.tr("Save the letter?"),
            self.tr("This letter has changes that are not saved. Save them first?"),
            QtWidgets.QMessageBox.StandardButton.Save
            | QtWidgets.QMessageBox.StandardButton.Discard
            | QtWidgets.QMessageBox.StandardButton.Cancel,
            QtWidgets.QMessageBox.StandardButton.Save,
        )
        if answer == QtWidgets.QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QtWidgets.QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        if not self.maybe_keep_changes():
            event.ignore()
            return
        self._remember_sender()
        self._save_window()
        self.builder.wait()
        self.autosave.close()
        event.accept()

    def _remember_sender(self) -> None:
        remember = self.form.remember_sender.isChecked()
        self.settings.set_remembered_sender(remember, self.form.sender_values())

"""The main window: the form beside the live preview, both views of one letter session."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from composer.core import paths
from composer.core.contacts import TITLE_LABELS
from composer.core.countries import known_codes
from composer.core.drafts import SUFFIX, load_draft
from composer.core.errors import LetterError
from composer.core.filenames import safe_filename, shorten
from composer.core.files import describe_os_error, sweep_output_folders, write_atomic
from composer.core.model import (
    Letter,
    Signature,
    default_paper,
    letter_from_dict,
    signature_from_dict,
    signature_to_dict,
)
from composer.core.templates import Catalogue, Template, discover
from composer.core.validation import Problem
from composer.ui import accessibility, colours
from composer.ui.actions import build_menus, make_actions
from composer.ui.autosave import Autosave, NoAutosave, Orphan, recovery_folder
from composer.ui.builder import BuildOutcome
from composer.ui.errors import report_failure, show_error
from composer.ui.form import LetterForm
from composer.ui.language import UI_LANGUAGES, current_language, home_country, resolve, translations
from composer.ui.originality import OriginalityHint
from composer.ui.preview import PreviewPane
from composer.ui.printing import Document, PrintPreview, print_document
from composer.ui.qt import QtCore, QtGui, QtWidgets, Slot
from composer.ui.session import LetterSession
from composer.ui.settings import Settings
from composer.ui.tasks import Tasks, app_tasks
from composer.ui.widgets import ask_open_path, ask_save_path, ask_yes, fit_to_screen
from composer.ui.wording import missing_items, warning_text

if TYPE_CHECKING:  # loaded when first used: a start of the app does without them
    from composer.core.addressbook import AddressBook
    from composer.core.letterlog import LetterLog, LoggedLetter
    from composer.ui.gallery import TemplateGallery

log = logging.getLogger(__name__)

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
AUTOSAVE_MS = 3_000


class MainWindow(QtWidgets.QMainWindow):
    def __init__(
        self,
        settings: Settings | None = None,
        catalogue: Catalogue | None = None,
        autosave_dir: Path | None = None,
        tasks: Tasks | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.catalogue = catalogue or discover()
        self.tasks = tasks or app_tasks()
        folder = autosave_dir or paths.user_data_dir() / "autosave"
        self.autosave: Autosave | NoAutosave
        try:
            self.autosave = Autosave(folder)
        except OSError as error:  # a read-only or full data folder: work on, and say so
            self.autosave = NoAutosave(folder, describe_os_error(error))
        self.book_path: Path | None = None  # tests point it elsewhere
        self.log_path: Path | None = None  # the letter log's file (tests point it elsewhere)
        self._letter_log: LetterLog | None = None
        self.follow_up_of: int | None = None  # the logged letter this one follows up
        self.logs_letters = True
        self.signing_table: QtWidgets.QWidget | None = None
        self._logged_now: set[int] = set()  # this letter's own entries in the log
        self._log_entries: list[LoggedLetter] | None = None  # None: read the log again
        self._first_shown = False
        # Read once: the preview asks at every build (every pause in typing).
        self._letter_text_choice = self.settings.letter_text()
        self._book: AddressBook | None = None
        self.setWindowIcon(
            QtGui.QIcon(
                str(paths.resources_dir() / "icons" / "org.lettercomposer.LetterComposer.svg")
            )
        )
        app = QtWidgets.QApplication.instance()
        if isinstance(app, QtWidgets.QApplication):
            accessibility.install(app)
            colours.fix_placeholders(app)
        # F10 opens the menus, as in other desktop programs.
        menus_key = QtGui.QShortcut(QtGui.QKeySequence("F10"), self)
        menus_key.activated.connect(self.open_menus)

        self.session = LetterSession(self.tasks, parent=self)
        self.session.builder.warm()  # beside the making of the window, on the other core
        self.session.loaded.connect(self._fill_form)
        self.session.changed.connect(self._letter_changed)
        self.session.problems_changed.connect(self._show_problems)
        self.session.invalid.connect(self._show_invalid)
        self.session.built.connect(self._show_build)
        self.session.dirty_changed.connect(self.setWindowModified)
        self.session.path_changed.connect(self._update_title)

        self.autosave_timer = QtCore.QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.autosave_timer.start()

        self.pages_label = QtWidgets.QLabel()
        self.warnings_label = QtWidgets.QLabel()
        self.statusBar().addPermanentWidget(self.warnings_label)
        self.statusBar().addPermanentWidget(self.pages_label)
        self._build_views()
        self._restore_window()
        self._update_title()

    def _build_views(self) -> None:
        """The form, the preview, the menus and the toolbar, in the UI's language now.

        Called again when the language changes: the views are made anew and filled from the
        session, which holds the letter, so nothing typed is lost.
        """
        self.form = LetterForm()
        self.preview = PreviewPane()
        scroll = QtWidgets.QScrollArea()
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Letter form"))
        scroll.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)  # not a stop: the fields are
        self.form_scroll = scroll
        self.splitter = QtWidgets.QSplitter()
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        # The form and the preview are views: edits go into the session, and what the
        # session decides comes back out to them.
        self.form.changed.connect(self._form_edited)
        self.form.sign_requested.connect(self.sign)
        self.originality = OriginalityHint(self.form.originality, self.other_letters, self.form)
        self.form.find_representative_requested.connect(self.find_representative)
        self.commands = make_actions(self)
        self.recent_menu, self.language_menu, self.text_size_menu = build_menus(self, self.commands)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_language_menu()
        self._fill_text_size_menu()
        self._follow_letter_text()

    def _fill_language_menu(self) -> None:
        group = QtGui.QActionGroup(self.language_menu)
        chosen = self.settings.ui_language()
        choices = [("", self.tr("As the System")), *UI_LANGUAGES.items()]
        for code, name in choices:
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, code=code: self.set_language(code))
            if not code:
                self.language_menu.addSeparator()

    def letter_text_wanted(self) -> bool:
        """The letter's text below its pages: as chosen, else whenever a screen reader runs
        (Qt turns accessibility on when one listens, also after the app started)."""
        chosen = self._letter_text_choice
        return chosen if chosen is not None else QtGui.QAccessible.isActive()

    def _follow_letter_text(self) -> None:
        wanted = self.letter_text_wanted()
        if wanted != self.preview.text.isVisibleTo(self.preview):
            self.preview.show_text(wanted)
        self.commands.letter_text.setChecked(wanted)

    @Slot()
    def toggle_letter_text(self) -> None:
        self._letter_text_choice = self.commands.letter_text.isChecked()
        self.settings.set_letter_text(self._letter_text_choice)
        self._follow_letter_text()
        if self.preview.text.isVisible():
            self.preview.text.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)

    def open_menus(self) -> None:
        bar = self.menuBar()
        if bar.actions():
            bar.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
            bar.setActiveAction(bar.actions()[0])

    def _show_problems(self, problems: list[Problem]) -> None:
        self.form.show_problems(problems)  # whichever form is there now

    def _show_invalid(self, text: str) -> None:
        self.preview.show_message(text)

    def _fill_text_size_menu(self) -> None:
        group = QtGui.QActionGroup(self.text_size_menu)
        app = QtWidgets.QApplication.instance()
        now = accessibility.text_size(app) if isinstance(app, QtWidgets.QApplication) else 100
        for percent in accessibility.TEXT_SIZES:
            action = self.text_size_menu.addAction(
                QtCore.QLocale().toString(percent) + QtCore.QLocale().percent()
            )
            action.setCheckable(True)
            action.setChecked(percent == now)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, p=percent: self.set_text_size(p))

    def set_text_size(self, percent: int) -> None:
        """Show every text at ``percent`` of the system's size, at once."""
        app = QtWidgets.QApplication.instance()
        if not isinstance(app, QtWidgets.QApplication):
            return
        self.settings.set_text_size(percent)
        if percent == accessibility.text_size(app):
            return
        accessibility.apply_text_size(app, percent)
        self.rebuild_views()

    def set_language(self, chosen: str) -> None:
        """Speak ``chosen`` ("" for the system's language) from now on, without a restart."""
        self.settings.set_ui_language(chosen)
        language = resolve(chosen)
        if language == current_language():
            return
        translations().apply(language)
        self.rebuild_views()

    def rebuild_views(self) -> None:
        """Make the views anew (in a new language or text size), keeping the letter."""
        self.sync()
        remember = self.form.remember_sender.isChecked()
        splitter_state = self.splitter.saveState()
        old_toolbar = self.findChild(QtWidgets.QToolBar, "mainToolbar")
        if old_toolbar is not None:
            self.removeToolBar(old_toolbar)
            old_toolbar.deleteLater()
        self.menuBar().clear()
        for action in self.commands.all():
            action.deleteLater()
        old = self.takeCentralWidget()
        self._build_views()
        if old is not None:
            old.deleteLater()
        self.splitter.restoreState(splitter_state)
        self.form.remember_sender.setChecked(remember)
        self._update_title()
        if self.session.letter is not None:
            self._fill_form()
            self.session.rebuild()

    # -- the session's state, read by tests and dialogs ---------------------------------------

    @property
    def template(self) -> Template | None:
        return self.session.template

    @property
    def letter(self) -> Letter | None:
        return self.session.letter

    @property
    def draft_path(self) -> Path | None:
        return self.session.draft_path

    def edit_focused(self, what: str) -> None:
        """Undo or redo in the input that has the focus."""
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
            fit_to_screen(self, QtCore.QSize(1280, 860))
        splitter = self.settings.splitter()
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def _save_window(self) -> None:
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_splitter(self.splitter.saveState())

    @Slot()
    def _update_title(self) -> None:
        path = self.session.draft_path
        name = path.stem if path else self.tr("Untitled letter")
        self.setWindowTitle(f"{name}[*] — Letter Composer")

    # -- starting -----------------------------------------------------------------------------

    def start(self, draft: Path | None = None, ask: bool = True) -> None:
        """What the app does once its window is up: open, restore, or start a letter.

        The first start shows the gallery of letters; later starts continue with the letter
        last chosen. ``ask=False`` (tests, benchmarks) asks nothing.
        """
        if draft is not None and draft.suffix.lower() == ".lcpack":
            # A pack double-clicked in the file manager: the letter as usual, then the pack.
            self.start(None, ask=False)
            from composer.ui import packs

            packs.install(self, draft)
            return
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
        first_start = not self.settings.last_template()
        template = self.catalogue.templates.get(self.settings.last_template())
        template = template or next(iter(self.catalogue.sorted()), None)
        if template is None:
            show_error(self, self.tr("No letter templates were found."))
            return
        self.start_letter(template)
        if ask:  # once the window is up and the first preview on its way
            QtCore.QTimer.singleShot(1500, self._mention_follow_ups)
        if first_start and ask:  # the gallery over a letter already begun, not an empty form
            gallery = self._gallery(template.id)
            if gallery.exec() and (chosen := gallery.chosen()) is not None and chosen != template:
                self.start_letter(chosen)

    def _offer_restore(self, orphan: Orphan) -> bool:
        when = QtCore.QDateTime.fromSecsSinceEpoch(int(orphan.saved))
        answer = ask_yes(
            self,
            self.tr("Restore unsaved letter?"),
            self.tr(
                "Letter Composer was closed before a letter was saved (last kept %1). Restore it?"
            ).replace("%1", QtCore.QLocale().toString(when, QtCore.QLocale.FormatType.ShortFormat)),
            default_yes=True,
        )
        if not answer:
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
        path = Path(orphan.draft_path) if orphan.draft_path else None
        self.session.open(letter, template, path, dirty=True)
        self.autosave_now()
        orphan.discard()
        self.statusBar().showMessage(self.tr("Unsaved letter restored."), 5000)
        return True

    def new_letter_data(self, template: Template) -> Letter:
        """A new letter from ``template``: today's date, the remembered sender (or the home
        country) and the remembered signature."""
        sender: dict[str, str] = {}
        if self.settings.remember_sender():
            sender = self.settings.remembered_sender()
        sender = sender or {"country": self._home_country()}
        paper, envelope = default_paper(sender.get("country", ""))
        data = {
            "template": template.id,
            "language": template.languages[0],
            "paper": paper,
            "envelope": envelope,
            "date": dt.date.today().isoformat(),
            "sender": sender,
        }
        try:
            letter = letter_from_dict(data)
        except LetterError:  # remembered details this version cannot read: start afresh
            letter = letter_from_dict({**data, "sender": {"country": self._home_country()}})
        return replace(letter, signature=self._remembered_signature())

    def start_letter(self, template: Template) -> None:
        """A new letter from ``template``, with the remembered sender and signature."""
        self.follow_up_of = None
        self._logged_now = set()
        self._log_entries = None
        self.form.remember_sender.setChecked(self.settings.remember_sender())
        self.session.open(self.new_letter_data(template), template)
        self.settings.set_last_template(template.id)

    def _home_country(self) -> str:
        """The country a new letter starts from: the system's, else Canada (the campaign's)."""
        code = home_country()
        return code if code in known_codes() else "CA"

    def _remembered_signature(self) -> Signature | None:
        data = self.settings.remembered_signature()
        if not data:
            return None
        try:
            return signature_from_dict(data)
        except LetterError:  # kept by an older version in a form this one cannot read
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

    def open_letter(self, letter: Letter, template: Template | None = None) -> None:
        """Show ``letter`` (with ``template``, else its own) as a new, unsaved letter."""
        template = template or self._template_for(letter)
        if template is not None:
            self._logged_now, self._log_entries = set(), None
            self.follow_up_of = None  # write_follow_up says so after opening one
            self.session.open(letter, template, dirty=True)

    # -- the views ------------------------------------------------------------------------------

    @Slot()
    def _fill_form(self) -> None:
        letter, template = self.session.letter, self.session.template
        assert letter is not None and template is not None
        self.form.set_letter(letter, template)

    @Slot()
    def _form_edited(self) -> None:
        self.session.edit(self.form.letter_data())

    def sync(self) -> None:
        """Push an edit the form is still gathering into the session (before reading it)."""
        self.form.flush()

    @Slot()
    def _letter_changed(self) -> None:
        letter = self.session.letter
        self.form.show_signature(letter.signature if letter else None)
        self.originality.letter_changed(letter, self.session.template)

    def other_letters(self) -> list[frozenset[int]]:
        """The fingerprints of the letters written here before (but this one's), for the
        originality hint. The log is read once, and again after each letter logged; which
        of its letters are "other" is worked out at each hint (a cheap filter)."""
        if self._log_entries is None:
            letters = self.letter_log() if self.logs_letters else None
            try:
                self._log_entries = letters.entries() if letters else []
            except LetterError as error:
                log.warning("letters for the originality hint not read: %s", error)
                self._log_entries = []
        from composer.core.letterlog import recipient_line

        letter = self.session.letter
        same = (
            (letter.template, recipient_line(letter.recipient), letter.date)
            if letter is not None
            else None
        )
        return [
            e.fingerprint
            for e in self._log_entries
            if e.fingerprint
            and e.id not in self._logged_now
            and e.id != self.follow_up_of  # a follow-up may repeat the first letter
            and (e.template, e.recipient, e.letter_date) != same  # this letter, reopened
        ]

    @Slot()
    def refresh_preview(self) -> None:
        """Build the preview now (after a template on disk changed)."""
        self.sync()
        self.session.rebuild()

    @Slot(object)
    def _show_build(self, outcome: BuildOutcome) -> None:
        if outcome.error:
            text = outcome.error.replace("; ", "\n")
            if outcome.details:
                text = self.tr(
                    "Something went wrong inside Letter Composer; the details are in the log."
                )
            self.preview.show_message(
                self.tr("The preview shows the last complete version. To update it:") + "\n" + text
            )
            return
        if outcome.missing:
            self.preview.show_message(
                self.tr("Before printing, the letter still needs:")
                + "\n• "
                + "\n• ".join(missing_items(outcome.missing, self.session.template)),
                kind="info",
            )
        else:
            self.preview.show_message("")
        self._follow_letter_text()
        self.preview.show_pdf(outcome.pdf, outcome.reading_text)
        if not self._first_shown:
            self._first_shown = True
            if os.environ.get("LETTER_COMPOSER_TIMING"):  # benchmarks/bench_frozen.py
                builder = self.session.builder
                print(
                    f"first preview shown ({builder.head_start_builds} of {builder.builds}"
                    " built by the head start)",
                    file=sys.stderr,
                    flush=True,
                )
        self.pages_label.setText(self.tr("%n page(s)", "", outcome.pages))
        warnings = [w for w in outcome.warnings if getattr(w, "code", "") in SHOWN_WARNINGS]
        self.warnings_label.setText(self.tr("%n warning(s)", "", len(warnings)) if warnings else "")
        self.warnings_label.setToolTip("\n".join(warning_text(w) for w in warnings))

    def current_pdf(self) -> tuple[Letter, bytes] | None:
        """The letter and its PDF (the preview's bytes when they are current); None if it
        cannot be printed yet (what is missing is shown under each input)."""
        self.sync()
        try:
            return self.session.pdf()
        except LetterError as error:
            self.form.show_problems(self.session.problems, everything=True)
            show_error(self, self.tr("The letter is not complete yet."), str(error))
            return None

    # -- files --------------------------------------------------------------------------------

    def default_pdf_name(self, letter: Letter) -> str:
        r = letter.recipient
        title = TITLE_LABELS.get(r.title, "") if r.name.strip() else ""
        who = " ".join(p for p in (title, r.name.strip()) if p) or r.organisation
        text = (
            self.tr("Letter to %1 %2")
            .replace("%1", shorten(who, 60))
            .replace("%2", letter.date.isoformat())
        )
        return safe_filename(" ".join(text.split()), ".pdf")

    @Slot()
    def export_pdf(self) -> None:
        built = self.current_pdf()
        if built is None:
            return
        letter, pdf = built
        path = ask_save_path(
            self,
            self.settings,
            self.tr("Save as PDF"),
            self.default_pdf_name(letter),
            self.tr("PDF files (*.pdf)"),
        )
        if path is not None and self.write_pdf(path, pdf):
            self.log_letter(letter, pdf, "saved")

    def write_pdf(self, path: Path, pdf: bytes) -> bool:
        try:
            write_atomic(path, pdf)
        except OSError as error:
            report_failure(self, self.tr("The PDF could not be saved."), error)
            return False
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 5000)
        return True

    @Slot()
    def save(self) -> bool:
        if self.session.draft_path is None:
            return self.save_as()
        return self.save_draft(self.session.draft_path)

    @Slot()
    def save_as(self) -> bool:
        self.sync()
        letter = self.session.letter
        if letter is None:
            return False
        current = self.session.draft_path
        name = (
            current.name
            if current
            else safe_filename(self.default_pdf_name(letter).removesuffix(".pdf"), SUFFIX)
        )
        path = ask_save_path(
            self,
            self.settings,
            self.tr("Save letter"),
            name,
            self.tr("Letter drafts (*%1)").replace("%1", SUFFIX),
            folder=current.parent if current else None,
        )
        if path is None:
            return False
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        return self.save_draft(path)

    def save_draft(self, path: Path) -> bool:
        self.sync()
        try:
            self.session.save(path)
        except (OSError, LetterError) as error:
            report_failure(self, self.tr("The letter could not be saved."), error)
            return False
        self.settings.add_recent_file(str(path))
        self.autosave.discard()
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 5000)
        return True

    @Slot()
    def open_dialog(self) -> None:
        if not self.maybe_keep_changes():
            return
        path = ask_open_path(
            self,
            self.settings,
            self.tr("Open letter"),
            self.tr("Letters (*%1 *.json *.toml)").replace("%1", SUFFIX),
        )
        if path is not None:
            self.open_draft(path)

    def open_draft(self, path: Path) -> bool:
        try:
            letter = load_draft(path)
        except LetterError as error:
            show_error(self, self.tr("This file cannot be opened as a letter."), str(error))
            self.settings.remove_recent_file(str(path))
            if self.session.template is None:
                self.start(ask=False)
            return False
        template = self._template_for(letter)
        if template is None:
            return False
        if path.suffix.lower() == SUFFIX:
            self.session.open(letter, template, path)
        else:
            # A data file (JSON, TOML) opens as a new letter made from it: Save asks for a
            # letter file instead of rewriting the data file in another format.
            self.session.open(letter, template, None, dirty=True)
            made = self.tr("Made from %1: Save keeps it as a letter file.")
            self.said(made.replace("%1", path.name))
        self.follow_up_of = None
        self._logged_now = set()
        self._log_entries = None
        self.settings.add_recent_file(str(path))
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
        self.sync()
        letter = self.session.letter
        if not self.session.dirty or letter is None:
            return
        try:
            self.autosave.save(letter, str(self.session.draft_path or ""))
        except (LetterError, OSError) as error:
            self.statusBar().showMessage(
                self.tr("Autosave failed: %1").replace(
                    "%1", describe_os_error(error) if isinstance(error, OSError) else str(error)
                ),
                10_000,
            )

    # -- letters ------------------------------------------------------------------------------

    def _gallery(self, current: str) -> TemplateGallery:
        from composer.ui.gallery import TemplateGallery

        return TemplateGallery(self.catalogue, self._ui_language(), current, self, tasks=self.tasks)

    @Slot()
    def new_letter(self, current: str = "") -> None:
        """Choose a letter in the gallery (``current`` chosen first) and start writing it."""
        if not self.maybe_keep_changes():
            return
        template = self.session.template
        gallery = self._gallery(current or (template.id if template else ""))
        if gallery.exec() and (chosen := gallery.chosen()) is not None:
            self.autosave.discard()
            self.start_letter(chosen)

    @Slot()
    def choose_template(self) -> None:
        """Switch the current letter to another template, keeping everything typed."""
        template = self.session.template
        gallery = self._gallery(template.id if template else "")
        if gallery.exec() and (chosen := gallery.chosen()) is not None:
            self.form.set_template(chosen)
            self.session.set_template(chosen, self.form.letter_data())
            self.settings.set_last_template(chosen.id)

    def _ui_language(self) -> str:
        return current_language()

    def ui_language(self) -> str:
        return current_language()

    def reload_catalogue(self) -> None:
        """Read the templates again (a campaign pack came or went)."""
        self.catalogue = discover()

    def storage_deleted(self, key: str) -> None:
        """A kept group was deleted (What This Computer Keeps): the open letter carries on,
        without a signature picture that is gone, and on the general letter if its campaign
        pack went."""
        letter, template = self.session.letter, self.session.template
        if letter is None or template is None:
            return
        image = letter.signature.image if letter.signature is not None else None
        if image is not None and not image.exists():
            self.session.set_signature(None)
            self.said(self.tr("The signature picture was deleted: sign the letter again."))
        if not template.folder.is_dir():
            self.reload_catalogue()
            fallback = self.catalogue.templates.get("general") or next(
                iter(self.catalogue.sorted()), None
            )
            if fallback is not None:
                self.form.set_template(fallback)
                self.session.set_template(fallback, self.form.letter_data())

    def release_storage(self, key: str) -> None:
        """Close what the window holds open of a kept group before it is deleted."""
        if key == "address_book" and self._book is not None:
            self._book.close()
            self._book = None
        if key == "letter_log" and self._letter_log is not None:
            self._letter_log.close()
            self._letter_log = None
            self._log_entries = None

    @Slot()
    def start_signing_table(self) -> None:
        """The volunteer sets up a signing table; the window hides until it ends."""
        from composer.core.representatives import installed_index
        from composer.ui.signing_table import SetupDialog, SigningTable

        if not self.maybe_keep_changes():
            return
        language = self._ui_language()
        templates = [
            t
            for _pack, group in self.catalogue.groups(language)
            for t in group
            if t.category != "follow-up"
        ]
        try:
            contacts = self.address_book().all()
        except LetterError:
            contacts = []
        recipients = [(c.display_name, c.recipient_in(language)) for c in contacts]
        index, _problems = installed_index()
        letter = self.session.letter
        dialog = SetupDialog(
            templates,
            recipients,
            len(index) > 0,
            language,
            self,
            sender=letter.sender if letter else None,
        )
        if not dialog.exec() or dialog.result_setup is None:
            dialog.deleteLater()
            return
        setup = replace(dialog.result_setup, country=self._home_country())
        dialog.deleteLater()
        table = SigningTable(
            setup,
            self.settings,
            tasks=self.tasks,
            index=index,
            other_letters=self.other_letters,
            letters=self.letter_log,
        )
        left = table.left_over()
        if left is not None:
            answer = ask_yes(
                self,
                self.tr("Signing table"),
                self.tr(
                    "A visitor's unfinished letter was left when the signing table stopped "
                    "unexpectedly. Let them carry on with it? (No deletes it.)"
                ),
            )
            if answer:
                table.resume(left)
            else:
                table.wipe()
        self.signing_table = table
        table.ended.connect(self._signing_table_ended)
        self.hide()
        table.showFullScreen()

    @Slot()
    def _signing_table_ended(self) -> None:
        self.signing_table = None
        self.set_language(self.settings.ui_language())  # the volunteer's language again
        self.show()

    @Slot()
    def show_privacy(self) -> None:
        from composer.ui.privacy import PrivacyDialog

        dialog = PrivacyDialog(self)
        dialog.exec()
        dialog.deleteLater()

    @Slot()
    def install_pack(self) -> None:
        from composer.ui import packs

        packs.choose_and_install(self)

    @Slot()
    def sign(self) -> None:
        from composer.ui.signature import SignatureDialog

        self.sync()
        letter = self.session.letter
        if letter is None:
            return
        dialog = SignatureDialog(
            self,
            name=letter.sender.name,
            signature=letter.signature,
            images_dir=paths.user_data_dir() / "signatures",
            remember=self.settings.remembered_signature() is not None,
            settings=self.settings,
        )
        if not dialog.exec():
            return
        signature = dialog.result_signature()
        self.session.set_signature(signature)
        if dialog.remember() and signature is not None:
            self.settings.set_remembered_signature(signature_to_dict(signature))
        elif not dialog.remember():
            self.settings.set_remembered_signature(None)

    # -- recipients ---------------------------------------------------------------------------

    def address_book(self) -> AddressBook:
        """The address book, opened on first use; a new one starts with the bundled
        directory of organisations."""
        if self._book is None:
            from composer.core.addressbook import open_address_book

            self._book = open_address_book(self.book_path)
        return self._book

    @Slot()
    def open_address_book(self) -> None:
        from composer.ui.addressbook import AddressBookWindow

        try:
            book = self.address_book()
        except LetterError as error:
            show_error(self, self.tr("The address book cannot be opened."), str(error))
            return
        letter = self.session.letter
        country = (letter.sender.country if letter else "") or "CA"
        window = AddressBookWindow(
            book,
            self._ui_language(),
            self,
            default_country=country,
            settings=self.settings,
            tasks=self.tasks,
        )
        if window.exec() and window.chosen is not None:
            self.form.set_recipient(window.chosen)
            self.sync()

    @Slot()
    def find_representative(self) -> None:
        """Address the letter to the writer's own representative, found by postal code."""
        from composer.core.contacts import Contact
        from composer.ui.finder import FinderDialog

        letter = self.session.letter
        dialog = FinderDialog(
            self.settings,
            letter.sender.postal_code if letter else "",
            self,
            country=letter.sender.country if letter else "",
        )
        if dialog.exec() and (recipient := dialog.chosen()) is not None:
            self.form.set_recipient(Contact(recipient=recipient))
            self.sync()
        dialog.deleteLater()

    @Slot()
    def mail_merge(self) -> None:
        from composer.ui.merge_dialog import MergeDialog

        self.sync()
        letter, template = self.session.letter, self.session.template
        if letter is None or template is None:
            return
        try:
            book = self.address_book()
        except LetterError as error:
            show_error(self, self.tr("The mail merge cannot start."), str(error))
            return
        dialog = MergeDialog(book, letter, template, self, settings=self.settings, tasks=self.tasks)
        dialog.merged.connect(
            lambda result: self.statusBar().showMessage(
                self.tr("%n letter(s) written.", "", result.letters), 8000
            )
        )
        dialog.exec()

    # -- printing -----------------------------------------------------------------------------

    def _document(self, letter: Letter, pdf: bytes) -> Document:
        return Document(pdf, self.default_pdf_name(letter).removesuffix(".pdf"), "letter")

    def said(self, text: str) -> None:
        """Where a job went, or what was saved: in the status bar for a while."""
        self.statusBar().showMessage(text, 20_000)

    def _printed(self, letter: Letter, pdf: bytes) -> Callable[[str], None]:
        """What hears that a job went to the printer: the status bar, and the letter log
        (with what the letter was when it was printed, not what is open when the job ends)."""
        context = self._log_context()

        def said(text: str) -> None:
            self.said(text)
            self.log_letter(letter, pdf, "printed", context)

        return said

    @Slot()
    def print_letter(self) -> None:
        built = self.current_pdf()
        if built is not None:
            said = self._printed(*built)
            print_document(self, self.settings, self._document(*built), said, self.tasks)

    @Slot()
    def print_preview(self) -> None:
        built = self.current_pdf()
        if built is not None:
            preview = PrintPreview(
                self._document(*built), self.settings, self, self._printed(*built), self.tasks
            )
            preview.exec()
            preview.deleteLater()

    @Slot()
    def printer_offsets(self) -> None:
        """Print a calibration page and enter how far a printer shifts its output."""
        from composer.ui.printer_offsets import PrinterOffsetsDialog

        PrinterOffsetsDialog(self.settings, self).exec()

    # -- the letter log -----------------------------------------------------------------------

    def letter_log(self) -> LetterLog | None:
        """The letter log, opened on first use; None (and said why) if it cannot be."""
        if self._letter_log is None:
            from composer.core import letterlog

            try:
                self._letter_log = letterlog.LetterLog.open(
                    self.log_path or letterlog.default_path()
                )
            except letterlog.LogError as error:
                log.warning("the letter log cannot be used: %s", error)
                self.said(
                    self.tr("The list of letters sent cannot be used: %1").replace("%1", str(error))
                )
                return None
        return self._letter_log

    def _log_context(self) -> tuple[Template | None, str, int | None]:
        """What the log notes besides the letter: its template, subject, first letter."""
        return self.session.template, self.session.subject, self.follow_up_of

    def log_letter(
        self,
        letter: Letter,
        pdf: bytes,
        action: Literal["saved", "printed"],
        context: tuple[Template | None, str, int | None] | None = None,
    ) -> None:
        """Note a letter saved as a PDF or printed in the letter log (never stops either);
        ``context`` is what :meth:`_log_context` said when the letter was sent on its way."""
        template, subject, follow_up_of = context or self._log_context()
        if not self.logs_letters or template is None:
            return
        letters = self.letter_log()
        if letters is None:
            return
        from composer.core.letterlog import LogError, followed_up
        from composer.core.originality import own_words, shingles

        text = None
        if self.settings.keep_letter_texts():
            from composer.ui.preview import pdf_text

            text = pdf_text(pdf)
        try:
            if follow_up_of is None and template.category == "follow-up":
                follow_up_of = followed_up(letters, letter)  # a follow-up reopened later
            logged = letters.record_letter(
                letter,
                action=action,
                subject=subject,
                campaign=template.pack,
                text=text,
                fingerprint=shingles(own_words(letter, template)),
                follow_up_of=follow_up_of,
            )
            self._logged_now.add(logged)
            self._log_entries = None
        except LogError as error:
            log.warning("a letter was not logged: %s", error)

    @Slot()
    def show_letters(self) -> None:
        from composer.ui.letters import LettersDialog

        letters = self.letter_log()
        if letters is not None:
            dialog = LettersDialog(letters, self.settings, self)
            dialog.follow_up.connect(self.write_follow_up)
            dialog.exec()
            dialog.deleteLater()

    @Slot(object)
    def write_follow_up(self, entry: LoggedLetter) -> None:
        """Start the follow-up letter to a letter left unanswered: same recipient and
        language, the first letter's date and subject filled in."""
        from composer.core.letterlog import follow_up_fields
        from composer.core.model import letter_from_dict

        template = self.catalogue.templates.get("follow-up")
        if template is None:
            show_error(self, self.tr("The follow-up letter is not installed on this computer."))
            return
        if not self.maybe_keep_changes():
            return
        letters = self.letter_log()
        first = entry
        while letters is not None and first.follow_up_of is not None:  # a follow-up's own
            earlier = letters.get(first.follow_up_of)  # follow-up recalls the first letter
            if earlier is None:
                break
            first = earlier
        base = self.new_letter_data(template)
        language = entry.language if entry.language in template.languages else base.language
        try:
            recipient = letter_from_dict(
                {"template": template.id, "recipient": dict(entry.recipient_data)}
            ).recipient
        except LetterError:
            recipient = base.recipient
        letter = base.with_changes(
            language=language,
            recipient=recipient,
            fields={**base.fields, **follow_up_fields(first)},
        )
        self.autosave.discard()
        self.open_letter(letter, template)
        self.follow_up_of = entry.id

    @Slot()
    def _mention_follow_ups(self) -> None:
        due = self.due_follow_ups()
        if due:
            self.said(
                self.tr(
                    "%n letter(s) had no reply in %1 weeks: Recipients ▸ Letters Sent offers a "
                    "follow-up.",
                    "",
                    len(due),
                ).replace("%1", str(round(self.settings.follow_up_days() / 7)))
            )

    def due_follow_ups(self) -> list[LoggedLetter]:
        letters = self.letter_log()
        if letters is None:
            return []
        from composer.core.letterlog import LogError

        try:
            return letters.due_follow_ups(dt.date.today(), self.settings.follow_up_days())
        except LogError as error:
            log.warning("follow-ups not read: %s", error)
            return []

    # -- help ---------------------------------------------------------------------------------

    def help_text(self) -> str:
        return self.tr(
            "Writing one letter\n"
            "1. Choose a letter (File ▸ New Letter).\n"
            "2. Fill in your details, the recipient and your own words. Fields marked * "
            "are needed. Choose the recipient from the address book (Recipients ▸ Address "
            "Book) to fill in the address and the right greeting.\n"
            "3. Watch the preview on the right: it is exactly what will print.\n"
            "4. Sign (Letter ▸ Sign): draw with the mouse or a pen, use a picture, type your "
            "name, or sign by hand after printing.\n"
            "5. Print, or save the letter as a PDF. Save the letter itself (File ▸ Save) to "
            "come back to it later.\n\n"
            "Many recipients\n"
            "• The address book (Recipients ▸ Address Book) keeps the people and "
            "organisations you write to. It starts with human-rights organisations and the "
            "House of Commons; import more from a spreadsheet (CSV) or a phone's contacts "
            "(vCard), and tag them.\n"
            "• The mail merge (Recipients ▸ Mail Merge) writes this letter to everyone you "
            "tick, as one PDF to print or one file each, and prints their envelopes or "
            "address labels in the same order. Check any recipient's letter before "
            "writing them all.\n"
            "• If a printer prints off-centre, measure it once (File ▸ Printer Offsets).\n\n"
            "Nothing leaves this computer. Unsaved letters are kept safe and offered back "
            "if the program closes unexpectedly."
        )

    @Slot()
    def show_help(self) -> None:
        QtWidgets.QMessageBox.information(
            self, self.tr("How to use Letter Composer"), self.help_text()
        )

    @Slot()
    def show_licences(self) -> None:
        from composer.ui.licences_dialog import LicencesDialog

        dialog = LicencesDialog(self)
        dialog.exec()
        dialog.deleteLater()

    @Slot()
    def show_about(self) -> None:
        from composer import __version__

        QtWidgets.QMessageBox.about(
            self,
            self.tr("About Letter Composer"),
            self.tr(
                "Letter Composer %1\n\nWrite, sign and print personal letters from campaign "
                "templates, offline.\nFree software under the GNU General Public License, "
                "version 3 or later. Help ▸ Licences lists the work of others it carries."
            ).replace("%1", __version__),
        )

    # -- closing ------------------------------------------------------------------------------

    def maybe_keep_changes(self) -> bool:
        """Ask before unsaved changes are lost; False means the person wants to stay."""
        self.sync()
        if not self.session.dirty:
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

    def changeEvent(self, event: QtCore.QEvent) -> None:
        # The system switched between light, dark or high contrast: the colours the app adds
        # (help lines, messages) are worked out again for the new palette.
        if event.type() == QtCore.QEvent.Type.ApplicationPaletteChange and hasattr(self, "form"):
            app = QtWidgets.QApplication.instance()
            if isinstance(app, QtWidgets.QApplication) and colours.fix_placeholders(app):
                super().changeEvent(event)
                return  # set again: this event comes once more, readable this time
            QtCore.QTimer.singleShot(0, self, self.rebuild_views)
        super().changeEvent(event)

    def end_session(self) -> None:
        """The desktop is logging out or shutting down (SIGTERM): nobody can answer a
        question now. Unsaved changes are autosaved and kept (offered back at the next
        start), settings are saved, and the app quits."""
        self.sync()
        if self.session.dirty:
            self.autosave_now()
            self.autosave.release()  # keep the letter for the next start
        self._ending = True
        QtWidgets.QApplication.closeAllWindows()  # open dialogs too
        self.close()
        QtWidgets.QApplication.quit()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        if not getattr(self, "_ending", False) and not self.maybe_keep_changes():
            event.ignore()
            return
        self._remember_sender()
        self._save_window()
        self.session.wait()
        self.autosave.close()
        event.accept()

    def _remember_sender(self) -> None:
        remember = self.form.remember_sender.isChecked()
        self.settings.set_remembered_sender(remember, self.form.sender_values())

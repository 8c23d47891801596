"""The signing table: one computer at a community centre, visitor after visitor writing,
signing and printing their own letter, each one private.

A volunteer starts it for one campaign letter with a PIN. It fills the screen with large
type and a few steps in the visitor's language: language, name and address, their own
words (the template's prompts and the originality hint), signing, checking the preview
(the same PDF that prints) and printing. After each letter everything the visitor gave is
wiped: the pages are made anew (no text, no undo history left in a widget), their letter is
dropped, their files (autosave, typed-signature picture) are deleted and the clipboard is
cleared; only the anonymous tally keeps a count. A visitor who asks keeps their letter on
this computer (it is logged, and saved for the centre to follow up). An idle visitor is
asked "Still there?" and then wiped. There are no menus: the address book, other letters
and files cannot be reached. The volunteer's PIN opens the print queue, the tally (to
export as CSV) and the way out.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from composer.core.drafts import save_draft
from composer.core.errors import LetterError
from composer.core.filenames import safe_filename
from composer.core.letterlog import LetterLog
from composer.core.model import (
    SENDER_FIELDS,
    CoSigner,
    Letter,
    Recipient,
    Sender,
    Signature,
    default_paper,
    letter_from_dict,
    recipient_to_dict,
)
from composer.core.representatives import RepresentativeIndex
from composer.core.signing import CosignerStore, Pin, Tally, signing_dir, wipe
from composer.core.templates import Template
from composer.ui.autosave import Autosave
from composer.ui.builder import BuildOutcome
from composer.ui.errors import show_error
from composer.ui.language import current_language
from composer.ui.originality import OriginalityHint
from composer.ui.preview import PreviewPane
from composer.ui.qt import Qt, QtCore, QtGui, QtPrintSupport, QtWidgets, Signal, Slot
from composer.ui.session import LetterSession
from composer.ui.settings import Settings
from composer.ui.signature.pad import SignaturePad
from composer.ui.signature.pictures import (
    load_handwriting_font,
    save_signature_image,
    typed_signature_image,
)
from composer.ui.spelling import SpellChecking
from composer.ui.tasks import Tasks, app_tasks
from composer.ui.widgets import (
    WrappingCheckBox,
    ask_yes,
    fit_to_screen,
    let_combos_shrink,
    name_fields_by_labels,
    scrolling,
)
from composer.ui.wording import missing_items

log = logging.getLogger(__name__)

LANGUAGE_NAMES = {"en": "English", "fr": "Français", "hy": "Հայերեն"}
STILL_THERE_S = 30  # how long "Still there?" waits before the visitor is wiped
PIN_TRIES, PIN_PAUSE_S = 3, 60  # wrong PINs in a row, then the volunteer button rests
AUTOSAVE_MS = 5_000
TYPE_SCALE = 1.8  # large type: the table is read from a chair, by people of every age

# The pages, in order.
WELCOME, DETAILS, WORDS, SIGN, CHECK, THANKS = range(6)

PrintPdf = Callable[[bytes, str, Callable[[str], None]], None]


@dataclass
class TableSetup:
    """What the volunteer chose: the letter, who it goes to (None: each visitor's own
    representative, found by postal code), the printer ("" the default), the PIN."""

    template: Template
    pin: Pin
    recipient: Recipient | None = None
    printer: str = ""
    idle_seconds: int = 120
    country: str = "CA"
    language: str = "en"  # the table's language between visitors
    # Co-signing: visitors add their name, city and signature to one shared letter, sent
    # from ``sender`` (the centre), printed by the volunteer with its signature sheets.
    cosign: bool = False
    sender: Sender | None = None


@dataclass
class QueuedJob:
    when: dt.datetime
    language: str
    status: str


@dataclass
class Visitor:
    """What the visitor at the table has given so far (dropped whole at the wipe)."""

    language: str = ""
    signature: Signature | None = None
    keep: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


# -- the volunteer's dialogs -----------------------------------------------------------------


class SetupDialog(QtWidgets.QDialog):
    """The volunteer starts a signing table: which letter, to whom, which printer, a PIN."""

    def __init__(
        self,
        templates: list[Template],
        recipients: list[tuple[str, Recipient]],
        has_finder: bool,
        language: str,
        parent: QtWidgets.QWidget | None = None,
        sender: Sender | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a signing table"))
        self.shared_sender = sender
        self.templates = templates
        self.recipients = recipients
        self.language = language
        outer = QtWidgets.QVBoxLayout(self)
        body = QtWidgets.QWidget()
        layout = QtWidgets.QFormLayout(body)
        intro = QtWidgets.QLabel(
            self.tr(
                "Visitors will write, sign and print their own letter, one after the other. "
                "Each visitor's details are wiped after their letter. You need the PIN to "
                "leave the signing table."
            )
        )
        intro.setWordWrap(True)
        layout.addRow(intro)
        self.template = QtWidgets.QComboBox()
        for template in templates:
            self.template.addItem(template.title_for(language), template.id)
        layout.addRow(self.tr("&Letter:"), self.template)
        self.recipient = QtWidgets.QComboBox()
        if has_finder:
            self.recipient.addItem(self.tr("Each visitor's own representative (by postal code)"))
        for name, _recipient in recipients:
            self.recipient.addItem(name)
        layout.addRow(self.tr("&Send to:"), self.recipient)
        self.cosign = WrappingCheckBox(
            self.tr(
                "&Co-signing: visitors add their name, city and signature to one shared "
                "letter, sent from your details in the main window"
            )
        )
        layout.addRow(self.cosign)
        self.printer = QtWidgets.QComboBox()
        self.printer.addItem(self.tr("The default printer"), "")
        for name in QtPrintSupport.QPrinterInfo.availablePrinterNames():
            self.printer.addItem(name, name)
        layout.addRow(self.tr("&Printer:"), self.printer)
        self.idle = QtWidgets.QSpinBox()
        self.idle.setRange(1, 30)
        self.idle.setValue(2)
        self.idle.setSuffix(self.tr(" min"))
        layout.addRow(self.tr("Ask “Still there?” &after:"), self.idle)
        self.pin = QtWidgets.QLineEdit()
        self.pin.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        layout.addRow(self.tr("P&IN (4 to 12 digits):"), self.pin)
        self.pin_again = QtWidgets.QLineEdit()
        self.pin_again.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        self.pin_again.setMaxLength(12)
        layout.addRow(self.tr("PIN a&gain:"), self.pin_again)
        self.problem = QtWidgets.QLabel()
        self.problem.setWordWrap(True)
        layout.addRow(self.problem)
        name_fields_by_labels(layout)
        outer.addWidget(scrolling(body), 1)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Start"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self._has_finder = has_finder
        self.result_setup: TableSetup | None = None
        let_combos_shrink(self, 24)
        fit_to_screen(self, QtCore.QSize(620, 420))

    def accept(self) -> None:
        if self.pin.text() != self.pin_again.text():
            self.problem.setText(self.tr("The two PINs are not the same."))
            return
        try:
            pin = Pin(self.pin.text())
        except ValueError:
            self.problem.setText(self.tr("A PIN is 4 to 12 digits."))
            return
        index = self.recipient.currentIndex()
        recipient = None
        if not (self._has_finder and index == 0):
            chosen = index - (1 if self._has_finder else 0)
            if not 0 <= chosen < len(self.recipients):
                self.problem.setText(self.tr("Choose whom the letters go to."))
                return
            recipient = self.recipients[chosen][1]
        cosign = self.cosign.isChecked()
        if cosign and recipient is None:
            self.problem.setText(self.tr("A shared letter goes to one recipient: choose them."))
            return
        if cosign and (self.shared_sender is None or not self.shared_sender.name.strip()):
            self.problem.setText(
                self.tr("Fill in your details (the centre's) in the main window first.")
            )
            return
        self.result_setup = TableSetup(
            template=self.templates[self.template.currentIndex()],
            pin=pin,
            recipient=recipient,
            printer=str(self.printer.currentData() or ""),
            idle_seconds=self.idle.value() * 60,
            language=self.language,
            cosign=cosign,
            sender=self.shared_sender if cosign else None,
        )
        super().accept()


class PinDialog(QtWidgets.QDialog):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Volunteer"))
        layout = QtWidgets.QFormLayout(self)
        self.pin = QtWidgets.QLineEdit()
        self.pin.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        layout.addRow(self.tr("&PIN:"), self.pin)
        name_fields_by_labels(layout)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)


class VolunteerPanel(QtWidgets.QDialog):
    """After the PIN: the print queue, the tally, and the way out."""

    def __init__(self, table: SigningTable) -> None:
        super().__init__(table)
        self.table = table
        self.ending = False
        self.setWindowTitle(self.tr("Signing table: volunteer"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(QtWidgets.QLabel(self.tr("Printed at this table today:")))
        self.queue = QtWidgets.QListWidget()
        self.queue.setAccessibleName(self.tr("Print queue"))
        for job in reversed(table.queue):
            self.queue.addItem(
                f"{job.when:%H:%M}  {LANGUAGE_NAMES.get(job.language, job.language)}  {job.status}"
            )
        layout.addWidget(self.queue, 1)
        layout.addWidget(QtWidgets.QLabel(self.tr("Letters by day, campaign and language:")))
        self.tally = QtWidgets.QPlainTextEdit(table.tally.csv_text())
        self.tally.setReadOnly(True)
        self.tally.setAccessibleName(self.tr("Tally"))
        layout.addWidget(self.tally, 1)
        actions = QtWidgets.QVBoxLayout()  # Close below, not beside: narrower at 200 %
        column = QtWidgets.QVBoxLayout()
        shared: tuple[tuple[str, Callable[[], None]], ...] = ()
        if table.setup.cosign:
            count = len(table.cosigners())
            shared = (
                (
                    self.tr("&Print the Shared Letter (%n signature(s))", "", count),
                    self.print_shared,
                ),
                (self.tr("&Delete the Signatures…"), self.clear_signatures),
            )
        for text, slot in (
            *shared,
            (self.tr("E&xport the Tally…"), self.export),
            (self.tr("Start &Over for a New Visitor"), self.start_over),
            (self.tr("&End the Signing Table"), self.end),
        ):
            button = QtWidgets.QPushButton(text)
            button.clicked.connect(slot)
            column.addWidget(button)
        actions.addLayout(column)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        actions.addWidget(buttons)
        layout.addLayout(actions)
        fit_to_screen(self, QtCore.QSize(560, 480))

    @Slot()
    def export(self) -> None:
        from composer.ui.widgets import ask_save_path

        path = ask_save_path(
            self,
            self.table.settings,
            self.tr("Export the tally"),
            f"tally-{dt.date.today().isoformat()}.csv",
            self.tr("CSV files (*.csv)"),
        )
        if path is not None:
            try:
                self.table.tally.export_csv(path)
            except OSError as error:
                show_error(self, self.tr("The tally could not be saved."), str(error))

    @Slot()
    def print_shared(self) -> None:
        self.table.print_shared()

    @Slot()
    def clear_signatures(self) -> None:
        answer = ask_yes(
            self,
            self.tr("Delete the signatures"),
            self.tr("Delete every signature of the shared letter? Print it first."),
        )
        if answer:
            self.table.clear_cosigners()
            self.accept()

    @Slot()
    def start_over(self) -> None:
        self.accept()
        self.table.wipe()

    @Slot()
    def end(self) -> None:
        self.ending = True
        self.accept()


# -- the table itself ------------------------------------------------------------------------


class SigningTable(QtWidgets.QWidget):
    ended = Signal()

    def __init__(
        self,
        setup: TableSetup,
        settings: Settings,
        *,
        tasks: Tasks | None = None,
        index: RepresentativeIndex | None = None,
        other_letters: Callable[[], list[frozenset[int]]] = list,
        print_pdf: PrintPdf | None = None,
        letters: Callable[[], LetterLog | None] | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__()
        self.setup = setup
        # The volunteer's own language (the app's when the table starts): the PIN and the
        # volunteer's panel speak it, whatever the visitor chose.
        self.volunteer_language = current_language()
        self.settings = settings
        self.tasks = tasks or app_tasks()
        self.index = index
        self.other_letters = other_letters
        self.print_pdf = print_pdf or self._print_with_printer
        self.letters = letters  # the letter log, for visitors who keep their letter
        self.folder = folder or signing_dir()
        self.visitor_dir = self.folder / "visitor"  # everything a visitor's letter writes
        self.tally = Tally(self.folder / "tally.sqlite3")
        self.store = CosignerStore(self.folder)
        self.queue: list[QueuedJob] = []
        self.generation = 0  # one more at each wipe: what was begun for a visitor before stops
        self.wrong_pins = 0
        self.visitor = Visitor()
        self.session: LetterSession | None = None
        self.autosave: Autosave | None = None
        self._ending = False
        self._handwriting = load_handwriting_font()
        self.setWindowTitle(self.tr("Signing table"))
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * TYPE_SCALE)
        self.setFont(font)
        # Tick boxes as large as the type (Qt draws them at their small default size); a
        # style sheet sets the type for every child too, or children fall back to Qt's.
        box = round(QtGui.QFontMetrics(font).height() * 0.9)
        self.setStyleSheet(
            f"* {{ font-size: {font.pointSizeF():.1f}pt; }} "
            f"QCheckBox::indicator {{ width: {box}px; height: {box}px; }}"
        )

        outer = QtWidgets.QVBoxLayout(self)
        top = QtWidgets.QHBoxLayout()
        self.step_label = QtWidgets.QLabel()
        self.step_label.setWordWrap(True)  # at a large size, on two lines beside the buttons
        top.addWidget(self.step_label, 1)
        self.over_button = QtWidgets.QPushButton()
        self.over_button.clicked.connect(self.ask_start_over)
        top.addWidget(self.over_button)
        self.volunteer_button = QtWidgets.QPushButton()
        self.volunteer_button.setFlat(True)
        self.volunteer_button.clicked.connect(self.volunteer)
        top.addWidget(self.volunteer_button)
        outer.addLayout(top)
        self.pages = QtWidgets.QStackedWidget()
        outer.addWidget(self.pages, 1)
        nav = QtWidgets.QHBoxLayout()
        self.back_button = QtWidgets.QPushButton()
        self.back_button.clicked.connect(self.back)
        self.next_button = QtWidgets.QPushButton()
        self.next_button.clicked.connect(self.next)
        for button in (self.back_button, self.next_button, self.over_button):
            button.setMinimumHeight(round(self.fontMetrics().height() * 2.2))
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        outer.addLayout(nav)

        self.idle_timer = QtCore.QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(setup.idle_seconds * 1000)
        self.idle_timer.timeout.connect(self.idle)
        self.still_timer = QtCore.QTimer(self)
        self.still_timer.setSingleShot(True)
        self.still_timer.setInterval(STILL_THERE_S * 1000)
        self.still_timer.timeout.connect(self.wipe)
        self.still_box: QtWidgets.QMessageBox | None = None
        self.autosave_timer = QtCore.QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave_now)
        app = QtWidgets.QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._new_visitor()

    def left_over(self) -> Letter | None:
        """A visitor's letter a crash left in the table's folder, if any."""
        for orphan in Autosave.orphans(self.visitor_dir):
            try:
                return orphan.letter()
            except (LetterError, OSError):
                continue
        return None

    def resume(self, letter: Letter) -> None:
        """Carry on with the letter a crash interrupted (the volunteer said so)."""
        self._new_visitor(letter.language)
        for name, editor in self.details.items():
            editor.setText(getattr(letter.sender, name, ""))
        for name, words in self.words.items():
            words.setPlainText(letter.fields.get(name, ""))
        self.go(DETAILS)

    # -- a visitor's pages ----------------------------------------------------------------

    def _apply_language(self, language: str) -> None:
        from composer.ui.language import translations

        app = QtWidgets.QApplication.instance()
        if isinstance(app, QtWidgets.QApplication):
            translations(app).apply(language)

    def _new_visitor(self, language: str = "") -> None:
        """Make every page afresh (nothing of the visitor before survives in a widget)."""
        self.visitor = Visitor(language=language)
        self._apply_language(language or self.setup.language)
        while (page := self.pages.widget(0)) is not None:
            self.pages.removeWidget(page)
            page.deleteLater()
        if self.session is not None:
            self.session.wait(5_000)
            self.session.deleteLater()
        self.session = LetterSession(self.tasks, parent=self)
        self.session.built.connect(self._show_build)
        for make in (
            self._welcome_page,
            self._details_page,
            self._words_page,
            self._sign_page,
            self._check_page,
            self._thanks_page,
        ):
            self.pages.addWidget(scrolling(make()))  # a small screen or large type scrolls
        self.over_button.setText(self.tr("Start over"))
        self.volunteer_button.setText(self.tr("Volunteer"))
        self.back_button.setText(self.tr("Back"))
        self.go(DETAILS if language else WELCOME)

    def _language(self) -> str:
        template = self.setup.template
        language = self.visitor.language or self.setup.language
        return language if language in template.languages else template.languages[0]

    def _welcome_page(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(page)
        layout.addStretch(1)
        template = self.setup.template
        for language in template.languages:
            title = QtWidgets.QLabel(template.title_for(language))
            bold = title.font()
            bold.setBold(True)
            title.setFont(bold)
            title.setWordWrap(True)
            title.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(title)
        layout.addSpacing(24)
        self.language_buttons: dict[str, QtWidgets.QPushButton] = {}
        for language in template.languages:
            button = QtWidgets.QPushButton(LANGUAGE_NAMES.get(language, language))
            button.setMinimumHeight(round(self.fontMetrics().height() * 3))
            button.clicked.connect(lambda _c=False, lang=language: self.choose_language(lang))
            layout.addWidget(button)
            self.language_buttons[language] = button
        layout.addStretch(1)
        return page

    def _details_page(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        layout = QtWidgets.QFormLayout(page)
        intro = QtWidgets.QLabel(self.tr("Your name and address, as they go on the letter."))
        intro.setWordWrap(True)
        layout.addRow(intro)
        self.details: dict[str, QtWidgets.QLineEdit] = {}
        labels = {
            "name": self.tr("Your &name:"),
            "street": self.tr("&Street and number:"),
            "street2": self.tr("&Apartment (if any):"),
            "city": self.tr("&City:"),
            "region": self.tr("P&rovince:"),
            "postal_code": self.tr("&Postal code:"),
        }
        for name, label in labels.items():
            editor = QtWidgets.QLineEdit()
            editor.setMaxLength(120)
            self.details[name] = editor
            layout.addRow(label, editor)
        if self.setup.cosign:  # a name and a city on the signature sheet, nothing more
            for name in ("street", "street2", "region", "postal_code"):
                layout.setRowVisible(self.details[name], False)
        self.recipient_list = QtWidgets.QListWidget()
        self.recipient_list.setAccessibleName(self.tr("Your letter goes to"))
        self.recipient_note = QtWidgets.QLabel()
        self.recipient_note.setWordWrap(True)
        layout.addRow(self.tr("Your letter goes to:"), self.recipient_note)
        if self.setup.recipient is None:
            layout.addRow(self.recipient_list)
            self.details["postal_code"].textChanged.connect(self._find_recipients)
            self.recipient_note.setText(self._find_prompt())
        else:
            r = self.setup.recipient
            self.recipient_note.setText(", ".join(p for p in (r.name, r.organisation) if p))
            self.recipient_list.hide()
        self.matches: list[Recipient] = []
        return page

    def _find_prompt(self) -> str:
        return self.tr("Type your postal code to find your representative.")

    @Slot()
    def _find_recipients(self) -> None:
        from composer.core.representatives import for_country, to_recipient

        code = self.details["postal_code"].text()
        found = for_country(self.index.find(code), self.setup.country) if self.index else []
        self.matches = [to_recipient(m.representative) for m in found]
        self.recipient_list.clear()
        for match, recipient in zip(found, self.matches, strict=True):
            self.recipient_list.addItem(f"{recipient.name} — {match.representative.district}")
        if self.matches:
            self.recipient_list.setCurrentRow(0)
        if len({m.representative.district for m in found}) > 1:
            self.recipient_note.setText(
                self.tr("Your postal code is in more than one district: choose yours.")
            )
        elif not self.matches and self.details["postal_code"].text().strip():
            self.recipient_note.setText(self.tr("No representative found for this postal code."))
        else:
            self.recipient_note.setText("")

    def _words_page(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(page)
        language = self._language()
        self.words: dict[str, QtWidgets.QPlainTextEdit] = {}
        for spec in self.setup.template.fields:
            if spec.type != "multiline":
                continue
            label = QtWidgets.QLabel(spec.label_for(language))
            label.setWordWrap(True)
            layout.addWidget(label)
            prompts = spec.prompts_for(language)
            if prompts:
                hints = QtWidgets.QLabel("\n".join(f"• {p}" for p in prompts))
                hints.setWordWrap(True)
                layout.addWidget(hints)
            editor = QtWidgets.QPlainTextEdit()
            editor.setAccessibleName(spec.label_for(language))
            editor.textChanged.connect(self._words_changed)
            # Misspelt words underlined, suggestions on right-click; nothing the visitor
            # types is added to this computer's word lists.
            SpellChecking(editor, language, self._visitor_names, self.tasks, can_add=False)
            label.setBuddy(editor)
            layout.addWidget(editor, 1)
            self.words[spec.name] = editor
        self.originality_label = QtWidgets.QLabel()
        self.originality_label.setWordWrap(True)
        layout.addWidget(self.originality_label)
        self.originality = OriginalityHint(self.originality_label, self.other_letters, page)
        return page

    def _visitor_names(self) -> list[str]:
        """The visitor's name and city: never flagged as misspelt."""
        names = [editor.text() for editor in self.details.values()]
        return [*names, *" ".join(names).split()]

    @Slot()
    def _words_changed(self) -> None:
        with contextlib.suppress(LetterError):  # not a letter yet: no hint yet
            self.originality.letter_changed(self.letter(), self.setup.template)

    def _sign_page(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(page)
        self.sign_tabs = QtWidgets.QTabWidget()
        draw = QtWidgets.QWidget()
        draw_layout = QtWidgets.QVBoxLayout(draw)
        self.pad = SignaturePad()
        draw_layout.addWidget(self.pad, 1)
        clear = QtWidgets.QPushButton(self.tr("Clear"))
        clear.clicked.connect(self.pad.clear)
        draw_layout.addWidget(clear, 0, Qt.AlignmentFlag.AlignLeft)
        self.sign_tabs.addTab(draw, self.tr("Draw"))
        typed = QtWidgets.QWidget()
        typed_layout = QtWidgets.QFormLayout(typed)
        self.typed_name = QtWidgets.QLineEdit()
        self.typed_name.setMaxLength(80)
        typed_layout.addRow(self.tr("Your name:"), self.typed_name)
        self.sign_tabs.addTab(typed, self.tr("Type"))
        by_hand = QtWidgets.QLabel(self.tr("Sign with a pen once the letter is printed."))
        by_hand.setWordWrap(True)
        self.sign_tabs.addTab(by_hand, self.tr("By hand"))
        layout.addWidget(self.sign_tabs, 1)
        return page

    def _check_page(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(page)
        self.preview = PreviewPane()
        layout.addWidget(self.preview, 1)
        self.keep_box = WrappingCheckBox(
            self.tr(
                "Keep my letter on this computer, so the centre can help me follow it up "
                "if there is no reply"
            )
        )
        layout.addWidget(self.keep_box)
        self.print_button = QtWidgets.QPushButton(self.tr("Print my letter"))
        self.print_button.setMinimumHeight(round(self.fontMetrics().height() * 2.6))
        self.print_button.clicked.connect(self.print_letter)
        layout.addWidget(self.print_button)
        return page

    def _thanks_page(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(page)
        layout.addStretch(1)
        self.thanks = QtWidgets.QLabel()
        self.thanks.setWordWrap(True)
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.thanks)
        done = QtWidgets.QPushButton(self.tr("Finish"))
        done.setMinimumHeight(round(self.fontMetrics().height() * 2.6))
        done.clicked.connect(self.wipe)
        layout.addWidget(done)
        layout.addStretch(1)
        return page

    # -- moving between steps -------------------------------------------------------------

    def go(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        steps = {
            DETAILS: self.tr("Step 1 of 4: your details"),
            WORDS: self.tr("Step 2 of 4: your own words"),
            SIGN: self.tr("Step 3 of 4: sign"),
            CHECK: self.tr("Step 4 of 4: check and print"),
        }
        if self.setup.cosign:
            steps = {
                DETAILS: self.tr("Step 1 of 3: your name"),
                SIGN: self.tr("Step 2 of 3: sign"),
                CHECK: self.tr("Step 3 of 3: check and add your signature"),
            }
            self.print_button.setText(self.tr("Add my signature to the letter"))
            self.keep_box.hide()
        self.step_label.setText(steps.get(page, ""))
        self.back_button.setVisible(page in (WORDS, SIGN, CHECK))
        self.next_button.setVisible(page in (DETAILS, WORDS, SIGN))
        self.next_button.setText(self.tr("Next"))
        self.over_button.setVisible(page not in (WELCOME,))
        if page == SIGN and not self.typed_name.text():
            self.typed_name.setText(self.details["name"].text())
        if page == CHECK:
            self._build()
        if page in (DETAILS, WORDS, SIGN, CHECK):
            self.autosave_timer.start()
        focus = {DETAILS: self.details["name"], SIGN: self.sign_tabs, CHECK: self.print_button}
        if page == WORDS and self.words:
            next(iter(self.words.values())).setFocus()
        elif page in focus:
            focus[page].setFocus()

    @Slot()
    def choose_language(self, language: str) -> None:
        self._new_visitor(language)

    @Slot()
    def back(self) -> None:
        page = self.pages.currentIndex()
        if self.setup.cosign and page == SIGN:
            self.go(DETAILS)  # a co-signer writes no words of their own
            return
        self.go(max(DETAILS, page - 1))

    @Slot()
    def next(self) -> None:
        page = self.pages.currentIndex()
        if page == DETAILS:
            needed: tuple[str, ...] = ("name", "city")
            if not self.setup.cosign:
                needed += ("street", "postal_code")
            missing = [k for k in needed if not self.details[k].text().strip()]
            if missing:
                self.details[missing[0]].setFocus()
                self.recipient_note.setText(self.tr("Please fill in your name and address."))
                return
            if self.setup.recipient is None and self.recipient_list.currentRow() < 0:
                self.recipient_note.setText(self._find_prompt())
                return
            if self.setup.cosign:
                self.go(SIGN)
                return
        if page == SIGN:
            self._take_signature()
        self.go(page + 1)

    def _take_signature(self) -> None:
        tab = self.sign_tabs.currentIndex()
        signature = None
        if tab == 0 and not self.pad.is_empty():
            signature = Signature(strokes=self.pad.strokes())
        elif tab == 1 and self.typed_name.text().strip():
            name = self.typed_name.text().strip()
            image = typed_signature_image(name, self._handwriting)
            try:  # in the visitor's folder, wiped with the rest
                path = save_signature_image(image, self.visitor_dir / "images")
                signature = Signature(image=path, typed=name)
            except OSError as error:
                log.warning("typed signature not saved: %s", error)
        self.visitor.signature = signature

    # -- the letter -----------------------------------------------------------------------

    def recipient(self) -> Recipient:
        if self.setup.recipient is not None:
            return self.setup.recipient
        row = self.recipient_list.currentRow()
        return self.matches[row] if 0 <= row < len(self.matches) else Recipient()

    def cosigner(self) -> CoSigner:
        return CoSigner(
            name=self.details["name"].text().strip(),
            city=self.details["city"].text().strip(),
            signature=self.visitor.signature,
        )

    def shared_letter(self, cosigners: tuple[CoSigner, ...]) -> Letter:
        """The co-signed letter: from the centre, to the chosen recipient, with these
        people on its signature sheets."""
        template = self.setup.template
        sender = self.setup.sender or Sender()
        paper, envelope = default_paper(sender.country or self.setup.country)
        letter = letter_from_dict(
            {
                "template": template.id,
                "language": self._language(),
                "paper": paper,
                "envelope": envelope,
                "date": dt.date.today().isoformat(),
                "sender": {f: getattr(sender, f) for f in SENDER_FIELDS},
                "recipient": recipient_to_dict(self.recipient()),
                "fields": {f.name: f.default for f in template.fields},
            }
        )
        return replace(letter, cosigners=cosigners)

    def letter(self) -> Letter:
        """The visitor's letter as it stands (raises LetterError if it is not one yet); at
        a co-signing table, the shared letter with this visitor alone on its sheet."""
        if self.setup.cosign:
            return self.shared_letter((self.cosigner(),))
        template = self.setup.template
        sender = {k: e.text().strip() for k, e in self.details.items()}
        sender["country"] = self.setup.country
        paper, envelope = default_paper(self.setup.country)
        fields = {f.name: f.default for f in template.fields}
        fields.update({k: e.toPlainText() for k, e in self.words.items()})
        letter = letter_from_dict(
            {
                "template": template.id,
                "language": self._language(),
                "paper": paper,
                "envelope": envelope,
                "date": dt.date.today().isoformat(),
                "sender": sender,
                "recipient": recipient_to_dict(self.recipient()),
                "fields": fields,
            }
        )
        return replace(letter, signature=self.visitor.signature)

    def _build(self) -> None:
        assert self.session is not None
        try:
            letter = self.letter()
        except LetterError as error:
            self.preview.show_message(str(error))
            self.print_button.setEnabled(False)
            return
        self.print_button.setEnabled(False)  # until the preview is there
        self.session.open(letter, self.setup.template)

    @Slot(object)
    def _show_build(self, outcome: BuildOutcome) -> None:
        if outcome.error or outcome.missing:
            text = outcome.error or "\n• ".join(
                [
                    self.tr("Before printing, the letter still needs:"),
                    *missing_items(outcome.missing, self.setup.template),
                ]
            )
            self.preview.show_message(text)
            self.print_button.setEnabled(False)
        else:
            self.preview.show_message("")
            self.print_button.setEnabled(True)
        if outcome.pdf:
            self.preview.show_pdf(outcome.pdf, outcome.reading_text)

    @Slot()
    def print_letter(self) -> None:
        if self.setup.cosign:
            self.join()
            return
        assert self.session is not None
        try:
            letter, pdf = self.session.pdf()
        except LetterError as error:
            self.preview.show_message(str(error))
            return
        visitor = self.generation
        self._send(pdf, letter.language)
        if self.generation != visitor:  # wiped while the printer asked a question
            return
        self._count(letter.language)
        if self.keep_box.isChecked():
            self._keep(letter)
        self.thanks.setText(
            self.tr("Thank you, %1. Your letter is being printed.").replace(
                "%1", letter.sender.name
            )
        )
        self.go(THANKS)

    def join(self) -> None:
        """The visitor joins the shared letter: their row is kept until it is printed."""
        cosigner = self.cosigner()
        try:
            self.store.add(cosigner)
        except (LetterError, OSError) as error:
            show_error(self, self.tr("Your signature could not be added."), str(error))
            return
        self._count(self._language())
        self.thanks.setText(
            self.tr("Thank you, %1. Your signature is added to the letter.").replace(
                "%1", cosigner.name
            )
        )
        self.go(THANKS)

    def cosigners(self) -> tuple[CoSigner, ...]:
        try:
            return self.store.load()
        except LetterError as error:
            log.warning("the shared letter's signatures cannot be read: %s", error)
            return ()

    def print_shared(self) -> None:
        """The volunteer prints the shared letter with every signature so far."""
        from composer.pdf.build import build_pdf

        try:
            letter = self.shared_letter(self.cosigners())
            pdf = build_pdf(letter, self.setup.template).pdf
        except LetterError as error:
            show_error(self, self.tr("The shared letter cannot be printed."), str(error))
            return
        self._send(pdf, letter.language)

    def _send(self, pdf: bytes, language: str) -> None:
        """Print, with a line in the volunteer's print queue that follows the job. The job's
        title never names a visitor: printing systems keep titles after the job."""
        job = QueuedJob(dt.datetime.now(), language, self.tr("sending…"))
        self.queue.append(job)

        def sent(text: str) -> None:
            job.status = text

        self.print_pdf(pdf, f"Letter Composer {self.setup.template.id}", sent)

    def _count(self, language: str) -> None:
        """One more letter in the anonymous tally."""
        template = self.setup.template
        try:
            self.tally.add(template.pack or template.id, language)
        except LetterError as error:
            log.warning("tally not counted: %s", error)

    def clear_cosigners(self) -> None:
        for problem in self.store.clear():
            log.warning("a signature could not be deleted: %s", problem)

    def _keep(self, letter: Letter) -> None:
        """The visitor asked to keep their letter: logged, and saved for a follow-up."""
        kept = self.folder / "kept"
        name = safe_filename(f"{dt.date.today().isoformat()} {letter.sender.name}", ".letter")
        try:
            kept.mkdir(parents=True, exist_ok=True)
            signature = letter.signature
            if signature is not None and signature.image is not None:
                moved = kept / signature.image.name  # it must outlive the visitor's folder
                moved.write_bytes(signature.image.read_bytes())
                letter = replace(letter, signature=replace(signature, image=moved))
            save_draft(kept / name, letter)
        except (OSError, LetterError) as error:
            log.warning("a visitor's letter could not be kept: %s", error)
        letters = self.letters() if self.letters is not None else None
        if letters is not None and self.session is not None:
            from composer.core.originality import own_words, shingles

            template = self.setup.template
            try:
                letters.record_letter(
                    letter,
                    action="printed",
                    subject=self.session.subject,
                    campaign=template.pack,
                    fingerprint=shingles(own_words(letter, template)),
                )
            except LetterError as error:
                log.warning("a kept letter was not logged: %s", error)

    def _print_with_printer(self, pdf: bytes, title: str, said: Callable[[str], None]) -> None:
        from composer.ui.printing import Document, print_with

        printer = QtPrintSupport.QPrinter(QtPrintSupport.QPrinter.PrinterMode.HighResolution)
        if self.setup.printer:
            printer.setPrinterName(self.setup.printer)
        print_with(self, printer, self.settings, Document(pdf, title), said, self.tasks)

    # -- privacy --------------------------------------------------------------------------

    @Slot()
    def autosave_now(self) -> None:
        """Keep the visitor's letter safe from a power cut, in their own folder."""
        if self.pages.currentIndex() not in (DETAILS, WORDS, SIGN, CHECK):
            return
        try:
            letter = self.letter()
        except LetterError:
            return
        if self.autosave is None:
            try:
                self.autosave = Autosave(self.visitor_dir)
            except OSError as error:
                log.warning("the signing table cannot autosave: %s", error)
                return
        self.autosave.save(letter)

    @Slot()
    def wipe(self) -> None:
        """Forget the visitor: their letter, pages, files and the clipboard."""
        self.still_timer.stop()
        # A question still open (the printer's paper, "Start over?") answers "no": what it
        # was about leaves with the visitor.
        for _ in range(10):  # a dialog over a dialog, at most
            modal = QtWidgets.QApplication.activeModalWidget()
            if not isinstance(modal, QtWidgets.QDialog) or modal is self.still_box:
                break
            modal.reject()
            QtWidgets.QApplication.processEvents()
        if self.still_box is not None:
            self.still_box.done(0)
            self.still_box.deleteLater()
            self.still_box = None
        self.autosave_timer.stop()
        if self.session is not None:
            self.session.wait(5_000)
        if self.autosave is not None:
            self.autosave.discard()
            self.autosave = None
        # The visitor's folder, and where an unreadable autosave of it would be set aside.
        for problem in wipe(self.visitor_dir) + wipe(self.folder / "recovery"):
            log.warning("a visitor's file could not be deleted: %s", problem)
        clipboard = QtGui.QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.clear(QtGui.QClipboard.Mode.Clipboard)
            if clipboard.supportsSelection():  # X11's middle-click paste
                clipboard.clear(QtGui.QClipboard.Mode.Selection)
        from composer.core.spelling import forget_words
        from composer.pdf import headstart
        from composer.pdf.flow import forget_text

        forget_text()  # the typesetter's memory of the visitor's words
        headstart.stop()  # and the build process's, were it still running
        forget_words()  # and the spelling worker's
        self.generation += 1
        self._new_visitor()

    @Slot()
    def ask_start_over(self) -> None:
        answer = ask_yes(
            self,
            self.tr("Start over"),
            self.tr("Start over? What you typed will be deleted."),
        )
        if answer:
            self.wipe()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if event.type() in (
            QtCore.QEvent.Type.KeyPress,
            QtCore.QEvent.Type.MouseButtonPress,
            QtCore.QEvent.Type.MouseMove,
            QtCore.QEvent.Type.TouchBegin,
            QtCore.QEvent.Type.TabletPress,
        ):
            self.idle_timer.start()
        return False

    @Slot()
    def idle(self) -> None:
        """Nobody has touched the table for a while: ask, then wipe."""
        if self.pages.currentIndex() == WELCOME or self.still_box is not None:
            return
        box = QtWidgets.QMessageBox(self)
        box.setWindowTitle(self.tr("Still there?"))
        box.setText(
            self.tr(
                "Are you still writing? If not, your letter will be deleted in %n second(s).",
                "",
                STILL_THERE_S,
            )
        )
        box.setFont(self.font())
        here = box.addButton(self.tr("I'm still here"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
        here.clicked.connect(self.still_here)
        self.still_box = box
        box.open()
        self.still_timer.start()

    @Slot()
    def still_here(self) -> None:
        self.still_timer.stop()
        if self.still_box is not None:
            self.still_box.deleteLater()
            self.still_box = None
        self.idle_timer.start()

    # -- the volunteer --------------------------------------------------------------------

    @Slot()
    def volunteer(self) -> None:
        visitor_language = current_language()
        self._apply_language(self.volunteer_language)
        try:
            ending = self._volunteer()
        finally:
            self._apply_language(visitor_language)  # the visitor's pages speak theirs
        if ending:
            self.end()

    def _volunteer(self) -> bool:
        """The PIN, then the volunteer's panel; whether the volunteer ended the table."""
        dialog = PinDialog(self)
        if not dialog.exec():
            return False
        if not self.setup.pin.matches(dialog.pin.text()):
            self.wrong_pins += 1
            if self.wrong_pins >= PIN_TRIES:  # guessing: the button rests a while
                self.volunteer_button.setEnabled(False)
                QtCore.QTimer.singleShot(PIN_PAUSE_S * 1000, self._pin_rested)
            show_error(self, self.tr("That is not the PIN."))
            return False
        self.wrong_pins = 0
        panel = VolunteerPanel(self)
        panel.exec()
        return panel.ending

    @Slot()
    def _pin_rested(self) -> None:
        self.wrong_pins = 0
        self.volunteer_button.setEnabled(True)

    def end(self) -> None:
        self.wipe()
        self._ending = True
        app = QtWidgets.QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        for timer in (self.idle_timer, self.still_timer, self.autosave_timer):
            timer.stop()
        self.tally.close()
        self.close()
        self.ended.emit()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        if not self._ending:  # Alt+F4 from a visitor: only the volunteer leaves
            event.ignore()
            return
        super().closeEvent(event)

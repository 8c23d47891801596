"""The letter's form, generated from the template: the writer, the recipient, the fields.

Keys are the data contract's (``sender.name``, ``recipient.city``, ``fields.personal_note``),
so validation problems from ``composer.core.validation`` land under the right input.
"""

from __future__ import annotations

import contextlib
import functools
import html
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from composer.core.model import (
    ENVELOPES,
    RECIPIENT_FIELDS,
    SENDER_FIELDS,
    Letter,
    Recipient,
    Signature,
    default_paper,
)
from composer.core.templates import Field, Template
from composer.core.validation import Problem
from composer.ui import colours, recipient_fields
from composer.ui.accessibility import announce, text_size, watch_fields
from composer.ui.labels import recipient_labels
from composer.ui.language import current_language
from composer.ui.qt import QtCore, QtWidgets, Signal, Slot
from composer.ui.spelling import SpellChecking
from composer.ui.widgets import (
    WrappingCheckBox,
    guard_wheel,
    let_combos_shrink,
    medium_date_format,
)
from composer.ui.wording import problem_text

if TYPE_CHECKING:
    from composer.core.contacts import Contact


@functools.cache
def language_name(code: str) -> str:
    """A language's name in itself ("Français", "Հայերեն"), from CLDR through Babel."""
    from composer.core import cache
    from composer.core.countries import cldr_key

    kept = cache.get("language-name", cldr_key(code))
    if isinstance(kept, str) and kept:
        return kept  # Babel's import and data cost a start of the app 40 ms
    from babel import Locale

    try:
        name = str(Locale.parse(code).get_display_name(code) or code).capitalize()
    except Exception:  # an unknown tag still gets a usable entry
        return code
    cache.put("language-name", cldr_key(code), name)
    return name


class _Row(QtWidgets.QWidget):
    """An input with its help line, validation message and character count below it."""

    def __init__(
        self,
        key: str,
        label: str,
        editor: QtWidgets.QWidget,
        help_text: str = "",
        max_length: int | None = None,
        required: bool = False,
        prompts: tuple[str, ...] = (),
    ) -> None:
        super().__init__()
        self.key = key
        self.editor = editor
        self.max_length = max_length
        self.name = label  # what problems call this input
        self.label = QtWidgets.QLabel(f"{label}{' *' if required else ''}")
        self.label.setBuddy(editor)
        self.label.setWordWrap(True)
        name = label
        editor.setAccessibleName(name + (self.tr(" (required)") if required else ""))
        if isinstance(editor, QtWidgets.QComboBox) and editor.lineEdit() is not None:
            editor.lineEdit().setAccessibleName(editor.accessibleName())  # type: ignore[union-attr]
        if help_text:
            editor.setAccessibleDescription(help_text)
            editor.setToolTip(help_text)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if prompts:
            intro = self.tr("Some questions to help you write in your own words:")
            items = "".join(f"<li>{html.escape(p)}</li>" for p in prompts)
            self.prompts = QtWidgets.QLabel(f"{intro}<ul style='margin:0'>{items}</ul>")
            self.prompts.setWordWrap(True)
            self.prompts.setTextFormat(QtCore.Qt.TextFormat.RichText)
            layout.addWidget(self.prompts)
        layout.addWidget(editor)
        below = QtWidgets.QHBoxLayout()
        self.help = QtWidgets.QLabel(help_text)
        self.help.setWordWrap(True)
        self.help.setVisible(bool(help_text))
        colours.make_secondary(self.help)
        self.message = QtWidgets.QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self._shown = ("", "error")  # the message and its severity, as shown now
        self.counter = QtWidgets.QLabel()
        self.counter.setAlignment(QtCore.Qt.AlignmentFlag.AlignRight)
        self.counter.setVisible(max_length is not None)
        texts = QtWidgets.QVBoxLayout()
        texts.addWidget(self.message)
        texts.addWidget(self.help)
        below.addLayout(texts, 1)
        below.addWidget(self.counter, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        layout.addLayout(below)

    def set_message(self, text: str, severity: str) -> None:
        if (text, severity) == self._shown:
            return  # most edits leave most messages as they were: no restyling
        self._shown = (text, severity)
        if text:
            colour = (
                colours.error_colour(self) if severity == "error" else colours.warning_colour(self)
            )
            self.message.setStyleSheet(f"color: {colour.name()};")
        appeared = bool(text) and not self.message.text()
        self.message.setText(text)
        self.message.setVisible(bool(text))
        # Qt cannot mark an input invalid for a screen reader on Linux: QAccessible::State
        # has no such state and Qt's AT-SPI bridge sets no ATSPI_STATE_INVALID_ENTRY
        # (qtbase, src/gui/accessible/linux/qspi_constant_mappings.cpp, spiStatesFromQState).
        # So the description says it, and a new message is spoken.
        if text and severity == "error":
            described = self.tr("Invalid entry: %1").replace("%1", text)
        else:
            described = text or self.help.text()
        self.editor.setAccessibleDescription(described)
        if appeared:
            announce(self.editor, f"{self.label.text().rstrip(' *')}: {text}")

    def update_count(self, length: int) -> None:
        if self.max_length is None:
            return
        self.counter.setText(f"{length} / {self.max_length}")
        over = length > self.max_length
        self.counter.setStyleSheet(
            f"color: {colours.error_colour(self).name()}; font-weight: bold;" if over else ""
        )


class LetterForm(QtWidgets.QWidget):
    """A view of the open letter: everything a person types for it.

    It holds no letter of its own: ``changed`` says the person edited something (once per
    action, however many widgets it touched), and :meth:`letter_data` is what the form
    holds then, which the window pushes into the :class:`~composer.ui.session.LetterSession`.
    """

    changed = Signal()
    sign_requested = Signal()
    find_representative_requested = Signal()
    _gathered = Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.template: Template | None = None
        self.rows: dict[str, _Row] = {}
        self.touched: set[str] = set()
        self._loading = 0  # > 0 while the form is filled from a letter: no edits to report
        self._fold_marks: bool | None = None  # None: they follow the envelope
        # One action (a country chosen, an envelope changed) may touch several widgets:
        # their signals are gathered into one ``changed`` on the next turn of the event loop.
        # (A queued signal, delivered as soon as the event loop is back: a zero timer waits
        # for the loop to have nothing else to do.)
        self._pending = False
        self._template_words: list[str] | None = None
        self._gathered.connect(self._deliver, QtCore.Qt.ConnectionType.QueuedConnection)
        # Labels, help and prompts are in the UI's language; the letter has its own.
        ui_language = current_language()
        self._ui_language = ui_language

        outer = QtWidgets.QVBoxLayout(self)
        self.title = QtWidgets.QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        outer.addWidget(self.title)

        letter_box = QtWidgets.QGroupBox(self.tr("Letter"))
        self.letter_layout = QtWidgets.QFormLayout(letter_box)
        self.language = QtWidgets.QComboBox()
        self._add(
            self.letter_layout,
            "language",
            self.tr("Language of the letter"),
            self.language,
            self.tr("The letter is printed in this language."),
        )
        self.date = QtWidgets.QDateEdit(QtCore.QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(medium_date_format())
        self._add(self.letter_layout, "date", self.tr("Date"), self.date)
        self.fields_box = QtWidgets.QWidget()
        self.fields_layout = QtWidgets.QFormLayout(self.fields_box)
        self.fields_layout.setContentsMargins(0, 0, 0, 0)
        self.letter_layout.addRow(self.fields_box)
        self.originality = QtWidgets.QLabel()  # filled by the window's OriginalityHint
        self.originality.setWordWrap(True)
        self.letter_layout.addRow(self.originality)
        outer.addWidget(letter_box)

        sender_box = QtWidgets.QGroupBox(self.tr("Your details"))
        sender_layout = QtWidgets.QFormLayout(sender_box)
        labels = {
            "name": self.tr("Your name"),
            "street": self.tr("Street address"),
            "street2": self.tr("Apartment, suite (optional)"),
            "city": self.tr("City"),
            "region": self.tr("Province or state"),
            "postal_code": self.tr("Postal code"),
            "country": self.tr("Country"),
            "email": self.tr("E-mail (optional)"),
            "phone": self.tr("Telephone (optional)"),
        }
        self.sender_inputs: dict[str, QtWidgets.QWidget] = {}
        editor: QtWidgets.QWidget
        for name in SENDER_FIELDS:
            editor = (
                self._country_combo(with_same=False) if name == "country" else QtWidgets.QLineEdit()
            )
            self.sender_inputs[name] = editor
            self._add(
                sender_layout, f"sender.{name}", labels[name], editor, required=name == "name"
            )
        self.remember_sender = WrappingCheckBox(self.tr("Remember my details on this computer"))
        self.remember_sender.setToolTip(
            self.tr(
                "Leave this unticked on a shared computer: your details are then forgotten "
                "when the letter is closed."
            )
        )
        sender_layout.addRow(self.remember_sender)
        outer.addWidget(sender_box)

        recipient_box = QtWidgets.QGroupBox(self.tr("Recipient"))
        recipient_layout = QtWidgets.QFormLayout(recipient_box)
        self.find_button = QtWidgets.QPushButton(self.tr("Find My Representative…"))
        self.find_button.setToolTip(
            self.tr("Find the representatives of your district from your postal code")
        )
        self.find_button.setAccessibleName(self.find_button.text().rstrip("…"))
        self.find_button.clicked.connect(self.find_representative_requested)
        recipient_layout.addRow(self.find_button)
        rlabels = {**recipient_labels(), **recipient_fields.field_labels()}
        rhelp = recipient_fields.help_texts()
        self.recipient_inputs: dict[str, QtWidgets.QWidget] = {}
        for name in RECIPIENT_FIELDS:
            if name in recipient_fields.CHOICE_FIELDS:
                editor = recipient_fields.make_editor(name, ui_language)
            elif name == "own_representative":
                editor = recipient_fields.make_editor(name, ui_language)
                editor.setAccessibleName(rlabels[name])
                editor.setToolTip(rhelp[name])
                self.recipient_inputs[name] = editor
                recipient_layout.addRow(editor)
                self._watch(f"recipient.{name}", editor)
                continue
            elif name == "country":
                editor = self._country_combo(with_same=True)
            else:
                editor = QtWidgets.QLineEdit()
            self.recipient_inputs[name] = editor
            self._add(
                recipient_layout,
                f"recipient.{name}",
                rlabels[name],
                editor,
                rhelp.get(name, ""),
                required=name == "name",
            )
        kind_combo = self.recipient_inputs["kind"]
        assert isinstance(kind_combo, QtWidgets.QComboBox)
        kind_combo.currentIndexChanged.connect(
            lambda _i: recipient_fields.update_enabled(self.recipient_inputs)
        )
        recipient_fields.update_enabled(self.recipient_inputs)
        self.salutation = QtWidgets.QLineEdit()
        self._add(
            recipient_layout,
            "salutation",
            self.tr("Greeting (optional)"),
            self.salutation,
            self.tr(
                "Leave empty for the usual greeting in the letter's "
                "language, such as “Dear Ms. Lee,”."
            ),
        )
        outer.addWidget(recipient_box)

        sign_box = QtWidgets.QGroupBox(self.tr("Signature"))
        sign_layout = QtWidgets.QHBoxLayout(sign_box)
        self.signature_state = QtWidgets.QLabel()
        self.signature_state.setWordWrap(True)
        self.sign_button = QtWidgets.QPushButton(self.tr("&Sign…"))
        self.sign_button.setAccessibleName(self.tr("Sign the letter"))
        self.sign_button.clicked.connect(self.sign_requested)
        sign_layout.addWidget(self.signature_state, 1)
        sign_layout.addWidget(self.sign_button)
        outer.addWidget(sign_box)

        page_box = QtWidgets.QGroupBox(self.tr("Paper and envelope"))
        page_layout = QtWidgets.QFormLayout(page_box)
        self.paper = QtWidgets.QComboBox()
        self.paper.addItem(self.tr("US Letter (8.5 × 11 in)"), "letter")
        self.paper.addItem(self.tr("A4 (210 × 297 mm)"), "a4")
        self._add(page_layout, "paper", self.tr("Paper"), self.paper)
        self.envelope = QtWidgets.QComboBox()
        for value, text in zip(
            ENVELOPES,
            (
                self.tr("#10 window envelope (Canada, US)"),
                self.tr("DL/C5 window envelope, DIN 5008 form A"),
                self.tr("DL/C5 window envelope, DIN 5008 form B"),
                self.tr("Envelope without a window"),
            ),
            strict=True,
        ):
            self.envelope.addItem(text, value)
        self._add(page_layout, "envelope", self.tr("Envelope"), self.envelope)
        self.fold_marks = WrappingCheckBox(self.tr("Print fold marks"))
        self.fold_marks.setChecked(True)
        page_layout.addRow(self.fold_marks)
        outer.addWidget(page_box)

        # A long title, in the frame as a heading that wraps: on the frame's edge, a title
        # cannot wrap, and in Armenian at twice the size it widened the form past its pane.
        extras_title = self.tr("Copies, enclosures and P.S. (optional)")
        extras = QtWidgets.QGroupBox()
        extras.setAccessibleName(extras_title)
        extras_layout = QtWidgets.QFormLayout(extras)
        heading = QtWidgets.QLabel(extras_title)
        heading.setWordWrap(True)
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        extras_layout.addRow(heading)
        self.cc = QtWidgets.QLineEdit()
        self._add(
            extras_layout,
            "cc",
            self.tr("Copies to"),
            self.cc,
            self.tr("Separate several names with a semicolon (;)."),
        )
        self.enclosures = QtWidgets.QLineEdit()
        self._add(
            extras_layout,
            "enclosures",
            self.tr("Enclosures"),
            self.enclosures,
            self.tr("Separate several items with a semicolon (;)."),
        )
        self.ps = QtWidgets.QPlainTextEdit()
        self.ps.setTabChangesFocus(True)
        self.ps.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self._add(extras_layout, "ps", self.tr("P.S."), self.ps)
        SpellChecking(self.ps, "en", self._known_words)
        outer.addWidget(extras)
        outer.addStretch(1)

        self.language.currentIndexChanged.connect(self._language_changed)
        self.envelope.currentIndexChanged.connect(self._envelope_changed)
        for widget in (self.date, self.paper, self.envelope):
            self._watch("", widget)
        self.fold_marks.toggled.connect(self._fold_marks_chosen)
        self._watch("fold_marks", self.fold_marks)
        self.show_signature(None)
        guard_wheel(self)
        let_combos_shrink(self)
        # A label too long beside its input goes above it instead of widening the form
        # past its pane; from 175 % text, every label is above its input (beside it, a
        # two-line label was given the height of one).
        app = QtWidgets.QApplication.instance()
        large = isinstance(app, QtWidgets.QApplication) and text_size(app) >= 175
        policy = QtWidgets.QFormLayout.RowWrapPolicy
        for rows in self.findChildren(QtWidgets.QFormLayout):
            rows.setRowWrapPolicy(policy.WrapAllRows if large else policy.WrapLongRows)
        watch_fields(self)

    # -- building the form ---------------------------------------------------------------

    def _country_combo(self, with_same: bool) -> QtWidgets.QComboBox:
        none = self.tr("Same country as mine") if with_same else None
        return recipient_fields.country_combo(self._ui_language, none)

    def _add(
        self,
        layout: QtWidgets.QFormLayout,
        key: str,
        label: str,
        editor: QtWidgets.QWidget,
        help_text: str = "",
        *,
        required: bool = False,
        max_length: int | None = None,
        prompts: tuple[str, ...] = (),
    ) -> _Row:
        row = _Row(key, label, editor, help_text, max_length, required, prompts)
        layout.addRow(row.label, row)
        self.rows[key] = row
        self._watch(key, editor)
        return row

    def _watch(self, key: str, editor: QtWidgets.QWidget) -> None:
        def changed() -> None:
            if key:
                self.touched.add(key)
                if key in self.rows:
                    self.rows[key].update_count(len(_value(editor)))
            self._emit()

        if isinstance(editor, QtWidgets.QLineEdit | QtWidgets.QPlainTextEdit):
            editor.textChanged.connect(changed)
        elif isinstance(editor, QtWidgets.QComboBox):
            if editor.property("free_text"):
                editor.editTextChanged.connect(changed)
            else:
                editor.currentIndexChanged.connect(changed)
        elif isinstance(editor, QtWidgets.QDateEdit):
            editor.dateChanged.connect(changed)
        elif isinstance(editor, QtWidgets.QCheckBox):
            editor.toggled.connect(changed)

    @contextlib.contextmanager
    def _filling(self) -> Iterator[None]:
        """Widgets set from a letter, not by the person: their signals report no edit."""
        self._loading += 1
        try:
            yield
        finally:
            self._loading -= 1

    @Slot()
    def _envelope_changed(self) -> None:
        # Fold marks follow the envelope (on for a window) until the person chooses.
        if self._fold_marks is None:
            self.fold_marks.blockSignals(True)
            self.fold_marks.setChecked(self.envelope.currentData() != "none")
            self.fold_marks.blockSignals(False)

    @Slot(bool)
    def _fold_marks_chosen(self, checked: bool) -> None:
        if not self._loading:
            self._fold_marks = checked

    @Slot()
    def _emit(self) -> None:
        if not self._loading and not self._pending:
            self._pending = True
            self._gathered.emit()

    def flush(self) -> None:
        """Deliver a gathered ``changed`` now (before the letter is read for saving)."""
        self._deliver()

    @Slot()
    def _deliver(self) -> None:
        if self._pending:
            self._pending = False
            self.changed.emit()

    def set_template(self, template: Template, language: str | None = None) -> None:
        """Show ``template``'s fields, keeping what was typed in fields of the same name."""
        kept = self.field_values() if self.template is not None else {}
        with self._filling():
            self.template = template
            self.title.setText(template.title_for(self._ui_language))
            self.language.blockSignals(True)
            current = language or self._language()
            self.language.clear()
            for code in template.languages:
                self.language.addItem(language_name(code), code)
            index = self.language.findData(current)
            self.language.setCurrentIndex(index if index >= 0 else 0)
            self.language.blockSignals(False)
            self._build_fields(kept)
        self._update_spelling()

    def _language(self) -> str:
        data = self.language.currentData()
        return str(data) if data else "en"

    @Slot()
    def _language_changed(self) -> None:
        self._update_spelling()
        if self.template is None or self._loading:
            return
        self._emit()

    # -- spelling help ------------------------------------------------------------------------

    def spell_checks(self) -> list[SpellChecking]:
        return self.findChildren(SpellChecking)

    def _update_spelling(self) -> None:
        """The checker follows the letter's language."""
        language = self._language()
        self._template_words = None
        for check in self.spell_checks():
            check.set_language(language)

    def _known_words(self) -> list[str]:
        """Words never flagged: the names in the form and the words of the letter's own text
        (a campaign's places and names, "Stepanakert", are in it)."""
        names = [
            w.text()
            for w in (*self.sender_inputs.values(), *self.recipient_inputs.values())
            if isinstance(w, QtWidgets.QLineEdit)
        ]
        if self._template_words is None:
            self._template_words = self._read_template_words()
        return [*names, *" ".join(names).split(), *self._template_words]

    def _read_template_words(self) -> list[str]:
        if self.template is None:
            return []
        from composer.core.errors import LetterError
        from composer.core.spelling import words
        from composer.core.templates import read_template_file

        try:
            body = read_template_file(self.template.folder, f"letter.{self._language()}.md.j2")
        except (LetterError, OSError):
            return []
        return sorted({w for _s, _e, w in words(body)})

    def _build_fields(self, values: dict[str, str]) -> None:
        for key in [k for k in self.rows if k.startswith("fields.")]:
            del self.rows[key]
        while self.fields_layout.rowCount():
            self.fields_layout.removeRow(0)
        assert self.template is not None
        lang = self._ui_language
        previous: QtWidgets.QWidget | None = self.date
        for spec in self.template.fields:
            editor = self._editor(spec, values.get(spec.name, spec.default), lang)
            row = self._add(
                self.fields_layout,
                f"fields.{spec.name}",
                spec.label_for(lang),
                editor,
                spec.help_for(lang),
                required=spec.required,
                max_length=spec.max_length,
                prompts=spec.prompts_for(lang),
            )
            row.update_count(len(_value(editor)))
            if previous is not None:
                QtWidgets.QWidget.setTabOrder(previous, editor)
            previous = editor
        guard_wheel(self.fields_box)
        let_combos_shrink(self.fields_box)
        watch_fields(self.fields_box)

    def _editor(self, spec: Field, value: str, language: str) -> QtWidgets.QWidget:
        editor: QtWidgets.QWidget
        if spec.type == "multiline":
            text = QtWidgets.QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
            prompts = spec.prompts_for(language)
            if prompts:
                text.setPlaceholderText(prompts[0])
            text.setPlainText(value)
            SpellChecking(text, self._language(), self._known_words)
            editor = text
        elif spec.type == "choice":
            combo = QtWidgets.QComboBox()
            combo.addItems(list(spec.choices))
            if value in spec.choices:
                combo.setCurrentText(value)
            editor = combo
        elif spec.type == "date":
            date = QtWidgets.QDateEdit()
            date.setCalendarPopup(True)
            date.setDisplayFormat(medium_date_format())
            parsed = QtCore.QDate.fromString(value, QtCore.Qt.DateFormat.ISODate)
            date.setDate(parsed if parsed.isValid() else QtCore.QDate.currentDate())
            editor = date
        else:
            line = QtWidgets.QLineEdit(value)
            if spec.max_length:
                line.setMaxLength(max(spec.max_length * 2, spec.max_length + 100))
            if spec.type == "email":
                line.setInputMethodHints(QtCore.Qt.InputMethodHint.ImhEmailCharactersOnly)
            elif spec.type == "phone":
                line.setInputMethodHints(QtCore.Qt.InputMethodHint.ImhDialableCharactersOnly)
            editor = line
        return editor

    # -- reading and writing the letter -----------------------------------------------------

    def field_values(self) -> dict[str, str]:
        return {
            key.split(".", 1)[1]: _value(row.editor)
            for key, row in self.rows.items()
            if key.startswith("fields.")
        }

    def sender_values(self) -> dict[str, str]:
        return {name: _value(editor) for name, editor in self.sender_inputs.items()}

    def letter_data(self) -> dict[str, Any]:
        """The form as the data contract (a dict letter_from_dict accepts)."""
        assert self.template is not None
        return {
            "template": self.template.id,
            "language": self._language(),
            "paper": self.paper.currentData(),
            "envelope": self.envelope.currentData(),
            "date": self.date.date().toString(QtCore.Qt.DateFormat.ISODate),
            "sender": self.sender_values(),
            "recipient": {
                name: recipient_fields.value_of(e)
                if name in (*recipient_fields.CHOICE_FIELDS, "own_representative")
                else _value(e)
                for name, e in self.recipient_inputs.items()
            },
            "fields": self.field_values(),
            "cc": [p.strip() for p in self.cc.text().split(";") if p.strip()],
            "enclosures": [p.strip() for p in self.enclosures.text().split(";") if p.strip()],
            "ps": self.ps.toPlainText(),
            "fold_marks": self._fold_marks,
            "salutation": self.salutation.text(),
        }

    def set_letter(self, letter: Letter, template: Template) -> None:
        """Fill the form from ``letter`` (an opened draft or a restored autosave)."""
        with self._filling():
            self.set_template(template, letter.language)
            self.language.setCurrentIndex(max(0, self.language.findData(letter.language)))
            self._build_fields(dict(letter.fields))
            self._update_spelling()
            self.date.setDate(QtCore.QDate(letter.date.year, letter.date.month, letter.date.day))
            self.paper.setCurrentIndex(max(0, self.paper.findData(letter.paper)))
            self._fold_marks = letter.fold_marks
            self.envelope.setCurrentIndex(max(0, self.envelope.findData(letter.envelope)))
            self.fold_marks.setChecked(letter.shows_fold_marks)
            self.set_sender({f: getattr(letter.sender, f) for f in SENDER_FIELDS})
            self._fill_recipient(letter.recipient)
            self.salutation.setText(letter.salutation)
            self.cc.setText("; ".join(letter.cc))
            self.enclosures.setText("; ".join(letter.enclosures))
            self.ps.setPlainText(letter.ps)
            self.show_signature(letter.signature)
            self.touched.clear()

    def set_sender(self, values: dict[str, str]) -> None:
        """Fill in the sender; outside a whole letter being filled in, the paper and
        envelope follow the sender's country."""
        follow = not self._loading
        with self._filling():
            for name, editor in self.sender_inputs.items():
                _set_value(editor, values.get(name, ""))
        country = values.get("country", "")
        if country and follow:
            paper, envelope = default_paper(country)
            self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
            self.envelope.setCurrentIndex(max(0, self.envelope.findData(envelope)))

    def _fill_recipient(self, recipient: Recipient) -> None:
        for name, editor in self.recipient_inputs.items():
            if name in (*recipient_fields.CHOICE_FIELDS, "own_representative"):
                continue
            _set_value(editor, getattr(recipient, name))
        recipient_fields.fill(self.recipient_inputs, recipient)
        recipient_fields.update_enabled(self.recipient_inputs)
        if recipient.own_representative:  # after the kind enabled the tick
            recipient_fields.set_value(self.recipient_inputs["own_representative"], True)

    def set_recipient(self, contact: Contact) -> None:
        """Address the letter to an address-book entry (its greeting too, if it has one),
        with the organisation's name in the letter's language."""
        with self._filling():
            self._fill_recipient(contact.recipient_in(self._language()))
            self.salutation.setText(contact.salutation)
        self._emit()

    def show_signature(self, signature: Signature | None) -> None:
        """Say how the letter is signed (the signature itself is the session's)."""
        s = signature
        if s is None:
            text = self.tr("No signature yet: a line is printed for you to sign by hand.")
        elif s.image is not None and s.typed:
            text = self.tr("Signed with your name typed in handwriting style: %1.").replace(
                "%1", s.typed
            )
        elif s.image is not None:
            text = self.tr("Signed with a picture.")
        else:
            text = self.tr("Signed by drawing.")
        self.signature_state.setText(text)

    def show_problems(self, problems: list[Problem], everything: bool = False) -> None:
        """Show each problem under its input (only inputs the person has touched, unless
        ``everything``), and clear the others."""
        by_key: dict[str, Problem] = {}
        for problem in problems:
            by_key.setdefault(problem.key, problem)
        for key, row in self.rows.items():
            found = by_key.get(key)
            if found and (everything or key in self.touched):
                row.set_message(problem_text(found, row.name), found.severity)
            else:
                row.set_message("", "error")


def _value(editor: QtWidgets.QWidget) -> str:
    if isinstance(editor, QtWidgets.QLineEdit):
        return editor.text()
    if isinstance(editor, QtWidgets.QPlainTextEdit):
        return editor.toPlainText()
    if isinstance(editor, QtWidgets.QComboBox):
        if editor.property("free_text"):
            return editor.currentText()
        data = editor.currentData()
        return str(data) if data is not None else editor.currentText()
    if isinstance(editor, QtWidgets.QDateEdit):
        return editor.date().toString(QtCore.Qt.DateFormat.ISODate)
    return ""


def _set_value(editor: QtWidgets.QWidget, value: str) -> None:
    if isinstance(editor, QtWidgets.QLineEdit):
        editor.setText(value)
    elif isinstance(editor, QtWidgets.QPlainTextEdit):
        editor.setPlainText(value)
    elif isinstance(editor, QtWidgets.QComboBox):
        index = editor.findData(value)
        if index < 0:
            index = editor.findText(value)
        if index >= 0:
            editor.setCurrentIndex(index)
        elif editor.isEditable():
            editor.setEditText(value)
    elif isinstance(editor, QtWidgets.QDateEdit):
        date = QtCore.QDate.fromString(value, QtCore.Qt.DateFormat.ISODate)
        if date.isValid():
            editor.setDate(date)

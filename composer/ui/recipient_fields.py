"""The inputs that describe a recipient, shared by the letter's form and the address book.

A recipient is described, not guessed: how the letter should ask (kind), a courtesy title, an
office, whose government it is and at what level, and whether the writer lives in this
representative's constituency. Each input is made here, read here and filled here, so the
form and the address book always agree.
"""

from __future__ import annotations

from typing import Any

from composer.core.countries import country_names
from composer.core.forms import LANGUAGES, OFFICES, office_label
from composer.core.model import LEVELS, RECIPIENT_KINDS, Recipient
from composer.core.text import clean_text
from composer.ui.qt import QtCore, QtWidgets
from composer.ui.widgets import WrappingCheckBox

CHOICE_FIELDS = ("kind", "title", "office", "jurisdiction", "level")


# Qt's lupdate finds ``translate("context", "text")`` calls, whatever module they are in.
translate = QtCore.QCoreApplication.translate


def kind_texts() -> dict[str, str]:
    return {
        "representative": translate("recipient", "an elected representative"),
        "government": translate("recipient", "a government (a minister, an ambassador…)"),
        "human_rights": translate("recipient", "a human-rights organization"),
        "humanitarian": translate(
            "recipient", "a humanitarian organization that works confidentially (the Red Cross)"
        ),
        "other": translate("recipient", "someone else"),
    }


def title_texts() -> dict[str, str]:
    return {
        "": translate("recipient", "None"),
        "ms": translate("recipient", "Ms."),
        "mr": translate("recipient", "Mr."),
        "mx": translate("recipient", "Mx."),
        "dr": translate("recipient", "Dr."),
    }


def level_texts() -> dict[str, str]:
    return {
        "": translate("recipient", "As the office says"),
        "national": translate("recipient", "National"),
        "regional": translate("recipient", "Provincial, state or regional"),
        "local": translate("recipient", "Municipal"),
    }


def field_labels() -> dict[str, str]:
    return {
        "kind": translate("recipient", "Writing to"),
        "title": translate("recipient", "Courtesy title"),
        "office": translate("recipient", "Office"),
        "jurisdiction": translate("recipient", "Government of"),
        "level": translate("recipient", "Level of government"),
        "own_representative": translate(
            "recipient", "This is my own representative: I live in their riding"
        ),
    }


def help_texts() -> dict[str, str]:
    return {
        "kind": translate(
            "recipient",
            "Decides what the letter asks: an organization that works confidentially "
            "is never asked to speak publicly.",
        ),
        "title": translate(
            "recipient",
            "Used in the address and the greeting (Dear Ms. Lee, / Madame la Députée,).",
        ),
        "office": translate(
            "recipient",
            "The letter addresses them as their office requires "
            "(The Honourable …, Dear Minister,).",
        ),
        "jurisdiction": translate(
            "recipient",
            "The country whose government or parliament the office belongs to, "
            "when it is not the country of the address.",
        ),
        "own_representative": translate(
            "recipient", "Only then does the letter say you are one of their constituents."
        ),
    }


def _combo(items: list[tuple[str, str]]) -> QtWidgets.QComboBox:
    combo = QtWidgets.QComboBox()
    for value, text in items:
        combo.addItem(text, value)
    return combo


def country_combo(language: str, none_text: str | None = None) -> QtWidgets.QComboBox:
    """Every country a letter can go to (``composer.core.countries``: the same list the data
    contract and the importers accept), named in ``language``; typing finds one. With
    ``none_text``, a first entry for "no country" (its data is "")."""
    combo = _combo(
        ([("", none_text)] if none_text is not None else []) + list(country_names(language))
    )
    combo.setEditable(True)
    combo.setInsertPolicy(QtWidgets.QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(QtCore.Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QtWidgets.QCompleter.CompletionMode.PopupCompletion)
    return combo


def make_editor(name: str, language: str) -> QtWidgets.QWidget:
    """The input for one of :data:`CHOICE_FIELDS` or ``own_representative``."""
    if name == "kind":
        return _combo([(k, kind_texts()[k]) for k in RECIPIENT_KINDS])
    if name == "title":
        return _combo(list(title_texts().items()))
    if name == "office":
        lang = language if language in LANGUAGES else "en"
        return _combo(
            [("", translate("recipient", "None")), *((o, office_label(o, lang)) for o in OFFICES)]
        )
    if name == "level":
        return _combo([(v, level_texts()[v]) for v in ("", *LEVELS)])
    if name == "jurisdiction":
        return country_combo(language, translate("recipient", "Same as the address"))
    if name == "own_representative":
        return WrappingCheckBox(field_labels()["own_representative"])
    raise KeyError(name)


def value_of(editor: QtWidgets.QWidget) -> Any:
    if isinstance(editor, QtWidgets.QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QtWidgets.QComboBox):
        data = editor.currentData()
        if data is None and editor.isEditable():
            # Typed but not picked: the item whose text it is, else nothing.
            index = editor.findText(
                editor.currentText().strip(), QtCore.Qt.MatchFlag.MatchFixedString
            )
            data = editor.itemData(index) if index >= 0 else ""
        return str(data or "")
    if isinstance(editor, QtWidgets.QLineEdit):
        return clean_text(editor.text()).strip()
    return ""


def set_value(editor: QtWidgets.QWidget, value: Any) -> None:
    if isinstance(editor, QtWidgets.QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QtWidgets.QComboBox):
        index = editor.findData(value)
        editor.setCurrentIndex(max(index, 0))


def read(editors: dict[str, QtWidgets.QWidget]) -> dict[str, Any]:
    """The recipient's values as the data contract holds them."""
    return {name: value_of(editor) for name, editor in editors.items()}


def fill(editors: dict[str, QtWidgets.QWidget], recipient: Recipient) -> None:
    for name, editor in editors.items():
        if name in CHOICE_FIELDS or name == "own_representative":
            set_value(editor, getattr(recipient, name))


def update_enabled(editors: dict[str, QtWidgets.QWidget]) -> None:
    """The constituency tick only means something for a representative."""
    kind = editors.get("kind")
    own = editors.get("own_representative")
    if kind is not None and own is not None:
        is_representative = value_of(kind) == "representative"
        own.setEnabled(is_representative)
        if not is_representative and isinstance(own, QtWidgets.QCheckBox):
            own.setChecked(False)

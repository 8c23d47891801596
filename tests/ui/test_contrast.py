"""Text stays readable (contrast at least 4.5:1, WCAG 2.1 1.4.3) in the light, dark and
high-contrast palettes the app follows, including the colours the app adds itself."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from composer.ui.colours import contrast, readable
from composer.ui.main_window import MainWindow
from composer.ui.qt import QtGui, QtWidgets
from tests.ui.test_accessibility import close_windows, make_windows, plain

pytestmark = pytest.mark.gui

Role = QtGui.QPalette.ColorRole


def palette(colours: dict[Role, str]) -> QtGui.QPalette:
    made = QtGui.QPalette()
    for role, name in colours.items():
        made.setColor(role, QtGui.QColor(name))
    return made


# A dark palette as desktops ship them (Breeze Dark's main colours) and a high-contrast one
# (white on black, as GNOME's and Windows' high-contrast themes).
DARK = {
    Role.Window: "#2a2e32",
    Role.WindowText: "#fcfcfc",
    Role.Base: "#1b1e20",
    Role.AlternateBase: "#232629",
    Role.Text: "#fcfcfc",
    Role.Button: "#31363b",
    Role.ButtonText: "#fcfcfc",
    Role.PlaceholderText: "#7a7d80",
    Role.ToolTipBase: "#31363b",
    Role.ToolTipText: "#fcfcfc",
    Role.Highlight: "#3daee9",
    Role.HighlightedText: "#fcfcfc",
    Role.Mid: "#5c6166",
}
HIGH_CONTRAST = {
    Role.Window: "#000000",
    Role.WindowText: "#ffffff",
    Role.Base: "#000000",
    Role.AlternateBase: "#000000",
    Role.Text: "#ffffff",
    Role.Button: "#000000",
    Role.ButtonText: "#ffffff",
    Role.PlaceholderText: "#8c8c8c",
    Role.ToolTipBase: "#000000",
    Role.ToolTipText: "#ffffff",
    Role.Highlight: "#ffff00",
    Role.HighlightedText: "#000000",
    Role.Mid: "#ffffff",
}
PALETTES = {"light": None, "dark": DARK, "high contrast": HIGH_CONTRAST}


def test_the_contrast_ratio_is_wcag_s() -> None:
    assert contrast(QtGui.QColor("black"), QtGui.QColor("white")) == pytest.approx(21)
    assert contrast(QtGui.QColor("#777777"), QtGui.QColor("white")) == pytest.approx(4.48, 0.01)
    grey = readable(QtGui.QColor("#999999"), QtGui.QColor("white"))
    assert contrast(grey, QtGui.QColor("white")) >= 4.5
    light = readable(QtGui.QColor("#555555"), QtGui.QColor("black"))
    assert contrast(light, QtGui.QColor("black")) >= 4.5


def drawn_colours(label: QtWidgets.QLabel) -> tuple[QtGui.QColor, QtGui.QColor]:
    """The text's colour and the background behind it, style sheets included."""
    sheet = label.styleSheet()
    fore = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", sheet)
    back = re.search(r"background:\s*(#[0-9a-fA-F]{6})", sheet)
    text = QtGui.QColor(fore.group(1)) if fore else label.palette().color(label.foregroundRole())
    ground = QtGui.QColor(back.group(1)) if back else label.palette().color(Role.Window)
    return text, ground


def faint(root: QtWidgets.QWidget) -> list[str]:
    found = []
    for label in root.findChildren(QtWidgets.QLabel):
        if not label.isVisibleTo(root) or not label.isEnabled() or not label.text().strip():
            continue
        if type(label.parentWidget()).__name__ == "_Card":
            continue  # on the list's selection or its base: the test of the gallery's cards
        text, ground = drawn_colours(label)
        ratio = contrast(text, ground)
        if ratio < 4.5:
            found.append(
                f"{plain(label.text())[:30]!r} {text.name()} on {ground.name()}: {ratio:.2f}"
            )
    return found


@pytest.fixture(params=list(PALETTES))
def themed(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    before = QtGui.QPalette(qapp.palette())
    chosen = PALETTES[request.param]
    if chosen is not None:
        qapp.setPalette(palette(chosen))
    yield request.param
    qapp.setPalette(before)


def test_every_text_is_readable_in_every_palette(qtbot, tmp_path: Path, themed: str) -> None:  # type: ignore[no-untyped-def]
    main, made = make_windows(qtbot, tmp_path)
    try:
        assert isinstance(main, MainWindow)
        # The colours the app adds: an error and a warning under inputs, the preview's
        # message bar for an unfinished letter, a count over its limit.
        main.form.rows["sender.name"].set_message("your name is required", "error")
        main.form.rows["recipient.name"].set_message("check this name", "warning")
        main.form.sender_inputs["name"].setText("")  # type: ignore[attr-defined]
        main.sync()
        qtbot.waitUntil(lambda: main.preview.message.isVisible())
        main.preview.show_message("The preview shows the last complete version.", "error")
        note = main.form.rows["fields.personal_note"]
        note.update_count(5000)
        for name, window in made.items():
            assert faint(window) == [], (themed, name)
    finally:
        close_windows(main, made)


def placeholders_faint(root: QtWidgets.QWidget) -> list[str]:
    found = []
    for edit in root.findChildren(QtWidgets.QLineEdit) + root.findChildren(
        QtWidgets.QPlainTextEdit
    ):
        if not edit.isVisibleTo(root) or not edit.placeholderText():
            continue
        palette = edit.palette()
        ratio = contrast(palette.color(Role.PlaceholderText), palette.color(Role.Base))
        if ratio < 4.5:
            found.append(f"{edit.placeholderText()[:30]!r}: {ratio:.2f}")
    return found


def test_hints_and_the_chosen_letter_are_readable_in_every_palette(
    qtbot,
    tmp_path: Path,
    themed: str,  # type: ignore[no-untyped-def]
) -> None:
    main, made = make_windows(qtbot, tmp_path)
    try:
        qtbot.wait(50)  # the palette's placeholder colour is made readable at its change
        for name, window in made.items():
            assert placeholders_faint(window) == [], (themed, name)
        gallery = made["gallery"]
        cards = list(gallery.cards.values())  # type: ignore[attr-defined]
        chosen = [card for card in cards if card.selected]
        assert len(chosen) == 1
        list_palette = gallery.list.viewport().palette()  # type: ignore[attr-defined]
        label = chosen[0].text
        text = label.palette().color(label.foregroundRole())  # the role it draws in
        assert contrast(text, list_palette.color(Role.Highlight)) >= 4.5, themed
        for card in cards:
            if not card.selected:
                colour = card.text.palette().color(card.text.foregroundRole())
                assert contrast(colour, list_palette.color(Role.Base)) >= 4.5, themed
        gallery.list.setCurrentRow(gallery.list.count() - 1)  # type: ignore[attr-defined]
        assert [card.selected for card in cards].count(True) == 1
        assert not chosen[0].selected or len(cards) == 1
    finally:
        close_windows(main, made)


def test_a_faint_placeholder_colour_is_made_readable_once(qapp) -> None:  # type: ignore[no-untyped-def]
    from composer.ui.colours import fix_placeholders

    before = QtGui.QPalette(qapp.palette())
    try:
        faint_palette = QtGui.QPalette(before)
        faint_palette.setColor(Role.Base, QtGui.QColor("#2a2e32"))
        faint_palette.setColor(Role.PlaceholderText, QtGui.QColor("#5a5e62"))
        qapp.setPalette(faint_palette)
        assert fix_placeholders(qapp) is True
        palette = qapp.palette()
        assert contrast(palette.color(Role.PlaceholderText), palette.color(Role.Base)) >= 4.5
        assert fix_placeholders(qapp) is False  # readable now: the palette is left alone
    finally:
        qapp.setPalette(before)

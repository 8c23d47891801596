"""The few colours the app adds to the system's palette, always readable on it.

The app follows the system's palette (light, dark or high contrast) and paints nothing of
its own except error and warning messages, secondary text (help lines, samples) and the
preview's message bar. Each of those starts from a familiar colour and is darkened or
lightened until its contrast with the background behind it is at least 4.5:1, the minimum
for normal text in WCAG 2.1 (success criterion 1.4.3, "Contrast (Minimum)"; contrast ratio
and relative luminance as defined in WCAG 2.1's glossary, https://www.w3.org/TR/WCAG21/).
"""

from __future__ import annotations

from composer.ui.qt import QtGui, QtWidgets

MINIMUM_CONTRAST = 4.5

Role = QtGui.QPalette.ColorRole


def luminance(colour: QtGui.QColor) -> float:
    """Relative luminance (WCAG 2.1): sRGB channels linearised, weighted 0.2126/0.7152/0.0722."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(a: QtGui.QColor, b: QtGui.QColor) -> float:
    """The contrast ratio of two colours, from 1 (none) to 21 (black on white)."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(
    colour: QtGui.QColor, background: QtGui.QColor, minimum: float = MINIMUM_CONTRAST
) -> QtGui.QColor:
    """``colour``, moved towards black or white (whichever the background lets it reach) just
    far enough to have ``minimum`` contrast with ``background``."""
    if contrast(colour, background) >= minimum:
        return QtGui.QColor(colour)
    target = QtGui.QColor(0, 0, 0) if luminance(background) > 0.18 else QtGui.QColor(255, 255, 255)
    for step in range(1, 21):
        t = step / 20
        mixed = QtGui.QColor.fromRgbF(
            colour.redF() + (target.redF() - colour.redF()) * t,
            colour.greenF() + (target.greenF() - colour.greenF()) * t,
            colour.blueF() + (target.blueF() - colour.blueF()) * t,
        )
        if contrast(mixed, background) >= minimum:
            return mixed
    return target


def is_dark(palette: QtGui.QPalette) -> bool:
    return palette.color(Role.Window).lightness() < 128


def _background(widget: QtWidgets.QWidget) -> QtGui.QColor:
    return widget.palette().color(Role.Window)


def error_colour(widget: QtWidgets.QWidget) -> QtGui.QColor:
    """Red for errors, readable on ``widget``'s background."""
    palette = widget.palette()
    base = QtGui.QColor("#ff8a80" if is_dark(palette) else "#b00020")
    return readable(base, _background(widget))


def warning_colour(widget: QtWidgets.QWidget) -> QtGui.QColor:
    """Amber for warnings, readable on ``widget``'s background."""
    palette = widget.palette()
    base = QtGui.QColor("#ffd180" if is_dark(palette) else "#8a5300")
    return readable(base, _background(widget))


def secondary_colour(widget: QtWidgets.QWidget) -> QtGui.QColor:
    """Quieter text (help lines, samples): the palette's placeholder colour, readable."""
    palette = widget.palette()
    return readable(palette.color(Role.PlaceholderText), _background(widget))


def make_secondary(label: QtWidgets.QLabel) -> None:
    """Draw ``label`` in the secondary colour (set again when the palette changes)."""
    palette = label.palette()
    palette.setColor(Role.WindowText, secondary_colour(label))
    label.setPalette(palette)


def message_colours(widget: QtWidgets.QWidget, kind: str) -> tuple[QtGui.QColor, QtGui.QColor]:
    """Background and text of a message bar: a pale or deep red for errors, the palette's
    tooltip colours otherwise; the text always readable on the background."""
    palette = widget.palette()
    if kind == "error":
        dark = is_dark(palette)
        background = QtGui.QColor("#4a1017" if dark else "#fde7e9")
        foreground = QtGui.QColor("#ffdad6" if dark else "#5c0011")
    else:
        background = palette.color(Role.ToolTipBase)
        foreground = palette.color(Role.ToolTipText)
    return background, readable(foreground, background)


def fix_placeholders(app: QtWidgets.QApplication) -> bool:
    """Make the palette's placeholder text (the hints inside empty inputs, which the app
    uses for samples and the first writing prompt) readable on the inputs' background in
    every colour group; True if it had to be changed. A dark palette's grey is often
    below 4.5:1."""
    palette = app.palette()
    changed = False
    for group in (
        QtGui.QPalette.ColorGroup.Active,
        QtGui.QPalette.ColorGroup.Inactive,
        QtGui.QPalette.ColorGroup.Disabled,
    ):
        placeholder = palette.color(group, Role.PlaceholderText)
        base = palette.color(group, Role.Base)
        if contrast(placeholder, base) < MINIMUM_CONTRAST:
            palette.setColor(group, Role.PlaceholderText, readable(placeholder, base))
            changed = True
    if changed:
        app.setPalette(palette)
    return changed

"""Keyboard and screen-reader behaviour the whole app shares.

- The widget that gets the focus is scrolled into view, in whichever scroll area holds it
  (Shift+Tab from the preview lands on the P.S., far below the form's visible part).
- A list or table entered from the keyboard starts on its first row (Qt starts before it,
  so the first arrow key skipped a row and a screen reader said nothing on entry).
- The window's own shortcuts (Ctrl+E, Ctrl+G...) work while a one-line field has the focus,
  except the keys the field needs for editing (Qt's line edit claims Ctrl+E and others as
  Emacs-style moves on Linux); and Tab leaves a date field instead of stepping silently
  through its day, month and year (the arrow keys move between them). Both for the fields
  given to :func:`watch_fields`.
- :func:`announce` says a sentence through the screen reader (an AT-SPI announcement).
- :func:`show_focus_frame` draws a visible focus frame on the widgets whose style draws none
  (given to each when it first gets the focus).
- :func:`apply_text_size` scales the application's font (View ▸ Text Size, up to 200 %):
  every window and dialog made afterwards lays itself out for it.
"""

from __future__ import annotations

from composer.ui.qt import QtCore, QtGui, QtWidgets

Key = QtCore.Qt.Key
StandardKey = QtGui.QKeySequence.StandardKey

# Keys a one-line field keeps for editing even when a window command has the same keys.
_EDITING_KEYS = (
    StandardKey.Copy,
    StandardKey.Cut,
    StandardKey.Paste,
    StandardKey.Undo,
    StandardKey.Redo,
    StandardKey.SelectAll,
    StandardKey.Delete,
    StandardKey.Back,
)

# A 2-pixel frame in the palette's highlight colour on text areas, lists, tables and the
# preview when they have the focus (the Fusion style marks line edits, buttons and combo
# boxes itself, but not these). Set on each such widget when it first gets the focus: an
# application-wide style sheet would slow every widget of the app (about 50 ms at start).
_FRAMED = (
    ("QPlainTextEdit", QtWidgets.QPlainTextEdit),
    ("QTextEdit", QtWidgets.QTextEdit),
    ("QAbstractItemView", QtWidgets.QAbstractItemView),
    ("QAbstractScrollArea", QtWidgets.QAbstractScrollArea),
)
_FRAME_STYLE = (
    "{kind} {{ border: 1px solid palette(mid); }} "
    "{kind}:focus {{ border: 2px solid palette(highlight); }}"
)


def show_focus_frame(widget: QtWidgets.QWidget) -> None:
    """Give ``widget`` (a text area, list, table or the preview) a visible focus frame."""
    if widget.property("focus_frame") or widget.styleSheet():
        return
    for kind, cls in _FRAMED:
        if isinstance(widget, cls):
            if isinstance(widget, QtWidgets.QScrollArea):
                return  # a container, never a stop
            widget.setStyleSheet(_FRAME_STYLE.format(kind=kind))
            widget.setProperty("focus_frame", True)
            return


# Every window command has Ctrl, Alt or Meta in its keys (F10 and F1 are not claimed by text
# fields), so a key without them is typing and is left to the field at once.
_COMMAND_MODIFIERS = (
    QtCore.Qt.KeyboardModifier.ControlModifier
    | QtCore.Qt.KeyboardModifier.AltModifier
    | QtCore.Qt.KeyboardModifier.MetaModifier
)


def _window_shortcuts(widget: QtWidgets.QWidget) -> set[QtCore.QKeyCombination]:
    keys = set()
    window = widget.window()
    for action in window.findChildren(QtGui.QAction):
        for sequence in action.shortcuts():
            if sequence.count() == 1:
                keys.add(sequence[0])  # type: ignore[index]
    return keys


def _is_editing_key(event: QtGui.QKeyEvent) -> bool:
    return any(event.matches(key) for key in _EDITING_KEYS)


class FieldKeys(QtCore.QObject):
    """Watches one-line fields and date fields (see :func:`watch_fields`)."""

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        kind = event.type()
        if kind == QtCore.QEvent.Type.ShortcutOverride and isinstance(watched, QtWidgets.QLineEdit):
            assert isinstance(event, QtGui.QKeyEvent)
            if not event.modifiers() & _COMMAND_MODIFIERS:
                return False  # typing: no window command is a plain key
            if event.keyCombination() in _window_shortcuts(watched) and not _is_editing_key(event):
                event.ignore()  # the field does not claim it: the window's shortcut runs
                return True
        elif kind == QtCore.QEvent.Type.KeyPress and isinstance(watched, QtWidgets.QDateTimeEdit):
            assert isinstance(event, QtGui.QKeyEvent)
            if event.key() in (Key.Key_Tab, Key.Key_Backtab) and not (
                event.modifiers() & QtCore.Qt.KeyboardModifier.ControlModifier
            ):
                forward = event.key() == Key.Key_Tab and not (
                    event.modifiers() & QtCore.Qt.KeyboardModifier.ShiftModifier
                )
                _leave(watched, forward)
                return True
        return False


_field_keys: FieldKeys | None = None


def watch_fields(root: QtWidgets.QWidget) -> None:
    """Give the one-line and date fields in ``root`` the behaviour above (again after adding
    more; a field is watched once). Filters on these fields only: an application-wide
    filter would run Python code for every event of the app."""
    global _field_keys
    if _field_keys is None:
        _field_keys = FieldKeys(QtCore.QCoreApplication.instance())
    for kind in (QtWidgets.QLineEdit, QtWidgets.QDateTimeEdit):
        for widget in root.findChildren(kind):
            if isinstance(widget.parent(), QtWidgets.QAbstractSpinBox):
                continue  # the date field's own line edit
            widget.installEventFilter(_field_keys)


def _focus_moved(_old: QtWidgets.QWidget | None, new: QtWidgets.QWidget | None) -> None:
    if new is None:
        return
    show_focus_frame(new)
    scroll_into_view(new)
    if isinstance(new, QtWidgets.QAbstractItemView):
        start_on_first_row(new)


def _leave(widget: QtWidgets.QWidget, forward: bool) -> None:
    """Move the focus past ``widget`` as Tab would past any other field."""
    window = widget.window()
    target = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
    for _ in range(500):
        if target is None or target is widget:
            return
        if (
            target.isVisible()
            and target.isEnabled()
            and target.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus
            and target.window() is window
            and not widget.isAncestorOf(target)
            and target.focusProxy() is None
        ):
            reason = (
                QtCore.Qt.FocusReason.TabFocusReason
                if forward
                else QtCore.Qt.FocusReason.BacktabFocusReason
            )
            target.setFocus(reason)
            return
        target = target.nextInFocusChain() if forward else target.previousInFocusChain()


def scroll_into_view(widget: QtWidgets.QWidget) -> None:
    """Scroll every scroll area holding ``widget`` so that it is in sight."""
    parent = widget.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        if isinstance(area, QtWidgets.QScrollArea) and parent is area.viewport():
            area.ensureWidgetVisible(widget, 16, 24)
        parent = parent.parentWidget()


def start_on_first_row(view: QtWidgets.QAbstractItemView) -> None:
    """Make the first row current (not selected) if no row is."""
    model = view.model()
    selection = view.selectionModel()
    if model is None or selection is None or view.currentIndex().isValid():
        return
    if model.rowCount() > 0:
        first = model.index(0, 0)
        selection.setCurrentIndex(first, QtCore.QItemSelectionModel.SelectionFlag.NoUpdate)


def announce(widget: QtWidgets.QWidget, text: str) -> None:
    """Have a screen reader say ``text`` now (errors that appear beside a field)."""
    if text and QtGui.QAccessible.isActive():
        event = QtGui.QAccessibleAnnouncementEvent(widget, text)
        QtGui.QAccessible.updateAccessibility(event)


_installed = False


def install(app: QtWidgets.QApplication) -> None:
    """Follow the focus (once per application)."""
    global _installed
    if not _installed:
        _installed = True
        app.focusChanged.connect(_focus_moved)


TEXT_SIZES = (100, 125, 150, 175, 200)  # per cent of the system's font size


def apply_text_size(app: QtWidgets.QApplication, percent: int) -> int:
    """Set the application's font to ``percent`` of the system's; returns the size used."""
    percent = percent if percent in TEXT_SIZES else 100
    base = app.property("system_font")
    if not isinstance(base, QtGui.QFont):
        base = QtGui.QFont(app.font())
        app.setProperty("system_font", base)
    font = QtGui.QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * percent / 100)
    else:
        font.setPixelSize(round(base.pixelSize() * percent / 100))
    app.setFont(font)
    app.setProperty("text_size", percent)
    return percent


def text_size(app: QtWidgets.QApplication) -> int:
    value = app.property("text_size")
    return value if isinstance(value, int) else 100

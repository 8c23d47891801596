"""Small behaviours every window shares: the mouse wheel scrolls the page rather than
changing a choice under the pointer, dialogs fit the screen, and file dialogs start where
the person keeps their files."""

from __future__ import annotations

import html
from pathlib import Path

from composer.ui.qt import QtCore, QtGui, QtWidgets
from composer.ui.settings import Settings

# Screens a dialog must fit: 1024 × 768 at 1.5× scale leaves about 680 × 510 logical pixels
# (less a taskbar), the smallest a community centre's old monitor gives.
SMALLEST_SCREEN = QtCore.QSize(1024 * 2 // 3, 768 * 2 // 3 - 24)


class _WheelGuard(QtCore.QObject):
    """A combo box or spin box takes the wheel only when it has the focus; otherwise the
    wheel scrolls whatever holds it (a scrolling form no longer changes "Writing to" as the
    pointer passes over it)."""

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if (
            event.type() != QtCore.QEvent.Type.Wheel
            or not isinstance(watched, QtWidgets.QWidget)
            or watched.hasFocus()
        ):
            return False
        assert isinstance(event, QtGui.QWheelEvent)
        area = _scroll_area_of(watched)
        if area is not None:
            # Handed to the scroll area holding the widget: Qt passes a wheel event on to a
            # widget's parents only when it came from the mouse itself.
            viewport = area.viewport()
            position = viewport.mapFromGlobal(event.globalPosition())
            QtCore.QCoreApplication.sendEvent(
                viewport,
                QtGui.QWheelEvent(
                    position,
                    event.globalPosition(),
                    event.pixelDelta(),
                    event.angleDelta(),
                    event.buttons(),
                    event.modifiers(),
                    event.phase(),
                    event.inverted(),
                ),
            )
        event.ignore()
        return True


def _scroll_area_of(widget: QtWidgets.QWidget) -> QtWidgets.QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QtWidgets.QAbstractScrollArea) and not isinstance(
            parent, QtWidgets.QAbstractItemView | QtWidgets.QPlainTextEdit | QtWidgets.QTextEdit
        ):
            return parent
        parent = parent.parentWidget()
    return None


_guard: _WheelGuard | None = None

_GUARDED = (QtWidgets.QComboBox, QtWidgets.QAbstractSpinBox)


def guard_wheel(root: QtWidgets.QWidget) -> None:
    """Guard every combo box and spin box in ``root`` (again after adding more)."""
    global _guard
    if _guard is None:
        _guard = _WheelGuard(QtCore.QCoreApplication.instance())
    strong = QtCore.Qt.FocusPolicy.StrongFocus
    for kind in _GUARDED:
        for widget in root.findChildren(kind):
            widget.setFocusPolicy(strong)  # the wheel never gives the focus
            widget.installEventFilter(_guard)  # installed once however often it is asked


class WrappingCheckBox(QtWidgets.QCheckBox):
    """A check box whose text wraps onto more lines instead of widening its form.

    The text is drawn by a word-wrapping label laid over the box's right side; a click on
    it ticks the box as on a plain check box, and the box is named by the text for screen
    readers.
    """

    def __init__(self, text: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        # The label shows the access key underlined ("&Keep" as Keep with K underlined),
        # and the key ticks the box as a plain check box's would.
        plain, key = _mnemonic(text)
        shown = html.escape(plain)
        if key >= 0:
            shown = (
                html.escape(plain[:key])
                + f"<u>{html.escape(plain[key])}</u>"
                + html.escape(plain[key + 1 :])
            )
            access = QtGui.QShortcut(QtGui.QKeySequence.mnemonic(text), self)
            access.activated.connect(self._access_key)
        self.label = QtWidgets.QLabel(shown)
        self.label.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setAttribute(QtCore.Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        indicator = self.style().pixelMetric(QtWidgets.QStyle.PixelMetric.PM_IndicatorWidth)
        spacing = self.style().pixelMetric(QtWidgets.QStyle.PixelMetric.PM_CheckBoxLabelSpacing)
        self._layout = QtWidgets.QHBoxLayout(self)
        self._layout.setContentsMargins(indicator + spacing, 0, 0, 0)
        self._layout.addWidget(self.label)
        self._plain = plain
        self.access_text = text  # with its "&", for the checks of access keys
        self.setAccessibleName(plain)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:
        return self._plain

    def _access_key(self) -> None:
        if self.isEnabled() and self.isVisible():
            self.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
            self.click()

    def hitButton(self, pos: QtCore.QPoint) -> bool:
        return self.rect().contains(pos)

    def sizeHint(self) -> QtCore.QSize:
        hint = self._layout.sizeHint()
        return QtCore.QSize(hint.width(), max(hint.height(), super().sizeHint().height()))

    def minimumSizeHint(self) -> QtCore.QSize:
        layout = self._layout.minimumSize()
        return QtCore.QSize(
            layout.width(), max(layout.height(), super().minimumSizeHint().height())
        )

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self._layout.heightForWidth(width), super().sizeHint().height())


class FlowLayout(QtWidgets.QLayout):
    """Lays its widgets out in a row, wrapping onto further rows when the row is too narrow:
    a row of buttons or choices that fits at 100 % in English still fits at 200 % in
    Armenian, on more lines instead of past the screen's edge.

    Qt ships no such layout, only the "Flow Layout" example (qtbase's
    examples/widgets/layouts/flowlayout), whose idea this follows.
    """

    def __init__(self, parent: QtWidgets.QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QtWidgets.QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QtWidgets.QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QtWidgets.QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QtWidgets.QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> QtCore.Qt.Orientation:
        return QtCore.Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QtCore.QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QtCore.QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QtCore.QSize:
        """One row of everything, when there is room for it."""
        width = sum(item.sizeHint().width() for item in self._items)
        width += self._gap() * max(0, len(self._items) - 1)
        height = max((item.sizeHint().height() for item in self._items), default=0)
        margins = self.contentsMargins()
        return QtCore.QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QtCore.QSize:
        """As wide as the widest item: the others go to further rows."""
        size = QtCore.QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QtCore.QSize(
            margins.left() + margins.right(), margins.top() + margins.bottom()
        )

    def _gap(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        style = parent.style() if parent is not None else QtWidgets.QApplication.style()
        return style.pixelMetric(QtWidgets.QStyle.PixelMetric.PM_LayoutHorizontalSpacing) or 6

    def _arrange(self, rect: QtCore.QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, row_height = area.x(), area.y(), 0
        gap = self._gap()
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            width = min(hint.width(), area.width())
            if x > area.x() and x + width > area.right() + 1:
                x, y = area.x(), y + row_height + gap
                row_height = 0
            height = item.heightForWidth(width) if item.hasHeightForWidth() else hint.height()
            if move:
                item.setGeometry(QtCore.QRect(QtCore.QPoint(x, y), QtCore.QSize(width, height)))
            x += width + gap
            row_height = max(row_height, height)
        return y + row_height - rect.y() + margins.bottom()


def labelled(label: QtWidgets.QLabel, field: QtWidgets.QWidget) -> QtWidgets.QWidget:
    """A label and its field kept side by side (in a :class:`FlowLayout`, one item)."""
    pair = QtWidgets.QWidget()
    row = QtWidgets.QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label)
    row.addWidget(field, 1)
    return pair


def let_combos_shrink(root: QtWidgets.QWidget, characters: int = 14) -> None:
    """Combo boxes in ``root`` ask for room for ``characters``, not for their longest item.

    A combo box is as wide as its longest entry by default: one long country or office name
    (longer still in Armenian or French, or at a large text size) widened the whole form past
    its pane. The list that drops down still shows every entry in full.
    """
    policy = QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    for combo in root.findChildren(QtWidgets.QComboBox):
        combo.setSizeAdjustPolicy(policy)
        combo.setMinimumContentsLength(characters)
        combo.view().setTextElideMode(QtCore.Qt.TextElideMode.ElideNone)


def available_area(widget: QtWidgets.QWidget) -> QtCore.QRect:
    screen = widget.screen() or QtGui.QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen else QtCore.QRect(0, 0, 1024, 768)


def fit_to_screen(widget: QtWidgets.QWidget, wanted: QtCore.QSize) -> None:
    """Resize ``widget`` to ``wanted``, or to the screen's available area less a margin for
    the window frame when that is smaller, and keep it on the screen."""
    area = available_area(widget)
    width = min(wanted.width(), area.width() - 16)
    layout = widget.layout()
    needed = wanted.height()
    if layout is not None and layout.hasHeightForWidth():
        # Text that wraps (at a large text size, in a longer language) needs more height
        # at this width than the size it was designed for: the window grows to show it.
        needed = max(needed, layout.totalHeightForWidth(width))
    height = min(needed, area.height() - 40)
    widget.resize(max(width, 200), max(height, 150))
    if widget.isWindow() and widget.parentWidget() is None:
        widget.move(area.topLeft())


def name_fields_by_labels(layout: QtWidgets.QFormLayout) -> None:
    """Give each field of ``layout`` its row label as its accessible name (a screen reader
    would otherwise call a list box by the value it shows)."""
    for row in range(layout.rowCount()):
        label = layout.itemAt(row, QtWidgets.QFormLayout.ItemRole.LabelRole)
        field = layout.itemAt(row, QtWidgets.QFormLayout.ItemRole.FieldRole)
        text = label.widget() if label is not None else None
        widget = field.widget() if field is not None else None
        if (
            isinstance(text, QtWidgets.QLabel)
            and widget is not None
            and not widget.accessibleName()
        ):
            widget.setAccessibleName(text.text().replace("&", "").rstrip(" :：").strip())


def scrolling(content: QtWidgets.QWidget) -> QtWidgets.QScrollArea:
    """``content`` in a frameless scroll area: a dialog taller than a small screen scrolls
    instead of pushing its buttons off it."""
    area = QtWidgets.QScrollArea()
    area.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)  # not a stop: its content is
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    return area


# -- file dialogs ---------------------------------------------------------------------------


def start_folder(settings: Settings) -> Path:
    """Where a file dialog opens: the folder last used, else the person's documents."""
    last = settings.last_folder()
    if last and Path(last).is_dir():
        return Path(last)
    documents = QtCore.QStandardPaths.writableLocation(
        QtCore.QStandardPaths.StandardLocation.DocumentsLocation
    )
    return Path(documents or Path.home())


def list_table(headers: list[str], name: str) -> QtWidgets.QTableWidget:
    """A read-only table of rows chosen one at a time (letters sent, what is kept)."""
    table = QtWidgets.QTableWidget(0, len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def ask_yes(
    parent: QtWidgets.QWidget | None, title: str, text: str, default_yes: bool = False
) -> bool:
    """A Yes/No question; True for Yes. No is the default unless ``default_yes``: a
    question about deleting is answered no by a stray Enter."""
    buttons = QtWidgets.QMessageBox.StandardButton
    answer = QtWidgets.QMessageBox.question(
        parent, title, text, buttons.Yes | buttons.No, buttons.Yes if default_yes else buttons.No
    )
    return answer == buttons.Yes


def ask_save_path(
    parent: QtWidgets.QWidget | None,
    settings: Settings,
    caption: str,
    name: str,
    filters: str,
    folder: Path | None = None,
) -> Path | None:
    """Ask where to save ``name``; remembers the folder chosen."""
    start = (folder or start_folder(settings)) / name
    chosen, _ = QtWidgets.QFileDialog.getSaveFileName(parent, caption, str(start), filters)
    if not chosen:
        return None
    path = Path(chosen)
    settings.set_last_folder(str(path.parent))
    return path


def ask_open_path(
    parent: QtWidgets.QWidget | None, settings: Settings, caption: str, filters: str
) -> Path | None:
    chosen, _ = QtWidgets.QFileDialog.getOpenFileName(
        parent, caption, str(start_folder(settings)), filters
    )
    if not chosen:
        return None
    path = Path(chosen)
    settings.set_last_folder(str(path.parent))
    return path


def ask_folder(parent: QtWidgets.QWidget | None, settings: Settings, caption: str) -> Path | None:
    chosen = QtWidgets.QFileDialog.getExistingDirectory(
        parent, caption, str(start_folder(settings))
    )
    if not chosen:
        return None
    settings.set_last_folder(chosen)
    return Path(chosen)


# -- dates ------------------------------------------------------------------------------------


def _qt_date_token(letter: str, count: int) -> str:
    if letter == "y":
        return "yy" if count == 2 else "yyyy"
    if letter in "ML":
        return "M" * min(count, 4) if count < 5 else "MMM"
    if letter == "d":
        return "d" * min(count, 2)
    if letter in "Eec":
        return "dddd" if count >= 4 else "ddd"
    return ""  # eras and the like: not shown in an editable date


def _qt_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'" if text else ""


def qt_date_format(pattern: str) -> str:
    """A CLDR date pattern (Babel's) as a Qt display format: the two differ in letters
    (``y`` / ``yyyy``, ``EEE`` / ``ddd``) and Qt needs plain letters quoted."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "'":
            if pattern.startswith("''", i):
                out.append("''")
                i += 2
                continue
            literal: list[str] = []
            j = i + 1
            while j < len(pattern):
                if pattern[j] == "'":
                    if pattern.startswith("''", j):
                        literal.append("'")
                        j += 2
                        continue
                    break
                literal.append(pattern[j])
                j += 1
            out.append(_qt_literal("".join(literal)))
            i = j + 1
        elif char.isascii() and char.isalpha():
            j = i
            while j < len(pattern) and pattern[j] == char:
                j += 1
            out.append(_qt_date_token(char, j - i))
            i = j
        else:
            out.append(char)
            i += 1
    return "".join(out).strip()


def medium_date_format(locale: QtCore.QLocale | None = None) -> str:
    """How the person's language writes a date of medium length ("Dec 1, 2026",
    "1 déc. 2026"), from CLDR by way of Babel; Qt itself offers only long and short."""
    from composer import __version__
    from composer.core import cache

    name = (locale or QtCore.QLocale()).name()
    key = f"{__version__}|{name}"  # Babel's data ships with the app: its version says enough
    kept = cache.get("date-format", key)
    if isinstance(kept, str) and kept:
        return kept  # reading CLDR's data costs a start of the app 40 ms
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_date_format

    try:
        pattern = get_date_format("medium", locale=Locale.parse(name)).pattern
    except (UnknownLocaleError, ValueError):
        pattern = "MMM d, y"
    found = qt_date_format(pattern) or "yyyy-MM-dd"
    cache.put("date-format", key, found)
    return found


def _mnemonic(text: str) -> tuple[str, int]:
    """``text`` without its access-key marks, and where its access key is (-1: none):
    "&Keep" is ("Keep", 0); "&&" is a plain "&"."""
    plain: list[str] = []
    key = -1
    i = 0
    while i < len(text):
        if text[i] == "&" and i + 1 < len(text):
            if text[i + 1] != "&" and key < 0:
                key = len(plain)
            plain.append(text[i + 1])
            i += 2
            continue
        plain.append(text[i])
        i += 1
    return "".join(plain), key

"""Spelling help in the form's multi-line fields: misspelt words underlined, suggestions on
right-click (or the menu key), the checker's language following the letter's.

Checking never runs on the keystroke: a key only restarts a short timer; when typing pauses
(and other work on the pool, such as the preview's build, is done, as they would take turns
with Python's one lock), the text goes, from the task pool, to the spelling worker process
(:func:`composer.core.spelling.service`), which finds the misspelt words (each word looked
up once, then remembered); the result comes back to the UI thread and only then is the text
re-underlined, from a set of words, without any lookup. The dictionaries load in the worker,
so loading one never freezes the window.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from composer.core import spelling
from composer.ui.qt import QtCore, QtGui, QtWidgets, Signal
from composer.ui.tasks import Tasks, app_tasks

PAUSE_MS = 15  # typing paused this long: check (a held key repeats every 30-50 ms)
# A field's first check waits this long after the field is made (edits meanwhile wait too):
# starting the worker and loading a dictionary take a core for up to half a second, which
# would delay the window's first preview at start.
FIRST_CHECK_MS = 1500
# A check due while other work runs on the pool (the preview's build) waits for it, up to
# this long: both would take turns with Python's one lock, and the preview would come later.
YIELD_MS = 600

translate = QtCore.QCoreApplication.translate  # found by Qt's lupdate as "spelling" texts


class SpellHighlighter(QtGui.QSyntaxHighlighter):
    """Underlines the words it is told are misspelt; looks nothing up itself."""

    def __init__(self, document: QtGui.QTextDocument) -> None:
        super().__init__(document)
        self.misspelt: frozenset[str] = frozenset()
        self.underline = QtGui.QTextCharFormat()
        self.underline.setUnderlineStyle(QtGui.QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.underline.setUnderlineColor(QtGui.QColor("#d32f2f"))

    def set_misspelt(self, found: Iterable[str]) -> None:
        found = frozenset(found)
        if found != self.misspelt:
            self.misspelt = found
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        if not self.misspelt:
            return
        for start, end, word in spelling.words(text):
            if word in self.misspelt:
                self.setFormat(start, end - start, self.underline)


class SpellChecking(QtCore.QObject):
    """Spelling help attached to one multi-line field."""

    checked = Signal()  # a check's result is shown
    suggested = Signal()  # suggestions are in the open menu

    def __init__(
        self,
        editor: QtWidgets.QPlainTextEdit,
        language: str,
        known: Callable[[], Iterable[str]] = tuple,
        tasks: Tasks | None = None,
        can_add: bool = True,
    ) -> None:
        super().__init__(editor)
        self.can_add = can_add  # "Add to the Dictionary" (not at the signing table)
        self.editor = editor
        self.language = language
        self.known = known
        self.tasks = tasks or app_tasks()
        self.highlighter = SpellHighlighter(editor.document())
        self._suggested: dict[tuple[str, str], list[str]] = {}  # (language, word) -> its
        self._generation = 0
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self._due)
        self._waited = 0  # ms a due check has waited for other work
        self._started = False  # the first check is due (see FIRST_CHECK_MS)
        self._underlining = False
        editor.textChanged.connect(self._edited)
        # The field's own context menu, with suggestions added: asked for by the mouse or the
        # menu key (a signal, not an event filter, which would run Python for every event).
        editor.setContextMenuPolicy(QtCore.Qt.ContextMenuPolicy.CustomContextMenu)
        editor.customContextMenuRequested.connect(self._show_menu)
        QtCore.QTimer.singleShot(FIRST_CHECK_MS, self, self._first_check)

    def _edited(self) -> None:
        # Underlining changes the document's formats, which Qt also calls a text change.
        if self._started and not self._underlining:
            self._waited = 0
            self._timer.start()

    def _due(self) -> None:
        busy = any(task.running and task.name != "spelling" for task in self.tasks.active())
        if busy and self._waited < YIELD_MS:
            self._waited += PAUSE_MS
            self._timer.start()
            return
        self.check()

    def _first_check(self) -> None:
        self._started = True
        self.check()

    @property
    def misspelt(self) -> frozenset[str]:
        return self.highlighter.misspelt

    def set_language(self, language: str) -> None:
        if language != self.language:
            self.language = language
            self.check()

    def check(self) -> None:
        """Check the whole field on the pool; the newest check's result wins."""
        self._timer.stop()
        self._generation += 1
        text = self.editor.toPlainText()
        if not spelling.available(self.language) or not text.strip():
            self.highlighter.set_misspelt(())
            self.checked.emit()
            return
        generation = self._generation
        self.tasks.run(
            spelling.service().misspelt,
            self.language,
            text,
            list(self.known()),
            owner=self,
            finished=lambda found: self._show(generation, found),
            name="spelling",
        )

    def _show(self, generation: int, found: set[str]) -> None:
        if generation != self._generation:
            return  # a newer check is on its way
        self._underlining = True
        try:
            self.highlighter.set_misspelt(found)
        finally:
            self._underlining = False
        self.checked.emit()

    # -- suggestions ------------------------------------------------------------------------

    def word_at(self, cursor: QtGui.QTextCursor) -> tuple[int, int, str] | None:
        """The misspelt word under ``cursor`` as (document start, end, word), if any."""
        block = cursor.block()
        column = cursor.positionInBlock()
        for start, end, word in spelling.words(block.text()):
            if start <= column <= end and word in self.misspelt:
                return block.position() + start, block.position() + end, word
        return None

    def menu_at(self, position: QtCore.QPoint | None) -> QtWidgets.QMenu:
        """The field's context menu, with suggestions first when a misspelt word is there.

        ``position`` is where the mouse was; None (the menu key) uses the text cursor.
        """
        editor = self.editor
        at = position if position is not None else editor.cursorRect().center()
        menu = editor.createStandardContextMenu(at)
        cursor = editor.cursorForPosition(position) if position is not None else editor.textCursor()
        found = self.word_at(cursor)
        if found is None:
            return menu
        start, end, word = found
        first = menu.actions()[0] if menu.actions() else None
        keep = QtGui.QAction(
            translate("spelling", "Add “%1” to the Dictionary").replace("%1", word), menu
        )
        keep.triggered.connect(lambda _checked=False: self._add(word))
        keep.setVisible(self.can_add)  # still the place the suggestions go before
        menu.insertAction(first, keep)  # type: ignore[arg-type]
        menu.insertSeparator(first)  # type: ignore[arg-type]
        known = self._suggested.get((self.language, word))
        if known is not None:
            self._offer(menu, keep, start, end, word, known)
            return menu
        # Hunspell takes 0.1-0.4 s to suggest (Armenian the longest): the menu opens at once
        # and the suggestions join it when they come, instead of the window freezing.
        waiting = QtGui.QAction(translate("spelling", "Looking for suggestions…"), menu)
        waiting.setEnabled(False)
        menu.insertAction(keep, waiting)
        language = self.language
        self.tasks.run(
            spelling.service().suggest,
            language,
            word,
            owner=menu,  # a menu closed meanwhile takes nothing
            finished=lambda found: self._arrived(
                menu, waiting, keep, start, end, word, found, language
            ),
            name="spelling suggestions",
        )
        return menu

    def _arrived(
        self,
        menu: QtWidgets.QMenu,
        waiting: QtGui.QAction,
        keep: QtGui.QAction,
        start: int,
        end: int,
        word: str,
        found: list[str],
        language: str,
    ) -> None:
        if len(self._suggested) > 200:
            self._suggested.clear()
        self._suggested[(language, word)] = list(found)  # the language it was asked in
        menu.removeAction(waiting)
        self._offer(menu, keep, start, end, word, found)

    def _offer(
        self,
        menu: QtWidgets.QMenu,
        keep: QtGui.QAction,
        start: int,
        end: int,
        word: str,
        suggestions: list[str],
    ) -> None:
        """Put ``suggestions`` (or "No suggestions") in ``menu`` before ``keep``."""
        added: list[QtGui.QAction] = []
        for suggestion in suggestions[:6]:
            action = QtGui.QAction(suggestion, menu)
            action.triggered.connect(
                lambda _checked=False, s=suggestion: self._replace(start, end, word, s)
            )
            added.append(action)
        if not suggestions:
            none = QtGui.QAction(translate("spelling", "No suggestions"), menu)
            none.setEnabled(False)
            added.append(none)
        menu.insertActions(keep, added)
        self.suggested.emit()

    def _replace(self, start: int, end: int, word: str, suggestion: str) -> None:
        cursor = QtGui.QTextCursor(self.editor.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QtGui.QTextCursor.MoveMode.KeepAnchor)
        if cursor.selectedText() == word:  # the text has not moved since the menu opened
            cursor.insertText(suggestion)  # one step of the field's undo

    def _add(self, word: str) -> None:
        spelling.service().add(self.language, word)
        self.check()

    def _show_menu(self, position: QtCore.QPoint) -> None:
        """``position`` is in the viewport's coordinates (Qt's rule for scroll areas)."""
        menu = self.menu_at(position)
        menu.exec(self.editor.viewport().mapToGlobal(position))
        menu.deleteLater()

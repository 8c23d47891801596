"""The live preview: the very PDF bytes that Save and Print use, shown by QtPdf."""

from __future__ import annotations

from collections.abc import Callable

from composer.ui import colours
from composer.ui.pages import PageView, pdf_document
from composer.ui.qt import QtCore, QtWidgets, Signal, Slot

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 5.0


class PreviewPane(QtWidgets.QWidget):
    """All pages of the letter, fit to width or zoomed, with a message bar above them, and
    optionally the letter's text below them.

    A failed build leaves the last good pages in place and says why above them.

    The pages are pictures to a screen reader (they expose no text), so the pane
    can also show the text of the same PDF in a read-only text field, which a screen reader
    reads line by line and word by word: "Text of the letter". It is shown when a screen
    reader is running (Qt knows) and whenever the person turns it on (View ▸ Letter as
    Text); the text is what the typesetter drew into the very PDF shown, line by line in
    reading order (a name in Arabic or Hebrew as it is written), so it is what will print.
    """

    shown = Signal()  # new pages are in the view

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Letter preview"))
        self.setAccessibleDescription(self.tr("The letter exactly as it will print"))
        self.message = QtWidgets.QLabel(self)
        self.message.setObjectName("previewMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.view = PageView(self)
        self.view.setAccessibleName(self.tr("Pages of the letter"))
        self.text = QtWidgets.QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(
            QtCore.Qt.TextInteractionFlag.TextSelectableByKeyboard
            | QtCore.Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.text.setAccessibleName(self.tr("Text of the letter"))
        self.text.setAccessibleDescription(self.tr("The letter's words as they will print"))
        self.text.hide()
        split = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical, self)
        split.addWidget(self.view)
        split.addWidget(self.text)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        self.pdf = b""
        # The typesetter's text of the pages shown, asked for only when it is shown.
        self._pages_text: Callable[[], tuple[str, ...]] | None = None

    def show_text(self, shown: bool) -> None:
        """Show or hide the letter's text below the pages."""
        self.text.setVisible(shown)
        if shown:
            self._fill_text()

    def _fill_text(self) -> None:
        document = self.view.document()
        if document is None or not self.text.isVisibleTo(self):
            return
        pages = list(self._pages_text()) if self._pages_text is not None else []
        pages = pages or [document.getAllText(page).text() for page in range(document.pageCount())]
        text = "\n\n".join(page.strip() for page in pages)
        if text != self.text.toPlainText():
            bar = self.text.verticalScrollBar()
            position = bar.value()
            self.text.setPlainText(text)
            bar.setValue(min(position, bar.maximum()))

    def page_count(self) -> int:
        return self.view.page_count()

    def show_pdf(self, data: bytes, text: Callable[[], tuple[str, ...]] | None = None) -> None:
        """Show new PDF bytes, keeping the reader's place; identical bytes are skipped.

        ``text`` gives each page's text as the typesetter drew it, in reading order (called
        only when the text is shown); without it (a merge's letters), the text is read from
        the PDF by QtPdf, which gives a right-to-left name in drawing order."""
        self._pages_text = text
        if data == self.pdf:
            self.shown.emit()
            return
        self.view.set_pdf(data)  # laid out at once, in the same place; drawn off the UI thread
        self.pdf = data
        self._fill_text()
        self.shown.emit()

    def show_message(self, text: str, kind: str = "error") -> None:
        if not text:
            self.message.hide()
            return
        background, foreground = colours.message_colours(self, kind)
        self.message.setStyleSheet(
            f"QLabel#previewMessage {{ background: {background.name()}; "
            f"color: {foreground.name()}; padding: 8px; }}"
        )
        self.message.setText(text)
        self.message.show()

    # -- zoom ---------------------------------------------------------------------------------

    @Slot()
    def fit_width(self) -> None:
        self.view.fit_width()

    @Slot()
    def zoom_in(self) -> None:
        self._zoom(ZOOM_STEP)

    @Slot()
    def zoom_out(self) -> None:
        self._zoom(1 / ZOOM_STEP)

    def _zoom(self, factor: float) -> None:
        current = self.view.zoom_factor()  # fitted to the width: what that shows now
        self.view.set_zoom_factor(max(MIN_ZOOM, min(MAX_ZOOM, current * factor)))


def pdf_text(pdf: bytes) -> str:
    """The text of a PDF's pages, read by Qt's PDF engine (what the preview shows as text)."""
    document = pdf_document(pdf)
    pages = [document.getAllText(page).text() for page in range(document.pageCount())]
    document.close()
    return "\n\n".join(page.strip() for page in pages)

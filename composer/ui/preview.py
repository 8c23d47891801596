"""The live preview: the very PDF bytes that Save and Print use, shown by QtPdf."""

from __future__ import annotations

from composer.ui.qt import QtCore, QtGui, QtPdf, QtPdfWidgets, QtWidgets, Signal, Slot

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 5.0


class PreviewPane(QtWidgets.QWidget):
    """All pages of the letter, fit to width or zoomed, with a message bar above them.

    A failed build leaves the last good pages in place and says why above them.
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
        self.message.setAccessibleName(self.tr("Preview message"))
        self.message.hide()
        self.view = QtPdfWidgets.QPdfView(self)
        self.view.setPageMode(QtPdfWidgets.QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QtPdfWidgets.QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setDocumentMargins(QtCore.QMargins(12, 12, 12, 12))
        self.view.setAccessibleName(self.tr("Pages of the letter"))
        # Always a vertical scroll bar: fitted to the width, a page that is just as tall as
        # the view would otherwise make the bar appear, narrow the page, vanish, widen it,
        # and so on for ever (the window froze at some sizes).
        self.view.setVerticalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self._document: QtPdf.QPdfDocument | None = None
        self._buffer: QtCore.QBuffer | None = None
        self.pdf = b""

    def page_count(self) -> int:
        return self._document.pageCount() if self._document is not None else 0

    def show_pdf(self, data: bytes) -> None:
        """Show new PDF bytes, keeping the reader's place; identical bytes are skipped."""
        if data == self.pdf:
            self.shown.emit()
            return
        bar = self.view.verticalScrollBar()
        position = bar.value()
        # QtPdf reads the buffer lazily from worker threads for the document's whole life:
        # each update gets a fresh buffer and document, and the old pair is freed later.
        buffer = QtCore.QBuffer(self)
        buffer.setData(QtCore.QByteArray(data))
        buffer.open(QtCore.QIODevice.OpenModeFlag.ReadOnly)
        document = QtPdf.QPdfDocument(self)
        document.load(buffer)
        old_document, old_buffer = self._document, self._buffer
        self._document, self._buffer = document, buffer
        self.view.setDocument(document)
        self.pdf = data
        if old_document is not None:
            old_document.deleteLater()
        if old_buffer is not None:
            old_buffer.deleteLater()
        # The view lays the new document out on the next event loop turn.
        # The pane as the timer's context: a pane closed meanwhile cancels it.
        QtCore.QTimer.singleShot(0, self, lambda: bar.setValue(min(position, bar.maximum())))
        self.shown.emit()

    def show_message(self, text: str, kind: str = "error") -> None:
        if not text:
            self.message.hide()
            return
        palette = self.palette()
        if kind == "error":
            background, foreground = QtGui.QColor("#fde7e9"), QtGui.QColor("#5c0011")
        else:
            background = palette.color(QtGui.QPalette.ColorRole.ToolTipBase)
            foreground = palette.color(QtGui.QPalette.ColorRole.ToolTipText)
        self.message.setStyleSheet(
            f"QLabel#previewMessage {{ background: {background.name()}; "
            f"color: {foreground.name()}; padding: 8px; }}"
        )
        self.message.setText(text)
        self.message.show()

    # -- zoom ---------------------------------------------------------------------------------

    @Slot()
    def fit_width(self) -> None:
        self.view.setZoomMode(QtPdfWidgets.QPdfView.ZoomMode.FitToWidth)

    @Slot()
    def zoom_in(self) -> None:
        self._zoom(ZOOM_STEP)

    @Slot()
    def zoom_out(self) -> None:
        self._zoom(1 / ZOOM_STEP)

    def _zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QtPdfWidgets.QPdfView.ZoomMode.Custom and self._document:
            # Start from what fit-to-width shows now.
            width = self.view.viewport().width() - 24
            page = self._document.pagePointSize(0).width() * self.logicalDpiX() / 72
            current = width / page if page > 0 else 1.0
        self.view.setZoomMode(QtPdfWidgets.QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(MIN_ZOOM, min(MAX_ZOOM, current * factor)))

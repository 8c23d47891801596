"""Printing the letter: the same PDF pages the preview shows, rendered for the printer."""

from __future__ import annotations

from composer.ui.qt import QtCore, QtGui, QtPdf, QtPrintSupport

# A Letter page at 600 dpi in ARGB32 is about 135 MB: 300 dpi is sharp on paper and keeps a
# page near 25 MB.
MAX_DPI = 300


def page_size(paper: str) -> QtGui.QPageSize:
    size = QtGui.QPageSize.PageSizeId.A4 if paper == "a4" else QtGui.QPageSize.PageSizeId.Letter
    return QtGui.QPageSize(size)


def prepare_printer(printer: QtPrintSupport.QPrinter, paper: str) -> None:
    """Paper size from the letter; the whole sheet is ours (the PDF has its own margins)."""
    printer.setPageSize(page_size(paper))
    printer.setPageOrientation(QtGui.QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setPageMargins(QtCore.QMarginsF(0, 0, 0, 0), QtGui.QPageLayout.Unit.Point)


def paint_pdf(
    printer: QtPrintSupport.QPrinter,
    pdf: bytes,
    max_dpi: int = MAX_DPI,
    offset_mm: tuple[float, float] = (0.0, 0.0),
) -> int:
    """Render every page of ``pdf`` onto ``printer``, moved by the printer's measured offset
    (mm, right and down); returns the number of pages printed."""
    buffer = QtCore.QBuffer()
    buffer.setData(QtCore.QByteArray(pdf))
    buffer.open(QtCore.QIODevice.OpenModeFlag.ReadOnly)
    document = QtPdf.QPdfDocument()
    document.load(buffer)
    pages = document.pageCount()
    if pages == 0:
        return 0
    dpi = max(72, min(printer.resolution(), max_dpi))
    painter = QtGui.QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        for index in range(pages):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QtCore.QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            rendered = document.render(index, size)
            # Pages render with a transparent background: print them on white, as 24-bit RGB.
            page = QtGui.QImage(size, QtGui.QImage.Format.Format_RGB888)
            page.fill(QtGui.QColor("white"))
            with_white = QtGui.QPainter(page)
            with_white.drawImage(0, 0, rendered)
            with_white.end()
            del rendered
            target = QtCore.QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            per_mm = printer.resolution() / 25.4
            target.translate(offset_mm[0] * per_mm, offset_mm[1] * per_mm)
            painter.drawImage(target, page)
    finally:
        painter.end()
    return pages

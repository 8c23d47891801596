"""Printing: the same PDF the preview shows, at its own size, on the printer the person chose.

Where the computer has CUPS (Linux, macOS) the printer receives the PDF itself, through
``composer.core.printjobs``, with the print dialog's choices as job options: text stays text.
Elsewhere (Windows) the pages are drawn as pictures at the printer's resolution (at least
300 dpi), at their own size and proportions. A printer's measured offset applies to both. A
job "printed" to a PDF file is the PDF itself.

A page is never scaled unevenly. When the printer's paper is not the document's, the person
chooses: the document's paper (the usual choice), the document at actual size centred on
the printer's paper, or fitted to it keeping its proportions.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from composer.core.files import write_atomic
from composer.core.printjobs import (
    JobOptions,
    SentJob,
    cups_available,
    envelope_feed_hint,
    media_for_points,
    same_size,
    send_pdf,
)
from composer.ui.errors import report_failure
from composer.ui.qt import QtCore, QtGui, QtPdf, QtPrintSupport, QtWidgets, Slot
from composer.ui.settings import Settings
from composer.ui.tasks import Tasks, app_tasks

log = logging.getLogger(__name__)

MIN_DPI = 300  # sharp on paper
MAX_DPI = 600  # a Letter page at 600 dpi is 100 MB as a picture: no more
PREVIEW_DPI = 150

DOCUMENT, CENTRED, FIT = "document", "centred", "fit"


@dataclass(frozen=True)
class Document:
    """Something to print: its PDF, a title for the queue, and what it is."""

    pdf: bytes
    title: str
    kind: str = "letter"  # letter | letters | envelopes | labels | calibration

    def sent(self, count: int, printer: str, job: str = "") -> str:
        """ "3 pages sent to Office (job Office-12)." in the person's language."""
        if self.kind == "envelopes":
            text = QtWidgets.QApplication.translate(
                "printing", "%n envelope(s) sent to %1.", "", count
            )
        elif self.kind == "labels":
            text = QtWidgets.QApplication.translate(
                "printing", "%n sheet(s) of labels sent to %1.", "", count
            )
        else:
            text = QtWidgets.QApplication.translate("printing", "%n page(s) sent to %1.", "", count)
        text = text.replace("%1", printer)
        if job:
            text += " " + QtWidgets.QApplication.translate("printing", "(Job %1.)").replace(
                "%1", job
            )
        return text


def _load(pdf: bytes) -> tuple[QtPdf.QPdfDocument, QtCore.QBuffer]:
    buffer = QtCore.QBuffer()
    buffer.setData(QtCore.QByteArray(pdf))
    buffer.open(QtCore.QIODevice.OpenModeFlag.ReadOnly)
    document = QtPdf.QPdfDocument()
    document.load(buffer)
    return document, buffer  # the buffer must live as long as the document


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """Each page's size in points."""
    document, _buffer = _load(pdf)
    sizes = []
    for index in range(document.pageCount()):
        size = document.pagePointSize(index)
        sizes.append((size.width(), size.height()))
    document.close()
    return sizes


def _page_size(width: float, height: float) -> QtGui.QPageSize:
    """Qt's page size for a page of ``width`` × ``height`` points (portrait; landscape pages
    get the orientation instead)."""
    short, long = sorted((width, height))
    return QtGui.QPageSize(
        QtCore.QSizeF(short, long),
        QtGui.QPageSize.Unit.Point,
        "",
        QtGui.QPageSize.SizeMatchPolicy.FuzzyMatch,
    )


def prepare_printer(printer: QtPrintSupport.QPrinter, width: float, height: float) -> None:
    """The printer set to the document's page: its size and orientation, the whole sheet
    ours (the PDF has its own margins)."""
    orientation = (
        QtGui.QPageLayout.Orientation.Landscape
        if width > height
        else QtGui.QPageLayout.Orientation.Portrait
    )
    printer.setPageLayout(
        QtGui.QPageLayout(
            _page_size(width, height),
            orientation,
            QtCore.QMarginsF(0, 0, 0, 0),
            QtGui.QPageLayout.Unit.Point,
        )
    )
    printer.setFullPage(True)


def printer_paper(printer: QtPrintSupport.QPrinter) -> tuple[float, float]:
    size = printer.pageLayout().pageSize().size(QtGui.QPageSize.Unit.Point)
    return size.width(), size.height()


def queue_paper(printer: QtPrintSupport.QPrinter) -> tuple[float, float] | None:
    """The paper the printer has by default (what is usually in it)."""
    info = QtPrintSupport.QPrinterInfo(printer)
    if info.isNull():
        return None
    size = info.defaultPageSize()
    if not size.isValid():
        return None
    points = size.size(QtGui.QPageSize.Unit.Point)
    return points.width(), points.height()


def _paper_name(width: float, height: float) -> str:
    size = _page_size(width, height)
    if size.id() != QtGui.QPageSize.PageSizeId.Custom:
        return size.name()
    return f"{round(min(width, height) * 25.4 / 72)} × {round(max(width, height) * 25.4 / 72)} mm"


def ask_placement(
    parent: QtWidgets.QWidget | None,
    document: tuple[float, float],
    paper: tuple[float, float],
    printer_name: str,
) -> str | None:
    """Ask how to print a document whose paper is not the printer's; None to cancel."""
    doc_name, paper_name = _paper_name(*document), _paper_name(*paper)
    box = QtWidgets.QMessageBox(parent)
    box.setIcon(QtWidgets.QMessageBox.Icon.Question)
    box.setWindowTitle(QtWidgets.QApplication.translate("printing", "Different paper"))
    box.setText(
        QtWidgets.QApplication.translate(
            "printing",
            "This is on %1 paper, and the printer %2 has %3 paper. How should it be printed?",
        )
        .replace("%1", doc_name)
        .replace("%2", printer_name or QtWidgets.QApplication.translate("printing", "(default)"))
        .replace("%3", paper_name)
    )
    box.setInformativeText(
        QtWidgets.QApplication.translate(
            "printing",
            "On %1 paper it prints exactly as shown, and the address fits the envelope's "
            "window: put %1 paper in the printer.",
        ).replace("%1", doc_name)
    )
    use_document = box.addButton(
        QtWidgets.QApplication.translate("printing", "Print on %1 paper").replace("%1", doc_name),
        QtWidgets.QMessageBox.ButtonRole.AcceptRole,
    )
    centred = box.addButton(
        QtWidgets.QApplication.translate("printing", "Actual size, centred on %1").replace(
            "%1", paper_name
        ),
        QtWidgets.QMessageBox.ButtonRole.AcceptRole,
    )
    fitted = box.addButton(
        QtWidgets.QApplication.translate("printing", "Fit to %1").replace("%1", paper_name),
        QtWidgets.QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(use_document)
    box.exec()
    return {id(use_document): DOCUMENT, id(centred): CENTRED, id(fitted): FIT}.get(
        id(box.clickedButton())
    )


def placement_for(
    parent: QtWidgets.QWidget | None,
    printer: QtPrintSupport.QPrinter,
    document: Document,
    size: tuple[float, float],
) -> str | None:
    """How to place the pages: on their own paper unless the printer's paper differs and
    the person chooses otherwise; None if they cancelled. Envelopes always go at their own
    size (a printer feeds them one by one)."""
    chosen = printer_paper(printer)
    if document.kind == "envelopes":
        return DOCUMENT
    if not same_size(chosen, size):
        return ask_placement(parent, size, chosen, printer.printerName())  # picked in the dialog
    loaded = queue_paper(printer)
    if loaded is not None and not same_size(loaded, size):
        placement = ask_placement(parent, size, loaded, printer.printerName())
        if placement in (CENTRED, FIT):
            prepare_printer(printer, *loaded)
        return placement
    return DOCUMENT


# -- drawing the pages (Windows, previews) -----------------------------------------------------


def paint_pdf(
    printer: QtPrintSupport.QPrinter,
    pdf: bytes,
    placement: str = DOCUMENT,
    offset_mm: tuple[float, float] = (0.0, 0.0),
    min_dpi: int = MIN_DPI,
    max_dpi: int = MAX_DPI,
) -> int:
    """Draw every page of ``pdf`` on ``printer`` as a picture at its own proportions: at the
    page's own size (``document``, the printer set to that paper; ``centred``, at 100 % in the
    middle of the printer's paper) or fitted to the paper (``fit``); moved by the printer's
    measured offset (mm, right and down). Returns the number of pages."""
    document, _buffer = _load(pdf)
    pages = document.pageCount()
    if pages == 0:
        return 0
    resolution = printer.resolution()
    dpi = max(min_dpi, min(resolution, max_dpi))
    first = document.pagePointSize(0)
    if placement == DOCUMENT:
        prepare_printer(printer, first.width(), first.height())
    painter = QtGui.QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        for index in range(pages):
            points = document.pagePointSize(index)
            if index:
                # (Every document of the app has pages of one size: the paper is set once,
                # and Qt cannot change it while printing.)
                printer.newPage()
            pixels = QtCore.QSize(
                round(points.width() / 72 * dpi), round(points.height() / 72 * dpi)
            )
            rendered = document.render(index, pixels)
            # Pages render with a transparent background: print them on white, as 24-bit RGB.
            picture = QtGui.QImage(pixels, QtGui.QImage.Format.Format_RGB888)
            picture.fill(QtGui.QColor("white"))
            with_white = QtGui.QPainter(picture)
            with_white.drawImage(0, 0, rendered)
            with_white.end()
            del rendered
            sheet = QtCore.QRectF(printer.pageLayout().fullRectPixels(resolution))
            width = points.width() / 72 * resolution  # the page at 100 %, in device pixels
            height = points.height() / 72 * resolution
            if placement == FIT:
                scale = min(sheet.width() / width, sheet.height() / height)
                width, height = width * scale, height * scale
            target = QtCore.QRectF(0, 0, width, height)
            if placement != DOCUMENT:
                target.moveCenter(sheet.center())
            per_mm = resolution / 25.4
            target.translate(offset_mm[0] * per_mm, offset_mm[1] * per_mm)
            painter.drawImage(target, picture)
    finally:
        painter.end()
        document.close()
    return pages


# -- a job ----------------------------------------------------------------------------------------


def job_options(
    printer: QtPrintSupport.QPrinter, title: str, size: tuple[float, float], placement: str
) -> JobOptions:
    """The print dialog's choices as CUPS job options."""
    Duplex = QtPrintSupport.QPrinter.DuplexMode
    sides = {
        Duplex.DuplexNone: "one-sided",
        Duplex.DuplexLongSide: "two-sided-long-edge",
        Duplex.DuplexShortSide: "two-sided-short-edge",
        Duplex.DuplexAuto: "two-sided-long-edge",
    }.get(printer.duplex(), "")
    pages = ""
    if printer.printRange() == QtPrintSupport.QPrinter.PrintRange.PageRange:
        first, last = printer.fromPage(), printer.toPage()
        if first and last:
            pages = f"{first}-{last}" if last != first else str(first)
    paper = size if placement == DOCUMENT else printer_paper(printer)
    return JobOptions(
        printer=printer.printerName(),
        title=title,
        copies=printer.copyCount(),
        pages=pages,
        sides=sides,
        media=media_for_points(*paper),
        scaling="fit" if placement == FIT else "none",
        collate=printer.collateCopies(),
    )


def _shifted(pdf: bytes, offset_mm: tuple[float, float]) -> bytes:
    from composer.batch.pdfjoin import shift_pages
    from composer.core.stationery import mm_to_points

    return shift_pages(pdf, mm_to_points(offset_mm[0]), mm_to_points(offset_mm[1]))


def _send(pdf: bytes, offset_mm: tuple[float, float], options: JobOptions) -> SentJob:
    """On a pool thread: the PDF moved by the printer's offset, given to CUPS."""
    return send_pdf(_shifted(pdf, offset_mm), options)


def print_document(
    parent: QtWidgets.QWidget,
    settings: Settings,
    document: Document,
    said: Callable[[str], object],
    tasks: Tasks | None = None,
    apply_offset: bool = True,
) -> None:
    """Ask for a printer and print ``document``; ``said`` hears where the job went (or the
    failure is shown in plain words)."""
    sizes = page_sizes(document.pdf)
    if not sizes:
        return
    printer = QtPrintSupport.QPrinter(QtPrintSupport.QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, *sizes[0])
    printer.setDocName(document.title)
    printer.setFromTo(1, len(sizes))
    dialog = QtPrintSupport.QPrintDialog(printer, parent)
    dialog.setMinMax(1, len(sizes))
    if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
        return
    print_with(parent, printer, settings, document, said, tasks, apply_offset, sizes)


def print_with(
    parent: QtWidgets.QWidget,
    printer: QtPrintSupport.QPrinter,
    settings: Settings,
    document: Document,
    said: Callable[[str], object],
    tasks: Tasks | None = None,
    apply_offset: bool = True,
    sizes: list[tuple[float, float]] | None = None,
) -> None:
    """Print ``document`` on a printer already chosen (the print dialog's choices made)."""
    sizes = sizes or page_sizes(document.pdf)
    count = _page_count(printer, len(sizes))
    if (
        printer.outputFormat() == QtPrintSupport.QPrinter.OutputFormat.PdfFormat
        and printer.outputFileName()
    ):
        # "Print to file": the document itself, as Save as PDF writes it.
        try:
            write_atomic(Path(printer.outputFileName()), document.pdf)
        except OSError as error:
            report_failure(
                parent,
                QtWidgets.QApplication.translate("printing", "The file could not be written."),
                error,
            )
            return
        said(
            QtWidgets.QApplication.translate("printing", "Saved to %1").replace(
                "%1", printer.outputFileName()
            )
        )
        return
    placement = placement_for(parent, printer, document, sizes[0])
    if placement is None:
        return
    offset = settings.printer_offset(printer.printerName()) if apply_offset else (0.0, 0.0)
    name = printer.printerName() or QtWidgets.QApplication.translate(
        "printing", "the default printer"
    )
    hint = envelope_feed_hint(printer.printerName()) if document.kind == "envelopes" else ""
    if cups_available():
        options = job_options(printer, document.title, sizes[0], placement)
        (tasks or app_tasks()).run(
            _send,
            document.pdf,
            offset,
            options,
            owner=parent,
            finished=lambda job: said(
                document.sent(count, job.printer, job.job)
                + (
                    " "
                    + QtWidgets.QApplication.translate("printing", "The driver says: %1").replace(
                        "%1", hint
                    )
                    if hint
                    else ""
                )
            ),
            failed=lambda error, _details: report_failure(
                parent,
                QtWidgets.QApplication.translate("printing", "The job could not be printed."),
                error,
            ),
            name="sending a print job",
        )
        return
    try:
        pages = paint_pdf(printer, document.pdf, placement, offset)
    except OSError as error:
        report_failure(
            parent,
            QtWidgets.QApplication.translate("printing", "The job could not be printed."),
            error,
        )
        return
    said(document.sent(pages * max(1, printer.copyCount()), name))


def _page_count(printer: QtPrintSupport.QPrinter, pages: int) -> int:
    if printer.printRange() == QtPrintSupport.QPrinter.PrintRange.PageRange:
        first, last = printer.fromPage(), printer.toPage()
        if first and last:
            pages = last - first + 1
    return pages * max(1, printer.copyCount())


# -- print preview --------------------------------------------------------------------------------


class PrintPreview(QtWidgets.QDialog):
    """What the printer will get, page by page, and a Print button that prints it as Print
    does (the PDF itself where CUPS is)."""

    def __init__(
        self,
        document: Document,
        settings: Settings,
        parent: QtWidgets.QWidget | None = None,
        said: Callable[[str], object] = lambda text: None,
        tasks: Tasks | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QtWidgets.QApplication.translate("printing", "Print preview — %1").replace(
                "%1", document.title
            )
        )
        self.document = document
        self.settings = settings
        self.said = said
        self.tasks = tasks
        self.sizes = page_sizes(document.pdf)
        # Kept for the dialog's whole life: the preview widget paints through it.
        self.printer = QtPrintSupport.QPrinter(QtPrintSupport.QPrinter.PrinterMode.ScreenResolution)
        if self.sizes:
            prepare_printer(self.printer, *self.sizes[0])
        self.view = QtPrintSupport.QPrintPreviewWidget(self.printer, self)
        self.view.setAccessibleName(
            QtWidgets.QApplication.translate("printing", "Pages as they will print")
        )
        self.view.paintRequested.connect(self._paint)
        self.view.setViewMode(QtPrintSupport.QPrintPreviewWidget.ViewMode.SinglePageView)
        self.view.setZoomMode(QtPrintSupport.QPrintPreviewWidget.ZoomMode.FitToWidth)
        buttons = QtWidgets.QDialogButtonBox()
        self.print_button = buttons.addButton(
            QtWidgets.QApplication.translate("printing", "&Print…"),
            QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.print_button.clicked.connect(self.print_now)
        zoom_in = buttons.addButton(
            QtWidgets.QApplication.translate("printing", "Zoom &in"),
            QtWidgets.QDialogButtonBox.ButtonRole.ActionRole,
        )
        zoom_in.clicked.connect(lambda: self.view.zoomIn())
        zoom_out = buttons.addButton(
            QtWidgets.QApplication.translate("printing", "Zoom &out"),
            QtWidgets.QDialogButtonBox.ButtonRole.ActionRole,
        )
        zoom_out.clicked.connect(lambda: self.view.zoomOut())
        close = buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        from composer.ui.widgets import fit_to_screen

        fit_to_screen(self, QtCore.QSize(900, 860))

    @Slot(QtPrintSupport.QPrinter)
    def _paint(self, printer: QtPrintSupport.QPrinter) -> None:
        paint_pdf(printer, self.document.pdf, DOCUMENT, min_dpi=PREVIEW_DPI, max_dpi=PREVIEW_DPI)

    @Slot()
    def print_now(self) -> None:
        self.accept()
        parent = self.parentWidget() or self
        print_document(parent, self.settings, self.document, self.said, self.tasks)

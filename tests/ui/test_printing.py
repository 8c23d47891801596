"""Printing: pages at their own size and proportions, the PDF itself through CUPS, the
choice when the printer's paper differs, Print Preview for every kind of document, and a
real CUPS queue (cups-pdf) read back with pdfinfo and pdftotext."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

import composer.ui.printing as printing
from composer.core.model import letter_from_dict, load_letter
from composer.core.printjobs import cups_available
from composer.core.templates import find_template, load_template
from composer.pdf.build import build_pdf
from composer.pdf.mailing import calibration_pdf, envelopes_pdf, labels_pdf
from composer.ui.printing import (
    CENTRED,
    DOCUMENT,
    FIT,
    Document,
    PrintPreview,
    job_options,
    page_sizes,
    paint_pdf,
    prepare_printer,
    print_with,
)
from composer.ui.qt import QtCore, QtGui, QtPdf, QtPrintSupport, QtWidgets
from composer.ui.settings import Settings
from composer.ui.tasks import ImmediatePool, Tasks
from tests.conftest import EXAMPLES, letter_data, pdf_pages, squash

pytestmark = pytest.mark.gui

LONG = Path(__file__).parent.parent / "pdf" / "long-template"


def letter_pdf(**changes: object) -> bytes:
    return build_pdf(letter_from_dict(letter_data(**changes))).pdf


def long_pdf() -> bytes:
    body = "\n\n".join("A sentence that fills the line with several words. " * 8 for _ in range(20))
    letter = letter_from_dict(letter_data(template="long", fields={"body": body}))
    return build_pdf(letter, load_template(LONG)).pdf


def envelope_pdf(size: str = "us10") -> bytes:
    letter = letter_from_dict(letter_data())
    return envelopes_pdf(letter.sender, [letter.recipient, letter.recipient], size)


def label_pdf() -> bytes:
    letter = letter_from_dict(letter_data())
    return labels_pdf("CA", [letter.recipient] * 3, "avery5160")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QtCore.QSettings(str(tmp_path / "s.ini"), QtCore.QSettings.Format.IniFormat))


def pdf_printer(out: Path, paper: QtGui.QPageSize.PageSizeId) -> QtPrintSupport.QPrinter:
    """A printer that writes what it is given to a PDF file (the raster path's target)."""
    printer = QtPrintSupport.QPrinter(QtPrintSupport.QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QtPrintSupport.QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setPageSize(QtGui.QPageSize(paper))
    printer.setFullPage(True)
    return printer


def page_box(path: Path, page: int = 1) -> tuple[int, int]:
    info = subprocess.run(
        ["pdfinfo", "-f", str(page), "-l", str(page), str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = re.search(rf"Page\s+{page} size:\s+([\d.]+) x ([\d.]+) pts", info) or re.search(
        r"Page size:\s+([\d.]+) x ([\d.]+) pts", info
    )
    assert found, info
    return round(float(found.group(1))), round(float(found.group(2)))


def image_ppi(path: Path) -> list[tuple[int, int]]:
    """(x-ppi, y-ppi) of every picture in the PDF (pdfimages -list)."""
    out = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    return [(int(row[12]), int(row[13])) for row in rows]


# -- the raster path (Windows) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("placement", "box"),
    [(DOCUMENT, (612, 792)), (CENTRED, (595, 842)), (FIT, (595, 842))],
)
def test_a_letter_page_on_a4_paper_keeps_its_proportions(
    qapp, tmp_path: Path, placement: str, box: tuple[int, int]
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "raster.pdf"
    printer = pdf_printer(out, QtGui.QPageSize.PageSizeId.A4)
    assert paint_pdf(printer, letter_pdf(), placement) == 1
    assert page_box(out) == box
    [(x_ppi, y_ppi)] = image_ppi(out)
    assert x_ppi == y_ppi  # never squeezed one way and stretched the other
    assert x_ppi >= 300 if placement != FIT else x_ppi >= 290


def test_an_envelope_prints_at_its_own_size_and_orientation(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "envelope.pdf"
    printer = pdf_printer(out, QtGui.QPageSize.PageSizeId.Letter)
    assert paint_pdf(printer, envelope_pdf(), DOCUMENT) == 2
    assert page_box(out) == (684, 297)  # 9.5 x 4.125 in, landscape
    ppi = image_ppi(out)
    assert len(ppi) == 2 and all(x == y >= 300 for x, y in ppi)


def test_the_printer_offset_moves_the_drawn_page(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    def printed(offset: tuple[float, float]) -> QtGui.QImage:
        out = tmp_path / f"p{offset}.pdf"
        printer = pdf_printer(out, QtGui.QPageSize.PageSizeId.Letter)
        paint_pdf(printer, calibration_pdf("letter"), DOCUMENT, offset, min_dpi=72, max_dpi=72)
        document = QtPdf.QPdfDocument()
        document.load(str(out))
        return document.render(0, QtCore.QSize(612, 792))

    def first_dark_x(image: QtGui.QImage) -> int:
        for x in range(image.width()):
            for y in range(60, 90):
                if image.pixelColor(x, y).lightness() < 128 and image.pixelColor(x, y).alpha():
                    return x
        return -1

    shift = first_dark_x(printed((10.0, 0.0))) - first_dark_x(printed((0.0, 0.0)))
    assert abs(shift - 10 / 25.4 * 72) <= 2


# -- choices ------------------------------------------------------------------------------


def test_the_dialog_s_choices_become_job_options(qapp) -> None:  # type: ignore[no-untyped-def]
    printer = QtPrintSupport.QPrinter()
    printer.setPrinterName("Office")
    prepare_printer(printer, 612, 792)
    printer.setCopyCount(2)
    printer.setPrintRange(QtPrintSupport.QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    # (A queue without duplex ignores setDuplex: answer as a duplex printer's dialog would.)
    printer.duplex = lambda: QtPrintSupport.QPrinter.DuplexMode.DuplexLongSide  # type: ignore[method-assign]
    options = job_options(printer, "Letter to Ms. Doe", (612, 792), DOCUMENT)
    assert (options.title, options.copies, options.pages) == ("Letter to Ms. Doe", 2, "2-3")
    assert (options.sides, options.media, options.scaling) == (
        "two-sided-long-edge",
        "Letter",
        "none",
    )
    envelope = job_options(printer, "Envelopes", (684, 297), DOCUMENT)
    assert envelope.media == "Env10"
    printer.setPageSize(QtGui.QPageSize(QtGui.QPageSize.PageSizeId.A4))
    assert job_options(printer, "x", (612, 792), FIT).media == "A4"
    assert job_options(printer, "x", (612, 792), FIT).scaling == "fit"


def test_a_different_paper_is_asked_about_and_envelopes_never(
    qapp, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    asked: list[tuple[tuple[float, float], tuple[float, float]]] = []
    monkeypatch.setattr(
        printing,
        "ask_placement",
        lambda parent, document, paper, name: asked.append((document, paper)) or CENTRED,
    )
    monkeypatch.setattr(printing, "queue_paper", lambda printer: None)
    printer = QtPrintSupport.QPrinter()
    printer.setPageSize(QtGui.QPageSize(QtGui.QPageSize.PageSizeId.A4))  # chosen in the dialog
    letter = Document(letter_pdf(), "letter")
    assert printing.placement_for(None, printer, letter, (612, 792)) == CENTRED
    assert [tuple(round(v) for v in p) for p in asked[0]] == [(612, 792), (595, 842)]
    envelopes = Document(envelope_pdf(), "envelopes", "envelopes")
    assert printing.placement_for(None, printer, envelopes, (684, 297)) == DOCUMENT
    assert len(asked) == 1
    prepare_printer(printer, 612, 792)
    monkeypatch.setattr(printing, "queue_paper", lambda printer: (595.3, 841.9))  # A4 loaded
    assert printing.placement_for(None, printer, letter, (612, 792)) == CENTRED
    assert len(asked) == 2
    assert tuple(round(v) for v in printing.printer_paper(printer)) == (595, 842)


def test_printing_to_a_file_writes_the_document_itself(
    qapp, tmp_path: Path, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    pdf = letter_pdf()
    out = tmp_path / "printed.pdf"
    printer = pdf_printer(out, QtGui.QPageSize.PageSizeId.Letter)
    said: list[str] = []
    parent = QtWidgets.QWidget()
    print_with(parent, printer, settings, Document(pdf, "letter"), said.append)
    assert out.read_bytes() == pdf  # text stays text
    assert said == [f"Saved to {out}"]


# -- print preview --------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["letter", "letters", "envelopes", "labels", "calibration"])
def test_print_preview_opens_and_closes_for_every_kind(
    qtbot, settings: Settings, kind: str
) -> None:  # type: ignore[no-untyped-def]
    pdf = {
        "letter": letter_pdf,
        "letters": long_pdf,
        "envelopes": envelope_pdf,
        "labels": label_pdf,
        "calibration": lambda: calibration_pdf("a4"),
    }[kind]()
    preview = PrintPreview(Document(pdf, kind, kind), settings)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    qtbot.waitUntil(lambda: preview.view.pageCount() == len(page_sizes(pdf)), timeout=10_000)
    size = preview.printer.pageLayout().fullRectPoints().size()
    first = page_sizes(pdf)[0]
    assert sorted((round(size.width()), round(size.height()))) == sorted(round(v) for v in first)
    preview.close()
    preview.deleteLater()


def test_print_preview_from_the_window_keeps_its_printer(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from composer.ui.main_window import MainWindow

    settings = Settings(
        QtCore.QSettings(str(tmp_path / "s.ini"), QtCore.QSettings.Format.IniFormat)
    )
    settings.set_last_template("pow-release")
    window = MainWindow(settings=settings, autosave_dir=tmp_path / "autosave")
    qtbot.addWidget(window)
    window.open_letter(load_letter(EXAMPLES / "pow-release.en.json"))
    opened: list[int] = []

    def show_and_close(dialog: PrintPreview) -> int:
        dialog.show()
        qtbot.waitUntil(lambda: dialog.view.pageCount() == 1, timeout=10_000)
        opened.append(dialog.view.pageCount())
        dialog.close()
        return 0

    monkeypatch.setattr(PrintPreview, "exec", show_and_close)
    window.print_preview()
    window.print_preview()  # a second time, after the first dialog's printer is gone
    assert opened == [1, 1]
    window.session.mark_clean()


def test_printers_are_asked_about_only_when_printing(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from composer.core.addressbook import AddressBook
    from composer.ui.main_window import MainWindow
    from composer.ui.merge_dialog import MergeDialog

    def no_printers(*args: object) -> None:
        raise AssertionError("printers were asked about before anyone printed")

    for name in ("defaultPrinterName", "availablePrinterNames", "availablePrinters", "printerInfo"):
        monkeypatch.setattr(QtPrintSupport.QPrinterInfo, name, no_printers)
    settings = Settings(
        QtCore.QSettings(str(tmp_path / "s.ini"), QtCore.QSettings.Format.IniFormat)
    )
    settings.set_last_template("pow-release")
    window = MainWindow(settings=settings, autosave_dir=tmp_path / "autosave")
    qtbot.addWidget(window)
    window.start(ask=False)
    book = AddressBook(tmp_path / "book.sqlite3")
    book.add_bundled()
    letter = letter_from_dict(letter_data())
    dialog = MergeDialog(book, letter, find_template("pow-release"), window, settings=settings)
    dialog._tick_all(True)
    dialog.close()
    window.session.mark_clean()


# -- a real CUPS queue ----------------------------------------------------------------------


def _cups_pdf_folder() -> Path:
    conf = Path("/etc/cups/cups-pdf.conf")
    text = conf.read_text(encoding="utf-8") if conf.is_file() else ""
    found = re.search(r"^Out\s+(.+)$", text, re.MULTILINE)
    folder = found.group(1).strip() if found else "${HOME}/PDF"
    return Path(folder.replace("${HOME}", str(Path.home())))


@pytest.fixture(scope="module")
def queues() -> Iterator[Path]:
    """Two cups-pdf queues, TestA4 and TestLetter, whose default papers differ."""
    if not (cups_available() and shutil.which("lpadmin") and shutil.which("pdfinfo")):
        pytest.skip("CUPS and cups-pdf are not installed here (.ci/run installs them)")
    ppd = "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"
    for queue, paper in (("TestA4", "A4"), ("TestLetter", "Letter")):
        subprocess.run(
            [
                "lpadmin",
                "-p",
                queue,
                "-v",
                "cups-pdf:/",
                "-E",
                "-P",
                ppd,
                "-o",
                f"PageSize={paper}",
            ],
            check=True,
            capture_output=True,
        )
    folder = _cups_pdf_folder()
    folder.mkdir(parents=True, exist_ok=True)
    yield folder


def through_queue(
    folder: Path,
    queue: str,
    pdf: bytes,
    settings: Settings,
    kind: str = "letter",
    copies: int = 1,
    pages: tuple[int, int] | None = None,
) -> Path:
    """Print ``pdf`` on ``queue`` as the app does once the print dialog is closed; the file
    the queue wrote."""
    title = f"test-{uuid.uuid4().hex[:10]}"
    printer = QtPrintSupport.QPrinter(QtPrintSupport.QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(queue)
    sizes = page_sizes(pdf)
    prepare_printer(printer, *sizes[0])
    printer.setCopyCount(copies)
    if pages is not None:
        printer.setPrintRange(QtPrintSupport.QPrinter.PrintRange.PageRange)
        printer.setFromTo(*pages)
    said: list[str] = []
    parent = QtWidgets.QWidget()
    print_with(
        parent, printer, settings, Document(pdf, title, kind), said.append, Tasks(ImmediatePool())
    )
    assert said and f"sent to {queue}" in said[0], said
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        done = [p for p in folder.glob(f"{title}*.pdf") if p.stat().st_size]
        if done:
            time.sleep(0.5)  # cups-pdf writes, then closes
            return done[0]
        time.sleep(0.2)
    raise AssertionError(f"no job {title} in {folder}")


def readable(text: str) -> str:
    """Text without white space and letters beyond ASCII (see above)."""
    return "".join(ch for ch in text if ch.isascii() and not ch.isspace())


def words(path: Path | bytes) -> list[str]:
    if isinstance(path, bytes):
        return squash(" ".join(pdf_pages(path))).split()
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    return text.split()


@pytest.mark.cups
def test_a_letter_letter_on_an_a4_queue_arrives_as_a_letter_page_with_its_text(
    queues: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch, qapp
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(printing, "ask_placement", lambda *a: DOCUMENT)
    pdf = letter_pdf()
    out = through_queue(queues, "TestA4", pdf, settings)
    assert page_box(out) == (612, 792)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    saved = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True).stdout.decode()
    # Every word, as text. (cups-pdf distils the job again through PostScript, which drops
    # the text's Unicode names of letters beyond ASCII: "MONTRÉAL" reads back as "MONTR AL"
    # there, though it prints whole. A printer never reads text back.)
    assert readable(text) == readable(saved)
    assert "Anna" in text and "House of Commons" in text
    assert image_ppi(out) == []  # no picture of the page: the job was text


@pytest.mark.cups
def test_an_a4_letter_on_a_letter_queue_arrives_as_an_a4_page(
    queues: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch, qapp
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(printing, "ask_placement", lambda *a: DOCUMENT)
    pdf = letter_pdf(paper="a4", envelope="din5008b")
    out = through_queue(queues, "TestLetter", pdf, settings)
    assert page_box(out) == (595, 842)
    assert "Grigorian" in " ".join(words(out))


@pytest.mark.cups
def test_an_envelope_and_a_label_sheet_arrive_at_their_own_size(
    queues: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch, qapp
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(printing, "ask_placement", lambda *a: DOCUMENT)
    out = through_queue(queues, "TestA4", envelope_pdf(), settings, kind="envelopes")
    assert sorted(page_box(out)) == [297, 684]  # #10, either way round
    text = " ".join(words(out))
    assert "Jane Doe" in text and "K1A 0A6" in text
    labels = through_queue(queues, "TestA4", label_pdf(), settings, kind="labels")
    assert page_box(labels) == (612, 792)  # Avery 5160 is a Letter sheet
    assert " ".join(words(labels)).count("Jane Doe") == 3


@pytest.mark.cups
def test_copies_and_a_page_range_are_honoured(
    queues: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch, qapp
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(printing, "ask_placement", lambda *a: DOCUMENT)
    two = through_queue(queues, "TestLetter", letter_pdf(), settings, copies=2)
    assert (
        "Pages:           2"
        in subprocess.run(["pdfinfo", str(two)], capture_output=True, text=True).stdout
    )
    long = long_pdf()
    assert len(page_sizes(long)) >= 3
    second = through_queue(queues, "TestLetter", long, settings, pages=(2, 2))
    info = subprocess.run(["pdfinfo", str(second)], capture_output=True, text=True).stdout
    assert "Pages:           1" in info
    assert readable(pdf_pages(long)[1])[:60] in readable(" ".join(words(second)))


def first_word_box(path: Path) -> tuple[float, float]:
    out = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    found = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)"', out)
    assert found, out[:400]
    return float(found.group(1)), float(found.group(2))


@pytest.mark.cups
def test_the_printer_s_offset_moves_the_job_it_gets(
    queues: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch, qapp
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(printing, "ask_placement", lambda *a: DOCUMENT)
    pdf = letter_pdf()
    plain = first_word_box(through_queue(queues, "TestLetter", pdf, settings))
    settings.set_printer_offset("TestLetter", (10.0, 5.0))
    moved = first_word_box(through_queue(queues, "TestLetter", pdf, settings))
    assert moved[0] - plain[0] == pytest.approx(10 / 25.4 * 72, abs=0.5)  # right
    assert moved[1] - plain[1] == pytest.approx(5 / 25.4 * 72, abs=0.5)  # and down


@pytest.mark.cups
def test_a_stopped_queue_and_a_missing_printer_are_said_plainly(queues: Path) -> None:
    from composer.core.printjobs import JobOptions, PrintError, send_pdf

    subprocess.run(["cupsreject", "TestLetter"], check=True)
    try:
        with pytest.raises(PrintError, match="not accepting jobs"):
            send_pdf(letter_pdf(), JobOptions(printer="TestLetter"))
    finally:
        subprocess.run(["cupsaccept", "TestLetter"], check=True)
    with pytest.raises(PrintError, match="no printer called “Nowhere”"):
        send_pdf(letter_pdf(), JobOptions(printer="Nowhere"))

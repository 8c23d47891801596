"""Printing a one-page letter: from Print (the dialog closed) to the job in the queue, and
how big the job is, on both paths.

    uv run python benchmarks/bench_print.py [QUEUE]

- the PDF itself through CUPS (Linux, macOS): the letter moved by the printer's offset and
  given to ``lp``, until ``lp`` says the job is queued;
- pages drawn as pictures (Windows' path, run here through Qt's own CUPS backend): painting
  at 300 dpi until Qt has handed the job over.

Needs a CUPS queue (``../shared/tools/cups-printer Letter`` makes one, default TestPDF).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks._common import ROOT, calibrate, report


def main() -> None:
    queue = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("PRINTER", "TestLetter")
    calibrate()
    from composer.core.model import load_letter
    from composer.core.printjobs import JobOptions
    from composer.core.templates import find_template
    from composer.pdf.build import build_pdf
    from composer.ui.printing import DOCUMENT, _send, paint_pdf, prepare_printer
    from composer.ui.qt import QtPrintSupport, QtWidgets

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    assert app is not None
    letter = load_letter(ROOT / "examples" / "pow-release.en.json")
    pdf = build_pdf(letter, find_template(letter.template)).pdf
    options = JobOptions(printer=queue, title="benchmark", media="Letter")

    times = []
    for _ in range(10):
        start = time.perf_counter()
        _send(pdf, (1.0, 0.5), options)
        times.append(time.perf_counter() - start)
    report("PDF itself to the queue (lp), one page", times)
    print(f"{'  job size':<48} {len(pdf) / 1024:8.1f} KB (the letter, moved by the offset)")

    times = []
    for _ in range(5):
        printer = QtPrintSupport.QPrinter(QtPrintSupport.QPrinter.PrinterMode.HighResolution)
        printer.setPrinterName(queue)
        prepare_printer(printer, 612, 792)
        printer.setDocName("benchmark raster")
        start = time.perf_counter()
        paint_pdf(printer, pdf, DOCUMENT, (1.0, 0.5))
        times.append(time.perf_counter() - start)
    report("pages as pictures at 300 dpi to the queue (Qt)", times, unit="s")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "raster.pdf"
        printer = QtPrintSupport.QPrinter(QtPrintSupport.QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QtPrintSupport.QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        paint_pdf(printer, pdf, DOCUMENT)
        print(f"{'  job size':<48} {out.stat().st_size / 1024:8.1f} KB (a picture of the page)")


if __name__ == "__main__":
    main()

"""Calibrating a printer: print a page of crosses, measure, enter the offsets (remembered
per printer and applied to letters, envelopes and labels printed from the app)."""

from __future__ import annotations

from composer.ui.qt import QtGui, QtPrintSupport, QtWidgets, Slot
from composer.ui.settings import Settings
from composer.ui.widgets import fit_to_screen


class PrinterOffsetsDialog(QtWidgets.QDialog):
    def __init__(self, settings: Settings, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Printer offsets"))
        self.settings = settings
        layout = QtWidgets.QFormLayout(self)
        intro = QtWidgets.QLabel(
            self.tr(
                "Print the calibration page at 100 %. Each cross should be 25.4 mm (1 in) from "
                "the edges: enter how much further right and down the top-left cross landed "
                "(negative if it is closer)."
            )
        )
        intro.setWordWrap(True)
        layout.addRow(intro)
        self.printer = QtWidgets.QComboBox()
        self.printer.setAccessibleName(self.tr("Printer"))
        names = QtPrintSupport.QPrinterInfo.availablePrinterNames() or [""]
        for name in names:
            self.printer.addItem(name or self.tr("Default printer"), name)
        layout.addRow(self.tr("&Printer"), self.printer)
        self.right = self._spin(self.tr("Right (mm)"))
        self.down = self._spin(self.tr("Down (mm)"))
        layout.addRow(self.tr("&Right (mm)"), self.right)
        layout.addRow(self.tr("&Down (mm)"), self.down)
        calibrate = QtWidgets.QPushButton(self.tr("Print &calibration page…"))
        calibrate.clicked.connect(self.print_calibration)
        layout.addRow(calibrate)
        self.status = QtWidgets.QLabel()
        self.status.setWordWrap(True)
        layout.addRow(self.status)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Save
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.printer.currentIndexChanged.connect(self._load)
        self._load()
        fit_to_screen(self, self.sizeHint())  # as tall as its wrapped text needs

    def _spin(self, name: str) -> QtWidgets.QDoubleSpinBox:
        spin = QtWidgets.QDoubleSpinBox()
        spin.setRange(-20.0, 20.0)
        spin.setSingleStep(0.5)
        spin.setDecimals(1)
        spin.setAccessibleName(name)
        return spin

    def printer_name(self) -> str:
        return str(self.printer.currentData() or "")

    @Slot()
    def _load(self) -> None:
        x, y = self.settings.printer_offset(self.printer_name())
        self.right.setValue(x)
        self.down.setValue(y)

    def accept(self) -> None:
        self.settings.set_printer_offset(
            self.printer_name(), (self.right.value(), self.down.value())
        )
        super().accept()

    @Slot()
    def print_calibration(self) -> None:
        """Print the page of crosses on the printer chosen now, without any offset: the page
        measures the printer's own drift."""
        from composer.pdf.mailing import calibration_pdf
        from composer.ui.printing import Document, print_document

        info = QtPrintSupport.QPrinterInfo.printerInfo(self.printer_name())
        a4 = info.defaultPageSize().id() == QtGui.QPageSize.PageSizeId.A4
        document = Document(
            calibration_pdf("a4" if a4 else "letter"), self.tr("Printer calibration"), "calibration"
        )
        print_document(self, self.settings, document, self.status.setText, apply_offset=False)

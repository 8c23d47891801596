"""The one place the UI imports Qt from (as qutebrowser's ``qutebrowser/qt``).

Only the wheels the app needs are installed: ``PySide6-Essentials`` (Core, Gui, Widgets,
PrintSupport, Svg) and ``PySide6-Pdf`` (QtPdf; the preview draws its pages itself, with QtPdf's
page renderer, so QtPdfWidgets is not loaded), about a third of the size of
the full ``PySide6`` meta-package with its Addons.
"""

from PySide6 import QtCore, QtGui, QtPdf, QtPrintSupport, QtWidgets
from PySide6.QtCore import Qt, Signal, Slot

__all__ = [
    "Qt",
    "QtCore",
    "QtGui",
    "QtPdf",
    "QtPrintSupport",
    "QtWidgets",
    "Signal",
    "Slot",
]

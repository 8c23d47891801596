"""Errors shown as dialogs a person can understand, with the details one click away."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from composer.ui.qt import QtWidgets


def show_error(
    parent: QtWidgets.QWidget | None, text: str, details: str = "", title: str = ""
) -> None:
    box = QtWidgets.QMessageBox(parent)
    box.setIcon(QtWidgets.QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QtWidgets.QApplication.translate("errors", "Letter Composer"))
    box.setText(text)
    if details:
        box.setDetailedText(details)
    box.exec()


def install_excepthook() -> None:
    """Unexpected errors become a dialog (and a line on stderr), not a silent crash."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, error, tb))
        print(details, file=sys.stderr)
        if QtWidgets.QApplication.instance() is None:
            return
        show_error(
            QtWidgets.QApplication.activeWindow(),
            QtWidgets.QApplication.translate(
                "errors",
                "Something went wrong inside Letter Composer. Your letter is kept; "
                "please save it. The details below help whoever fixes this.",
            ),
            details,
        )

    sys.excepthook = hook

"""Errors shown as dialogs a person can understand, with the details one click away; the
details also go to the log file."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from composer.core.errors import LetterError
from composer.core.files import describe_os_error
from composer.core.logs import log_path
from composer.ui.qt import QtCore, QtWidgets

log = logging.getLogger(__name__)


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


def plain_words(error: BaseException) -> str:
    """What went wrong, for the person: our own errors say it already; a file the system
    refused says which and why; anything else is a fault in the app, and says where the
    details were written."""
    if isinstance(error, LetterError):
        return str(error)
    if isinstance(error, OSError):
        return describe_os_error(error)
    return QtWidgets.QApplication.translate(
        "errors",
        "Something went wrong inside Letter Composer. Nothing you typed is lost. "
        "The details are in %1.",
    ).replace("%1", str(log_path()))


def report_failure(
    parent: QtWidgets.QWidget | None, what: str, error: BaseException, details: str = ""
) -> None:
    """Tell the person that ``what`` failed and why, in plain words; a fault in the app is
    logged with its traceback (a task's failure already is)."""
    if not isinstance(error, LetterError | OSError) and not details:
        log.error("%s", what, exc_info=error)
    show_error(parent, f"{what}\n\n{plain_words(error)}", details)


def install_excepthook() -> None:
    """Unexpected errors become a log entry and a dialog, not a silent crash."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, error, tb))
        log.critical("unexpected error:\n%s", details.rstrip())
        if QtWidgets.QApplication.instance() is None:
            return
        show_error(
            QtWidgets.QApplication.activeWindow(),
            QtWidgets.QApplication.translate(
                "errors",
                "Something went wrong inside Letter Composer. Your letter is kept; please "
                "save it. The details below (also in %1) help whoever fixes this.",
            ).replace("%1", str(log_path())),
            details,
        )

    sys.excepthook = hook


def install_qt_message_handler() -> None:
    """Qt's own warnings go to the log too (a printer driver's complaint, a font missing)."""
    levels = {
        QtCore.QtMsgType.QtDebugMsg: logging.DEBUG,
        QtCore.QtMsgType.QtInfoMsg: logging.INFO,
        QtCore.QtMsgType.QtWarningMsg: logging.WARNING,
        QtCore.QtMsgType.QtCriticalMsg: logging.ERROR,
        QtCore.QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    qt_log = logging.getLogger("qt")

    def handler(kind: QtCore.QtMsgType, context: QtCore.QMessageLogContext, message: str) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    QtCore.qInstallMessageHandler(handler)

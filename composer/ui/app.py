"""Starting the desktop app."""

from __future__ import annotations

import sys
from pathlib import Path

from composer.core import paths
from composer.ui.qt import QtCore, QtWidgets


def _install_translations(app: QtWidgets.QApplication) -> None:
    """The app's own translations (resources/i18n) and Qt's, for the system language."""
    locale = QtCore.QLocale()
    for folder, name in (
        (QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath), "qtbase"),
        (str(paths.resources_dir() / "i18n"), "letter-composer"),
    ):
        translator = QtCore.QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)


def run(argv: list[str], draft: Path | None = None) -> int:
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(argv)
    assert isinstance(app, QtWidgets.QApplication)
    app.setOrganizationName("Letter Composer")
    app.setApplicationName("letter-composer")
    app.setApplicationDisplayName("Letter Composer")
    app.setDesktopFileName("letter-composer")
    _install_translations(app)
    from composer.ui.errors import install_excepthook
    from composer.ui.main_window import MainWindow

    install_excepthook()
    window = MainWindow()
    window.show()
    QtCore.QTimer.singleShot(0, lambda: window.start(draft))
    return app.exec()


if __name__ == "__main__":
    sys.exit(run(sys.argv))

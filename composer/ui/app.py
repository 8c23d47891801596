"""Starting the desktop app."""

from __future__ import annotations

import sys
from pathlib import Path

from composer.core import paths
from composer.ui.qt import QtCore, QtWidgets

# The scripts a writer's and recipients' names may be in, beyond the Latin, Greek and
# Cyrillic every desktop has fonts for: the app brings its own, so the form shows them even
# on a computer without them.
SCRIPT_FONTS = (
    "NotoSerifArmenian-Regular.ttf",
    "NotoNaskhArabic-Regular.ttf",
    "NotoSerifHebrew-Regular.ttf",
)


def load_script_fonts() -> int:
    """Make the bundled fonts for Armenian, Arabic and Hebrew known to Qt; how many were."""
    from composer.ui.qt import QtGui

    loaded = 0
    for name in SCRIPT_FONTS:
        if QtGui.QFontDatabase.addApplicationFont(str(paths.fonts_dir() / name)) >= 0:
            loaded += 1
    return loaded


def prepare(app: QtWidgets.QApplication) -> None:
    """Everything before the first window: the collector, the engine loading on the other
    core, the language and text size chosen, the fonts (the benchmarks start the same way)."""
    from composer.ui.collector import collect_on_ui_thread

    collect_on_ui_thread(app)  # before any other thread runs Python code
    from composer.ui.builder import preload_engine

    preload_engine()
    from composer.ui.accessibility import apply_text_size
    from composer.ui.language import resolve, translations
    from composer.ui.settings import Settings

    settings = Settings()
    translations(app).apply(resolve(settings.ui_language()))
    apply_text_size(app, settings.text_size())
    load_script_fonts()


def run(argv: list[str], draft: Path | None = None) -> int:
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(argv)
    assert isinstance(app, QtWidgets.QApplication)
    app.setOrganizationName("Letter Composer")
    app.setApplicationName("letter-composer")
    app.setApplicationDisplayName("Letter Composer")
    app.setDesktopFileName("letter-composer")
    prepare(app)
    from composer.core.logs import start_logging
    from composer.ui.errors import install_excepthook, install_qt_message_handler
    from composer.ui.main_window import MainWindow

    start_logging()
    install_excepthook()
    install_qt_message_handler()
    window = MainWindow()
    window.show()
    QtCore.QTimer.singleShot(0, lambda: window.start(draft))
    return app.exec()


if __name__ == "__main__":
    sys.exit(run(sys.argv))

"""Starting the desktop app."""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Mapping
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
    core (in the head-start process, already launched by the command line before it
    imported Qt), the language and text size chosen, the fonts (the benchmarks start the
    same way)."""
    from composer.ui.collector import collect_on_ui_thread

    collect_on_ui_thread(app)  # before any other thread runs Python code
    from composer.core.paths import portable_dir

    portable = portable_dir()
    if portable is not None:  # Qt's own settings (its file dialog's history) on the stick too
        for form in (QtCore.QSettings.Format.NativeFormat, QtCore.QSettings.Format.IniFormat):
            QtCore.QSettings.setPath(form, QtCore.QSettings.Scope.UserScope, str(portable))
    from composer.pdf import headstart

    if headstart.launch() is None:  # one core, or it cannot start: load it on a thread
        from composer.ui.builder import preload_engine

        preload_engine()
    from composer.ui.accessibility import apply_text_size
    from composer.ui.language import resolve, translations
    from composer.ui.settings import Settings

    settings = Settings()
    translations(app).apply(resolve(settings.ui_language()))
    apply_text_size(app, settings.text_size())
    load_script_fonts()


def display_problem(environ: Mapping[str, str] | None = None, system: str = sys.platform) -> str:
    """Why the window cannot open here, in one line; "" when it can (or it cannot be told).

    Without this, Qt aborts on a Linux machine with no display, with a hint about
    libxcb-cursor0 that sends a newcomer the wrong way.
    """
    env = os.environ if environ is None else environ
    if not system.startswith("linux"):
        return ""
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return ""  # offscreen, vnc, eglfs...: Qt knows what it was asked for
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return (
            "there is no graphical display here (neither DISPLAY nor WAYLAND_DISPLAY is set): "
            "start Letter Composer from a desktop session; its commands "
            "(letter-composer --help) work without one"
        )
    x11 = platform.startswith("xcb") or not env.get("WAYLAND_DISPLAY")
    frozen = getattr(sys, "frozen", False)  # a bundle brings its own libraries
    if x11 and not frozen and ctypes.util.find_library("xcb-cursor") is None:
        return (
            "the X11 library libxcb-cursor is missing, which Qt needs to open a window: "
            "install it (Debian, Ubuntu: sudo apt install libxcb-cursor0)"
        )
    return ""


def run(argv: list[str], draft: Path | None = None) -> int:
    if not QtWidgets.QApplication.instance() and (problem := display_problem()):
        print(f"letter-composer: error: {problem}", file=sys.stderr)
        return 2
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(argv)
    assert isinstance(app, QtWidgets.QApplication)
    app.setOrganizationName("Letter Composer")
    app.setApplicationName("letter-composer")
    app.setApplicationDisplayName("Letter Composer")
    app.setDesktopFileName("org.lettercomposer.LetterComposer")  # packaging/linux/
    prepare(app)
    from composer.core.logs import start_logging
    from composer.ui.errors import install_excepthook, install_qt_message_handler
    from composer.ui.main_window import MainWindow

    start_logging()
    install_excepthook()
    install_qt_message_handler()
    window = MainWindow()
    window.show()
    end_on_sigterm(app, window)
    QtCore.QTimer.singleShot(0, lambda: window.start(draft))
    return app.exec()


def end_on_sigterm(app: QtWidgets.QApplication, window: QtWidgets.QMainWindow) -> None:
    """On SIGTERM (the desktop logging out or shutting down), end the session gracefully.

    Python runs signal handlers only between its own instructions, and Qt's event loop is C++:
    a timer lets Python in four times a second to notice the signal.
    """
    import signal

    if not hasattr(signal, "SIGTERM"):
        return

    def ending(_signum: int, _frame: object) -> None:
        QtCore.QTimer.singleShot(0, window.end_session)  # type: ignore[attr-defined]

    signal.signal(signal.SIGTERM, ending)
    heartbeat = QtCore.QTimer(app)
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start(250)


if __name__ == "__main__":
    sys.exit(run(sys.argv))

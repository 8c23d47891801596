"""Child process for bench_app: start the app on a letter, report when its preview shows."""

from __future__ import annotations

import sys
import time
from pathlib import Path

spawned = float(sys.argv[1])
draft = Path(sys.argv[2])

from composer.ui.qt import QtCore, QtWidgets  # noqa: E402

app = QtWidgets.QApplication(sys.argv[:1])
app.setOrganizationName("Letter Composer benchmark")
from composer.ui.collector import collect_on_ui_thread  # noqa: E402

collect_on_ui_thread(app)  # as the app does (composer.ui.app.run)
from composer.ui.builder import preload_engine  # noqa: E402

preload_engine()
from composer.ui.app import install_translations  # noqa: E402
from composer.ui.main_window import MainWindow  # noqa: E402

install_translations(app, QtCore.QLocale())
from composer.ui.app import load_script_fonts  # noqa: E402

load_script_fonts()
window = MainWindow()
window.show()


def shown() -> None:
    elapsed = time.time() - spawned
    rss = next(
        int(line.split()[1])
        for line in Path("/proc/self/status").read_text().splitlines()
        if line.startswith("VmRSS:")
    )
    print(f"{elapsed:.4f} {rss}", flush=True)
    window.session.mark_clean()
    app.quit()


window.preview.shown.connect(shown)
QtCore.QTimer.singleShot(0, lambda: window.start(draft, ask=False))
app.exec()

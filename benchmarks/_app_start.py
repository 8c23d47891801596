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
from composer.ui.app import prepare  # noqa: E402

prepare(app)  # as the app starts (composer.ui.app.run)
from composer.ui.main_window import MainWindow  # noqa: E402

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

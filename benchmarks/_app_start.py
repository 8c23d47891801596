"""Child process for bench_app: start the app on a letter, report when its preview shows."""

from __future__ import annotations

import sys
import time
from pathlib import Path

spawned = float(sys.argv[1])
draft = Path(sys.argv[2])

from composer.pdf import headstart  # noqa: E402

headstart.launch()  # as the command line starts the app (composer.cli.main)
from composer.ui.qt import QtCore, QtWidgets  # noqa: E402

app = QtWidgets.QApplication(sys.argv[:1])
app.setOrganizationName("Letter Composer benchmark")
from composer.ui.app import prepare  # noqa: E402

prepare(app)  # as the app starts (composer.ui.app.run)
from composer.ui.main_window import MainWindow  # noqa: E402

window = MainWindow()
window.show()


def rss_kb(pid: int | str) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    return next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))


def shown() -> None:
    elapsed = time.time() - spawned
    worker = headstart.running()
    worker_pid = worker.pid if worker is not None else None
    print(f"{elapsed:.4f} {rss_kb('self')} {rss_kb(worker_pid) if worker_pid else 0}", flush=True)
    window.session.mark_clean()
    app.quit()


window.preview.shown.connect(shown)
QtCore.QTimer.singleShot(0, lambda: window.start(draft, ask=False))
app.exec()

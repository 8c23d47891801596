"""Campaign packs and the signing table: installing a 10 MB pack (budget 1 s), refusing a
zip bomb, and wiping a visitor (budget 1 s).

    uv run python benchmarks/bench_packs.py            (QT_QPA_PLATFORM=offscreen by default)

The pack is made up: the bundled general letter under a new id, and 10 MB of text that does
not compress (as scanned sources and pictures do not). Each install goes into a fresh,
empty packs folder, the way a centre installs a campaign; an update (a newer version over
an older one) is measured too.
"""

from __future__ import annotations

import base64
import contextlib
import os
import random
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks._common import calibrate, report
from composer.core import packs
from tests.packs import pack_folder


def make_pack(where: Path, version: str) -> Path:
    folder = pack_folder(where / version, version=version)
    (folder / "data").mkdir()
    noise = base64.b64encode(random.randbytes(10_000_000)).decode()
    (folder / "data" / "README.md").write_text(noise, encoding="ascii")
    out = where / f"campaign-{version}.lcpack"
    out.write_bytes(packs.zip_folder(folder))
    return out


def installs(runs: int = 9) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        old, new = make_pack(work, "1.0"), make_pack(work, "2.0")
        print(f"{'pack size':<48} {new.stat().st_size / 1e6:8.1f} MB")
        fresh, update = [], []
        for run in range(runs):
            root = work / f"packs-{run}"
            start = time.perf_counter()
            packs.install(old, root=root)
            fresh.append(time.perf_counter() - start)
            start = time.perf_counter()
            packs.install(new, root=root)
            update.append(time.perf_counter() - start)
        report("install a 10 MB pack (empty packs folder)", fresh)
        report("install a newer version over it", update)
        bomb = work / "bomb.lcpack"
        with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
            for file in sorted((work / "1.0").rglob("*")):
                if file.is_file() and file.name != "README.md":
                    archive.write(file, file.relative_to(next((work / "1.0").iterdir())))
            with archive.open("data/representatives.csv", "w") as entry:
                for _ in range(1024):
                    entry.write(bytes(1 << 20))  # 1 GB of zeros, about 1 MB on disk
        refusals = []
        for run in range(5):
            start = time.perf_counter()
            with contextlib.suppress(packs.PackError):  # refused: what is measured
                packs.install(bomb, root=work / f"bomb-{run}")
            refusals.append(time.perf_counter() - start)
        report("refuse a 1 GB zip bomb", refusals)


def wipes(runs: int = 15) -> None:
    from composer.ui.qt import QtCore, QtWidgets

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    from composer.core.model import Recipient
    from composer.core.signing import Pin
    from composer.core.templates import discover
    from composer.ui.settings import Settings
    from composer.ui.signing_table import SigningTable, TableSetup

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(QtCore.QSettings(f"{tmp}/s.ini", QtCore.QSettings.Format.IniFormat))
        setup = TableSetup(
            discover().templates["pow-release"],
            Pin("2468"),
            Recipient(kind="other", organisation="Made-up Office", city="Ottawa", country="CA"),
        )
        table = SigningTable(setup, settings, print_pdf=lambda *a: None, folder=Path(tmp) / "table")
        times = []
        for _ in range(runs):
            table.language_buttons["fr"].click()
            for name, value in {"name": "Vartan Zakarian", "street": "1 Rue X", "city": "Laval",
                                "postal_code": "H7A 1A1"}.items():  # fmt: skip
                table.details[name].setText(value)
            next(iter(table.words.values())).setPlainText("Mon frère est détenu. " * 40)
            table.sign_tabs.setCurrentIndex(1)
            table.typed_name.setText("Vartan Zakarian")
            table._take_signature()
            table.autosave_now()
            app.processEvents()
            start = time.perf_counter()
            table.wipe()
            app.processEvents()
            times.append(time.perf_counter() - start)
        report("wipe a visitor (letter, pages, files, clipboard)", times)
        table.end()


if __name__ == "__main__":
    calibrate()
    installs()
    wipes()

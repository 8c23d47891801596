"""How long reading large contact files takes (vCard with photos, CSV): linear in size.

uv run python benchmarks/bench_import.py
"""

from __future__ import annotations

import base64
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import report
from composer.core.importing import read_contacts


def _folded(line: str, width: int = 75) -> str:
    parts = [line[:width]] + [
        " " + line[i : i + width - 1] for i in range(width, len(line), width - 1)
    ]
    return "\r\n".join(parts)


def vcard_file(folder: Path, megabytes: float, photo_bytes: int) -> Path:
    photo = base64.b64encode(os.urandom(photo_bytes)).decode()
    cards = []
    size = 0
    n = 0
    while size < megabytes * 1e6:
        card = "\r\n".join(
            [
                "BEGIN:VCARD",
                "VERSION:3.0",
                f"FN:Person {n} Müller",
                f"N:Müller;Person {n};;;",
                "ORG:Some Organisation",
                "ADR;TYPE=WORK:;;1 Main Street;Ottawa;ON;K1A 0A6;Canada",
                _folded(f"PHOTO;ENCODING=b;TYPE=JPEG:{photo}"),
                "END:VCARD",
            ]
        )
        cards.append(card)
        size += len(card)
        n += 1
    path = folder / f"contacts-{megabytes:g}MB-{photo_bytes}.vcf"
    path.write_text("\r\n".join(cards) + "\r\n", encoding="utf-8")
    return path


def csv_file(folder: Path, megabytes: float) -> Path:
    rows = ["Name,Organization,Street,City,Province,Postal Code,Country,Notes"]
    size, n = 0, 0
    while size < megabytes * 1e6:
        row = f'Person {n},Org {n},"{n} Rue Principale",Montréal,QC,H2X 1Y4,Canada,"Note, {n}"'
        rows.append(row)
        size += len(row)
        n += 1
    path = folder / f"contacts-{megabytes:g}MB.csv"
    path.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    return path


def timed(path: Path, runs: int = 3) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = read_contacts(path)
        times.append(time.perf_counter() - start)
    assert result.contacts
    return times


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for mb, photo in ((20, 15_000), (5, 5_000_000), (20, 20_000_000 // 2)):
            path = vcard_file(folder, mb, photo)
            size = path.stat().st_size / 1e6
            report(f"vCard {size:.0f} MB, photos of {photo // 1000} kB", timed(path), "s")
        for mb in (5, 20):
            path = csv_file(folder, mb)
            size = path.stat().st_size / 1e6
            report(f"CSV {size:.0f} MB", timed(path), "s")


if __name__ == "__main__":
    main()

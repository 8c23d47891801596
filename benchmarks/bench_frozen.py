"""The self-contained folder (packaging/build-linux.sh): its size, the app's cold start to
the first preview, and the command line's render, each started with a bare environment.

    bash packaging/build-linux.sh && uv run python benchmarks/bench_frozen.py

Cold start runs from spawning the executable to the moment the app says its first preview is
shown (it prints that when LETTER_COMPOSER_TIMING is set), offscreen.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import ROOT, calibrate, report

FOLDER = ROOT / "dist" / "letter-composer"
PROGRAM = FOLDER / "letter-composer"
DRAFT = ROOT / "examples" / "pow-release.en.json"


def folder_size() -> None:
    total = sum(p.stat().st_size for p in FOLDER.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"{'folder size':<48} {total / 1e6:8.1f} MB")


def cold_start(runs: int = 10) -> None:
    times = []
    with tempfile.TemporaryDirectory() as home:
        env = {"HOME": home, "QT_QPA_PLATFORM": "offscreen", "LETTER_COMPOSER_TIMING": "1"}
        for i in range(runs + 1):
            start = time.perf_counter()
            app = subprocess.Popen(
                [str(PROGRAM), str(DRAFT)],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            assert app.stderr is not None
            for line in app.stderr:
                if "first preview shown" in line:
                    break
            elapsed = time.perf_counter() - start
            app.kill()
            app.wait()
            if i:  # the first run warms the file cache
                times.append(elapsed)
    report("frozen app: cold start to first preview", times, unit="s")


def render(runs: int = 10) -> None:
    times = []
    with tempfile.TemporaryDirectory() as home:
        out = Path(home) / "letter.pdf"
        for i in range(runs + 1):
            start = time.perf_counter()
            subprocess.run(
                [str(PROGRAM), "render", "pow-release", "--data", str(DRAFT), "-o", str(out)],
                env={"HOME": home},
                check=True,
                capture_output=True,
            )
            if i:
                times.append(time.perf_counter() - start)
    report("frozen command line: render one letter", times, unit="s")


def main() -> None:
    if not PROGRAM.exists():
        sys.exit("build it first: bash packaging/build-linux.sh")
    calibrate()
    folder_size()
    cold_start()
    render()


if __name__ == "__main__":
    main()

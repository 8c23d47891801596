"""The command line as a whole process: start, import, build one letter, write, exit.

    uv run python benchmarks/bench_cli.py

Python's bytecode caches are compiled first (as an installed app has them), so the figure
is what a person sees on the second and later runs.
"""

from __future__ import annotations

import compileall
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import ROOT, report


def main(runs: int = 30) -> None:
    from benchmarks._common import calibrate

    calibrate()
    compileall.compile_dir(str(ROOT / "composer"), quiet=1)
    script = Path(sys.executable).with_name("letter-composer")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "composer.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "letter.pdf"
        args = [
            *command,
            "render",
            "pow-release",
            "--data",
            str(ROOT / "examples" / "pow-release.en.json"),
            "-o",
            str(out),
        ]
        times = []
        for i in range(runs + 2):
            start = time.perf_counter()
            subprocess.run(args, check=True)
            if i >= 2:  # the first runs fill the operating system's file cache
                times.append(time.perf_counter() - start)
        report("CLI render, one page, whole process", times, unit="s")
        # The same letter from a copy of the template, as from a USB stick: it renders in
        # the limited worker process, which the command starts.
        import shutil

        copy = Path(tmp) / "stick" / "pow-release"
        shutil.copytree(ROOT / "templates" / "pow-release", copy)
        stick_args = [*args[:2], str(copy), *args[3:]]
        stick_times = []
        for i in range(runs + 2):
            start = time.perf_counter()
            subprocess.run(stick_args, check=True)
            if i >= 2:
                stick_times.append(time.perf_counter() - start)
        report("CLI render, template from a USB stick (worker)", stick_times, unit="s")
        help_times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run([*command, "templates"], check=True, capture_output=True)
            help_times.append(time.perf_counter() - start)
        report("CLI templates, whole process", help_times, unit="s")


if __name__ == "__main__":
    main()

"""Mail merge: 1,000 letters into one PDF and into 1,000 files; peak memory at 1,000 and
10,000 letters.

    uv run python benchmarks/bench_merge.py [--ten-thousand]

Each measurement runs in a fresh process so its peak memory (ru_maxrss) is its own.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import ROOT

CHILD = """
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[4])
from composer.batch.merge import merge_to_folder, merge_to_pdf
from composer.core.contacts import Contact
from composer.core.model import Recipient, load_letter
from composer.core.templates import find_template
n, mode, out = int(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
base = load_letter(Path(sys.argv[4]) / "examples" / "pow-release.en.json")
template = find_template("pow-release")
people = [Contact(Recipient(title="ms", name=f"Person {i} Name{i}",
          position="Member of Parliament", organisation="House of Commons", city="Ottawa",
          region="ON", postal_code="K1A 0A6", country="CA")) for i in range(n)]
start = time.perf_counter()
if mode == "pdf":
    result = merge_to_pdf(base, template, people, out / "all.pdf")
else:
    result = merge_to_folder(base, template, people, out / "letters")
elapsed = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"seconds": elapsed, "peak_mb": peak, "worker_mb": worker,
                  "pages": result.pages}))
"""


def run(n: int, mode: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(n), mode, tmp, str(ROOT)],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        return json.loads(out.stdout)  # type: ignore[no-any-return]


def main() -> None:
    from benchmarks._common import calibrate

    calibrate()
    sizes = [1000] + ([10_000] if "--ten-thousand" in sys.argv else [])
    for n in sizes:
        for mode in ("pdf", "files"):
            start = time.perf_counter()
            figures = run(n, mode)
            print(
                f"{n:>6} letters into {'one PDF' if mode == 'pdf' else 'separate files':<15}"
                f" {figures['seconds']:7.2f} s   peak {figures['peak_mb']:7.1f} MB"
                f" (workers up to {figures['worker_mb']:.1f} MB each)"
                f"   ({int(figures['pages'])} pages; process {time.perf_counter() - start:.1f} s)"
            )


if __name__ == "__main__":
    main()

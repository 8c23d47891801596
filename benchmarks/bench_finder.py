"""Finding representatives by postal code: reading a table of 100,000 prefixes, and one
lookup (budget: 50 ms; it should take microseconds).

    uv run python benchmarks/bench_finder.py

The table is made up: 1,000 districts with one representative each and 100 prefixes each,
six-character codes in the Canadian pattern (letter, digit, letter, digit, letter, digit),
written to a temporary CSV. Half the looked-up codes lie in a district, half match nothing.
"""

from __future__ import annotations

import csv
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import calibrate, measure, report

DISTRICTS = 1_000
PREFIXES_PER_DISTRICT = 100
LOOKUPS = 2_000
LETTERS = "ABCEGHJKLMNPRSTVXY"
DIGITS = "0123456789"


def made_up_code(rng: random.Random) -> str:
    return "".join(rng.choice(LETTERS if i % 2 == 0 else DIGITS) for i in range(6))


def write_table(path: Path, rng: random.Random) -> list[str]:
    """Write the table; return every prefix in it."""
    codes: set[str] = set()
    while len(codes) < DISTRICTS * PREFIXES_PER_DISTRICT:
        codes.add(made_up_code(rng))
    ordered = sorted(codes)
    rng.shuffle(ordered)
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["name", "title", "office", "district", "prefixes", "jurisdiction"])
        for d in range(DISTRICTS):
            own = ordered[d * PREFIXES_PER_DISTRICT : (d + 1) * PREFIXES_PER_DISTRICT]
            # Written as people write them: some with a space's hyphen, some in lower case.
            shown = [p[:3] + "-" + p[3:] if i % 3 == 0 else p.lower() for i, p in enumerate(own)]
            writer.writerow(
                [f"Made-up Person {d:04}", "mx", "mp", f"District {d:04}", " ".join(shown), "CA"]
            )
    return ordered


def main() -> None:
    from composer.core.representatives import load_index

    calibrate()
    rng = random.Random(20260314)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "representatives.csv"
        prefixes = write_table(path, rng)
        size = path.stat().st_size
        print(f"{'table: CSV file':<48} {size / 1e6:8.2f} MB")
        index = load_index(path)
        print(f"{'table: prefixes indexed':<48} {len(index):8,}")
        report("load the table (read, check, index)", measure(lambda: load_index(path), 7, 1))

    codes = [
        rng.choice(prefixes) if i % 2 == 0 else made_up_code(rng).lower() for i in range(LOOKUPS)
    ]
    codes = [c[:3] + " " + c[3:] for c in codes]  # as a person types them
    for code in codes[:100]:  # warm up
        index.find(code)
    times = []
    found = 0
    for code in codes:
        start = time.perf_counter()
        matches = index.find(code)
        times.append(time.perf_counter() - start)
        found += bool(matches)
    # report() prints values as given for any unit but ms: microseconds here.
    report("lookup of one postal code", [t * 1e6 for t in times], unit="µs")
    print(f"{'codes with a representative':<48} {found:8,} of {len(codes):,}")


if __name__ == "__main__":
    main()

"""In-process PDF build time: one-page and three-page letters.

    uv run python benchmarks/bench_build.py

Prints the first build in a fresh process (fonts parsed, templates compiled) and then the
median and 95th percentile of repeated builds, which is what the preview pays per keystroke.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import ROOT, measure, report


def main() -> None:
    from benchmarks._common import calibrate

    calibrate()
    start = time.perf_counter()
    from composer.core.model import letter_from_dict, load_letter
    from composer.core.templates import find_template, load_template
    from composer.pdf.build import build_pdf

    print(f"{'import engine':<48} {1000 * (time.perf_counter() - start):8.1f} ms")
    one = load_letter(ROOT / "examples" / "pow-release.en.json")
    template = find_template("pow-release")
    start = time.perf_counter()
    result = build_pdf(one, template)
    print(
        f"{'first build, one page (fresh process)':<48} "
        f"{1000 * (time.perf_counter() - start):8.1f} ms"
    )
    assert result.pages == 1
    report("one-page letter (en, #10)", measure(lambda: build_pdf(one, template), 300))
    for name in ("pow-release.fr.toml", "pow-release.hy.json"):
        letter = load_letter(ROOT / "examples" / name)
        report(
            f"one-page letter ({letter.language}, {letter.envelope})",
            measure(lambda letter=letter: build_pdf(letter, template), 200),
        )

    # A template that did not come with the app renders in the worker process.
    from dataclasses import replace

    isolated = replace(template, origin="user")
    start = time.perf_counter()
    build_pdf(one, isolated)
    print(
        f"{'first build, template in the worker (starts it)':<48} "
        f"{1000 * (time.perf_counter() - start):8.1f} ms"
    )
    report(
        "one-page letter, template in the worker", measure(lambda: build_pdf(one, isolated), 200)
    )

    long_template = load_template(ROOT / "tests" / "pdf" / "long-template", origin="bundled")
    body = "\n\n".join(
        "This is a sentence that fills the line with words and more words. " * 6 for _ in range(24)
    )
    data = {**_data(one), "template": "long", "fields": {"body": body}}
    three = letter_from_dict(data)
    pages = build_pdf(three, long_template).pages
    report(f"{pages}-page letter", measure(lambda: build_pdf(three, long_template), 100))


def _data(letter: object) -> dict[str, object]:
    from composer.core.model import Letter, letter_to_dict

    assert isinstance(letter, Letter)
    return letter_to_dict(letter)


if __name__ == "__main__":
    main()

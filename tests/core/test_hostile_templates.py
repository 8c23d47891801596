"""Hostile templates, as a stranger's USB stick could carry them, through the real command line.

Every case must end the same way: exit status 2, one line on stderr, no output file, within
10 seconds, in a process limited to 1 GB of address space (the template worker inherits it).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import letter_data

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX files and limits")

MEMORY = 1 << 30

HEAD = 'id = "evil"\nlanguages = ["en"]\n[title]\nen = "Evil"\n'


def _limit() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def run_cli(*args: str, timeout: float = 10.0) -> tuple[subprocess.CompletedProcess[str], float]:
    start = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "composer.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=_limit,
    )
    return result, time.monotonic() - start


def make(folder: Path, body: str = "Hello.", toml: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "template.toml").write_text(HEAD + toml, encoding="utf-8")
    body_path = folder / "letter.en.md.j2"
    if not os.path.lexists(body_path):
        body_path.write_text(body, encoding="utf-8")
    return folder


def _secret(tmp: Path) -> Path:
    secret = tmp / "secret.txt"
    secret.write_text("PRIVATE-SECRET-CONTENT", encoding="utf-8")
    return secret


def symlinked_body(tmp: Path) -> Path:
    folder = tmp / "t"
    folder.mkdir()
    (folder / "letter.en.md.j2").symlink_to(_secret(tmp))
    return make(folder)


def symlinked_include(tmp: Path) -> Path:
    folder = make(tmp / "t", "{% include 'part.j2' %}")
    (folder / "part.j2").symlink_to(_secret(tmp))
    return folder


def symlinked_subfolder(tmp: Path) -> Path:
    folder = make(tmp / "t")
    outside = tmp / "outside"
    outside.mkdir()
    (outside / "x.j2").write_text("PRIVATE-SECRET-CONTENT")
    (folder / "sub").symlink_to(outside, target_is_directory=True)
    return folder


def include_dev_zero(tmp: Path) -> Path:
    folder = make(tmp / "t", "{% include 'zero.j2' %}")
    (folder / "zero.j2").symlink_to("/dev/zero")
    return folder


def include_fifo(tmp: Path) -> Path:
    folder = make(tmp / "t", "{% include 'pipe.j2' %}")
    os.mkfifo(folder / "pipe.j2")
    return folder


def toml_fifo(tmp: Path) -> Path:
    folder = tmp / "t"
    folder.mkdir()
    os.mkfifo(folder / "template.toml")
    (folder / "letter.en.md.j2").write_text("Hello.")
    return folder


def body_is_a_folder(tmp: Path) -> Path:
    folder = tmp / "t"
    (folder / "letter.en.md.j2").mkdir(parents=True)
    return make(folder)


def huge_sparse_toml(tmp: Path) -> Path:
    folder = make(tmp / "t")
    with open(folder / "template.toml", "ab") as file:
        file.truncate(3 * 1024**3)
    return folder


def deep_toml(tmp: Path) -> Path:
    folder = make(tmp / "t")
    (folder / "template.toml").write_text(HEAD + "x = " + "[" * 100_000 + "]" * 100_000)
    return folder


def body(source: str) -> Callable[[Path], Path]:
    def build(tmp: Path) -> Path:
        return make(tmp / "t", source)

    build.__name__ = source[:40]
    return build


def field_named(name: str) -> Callable[[Path], Path]:
    def build(tmp: Path) -> Path:
        return make(
            tmp / "t",
            f"{{{{ fields.{name} }}}}",
            f'[[fields]]\nname = "{name}"\ntype = "text"\n',
        )

    build.__name__ = f"field {name}"
    return build


CASES: list[Callable[[Path], Path]] = [
    symlinked_body,
    symlinked_include,
    symlinked_subfolder,
    include_dev_zero,
    include_fifo,
    toml_fifo,
    body_is_a_folder,
    huge_sparse_toml,
    deep_toml,
    # Work inside one C call, which no Python-level time limit can interrupt.
    body("{{ (('{:c}' * 9000).format(*range(65, 9065))).encode('punycode') }}"),
    # Text built before any output check could see it.
    body("{{ range(100000) | join('x' * 99999) }}"),
    body("{{ range(100000) | map('string') | join('x' * 99999) }}"),
    body("{{ ('x' * 99999).join(range(100000) | map('string')) }}"),
    body("{{ 'abc'.translate({97: 'x' * 99999}) }}"),
    body("{{ '%(a)999999999s' % {'a': 1} }}"),
    body("{{ '%*s' % (999999999, 'x') }}"),
    body("{{ ('%s' * 30000) % (('x' * 99999,) * 30000) }}"),
    body("{{ ('{0}' * 30000).format('x' * 99999) }}"),
    body("{{ '{:>999999999}'.format(1) }}"),
    body("{{ 'x'.center(999999999) }}"),
    body("{{ 'x'.ljust(999999999) }}"),
    body("{{ ('x' * 99999) | replace('x', 'y' * 999) }}"),
    body("{{ ('x' * 99999).replace('', 'y' * 999) }}"),
    body("{{ ['x' * 99999] * 100000 }}"),
    body("{{ (['x' * 99999] * 100000) | string }}"),
    body(
        "{% set ns = namespace(s='x' * 99999) %}{% for i in range(60) %}"
        "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s }}"
    ),
    body(
        "{% set ns = namespace(s='x' * 99999) %}{% for i in range(60) %}"
        "{% set ns.s = ns.s + ns.s %}{% endfor %}{{ ns.s }}"
    ),
    body(
        "{% set ns = namespace(s=['x'] * 99999) %}{% for i in range(60) %}"
        "{% set ns.s = ns.s + ns.s %}{% endfor %}{{ ns.s | length }}"
    ),
    body("{{ 9 ** 999999 }}"),
    body(
        "{% set ns = namespace(n=2) %}{% for i in range(40) %}{% set ns.n = ns.n * ns.n %}"
        "{% endfor %}{{ ns.n }}"
    ),
    body("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"),
    body("{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}"),
    body("{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    body("{{ cycler.__init__.__globals__ }}"),
    body("{{ fields.items }}"),
    body("{{ sender.name.upper }}"),
    body("{{ 'x'.encode('utf-8') }}"),
    body("{{ lipsum(100000) }}"),
    body("{{ '' | tojson }}"),
    body("{% include '../secret.txt' %}"),
    body("{% include '/etc/passwd' %}"),
    field_named("items"),
    field_named("format"),
    field_named("__class__"),
]


@pytest.mark.parametrize("build", CASES, ids=lambda f: f.__name__)
def test_hostile_template_exits_2_with_one_line(
    tmp_path: Path, build: Callable[[Path], Path]
) -> None:
    folder = build(tmp_path)
    data = tmp_path / "data.json"
    data.write_text(json.dumps(letter_data(template="evil")), encoding="utf-8")
    out = tmp_path / "out.pdf"
    result, seconds = run_cli("render", str(folder), "--data", str(data), "-o", str(out))
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("letter-composer: error: ")
    assert "Traceback" not in result.stderr
    assert "PRIVATE-SECRET-CONTENT" not in result.stderr + result.stdout
    assert not out.exists()
    assert seconds < 10


FILE_CASES = {
    symlinked_body: "letter.en.md.j2: is a symbolic link",
    symlinked_include: "part.j2: is a symbolic link",
    symlinked_subfolder: "sub: is a symbolic link",
    include_dev_zero: "zero.j2: is a symbolic link",
    include_fifo: "pipe.j2: is a pipe",
    toml_fifo: "template.toml: is a pipe",
}


@pytest.mark.parametrize("build", list(FILE_CASES), ids=lambda f: f.__name__)
def test_check_names_the_file_that_cannot_be_shared(
    tmp_path: Path, build: Callable[[Path], Path]
) -> None:
    folder = build(tmp_path)
    result, seconds = run_cli("check", str(folder))
    assert result.returncode == 2
    assert FILE_CASES[build] in result.stderr
    assert "Traceback" not in result.stderr
    assert seconds < 10


def test_check_reports_every_unusable_file(tmp_path: Path) -> None:
    folder = make(tmp_path / "t")
    (folder / "a.j2").symlink_to("/etc/passwd")
    os.mkfifo(folder / "b.j2")
    (folder / "docs").mkdir()
    (folder / "docs" / "c.md").symlink_to("/etc/hostname")
    result, _ = run_cli("check", str(folder))
    assert result.returncode == 2
    for name in ("a.j2", "b.j2", "docs/c.md"):
        assert name in result.stderr

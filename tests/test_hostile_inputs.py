"""Hostile data files, recipient lists, signature pictures and output paths, through the real
command line: exit 2, one line on stderr, no output, within seconds and 1 GB; and outputs that
never clobber an input, keep a file's mode and write through a symbolic link."""

from __future__ import annotations

import json
import os
import signal
import stat
import struct
import subprocess
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, letter_data

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX files and limits")

MEMORY = 1 << 30


def _limits(file_size: int | None = None) -> Callable[[], None]:
    def apply() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))
        if file_size is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes then fail with EFBIG
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size, file_size))

    return apply


def run_cli(*args: str, file_size: int | None = None) -> subprocess.CompletedProcess[str]:
    start = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "composer.cli", *args],
        capture_output=True,
        text=True,
        timeout=20,
        preexec_fn=_limits(file_size),
    )
    assert time.monotonic() - start < 10
    return result


def assert_one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("letter-composer: error:")
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]


def png(width: int, height: int, body: bytes | None = None) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    raw = body if body is not None else zlib.compress(b"\0" * (width + 1) * height)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


# -- data files -------------------------------------------------------------------------------


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _strokes(point: str) -> str:
    data = letter_data()
    data["signature"] = {"strokes": [["POINT", [2, 2]]]}
    return json.dumps(data).replace('"POINT"', point)


def _sparse(path: Path) -> Path:
    with open(path, "wb") as file:
        file.truncate(3 << 30)
    return path


DATA_CASES: dict[str, Callable[[Path], Path]] = {
    "fifo": lambda d: (os.mkfifo(d / "data.json"), d / "data.json")[1],
    "dev-zero": lambda d: ((d / "data.json").symlink_to("/dev/zero"), d / "data.json")[1],
    "folder": lambda d: ((d / "data.json").mkdir(), d / "data.json")[1],
    "sparse-3gb": lambda d: _sparse(d / "data.json"),
    "deep-json": lambda d: _write(d / "data.json", "[" * 100_000 + "]" * 100_000),
    "deep-toml": lambda d: _write(d / "data.toml", "a = " + "[" * 100_000 + "]" * 100_000),
    "deep-but-parseable": lambda d: _write(
        d / "data.json", '{"fields": ' + "[" * 50 + "]" * 50 + "}"
    ),
    "400-digit-coordinate": lambda d: _write(d / "data.json", _strokes("[" + "9" * 400 + ", 1]")),
    "5001-digit-number": lambda d: _write(d / "data.json", _strokes("[" + "9" * 5001 + ", 1]")),
    "nan-coordinate": lambda d: _write(d / "data.json", _strokes("[NaN, 1]")),
    "infinite-coordinate": lambda d: _write(d / "data.json", _strokes("[1e999, 1]")),
    "toml-nan": lambda d: _write(
        d / "data.toml", 'template = "pow-release"\n[signature]\nstrokes = [[[nan, 1], [2, 2]]]\n'
    ),
    "not-utf8": lambda d: (d / "data.json").write_bytes(b"\xff\xfe\x00{") and d / "data.json",
    "not-a-table": lambda d: _write(d / "data.json", "[1, 2, 3]"),
}


@pytest.mark.parametrize("case", list(DATA_CASES))
def test_hostile_data_file(tmp_path: Path, case: str) -> None:
    data = DATA_CASES[case](tmp_path)
    out = tmp_path / "out.pdf"
    result = run_cli("render", "pow-release", "--data", str(data), "-o", str(out))
    assert_one_line_error(result)
    assert not out.exists()


def _with_image(tmp: Path, make: Callable[[Path], None]) -> Path:
    image = tmp / "sig.png"
    make(image)
    data = letter_data()
    data["signature"] = {"image": str(image)}
    return _write(tmp / "data.json", json.dumps(data))


IMAGE_CASES: dict[str, Callable[[Path], None]] = {
    "fifo": lambda p: os.mkfifo(p),
    "dev-zero": lambda p: p.symlink_to("/dev/zero"),
    "decompression-bomb": lambda p: p.write_bytes(png(20_000, 20_000, zlib.compress(b"\0" * 64))),
    "truncated": lambda p: p.write_bytes(png(200, 100)[:60]),
    "not-a-picture": lambda p: p.write_bytes(b"GIF89a but not really"),
    "missing": lambda p: None,
}


@pytest.mark.parametrize("case", list(IMAGE_CASES))
def test_hostile_signature_image(tmp_path: Path, case: str) -> None:
    data = _with_image(tmp_path, IMAGE_CASES[case])
    out = tmp_path / "out.pdf"
    result = run_cli("render", "pow-release", "--data", str(data), "-o", str(out))
    assert_one_line_error(result, "signature image")
    assert not out.exists()


@pytest.mark.parametrize("case", ["fifo", "dev-zero", "sparse"])
def test_hostile_recipients_file(tmp_path: Path, case: str) -> None:
    recipients = tmp_path / "people.csv"
    if case == "fifo":
        os.mkfifo(recipients)
    elif case == "dev-zero":
        recipients.symlink_to("/dev/zero")
    else:
        with open(recipients, "wb") as file:
            file.truncate(3 << 30)
    out = tmp_path / "out.pdf"
    data = EXAMPLES / "pow-release.en.json"
    for args in (
        ["merge", "pow-release", "--data", str(data), "--recipients", str(recipients)],
        ["envelopes", "--data", str(data), "--recipients", str(recipients)],
        ["labels", "--recipients", str(recipients)],
    ):
        assert_one_line_error(run_cli(*args, "-o", str(out)), "people.csv")
        assert not out.exists()


@pytest.mark.parametrize("offset", ["nan,0", "0,inf", "1e999,0", "100,0", "a,b", "1"])
def test_hostile_offsets(tmp_path: Path, offset: str) -> None:
    out = tmp_path / "out.pdf"
    csv = _write(tmp_path / "people.csv", "name,city\nJane Doe,Ottawa\n")
    result = run_cli("labels", "--recipients", str(csv), f"--offset={offset}", "-o", str(out))
    assert_one_line_error(result, "offset")
    assert not out.exists()


# -- outputs ----------------------------------------------------------------------------------


def _data(tmp: Path) -> Path:
    return _write(tmp / "data.json", json.dumps(letter_data()))


def _csv(tmp: Path) -> Path:
    return _write(
        tmp / "people.csv",
        "name,organisation,city,region,postal_code,country\n"
        "Jane Doe,House of Commons,Ottawa,ON,K1A 0A6,CA\n",
    )


def test_output_that_is_the_data_file_is_refused(tmp_path: Path) -> None:
    data = _data(tmp_path)
    before = data.read_bytes()
    result = run_cli("render", "pow-release", "--data", str(data), "-o", str(data))
    assert_one_line_error(result, "input")
    assert data.read_bytes() == before
    link = tmp_path / "link.pdf"
    link.symlink_to(data)
    assert_one_line_error(run_cli("render", "pow-release", "--data", str(data), "-o", str(link)))
    assert data.read_bytes() == before


def test_merge_output_that_is_an_input_is_refused(tmp_path: Path) -> None:
    data, csv = _data(tmp_path), _csv(tmp_path)
    before = csv.read_bytes(), data.read_bytes()
    for target in (csv, data):
        result = run_cli(
            "merge", "pow-release", "--data", str(data), "--recipients", str(csv), "-o", str(target)
        )
        assert_one_line_error(result, "input")
    for target in (csv, data):
        result = run_cli(
            "envelopes", "--data", str(data), "--recipients", str(csv), "-o", str(target)
        )
        assert_one_line_error(result, "input")
    assert (csv.read_bytes(), data.read_bytes()) == before


def test_folder_where_a_file_is_meant_and_the_reverse(tmp_path: Path) -> None:
    data, csv = _data(tmp_path), _csv(tmp_path)
    folder = tmp_path / "folder"
    folder.mkdir()
    result = run_cli("render", "pow-release", "--data", str(data), "-o", str(folder))
    assert_one_line_error(result, "is a folder")
    result = run_cli(
        "merge", "pow-release", "--data", str(data), "--recipients", str(csv), "-o", str(folder)
    )
    assert_one_line_error(result, "is a folder")
    a_file = tmp_path / "a.pdf"
    a_file.write_bytes(b"keep")
    result = run_cli(
        "merge", "pow-release", "--data", str(data), "--recipients", str(csv),
        "--out-dir", str(a_file),
    )  # fmt: skip
    assert_one_line_error(result, "not a folder")
    assert a_file.read_bytes() == b"keep"
    missing = tmp_path / "no" / "such" / "out.pdf"
    assert_one_line_error(run_cli("render", "pow-release", "--data", str(data), "-o", str(missing)))


def test_full_disk_is_one_clear_line_and_the_old_file_survives(tmp_path: Path) -> None:
    data, csv = _data(tmp_path), _csv(tmp_path)
    out = tmp_path / "out.pdf"
    out.write_bytes(b"old")
    result = run_cli("render", "pow-release", "--data", str(data), "-o", str(out), file_size=1000)
    assert_one_line_error(result, "cannot write")
    assert out.read_bytes() == b"old"
    result = run_cli(
        "merge", "pow-release", "--data", str(data), "--recipients", str(csv), "-o", str(out),
        file_size=1000,
    )  # fmt: skip
    assert_one_line_error(result, "cannot write")
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_existing_file_keeps_its_mode_and_new_files_follow_the_umask(tmp_path: Path) -> None:
    data = _data(tmp_path)
    out = tmp_path / "out.pdf"
    out.write_bytes(b"old")
    out.chmod(0o640)
    assert run_cli("render", "pow-release", "--data", str(data), "-o", str(out)).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert out.read_bytes().startswith(b"%PDF")
    fresh = tmp_path / "fresh.pdf"
    umask = os.umask(0o022)
    os.umask(umask)
    assert run_cli("render", "pow-release", "--data", str(data), "-o", str(fresh)).returncode == 0
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask


def test_symlinked_output_writes_its_target(tmp_path: Path) -> None:
    data = _data(tmp_path)
    real = tmp_path / "real.pdf"
    real.write_bytes(b"old")
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    assert run_cli("render", "pow-release", "--data", str(data), "-o", str(link)).returncode == 0
    assert link.is_symlink()
    assert real.read_bytes().startswith(b"%PDF")


# -- a killed merge ---------------------------------------------------------------------------


def _descendants(pid: int) -> set[int]:
    found: set[int] = set()
    pending = [pid]
    while pending:
        current = pending.pop()
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                children = (task / "children").read_text().split()
            except OSError:
                continue
            for child in map(int, children):
                if child not in found:
                    found.add(child)
                    pending.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _whole_pdf(path: Path, pages: int) -> bool:
    from pypdf import PdfReader

    try:
        return len(PdfReader(path).pages) >= pages
    except Exception:  # anything unreadable is not whole
        return False


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("after", [0.5, 1.0, 1.6])
def test_killed_merge_leaves_nothing_visible_and_no_worker(tmp_path: Path, after: float) -> None:
    data = _data(tmp_path)
    rows = "".join(f"Person {i},Org {i},Ottawa,ON,K1A 0A6,CA\n" for i in range(1000))
    csv = _write(
        tmp_path / "people.csv", "name,organisation,city,region,postal_code,country\n" + rows
    )
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    for target in (["-o", str(out_dir / "all.pdf")], ["--out-dir", str(out_dir / "each")]):
        process = subprocess.Popen(
            [sys.executable, "-m", "composer.cli", "merge", "pow-release", "--data", str(data),
             "--recipients", str(csv), *target],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + after
        workers: set[int] = set()
        while time.monotonic() < deadline and process.poll() is None:
            workers |= _descendants(process.pid)
            time.sleep(0.05)
        workers |= _descendants(process.pid)
        finished = process.poll() == 0  # a fast machine may finish first: then all is there
        process.send_signal(signal.SIGKILL)
        process.wait()
        end = time.monotonic() + 5
        while time.monotonic() < end and any(_alive(w) for w in workers):
            time.sleep(0.1)
        assert not any(_alive(w) for w in workers), "a worker outlived the merge"
        visible = [
            p
            for p in out_dir.rglob("*")
            if not any(part.startswith(".") for part in p.relative_to(out_dir).parts)
        ]
        visible = [p for p in visible if p != out_dir / "each"]
        if finished:
            continue
        # Killed between the last rename and the process's exit: then the output is whole.
        whole = visible == [out_dir / "all.pdf"] and _whole_pdf(out_dir / "all.pdf", 1000)
        whole = whole or len([p for p in visible if p.suffix == ".pdf"]) == 1000
        assert visible == [] or whole, visible
    # The next merge into the same folders removes what the killed ones left.
    leftovers = [p for p in out_dir.rglob(".letter-composer-*")]
    result = run_cli(
        "merge", "pow-release", "--data", str(data), "--recipients", str(_csv(tmp_path)),
        "-o", str(out_dir / "all.pdf"),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    (out_dir / "each").mkdir(exist_ok=True)
    result = run_cli(
        "merge", "pow-release", "--data", str(data), "--recipients", str(_csv(tmp_path)),
        "--out-dir", str(out_dir / "each"),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert not any(p.exists() for p in leftovers)
    assert not list(out_dir.rglob(".letter-composer-*"))


def test_the_app_start_clears_what_a_killed_merge_left(tmp_path: Path) -> None:
    from composer.core.files import TEMP_PREFIX, note_output_folder, sweep_output_folders

    folder = tmp_path / "letters"
    folder.mkdir()
    note_output_folder(folder)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    leftover = folder / f"{TEMP_PREFIX}merge-{dead.pid}-abcd1234"
    leftover.mkdir()
    (leftover / "0001 Person.pdf").write_bytes(b"%PDF")
    part = folder / f"{TEMP_PREFIX}{dead.pid}-abcd1234.all.pdf.part"
    part.write_bytes(b"%PDF")
    mine = folder / f"{TEMP_PREFIX}{os.getpid()}-abcd1234.all.pdf.part"  # still being written
    mine.write_bytes(b"%PDF")
    keep = folder / ".my-own-hidden-file"
    keep.write_bytes(b"not ours")
    assert sweep_output_folders() == 2
    assert not leftover.exists() and not part.exists()
    assert mine.exists() and keep.exists()

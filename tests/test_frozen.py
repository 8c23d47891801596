"""The self-contained folder (packaging/build-linux.sh) run with a bare environment: no
Python, no uv, nothing of the developer's. Skipped where it was not built, except in CI
(LETTER_COMPOSER_REQUIRE_FROZEN=1, set by .ci/run, which builds it first)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT

FOLDER = ROOT / "dist" / "letter-composer"
PROGRAM = FOLDER / "letter-composer"
DRAFT = ROOT / "examples" / "pow-release.en.json"

if not PROGRAM.exists() and os.environ.get("LETTER_COMPOSER_REQUIRE_FROZEN") == "1":
    raise RuntimeError(f"the frozen folder was not built: {FOLDER}")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not PROGRAM.exists(), reason="build it: bash packaging/build-linux.sh"),
]


def bare(home: Path, **extra: str) -> dict[str, str]:
    """An environment as bare as `env -i`, with a home."""
    return {"HOME": str(home), **extra}


def test_the_command_line_renders_a_letter_with_nothing_installed(tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    run = subprocess.run(
        [str(PROGRAM), "render", "pow-release", "--data", str(DRAFT), "-o", str(out)],
        env=bare(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Anna Grigorian" in text


def test_a_stranger_s_template_renders_in_the_frozen_worker(tmp_path: Path) -> None:
    template = tmp_path / "usb-template"
    shutil.copytree(ROOT / "templates" / "pow-release", template)
    out = tmp_path / "letter.pdf"
    run = subprocess.run(
        [str(PROGRAM), "render", str(template), "--data", str(DRAFT), "-o", str(out)],
        env=bare(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert out.exists()


def test_the_window_starts_and_shows_its_first_preview(tmp_path: Path) -> None:
    env = bare(tmp_path, QT_QPA_PLATFORM="offscreen", LETTER_COMPOSER_TIMING="1")
    app = subprocess.Popen(
        [str(PROGRAM), str(DRAFT)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert app.stderr is not None
        seen = []
        for line in app.stderr:
            seen.append(line)
            if "first preview shown" in line:
                break
        else:
            raise AssertionError("".join(seen[-20:]))
        # With two cores, built by the frozen head-start process (__build-worker__), not
        # by the app itself after the process failed.
        if len(os.sched_getaffinity(0)) >= 2:
            counts = re.search(r"\((\d+) of (\d+) built by the head start\)", seen[-1])
            assert counts is not None and counts[1] == counts[2] != "0", seen[-1]
    finally:
        app.kill()
        app.wait()


def test_a_portable_folder_keeps_everything_and_home_is_untouched(tmp_path: Path) -> None:
    stick = tmp_path / "stick" / "letter-composer"
    shutil.copytree(FOLDER, stick, symlinks=True)
    (stick / "portable").mkdir()
    home = tmp_path / "home"
    home.mkdir()
    home.chmod(0o555)  # read-only (for anyone but root): and checked empty below
    try:
        out = tmp_path / "letter.pdf"
        run = subprocess.run(
            [
                str(stick / "letter-composer"),
                "render",
                "pow-release",
                "--data",
                str(DRAFT),
                "-o",
                str(out),
            ],
            env=bare(home),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert run.returncode == 0, run.stderr
        assert list((stick / "portable" / "cache").rglob("*"))  # its caches are on the stick
        assert list(home.iterdir()) == []
    finally:
        home.chmod(0o755)


def test_the_folder_carries_every_licence(tmp_path: Path) -> None:
    run = subprocess.run(
        [str(PROGRAM), "licences", "--full"],
        env=bare(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    for expected in (
        "PySide6_Essentials",
        "GNU LESSER GENERAL PUBLIC LICENSE",
        "reportlab",
        "Jinja2",
        "OFL-1.1",
        "Spelling dictionary hy",
        "GNU GENERAL PUBLIC LICENSE",
    ):
        assert expected in run.stdout, expected


def test_an_older_address_book_on_the_stick_opens_upgraded_and_new_entries_stay_on_it(
    tmp_path: Path,
) -> None:
    """Data written in the first release's format (address book schema 1, its settings) on
    a stick, opened by this build: migrated once, kept, and added to inside the folder."""
    import sqlite3

    from composer.core.addressbook import SCHEMA_VERSION
    from tests.core.test_addressbook import _database_at

    stick = tmp_path / "stick" / "letter-composer"
    shutil.copytree(FOLDER, stick, symlinks=True)
    data = stick / "portable" / "data"
    data.mkdir(parents=True)
    _database_at(data / "addressbook.sqlite3", 1)
    (stick / "portable" / "settings.ini").write_text(
        "[preferences]\nlast_template=pow-release\nremember_sender=true\n", encoding="utf-8"
    )
    home = tmp_path / "home"
    home.mkdir()
    people = tmp_path / "people.csv"
    people.write_text("First Name,Last Name,City\nAram,Sarkissian,Toronto\n", encoding="utf-8")
    program = str(stick / "letter-composer")

    def run(*args: str) -> str:
        done = subprocess.run(
            [program, *args], env=bare(home), capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    listed = run("addressbook", "list")
    assert "Jane Doe" in listed and "Tag Tester" in listed  # written by the first schema
    run("addressbook", "import", str(people))
    assert "Aram Sarkissian — Toronto" in run("addressbook", "list")
    with sqlite3.connect(data / "addressbook.sqlite3") as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert "last_template=pow-release" in (stick / "portable" / "settings.ini").read_text()
    assert list(home.iterdir()) == []  # nothing outside the stick


def test_at_logout_the_portable_app_keeps_its_settings_on_the_stick(tmp_path: Path) -> None:
    import signal

    stick = tmp_path / "stick" / "letter-composer"
    shutil.copytree(FOLDER, stick, symlinks=True)
    (stick / "portable").mkdir()
    home = tmp_path / "home"
    home.mkdir()
    env = bare(home, QT_QPA_PLATFORM="offscreen", LETTER_COMPOSER_TIMING="1")
    app = subprocess.Popen(
        [str(stick / "letter-composer"), str(DRAFT)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert app.stderr is not None
        for line in app.stderr:
            if "first preview shown" in line:
                break
        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=30) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    settings = (stick / "portable" / "settings.ini").read_text()
    assert "geometry" in settings
    # The letter made from the data file, not saved yet, is kept on the stick for next time.
    assert list((stick / "portable" / "data" / "autosave").glob("*.letter"))
    assert list(home.iterdir()) == []


def test_a_campaign_pack_installs_onto_the_stick(tmp_path: Path) -> None:
    from composer.core import packs
    from tests.packs import pack_folder

    stick = tmp_path / "stick" / "letter-composer"
    shutil.copytree(FOLDER, stick, symlinks=True)
    (stick / "portable").mkdir()
    home = tmp_path / "home"
    home.mkdir()
    folder = pack_folder(tmp_path / "src")
    (folder / "data").mkdir()
    (folder / "data" / "recipients.toml").write_text(
        '[[organisation]]\nid = "office"\nkind = "human_rights"\n'
        'organisation = "Made-up Rights Office"\ncity = "Ottawa"\ncountry = "CA"\n',
        encoding="utf-8",
    )
    pack = tmp_path / "campaign.lcpack"
    pack.write_bytes(packs.zip_folder(folder))
    home.chmod(0o555)
    try:

        def run(*args: str) -> str:
            done = subprocess.run(
                [str(stick / "letter-composer"), *args],
                env=bare(home),
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert done.returncode == 0, done.stderr
            return done.stdout

        assert "installed test-campaign 1.0" in run("pack", "install", str(pack))
        assert "test-letter" in run("templates")
        assert "Made-up Rights Office" in run("addressbook", "list")
        data = stick / "portable" / "data"
        assert (data / "packs" / "test-campaign@1.0+1" / "pack.toml").is_file()
        assert (data / "addressbook.sqlite3").is_file()
        assert list(home.iterdir()) == []
    finally:
        home.chmod(0o755)

"""The command line: exit codes, one-line errors, atomic output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from composer.cli import main
from tests.conftest import EXAMPLES, ROOT, letter_data, pdf_pages, pdf_text, squash


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "composer.cli", *args], capture_output=True, text=True, cwd=ROOT
    )


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    assert "render" in capsys.readouterr().out


def test_templates_lists_bundled_and_user_templates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    extra = tmp_path / "mine"
    (extra / "thanks").mkdir(parents=True)
    (extra / "thanks" / "template.toml").write_text(
        'id = "thanks"\nlanguages = ["en"]\ntitle = { en = "Thank you" }\n', encoding="utf-8"
    )
    (extra / "thanks" / "letter.en.md.j2").write_text("Thank you.", encoding="utf-8")
    assert main(["templates", "--json", "--templates-dir", str(extra)]) == 0
    rows = json.loads(capsys.readouterr().out)
    ids = {r["id"]: r for r in rows}
    assert {"pow-release", "general", "follow-up", "thanks"} <= set(ids)
    assert ids["pow-release"]["languages"] == ["en", "fr", "hy"]
    assert ids["thanks"]["origin"] == "path"


def test_user_data_folder_templates_are_found(capsys: pytest.CaptureFixture[str]) -> None:
    from composer.core.paths import user_templates_dir

    folder = user_templates_dir() / "local"
    folder.mkdir(parents=True)
    (folder / "template.toml").write_text(
        'id = "local"\nlanguages = ["fr"]\ntitle = { fr = "Local" }\n', encoding="utf-8"
    )
    (folder / "letter.fr.md.j2").write_text("Bonjour.", encoding="utf-8")
    assert main(["templates"]) == 0
    assert "local" in capsys.readouterr().out


def test_fields(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fields", "follow-up", "--json"]) == 0
    rows = {r["name"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["original_date"]["type"] == "date" and rows["original_date"]["required"]
    assert main(["fields", "pow-release", "--lang", "fr"]) == 0
    assert "Note personnelle" in capsys.readouterr().out


def test_render_writes_the_pdf(tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    result = run(
        "render", "pow-release", "--data", str(EXAMPLES / "pow-release.en.json"), "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert "Jane Doe" in pdf_text(out.read_bytes())
    assert [p.name for p in tmp_path.iterdir()] == ["letter.pdf"]


def test_render_overrides_language_paper_and_envelope(tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    code = main(
        [
            "render",
            str(ROOT / "templates" / "pow-release"),
            "--data",
            str(EXAMPLES / "pow-release.en.json"),
            "-o",
            str(out),
            "--lang",
            "fr",
            "--paper",
            "a4",
            "--envelope",
            "din5008a",
        ]
    )
    assert code == 0
    text = pdf_text(out.read_bytes())
    assert "28 novembre 2026" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["render", "nope", "--data", "{data}", "-o", "{out}"], "no template with id 'nope'"),
        (["render", "pow-release", "--data", "{missing}", "-o", "{out}"], "cannot read"),
        (["render", "pow-release", "--data", "{bad}", "-o", "{out}"], "paper 'legal'"),
        (
            ["render", "pow-release", "--data", "{data}", "-o", "{out}", "--lang", "de"],
            "'de' is not one of en, fr, hy",
        ),
        (
            ["render", "pow-release", "--data", "{data}", "-o", "/nonexistent/dir/x.pdf"],
            "no such folder",
        ),
        (
            ["render", "pow-release", "--data", "{data}", "-o", "{out}", "--paper", "legal"],
            "invalid choice",
        ),
        (["fields", "nope"], "no template with id 'nope'"),
        (["check", "{tmp}"], "no template.toml here"),
    ],
)
def test_mistakes_exit_2_with_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    data = tmp_path / "data.json"
    data.write_text(json.dumps(letter_data()), encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(letter_data(paper="legal")), encoding="utf-8")
    out = tmp_path / "out.pdf"
    values = {
        "data": str(data),
        "bad": str(bad),
        "out": str(out),
        "tmp": str(tmp_path),
        "missing": str(tmp_path / "missing.json"),
    }
    result = run(*[a.format(**values) for a in args])
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    lines = [ln for ln in result.stderr.splitlines() if ": error: " in ln]
    assert len(lines) == 1
    assert not out.exists()


def test_failed_render_leaves_an_existing_file_untouched(tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    out.write_bytes(b"previous letter")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(letter_data(sender={"name": ""})), encoding="utf-8")
    assert main(["render", "pow-release", "--data", str(bad), "-o", str(out)]) == 2
    assert out.read_bytes() == b"previous letter"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json", "out.pdf"]


def test_bad_template_error_names_file_and_line(tmp_path: Path) -> None:
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "template.toml").write_text(
        'id = "broken"\nlanguages = ["en"]\ntitle = { en = "Broken" }\n', encoding="utf-8"
    )
    (folder / "letter.en.md.j2").write_text("Hello\n\n{{ sender.nmae }}\n", encoding="utf-8")
    data = tmp_path / "data.json"
    data.write_text(json.dumps(letter_data()), encoding="utf-8")
    result = run("render", str(folder), "--data", str(data), "-o", str(tmp_path / "o.pdf"))
    assert result.returncode == 2
    assert f"{folder / 'letter.en.md.j2'}:3: 'dict object' has no attribute 'nmae'" in (
        result.stderr
    )
    assert not (tmp_path / "o.pdf").exists()


@pytest.mark.parametrize("template", ["pow-release", "general", "follow-up"])
def test_check_passes_for_bundled_templates(template: str) -> None:
    result = run("check", str(ROOT / "templates" / template))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{template}: ok")
    assert "warning" not in result.stderr


def test_check_reports_a_broken_language(tmp_path: Path) -> None:
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "template.toml").write_text(
        'id = "t"\nlanguages = ["en", "fr"]\ntitle = { en = "T" }\n[[fields]]\nname = "unused"\n',
        encoding="utf-8",
    )
    (folder / "letter.en.md.j2").write_text("Fine.", encoding="utf-8")
    (folder / "letter.fr.md.j2").write_text(
        "{% if recipient.kind == 'other' %}{{ oops }}{% endif %}", encoding="utf-8"
    )
    result = run("check", str(folder))
    assert result.returncode == 2
    assert "fr, other:" in result.stderr and "'oops' is undefined" in result.stderr
    assert "field 'unused' is never printed" in result.stderr
    assert "no 'fr' title" in result.stderr


def test_cli_output_is_byte_identical_to_the_engine(tmp_path: Path) -> None:
    from composer.core.model import load_letter
    from composer.pdf.build import build_pdf

    out = tmp_path / "letter.pdf"
    data = EXAMPLES / "pow-release.hy.json"
    assert run("render", "pow-release", "--data", str(data), "-o", str(out)).returncode == 0
    assert out.read_bytes() == build_pdf(load_letter(data)).pdf


MERGE_CSV = (
    "Name;Title;Organisation;City;Province;Postal code;Country\r\n"
    "Jane Doe;Ms.;House of Commons;Ottawa;ON;K1A 0A6;Canada\r\n"
    "Paul Martin;Mr.;House of Commons;Ottawa;ON;K1A 0A6;CA\r\n"
    "\r\n"
    ";;;;;;Narnia\r\n"
    ";;ICRC;Genève;;1202;Suisse\r\n"
)


def test_merge_into_one_pdf_and_into_a_folder(tmp_path: Path) -> None:
    recipients = tmp_path / "people.csv"
    recipients.write_bytes(MERGE_CSV.encode("cp1252"))
    out = tmp_path / "all.pdf"
    result = run(
        "merge",
        "pow-release",
        "--data",
        str(EXAMPLES / "pow-release.en.json"),
        "--recipients",
        str(recipients),
        "-o",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert "skipped line 5: no name or organisation" in result.stderr
    pages = [squash(p) for p in pdf_pages(out.read_bytes())]
    assert len(pages) == 3
    assert "Ms.JaneDoe" in pages[0] and "PaulMartin" not in pages[0]
    assert "Mr.PaulMartin" in pages[1]
    assert "CH-1202Genève" in pages[2] and "SWITZERLAND" in pages[2]
    folder = tmp_path / "letters"
    result = run(
        "merge",
        "pow-release",
        "--data",
        str(EXAMPLES / "pow-release.en.json"),
        "--recipients",
        str(recipients),
        "--out-dir",
        str(folder),
    )
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in folder.iterdir()) == [
        "001 Ms. Jane Doe.pdf",
        "002 Mr. Paul Martin.pdf",
        "003 ICRC.pdf",
    ]


def test_merge_mistakes_exit_2(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_text("Name,City\n", encoding="utf-8")
    result = run(
        "merge",
        "pow-release",
        "--data",
        str(EXAMPLES / "pow-release.en.json"),
        "--recipients",
        str(empty),
        "-o",
        str(tmp_path / "x.pdf"),
    )
    assert result.returncode == 2
    assert "no recipients could be read" in result.stderr
    assert not (tmp_path / "x.pdf").exists()
    result = run(
        "merge",
        "pow-release",
        "--data",
        str(EXAMPLES / "pow-release.en.json"),
        "--recipients",
        str(empty),
    )
    assert result.returncode == 2 and "one of the arguments" in result.stderr


def test_envelopes_labels_and_calibration(tmp_path: Path) -> None:
    recipients = tmp_path / "people.csv"
    recipients.write_bytes(MERGE_CSV.encode("cp1252"))
    data = str(EXAMPLES / "pow-release.en.json")
    env = tmp_path / "envelopes.pdf"
    result = run(
        "envelopes",
        "--data",
        data,
        "--recipients",
        str(recipients),
        "--size",
        "dl",
        "-o",
        str(env),
        "--offset",
        "1.5,-2",
    )
    assert result.returncode == 0, result.stderr
    pages = pdf_pages(env.read_bytes())
    assert len(pages) == 3 and "Ms. Jane Doe" in pages[0] and "ICRC" in pages[2]
    labels = tmp_path / "labels.pdf"
    result = run(
        "labels",
        "--recipients",
        str(recipients),
        "--sheet",
        "l7160",
        "--start",
        "20",
        "-o",
        str(labels),
    )
    assert result.returncode == 0, result.stderr
    assert len(pdf_pages(labels.read_bytes())) == 2  # labels 20, 21, then a new sheet
    cal = tmp_path / "cal.pdf"
    assert run("calibration", "--paper", "a4", "-o", str(cal)).returncode == 0
    bad = run("labels", "--recipients", str(recipients), "--start", "31", "-o", str(labels))
    assert bad.returncode == 2 and "between 1 and 30" in bad.stderr
    bad = run(
        "envelopes",
        "--data",
        data,
        "--recipients",
        str(recipients),
        "-o",
        str(env),
        "--offset",
        "x",
    )
    assert bad.returncode == 2 and "offset must be two numbers" in bad.stderr


def test_addressbook_imports_and_lists(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    book = tmp_path / "book.sqlite3"
    people = tmp_path / "people.csv"
    people.write_text(
        "First Name,Last Name,City,Tags\nAnahit,Petrosyan,Laval,MPs\n,,,\n", encoding="utf-8"
    )
    assert main(["addressbook", "--book", str(book), "import", str(people)]) == 0
    assert "1 entries added" in capsys.readouterr().out
    assert main(["addressbook", "--book", str(book), "list"]) == 0
    listed = capsys.readouterr().out
    assert "Anahit Petrosyan — Laval, CA  [MPs]" in listed
    assert "House of Commons" in listed  # a new book starts with the bundled directory


def test_addressbook_refuses_what_it_cannot_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = tmp_path / "book.sqlite3"
    assert main(["addressbook", "--book", str(book), "import", str(tmp_path / "none.csv")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cannot read" in err[0]
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database at all" * 100)
    assert main(["addressbook", "--book", str(broken), "list"]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert broken.read_bytes() == b"not a database at all" * 100  # left as it was

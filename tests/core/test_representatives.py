"""Finding representatives by postal code, and reading their table from a hostile file.

Every person, district and code here is made up.
"""

from __future__ import annotations

import csv
import io
import os
import sys
from pathlib import Path

import pytest

from composer.core import representatives as reps
from composer.core.errors import DataError
from composer.core.representatives import (
    COLUMNS,
    Representative,
    RepresentativeIndex,
    load_index,
    normalise_postal_code,
    read_representatives,
    to_recipient,
)

HEADER = ["name", "title", "office", "district", "prefixes"]


def rep(name: str, district: str, *prefixes: str, office: str = "mp") -> Representative:
    return Representative(name=name, office=office, district=district, prefixes=prefixes)


def write_csv(path: Path, rows: list[list[str]], header: list[str] | None = None) -> Path:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header or HEADER)
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def one_line_error(path: Path) -> str:
    with pytest.raises(DataError) as caught:
        load_index(path)
    message = str(caught.value)
    assert "\n" not in message and "\r" not in message
    return message


# Normalisation


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("k1a 0b1", "K1A0B1"),
        (" K1A-0B1 ", "K1A0B1"),
        ("12345-6789", "123456789"),
        ("x9z\t9x9", "X9Z9X9"),
        ("é1!", "1"),
        ("", ""),
        ("  - ", ""),
    ],
)
def test_postal_codes_are_normalised(raw: str, normal: str) -> None:
    assert normalise_postal_code(raw) == normal


def test_prefixes_in_the_file_are_normalised_and_listed_once(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "r.csv", [["Ann Example", "", "mp", "D1", "x9z x9z-1 X9Z  x9z1"]])
    (only,) = read_representatives(path)
    assert only.prefixes == ("X9Z", "X9Z1")
    index = load_index(path)
    assert len(index) == 2
    matches = index.find("x9z 1q2")
    assert [(m.representative.name, m.prefix) for m in matches] == [("Ann Example", "X9Z1")]


# Lookup


def test_longest_prefix_first_then_by_name() -> None:
    index = RepresentativeIndex(
        [
            rep("Zoe Broad", "Whole Region", "Q"),
            rep("Bea Narrow", "North", "Q1W"),
            rep("Abe Narrow", "North", "Q1W", office="provincial_member"),
            rep("Cal Mid", "Middle", "Q1"),
            rep("Dee Elsewhere", "South", "R1W"),
        ]
    )
    found = index.find("q1w 2e3")
    assert [(m.representative.name, m.prefix) for m in found] == [
        ("Abe Narrow", "Q1W"),
        ("Bea Narrow", "Q1W"),
        ("Cal Mid", "Q1"),
        ("Zoe Broad", "Q"),
    ]


def test_a_representative_appears_once_with_the_longest_prefix() -> None:
    index = RepresentativeIndex([rep("Ann Example", "D1", "Q", "Q1W", "Q1", "q1w")])
    assert len(index) == 3
    (match,) = index.find("Q1W2E3")
    assert match.prefix == "Q1W"


def test_a_prefix_shared_by_many_lists_each_once() -> None:
    ann = rep("Ann Example", "D1", "Q1", "q1")
    bob = rep("Bob Example", "D2", "Q-1", "Q1")
    index = RepresentativeIndex([ann, bob, rep("Cal Example", "D3", "Q1"), ann])
    assert len(index) == 1
    assert [m.representative.name for m in index.find("Q1W")] == [
        "Ann Example",
        "Bob Example",
        "Cal Example",
    ]


def test_a_prefix_straddling_two_districts_finds_both() -> None:
    index = RepresentativeIndex(
        [
            rep("Ann East", "East", "Q1W2E", "Q1W3"),
            rep("Bob West", "West", "Q1W2E", "Q1W4"),
        ]
    )
    found = index.find("Q1W 2E9")
    assert [(m.representative.district, m.prefix) for m in found] == [
        ("East", "Q1W2E"),
        ("West", "Q1W2E"),
    ]
    assert [m.representative.district for m in index.find("Q1W 3A1")] == ["East"]


@pytest.mark.parametrize("code", ["", "   ", "-", "!!!", "Z9Z 9Z9", "Q2", "Q" * 40])
def test_a_code_that_matches_nothing_or_is_not_a_code_finds_nothing(code: str) -> None:
    index = RepresentativeIndex([rep("Ann Example", "D1", "Q1W")])
    assert index.find(code) == []


def test_a_partial_code_finds_only_prefixes_it_contains() -> None:
    index = RepresentativeIndex([rep("Ann Broad", "All", "Q1"), rep("Bob Narrow", "N", "Q1W2")])
    assert [m.representative.name for m in index.find("q1")] == ["Ann Broad"]
    assert [m.representative.name for m in index.find("Q1W")] == ["Ann Broad"]
    assert [m.representative.name for m in index.find("Q1W2")] == ["Bob Narrow", "Ann Broad"]


def test_lookup_probes_only_the_code_s_own_prefixes() -> None:
    index = RepresentativeIndex([rep(f"Rep {i:03}", f"D{i}", f"Q{i:03}") for i in range(500)])
    probes: list[str] = []

    class Counting(dict[str, Representative | list[Representative]]):
        def get(self, key, default=None):  # type: ignore[no-untyped-def]
            probes.append(key)
            return super().get(key, default)

    index._by_prefix = Counting(index._by_prefix)
    assert [m.representative.name for m in index.find("Q123 456")] == ["Rep 123"]
    assert probes == ["Q123", "Q12", "Q1", "Q"]  # never more than the longest prefix


def test_to_recipient_is_the_writer_s_own_representative() -> None:
    representative = Representative(
        name="Ann Example",
        title="dr",
        office="mp",
        district="Made-up Riding",
        prefixes=("Q1W",),
        jurisdiction="CA",
        level="national",
        street="1 Imaginary Street",
        city="Nowhere",
        region="ON",
        postal_code="Q1W 2E3",
        country="CA",
        source="made up for a test",
    )
    recipient = to_recipient(representative)
    assert recipient.kind == "representative"
    assert recipient.own_representative is True
    assert (recipient.name, recipient.title, recipient.office) == ("Ann Example", "dr", "mp")
    assert (recipient.street, recipient.city, recipient.postal_code) == (
        "1 Imaginary Street",
        "Nowhere",
        "Q1W 2E3",
    )
    assert (recipient.country, recipient.jurisdiction, recipient.level) == ("CA", "CA", "national")


def test_to_recipient_checks_values_through_the_data_contract() -> None:
    with pytest.raises(DataError, match="office 'king'"):
        to_recipient(rep("Ann Example", "D1", "Q1", office="king"))


# Reading the file


def test_every_column_is_read_and_missing_optional_ones_are_empty(tmp_path: Path) -> None:
    row = {c: "" for c in COLUMNS} | {
        "name": "Ann Example",
        "title": "MS",
        "office": "Senator",
        "district": "D1",
        "prefixes": "q1w q2",
        "jurisdiction": "ca",
        "level": "National",
        "country": "ca",
        "street": "1 Imaginary Street",
        "source": "https://example.invalid/table",
    }
    full = write_csv(tmp_path / "full.csv", [list(row.values())], header=list(row))
    (ann,) = read_representatives(full)
    assert (ann.title, ann.office, ann.level, ann.jurisdiction, ann.country) == (
        "ms",
        "senator",
        "national",
        "CA",
        "CA",
    )
    assert ann.prefixes == ("Q1W", "Q2") and ann.street == "1 Imaginary Street"
    short = write_csv(tmp_path / "short.csv", [["D1", "Q1", "mp", "Bob Example"]],
                      header=["district", "prefixes", "office", "name"])  # fmt: skip
    (bob,) = read_representatives(short)
    assert bob.title == bob.street == bob.source == bob.level == ""


def test_a_bom_and_blank_lines_are_allowed(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_bytes(b"\xef\xbb\xbf" + b"name,office,district,prefixes\r\n\r\nAnn,mp,D1,Q1\r\n")
    assert [r.name for r in read_representatives(path)] == ["Ann"]


def test_a_header_alone_is_an_empty_table(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "r.csv", [])
    assert len(load_index(path)) == 0


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([["Ann", "", "king", "D1", "Q1"]], "r.csv line 3: office 'king' is not one of mp, "),
        ([["Ann", "sir", "mp", "D1", "Q1"]], "r.csv line 3: title 'sir' is not one of ms, "),
        ([["", "", "mp", "D1", "Q1"]], "r.csv line 3: name is empty"),
        ([["Ann", "", "mp", "D1", "  "]], "r.csv line 3: prefixes is empty"),
        ([["Ann", "", "mp", "D1", "Q1 K1A;"]], "r.csv line 3: prefix 'K1A;' holds characters"),
        ([["Ann", "", "mp", "D1", "Q1 --"]], "r.csv line 3: prefix '--' has no letters"),
        ([["Ann", "", "mp", "D1", "Q" * 13]], "r.csv line 3: prefix 'QQQQQ"),
        ([["Ann", "", "mp", "D1"]], "r.csv line 3: 4 cells, but the header names 5"),
        ([["Ann", "", "mp", "D1", "Q1", "x"]], "r.csv line 3: 6 cells, but the header names 5"),
    ],
)
def test_a_bad_row_names_its_line(tmp_path: Path, rows: list[list[str]], expected: str) -> None:
    path = write_csv(tmp_path / "r.csv", [["Bob", "mr", "mp", "D0", "Q0"], *rows])
    assert one_line_error(path).startswith(expected)


def test_a_bad_country_names_its_line(tmp_path: Path) -> None:
    header = [*HEADER, "jurisdiction"]
    path = write_csv(tmp_path / "r.csv", [["Ann", "", "mp", "D1", "Q1", "Canada"]], header)
    assert one_line_error(path).startswith("r.csv line 2: jurisdiction 'Canada' is not an ISO")


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ([*HEADER, "email"], "r.csv line 1: unknown column 'email'; known columns: name, "),
        (["name", "office", "prefixes"], "r.csv line 1: the required column 'district'"),
        ([*HEADER, "name"], "r.csv line 1: column 'name' appears twice"),
    ],
)
def test_a_bad_header_is_refused(tmp_path: Path, header: list[str], expected: str) -> None:
    path = write_csv(tmp_path / "r.csv", [], header)
    assert one_line_error(path).startswith(expected)


def test_an_empty_file_has_no_header(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_bytes(b"\n\n")
    assert one_line_error(path) == "r.csv line 1: no header row"


# Hostile files


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_a_file_that_is_not_utf8_names_the_line(tmp_path: Path, bom: bytes) -> None:
    path = tmp_path / "r.csv"
    path.write_bytes(bom + b"name,office,district,prefixes\nAnn,mp,D1,Q1\n\xe9,mp,D2,Q2\n")
    assert one_line_error(path) == "r.csv line 3: not UTF-8 text"


def test_a_nul_byte_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_bytes(b"name,office,district,prefixes\r\nAnn,mp,D1,Q1\r\nB\x00b,mp,D2,Q2\r\n")
    assert one_line_error(path).startswith("r.csv line 3: holds a NUL character")


def test_an_unclosed_quote_names_the_line_it_opens_on(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text(
        'name,office,district,prefixes\nAnn,mp,D1,Q1\nBob,mp,"D2,Q2\nCal,mp,D3,Q3\n',
        encoding="utf-8",
    )
    assert one_line_error(path).startswith("r.csv line 3: cannot read the CSV")


def test_a_stray_quote_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text('name,office,district,prefixes\nAnn,mp,"D1"x,Q1\n', encoding="utf-8")
    assert one_line_error(path).startswith("r.csv line 2: cannot read the CSV")


def test_a_quoted_line_break_is_one_row_and_lines_still_count(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text(
        'name,office,district,prefixes\n"Ann\nExample",mp,D1,Q1\nBob,king,D2,Q2\n',
        encoding="utf-8",
    )
    assert one_line_error(path).startswith("r.csv line 4: office 'king'")


@pytest.mark.parametrize(("size", "what"), [(10_000, "name is longer than 200"),
                                            (200_000, "cannot read the CSV")])  # fmt: skip
def test_a_huge_field_is_refused(tmp_path: Path, size: int, what: str) -> None:
    path = write_csv(tmp_path / "r.csv", [["Ann", "", "mp", "D1", "Q1"], ["A" * size] + ["x"] * 4])
    assert one_line_error(path).startswith(f"r.csv line 3: {what}")


def test_a_huge_prefixes_column_is_refused(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "r.csv", [["Ann", "", "mp", "D1", "Q1 " * 40_000]])
    assert one_line_error(path).startswith("r.csv line 2: prefixes is longer than 100,000")


def test_too_many_rows_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reps, "MAX_ROWS", 50)
    path = write_csv(tmp_path / "r.csv", [["Rep", "", "mp", f"D{i}", f"Q{i}"] for i in range(51)])
    assert one_line_error(path) == "r.csv line 52: more than 50 representatives"
    write_csv(path, [["Rep", "", "mp", f"D{i}", f"Q{i}"] for i in range(50)])
    assert len(load_index(path)) == 50


def test_too_many_prefixes_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reps, "MAX_PREFIXES", 100)
    many = " ".join(f"Q{i}" for i in range(60))
    path = write_csv(tmp_path / "r.csv", [["Ann", "", "mp", "D1", many]] * 2)
    assert one_line_error(path) == "r.csv line 3: more than 100 prefixes in all"


def test_a_file_larger_than_the_cap_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reps, "MAX_BYTES", 1024)
    path = write_csv(tmp_path / "r.csv", [["Rep", "", "mp", f"D{i}", f"Q{i}"] for i in range(100)])
    assert "is larger than 1 KB" in one_line_error(path)


def test_a_missing_file(tmp_path: Path) -> None:
    assert one_line_error(tmp_path / "absent.csv").endswith("absent.csv: not found")


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "r.csv"
    folder.mkdir()
    assert "is a folder, not a regular file" in one_line_error(folder)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX FIFOs and links")
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "r.csv"
    os.mkfifo(fifo)
    assert "is a pipe (FIFO), not a regular file" in one_line_error(fifo)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX FIFOs and links")
@pytest.mark.parametrize("target", ["good", "/dev/zero", "fifo"])
def test_a_symbolic_link_is_refused(tmp_path: Path, target: str) -> None:
    good = write_csv(tmp_path / "good.csv", [["Ann", "", "mp", "D1", "Q1"]])
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    link = tmp_path / "r.csv"
    link.symlink_to({"good": good, "fifo": fifo}.get(target, Path(target)))
    assert "is a symbolic link" in one_line_error(link)

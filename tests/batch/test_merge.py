"""Mail merge: N recipients give N letters, in order, each with only its own recipient."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.batch.merge import (
    MergeCancelled,
    file_names,
    letter_for,
    merge_problems,
    merge_to_folder,
    merge_to_pdf,
)
from composer.core.contacts import Contact
from composer.core.errors import DataError
from composer.core.model import Recipient, letter_from_dict
from composer.core.templates import find_template
from tests.conftest import letter_data, pdf_pages, pdf_text, squash

CITIES = ["Ottawa", "Montréal", "Laval", "Genève", "Toronto", "Québec", "Calgary"]


def contacts(n: int) -> list[Contact]:
    return [
        Contact(
            Recipient(
                title="ms",
                name=f"Person{i:03d} Name{i:03d}",
                organisation=f"Office {i:03d}",
                street=f"{i} Main Street",
                city=CITIES[i % len(CITIES)],
                region="ON",
                postal_code="K1A 0A6",
                country="CA",
            ),
            salutation="Dear Minister," if i % 5 == 0 else "",
        )
        for i in range(n)
    ]


BASE = letter_from_dict(letter_data())
TEMPLATE = find_template("pow-release")


def test_combined_pdf_has_every_letter_in_order_with_its_own_recipient(tmp_path: Path) -> None:
    people = contacts(12)
    out = tmp_path / "all.pdf"
    seen: list[tuple[int, int]] = []
    result = merge_to_pdf(BASE, TEMPLATE, people, out, progress=lambda i, n: seen.append((i, n)))
    assert result.letters == 12 and result.outputs == (out,)
    assert seen == [(i, 12) for i in range(1, 13)]
    pages = pdf_pages(out.read_bytes())
    assert len(pages) == result.pages == 12  # one page each
    for i, (page, person) in enumerate(zip(pages, people, strict=True)):
        text = squash(page)
        assert squash(person.recipient.name) in text
        assert squash(person.recipient.organisation) in text
        others = [p for p in people if p is not person]
        assert not any(squash(p.recipient.name) in text for p in others)
        greeting = "DearMinister," if i % 5 == 0 else f"DearMs.Name{i:03d},"
        assert greeting in text


def test_one_file_per_recipient(tmp_path: Path) -> None:
    people = contacts(5)
    result = merge_to_folder(BASE, TEMPLATE, people, tmp_path / "out")
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == file_names(people) == [p.name for p in result.outputs]
    for path, person in zip(result.outputs, people, strict=True):
        text = squash(" ".join(pdf_pages(path.read_bytes())))
        assert squash(person.recipient.name) in text


def test_file_names_are_safe_unique_and_sorted() -> None:
    people = [
        Contact(Recipient(name='A/B: "C"?')),
        Contact(Recipient(name='A/B: "C"?')),
        Contact(Recipient(organisation="CON")),
    ]
    names = file_names(people)
    assert names == ["001 A B C .pdf".replace(" .pdf", ".pdf"), "002 A B C.pdf", "003 CON.pdf"]
    assert len(set(names)) == 3


@pytest.mark.parametrize("target", ["pdf", "folder"])
def test_cancel_leaves_nothing_behind(tmp_path: Path, target: str) -> None:
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    with pytest.raises(MergeCancelled):
        if target == "pdf":
            merge_to_pdf(BASE, TEMPLATE, contacts(10), tmp_path / "all.pdf", cancelled=cancelled)
        else:
            merge_to_folder(BASE, TEMPLATE, contacts(10), tmp_path / "out", cancelled=cancelled)
    leftovers = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert leftovers == []


def test_a_bad_recipient_stops_the_merge_before_anything_is_written(tmp_path: Path) -> None:
    people = contacts(4)
    people[2] = Contact(Recipient())  # no name, no organisation
    with pytest.raises(DataError, match="letter 3"):
        merge_to_pdf(BASE, TEMPLATE, people, tmp_path / "all.pdf")
    assert list(tmp_path.iterdir()) == []


def test_folder_with_existing_files_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / file_names(contacts(1))[0]).write_bytes(b"mine")
    with pytest.raises(DataError, match="already exists"):
        merge_to_folder(BASE, TEMPLATE, contacts(1), out)
    assert (out / file_names(contacts(1))[0]).read_bytes() == b"mine"


def test_letter_for_keeps_the_letters_own_salutation_when_the_contact_has_none() -> None:
    base = letter_from_dict(letter_data(salutation="Dear friends,"))
    assert letter_for(base, Contact(Recipient(name="X"))).salutation == "Dear friends,"
    assert letter_for(base, Contact(Recipient(name="X"), salutation="Hi,")).salutation == "Hi,"


@pytest.mark.slow
def test_two_processes_give_the_same_files_as_one(tmp_path: Path) -> None:
    people = contacts(60)
    one = merge_to_folder(BASE, TEMPLATE, people, tmp_path / "one", workers=1)
    two = merge_to_folder(BASE, TEMPLATE, people, tmp_path / "two", workers=2)
    assert [p.name for p in one.outputs] == [p.name for p in two.outputs]
    assert all(
        a.read_bytes() == b.read_bytes() for a, b in zip(one.outputs, two.outputs, strict=True)
    )
    assert one.pages == two.pages == 60


@pytest.mark.slow
def test_cancel_with_two_processes_leaves_nothing(tmp_path: Path) -> None:
    seen: list[int] = []

    def cancelled() -> bool:
        return bool(seen)

    with pytest.raises(MergeCancelled):
        merge_to_folder(
            BASE,
            TEMPLATE,
            contacts(120),
            tmp_path / "out",
            workers=2,
            progress=lambda done, total: seen.append(done),
            cancelled=cancelled,
        )
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])
def test_a_large_merge_is_written_in_parts_and_joined_in_order(
    tmp_path: Path,
    workers: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import shutil
    import subprocess

    import composer.batch.merge as merge

    monkeypatch.setattr(merge, "ONE_CANVAS", 10)
    monkeypatch.setattr(merge, "PART", 7)  # parts of 7 letters: 3 parts for 20 letters
    people = contacts(20)
    out = tmp_path / "all.pdf"
    seen: list[int] = []
    result = merge_to_pdf(
        BASE, TEMPLATE, people, out, workers=workers, progress=lambda done, total: seen.append(done)
    )
    assert seen[-1] == 20 and result.pages == 20
    pages = pdf_pages(out.read_bytes())
    assert len(pages) == 20
    for page, person in zip(pages, people, strict=True):
        assert squash(person.recipient.name) in squash(page)
    if shutil.which("qpdf"):
        check = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.pdf"]


def test_a_merge_reports_how_many_letters_went_to_each_kind(tmp_path: Path) -> None:
    from composer.batch.merge import merge_to_pdf
    from composer.core.contacts import Contact
    from composer.core.model import Recipient

    people = [
        Contact(Recipient(kind="representative", office="mp", name="A", own_representative=True)),
        Contact(Recipient(kind="representative", office="senator", name="B")),
        Contact(Recipient(kind="humanitarian", organisation="ICRC")),
        Contact(Recipient(name="D")),  # no kind: neutral wording
    ]
    base = letter_from_dict(letter_data())
    result = merge_to_pdf(base, find_template("pow-release"), people, tmp_path / "all.pdf")
    assert result.kinds_text() == (
        "2 to representatives (1 as a constituent), 1 to humanitarian organisations, "
        "1 to other recipients (neutral wording)"
    )
    pages = [squash(p) for p in pdf_pages((tmp_path / "all.pdf").read_bytes())]
    text = "".join(pages)
    assert text.count("Asoneofyourconstituents") == 1  # only the writer's own MP
    assert "callpublicly" not in "".join(p for p in pages if "ICRC" in p)


def test_a_directory_entry_prints_its_name_in_the_letter_s_language(tmp_path: Path) -> None:
    from composer.batch.merge import merge_to_pdf
    from composer.core.directory import bundled_by_source

    icrc = bundled_by_source()["bundled:icrc"]
    base = letter_from_dict(letter_data(language="fr"))
    merge_to_pdf(base, find_template("pow-release"), [icrc], tmp_path / "fr.pdf")
    text = squash(pdf_text((tmp_path / "fr.pdf").read_bytes()))
    assert squash("Comité international de la Croix-Rouge (CICR)") in text
    assert squash("International Committee of the Red Cross") not in text


def test_merge_problems_name_the_field_and_the_letter_in_plain_words() -> None:
    template = find_template("pow-release")
    base = letter_from_dict(letter_data(sender={"name": ""}, fields={"personal_note": ""}))
    good = Contact(Recipient(name="Jane Doe", city="Ottawa", region="ON", country="CA"))
    nameless = Contact(Recipient(kind="other", city="Laval", country="CA"))
    found = merge_problems(base, template, [good, good, nameless])
    assert found == [
        "your details: your name is required",
        "letter 3, to recipient 3: a recipient name or organisation is required",
    ]
    assert merge_problems(base, template, []) == ["no recipients are chosen"]
    complete = letter_from_dict(letter_data())
    assert merge_problems(complete, template, [good] * 5) == []


def test_merge_problems_stop_at_the_limit() -> None:
    template = find_template("pow-release")
    base = letter_from_dict(letter_data())
    nameless = Contact(Recipient(kind="other", country="CA"))
    assert len(merge_problems(base, template, [nameless] * 500, limit=5)) == 5


def test_pages_moved_by_an_offset_keep_their_text_and_move_exactly(tmp_path: Path) -> None:
    import re
    import subprocess

    from composer.batch.pdfjoin import JoinError, shift_pages
    from composer.pdf.build import build_pdf

    pdf = build_pdf(letter_from_dict(letter_data())).pdf
    moved = shift_pages(pdf, 28.35, 14.17)
    assert moved.startswith(pdf)  # an incremental update: the original bytes are kept
    assert shift_pages(pdf, 0, 0) == pdf
    (tmp_path / "moved.pdf").write_bytes(moved)
    (tmp_path / "plain.pdf").write_bytes(pdf)
    check = subprocess.run(["qpdf", "--check", str(tmp_path / "moved.pdf")], capture_output=True)
    assert check.returncode == 0, check.stdout
    # qpdf joins a page's streams when it rewrites a file (as CUPS's pdftopdf does): the
    # move must survive that too.
    joined = tmp_path / "joined.pdf"
    subprocess.run(
        ["qpdf", "--coalesce-contents", str(tmp_path / "moved.pdf"), str(joined)], check=True
    )

    def first_word(path: Path) -> tuple[float, float]:
        out = subprocess.run(
            ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        found = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)"', out)
        assert found is not None
        return float(found.group(1)), float(found.group(2))

    x, y = first_word(tmp_path / "plain.pdf")
    for path in (tmp_path / "moved.pdf", joined):
        mx, my = first_word(path)
        assert (round(mx - x, 1), round(my - y, 1)) == (28.4, 14.2)
    assert pdf_text(moved) == pdf_text(pdf)
    with pytest.raises(JoinError):
        shift_pages(b"%PDF-1.4\nnot really\n", 1, 1)

"""Find My Representative from the form: a postal code, the district's representatives, and
the letter addressed to the one chosen as the writer's own representative."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from composer.core import packs
from composer.core.representatives import table_paths, user_table
from composer.ui.finder import FinderDialog
from tests.packs import pack_folder

pytestmark = pytest.mark.gui

# Made-up people and places.
HEADER = "name,title,office,jurisdiction,district,prefixes,organisation,"
TABLE = (
    HEADER
    + """street,city,region,postal_code,country,source
Alex Example,mx,mp,CA,Riverside,K1A K2B,House of Commons,1 Wellington St,Ottawa,ON,K1A0A6,CA,made up
Sam Sample,ms,mp,CA,Hillside,K2B H0H,House of Commons,1 Wellington St,Ottawa,ON,K1A0A6,CA,made up
"""
)


@pytest.fixture
def table(tmp_path: Path) -> Path:
    path = tmp_path / "reps.csv"
    path.write_text(TABLE, encoding="utf-8")
    return path


def test_a_postal_code_finds_the_representative_and_addresses_the_letter(
    letter_window: Any, qtbot: Any, table: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = letter_window
    made: list[FinderDialog] = []

    def run(dialog: FinderDialog) -> int:
        made.append(dialog)
        dialog.use_table(table)  # "Use a Table from a File…"
        dialog.code.setText("k1a 0b1")
        return 1

    monkeypatch.setattr(FinderDialog, "exec", run)
    window.form.find_button.click()
    dialog = made[0]
    assert [dialog.results.item(i).text() for i in range(dialog.results.count())] == [
        "Alex Example — Riverside, House of Commons"
    ]
    assert dialog.note.text() == ""
    recipient = window.session.letter.recipient
    assert (recipient.name, recipient.office, recipient.kind) == (
        "Alex Example",
        "mp",
        "representative",
    )
    assert recipient.own_representative  # the letter may say the writer lives in the district
    assert user_table().read_text(encoding="utf-8") == TABLE


def test_a_prefix_shared_by_two_districts_lists_both_and_says_so(
    qtbot: Any, table: Path, settings_for_tests: Any
) -> None:
    dialog = FinderDialog(settings_for_tests)
    qtbot.addWidget(dialog)
    dialog.use_table(table)
    dialog.code.setText("K2B 3C4")
    assert dialog.results.count() == 2
    assert "shared by 2 districts" in dialog.note.text()
    dialog.code.setText("Z9Z")
    assert dialog.results.count() == 0 and not dialog.ok.isEnabled()
    assert "No representative" in dialog.note.text()


def test_a_pack_brings_its_table_and_a_bad_table_is_named(
    qtbot: Any,
    tmp_path: Path,
    table: Path,
    settings_for_tests: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = pack_folder(tmp_path)
    (folder / "data").mkdir()
    (folder / "data" / "representatives.csv").write_text(TABLE, encoding="utf-8")
    pack = tmp_path / "p.lcpack"
    pack.write_bytes(packs.zip_folder(folder))
    packs.install(pack)
    assert [p.parent.parent.name for p in table_paths()] == ["test-campaign@1.0+1"]
    shown: list[str] = []
    monkeypatch.setattr(
        "composer.ui.finder.show_error", lambda _p, text, details="": shown.append(details)
    )
    dialog = FinderDialog(settings_for_tests)
    qtbot.addWidget(dialog)
    dialog.code.setText("H0H 0H0")
    assert dialog.results.count() == 1
    bad = tmp_path / "bad.csv"
    bad.write_text("name,office\nX,king\n", encoding="utf-8")
    dialog.use_table(bad)
    assert "bad.csv line 2" in shown[0] or "bad.csv line 1" in shown[0]
    assert not user_table().exists()  # a table that cannot be used is not kept


def test_only_representatives_of_the_writer_s_country_are_offered(
    qtbot: Any, tmp_path: Path, settings_for_tests: Any
) -> None:
    """A Paris code (75010) must not find a Texan district listed under the prefix 750."""
    table = tmp_path / "two-countries.csv"
    table.write_text(
        "name,office,jurisdiction,district,prefixes,country\n"
        "Tex Example,mp,US,Texas 7,750,US\n"
        "Marie Exemple,mp,FR,Paris 10,75010,FR\n",
        encoding="utf-8",
    )
    from composer.core.representatives import RepresentativeIndex, read_representatives

    index = RepresentativeIndex(read_representatives(table))
    french = FinderDialog(settings_for_tests, "75010", index=index, country="FR")
    qtbot.addWidget(french)
    assert [french.results.item(i).text() for i in range(french.results.count())] == [
        "Marie Exemple — Paris 10"
    ]
    assert french.note.text() == ""  # one district, in one country
    unknown = FinderDialog(settings_for_tests, "75010", index=index)
    qtbot.addWidget(unknown)
    assert unknown.results.count() == 2  # the writer's country not known yet: all of them

"""The signing table's PIN, anonymous tally and visitor folder."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from composer.core.signing import Pin, Tally, wipe


def test_the_pin_matches_only_itself() -> None:
    pin = Pin("2468")
    assert pin.matches("2468")
    assert not pin.matches("2469") and not pin.matches("") and not pin.matches("24680")
    for bad in ("123", "abcd", "1234567890123", "12 34"):
        with pytest.raises(ValueError):
            Pin(bad)


def test_the_tally_counts_by_day_campaign_and_language_only(tmp_path: Path) -> None:
    tally = Tally(tmp_path / "t" / "tally.sqlite3")
    day = dt.date(2026, 12, 1)
    for language in ("hy", "hy", "fr"):
        tally.add("pow-2026", language, day)
    tally.add("pow-2026", "hy", day + dt.timedelta(days=1))
    assert tally.csv_text() == (
        "date,campaign,language,letters\n"
        "2026-12-01,pow-2026,fr,1\n"
        "2026-12-01,pow-2026,hy,2\n"
        "2026-12-02,pow-2026,hy,1\n"
    )
    out = tmp_path / "tally.csv"
    tally.export_csv(out)
    assert out.read_text(encoding="utf-8") == tally.csv_text()
    tally.close()
    assert Tally(tmp_path / "t" / "tally.sqlite3").rows()[1].letters == 2  # kept


def test_wipe_empties_the_folder_and_follows_no_link(tmp_path: Path) -> None:
    folder = tmp_path / "visitor"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.png").write_bytes(b"x")
    (folder / "b.letter").write_text("{}")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("keep")
    os.symlink(outside, folder / "link")
    assert wipe(folder) == []
    assert list(folder.iterdir()) == []
    assert (outside / "keep.txt").read_text() == "keep"
    assert wipe(tmp_path / "none") == []

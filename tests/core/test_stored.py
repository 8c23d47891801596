"""What this computer keeps: every file the app stores is listed, sized and deletable."""

from __future__ import annotations

import os
from pathlib import Path

from composer.core import paths, stored
from composer.core.addressbook import open_address_book
from composer.core.letterlog import LetterLog
from composer.core.letterlog import default_path as log_path


def by_key() -> dict[str, stored.StoredItem]:
    return {item.key: item for item in stored.stored_items()}


def test_every_kept_file_is_listed_with_its_size_and_deletable(tmp_path: Path) -> None:
    data = paths.user_data_dir()
    open_address_book().close()
    LetterLog.open(log_path()).close()
    (data / "autosave").mkdir(parents=True)
    (data / "autosave" / "a.letter").write_bytes(b"x" * 1000)
    (data / "dictionary").mkdir()
    (data / "dictionary" / "en.txt").write_text("Karabakh\n")
    (data / "somebody-elses.txt").write_bytes(b"12345")
    outside = tmp_path / "outside.txt"
    outside.write_text("not ours")
    os.symlink(outside, data / "link-out")
    (paths.user_cache_dir() / "thumbnails").mkdir(parents=True)
    (paths.user_cache_dir() / "thumbnails" / "t.png").write_bytes(b"p" * 300)

    items = by_key()
    assert list(items) == [
        "address_book", "letter_log", "autosave", "signature_pictures", "packs", "templates",
        "representatives", "signing_table", "dictionary", "logs", "cache", "other",
    ]  # fmt: skip
    assert items["address_book"].size > 0 and items["letter_log"].size > 0
    assert (items["autosave"].size, items["autosave"].files) == (1000, 1)
    assert items["cache"].size >= 300
    assert not items["packs"].exists
    assert sorted(p.name for p in items["other"].paths) == ["link-out", "somebody-elses.txt"]

    for item in items.values():
        assert stored.delete(item) == []
    assert all(not item.exists for item in by_key().values())
    assert outside.read_text() == "not ours"  # a link is removed, never followed

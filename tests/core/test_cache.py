"""The cache of unchanging work: JSON only, never in the way, never growing without end."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from composer.core import cache


def test_what_is_put_is_got_back(tmp_path: Path) -> None:
    cache.put("test", "key", {"a": [1, "é"]})
    assert cache.get("test", "key") == {"a": [1, "é"]}
    assert cache.get("test", "other") is None


def test_a_damaged_entry_is_ignored() -> None:
    cache.put("test-damaged", "key", {"a": 1})
    path = cache._path("test-damaged", "key")
    assert path is not None
    path.write_bytes(b"{not json")
    assert cache.get("test-damaged", "key") is None


def test_an_unwritable_cache_is_simply_not_used(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    cache._folder.cache_clear()
    try:
        cache.put("test-ro", "key", {"a": 1})
        assert cache.get("test-ro", "key") is None
        toml = tmp_path / "t.toml"
        toml.write_text('a = "b"\n')
        assert cache.load_toml(toml) == {"a": "b"}
    finally:
        cache._folder.cache_clear()


def test_the_cache_is_pruned(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "MAX_ENTRIES", 10)
    for i in range(15):
        cache.put("test-prune", f"k{i}", i)
    folder = cache._folder("test-prune")
    assert folder is not None
    cache._folder.cache_clear()
    cache._folder("test-prune")
    assert len(os.listdir(folder)) == 5
    cache._folder.cache_clear()


def test_a_changed_toml_file_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "t.toml"
    path.write_text('a = "one"\n')
    assert cache.load_toml(path) == {"a": "one"}
    path.write_text('a = "two, longer"\n')
    assert cache.load_toml(path) == {"a": "two, longer"}

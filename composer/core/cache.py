"""A small cache of work that is the same from one run to the next, in the user's cache folder.

The command line starts a new process for every letter, and most of a first letter's time is
spent on work whose result never changes: parsing the same data tables, the same Markdown
structure. Results are kept as JSON (data, never code) under a key that names what they were
made from; whoever reads them checks them as they would any input. A cache that cannot be
read or written is simply not used; deleting it costs only time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from functools import cache
from pathlib import Path
from typing import Any

_VERSION = "1"  # a new format of what is kept gets a new folder
MAX_ENTRIES = 1000  # per kind; past it the oldest half goes (checked once per process)


@cache
def _folder(kind: str) -> Path | None:
    from composer.core.paths import user_cache_dir

    folder = user_cache_dir() / "data" / f"{kind}-{_VERSION}"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return None
    _prune(folder)
    return folder


def _prune(folder: Path) -> None:
    with contextlib.suppress(OSError):
        entries = list(os.scandir(folder))
        if len(entries) <= MAX_ENTRIES:
            return
        entries.sort(key=lambda e: e.stat().st_mtime)
        for entry in entries[: len(entries) - MAX_ENTRIES // 2]:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)


def _path(kind: str, key: str) -> Path | None:
    folder = _folder(kind)
    if folder is None:
        return None
    return folder / (hashlib.sha1(key.encode("utf-8")).hexdigest() + ".json")


def get(kind: str, key: str) -> Any:
    """What was kept for ``key``, or None."""
    path = _path(kind, key)
    if path is None:
        return None
    try:
        with open(path, "rb") as file:
            data = file.read(4 * 1024 * 1024)
        return json.loads(data)
    except (OSError, ValueError):
        return None


def put(kind: str, key: str, value: Any) -> None:
    path = _path(kind, key)
    if path is None:
        return
    from composer.core.files import write_atomic

    with contextlib.suppress(OSError, TypeError, ValueError):
        write_atomic(path, json.dumps(value, ensure_ascii=False).encode("utf-8"))


def load_toml(path: Path) -> Any:
    """A bundled TOML table, parsed once and kept as JSON (which loads far faster)."""
    try:
        info = os.stat(path)
    except OSError:
        info = None
    key = f"{path}|{info.st_mtime_ns}|{info.st_size}" if info else ""
    if key:
        kept = get("toml", key)
        if isinstance(kept, dict):
            return kept
    import tomllib

    with open(path, "rb") as file:
        data = tomllib.load(file)
    if key:
        put("toml", key, data)
    return data

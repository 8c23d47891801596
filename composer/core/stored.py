"""What this computer keeps: every file the app stores, grouped by what it is, with sizes,
each group deletable (the "What This Computer Keeps" view).

Everything the app writes lives in the user data folder and the cache folder (or the
``portable`` folder). Anything found there that is not one of the known groups is listed as
"other files", so nothing is kept without being shown. Settings (the remembered sender and
signature, recent files) live in the platform's settings store: the UI lists those itself.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path

from composer.core import paths

# SQLite keeps a journal (and WAL files) beside a database while it is written.
_SIDECARS = ("-journal", "-wal", "-shm")


@dataclass(frozen=True)
class StoredItem:
    """One group of kept files: ``key`` names it for the UI (which words it), ``paths`` are
    its files and folders, ``size`` their bytes and ``files`` how many files."""

    key: str
    paths: tuple[Path, ...]
    size: int
    files: int

    @property
    def exists(self) -> bool:
        return self.files > 0


def _database(path: Path) -> tuple[Path, ...]:
    return (path, *(path.with_name(path.name + s) for s in _SIDECARS))


def _groups() -> list[tuple[str, tuple[Path, ...]]]:
    from composer.core.addressbook import default_path as book_path
    from composer.core.letterlog import default_path as log_path
    from composer.core.packs import packs_dir
    from composer.core.representatives import user_table
    from composer.core.signing import signing_dir

    data = paths.user_data_dir()
    return [
        ("address_book", _database(book_path())),
        ("letter_log", _database(log_path())),
        ("autosave", (data / "autosave", data / "recovery")),
        ("signature_pictures", (data / "signatures",)),
        ("packs", (packs_dir(),)),
        ("templates", (paths.user_templates_dir(),)),
        ("representatives", (user_table(),)),
        ("signing_table", (signing_dir(),)),
        ("dictionary", (data / "dictionary",)),
        ("logs", (data / "logs",)),
        ("cache", (paths.user_cache_dir(),)),
    ]


def measure(found: tuple[Path, ...]) -> tuple[int, int]:
    """Bytes and files under ``found`` (links are counted, never followed)."""
    size = files = 0
    pending = list(found)
    while pending:
        path = pending.pop()
        try:
            info = os.lstat(path)
        except OSError:
            continue
        if stat.S_ISDIR(info.st_mode):
            with contextlib.suppress(OSError):
                pending.extend(Path(e.path) for e in os.scandir(path))
        else:
            size += info.st_size
            files += 1
    return size, files


def stored_items() -> list[StoredItem]:
    """Every group, whether or not it holds anything now (the view shows them all), and
    "other" for whatever else is in the data folder."""
    groups = _groups()
    known = {p for _key, found in groups for p in found}
    data = paths.user_data_dir()
    try:
        others = tuple(sorted(p for p in data.iterdir() if p not in known))
    except OSError:
        others = ()
    groups.append(("other", others))
    items = []
    for key, found in groups:
        size, files = measure(found)
        items.append(StoredItem(key, found, size, files))
    return items


def delete(item: StoredItem) -> list[str]:
    """Delete the group's files and folders; returns what could not be deleted (and why)."""
    problems = []
    for path in item.paths:
        try:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            elif os.path.lexists(path):
                path.unlink()
        except OSError as error:
            problems.append(f"{path}: {error.strerror or error}")
    return problems

"""Autosave and crash recovery: nothing a person typed is lost.

Each running window autosaves to its own file in the user-data folder, guarded by a lock
file. A clean close deletes both; a file whose lock nobody holds was left by a crash or a
kill, and the next start offers to restore it.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from composer.core.drafts import draft_bytes, read_draft
from composer.core.errors import DataError
from composer.core.files import write_atomic
from composer.core.model import Letter
from composer.ui.qt import QtCore


@dataclass(frozen=True)
class Orphan:
    """An autosaved letter nobody is editing: what a crash left behind."""

    path: Path
    saved: float  # seconds since the epoch
    draft_path: str  # the draft file it belonged to, if it had been saved before

    def letter(self) -> Letter:
        return read_draft(self.path.read_bytes(), str(self.path))

    def discard(self) -> None:
        session = self.path.stem
        leftovers = list(self.path.parent.glob(f".{session}.*.part"))  # a write cut short
        for path in (
            self.path,
            self.path.with_suffix(".json"),
            self.path.with_suffix(".lock"),
            *leftovers,
        ):
            with contextlib.suppress(OSError):
                path.unlink()


class Autosave:
    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        session = uuid.uuid4().hex
        self.path = folder / f"{session}.letter"
        self.meta = folder / f"{session}.json"
        self._lock = QtCore.QLockFile(str(folder / f"{session}.lock"))
        self._lock.setStaleLockTime(0)  # a lock is stale only when its process is gone
        self._lock.tryLock(0)
        self.last_saved: bytes = b""

    def save(self, letter: Letter, draft_path: str = "") -> bool:
        """Write the letter if it changed since the last autosave; True if written."""
        data = draft_bytes(letter)
        if data == self.last_saved:
            return False
        write_atomic(self.meta, json.dumps({"draft_path": draft_path}).encode())
        write_atomic(self.path, data)
        self.last_saved = data
        return True

    def discard(self) -> None:
        """The letter is safe (saved, or deliberately thrown away): forget the autosave."""
        for path in (self.path, self.meta):
            with contextlib.suppress(OSError):
                path.unlink()
        self.last_saved = b""

    def close(self) -> None:
        self.discard()
        self._lock.unlock()

    @staticmethod
    def orphans(folder: Path) -> list[Orphan]:
        """Autosaved letters whose window is gone, newest first; unreadable ones removed."""
        found: list[Orphan] = []
        if not folder.is_dir():
            return found
        for path in folder.glob("*.letter"):
            lock = QtCore.QLockFile(str(path.with_suffix(".lock")))
            lock.setStaleLockTime(0)
            if not lock.tryLock(0):
                continue  # another window is still editing this letter
            lock.unlock()
            # A kill during a write leaves its temporary file: the real one is intact.
            for partial in folder.glob(f".{path.stem}.*.part"):
                with contextlib.suppress(OSError):
                    partial.unlink()
            meta = path.with_suffix(".json")
            try:
                draft_path = str(json.loads(meta.read_text(encoding="utf-8")).get("draft_path", ""))
            except (OSError, ValueError, AttributeError):
                draft_path = ""
            orphan = Orphan(path, path.stat().st_mtime, draft_path)
            try:
                orphan.letter()
            except (DataError, OSError):
                orphan.discard()  # never offer what cannot be restored
                continue
            found.append(orphan)
        return sorted(found, key=lambda o: o.saved, reverse=True)

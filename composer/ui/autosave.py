"""Autosave and crash recovery: nothing a person typed is lost.

Each running window autosaves to its own file in the user-data folder, guarded by a lock
file. A clean close deletes both; a file whose lock nobody holds was left by a crash or a
kill, and the next start offers to restore it. What cannot be read (a damaged file, one from
a newer version of the app) is never deleted: it is moved to a ``recovery`` folder beside
the autosaves, and the app says where.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from composer.core.drafts import draft_bytes, read_draft
from composer.core.errors import DataError
from composer.core.files import TEMP_PREFIX, remove_leftovers, write_atomic
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

    def keep_aside(self) -> Path | None:
        """Move this autosave (which cannot be restored here) to the recovery folder;
        returns where it went, or None if it could not be moved (it then stays)."""
        return keep_aside(self.path)

    def discard(self) -> None:
        leftovers = list(self.path.parent.glob(f"{TEMP_PREFIX}*.{self.path.stem}.*.part"))
        for path in (
            self.path,
            self.path.with_suffix(".json"),
            self.path.with_suffix(".lock"),
            *leftovers,
        ):
            with contextlib.suppress(OSError):
                path.unlink()


def recovery_folder(autosave_folder: Path) -> Path:
    return autosave_folder.parent / "recovery"


def keep_aside(path: Path) -> Path | None:
    """Move an autosave and its note to the recovery folder, never deleting it."""
    target_dir = recovery_folder(path.parent)
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        target = target_dir / path.name
        os.replace(path, target)
    except OSError:
        return None
    with contextlib.suppress(OSError):
        os.replace(path.with_suffix(".json"), target.with_suffix(".json"))
    with contextlib.suppress(OSError):
        path.with_suffix(".lock").unlink()
    return target


class NoAutosave:
    """Stands in for :class:`Autosave` when the data folder cannot be written: the app
    still works, and says that letters are not kept automatically."""

    def __init__(self, folder: Path, reason: str) -> None:
        self.folder = folder
        self.path = folder / "-"
        self.reason = reason
        self.last_saved = b""

    def save(self, letter: Letter, draft_path: str = "") -> bool:
        return False

    def discard(self) -> None:
        pass

    def close(self) -> None:
        pass

    def release(self) -> None:
        pass


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
        if data == self.last_saved and self.path.exists():
            return False
        if not self.folder.is_dir():  # deleted meanwhile (What This Computer Keeps)
            self.folder.mkdir(parents=True, exist_ok=True)
            self._lock.tryLock(0)
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

    def release(self) -> None:
        """Stop without discarding: the autosave stays as an orphan the next start offers
        back (closing afterwards does nothing more)."""
        self._lock.unlock()
        self.path = self.folder / f"released-{uuid.uuid4().hex}.letter"
        self.meta = self.path.with_suffix(".json")

    @staticmethod
    def orphans(folder: Path) -> list[Orphan]:
        """Autosaved letters whose window is gone, newest first. Unreadable ones are moved
        to the recovery folder (:meth:`unreadable` says which); stale locks are removed."""
        return Autosave.scan(folder)[0]

    @staticmethod
    def scan(folder: Path) -> tuple[list[Orphan], list[Path]]:
        """(restorable orphans, newest first; unreadable ones moved to recovery)."""
        found: list[Orphan] = []
        moved: list[Path] = []
        if not folder.is_dir():
            return found, moved
        # A kill during a write leaves its temporary file; the real one is intact.
        remove_leftovers(folder)
        for lock_path in folder.glob("*.lock"):
            if lock_path.with_suffix(".letter").exists():
                continue
            stale = QtCore.QLockFile(str(lock_path))
            stale.setStaleLockTime(0)
            if stale.tryLock(0):  # nobody holds it: a crash left it behind
                stale.unlock()
                with contextlib.suppress(OSError):
                    lock_path.unlink()
                with contextlib.suppress(OSError):
                    lock_path.with_suffix(".json").unlink()
        for path in folder.glob("*.letter"):
            lock = QtCore.QLockFile(str(path.with_suffix(".lock")))
            lock.setStaleLockTime(0)
            if not lock.tryLock(0):
                continue  # another window is still editing this letter
            lock.unlock()
            meta = path.with_suffix(".json")
            try:
                draft_path = str(json.loads(meta.read_text(encoding="utf-8")).get("draft_path", ""))
            except (OSError, ValueError, AttributeError):
                draft_path = ""
            try:
                orphan = Orphan(path, path.stat().st_mtime, draft_path)
                orphan.letter()
            except (DataError, OSError):
                # Not offered (it cannot be restored here), never deleted: kept aside.
                target = keep_aside(path)
                if target is not None:
                    moved.append(target)
                continue
            found.append(orphan)
        return sorted(found, key=lambda o: o.saved, reverse=True), moved

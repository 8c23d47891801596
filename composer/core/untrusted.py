"""Reading files that came from outside: regular files only, never more than a size cap.

Templates, packs, data files, recipient lists and signature pictures arrive on USB sticks
from strangers. A name that looks like a file may be a symlink to ``~/.bashrc``, a FIFO that
blocks every reader, or ``/dev/zero``, whose size reads as 0 and whose content never ends.
So every such file is opened once, without blocking, checked on the open descriptor
(``fstat``: a regular file, not whatever the name pointed at a moment before), and read from
that descriptor up to the cap. Inside a folder that must hold only its own files (a template,
a pack), symlinks are refused altogether, at every level below the folder.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# os.O_NOFOLLOW, O_NONBLOCK and O_NOCTTY do not exist on Windows, where FIFOs and device
# names in folders are not a concern in the same way.
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_NOCTTY = getattr(os, "O_NOCTTY", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_BINARY = getattr(os, "O_BINARY", 0)
_CHUNK = 1 << 20


class UnsafeFileError(OSError):
    """A file that is not a regular file, escapes its folder or is larger than allowed.

    ``str(error)`` is one line naming the file and the reason; callers wrap it in the
    error type of what they were reading (a template, a data file).
    """

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    return "not a regular file"


def _inside(path: Path, root: Path) -> Path:
    """``path`` relative to ``root``, refusing ``..`` and absolute escapes (lexically)."""
    try:
        relative = Path(os.path.normpath(path)).relative_to(os.path.normpath(root))
    except ValueError:
        raise UnsafeFileError(path, "is outside its folder") from None
    if any(part == ".." for part in relative.parts):
        raise UnsafeFileError(path, "is outside its folder")
    return relative


def _no_links_below(root: Path, relative: Path) -> None:
    """Refuse a symlink anywhere between ``root`` (itself allowed) and the file."""
    current = Path(root)
    for part in relative.parts:
        current = current / part
        try:
            mode = os.lstat(current).st_mode
        except FileNotFoundError:
            raise UnsafeFileError(current, "not found") from None
        if stat.S_ISLNK(mode):
            raise UnsafeFileError(
                current, "is a symbolic link; a shared folder may hold only its own files"
            )


def read_regular(path: Path | str, max_bytes: int, *, root: Path | None = None) -> bytes:
    """The bytes of ``path``, which must be a regular file of at most ``max_bytes``.

    With ``root``, the file must lie inside that folder with no symbolic link on the way
    (the folder itself may be reached through one). Without it, a link the person gave us
    may be followed, but only to a regular file. Never blocks on a FIFO, never reads a
    device. Raises :class:`UnsafeFileError` (an ``OSError``), or ``OSError`` for the usual
    reasons (missing, no permission).
    """
    path = Path(path)
    flags = os.O_RDONLY | _NONBLOCK | _NOCTTY | _CLOEXEC | _BINARY
    if root is not None:
        _no_links_below(root, _inside(path, root))
        flags |= _NOFOLLOW
    try:
        fd = os.open(path, flags)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise UnsafeFileError(path, "is a symbolic link") from None
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UnsafeFileError(path, f"is {_kind(info.st_mode)}, not a regular file")
        if info.st_size > max_bytes:
            raise UnsafeFileError(path, f"is larger than {_size(max_bytes)}")
        if _NONBLOCK:
            os.set_blocking(fd, True)
        chunks: list[bytes] = []
        total = 0
        while True:
            # Never trust st_size alone: a file can grow while it is read.
            chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise UnsafeFileError(path, f"is larger than {_size(max_bytes)}")
        return b"".join(chunks)
    finally:
        os.close(fd)


def is_regular(path: Path) -> bool:
    """True if ``path`` itself (not what a link points at) is a regular file."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


@dataclass(frozen=True)
class FolderProblem:
    """One entry of a shared folder that cannot be used, with why."""

    path: str  # relative to the folder
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


class TooManyEntries(Exception):
    """A folder walked holds more entries than allowed."""


def walk_folder(root: Path, max_entries: int) -> Iterator[tuple[Path, os.stat_result | OSError]]:
    """Every entry in or under ``root``, by name, with its own ``lstat`` (links are never
    followed), or the error reading it; a folder that cannot be listed comes with its
    error. Raises :class:`TooManyEntries` past ``max_entries`` entries, so a folder with a
    million files cannot stall the walk."""
    seen = 0
    pending = [Path(root)]
    while pending:
        folder = pending.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as error:
            yield folder, error
            continue
        for entry in entries:
            seen += 1
            if seen > max_entries:
                raise TooManyEntries(max_entries)
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError as error:
                yield Path(entry.path), error
                continue
            if stat.S_ISDIR(info.st_mode):
                pending.append(Path(entry.path))
            yield Path(entry.path), info


def check_folder(
    root: Path, *, max_entries: int = 1_000, max_file_bytes: int | None = None
) -> list[FolderProblem]:
    """Every entry in or under ``root`` that is not a plain file or folder.

    Symbolic links (to files or folders), FIFOs, devices and sockets are reported by their
    path relative to ``root``; links are never followed. Walking stops after
    ``max_entries`` entries (reported), so a folder with a million files cannot stall it.
    """
    problems: list[FolderProblem] = []
    try:
        for path, info in walk_folder(root, max_entries):
            relative = _relative(path, root)
            if isinstance(info, OSError):
                problems.append(FolderProblem(relative, info.strerror or str(info)))
            elif stat.S_ISLNK(info.st_mode):
                problems.append(
                    FolderProblem(relative, "is a symbolic link; only plain files may be shared")
                )
            elif stat.S_ISDIR(info.st_mode):
                continue  # walked into
            elif not stat.S_ISREG(info.st_mode):
                problems.append(FolderProblem(relative, f"is {_kind(info.st_mode)}"))
            elif max_file_bytes is not None and info.st_size > max_file_bytes:
                problems.append(FolderProblem(relative, f"is larger than {_size(max_file_bytes)}"))
    except TooManyEntries:
        problems.append(FolderProblem(".", f"holds more than {max_entries} entries"))
    return problems


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix() or "."
    except ValueError:
        return str(path)


def _size(n: int) -> str:
    if n >= 1 << 20:
        return f"{n / (1 << 20):g} MB"
    return f"{n / 1024:g} KB"

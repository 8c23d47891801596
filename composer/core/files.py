"""Writing files so that a crash, a full disk or a power cut never leaves half a file.

Every output goes to a temporary file or folder beside its target, named so the app can
recognise it later (``.letter-composer-<pid>-<random>…``), and is renamed into place only
when it is complete. A process killed half-way leaves such a hidden leftover behind; the next
merge into that folder, and the app's next start, remove leftovers whose process is gone or
that are older than an hour.

The rename keeps what people expect of "saving over" a file: an existing file keeps its
permissions, a new one gets the person's usual ones (the umask), and a symbolic link keeps
pointing where it did: its target is written, not replaced by a plain file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from composer.core.errors import LetterError

TEMP_PREFIX = ".letter-composer-"
LEFTOVER_AGE = 3600.0  # seconds; an older leftover belongs to nobody
_BINARY = getattr(os, "O_BINARY", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


class OutputError(LetterError):
    """An output that cannot be written where it was asked for, said in plain words."""


def describe_os_error(error: OSError) -> str:
    """An ``OSError`` in words a person can act on."""
    words = {
        errno.EROFS: "the disk is read-only",
        errno.ENOSPC: "the disk is full",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.ENOENT: "no such file or folder",
        errno.EISDIR: "it is a folder",
        errno.ENOTDIR: "a part of the path is not a folder",
        errno.ENAMETOOLONG: "the name is too long",
    }
    if getattr(errno, "EDQUOT", None) is not None:
        words[errno.EDQUOT] = "the disk quota is used up"
    return words.get(error.errno or 0) or error.strerror or str(error)


def _target(path: Path) -> Path:
    """Where writing ``path`` must go: through a symbolic link to what it points at."""
    if path.is_symlink():
        return Path(os.path.realpath(path))
    return path


def temp_name(name: str) -> str:
    return f"{TEMP_PREFIX}{os.getpid()}-{os.urandom(4).hex()}.{name}.part"


def _open_new(path: Path) -> int:
    # Mode 0666 is narrowed by the umask, as any program's new file is (mkstemp's 0600 is not).
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY | _CLOEXEC, 0o666)


def sync_folder(folder: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):  # POSIX: make the rename itself durable
        with contextlib.suppress(OSError):
            dir_fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """A file object whose content replaces ``path`` at once when the block ends without
    an error; on any error (or a kill) ``path`` is untouched and the temporary file goes."""
    target = _target(Path(path))
    try:
        mode: int | None = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mode = None
    tmp = target.parent / temp_name(target.name)
    fd = _open_new(tmp)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            if mode is not None and hasattr(os, "fchmod"):
                os.fchmod(out.fileno(), mode)
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    sync_folder(target.parent)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` all at once: the old file or the new one, never a mix."""
    with atomic_writer(path) as out:
        out.write(data)


def staging_folder(parent: Path, kind: str = "merge") -> Path:
    """A hidden, private folder beside an output for its parts; removed by whoever made it,
    or by :func:`remove_leftovers` once its process is gone."""
    folder = parent / f"{TEMP_PREFIX}{kind}-{os.getpid()}-{os.urandom(4).hex()}"
    folder.mkdir(mode=0o700)
    return folder


def _owner(name: str) -> int | None:
    rest = name[len(TEMP_PREFIX) :]
    for part in rest.split("-")[:2]:
        if part.isdigit():
            return int(part)
    return None


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # cannot tell cheaply: leave it to the age rule
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, but not ours to signal
    return True


def remove_leftovers(folder: Path, max_age: float = LEFTOVER_AGE) -> int:
    """Remove the app's temporary files and folders in ``folder`` that nobody is writing:
    their process has ended, or they are older than ``max_age`` seconds. Returns how many."""
    removed = 0
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not entry.name.startswith(TEMP_PREFIX):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        owner = _owner(entry.name)
        stale = now - info.st_mtime > max_age or (owner is not None and not _alive(owner))
        if not stale:
            continue
        with contextlib.suppress(OSError):
            if stat.S_ISDIR(info.st_mode):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
            removed += 1
    return removed


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def check_output_file(out: Path, inputs: Iterable[Path] = ()) -> None:
    """Refuse an output file that cannot be right: a folder, a missing folder, or one of
    the inputs (it would be overwritten by what is made from it)."""
    if out.is_dir():
        raise OutputError(f"{out} is a folder; give a file name such as letters.pdf")
    if os.path.lexists(out) and not out.is_symlink() and not out.is_file():
        raise OutputError(f"{out} is not a regular file (a device or a pipe); choose a file")
    parent = out.parent if str(out.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(f"{parent}: no such folder for the output")
    for path in inputs:
        if _same(out, path):
            raise OutputError(f"{out} is an input file; choose another name for the output")


def check_output_folder(folder: Path, inputs: Iterable[Path] = ()) -> None:
    """Refuse an output folder that names an existing file or an input."""
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder} is a file, not a folder")
    for path in inputs:
        if _same(folder, path):
            raise OutputError(f"{folder} is an input; choose another folder for the output")


_NOTED = "output-folders.json"
_MAX_NOTED = 20


def note_output_folder(folder: Path) -> None:
    """Remember a folder where a merge writes, so the app's next start can clear what a
    killed merge left there (best effort: a read-only data folder simply forgets)."""
    import json

    from composer.core import paths

    record = paths.user_data_dir() / _NOTED
    folders = [str(Path(folder).resolve()), *_noted(record)]
    unique = list(dict.fromkeys(folders))[:_MAX_NOTED]
    with contextlib.suppress(OSError):
        record.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(record, json.dumps(unique, ensure_ascii=False).encode("utf-8"))


def _noted(record: Path) -> list[str]:
    import json

    try:
        data = json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [str(p) for p in data if isinstance(p, str)] if isinstance(data, list) else []


def sweep_output_folders() -> int:
    """Remove leftovers of killed merges in the folders merges wrote to; how many."""
    from composer.core import paths

    return sum(remove_leftovers(Path(p)) for p in _noted(paths.user_data_dir() / _NOTED))

"""Campaign packs: one ``.lcpack`` file (a zip) an organiser makes once and centres install
from a USB stick.

A pack holds ``pack.toml`` (id, version, titles, organiser...), letter templates under
``templates/<id>/`` and optional data under ``data/`` (a recipients directory in the bundled
directory's format, a representatives table for the finder), with a README, SOURCES and
LICENSE at its root.

Packs come from strangers, so installing one is careful and all-or-nothing:

- the pack is read into memory once (a regular file of at most 64 MB), and its zip
  directory is sized up from the end record before :mod:`zipfile` parses it, so a file
  declaring 100,000 entries is refused without building 100,000 objects;
- every entry must have an expected name and type: no absolute or Windows paths, ``..``,
  backslashes, symlinks, devices, encryption or unusual compression, no two names that
  differ only in case;
- sizes are counted while decompressing, never taken from the headers: a file, the whole
  pack and each entry's compression ratio have limits, so a zip bomb stops at its first
  megabytes;
- everything is written into a private staging folder beside the installed packs and
  checked there (``pack.toml``, every template under the untrusted-template rules, the data
  files); only then is the folder renamed into place, one step, as ``<id>@<version>``.

An installed pack is the folder ``<id>@<version>`` with the highest version for its id, so
a replacement is in place the moment its rename happens; the old version's folder is removed
afterwards. A kill at any moment leaves the old pack or the new one, whole, never a mix; its
leftovers (a staging folder, a superseded version) are removed at the next install.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import logging
import os
import re
import shutil
import stat
import struct
import time
import tomllib
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from composer import __version__
from composer.core import paths
from composer.core.contacts import Contact
from composer.core.errors import LetterError
from composer.core.files import (
    TEMP_PREFIX,
    remove_leftovers,
    staging_folder,
    sync_folder,
    write_atomic,
)
from composer.core.text import clean_text
from composer.core.untrusted import UnsafeFileError, check_folder, read_regular

log = logging.getLogger(__name__)

SUFFIX = ".lcpack"
MAX_PACK_BYTES = 64 << 20  # the .lcpack file itself
MAX_ENTRIES = 2_000
MAX_TOTAL_BYTES = 128 << 20  # everything once decompressed
MAX_FILE_BYTES = 32 << 20  # one file once decompressed
MAX_RATIO = 200  # decompressed : compressed, once a file passes RATIO_FLOOR
RATIO_FLOOR = 1 << 20
MAX_PACK_TOML_BYTES = 64 * 1024
MAX_TEMPLATES = 50  # letters in one pack
MAX_TEMPLATE_TEXT = 1 << 20  # their template.toml and .j2 files together (ours: 40 KB)
CHECK_SECONDS = 10.0  # checking a pack's letters takes a second at most; past this, refused
# The central directory holds at least 46 bytes and a name per entry; ours are short.
MAX_DIRECTORY_BYTES = MAX_ENTRIES * (46 + 160)

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_VERSION_RE = re.compile(r"^\d{1,6}(\.\d{1,6}){0,3}$")
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
_SUFFIXES = (".toml", ".md", ".j2", ".txt", ".csv", ".png", ".jpg", ".jpeg")
_TOP_FILES = frozenset(
    {"pack.toml", "README.md", "SOURCES.md", "LICENSE", "LICENSE.md", "LICENSE.txt"}
)
DATA_FILES = ("recipients.toml", "representatives.csv", "SOURCES.md", "README.md")
# An installed pack's folder: <id>@<version>+<serial>; the serial grows with each install,
# so a reinstall of the same version is a new folder too, put in place by one rename.
_INSTALLED_RE = re.compile(
    r"([a-z0-9][a-z0-9_-]{0,63})@(\d{1,6}(?:\.\d{1,6}){0,3})(?:\+(\d{1,9}))?"
)


class PackError(LetterError):
    """A pack that cannot be installed, made or used, in one line."""


class OlderPackError(PackError):
    """The pack is older than (or the same as) the installed one: replacing needs a yes."""

    def __init__(self, message: str, installed: str, offered: str) -> None:
        super().__init__(message)
        self.installed = installed
        self.offered = offered


Version = tuple[int, ...]


def parse_version(text: str) -> Version:
    """``"1.2"`` as ``(1, 2)``; versions are dotted numbers (a pack format rule, so no
    general version library is needed to compare them)."""
    if not _VERSION_RE.fullmatch(text):
        raise ValueError(text)
    parts = [int(p) for p in text.split(".")]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()  # 1.0 == 1
    return tuple(parts)


def _app_version() -> Version:
    return parse_version(__version__)


@dataclass(frozen=True)
class PackInfo:
    """What ``pack.toml`` says, and where the pack is installed (when it is)."""

    id: str
    version: str
    title: Mapping[str, str]
    description: Mapping[str, str] = field(default_factory=dict)
    organiser: str = ""
    contact: str = ""
    languages: tuple[str, ...] = ()
    min_app_version: str = ""
    folder: Path | None = None

    def title_for(self, language: str) -> str:
        from composer.core.templates import pick

        return pick(self.title, language, self.id)

    def description_for(self, language: str) -> str:
        from composer.core.templates import pick

        return pick(self.description, language)

    @property
    def templates_dir(self) -> Path | None:
        return self.folder / "templates" if self.folder is not None else None

    @property
    def data_dir(self) -> Path | None:
        return self.folder / "data" if self.folder is not None else None

    def template_ids(self) -> list[str]:
        folder = self.templates_dir
        if folder is None or not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if p.is_dir() and not p.is_symlink())


def packs_dir() -> Path:
    return paths.user_data_dir() / "packs"


# --- reading pack.toml ---------------------------------------------------------------------


def _texts(value: Any, name: str) -> dict[str, str]:
    if value is None:
        return {}
    if isinstance(value, str):
        return {"en": value}
    if isinstance(value, Mapping) and all(
        isinstance(k, str) and isinstance(v, str) and len(v) <= 2000 for k, v in value.items()
    ):
        # No control characters: a title is printed on terminals and shown in windows.
        return {k: clean_text(v) for k, v in value.items()}
    raise PackError(f'pack.toml: {name} must be a table of language = "text"')


def _text(data: Mapping[str, Any], name: str, limit: int = 500) -> str:
    value = data.get(name, "")
    if not isinstance(value, str) or len(value) > limit:
        raise PackError(f"pack.toml: {name} must be text of at most {limit} characters")
    return clean_text(value)


def parse_pack_toml(raw: bytes, folder: Path | None = None) -> PackInfo:
    """Check ``pack.toml``'s content; every problem is one :class:`PackError`."""
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise PackError("pack.toml is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        raise PackError(f"pack.toml is not valid TOML: {str(error).split(' (at')[0]}") from None
    except (RecursionError, ValueError) as error:
        raise PackError(f"pack.toml cannot be read ({error})") from None
    pack_id = data.get("id")
    if not isinstance(pack_id, str) or not _ID_RE.fullmatch(pack_id):
        raise PackError("pack.toml: id must be lower-case letters, digits, '-' or '_'")
    version = data.get("version")
    if isinstance(version, int):
        version = str(version)
    if not isinstance(version, str) or not _VERSION_RE.fullmatch(version):
        raise PackError('pack.toml: version must be numbers with dots, like "1.2"')
    title = _texts(data.get("title"), "title")
    if not title:
        raise PackError("pack.toml: title is required")
    languages = data.get("languages", [])
    if not isinstance(languages, list) or not all(
        isinstance(lang, str) and re.fullmatch(r"[a-z]{2,3}", lang) for lang in languages
    ):
        raise PackError('pack.toml: languages must be a list like ["en", "fr"]')
    needs = _text(data, "min_app_version", 30)
    if needs:
        try:
            needed = parse_version(needs)
        except ValueError:
            raise PackError('pack.toml: min_app_version must be like "0.2"') from None
        if needed > _app_version():
            raise PackError(
                f"this pack needs Letter Composer {needs} or newer (this is {__version__})"
            )
    return PackInfo(
        id=pack_id,
        version=version,
        title=title,
        description=_texts(data.get("description"), "description"),
        organiser=_text(data, "organiser", 200),
        contact=_text(data, "contact", 500),
        languages=tuple(languages),
        min_app_version=needs,
        folder=folder,
    )


def read_pack_info(folder: Path) -> PackInfo:
    """The ``pack.toml`` of an unpacked pack folder."""
    try:
        raw = read_regular(folder / "pack.toml", MAX_PACK_TOML_BYTES, root=folder)
    except FileNotFoundError:
        raise PackError(f"{folder}: no pack.toml here: not a campaign pack") from None
    except OSError as error:
        raise PackError(f"{folder}: pack.toml cannot be read ({error})") from None
    return parse_pack_toml(raw, folder)


# --- checking the zip before anything is written ---------------------------------------------


def _end_record(data: bytes) -> tuple[int, int]:
    """The entry count and directory size the zip's end record declares.

    :class:`zipfile.ZipFile` parses the whole central directory as it opens, with no limit:
    this reads the fixed 22-byte end record first (APPNOTE 4.3.16) so an absurd pack is
    refused before that.
    """
    at = data.rfind(b"PK\x05\x06", max(0, len(data) - 22 - 0xFFFF))
    if at < 0 or len(data) - at < 22:
        raise PackError("not a campaign pack (not a zip file)")
    _sig, disk, cd_disk, _here, entries, size, _offset, _comment = struct.unpack(
        "<4s4H2LH", data[at : at + 22]
    )
    if disk or cd_disk:
        raise PackError("the pack is split over several files")
    zip64_locator = at >= 20 and data[at - 20 : at - 16] == b"PK\x06\x07"
    if entries == 0xFFFF or size == 0xFFFFFFFF or zip64_locator:
        raise PackError("the pack uses zip64, which campaign packs never need")
    return entries, size


def entry_problem(name: str) -> str:
    """Why a zip entry's name is not one a pack may hold ("" if it may)."""
    if not name or len(name) > 160:
        return "has an empty or overlong name"
    if "\\" in name:
        return "has a backslash in its name (a Windows path)"
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return "has an absolute path"
    folder = name.endswith("/")
    parts = name.rstrip("/").split("/")
    if any(p in ("", ".", "..") for p in parts):
        return "leaves its folder or has an empty part ('..', '.', '//')"
    if not all(_NAME_RE.fullmatch(p) for p in parts):
        return "has characters a pack's names may not use"
    if folder:
        ok = parts in (["templates"], ["data"]) or (len(parts) == 2 and parts[0] == "templates")
    elif len(parts) == 1:
        ok = parts[0] in _TOP_FILES
    elif parts[0] == "data":
        ok = len(parts) == 2 and parts[1] in DATA_FILES
    elif parts[0] == "templates":
        ok = len(parts) == 3 and bool(_ID_RE.fullmatch(parts[1])) and parts[2].endswith(_SUFFIXES)
    else:
        ok = False
    return "" if ok else "is not a file a campaign pack holds"


def _check_entries(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise PackError(f"the pack holds more than {MAX_ENTRIES} entries")
    seen: set[str] = set()
    declared = 0
    for info in infos:
        name = info.filename
        problem = entry_problem(name)
        if problem:
            raise PackError(f"{name!r} {problem}")
        key = name.rstrip("/").casefold()
        if key in seen:
            raise PackError(f"{name!r} is in the pack twice")
        seen.add(key)
        if info.flag_bits & 0x1:
            raise PackError(f"{name!r} is encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackError(f"{name!r} uses a compression campaign packs do not use")
        mode = info.external_attr >> 16
        kind = stat.S_IFMT(mode)
        if info.create_system == 3 and kind not in (0, stat.S_IFREG, stat.S_IFDIR):
            what = "a symbolic link" if kind == stat.S_IFLNK else "not a regular file"
            raise PackError(f"{name!r} is {what}")
        if (kind == stat.S_IFDIR) != name.endswith("/") and kind:
            raise PackError(f"{name!r} is not what its name says")
        if info.file_size > MAX_FILE_BYTES:
            raise PackError(f"{name!r} is larger than {MAX_FILE_BYTES >> 20} MB")
        declared += info.file_size
    if declared > MAX_TOTAL_BYTES:
        raise PackError(f"the pack unpacks to more than {MAX_TOTAL_BYTES >> 20} MB")
    templates = {i.filename.split("/")[1] for i in infos if i.filename.startswith("templates/")}
    templates.discard("")
    if len(templates) > MAX_TEMPLATES:
        raise PackError(f"the pack holds more than {MAX_TEMPLATES} letters")
    template_text = sum(i.file_size for i in infos if i.filename.endswith((".j2", ".toml")))
    if template_text > MAX_TEMPLATE_TEXT:
        raise PackError(f"the pack's letters hold more than {MAX_TEMPLATE_TEXT >> 20} MB of text")
    _no_overlaps(infos)
    if "pack.toml" not in seen:
        raise PackError("no pack.toml at the pack's root: not a campaign pack")
    return infos


def _no_overlaps(infos: list[zipfile.ZipInfo]) -> None:
    """Refuse entries whose data overlap (a "better zip bomb": one compressed stream read as
    many files; each entry's size is then no measure of what it unpacks to). An entry takes
    at least its 30-byte local header, its name and its compressed data (APPNOTE 4.3.7)."""
    end = 0
    for info in sorted(infos, key=lambda i: i.header_offset):
        if info.header_offset < end:
            raise PackError(f"{info.filename!r} overlaps another entry (a zip bomb)")
        end = info.header_offset + 30 + len(info.orig_filename.encode()) + info.compress_size


def _open_archive(data: bytes) -> zipfile.ZipFile:
    entries, size = _end_record(data)
    if entries > MAX_ENTRIES or size > MAX_DIRECTORY_BYTES:
        raise PackError(f"the pack holds more than {MAX_ENTRIES} entries")
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, struct.error):
        raise PackError("the pack is damaged (not a readable zip file)") from None


_BROKEN = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    ValueError,
    struct.error,
    NotImplementedError,
    RuntimeError,
)


def _extract(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], into: Path) -> None:
    """Write every entry under ``into``, counting real bytes against the limits."""
    total = 0
    for info in infos:
        target = into.joinpath(*info.filename.rstrip("/").split("/"))
        if info.filename.endswith("/"):
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        written = 0
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(target, flags | getattr(os, "O_BINARY", 0), 0o644)
        with os.fdopen(fd, "wb") as out:
            try:
                with archive.open(info) as source:
                    while chunk := source.read(1 << 16):
                        written += len(chunk)
                        total += len(chunk)
                        if written > MAX_FILE_BYTES:
                            raise PackError(
                                f"{info.filename!r} is larger than {MAX_FILE_BYTES >> 20} MB"
                            )
                        if total > MAX_TOTAL_BYTES:
                            raise PackError(
                                f"the pack unpacks to more than {MAX_TOTAL_BYTES >> 20} MB"
                            )
                        if written > RATIO_FLOOR and written > MAX_RATIO * max(
                            1, info.compress_size
                        ):
                            raise PackError(
                                f"{info.filename!r} expands more than {MAX_RATIO} times "
                                "(a zip bomb)"
                            )
                        out.write(chunk)
            except _BROKEN as error:
                raise PackError(f"{info.filename!r} is damaged ({error})") from None
            out.flush()
            os.fsync(out.fileno())


def _check_unpacked(folder: Path) -> PackInfo:
    """Everything a pack's files must be, checked in the staging folder."""
    from composer.core.errors import TemplateError
    from composer.core.templates import load_template

    info = read_pack_info(folder)
    templates = folder / "templates"
    ids = sorted(p.name for p in templates.iterdir()) if templates.is_dir() else []
    if not ids:
        raise PackError("the pack holds no letter template (templates/<id>/template.toml)")
    started = time.monotonic()
    for template_id in ids:
        if time.monotonic() - started > CHECK_SECONDS:
            raise PackError("the pack's letters take too long to check")
        try:
            template = load_template(templates / template_id, origin="pack")
        except TemplateError as error:
            raise PackError(f"template {template_id}: {error.message}") from None
        from composer.core.rendering import static_problems

        problems = static_problems(template)
        if problems:
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            raise PackError(f"template {template_id}: {problems[0]}{more}")
        if template.id != template_id:
            raise PackError(
                f"templates/{template_id}/template.toml says its id is {template.id!r}: "
                "the folder must be named by the id"
            )
    data = folder / "data"
    if (data / "recipients.toml").exists():
        from composer.core.directory import read_directory

        try:
            read_directory(data / "recipients.toml")
        except LetterError as error:
            raise PackError(f"data/recipients.toml: {error}") from None
    if (data / "representatives.csv").exists():
        from composer.core.representatives import load_index

        try:
            load_index(data / "representatives.csv")
        except LetterError as error:
            raise PackError(f"data/representatives.csv: {error}") from None
    return info


def read_pack_file(path: Path) -> bytes:
    try:
        return read_regular(path, MAX_PACK_BYTES)
    except FileNotFoundError:
        raise PackError(f"{path}: no such file") from None
    except UnsafeFileError as error:
        raise PackError(str(error)) from None
    except OSError as error:
        raise PackError(f"{path}: cannot be read ({error.strerror or error})") from None


@contextlib.contextmanager
def unpacked(data: bytes, parent: Path) -> Iterator[tuple[Path, PackInfo]]:
    """The pack unpacked and checked in a staging folder under ``parent`` (removed after,
    unless the caller moved it away)."""
    parent.mkdir(parents=True, exist_ok=True)
    staging = staging_folder(parent, "pack")
    try:
        archive = _open_archive(data)
        with archive:
            infos = _check_entries(archive)
            try:
                _extract(archive, infos, staging)
            except OSError as error:
                raise PackError(
                    f"the pack cannot be unpacked ({error.strerror or error})"
                ) from None
        yield staging, _check_unpacked(staging)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


# --- what is installed ---------------------------------------------------------------------


Placed = tuple[Version, int]  # a folder's version and serial: the highest is in use


def _versions(root: Path) -> dict[str, list[tuple[Placed, Path]]]:
    found: dict[str, list[tuple[Placed, Path]]] = {}
    try:
        entries = list(os.scandir(root))
    except OSError:
        return found
    for entry in entries:
        match = _INSTALLED_RE.fullmatch(entry.name)
        if match is None or not entry.is_dir(follow_symlinks=False):
            continue
        placed = (parse_version(match[2]), int(match[3] or 0))
        found.setdefault(match[1], []).append((placed, Path(entry.path)))
    for versions in found.values():
        versions.sort(reverse=True)
    return found


def installed(root: Path | None = None) -> dict[str, PackInfo]:
    """The installed packs by id (the highest version of each); a folder whose
    ``pack.toml`` cannot be read is skipped with a log line, never removed."""
    root = packs_dir() if root is None else root
    packs: dict[str, PackInfo] = {}
    for pack_id, versions in sorted(_versions(root).items()):
        folder = versions[0][1]
        try:
            info = read_pack_info(folder)
        except PackError as error:  # said by unreadable(); kept for the person to see
            log.info("installed pack %s skipped: %s", folder, error)
            continue
        if info.id == pack_id:
            packs[pack_id] = info
    return packs


def unreadable(root: Path | None = None) -> list[str]:
    """The installed packs whose ``pack.toml`` cannot be read (kept, never removed)."""
    root = packs_dir() if root is None else root
    problems = []
    for _pack_id, versions in sorted(_versions(root).items()):
        try:
            read_pack_info(versions[0][1])
        except PackError as error:
            problems.append(str(error))
    return problems


def _retire(folder: Path) -> None:
    """Take an installed folder out of use in one step, then remove it."""
    trash = folder.parent / f"{TEMP_PREFIX}old-{os.getpid()}-{os.urandom(4).hex()}"
    os.rename(folder, trash)
    shutil.rmtree(trash, ignore_errors=True)


def _tidy(root: Path, pack_id: str) -> None:
    """Remove superseded versions of ``pack_id`` and staging folders nobody is writing."""
    for _placed, folder in _versions(root).get(pack_id, [])[1:]:
        with contextlib.suppress(OSError):
            _retire(folder)
    remove_leftovers(root)


@dataclass(frozen=True)
class Installed:
    info: PackInfo
    replaced: str = ""  # the version it replaced, if any
    replaces_bundled: tuple[str, ...] = ()  # letters of the app's own it stands in for


def install(path: Path, *, allow_older: bool = False, root: Path | None = None) -> Installed:
    """Install the pack file at ``path``: all of it or nothing.

    A newer version replaces the installed one; an older or equal one raises
    :class:`OlderPackError` unless ``allow_older``.
    """
    root = packs_dir() if root is None else root
    data = read_pack_file(path)
    root.mkdir(parents=True, exist_ok=True)
    with unpacked(data, root) as (staging, info):
        current = installed(root).get(info.id)
        offered = parse_version(info.version)
        if current is not None:
            have = parse_version(current.version)
            if offered <= have and not allow_older:
                same = "the same version" if offered == have else "an older version"
                raise OlderPackError(
                    f"{info.id}: this is {same} ({info.version}) than the one installed "
                    f"({current.version})",
                    current.version,
                    info.version,
                )
        _no_template_clash(info, staging, root)
        existing = _versions(root).get(info.id, [])
        serial = max((p[0][1] for p in existing), default=0) + 1
        target = root / f"{info.id}@{info.version}+{serial}"
        try:
            # The one step: from here on the new pack is in use (the highest version and
            # serial), unless it goes back to an older version...
            os.rename(staging, target)
        except OSError as error:
            raise PackError(
                f"{info.id} cannot be put in place ({error.strerror or error}); "
                "is another installation of it under way?"
            ) from None
        for (version, _serial), folder in existing:
            if version > offered:  # ...when each newer folder leaves, one step each
                _retire(folder)
        sync_folder(root)
    _tidy(root, info.id)
    placed = dataclasses.replace(info, folder=target)
    bundled = paths.bundled_templates_dir()
    replaces = tuple(t for t in placed.template_ids() if (bundled / t / "template.toml").exists())
    return Installed(placed, current.version if current is not None else "", replaces)


def _no_template_clash(info: PackInfo, staging: Path, root: Path) -> None:
    ours = set(dataclasses.replace(info, folder=staging).template_ids())
    for other in installed(root).values():
        if other.id == info.id:
            continue
        clash = ours & set(other.template_ids())
        if clash:
            raise PackError(
                f"template {sorted(clash)[0]!r} is already provided by the pack {other.id!r}; "
                "remove that pack first"
            )


def remove(pack_id: str, root: Path | None = None) -> PackInfo:
    root = packs_dir() if root is None else root
    versions = _versions(root).get(pack_id)
    if not versions:
        raise PackError(f"no installed pack with id {pack_id!r}")
    info = installed(root).get(pack_id) or PackInfo(pack_id, "?", {}, folder=versions[0][1])
    for _placed, folder in versions:
        try:
            _retire(folder)
        except OSError as error:
            raise PackError(f"{pack_id}: cannot be removed ({error.strerror or error})") from None
    return info


# --- making packs ----------------------------------------------------------------------------


def zip_folder(folder: Path) -> bytes:
    """The pack file for an unpacked pack folder: only the files a pack may hold, in a
    stable order, with fixed dates (the same folder always gives the same bytes)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for file in sorted(p for p in folder.rglob("*") if not p.is_dir()):
            name = file.relative_to(folder).as_posix()
            if file.is_symlink() or not file.is_file():
                raise PackError(f"{name} is not a regular file")
            problem = entry_problem(name)
            if problem:
                raise PackError(f"{name} {problem}")
            entry = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
            entry.external_attr = (stat.S_IFREG | 0o644) << 16
            entry.create_system = 3
            try:
                content = read_regular(file, MAX_FILE_BYTES, root=folder)
            except OSError as error:
                raise PackError(f"{name}: {error}") from None
            archive.writestr(entry, content, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def create(folder: Path, out: Path) -> PackInfo:
    """Check an organiser's pack folder as an installation would (and every template as
    ``letter-composer check`` does), then write the pack file ``out`` at once."""
    from composer.check import check_template

    if not (folder / "pack.toml").exists():
        raise PackError(f"{folder}: no pack.toml here: not a campaign pack folder")
    if _inside(out, folder):
        raise PackError(f"{out}: the pack file cannot be written inside the folder it is made from")
    problems = check_folder(folder, max_entries=MAX_ENTRIES)
    if problems:  # a link would be left out unseen, or bring in what is not the pack's
        raise PackError(f"{folder}/{problems[0]}")
    data = zip_folder(folder)
    if len(data) > MAX_PACK_BYTES:
        raise PackError(f"the pack would be larger than {MAX_PACK_BYTES >> 20} MB")
    scratch = out.resolve().parent
    with unpacked(data, scratch) as (staging, info):
        for template_dir in sorted((staging / "templates").iterdir()):
            report = check_template(template_dir)
            if report.errors:
                raise PackError(f"template {template_dir.name}: {report.errors[0]}")
    write_atomic(out, data)
    return dataclasses.replace(info, folder=folder)


def export(pack_id: str, out: Path, root: Path | None = None) -> PackInfo:
    """Write an installed pack back to a pack file (to pass it on)."""
    root = packs_dir() if root is None else root
    info = installed(root).get(pack_id)
    if info is None or info.folder is None:
        raise PackError(f"no installed pack with id {pack_id!r}")
    if _inside(out, root):
        raise PackError(f"{out}: a pack file cannot be written among the installed packs")
    write_atomic(out, zip_folder(info.folder))
    return info


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return True


def recipients(info: PackInfo) -> list[Contact]:
    """The pack's recipients directory as address-book entries, tagged with the pack's id."""
    from composer.core.directory import read_directory

    data = info.data_dir
    if data is None or not (data / "recipients.toml").exists():
        return []
    contacts = read_directory(data / "recipients.toml", f"pack:{info.id}:")
    return [dataclasses.replace(c, tags=(*c.tags, info.id)) for c in contacts]


def add_recipients(info: PackInfo, book_path: Path | None = None) -> int:
    """Add the pack's recipients to the address book (those not there yet); how many."""
    import sqlite3

    from composer.core.addressbook import open_address_book

    contacts = recipients(info)
    if not contacts:
        return 0
    try:
        book = open_address_book(book_path)
        try:
            return len(book.add_directory(contacts))
        finally:
            book.close()
    except sqlite3.Error as error:
        raise PackError(
            f"{info.id} is installed, but the address book cannot take its recipients ({error})"
        ) from None

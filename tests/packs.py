"""Building campaign packs for tests: made-up campaigns from the bundled general letter."""

from __future__ import annotations

import io
import shutil
import stat
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def pack_folder(
    where: Path,
    pack_id: str = "test-campaign",
    version: str = "1.0",
    templates: tuple[str, ...] = ("test-letter",),
    organiser: str = "Test Organisers",
) -> Path:
    """An unpacked pack: pack.toml and copies of the general letter under new ids."""
    folder = where / f"{pack_id}-{version}"
    (folder / "templates").mkdir(parents=True)
    (folder / "pack.toml").write_text(
        f'id = "{pack_id}"\nversion = "{version}"\nlanguages = ["en", "fr", "hy"]\n'
        f'organiser = "{organiser}"\ncontact = "campaign@example.org"\n'
        f'[title]\nen = "Test campaign {version}"\nfr = "Campagne d\'essai {version}"\n'
        '[description]\nen = "A made-up campaign."\n',
        encoding="utf-8",
    )
    (folder / "README.md").write_text("A made-up campaign for tests.\n", encoding="utf-8")
    for template_id in templates:
        target = folder / "templates" / template_id
        shutil.copytree(ROOT / "templates" / "general", target)
        toml = target / "template.toml"
        text = toml.read_text(encoding="utf-8").replace('id = "general"', f'id = "{template_id}"')
        toml.write_text(text.replace('category = "general"', 'category = "campaign"'), "utf-8")
    return folder


def zip_entries(entries: list[tuple[str | zipfile.ZipInfo, bytes]]) -> bytes:
    """A zip of exactly these entries (names unchecked: hostile packs are made with it)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return buffer.getvalue()


def folder_entries(folder: Path) -> list[tuple[str | zipfile.ZipInfo, bytes]]:
    return [
        (p.relative_to(folder).as_posix(), p.read_bytes())
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    ]


def special(name: str, mode: int) -> zipfile.ZipInfo:
    """An entry whose Unix mode says it is a link, a device..."""
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = mode << 16
    return info


def symlink_entry(name: str) -> zipfile.ZipInfo:
    return special(name, stat.S_IFLNK | 0o777)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder``, by relative path (to prove nothing changed)."""
    if not folder.exists():
        return {}
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }

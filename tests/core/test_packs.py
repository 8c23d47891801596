"""Campaign packs: installed whole or not at all, and never harmful."""

from __future__ import annotations

import os
import stat
import struct
import time
import zipfile
from pathlib import Path

import pytest

from composer.core import packs
from composer.core.packs import OlderPackError, PackError
from tests.packs import (
    folder_entries,
    pack_folder,
    snapshot,
    special,
    symlink_entry,
    zip_entries,
)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "data" / "packs"


def make_pack(tmp_path: Path, version: str = "1.0", **kwargs: object) -> Path:
    folder = pack_folder(tmp_path / "src", version=version, **kwargs)  # type: ignore[arg-type]
    out = tmp_path / f"{folder.name}.lcpack"
    out.write_bytes(packs.zip_folder(folder))
    return out


def test_a_pack_installs_and_lists_with_its_organiser(tmp_path: Path, root: Path) -> None:
    done = packs.install(make_pack(tmp_path), root=root)
    assert done.replaced == ""
    listed = packs.installed(root)
    assert list(listed) == ["test-campaign"]
    info = listed["test-campaign"]
    assert info.version == "1.0" and info.organiser == "Test Organisers"
    assert info.title_for("fr") == "Campagne d'essai 1.0"
    assert info.template_ids() == ["test-letter"]
    assert info.folder == root / "test-campaign@1.0+1"
    assert not [p for p in root.iterdir() if p.name.startswith(".")]  # no staging left


def test_a_newer_version_replaces_the_installed_one(tmp_path: Path, root: Path) -> None:
    packs.install(make_pack(tmp_path / "a", "1.0"), root=root)
    done = packs.install(make_pack(tmp_path / "b", "1.10"), root=root)
    assert done.replaced == "1.0"
    assert packs.installed(root)["test-campaign"].version == "1.10"  # 1.10 > 1.9 > 1.0
    assert sorted(p.name for p in root.iterdir()) == ["test-campaign@1.10+2"]


def test_an_older_or_the_same_version_asks_first(tmp_path: Path, root: Path) -> None:
    packs.install(make_pack(tmp_path / "b", "2.0"), root=root)
    older = make_pack(tmp_path / "a", "1.5")
    with pytest.raises(OlderPackError, match="older version") as caught:
        packs.install(older, root=root)
    assert (caught.value.installed, caught.value.offered) == ("2.0", "1.5")
    with pytest.raises(OlderPackError, match="same version"):
        packs.install(make_pack(tmp_path / "c", "2.0"), root=root)
    assert packs.installed(root)["test-campaign"].version == "2.0"
    packs.install(older, root=root, allow_older=True)  # the person said yes
    assert packs.installed(root)["test-campaign"].version == "1.5"
    assert sorted(p.name for p in root.iterdir()) == ["test-campaign@1.5+2"]


def test_remove_and_export(tmp_path: Path, root: Path) -> None:
    source = make_pack(tmp_path)
    packs.install(source, root=root)
    out = tmp_path / "again.lcpack"
    packs.export("test-campaign", out, root=root)
    assert out.read_bytes() == source.read_bytes()  # the same files give the same bytes
    packs.remove("test-campaign", root=root)
    assert packs.installed(root) == {}
    with pytest.raises(PackError, match="no installed pack"):
        packs.remove("test-campaign", root=root)
    packs.install(out, root=root)
    assert "test-campaign" in packs.installed(root)


def test_two_packs_cannot_bring_the_same_template(tmp_path: Path, root: Path) -> None:
    packs.install(make_pack(tmp_path / "a"), root=root)
    other = pack_folder(tmp_path / "b", pack_id="other-campaign", templates=("test-letter",))
    file = tmp_path / "other.lcpack"
    file.write_bytes(packs.zip_folder(other))
    with pytest.raises(PackError, match="already provided by the pack 'test-campaign'"):
        packs.install(file, root=root)


def test_create_checks_every_template_before_writing(tmp_path: Path) -> None:
    folder = pack_folder(tmp_path)
    out = tmp_path / "out" / "campaign.lcpack"
    out.parent.mkdir()
    info = packs.create(folder, out)
    assert info.id == "test-campaign"
    assert zipfile.ZipFile(out).read("pack.toml").startswith(b'id = "test-campaign"')
    body = folder / "templates" / "test-letter" / "letter.fr.md.j2"
    body.write_text("{{ sender.nom }}\n", encoding="utf-8")  # fails only when it runs
    out.unlink()
    with pytest.raises(PackError, match="template test-letter"):
        packs.create(folder, out)
    assert not out.exists()
    assert [p.name for p in out.parent.iterdir()] == []  # no staging left either


def test_a_pack_needing_a_newer_app_is_refused(tmp_path: Path, root: Path) -> None:
    folder = pack_folder(tmp_path)
    toml = folder / "pack.toml"
    toml.write_text('min_app_version = "99.0"\n' + toml.read_text())
    with pytest.raises(PackError, match=r"needs Letter Composer 99\.0 or newer"):
        packs.install(_zip(tmp_path, folder_entries(folder)), root=root)


def _zip(tmp_path: Path, entries: list, name: str = "hostile.lcpack") -> Path:  # type: ignore[type-arg]
    out = tmp_path / name
    out.write_bytes(zip_entries(entries))
    return out


def _valid(tmp_path: Path) -> list:  # type: ignore[type-arg]
    return folder_entries(pack_folder(tmp_path / "valid"))


def _with(tmp_path: Path, name: str | zipfile.ZipInfo, data: bytes = b"x") -> list:  # type: ignore[type-arg]
    return [*_valid(tmp_path), (name, data)]


def _zip_slip(t: Path) -> Path:
    return _zip(t, _with(t, "../evil.txt"))


def _deep_slip(t: Path) -> Path:
    return _zip(t, _with(t, "templates/test-letter/../../../evil.md"))


def _absolute(t: Path) -> Path:
    return _zip(t, _with(t, f"{t}/evil.md"))


def _windows_drive(t: Path) -> Path:
    return _zip(t, _with(t, "C:/Windows/evil.md"))


def _windows_backslash(t: Path) -> Path:
    return _zip(t, _with(t, "templates\\test-letter\\..\\..\\evil.md"))


def _symlink(t: Path) -> Path:
    return _zip(t, _with(t, symlink_entry("templates/test-letter/SOURCES.md"), b"/etc/passwd"))


def _device(t: Path) -> Path:
    return _zip(t, _with(t, special("data/README.md", stat.S_IFCHR | 0o644)))


def _fifo(t: Path) -> Path:
    return _zip(t, _with(t, special("data/SOURCES.md", stat.S_IFIFO | 0o644)))


def _program(t: Path) -> Path:
    return _zip(t, _with(t, "templates/test-letter/run.py", b"import os"))


def _unexpected_top(t: Path) -> Path:
    return _zip(t, _with(t, "autorun.inf"))


def _twice(t: Path) -> Path:
    return _zip(t, _with(t, "README.md", b"again"))


def _case_twin(t: Path) -> Path:
    return _zip(t, _with(t, "templates/test-letter/LETTER.en.md.j2"))


def _bomb(t: Path) -> Path:
    """200 MB of zeros in one entry, about 200 KB on disk."""
    out = t / "bomb.lcpack"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in _valid(t):
            archive.writestr(name, data)
        with archive.open("data/representatives.csv", "w", force_zip64=False) as entry:
            block = bytes(1 << 20)
            for _ in range(200):
                entry.write(block)
    return out


def _patched(data: bytes, name: str, local_at: int, central_at: int, value: bytes) -> bytes:
    """``data`` with ``value`` written into the local and central headers of entry ``name``
    (at the given offsets from each header's start: APPNOTE 4.3.7 and 4.3.12)."""
    patched = bytearray(data)
    for signature, name_at, offset in (
        (b"PK\x03\x04", 30, local_at),
        (b"PK\x01\x02", 46, central_at),
    ):
        at = 0
        while (at := patched.find(signature, at)) >= 0:
            if patched[at + name_at : at + name_at + len(name)] == name.encode():
                patched[at + offset : at + offset + len(value)] = value
            at += 4
    return bytes(patched)


def _lying_bomb(t: Path) -> Path:
    """A bomb whose headers claim a small size: only counting what comes out stops it."""
    size = struct.pack("<L", 1000)
    out = t / "lying.lcpack"
    out.write_bytes(_patched(_bomb(t).read_bytes(), "data/representatives.csv", 22, 24, size))
    return out


def _many_entries(t: Path) -> Path:
    return _zip(t, [*_valid(t), *((f"data/{i}.txt", b"") for i in range(100_000))])


def _declares_many(t: Path) -> Path:
    """An end record that says 65,000 entries (a hand-made file)."""
    data = bytearray(_zip(t, _valid(t)).read_bytes())
    at = data.rfind(b"PK\x05\x06")
    data[at + 8 : at + 12] = struct.pack("<2H", 65_000, 65_000)
    out = t / "declares.lcpack"
    out.write_bytes(bytes(data))
    return out


def _not_a_zip(t: Path) -> Path:
    out = t / "random.lcpack"
    out.write_bytes(os.urandom(50_000))
    return out


def _empty(t: Path) -> Path:
    out = t / "empty.lcpack"
    out.write_bytes(b"")
    return out


def _truncated(t: Path) -> Path:
    data = _zip(t, _valid(t)).read_bytes()
    out = t / "cut.lcpack"
    out.write_bytes(data[: len(data) // 2])
    return out


def _damaged(t: Path) -> Path:
    """A stored entry whose bytes were changed: its checksum no longer matches."""
    out = t / "damaged.lcpack"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for name, data in _valid(t):
            archive.writestr(name, data)
    raw = bytearray(out.read_bytes())
    at = raw.find(b"A made-up campaign for tests.")
    raw[at] ^= 0xFF
    out.write_bytes(bytes(raw))
    return out


def _encrypted(t: Path) -> Path:
    """The "encrypted" flag set on an entry (zipfile cannot write encrypted entries)."""
    out = _zip(t, _valid(t))
    out.write_bytes(_patched(out.read_bytes(), "README.md", 6, 8, b"\x01"))
    return out


def _bzip2(t: Path) -> Path:
    info = zipfile.ZipInfo("README.md")
    info.compress_type = zipfile.ZIP_BZIP2
    entries = [e for e in _valid(t) if e[0] != "README.md"]
    return _zip(t, [*entries, (info, b"read me")])


def _no_pack_toml(t: Path) -> Path:
    return _zip(t, [e for e in _valid(t) if e[0] != "pack.toml"])


def _bad_pack_toml(t: Path) -> Path:
    entries = [e for e in _valid(t) if e[0] != "pack.toml"]
    return _zip(t, [*entries, ("pack.toml", b'id = "../../x"\nversion = "1"\ntitle = "x"\n')])


def _no_templates(t: Path) -> Path:
    return _zip(t, [e for e in _valid(t) if not str(e[0]).startswith("templates/")])


def _template_include_escapes(t: Path) -> Path:
    entries = [e for e in _valid(t) if e[0] != "templates/test-letter/letter.en.md.j2"]
    body = b'{% include "../../../../../etc/passwd" %}\n'
    return _zip(t, [*entries, ("templates/test-letter/letter.en.md.j2", body)])


def _template_computed_include(t: Path) -> Path:
    entries = [e for e in _valid(t) if e[0] != "templates/test-letter/letter.en.md.j2"]
    body = b"{% include fields.personal_note %}\n"
    return _zip(t, [*entries, ("templates/test-letter/letter.en.md.j2", body)])


def _template_wrong_id(t: Path) -> Path:
    entries = [e for e in _valid(t) if e[0] != "templates/test-letter/template.toml"]
    toml = (t / "valid/test-campaign-1.0/templates/test-letter/template.toml").read_bytes()
    return _zip(
        t,
        [
            *entries,
            ("templates/test-letter/template.toml", toml.replace(b'"test-letter"', b'"general"')),
        ],
    )


def _template_syntax(t: Path) -> Path:
    entries = [e for e in _valid(t) if e[0] != "templates/test-letter/letter.fr.md.j2"]
    return _zip(t, [*entries, ("templates/test-letter/letter.fr.md.j2", b"{% if %}\n")])


def _bad_recipients(t: Path) -> Path:
    data = b'[[organisation]]\nid = "x"\nkind = "emperor"\norganisation = "X"\n'
    return _zip(t, _with(t, "data/recipients.toml", data))


def _pack_is_a_folder(t: Path) -> Path:
    out = t / "folder.lcpack"
    out.mkdir()
    return out


def _pack_is_a_fifo(t: Path) -> Path:
    out = t / "fifo.lcpack"
    os.mkfifo(out)
    return out


def _pack_too_large(t: Path) -> Path:
    out = t / "huge.lcpack"
    with out.open("wb") as file:
        file.truncate(packs.MAX_PACK_BYTES + 1)  # sparse: no disk used
    return out


def _overlapping(t: Path) -> Path:
    """An entry whose declared compressed size runs over the next entries: one stream read
    as many files (the "better zip bomb")."""
    entries = [e for e in _valid(t) if e[0] != "README.md"]
    out = t / "overlap.lcpack"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("README.md", b"x" * 1000)
        for name, data in entries:
            archive.writestr(name, data)
    size = struct.pack("<L", 150_000)
    out.write_bytes(_patched(out.read_bytes(), "README.md", 18, 20, size))
    return out


def _too_many_letters(t: Path) -> Path:
    folder = pack_folder(t / "many", templates=tuple(f"letter-{i}" for i in range(51)))
    return _zip(t, folder_entries(folder))


def _deep_jinja(t: Path) -> Path:
    entries = [e for e in _valid(t) if e[0] != "templates/test-letter/letter.en.md.j2"]
    body = b"{{ " + b"(" * 5000 + b"1" + b")" * 5000 + b" }}\n"
    return _zip(t, [*entries, ("templates/test-letter/letter.en.md.j2", body)])


def _newline_in_version(t: Path) -> Path:
    entries = [e for e in _valid(t) if e[0] != "pack.toml"]
    toml = b'id = "test-campaign"\nversion = "2.0\\n"\n[title]\nen = "x"\n'
    return _zip(t, [*entries, ("pack.toml", toml)])


def _newline_in_id(t: Path) -> Path:
    entries = [e for e in _valid(t) if e[0] != "pack.toml"]
    toml = b'id = "ghost\\n"\nversion = "2.0"\n[title]\nen = "x"\n'
    return _zip(t, [*entries, ("pack.toml", toml)])


HOSTILE = {
    "overlapping entries": (_overlapping, "overlaps another entry"),
    "51 letters": (_too_many_letters, "more than 50 letters"),
    "deeply nested template": (_deep_jinja, "nested too deeply"),
    "newline in the version": (_newline_in_version, "version must be"),
    "newline in the id": (_newline_in_id, "id must be"),
    "zip-slip": (_zip_slip, "leaves its folder"),
    "deep zip-slip": (_deep_slip, "leaves its folder"),
    "absolute path": (_absolute, "absolute path"),
    "windows drive": (_windows_drive, "absolute path"),
    "windows backslash": (_windows_backslash, "backslash"),
    "symlink entry": (_symlink, "symbolic link"),
    "device entry": (_device, "not a regular file"),
    "fifo entry": (_fifo, "not a regular file"),
    "a program": (_program, "not a file a campaign pack holds"),
    "unexpected file": (_unexpected_top, "not a file a campaign pack holds"),
    "duplicate entry": (_twice, "twice"),
    "case twin": (_case_twin, "twice"),
    "zip bomb": (_bomb, "zip bomb|larger than"),
    "lying zip bomb": (_lying_bomb, "zip bomb|larger than|damaged"),
    "100,000 entries": (_many_entries, "more than 2000 entries|zip64"),
    "declares 65,000 entries": (_declares_many, "more than 2000 entries"),
    "not a zip": (_not_a_zip, "not a zip"),
    "empty file": (_empty, "not a zip"),
    "truncated": (_truncated, "not a zip|damaged"),
    "bad checksum": (_damaged, "damaged"),
    "encrypted": (_encrypted, "encrypted"),
    "bzip2": (_bzip2, "compression"),
    "no pack.toml": (_no_pack_toml, "no pack.toml"),
    "bad pack.toml": (_bad_pack_toml, "id must be"),
    "no templates": (_no_templates, "no letter template"),
    "include escapes": (_template_include_escapes, "only .j2 files in the template's own"),
    "computed include": (_template_computed_include, "a computed name"),
    "template id mismatch": (_template_wrong_id, "must be named by the id"),
    "template syntax": (_template_syntax, "letter.fr.md.j2:1"),
    "bad recipients": (_bad_recipients, "data/recipients.toml"),
    "pack is a folder": (_pack_is_a_folder, "not a regular file"),
    "pack is a fifo": (_pack_is_a_fifo, "not a regular file"),
    "pack too large": (_pack_too_large, "larger than"),
}


@pytest.mark.filterwarnings("ignore:Duplicate name")  # a hostile pack is made so on purpose
@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_packs_are_refused_in_one_line_and_change_nothing(
    tmp_path: Path, root: Path, case: str
) -> None:
    packs.install(make_pack(tmp_path / "good", "1.0"), root=root)
    make, message = HOSTILE[case]
    work = tmp_path / "hostile"
    work.mkdir()
    hostile = make(work)
    installed_before = snapshot(root)
    names_before = sorted(tmp_path.rglob("*"))
    started = time.monotonic()
    with pytest.raises(PackError, match=message) as caught:
        packs.install(hostile, root=root)
    assert time.monotonic() - started < 10
    assert "\n" not in str(caught.value)
    assert sorted(tmp_path.rglob("*")) == names_before  # nothing written anywhere
    assert snapshot(root) == installed_before  # the installed pack unchanged
    assert packs.installed(root)["test-campaign"].version == "1.0"


def test_entry_names_a_pack_may_hold() -> None:
    ok = ["pack.toml", "README.md", "templates/", "templates/a-b/", "templates/a/letter.en.md.j2"]
    ok += ["data/recipients.toml", "data/representatives.csv", "LICENSE"]
    for name in ok:
        assert packs.entry_problem(name) == "", name
    for name in ["", "/etc/passwd", "a/../b", "templates//x.md", "templates/A/x.md", "x.sh",
                 "templates/a/b/c.md", "data/other.csv", "templates/a/.hidden.md", "\u0000",
                 "templates/a/letter.en.md.j2\u202e"]:  # fmt: skip
        assert packs.entry_problem(name) != "", name


def test_versions_compare_as_numbers() -> None:
    assert packs.parse_version("1.10") > packs.parse_version("1.9")
    assert packs.parse_version("2") == packs.parse_version("2.0.0")
    for bad in ("1.a", "", "1..2", "-1", "1.2.3.4.5"):
        with pytest.raises(ValueError):
            packs.parse_version(bad)


def test_an_unreadable_installed_pack_is_skipped_and_kept(tmp_path: Path, root: Path) -> None:
    packs.install(make_pack(tmp_path), root=root)
    toml = root / "test-campaign@1.0+1" / "pack.toml"
    toml.write_bytes(b"\xff\xfe not toml")
    assert packs.installed(root) == {}
    assert toml.read_bytes() == b"\xff\xfe not toml"  # never removed
    packs.install(make_pack(tmp_path / "again"), root=root)  # the same version repairs it
    assert packs.installed(root)["test-campaign"].version == "1.0"


def test_the_same_version_spelled_otherwise_replaces_it_in_one_step(
    tmp_path: Path, root: Path
) -> None:
    packs.install(make_pack(tmp_path / "a", "1.0"), root=root)
    done = packs.install(make_pack(tmp_path / "b", "1"), root=root, allow_older=True)
    assert done.info.version == "1" and packs.installed(root)["test-campaign"].version == "1"
    assert sorted(p.name for p in root.iterdir()) == ["test-campaign@1+2"]


def test_a_pack_whose_bytes_hold_zip64_s_signature_is_still_a_pack(
    tmp_path: Path, root: Path
) -> None:
    entries = [e for e in _valid(tmp_path) if e[0] != "README.md"]
    pack = _zip(tmp_path, [*entries, ("README.md", b"bytes PK\x06\x06 in a text")])
    assert packs.install(pack, root=root).info.id == "test-campaign"


def test_titles_lose_control_characters(tmp_path: Path, root: Path) -> None:
    folder = pack_folder(tmp_path)
    toml = folder / "pack.toml"
    toml.write_text(toml.read_text().replace("Test campaign 1.0", "A\\u001b]0;x\\u0007B"))
    info = packs.install(_zip(tmp_path, folder_entries(folder)), root=root).info
    assert info.title["en"] == "A]0;xB"


def test_create_refuses_links_and_an_output_inside_its_folder(tmp_path: Path) -> None:
    folder = pack_folder(tmp_path)
    with pytest.raises(PackError, match="inside the folder it is made from"):
        packs.create(folder, folder / "README.md")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    os.symlink(elsewhere, folder / "data")
    with pytest.raises(PackError, match="symbolic link"):
        packs.create(folder, tmp_path / "out.lcpack")
    assert not (tmp_path / "out.lcpack").exists()


def test_a_pack_that_replaces_an_app_letter_says_so(tmp_path: Path, root: Path) -> None:
    folder = pack_folder(tmp_path, templates=("general",))
    done = packs.install(_zip(tmp_path, folder_entries(folder)), root=root)
    assert done.replaces_bundled == ("general",)

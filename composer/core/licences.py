"""Every component the app carries, with its licence texts (Help ▸ Licences, and
``letter-composer licences``).

Python packages are found by walking the app's own requirements in the installed metadata
(``importlib.metadata``, which the self-contained folder carries too), so the list is the
one actually shipped; their licence texts are the files their metadata names. Fonts,
dictionaries, Qt's LGPL and Python's licence are files under ``resources``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import metadata

from composer.core import paths

APP = "letter-composer"
MAX_TEXT = 200_000  # characters of one licence file read

_LICENCE_FILE = re.compile(r"(^|/)(licen[cs]e|copying|notice)[^/]*$", re.IGNORECASE)
# Packages whose metadata carries no licence file: the text that applies, from resources.
# The dictionaries' licences (resources/dictionaries/README.md says where each comes from).
_DICTIONARY_LICENCES = {"en_CA": "LicenseRef-SCOWL", "fr": "MPL-2.0", "hy": "GPL-2.0-or-later"}
_TEXT_FOR = {
    "pyside6-essentials": "LGPL-3.0.txt",
    "pyside6-pdf": "LGPL-3.0.txt",
    "shiboken6": "LGPL-3.0.txt",
}


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str  # its SPDX expression or short name
    texts: tuple[tuple[str, str], ...] = field(default=())  # (file name, text)


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_names(requires: list[str] | None) -> list[str]:
    names = []
    for requirement in requires or []:
        if "extra ==" in requirement:
            continue
        names.append(re.split(r"[ ;<>=!~\[(]", requirement.strip(), maxsplit=1)[0])
    return names


def _read(path: object) -> str:
    try:
        with open(str(path), encoding="utf-8", errors="replace") as handle:
            return handle.read(MAX_TEXT)
    except OSError:
        return ""


def python_packages() -> list[Component]:
    """The app's Python dependencies, all the way down, as installed."""
    found: dict[str, Component] = {}
    todo = [APP]
    while todo:
        name = todo.pop()
        if _key(name) in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        todo += _requirement_names(dist.requires)
        if _key(name) == APP:
            own = _read(paths.data_root() / "LICENSE")
            found[APP] = Component(APP, dist.version, "GPL-3.0-or-later", (("LICENSE", own),))
            continue
        meta = dist.metadata
        licence = meta.get("License-Expression") or (meta.get("License") or "").split("\n")[0]
        if not licence:  # older metadata names it only in a classifier
            classifiers = [c for c in meta.get_all("Classifier") or [] if c.startswith("License")]
            licence = classifiers[0].split("::")[-1].strip() if classifiers else ""
        texts = []
        for file in dist.files or []:
            if _LICENCE_FILE.search(str(file)) and "_data/" not in str(file):
                text = _read(file.locate())
                if text:
                    texts.append((file.name, text))
        extra = _TEXT_FOR.get(_key(name))
        if extra:
            texts.append((extra, _read(paths.resources_dir() / "licences" / extra)))
        found[_key(name)] = Component(meta.get("Name") or name, dist.version, licence, tuple(texts))
    return sorted(found.values(), key=lambda c: c.name.lower())


def bundled_files() -> list[Component]:
    """Fonts, dictionaries, Qt's notes and Python's licence, from the app's resources."""
    resources = paths.resources_dir()
    out = [
        Component(
            "Python",
            "3.12",
            "PSF-2.0",
            (("Python-3.12.txt", _read(resources / "licences" / "Python-3.12.txt")),),
        ),
        Component(
            "Qt and PySide6: how to replace them",
            "6.12",
            "LGPL-3.0-only",
            (("README.md", _read(resources / "licences" / "README.md")),),
        ),
    ]
    for text in sorted((resources / "fonts").glob("OFL-*.txt")):
        name = text.stem.removeprefix("OFL-")
        out.append(Component(f"{name} fonts", "", "OFL-1.1", ((text.name, _read(text)),)))
    for copying in sorted((resources / "dictionaries").glob("*/COPYING")):
        folder = copying.parent
        texts = [(copying.name, _read(copying))]
        texts += [(t.name, _read(t)) for t in sorted(folder.glob("*.txt"))]
        licence = _DICTIONARY_LICENCES.get(folder.name, "")
        out.append(Component(f"Spelling dictionary {folder.name}", "", licence, tuple(texts)))
    return out


def components() -> list[Component]:
    """Everything the app carries that has a licence of its own, and the app itself."""
    return [*python_packages(), *bundled_files()]

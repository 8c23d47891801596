"""Letter templates: ``template.toml`` plus one ``letter.<lang>.md.j2`` per language."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from composer.core import paths
from composer.core.errors import TemplateError
from composer.core.model import RECIPIENT_KINDS
from composer.core.untrusted import UnsafeFileError, check_folder, is_regular, read_regular

FIELD_TYPES = ("text", "multiline", "date", "choice", "email", "phone")
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_NAME_RE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
# A field is reached as ``fields.<name>``: a name that is also a method of the mapping or of
# text ("items", "format") would print a method instead of the value someone typed.
_RESERVED_NAMES = frozenset(n for n in (*dir(dict), *dir(str)) if not n.startswith("_"))
_LANG_RE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")
# Templates come from strangers on USB sticks: refuse absurd files before parsing them.
MAX_TEMPLATE_BYTES = 256 * 1024
MAX_FOLDER_ENTRIES = 200  # files and folders in one template folder
MAX_OTHER_FILE_BYTES = 4 * 1024 * 1024  # a SOURCES.md or a picture beside the letter
MAX_CACHED_TOML = 32 * 1024

if TYPE_CHECKING:
    from composer.core.packs import PackInfo

Texts = Mapping[str, str]


def pick(texts: Texts, language: str, fallback: str = "") -> str:
    """The text for ``language``, else English, else any, else ``fallback``."""
    for key in (language, language.split("_")[0], "en"):
        if texts.get(key):
            return texts[key]
    return next((t for t in texts.values() if t), fallback)


@dataclass(frozen=True)
class Field:
    """A template-specific input the form asks for, available as ``fields.<name>``."""

    name: str
    type: str = "text"
    required: bool = False
    max_length: int | None = None
    choices: tuple[str, ...] = ()
    default: str = ""
    label: Texts = field(default_factory=dict)
    help: Texts = field(default_factory=dict)
    prompts: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def label_for(self, language: str) -> str:
        return pick(self.label, language, self.name.replace("_", " ").capitalize())

    def help_for(self, language: str) -> str:
        return pick(self.help, language)

    def prompts_for(self, language: str) -> tuple[str, ...]:
        for key in (language, "en"):
            if self.prompts.get(key):
                return self.prompts[key]
        return next(iter(self.prompts.values()), ())


@dataclass(frozen=True)
class Template:
    id: str
    folder: Path
    title: Texts
    languages: tuple[str, ...]
    description: Texts = field(default_factory=dict)
    category: str = "general"
    recipient_kinds: tuple[str, ...] = RECIPIENT_KINDS
    subject: Texts = field(default_factory=dict)
    salutation: Texts = field(default_factory=dict)
    closing: Texts = field(default_factory=dict)
    fields: tuple[Field, ...] = ()
    origin: str = "path"  # bundled, pack, user or path
    pack: str = ""  # the id of the campaign pack it came with

    def title_for(self, language: str) -> str:
        return pick(self.title, language, self.id)

    def description_for(self, language: str) -> str:
        return pick(self.description, language)

    def body_path(self, language: str) -> Path:
        return self.folder / f"letter.{language}.md.j2"

    def field(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)


def _texts(value: Any, where: str, path: Path) -> dict[str, str]:
    if value is None:
        return {}
    if isinstance(value, str):
        return {"en": value}
    if not isinstance(value, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise TemplateError(f'{where} must be a table of language = "text"', str(path))
    return dict(value)


def _field(raw: Any, index: int, path: Path) -> Field:
    where = f"fields[{index}]"
    if not isinstance(raw, Mapping):
        raise TemplateError(f"{where} must be a table", str(path))
    name = raw.get("name")
    if not isinstance(name, str) or not _NAME_RE.fullmatch(name):
        raise TemplateError(
            f"{where}.name must be a lower-case identifier like personal_note", str(path)
        )
    if name in _RESERVED_NAMES:
        raise TemplateError(
            f"{where}.name {name!r} is a reserved word; choose another name", str(path)
        )
    kind = raw.get("type", "text")
    if kind not in FIELD_TYPES:
        raise TemplateError(
            f"field {name}: type {kind!r} is not one of {', '.join(FIELD_TYPES)}", str(path)
        )
    max_length = raw.get("max_length")
    if max_length is not None and (
        isinstance(max_length, bool) or not isinstance(max_length, int) or max_length < 1
    ):
        raise TemplateError(f"field {name}: max_length must be a positive whole number", str(path))
    choices = raw.get("choices", [])
    if not isinstance(choices, list) or not all(isinstance(c, str) for c in choices):
        raise TemplateError(f"field {name}: choices must be a list of text", str(path))
    if kind == "choice" and not choices:
        raise TemplateError(f"field {name}: a choice field needs choices", str(path))
    default = raw.get("default", "")
    if not isinstance(default, str):
        raise TemplateError(f"field {name}: default must be text", str(path))
    prompts_raw = raw.get("prompts", {})
    if isinstance(prompts_raw, list):
        prompts_raw = {"en": prompts_raw}
    if not isinstance(prompts_raw, Mapping) or not all(
        isinstance(v, list) and all(isinstance(p, str) for p in v) for v in prompts_raw.values()
    ):
        raise TemplateError(
            f'field {name}: prompts must be a table of language = ["..."]', str(path)
        )
    return Field(
        name=name,
        type=kind,
        required=bool(raw.get("required", False)),
        max_length=max_length,
        choices=tuple(choices),
        default=default,
        label=_texts(raw.get("label"), f"field {name}: label", path),
        help=_texts(raw.get("help"), f"field {name}: help", path),
        prompts={str(k): tuple(v) for k, v in prompts_raw.items()},
    )


def folder_problems(folder: Path) -> list[str]:
    """Why ``folder`` cannot be shared as a template: anything but plain files and folders.

    A template is a folder of regular files. A symbolic link (which could print
    ``~/.bashrc`` into a letter), a pipe (which blocks every reader) or a device is refused,
    wherever it is in the folder.
    """
    return [
        str(p)
        for p in check_folder(
            folder, max_entries=MAX_FOLDER_ENTRIES, max_file_bytes=MAX_OTHER_FILE_BYTES
        )
    ]


def read_template_file(folder: Path, name: str) -> str:
    """A text file of the template folder: regular, inside it, UTF-8 and not too large."""
    path = folder / name
    try:
        data = read_regular(path, MAX_TEMPLATE_BYTES, root=folder)
    except FileNotFoundError:
        raise TemplateError("not found", str(path)) from None
    except UnsafeFileError as error:
        raise TemplateError(error.reason, error.path) from None
    except OSError as error:
        raise TemplateError(f"cannot read ({error.strerror or error})", str(path)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TemplateError("not UTF-8 text", str(path)) from None


def _parse_toml(text: str, path: Path) -> Any:
    """template.toml's data; the same text parsed before comes from the cache."""
    from composer.core import cache

    key = "template.toml|" + text
    kept = cache.get("template-toml", key)
    if isinstance(kept, dict):
        return kept
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line = getattr(error, "lineno", None)
        message = str(error).split(" (at line")[0]
        raise TemplateError(f"not valid TOML: {message}", str(path), line) from None
    except (RecursionError, ValueError) as error:
        raise TemplateError(f"not a template file ({error})", str(path)) from None
    if len(text) <= MAX_CACHED_TOML:  # a real template.toml is a few KB; a huge one is not kept
        cache.put("template-toml", key, data)
    return data


def load_template(folder: Path, origin: str = "path") -> Template:
    """Read and check ``folder/template.toml``; every problem is one :class:`TemplateError`."""
    folder = Path(folder)
    path = folder / "template.toml"
    if not folder.is_dir():
        raise TemplateError("not a template folder", str(folder))
    if not os.path.lexists(path):
        raise TemplateError("no template.toml here: not a template folder", str(folder))
    problems = folder_problems(folder)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise TemplateError(f"{problems[0]}{more}", str(folder))
    text = read_template_file(folder, "template.toml")
    data = _parse_toml(text, path)

    template_id = data.get("id")
    if not isinstance(template_id, str) or not _ID_RE.fullmatch(template_id):
        raise TemplateError("id must be lower-case letters, digits, '-' or '_'", str(path))
    languages = data.get("languages")
    if (
        not isinstance(languages, list)
        or not languages
        or not all(isinstance(lang, str) and _LANG_RE.fullmatch(lang) for lang in languages)
    ):
        raise TemplateError('languages must be a list like ["en", "fr"]', str(path))
    title = _texts(data.get("title"), "title", path)
    if not title:
        raise TemplateError("title is required", str(path))
    for lang in languages:
        body = folder / f"letter.{lang}.md.j2"
        if not is_regular(body):
            what = "is not a plain file" if os.path.lexists(body) else "is missing"
            raise TemplateError(f"language {lang!r} is listed but {body.name} {what}", str(path))
    raw_fields = data.get("fields", [])
    if not isinstance(raw_fields, list):
        raise TemplateError("fields must be a list of [[fields]] tables", str(path))
    template_fields = tuple(_field(raw, i, path) for i, raw in enumerate(raw_fields))
    names = [f.name for f in template_fields]
    if len(set(names)) != len(names):
        raise TemplateError("two fields have the same name", str(path))
    kinds = data.get("recipient_kinds", list(RECIPIENT_KINDS))
    if not isinstance(kinds, list) or not all(isinstance(k, str) for k in kinds):
        raise TemplateError("recipient_kinds must be a list of text", str(path))
    category = data.get("category", "general")
    if not isinstance(category, str):
        raise TemplateError("category must be text", str(path))
    return Template(
        id=template_id,
        folder=folder,
        title=title,
        languages=tuple(languages),
        description=_texts(data.get("description"), "description", path),
        category=category,
        recipient_kinds=tuple(kinds),
        subject=_texts(data.get("subject"), "subject", path),
        salutation=_texts(data.get("salutation"), "salutation", path),
        closing=_texts(data.get("closing"), "closing", path),
        fields=template_fields,
        origin=origin,
    )


def template_dirs(
    extra: Sequence[Path] = (), packs: Mapping[str, PackInfo] | None = None
) -> list[tuple[Path, str]]:
    """Folders that hold template folders, lowest precedence first: the bundled ones, those
    of the installed campaign ``packs`` (read here if not given; origin ``pack:<id>``), the
    user's, then ``extra``."""
    dirs = [(paths.bundled_templates_dir(), "bundled")]
    for info in (_installed_packs() if packs is None else packs).values():
        if info.templates_dir is not None:
            dirs.append((info.templates_dir, f"pack:{info.id}"))
    dirs.append((paths.user_templates_dir(), "user"))
    dirs.extend((Path(d), "path") for d in extra)
    return dirs


def _installed_packs() -> dict[str, PackInfo]:
    """The installed campaign packs (the pack module is loaded only when there are any:
    most starts have none, and the app starts faster without it)."""
    if not (paths.user_data_dir() / "packs").is_dir():
        return {}
    from composer.core.packs import installed

    return installed()


def _load(folder: Path, origin: str) -> Template:
    if origin.startswith("pack:"):
        return replace(load_template(folder, "pack"), pack=origin.removeprefix("pack:"))
    return load_template(folder, origin)


@dataclass
class Catalogue:
    """All templates that could be found, and the folders that could not be read."""

    templates: dict[str, Template] = field(default_factory=dict)
    problems: list[TemplateError] = field(default_factory=list)
    packs: dict[str, PackInfo] = field(default_factory=dict)  # installed packs, by id

    def sorted(self) -> list[Template]:
        order = {"campaign": 0, "general": 1, "follow-up": 2}
        return sorted(self.templates.values(), key=lambda t: (order.get(t.category, 3), t.id))

    def groups(self, language: str = "en") -> list[tuple[PackInfo | None, list[Template]]]:
        """The templates by campaign pack (by the pack's title), then the others (None): a
        centre that installed a campaign finds its letters first."""
        by_pack: dict[str, list[Template]] = {}
        others: list[Template] = []
        for template in self.sorted():
            if template.pack and template.pack in self.packs:
                by_pack.setdefault(template.pack, []).append(template)
            else:
                others.append(template)
        groups: list[tuple[PackInfo | None, list[Template]]] = [
            (self.packs[pack_id], templates)
            for pack_id, templates in sorted(
                by_pack.items(), key=lambda item: self.packs[item[0]].title_for(language)
            )
        ]
        if others:
            groups.append((None, others))
        return groups


def discover(extra: Iterable[Path] = ()) -> Catalogue:
    """Every template in the bundled, user and ``extra`` folders.

    A later folder's template replaces an earlier one with the same id, so a centre can
    update a campaign letter without waiting for a new release.
    """
    catalogue = Catalogue(packs=_installed_packs())
    for folder, origin in template_dirs(list(extra), catalogue.packs):
        if (folder / "template.toml").is_file():
            candidates = [folder]
        elif folder.is_dir():
            candidates = sorted(p for p in folder.iterdir() if os.path.lexists(p / "template.toml"))
        else:
            continue
        for candidate in candidates:
            if origin != "bundled" and candidate != folder and candidate.is_symlink():
                catalogue.problems.append(
                    TemplateError(
                        "is a symbolic link; a template must be a real folder", str(candidate)
                    )
                )
                continue
            try:
                template = _load(candidate, origin)
            except TemplateError as error:
                catalogue.problems.append(error)
                continue
            catalogue.templates[template.id] = template
    return catalogue


def find_template(name: str, extra: Iterable[Path] = ()) -> Template:
    """A template by id, or by the path of its folder."""
    folder = Path(name).expanduser()
    if "/" in name or "\\" in name or (folder / "template.toml").is_file():
        return load_template(folder)
    # Most templates live in a folder named by their id: the last such folder wins, as in
    # discover(), without reading every other template first.
    if _ID_RE.fullmatch(name):
        for root, origin in reversed(template_dirs(list(extra))):
            candidate = root / name
            if not os.path.lexists(candidate / "template.toml"):
                continue
            if origin != "bundled" and candidate.is_symlink():
                break  # discover() reports it
            try:
                template = _load(candidate, origin)
            except TemplateError:
                break  # let discover() say what is wrong with it
            if template.id == name:
                return template
            break
    catalogue = discover(extra)
    if name in catalogue.templates:
        return catalogue.templates[name]
    known = ", ".join(sorted(catalogue.templates)) or "none"
    raise TemplateError(f"no template with id {name!r} (known: {known})")

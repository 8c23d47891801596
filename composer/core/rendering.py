"""Running a template, safely, for one letter.

Templates are shared between community centres on USB sticks, so they are untrusted code:
they run in Jinja2's immutable sandbox, which here allows only the text and list operations a
letter needs, reads only regular files of the template's own folder, checks every operation
that builds text before it builds it, caps the output and stops after a time limit. Templates
that did not come with the app also run in a separate, limited process
(``composer.core.isolation``). Every value a template prints with ``{{ }}`` is replaced by an
opaque placeholder (``finalize``) and swapped back for the literal text after the Markdown is
parsed, so it prints exactly as typed.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import itertools
import os
import re
import string
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, fields
from functools import lru_cache, wraps
from pathlib import Path
from types import FrameType, TracebackType
from typing import Any

import jinja2
import jinja2.bccache
from jinja2 import StrictUndefined, nodes, pass_context
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.nodes import EvalContext
from jinja2.runtime import BlockReference, Context, LoopContext, Macro, TemplateReference, Undefined
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import Cycler, Joiner, Namespace
from markupsafe import Markup

from composer.core import markdown
from composer.core.dates import long_date
from composer.core.document import Block
from composer.core.errors import Notice, TemplateError
from composer.core.forms import level_of
from composer.core.model import Letter, recipient_to_dict
from composer.core.phrases import government_phrases, greeting_and_closing
from composer.core.templates import Template, pick, read_template_file

TIME_LIMIT = 2.0  # seconds for one render: a letter takes well under a millisecond
MAX_OUTPUT = 200_000  # characters of Markdown: about 60 pages
MAX_SEQUENCE = 100_000  # longest string or list ``*`` may build
MAX_WIDTH = 1_000  # widest padding a format or filter may ask for

_ASCII_SPACE = re.compile(r"[ \t\r\n]+")
_FILE_RE = re.compile(r"^[A-Za-z0-9_.-]+\.j2$")

_values: contextvars.ContextVar[list[str]] = contextvars.ContextVar("letter_values")


class _RenderTimeout(Exception):
    pass


@dataclass(frozen=True)
class RenderedLetter:
    """What a template said for one letter; text is final and printable as is."""

    subject: str
    salutation: str
    body: tuple[Block, ...]
    closing: str
    date: str
    warnings: tuple[str, ...] = ()


class _FolderLoader(jinja2.BaseLoader):
    """Serves only ``*.j2`` regular files directly inside one template folder: no paths, no
    links, no pipes or devices, nothing larger than a template may be."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        # One-line templates from template.toml (subject, closing…), by a name of their own,
        # so that they are compiled once and kept in the bytecode cache like the files.
        self.lines: dict[str, str] = {}

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str | Any, str | None, Callable[[], bool]]:
        if template in self.lines:
            return self.lines[template], None, lambda: True
        if not _FILE_RE.match(template) or template.startswith("."):
            raise jinja2.TemplateNotFound(template)
        path = self.folder / template
        try:
            before = os.lstat(path)
        except OSError:
            raise jinja2.TemplateNotFound(template) from None
        source = read_template_file(self.folder, template)
        return source, str(path), lambda: _unchanged(path, before)


def _unchanged(path: Path, before: os.stat_result) -> bool:
    try:
        now = os.lstat(path)
    except OSError:
        return False
    return (now.st_mtime_ns, now.st_size, now.st_ino) == (
        before.st_mtime_ns,
        before.st_size,
        before.st_ino,
    )


# -- what a template may do -------------------------------------------------------------------
#
# Jinja's sandbox blocks private attributes and known-unsafe calls, but lets a template call
# any public method of any object and build text of any size. A letter needs a handful of text
# and list operations, so everything else is refused (an allow-list), and everything that can
# build large text or lists is checked *before* it runs: the time limit cannot stop work done
# inside one C call, and an output cap that fires afterwards comes after the memory is gone.

_STR_METHODS = frozenset(
    {
        "capitalize",
        "casefold",
        "count",
        "endswith",
        "find",
        "format",
        "index",
        "isalnum",
        "isalpha",
        "isdecimal",
        "isdigit",
        "islower",
        "isnumeric",
        "isspace",
        "istitle",
        "isupper",
        "join",
        "lower",
        "lstrip",
        "partition",
        "removeprefix",
        "removesuffix",
        "replace",
        "rfind",
        "rindex",
        "rpartition",
        "rsplit",
        "rstrip",
        "split",
        "splitlines",
        "startswith",
        "strip",
        "swapcase",
        "title",
        "upper",
    }
)
_LIST_METHODS = frozenset({"count", "index"})
_DICT_METHODS = frozenset({"get", "items", "keys", "values"})
_RUNTIME_TYPES = (LoopContext, Namespace, Cycler, Joiner, Macro, TemplateReference, BlockReference)

ALLOWED_FILTERS = frozenset(
    {
        "abs",
        "attr",
        "batch",
        "capitalize",
        "count",
        "d",
        "default",
        "dictsort",
        "e",
        "escape",
        "first",
        "float",
        "format",
        "groupby",
        "int",
        "items",
        "join",
        "last",
        "length",
        "list",
        "lower",
        "map",
        "max",
        "min",
        "reject",
        "rejectattr",
        "replace",
        "reverse",
        "round",
        "safe",
        "select",
        "selectattr",
        "slice",
        "sort",
        "string",
        "striptags",
        "sum",
        "title",
        "trim",
        "truncate",
        "unique",
        "upper",
        "urlencode",
        "wordcount",
    }
)
_PRINTF = re.compile(
    r"%(?:\((?P<key>[^)]*)\))?(?P<flags>[-+ #0]*)(?P<width>\*|\d+)?(?:\.(?P<prec>\*|\d+))?"
    r"[hlL]?(?P<conv>[diouxXeEfFgGcrsa%])"
)


def _text_size(value: Any, budget: int = MAX_OUTPUT) -> int:
    """About how many characters ``str(value)`` makes, without making it; stops counting
    once past ``budget`` (a list of a hundred thousand long strings is never printed)."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, bool) or value is None:
        return 5
    if isinstance(value, int):
        return value.bit_length() // 3 + 2
    if isinstance(value, float):
        return 24
    if isinstance(value, Mapping):
        pairs: Iterable[Any] = (x for kv in value.items() for x in kv)
        count = len(value)
    elif isinstance(value, list | tuple | set | frozenset):
        pairs, count = value, len(value)
    else:
        return 100
    total = 2 + 2 * count
    for item in pairs:
        total += _text_size(item, budget - total) + 2
        if total > budget:
            break
    return total


def _check_size(value: Any) -> Any:
    if _text_size(value) > MAX_OUTPUT:
        raise SecurityError("text too long for a letter")
    return value


def _bounded_list(value: Any) -> list[Any]:
    """An iterable as a list, refusing one longer than any letter needs."""
    if isinstance(value, list):
        items = value
    else:
        try:
            items = list(itertools.islice(iter(value), MAX_SEQUENCE + 1))
        except TypeError:
            raise SecurityError("not a list") from None
    if len(items) > MAX_SEQUENCE:
        raise SecurityError("list too long for a letter")
    return items


def _check_join(separator: str, items: list[Any]) -> None:
    total = len(separator) * max(len(items) - 1, 0)
    for item in items:
        total += _text_size(item, MAX_OUTPUT - total)
        if total > MAX_OUTPUT:
            raise SecurityError("join() would build text too long for a letter")


def _check_width(number: str | None) -> int:
    if number == "*":
        raise SecurityError("'*' widths are not allowed in a letter")
    width = int(number) if number else 0
    if width > MAX_WIDTH:
        raise SecurityError("format width too large for a letter")
    return width


def _check_printf(fmt: str, args: Any) -> None:
    """Refuse ``%`` formatting that pads to huge widths or repeats huge values."""
    values: list[Any]
    if isinstance(args, Mapping):
        values = list(args.values())
    elif isinstance(args, tuple):
        values = list(args)
    else:
        values = [args]
    longest = max((_text_size(v) for v in values), default=0)
    total = len(fmt)
    for match in _PRINTF.finditer(fmt):
        width = _check_width(match.group("width")) + _check_width(match.group("prec"))
        total += width + longest
        if total > MAX_OUTPUT:
            raise SecurityError("'%' would build text too long for a letter")


def _check_format(fmt: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
    """Refuse ``str.format`` fields that pad to huge widths or repeat huge values."""
    try:
        parsed = list(string.Formatter().parse(fmt))
    except ValueError:
        return  # str.format itself will report the mistake
    longest = max((_text_size(v) for v in (*args, *kwargs.values())), default=0)
    total = len(fmt)
    for _literal, name, spec, _conversion in parsed:
        if name is None:
            continue
        if spec and "{" in spec:
            raise SecurityError("nested format widths are not allowed in a letter")
        widths = [int(n) for n in re.findall(r"\d+", spec or "")]
        if any(w > MAX_WIDTH for w in widths):
            raise SecurityError("format width too large for a letter")
        total += sum(widths) + longest
        if total > MAX_OUTPUT:
            raise SecurityError("format() would build text too long for a letter")


def _prepare_call(owner: str, name: str, args: tuple[Any, ...]) -> tuple[Any, ...]:
    """Check a ``str`` method's arguments before it runs; may return them made concrete."""
    first = args[0] if args else None
    if name == "replace" and len(args) >= 2 and isinstance(first, str):
        count = owner.count(first) + 1 if first else len(owner) + 1
        if count * _text_size(args[1]) > MAX_OUTPUT:
            raise SecurityError("replace() would build text too long for a letter")
    elif name == "join" and args:
        items = _bounded_list(first)
        _check_join(owner, items)
        return (items, *args[1:])
    return args


class _LetterCodeGenerator(CodeGenerator):
    """Compiles ``~`` to a size-checked join (Jinja's own ``str_join`` has no limit)."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.concat_checked((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class LetterEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox every template runs in: an allow-list of what a letter needs."""

    intercepted_binops = frozenset({"*", "**", "%", "+", "//"})
    code_generator_class = _LetterCodeGenerator

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if attr.startswith("_"):
            return False
        if isinstance(obj, str):
            return attr in _STR_METHODS
        if isinstance(obj, list | tuple):
            return attr in _LIST_METHODS
        if isinstance(obj, Mapping):
            return attr in _DICT_METHODS
        if isinstance(obj, _RUNTIME_TYPES):
            return bool(super().is_safe_attribute(obj, attr, value))
        return False

    def unsafe_undefined(self, obj: Any, attribute: str) -> Undefined:
        return self.undefined(
            f"{attribute!r} cannot be used in a letter template",
            name=attribute,
            obj=obj,
            exc=SecurityError,
        )

    def getattr(self, obj: Any, attribute: str) -> Any:
        # ``fields.items`` is the field called "items", never the mapping's method.
        if isinstance(obj, Mapping):
            try:
                return obj[attribute]
            except (KeyError, TypeError):
                pass
        return super().getattr(obj, attribute)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                size = _text_size(seq) if isinstance(seq, str) else _length(seq)
                if size and isinstance(times, int) and size * times > MAX_SEQUENCE:
                    raise SecurityError("'*' would build a string or list too long for a letter")
            if (
                isinstance(left, int)
                and isinstance(right, int)
                and left.bit_length() + right.bit_length() > 4096
            ):
                raise SecurityError("number too large")
        elif operator == "**":
            if not isinstance(right, int | float) or abs(right) > 64:
                raise SecurityError("'**' is limited to small exponents in a letter")
            if isinstance(left, int) and left.bit_length() > 64:
                raise SecurityError("number too large")
        elif operator == "+":
            if isinstance(left, str | list | tuple) and _length(left) + _length(right) > MAX_OUTPUT:
                raise SecurityError("'+' would build text too long for a letter")
            if (
                isinstance(left, int)
                and isinstance(right, int)
                and max(left.bit_length(), right.bit_length()) > 4096
            ):
                raise SecurityError("number too large")
        elif operator == "%" and isinstance(left, str):
            _check_printf(left, right)
        return super().call_binop(context, operator, left, right)

    def concat_checked(self, parts: tuple[Any, ...]) -> str:
        total = 0
        for part in parts:
            total += _text_size(part, MAX_OUTPUT - total)
            if total > MAX_OUTPUT:
                raise SecurityError("'~' would build text too long for a letter")
        return "".join(str(p) for p in parts)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        fmt = value.__self__

        def checked(*args: Any, **kwargs: Any) -> str:
            _check_format(fmt if isinstance(fmt, str) else "", args, kwargs)
            return _check_size(wrapped(*args, **kwargs))  # type: ignore[no-any-return]

        return checked

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, str):
            args = _prepare_call(owner, getattr(__obj, "__name__", ""), args)
        return _check_size(super().call(__context, __obj, *args, **kwargs))


def _length(value: Any) -> int:
    return len(value) if isinstance(value, str | list | tuple | dict) else 0


def _guard_filter(filter_func: Callable[..., Any], name: str) -> Callable[..., Any]:
    """Wrap an allowed filter: small widths only, sizes checked before it builds."""

    @wraps(filter_func)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        # Filters marked pass_eval_context/pass_context/pass_environment get that first.
        lead = [a for a in args if isinstance(a, EvalContext | Context | jinja2.Environment)]
        plain = list(args[len(lead) :])
        if name != "truncate":
            for arg in (*plain[1:], *kwargs.values()):
                if isinstance(arg, int) and not isinstance(arg, bool) and abs(arg) > MAX_WIDTH:
                    raise SecurityError("filter width too large for a letter")
        value = plain[0] if plain else None
        if name == "replace" and len(plain) >= 3 and isinstance(value, str):
            _prepare_call(value, "replace", (str(plain[1]), plain[2]))
        elif name == "join" and plain:
            plain[0] = _bounded_list(value)
            separator = plain[1] if len(plain) > 1 else kwargs.get("d", "")
            _check_join(str(separator), plain[0])
        elif name == "format" and isinstance(value, str):
            _check_printf(value, tuple(plain[1:]) or kwargs)
        elif name in ("string", "list", "sort", "unique", "reverse", "batch", "slice"):
            if name == "string":
                _check_size(value)
            elif not isinstance(value, str):
                plain[0] = _bounded_list(value)
        return _check_size(filter_func(*lead, *plain, **kwargs))

    return guarded


@pass_context
def _finalize(context: Context, value: Any) -> str:
    """Every ``{{ }}`` output becomes a placeholder for its literal text."""
    if callable(value) and not isinstance(value, Markup | Undefined):
        raise SecurityError("a method or function cannot be printed (call it with ())")
    _check_size(value)
    table = _values.get()
    table.append("" if value is None else str(value))
    return markdown.placeholder(len(table) - 1)


class _BytecodeCache(jinja2.FileSystemBytecodeCache):
    """Compiled templates kept between runs (compiling is most of a first render's time);
    a cache that cannot be read or written is simply not used."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError, ValueError, EOFError):
            super().load_bytecode(bucket)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


# The compiled code depends on this module's code generator: a new one gets a new folder.
_CACHE_VERSION = "letter-1"


@lru_cache(maxsize=1)
def _bytecode_cache() -> jinja2.BytecodeCache | None:
    from composer.core import paths

    folder = paths.user_cache_dir() / "templates" / f"{_CACHE_VERSION}-{jinja2.__version__}"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return None
    return _BytecodeCache(str(folder))


@lru_cache(maxsize=32)
def _environment(folder: Path) -> LetterEnvironment:
    env = LetterEnvironment(
        loader=_FolderLoader(folder),
        bytecode_cache=_bytecode_cache(),
        undefined=StrictUndefined,
        finalize=_finalize,
        autoescape=False,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=True,
    )
    # No globals that make text from nothing; only the filters a letter needs.
    env.globals.pop("lipsum", None)
    env.filters = {
        name: _guard_filter(func, name)
        for name, func in env.filters.items()
        if name in ALLOWED_FILTERS
    }
    return env


def _template_line(tb: TracebackType | None, files: set[str]) -> tuple[str | None, int | None]:
    path: str | None = None
    line: int | None = None
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if name in files:
            path, line = name, tb.tb_lineno
        tb = tb.tb_next
    return path, line


class _Deadline:
    """Stops a template that loops too long, even in loops that make no calls or output.

    Jinja has no time limit, and a Python thread cannot be killed, so the template's own
    frames are traced (``sys.settrace``, this thread only) and checked at every line.
    """

    def __init__(self, env: jinja2.Environment, seconds: float) -> None:
        self.env = env
        self.deadline = time.monotonic() + seconds
        self.previous: Any = None

    def _local(self, frame: FrameType, event: str, arg: Any) -> Any:
        if event == "line" and time.monotonic() > self.deadline:
            raise _RenderTimeout
        return self._local

    def _global(self, frame: FrameType, event: str, arg: Any) -> Any:
        if frame.f_globals.get("environment") is self.env:
            return self._local
        return None

    def __enter__(self) -> _Deadline:
        self.previous = sys.gettrace()
        sys.settrace(self._global)
        return self

    def __exit__(self, *exc: object) -> None:
        sys.settrace(self.previous)


def _run(
    env: LetterEnvironment,
    make: Callable[[], jinja2.Template],
    context: Mapping[str, Any],
    source_name: str,
    files: set[str],
) -> tuple[str, list[str]]:
    """Render one template to (text with placeholders, values), or raise TemplateError."""
    table: list[str] = []
    token = _values.set(table)
    try:
        with _Deadline(env, TIME_LIMIT):
            template = make()
            files.add(template.filename or source_name)
            parts: list[str] = []
            size = 0
            stream: Iterator[str] = template.generate(context)
            for part in stream:
                size += len(part)
                if size > MAX_OUTPUT:
                    raise SecurityError("output too long for a letter")
                parts.append(part)
        if sum(len(v) for v in table) > MAX_OUTPUT:
            raise SecurityError("output too long for a letter")
        return "".join(parts), table
    except jinja2.TemplateSyntaxError as error:
        raise TemplateError(
            f"template syntax error: {error.message}", error.filename or source_name, error.lineno
        ) from None
    except TemplateError:
        raise
    except BaseException as error:
        if isinstance(error, KeyboardInterrupt | SystemExit):
            raise
        path, line = _template_line(error.__traceback__, files)
        if isinstance(error, _RenderTimeout):
            message = f"took longer than {TIME_LIMIT:g} s to render (an endless or huge loop?)"
        elif isinstance(error, SecurityError):
            message = f"not allowed in a template: {error}"
        elif isinstance(error, jinja2.UndefinedError):
            message = f"{error.message}" if error.message else "undefined value"
        elif isinstance(error, jinja2.TemplateNotFound):
            message = f"cannot include {error.name!r}: only .j2 files in the template's folder"
        elif isinstance(error, RecursionError):
            message = "recursion too deep"
        elif isinstance(error, MemoryError):
            message = "ran out of memory"
        else:
            message = f"{type(error).__name__}: {error}"
        raise TemplateError(message, path or source_name, line) from None
    finally:
        _values.reset(token)


def _field_values(letter: Letter, template: Template) -> tuple[dict[str, str], list[str]]:
    values: dict[str, str] = {}
    warnings: list[str] = []
    for spec in template.fields:
        value = letter.fields.get(spec.name, "")
        if not value and spec.default:
            value = spec.default
        if spec.type == "date" and value:
            # A malformed date is reported by validation; until then print what was typed.
            with contextlib.suppress(ValueError):
                value = long_date(
                    dt.date.fromisoformat(value), letter.language, letter.sender.country
                )
        values[spec.name] = value
    for name in letter.fields:
        if template.field(name) is None:
            warnings.append(
                Notice(
                    f"fields.{name} is not a field of template {template.id!r}; ignored",
                    "unknown-field",
                )
            )
    return values, warnings


def template_context(letter: Letter, template: Template) -> tuple[dict[str, Any], list[str]]:
    """The variables a template sees, and warnings about the data.

    Besides the letter's values: ``recipient.level`` (national, regional or local, from the
    office when not given), ``greeting`` and ``closing`` from the forms-of-address tables,
    and ``government``, the recipient's own government named in the letter's language.
    """
    values, warnings = _field_values(letter, template)
    r = letter.recipient
    recipient = recipient_to_dict(r)
    recipient["level"] = level_of(r.office, r.level)
    recipient["country"] = r.country or letter.sender.country
    greeting, closing = greeting_and_closing(
        r, letter.language, letter.sender.country, letter.salutation
    )
    context: dict[str, Any] = {
        "sender": {f.name: getattr(letter.sender, f.name) for f in fields(letter.sender)},
        "recipient": recipient,
        "fields": values,
        "date": long_date(letter.date, letter.language, letter.sender.country),
        "language": letter.language,
        "greeting": greeting,
        "closing": closing,
        "government": government_phrases(
            r.government_country(letter.sender.country), letter.language
        ),
    }
    return context, warnings


@lru_cache(maxsize=256)
def _line_template(env: LetterEnvironment, source: str) -> jinja2.Template:
    import hashlib

    loader = env.loader
    assert isinstance(loader, _FolderLoader)
    # A name no file can have (file names never start with "@").
    name = "@line-" + hashlib.sha1(source.encode("utf-8")).hexdigest()
    loader.lines[name] = source
    return env.get_template(name)


def _render_line(
    env: LetterEnvironment, source: str, context: Mapping[str, Any], where: str, files: set[str]
) -> str:
    """A one-line Jinja string from template.toml (subject, closing…) as plain text."""
    text, values = _run(env, lambda: _line_template(env, source), context, where, files)
    # Only ASCII white space folds: French no-break spaces ("Relance\u00a0:") stay.
    return markdown.substitute(_ASCII_SPACE.sub(" ", text).strip(), values)


def render(letter: Letter, template: Template) -> RenderedLetter:
    """Render ``template`` for ``letter``; a failing template raises one :class:`TemplateError`."""
    if letter.language not in template.languages:
        raise TemplateError(
            f"template {template.id!r} has no {letter.language!r} version "
            f"(it has {', '.join(template.languages)})"
        )
    env = _environment(template.folder)
    context, warnings = template_context(letter, template)
    files: set[str] = set()
    toml = str(template.folder / "template.toml")
    lang = letter.language
    body_name = template.body_path(lang).name
    body_md, values = _run(
        env, lambda: env.get_template(body_name), context, str(template.body_path(lang)), files
    )
    subject = _render_line(env, pick(template.subject, lang), context, toml, files)
    # The greeting and closing come from the forms of address; a person's own greeting
    # wins over the template's, and a template may still word its own.
    salutation_src = pick(template.salutation, lang)
    if letter.salutation.strip():
        salutation = letter.salutation.strip()
    elif salutation_src:
        salutation = _render_line(env, salutation_src, context, toml, files)
    else:
        salutation = context["greeting"]
    closing_src = pick(template.closing, lang)
    closing = (
        _render_line(env, closing_src, context, toml, files) if closing_src else context["closing"]
    )
    return RenderedLetter(
        subject=subject,
        salutation=salutation,
        body=markdown.to_blocks(body_md, values),
        closing=closing,
        date=context["date"],
        warnings=tuple(warnings),
    )


def render_letter(letter: Letter, template: Template) -> RenderedLetter:
    """Render ``template`` for ``letter``: a bundled template here, any other in a separate,
    limited process (``composer.core.isolation``)."""
    if template.origin == "bundled":
        return render(letter, template)
    from composer.core.isolation import shared_worker

    return shared_worker().render(letter, template)


def static_problems(template: Template) -> list[str]:
    """What can be told about a template without running it: files that do not parse, and
    includes, imports or ``extends`` that name anything but a ``.j2`` file of its own
    folder (a computed name counts: it could name anything). Cheap enough to run on every
    template of a pack as it is installed; running it is :mod:`composer.check`'s job."""
    env = _environment(template.folder)
    problems: list[str] = []
    sources: list[tuple[str, str]] = []
    for path in sorted(template.folder.glob("*.j2")):
        try:
            sources.append((path.name, read_template_file(template.folder, path.name)))
        except TemplateError as error:
            problems.append(f"{path.name}: {error.message}")
    for texts, what in (
        (template.subject, "subject"),
        (template.salutation, "salutation"),
        (template.closing, "closing"),
    ):
        sources.extend((f"template.toml {what} ({lang})", text) for lang, text in texts.items())
    for name, source in sources:
        try:
            tree = env.parse(source)
        except jinja2.TemplateSyntaxError as error:
            problems.append(f"{name}:{error.lineno}: {error.message}")
            continue
        except (RecursionError, MemoryError):
            problems.append(f"{name}: is nested too deeply to be a letter")
            continue
        for node in tree.find_all((nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends)):
            assert isinstance(node, (nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends))
            target = node.template
            wanted = target.value if isinstance(target, nodes.Const) else None
            if (
                not isinstance(wanted, str)
                or not _FILE_RE.match(wanted)
                or wanted.startswith(".")
                or not (template.folder / wanted).is_file()
            ):
                shown = repr(wanted) if isinstance(wanted, str) else "a computed name"
                problems.append(
                    f"{name}:{node.lineno}: includes {shown}; only .j2 files in the "
                    "template's own folder can be included"
                )
    return problems

"""Running a template, safely, for one letter.

Templates are shared between community centres on USB sticks, so they are untrusted code:
they run in Jinja2's immutable sandbox with no access to files but their own folder, with
size-multiplying operators intercepted, output capped and a time limit. Every value a template
prints with ``{{ }}`` is replaced by an opaque placeholder (``finalize``) and swapped back for
the literal text after the Markdown is parsed, so it prints exactly as typed.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import re
import string
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, fields
from functools import lru_cache, wraps
from pathlib import Path
from types import FrameType, TracebackType
from typing import Any

import jinja2
from jinja2 import StrictUndefined, nodes, pass_context
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.nodes import EvalContext
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

from composer.core import markdown
from composer.core.dates import long_date
from composer.core.document import Block
from composer.core.errors import TemplateError
from composer.core.model import Letter
from composer.core.phrases import default_closing, default_salutation
from composer.core.templates import MAX_TEMPLATE_BYTES, Template, pick

TIME_LIMIT = 2.0  # seconds for one render: a letter takes well under a millisecond
MAX_OUTPUT = 200_000  # characters of Markdown: about 60 pages
MAX_SEQUENCE = 100_000  # longest string or list ``*`` may build
MAX_WIDTH = 1_000  # widest padding a format or filter may ask for

_ASCII_SPACE = re.compile(r"[ \t\r\n]+")
_FILE_RE = re.compile(r"^[A-Za-z0-9_.-]+\.j2$")
_PRINTF_WIDTH = re.compile(r"%[-+ #0]*(\*|\d+)?(?:\.(\*|\d+))?")
_FORMAT_WIDTH = re.compile(r"\d+")

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
    """Serves only ``*.j2`` files directly inside one template folder: no paths, no escape."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        if not _FILE_RE.match(template) or template.startswith("."):
            raise jinja2.TemplateNotFound(template)
        path = self.folder / template
        try:
            stat = path.stat()
            if stat.st_size > MAX_TEMPLATE_BYTES:
                raise jinja2.TemplateNotFound(template)
            source = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            raise jinja2.TemplateNotFound(template) from None
        return source, str(path), lambda: path.stat().st_mtime_ns == stat.st_mtime_ns


def _check_width(spec: str, pattern: re.Pattern[str]) -> None:
    for match in pattern.finditer(spec):
        for number in match.groups() if match.groups() else (match.group(0),):
            if number == "*" or (number and number.isdigit() and int(number) > MAX_WIDTH):
                raise SecurityError("format width too large for a letter")


def _check_format(fmt: str) -> None:
    """Refuse ``str.format`` fields that pad to huge widths (``{:>999999999}``)."""
    try:
        parsed = list(string.Formatter().parse(fmt))
    except ValueError:
        return  # str.format itself will report the mistake
    for _literal, _name, spec, _conversion in parsed:
        if spec and "{" in spec:
            raise SecurityError("nested format widths are not allowed in a letter")
        if spec:
            _check_width(spec, _FORMAT_WIDTH)


def _length(value: Any) -> int:
    return len(value) if isinstance(value, str | list | tuple | dict) else 0


def _check_size(value: Any) -> Any:
    if _length(value) > MAX_OUTPUT:
        raise SecurityError("text too long for a letter")
    return value


def _precheck_call(owner: str, name: str, args: tuple[Any, ...]) -> None:
    """Refuse ``str`` methods that would build huge strings before they build them."""
    first = args[0] if args else None
    if name in ("ljust", "rjust", "center", "zfill", "expandtabs") and isinstance(first, int):
        if first * (owner.count("\t") if name == "expandtabs" else 1) > MAX_OUTPUT:
            raise SecurityError(f"{name}() too wide for a letter")
    elif name == "replace" and len(args) >= 2 and isinstance(first, str):
        if (owner.count(first) + (1 if not first else 0)) * _length(args[1]) > MAX_OUTPUT:
            raise SecurityError("replace() would build text too long for a letter")
    elif name == "join" and isinstance(first, list | tuple):
        total = sum(_length(x) for x in first) + len(owner) * len(first)
        if total > MAX_OUTPUT:
            raise SecurityError("join() would build text too long for a letter")


class _LetterCodeGenerator(CodeGenerator):
    """Compiles ``~`` to a size-checked join (Jinja's own ``str_join`` has no limit)."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.concat_checked((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class LetterEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox every template runs in."""

    intercepted_binops = frozenset({"*", "**", "%"})
    code_generator_class = _LetterCodeGenerator

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                size = _length(seq)
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
        elif operator == "%" and isinstance(left, str):
            _check_width(left, _PRINTF_WIDTH)
        return super().call_binop(context, operator, left, right)

    def concat_checked(self, parts: tuple[Any, ...]) -> str:
        texts = [str(p) for p in parts]
        if sum(len(t) for t in texts) > MAX_OUTPUT:
            raise SecurityError("'~' would build text too long for a letter")
        return "".join(texts)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        fmt = value.__self__

        def checked(*args: Any, **kwargs: Any) -> str:
            _check_format(fmt if isinstance(fmt, str) else "")
            return _check_size(wrapped(*args, **kwargs))  # type: ignore[no-any-return]

        return checked

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, str):
            _precheck_call(owner, getattr(__obj, "__name__", ""), args)
        return _check_size(super().call(__context, __obj, *args, **kwargs))


def _guard_filter(filter_func: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a built-in filter: small widths only, and nothing too long in or out."""

    @wraps(filter_func)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        # Filters marked pass_eval_context/pass_context/pass_environment get that first.
        plain = [a for a in args if not isinstance(a, EvalContext | Context | jinja2.Environment)]
        for arg in (*plain[1:], *kwargs.values()):
            if isinstance(arg, int) and not isinstance(arg, bool) and abs(arg) > MAX_WIDTH:
                raise SecurityError("filter width too large for a letter")
        value = plain[0] if plain else None
        name = filter_func.__name__
        if name == "do_replace" and len(plain) >= 3 and isinstance(value, str):
            _precheck_call(value, "replace", (str(plain[1]), str(plain[2])))
        elif name == "do_join" and isinstance(value, list | tuple):
            sep = str(plain[1]) if len(plain) > 1 else ""
            _precheck_call(sep, "join", ([str(v) for v in value],))
        return _check_size(filter_func(*args, **kwargs))

    return guarded


@pass_context
def _finalize(context: Context, value: Any) -> str:
    """Every ``{{ }}`` output becomes a placeholder for its literal text."""
    table = _values.get()
    table.append("" if value is None else str(value))
    return markdown.placeholder(len(table) - 1)


@lru_cache(maxsize=32)
def _environment(folder: Path) -> LetterEnvironment:
    env = LetterEnvironment(
        loader=_FolderLoader(folder),
        undefined=StrictUndefined,
        finalize=_finalize,
        autoescape=False,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=True,
    )
    # No globals that make text from nothing, and no filters that emit HTML.
    env.globals.pop("lipsum", None)
    for name in ("urlize", "xmlattr", "tojson", "pprint", "filesizeformat"):
        env.filters.pop(name, None)
    for name, func in list(env.filters.items()):
        env.filters[name] = _guard_filter(func)
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
            warnings.append(f"fields.{name} is not a field of template {template.id!r}; ignored")
    return values, warnings


def template_context(letter: Letter, template: Template) -> tuple[dict[str, Any], list[str]]:
    """The variables a template sees, and warnings about the data."""
    values, warnings = _field_values(letter, template)
    context: dict[str, Any] = {
        "sender": {f.name: getattr(letter.sender, f.name) for f in fields(letter.sender)},
        "recipient": {f.name: getattr(letter.recipient, f.name) for f in fields(letter.recipient)},
        "fields": values,
        "date": long_date(letter.date, letter.language, letter.sender.country),
        "language": letter.language,
    }
    return context, warnings


@lru_cache(maxsize=256)
def _line_template(env: LetterEnvironment, source: str) -> jinja2.Template:
    return env.from_string(source)


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
    salutation_src = pick(template.salutation, lang)
    if letter.salutation.strip():
        salutation = letter.salutation.strip()
    elif salutation_src:
        salutation = _render_line(env, salutation_src, context, toml, files)
    else:
        salutation = default_salutation(letter.recipient, lang)
    closing = _render_line(
        env, pick(template.closing, lang, default_closing(lang)), context, toml, files
    )
    return RenderedLetter(
        subject=subject,
        salutation=salutation,
        body=markdown.to_blocks(body_md, values),
        closing=closing,
        date=context["date"],
        warnings=tuple(warnings),
    )

"""Template rendering: user text prints exactly as typed; templates cannot escape the sandbox."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from composer.core.document import ListBlock, Paragraph, plain_text
from composer.core.errors import TemplateError
from composer.core.model import RECIPIENT_KINDS, letter_from_dict
from composer.core.rendering import render
from composer.core.templates import find_template, load_template
from tests.conftest import letter_data

TRICKY = [
    "{{ 7*7 }}",
    "*stars* and **more**",
    "# hash at the start",
    "<b>bold?</b> <font size=40>",
    "&amp; &lt; AT&T",
    "back\\slash \\* \\\\",
    "1. not a list",
    "- not a bullet",
    "[link](http://example.org)",
    "`code`",
    "> not a quote",
    "_under_ ~~strike~~",
    "{% raw %}",
]


def make_template(tmp_path: Path, body: str, toml_extra: str = "") -> Path:
    folder = tmp_path / "t"
    folder.mkdir(exist_ok=True)
    (folder / "template.toml").write_text(
        'id = "t"\nlanguages = ["en"]\n[title]\nen = "T"\n' + toml_extra, encoding="utf-8"
    )
    (folder / "letter.en.md.j2").write_text(body, encoding="utf-8")
    return folder


def render_body(tmp_path: Path, body: str, **data: object) -> str:
    template = load_template(make_template(tmp_path, body))
    return plain_text(render(letter_from_dict(letter_data(template="t", **data)), template).body)


@pytest.mark.parametrize("value", TRICKY)
def test_user_values_print_literally(tmp_path: Path, value: str) -> None:
    text = render_body(tmp_path, "Name: {{ sender.name }}", sender={"name": value})
    assert text == f"Name: {value}"


@pytest.mark.parametrize("value", TRICKY)
def test_values_on_their_own_line_print_literally(tmp_path: Path, value: str) -> None:
    body = "Before.\n\n{{ fields.note }}\n\nAfter."
    folder = make_template(tmp_path, body, '[[fields]]\nname = "note"\ntype = "multiline"\n')
    letter = letter_from_dict(letter_data(template="t", fields={"note": value}))
    assert plain_text(render(letter, load_template(folder)).body) == f"Before.\n{value}\nAfter."


def test_template_markdown_is_formatted(tmp_path: Path) -> None:
    body = "Hello **{{ sender.name }}**, *see*:\n\n- one\n- two\n\n3. three\n4. four\n"
    template = load_template(make_template(tmp_path, body))
    blocks = render(letter_from_dict(letter_data(template="t")), template).body
    first = blocks[0]
    assert isinstance(first, Paragraph)
    assert [(s.text, s.bold, s.italic) for s in first.spans] == [
        ("Hello ", False, False),
        ("Anna Grigorian", True, False),
        (", ", False, False),
        ("see", False, True),
        (":", False, False),
    ]
    bullets, numbers = blocks[1], blocks[2]
    assert isinstance(bullets, ListBlock) and not bullets.ordered and len(bullets.items) == 2
    assert isinstance(numbers, ListBlock) and numbers.ordered and numbers.start == 3


def test_multiline_values_keep_their_line_breaks(tmp_path: Path) -> None:
    text = render_body(tmp_path, "{{ sender.name }}", sender={"name": "x"})
    assert text == "x"
    folder = make_template(tmp_path, "{{ fields.note }}", '[[fields]]\nname = "note"\n')
    letter = letter_from_dict(letter_data(template="t", fields={"note": "a\n\n  b\nc"}))
    assert plain_text(render(letter, load_template(folder)).body) == "a\n\n  b\nc"


def test_empty_optional_value_leaves_no_empty_paragraph(tmp_path: Path) -> None:
    folder = make_template(tmp_path, "A\n\n{{ fields.note }}\n\nB", '[[fields]]\nname = "note"\n')
    letter = letter_from_dict(letter_data(template="t", fields={}))
    assert len(render(letter, load_template(folder)).body) == 2


def test_context_has_date_language_and_formatted_date_fields(tmp_path: Path) -> None:
    folder = make_template(
        tmp_path,
        "{{ date }} / {{ language }} / {{ fields.when }} / {{ recipient.kind }}",
        '[[fields]]\nname = "when"\ntype = "date"\n',
    )
    letter = letter_from_dict(letter_data(template="t", fields={"when": "2026-03-14"}))
    text = plain_text(render(letter, load_template(folder)).body)
    assert text == "November 28, 2026 / en / March 14, 2026 / representative"


def test_subject_salutation_and_closing(tmp_path: Path) -> None:
    folder = make_template(
        tmp_path,
        "Body",
        '[subject]\nen = "About {{ fields.topic }}"\n[closing]\nen = "Yours,"\n'
        '[[fields]]\nname = "topic"\n',
    )
    letter = letter_from_dict(letter_data(template="t", fields={"topic": "*x* & <y>"}))
    rendered = render(letter, load_template(folder))
    assert rendered.subject == "About *x* & <y>"
    assert rendered.salutation == "Dear Ms. Doe,"
    assert rendered.closing == "Yours,"


def test_french_no_break_spaces_survive_in_subject(tmp_path: Path) -> None:
    folder = make_template(
        tmp_path, "x", '[subject]\nen = "Relance\u00a0: {{ fields.t }}"\n[[fields]]\nname = "t"\n'
    )
    letter = letter_from_dict(letter_data(template="t", fields={"t": "a"}))
    assert render(letter, load_template(folder)).subject == "Relance\u00a0: a"


def test_unknown_field_is_a_warning(tmp_path: Path) -> None:
    folder = make_template(tmp_path, "x")
    letter = letter_from_dict(letter_data(template="t", fields={"nope": "1"}))
    assert any("fields.nope" in w for w in render(letter, load_template(folder)).warnings)


ATTACKS = {
    "class attribute": "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "private attribute": "{{ self._TemplateReference__context }}",
    "function globals": "{{ cycler.__init__.__globals__.os }}",
    "mutating a list": "{% set l = [] %}{{ l.append(1) }}",
    "string multiplication": "{{ 'a' * 10**7 }}",
    "list multiplication": "{{ [1] * 100000000 }}",
    "huge power": "{{ 2 ** 100000 }}",
    "printf width": "{{ '%999999999d' % 1 }}",
    "format width": "{{ '{:>999999999}'.format(1) }}",
    "nested format width": "{{ '{:>{w}}'.format(1, w=999999999) }}",
    "center filter": "{{ 'x' | center(999999999) }}",
    "ljust method": "{{ 'x'.ljust(999999999) }}",
    "replace blow-up": "{% set a = 'x' * 50000 %}{{ a.replace('x', a) }}",
    "replace filter blow-up": "{% set a = 'x' * 50000 %}{{ a | replace('x', a) }}",
    "join blow-up": "{% set a = 'x' * 50000 %}{{ [a, a, a, a, a] | join }}",
    "concat blow-up": "{% set a = 'x' * 50000 %}{% set b = a ~ a ~ a ~ a ~ a %}{{ b }}",
    "nested loops": "{% for i in range(99999) %}{% for j in range(99999) %}"
    "{% endfor %}{% endfor %}",
    "loops without calls": "{% set l = [1,2,3,4,5,6,7,8,9,10] %}"
    + "{% for a in l %}" * 9
    + "{% endfor %}" * 9,
    "huge output": "{% for i in range(99999) %}{% for j in range(999) %}xxxxxxxxxx{% endfor %}"
    "{% endfor %}",
    "include outside": "{% include '../../../../etc/passwd' %}",
    "include absolute": "{% include '/etc/passwd' %}",
    "import": "{% import 'template.toml' as t %}",
    "recursion": "{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}",
    "lipsum": "{{ lipsum(n=100000) }}",
}


@pytest.mark.parametrize("source", ATTACKS.values(), ids=ATTACKS.keys())
def test_hostile_templates_end_in_a_clear_error_within_seconds(tmp_path: Path, source: str) -> None:
    template = load_template(make_template(tmp_path, "line one\n" + source))
    letter = letter_from_dict(letter_data(template="t"))
    start = time.monotonic()
    with pytest.raises(TemplateError) as error:
        render(letter, template)
    assert time.monotonic() - start < 5
    message = str(error.value)
    assert "\n" not in message and "Traceback" not in message
    assert message.startswith(str(template.body_path("en")))


def test_error_names_file_and_line(tmp_path: Path) -> None:
    template = load_template(make_template(tmp_path, "one\n\ntwo {{ sender.nmae }}\n"))
    with pytest.raises(TemplateError) as error:
        render(letter_from_dict(letter_data(template="t")), template)
    assert str(error.value) == (
        f"{template.body_path('en')}:3: 'dict object' has no attribute 'nmae'"
    )


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    template = load_template(make_template(tmp_path, "one\n{% if %}\n"))
    with pytest.raises(TemplateError, match=r"letter\.en\.md\.j2:2: template syntax error"):
        render(letter_from_dict(letter_data(template="t")), template)


def test_include_of_a_sibling_partial_works(tmp_path: Path) -> None:
    folder = make_template(tmp_path, "{% include 'part.j2' %}")
    (folder / "part.j2").write_text("From a partial, {{ sender.name }}.", encoding="utf-8")
    letter = letter_from_dict(letter_data(template="t"))
    assert plain_text(render(letter, load_template(folder)).body) == (
        "From a partial, Anna Grigorian."
    )


def test_ordinary_string_operations_still_work(tmp_path: Path) -> None:
    body = (
        "{{ '{:>5}|{}'.format(1, 'a') }} {{ 'a-b' | replace('-', '+') }} "
        "{{ ['a', 'b'] | join(', ') }} {{ 'x' ~ 1 }} {{ '-' * 3 }} {{ 2 ** 10 }} "
        "{{ '%05d' % 42 }} {{ sender.name | upper }}"
    )
    assert render_body(tmp_path, body) == "    1|a a+b a, b x1 --- 1024 00042 ANNA GRIGORIAN"


@pytest.mark.parametrize("language", ["en", "fr", "hy"])
@pytest.mark.parametrize("kind", RECIPIENT_KINDS)
def test_bundled_campaign_letter_renders(language: str, kind: str) -> None:
    template = find_template("pow-release")
    note = "Ma note *à moi* & <la vôtre>"
    letter = letter_from_dict(
        letter_data(language=language, recipient={"kind": kind}, fields={"personal_note": note})
    )
    rendered = render(letter, template)
    text = plain_text(rendered.body)
    assert note in text
    assert rendered.subject and rendered.closing and rendered.salutation
    assert "{" not in text and "}" not in text


def test_letter_salutation_overrides_everything(tmp_path: Path) -> None:
    folder = make_template(tmp_path, "x", '[salutation]\nen = "Hello {{ recipient.name }},"\n')
    letter = letter_from_dict(letter_data(template="t"))
    assert render(letter, load_template(folder)).salutation == "Hello Jane Doe,"
    custom = letter_from_dict(letter_data(template="t", salutation="Dear Minister,"))
    assert render(custom, load_template(folder)).salutation == "Dear Minister,"


@pytest.mark.parametrize("template_id", ["pow-release", "general", "follow-up"])
@pytest.mark.parametrize("language", ["en", "fr", "hy"])
@pytest.mark.parametrize("value", ["", *TRICKY])
def test_the_kept_markdown_structure_gives_what_parsing_gives(
    template_id: str, language: str, value: str
) -> None:
    # Blocks are parsed once with placeholders in and filled in for each letter; that must
    # be exactly what parsing each letter's Markdown with its values would give.
    from composer.core import markdown
    from composer.core.rendering import _environment, _run, template_context

    template = find_template(template_id)
    fields = {"personal_note": value, "body": value or "x", "subject": "S"}
    fields |= {"original_subject": "S", "original_date": "2026-01-05", "reference": value}
    letter = letter_from_dict(letter_data(template=template_id, language=language, fields=fields))
    env = _environment(template.folder)
    context, _ = template_context(letter, template)
    body = template.body_path(language)
    text, values = _run(env, lambda: env.get_template(body.name), context, str(body), set())
    assert markdown.to_blocks(text, values) == markdown.parse(text, values)

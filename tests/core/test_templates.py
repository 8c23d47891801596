from __future__ import annotations

from pathlib import Path

import pytest

from composer.core.errors import TemplateError
from composer.core.model import RECIPIENT_KINDS
from composer.core.templates import discover, find_template, load_template

BUNDLED = ["pow-release", "general", "follow-up"]


def test_bundled_templates_load_with_all_languages() -> None:
    catalogue = discover()
    assert not catalogue.problems
    for template_id in BUNDLED:
        template = catalogue.templates[template_id]
        assert template.languages == ("en", "fr", "hy")
        for lang in template.languages:
            assert template.title_for(lang) and template.description_for(lang)
            for spec in template.fields:
                assert lang in spec.label


def test_campaign_template_offers_prompts_not_paragraphs() -> None:
    note = find_template("pow-release").field("personal_note")
    assert note is not None and not note.required and note.max_length
    for lang in ("en", "fr", "hy"):
        prompts = note.prompts_for(lang)
        assert len(prompts) >= 3
        assert all(
            (len(p) < 120 and p.rstrip().endswith(("?", "։", "՞"))) or "՞" in p for p in prompts
        )


def test_campaign_template_cites_its_sources() -> None:
    sources = (find_template("pow-release").folder / "SOURCES.md").read_text(encoding="utf-8")
    for fact in ("Article 118", "Article 133", "International Court of Justice", "point 8"):
        assert fact.lower() in sources.lower()


def write(folder: Path, toml: str, bodies: dict[str, str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "template.toml").write_text(toml, encoding="utf-8")
    for lang, body in (bodies or {"en": "Hello"}).items():
        (folder / f"letter.{lang}.md.j2").write_text(body, encoding="utf-8")
    return folder


MINIMAL = 'id = "mini"\nlanguages = ["en"]\ntitle = { en = "Mini" }\n'


def test_minimal_template_gets_defaults(tmp_path: Path) -> None:
    template = load_template(write(tmp_path / "mini", MINIMAL))
    assert template.fields == () and template.category == "general"
    assert template.recipient_kinds == RECIPIENT_KINDS


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('id = "Bad Id"\nlanguages = ["en"]\ntitle = { en = "x" }\n', "id must be"),
        ('id = "x"\nlanguages = "en"\ntitle = { en = "x" }\n', "languages must be"),
        ('id = "x"\nlanguages = ["en"]\n', "title is required"),
        (
            'id = "x"\nlanguages = ["en", "fr"]\ntitle = { en = "x" }\n',
            "letter.fr.md.j2 is missing",
        ),
        (MINIMAL + '[[fields]]\nname = "n"\ntype = "colour"\n', "type 'colour' is not one of"),
        (MINIMAL + '[[fields]]\nname = "n"\ntype = "choice"\n', "a choice field needs choices"),
        (MINIMAL + '[[fields]]\nname = "n"\nmax_length = -1\n', "max_length must be"),
        (MINIMAL + '[[fields]]\nname = "n"\n[[fields]]\nname = "n"\n', "same name"),
    ],
)
def test_bad_template_toml_is_one_clear_error(tmp_path: Path, toml: str, message: str) -> None:
    with pytest.raises(TemplateError) as error:
        load_template(write(tmp_path / "t", toml))
    assert message in str(error.value)
    assert str(error.value).startswith(str(tmp_path / "t"))


def test_toml_syntax_error_names_the_line(tmp_path: Path) -> None:
    folder = write(tmp_path / "t", 'id = "x"\nlanguages = ["en"\ntitle = 3\n')
    with pytest.raises(TemplateError) as error:
        load_template(folder)
    assert str(error.value).startswith(f"{folder / 'template.toml'}:")
    assert "not valid TOML" in str(error.value)


def test_later_folders_override_bundled_ids(tmp_path: Path) -> None:
    write(tmp_path / "mine" / "general", MINIMAL.replace("mini", "general"))
    catalogue = discover([tmp_path / "mine"])
    assert catalogue.templates["general"].origin == "path"


def test_broken_folders_are_reported_not_fatal(tmp_path: Path) -> None:
    write(tmp_path / "mine" / "ok", MINIMAL)
    write(tmp_path / "mine" / "broken", "this is not toml [")
    catalogue = discover([tmp_path / "mine"])
    assert "mini" in catalogue.templates
    assert len(catalogue.problems) == 1


def test_find_by_folder_path(tmp_path: Path) -> None:
    folder = write(tmp_path / "mini", MINIMAL)
    assert find_template(str(folder)).id == "mini"

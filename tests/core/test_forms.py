"""Forms of address: every office, courtesy title and language, as the letter prints them.

Hand-checked cases come from the sources cited in resources/forms-of-address/SOURCES.md. The
whole matrix (every template x language x office x title, named and unnamed) is kept in
tests/golden/forms.json so no form changes silently; to accept a deliberate change, run
``LETTER_COMPOSER_UPDATE_GOLDEN=1 uv run pytest tests/core/test_forms.py`` and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from composer.core.forms import LANGUAGES, OFFICES, TITLES, closing_with, forms, table
from composer.core.model import letter_from_dict
from composer.core.rendering import render
from composer.core.templates import find_template
from tests.conftest import letter_data

GOLDEN = Path(__file__).parent.parent / "golden" / "forms.json"


@pytest.mark.parametrize(
    ("language", "recipient", "expected"),
    [
        # Canadian Heritage / protocol offices (en): "Honourable" only with the full name.
        ("en", dict(title="ms", office="mp", name="Jane Doe"),
         ("Ms. Jane Doe, M.P.", "Dear Ms. Doe,", "Yours sincerely,")),
        ("en", dict(title="mr", office="minister", name="Marc Roy"),
         ("The Honourable Marc Roy", "Dear Minister,", "Yours sincerely,")),
        ("en", dict(title="ms", office="senator", name="Ann Lee"),
         ("The Honourable Ann Lee, Senator", "Dear Senator Lee,", "Yours sincerely,")),
        ("en", dict(title="mr", office="head_of_government", name="Paul Roy"),
         ("The Right Honourable Paul Roy, P.C., M.P.", "Dear Prime Minister,",
          "Yours sincerely,")),
        ("en", dict(title="ms", office="provincial_member", name="Ana Silva", region="ON"),
         ("Ms. Ana Silva, M.P.P.", "Dear Ms. Silva,", "Yours sincerely,")),
        ("en", dict(title="mr", office="provincial_member", name="Luc Gagnon", region="QC"),
         ("Mr. Luc Gagnon, M.N.A.", "Dear Mr. Gagnon,", "Yours sincerely,")),
        ("en", dict(title="ms", office="mayor", name="Ann Lee"),
         ("Mayor Ann Lee", "Dear Mayor Lee,", "Yours sincerely,")),
        ("en", dict(office="mp", name=""),
         ("", "Dear Member of Parliament,", "Yours sincerely,")),
        ("en", dict(name=""), ("", "Dear Sir or Madam,", "Yours sincerely,")),
        ("en", dict(title="mx", name="Sam Lee"),
         ("Mx. Sam Lee", "Dear Mx. Lee,", "Yours sincerely,")),
        ("en", dict(name="Sam Lee"), ("Sam Lee", "Dear Sam Lee,", "Yours sincerely,")),
        # Translation Bureau / OQLF (fr): the greeting names the office, the closing repeats it.
        ("fr", dict(title="ms", office="mp", name="Sarah Thompson"),
         ("Madame Sarah Thompson, députée", "Madame la Députée,",
          "Je vous prie d’agréer, Madame la Députée, l’expression de ma haute considération.")),
        ("fr", dict(title="mr", office="minister", name="Marc Roy"),
         ("L’honorable Marc Roy", "Monsieur le Ministre,",
          "Je vous prie d’agréer, Monsieur le Ministre, l’expression de ma très haute "
          "considération.")),
        ("fr", dict(title="ms", office="senator", name="Ann Lee"),
         ("L’honorable Ann Lee, sénatrice", "Madame la Sénatrice,",
          "Je vous prie d’agréer, Madame la Sénatrice, l’expression de ma haute considération.")),
        ("fr", dict(name=""),
         ("", "Madame, Monsieur,",
          "Veuillez agréer, Madame, Monsieur, l’assurance de ma considération distinguée.")),
        # France: « Première ministre » with a lower-case m.
        ("fr", dict(title="ms", office="head_of_government", name="Élisabeth Borne",
                    country="FR"),
         ("Madame Élisabeth Borne", "Madame la Première ministre,",
          "Je vous prie d’agréer, Madame la Première ministre, l’expression de ma très haute "
          "considération.")),
        # Armenian: office-holders greeted by office; Armenia's own with «Մեծարգո».
        ("hy", dict(title="ms", name="Անի Պետրոսյան"),
         ("Տիկին Անի Պետրոսյան", "Հարգելի տիկին Պետրոսյան,", "Հարգանքով՝")),
        ("hy", dict(title="mr", office="minister", name="Արամ Սարգսյան", country="AM"),
         ("Պարոն Արամ Սարգսյան", "Մեծարգո պարոն նախարար,", "Հարգանքով՝")),
        ("hy", dict(name=""), ("", "Հարգելի տիկնայք և պարոնայք,", "Հարգանքով՝")),
    ],
)  # fmt: skip
def test_sourced_forms(language: str, recipient: dict[str, str], expected: tuple[str, ...]) -> None:
    values = {"country": "CA", **recipient}
    found = forms(language, **values)
    assert (found.address_line, found.salutation, found.closing) == expected


def _matrix() -> dict[str, list[str]]:
    cases: dict[str, list[str]] = {}
    for template in ("pow-release", "general", "follow-up"):
        tpl = find_template(template)
        for language in LANGUAGES:
            for office in ("", *OFFICES):
                for title in ("", *TITLES):
                    for name in ("Jane Doe", ""):
                        recipient = {"title": title, "office": office, "name": name,
                                     "organisation": "" if name else "Some Office",
                                     "position": "", "own_representative": False,
                                     "kind": "representative"}  # fmt: skip
                        data = letter_data(language=language, template=template,
                                           recipient=recipient,
                                           fields={"subject": "S", "body": "B",
                                                   "original_date": "2026-01-05",
                                                   "original_subject": "S"})  # fmt: skip
                        letter = letter_from_dict(data)
                        rendered = render(letter, tpl)
                        key = f"{template}|{language}|{office or '-'}|{title or '-'}|" + (
                            "named" if name else "unnamed"
                        )
                        cases[key] = [rendered.salutation, rendered.closing]
    return cases


def test_every_template_language_office_and_title_matches_the_golden_file() -> None:
    cases = _matrix()
    if os.environ.get("LETTER_COMPOSER_UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(json.dumps(cases, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert cases == golden
    assert len(cases) == 3 * 3 * (len(OFFICES) + 1) * (len(TITLES) + 1) * 2


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_form_is_broken(language: str) -> None:
    for office in ("", *OFFICES):
        for title in ("", *TITLES):
            for name in ("Jane Doe", ""):
                for country in ("CA", "FR", "AM", "DE"):
                    for region in ("", "ON", "QC"):
                        found = forms(language, title=title, office=office, name=name,
                                      country=country, region=region)  # fmt: skip
                        texts = (found.address_line, found.salutation, found.closing)
                        where = (language, office, title, name, country, region)
                        assert found.salutation and found.closing, where
                        for text in texts:
                            assert "{" not in text and "  " not in text, where
                            assert not text.startswith((",", " ")), where
                        assert "Dear Honourable" not in found.salutation, where
                        if name:
                            assert found.address_line, where
                            assert "Jane Doe" in found.address_line, where
                        # A French closing repeats the greeting (the Governor General's, as
                        # Canadian Heritage gives it, names the office instead).
                        if (
                            language == "fr"
                            and office
                            and (office, country)
                            != (
                                "head_of_state",
                                "CA",
                            )
                        ):
                            assert found.salutation.rstrip(",") in found.closing, where


def test_every_form_names_its_sources() -> None:
    for language in LANGUAGES:
        data = table(language)
        sources = set(data["sources"])
        for office, entry in data["offices"].items():
            unsourced = entry.get("confidence") == "unsourced"
            assert entry.get("source") or unsourced, (language, office)
            assert set(entry.get("source", [])) <= sources, (language, office)
            for override in (
                *entry.get("countries", {}).values(),
                *entry.get("regions", {}).values(),
            ):
                assert set(override.get("source", [])) <= sources, (language, office)


def test_a_chosen_greeting_is_repeated_in_the_french_closing() -> None:
    found = forms("fr", title="ms", office="mp", name="Sarah Thompson", country="CA")
    closing = closing_with(found.closing, found.salutation, "Madame la Présidente,")
    assert closing == (
        "Je vous prie d’agréer, Madame la Présidente, l’expression de ma haute considération."
    )
    letter = letter_from_dict(letter_data(language="fr", salutation="Chère Madame,"))
    rendered = render(letter, find_template("pow-release"))
    assert rendered.salutation == "Chère Madame,"
    assert "Chère Madame" in rendered.closing


def test_the_issue_s_examples_no_longer_happen() -> None:
    # "Dear Honourable Jane Doe," / "Madame la Députée Sarah Thompson" in the address /
    # "Je vous prie d'agréer, Hon., …" / "Հարգելի Ms. Sarah Thompson,".
    en = render(letter_from_dict(letter_data(recipient={"office": "minister", "title": ""})),
                find_template("pow-release"))  # fmt: skip
    assert en.salutation == "Dear Minister,"
    fr = render(
        letter_from_dict(letter_data(language="fr", recipient={"title": "", "office": "",
                                                               "name": "", "position": ""})),
        find_template("pow-release"),
    )  # fmt: skip
    assert fr.salutation == "Madame, Monsieur,"
    assert "Hon." not in fr.closing and "Madame, Monsieur" in fr.closing
    hy = render(letter_from_dict(letter_data(language="hy", recipient={"title": "ms",
                                             "office": "", "name": "Sarah Thompson"})),
                find_template("pow-release"))  # fmt: skip
    assert hy.salutation == "Հարգելի տիկին Thompson,"

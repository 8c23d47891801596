from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from composer.core.errors import DataError
from composer.core.model import letter_from_dict, letter_to_dict, load_letter
from tests.conftest import EXAMPLES, letter_data


def test_round_trip_keeps_every_value() -> None:
    data = letter_data(
        signature={"strokes": [[[1, 2, 0.5], [3, 4, 0.25]]]},
        cc=["Amnesty International"],
        enclosures=["Copy of my first letter"],
        ps="Thank you.",
        fold_marks=True,
    )
    letter = letter_from_dict(data)
    again = letter_from_dict(letter_to_dict(letter))
    assert again == letter
    assert letter.signature is not None and letter.signature.strokes[0][1] == (3.0, 4.0, 0.25)


def test_defaults_follow_the_senders_country() -> None:
    letter = letter_from_dict({"template": "general", "sender": {"country": "FR"}})
    assert (letter.paper, letter.envelope) == ("a4", "din5008b")
    letter = letter_from_dict({"template": "general", "sender": {"country": "CA"}})
    assert (letter.paper, letter.envelope) == ("letter", "us10")
    assert letter.date == dt.date.today()
    assert letter.recipient.kind == "other"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"paper": "legal"}, "paper 'legal' is not one of letter, a4"),
        ({"envelope": "c4"}, "envelope 'c4' is not one of"),
        ({"date": "28/11/2026"}, "not an ISO date"),
        ({"sender": {"country": "Canada"}}, "sender.country 'Canada' is not an ISO 3166"),
        ({"recipient": {"country": "XX"}}, "recipient.country 'XX' is not a known country"),
        ({"recipient": {"kind": "friend"}}, "recipient.kind 'friend' is not one of"),
        ({"sender": {"nickname": "A"}}, "sender has unknown key 'nickname'"),
        ({"colour": "red"}, "unknown key 'colour'"),
        ({"fields": {"personal_note": ["a"]}}, "fields.personal_note must be text"),
        ({"signature": {"strokes": [[[1, "a"]]]}}, "signature.strokes[0][0] must be a number"),
        ({"signature": {"strokes": [[[1, 2, 3, 4, 5]]]}}, "must be [x, y] or [x, y, pressure]"),
        ({"fold_marks": "yes"}, "fold_marks must be true or false"),
    ],
)
def test_bad_data_names_the_key(change: dict[str, object], message: str) -> None:
    with pytest.raises(DataError) as error:
        letter_from_dict(letter_data(**change))
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_text_is_cleaned_but_otherwise_kept() -> None:
    letter = letter_from_dict(
        letter_data(
            sender={"name": "Anna\x00 \x07Grigorian\r\n"},
            fields={"personal_note": "one\r\ntwo\rthree\u2028four\tfive \ue000"},
        )
    )
    assert letter.sender.name == "Anna Grigorian "
    assert letter.fields["personal_note"] == "one\ntwo\nthree\nfour five "


def test_signature_image_path_is_relative_to_the_data_file(tmp_path: Path) -> None:
    path = tmp_path / "letter.json"
    path.write_text(json.dumps(letter_data(signature={"image": "sig.png"})), encoding="utf-8")
    letter = load_letter(path)
    assert letter.signature is not None and letter.signature.image == tmp_path / "sig.png"


def test_examples_load() -> None:
    for path in EXAMPLES.glob("*.*"):
        letter = load_letter(path)
        assert letter.template == "pow-release"
    toml = load_letter(EXAMPLES / "pow-release.fr.toml")
    assert toml.date == dt.date(2026, 11, 28) and toml.fold_marks


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.json", '{"template": "x",\n "language": }', "bad.json:2: not valid JSON"),
        ("bad.toml", 'template = "x"\nlanguage = ', "bad.toml: not valid TOML"),
        ("latin1.json", b'{"template": "caf\xe9"}', "latin1.json: not UTF-8 text"),
        ("list.json", "[1, 2]", "must be a table"),
        ("missing.json", None, "missing.json: cannot read"),
    ],
)
def test_bad_files_give_one_clear_line(
    tmp_path: Path, name: str, content: object, message: str
) -> None:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    with pytest.raises(DataError) as error:
        load_letter(path)
    assert message in str(error.value)


def test_json_with_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(letter_data()).encode())
    assert load_letter(path).sender.name == "Anna Grigorian"


def test_dates_in_each_language() -> None:
    from composer.core.dates import long_date

    assert long_date(dt.date(2026, 5, 1), "fr", "CA") == "1er mai 2026"
    assert long_date(dt.date(2026, 5, 2), "fr", "CA") == "2 mai 2026"
    assert long_date(dt.date(2026, 5, 1), "en", "CA") == "May 1, 2026"
    assert "2026" in long_date(dt.date(2026, 5, 1), "hy")


def test_drafts_open_toml_data_files() -> None:
    from composer.core.drafts import load_draft

    assert load_draft(EXAMPLES / "pow-release.fr.toml") == load_letter(
        EXAMPLES / "pow-release.fr.toml"
    )


@pytest.mark.parametrize(
    ("recipient", "expected"),
    [
        ({"honorific": "Ms.", "position": "Member of Parliament", "kind": "representative"},
         {"title": "ms", "office": "mp", "kind": "representative", "own_representative": True}),
        ({"honorific": "Hon.", "position": "Minister of Foreign Affairs"},
         {"title": "", "office": "minister", "kind": "representative"}),
        ({"honorific": "Madame la Députée", "position": ""},
         {"title": "ms", "office": "mp"}),
        ({"honorific": "M.", "position": "Député de Laval",
          "organisation": "Assemblée nationale du Québec"},
         {"title": "mr", "office": "provincial_member"}),
        ({"honorific": "Տիկին", "name": "Անի"}, {"title": "ms", "office": ""}),
        ({"kind": "organisation", "organisation": "International Committee of the Red Cross"},
         {"kind": "humanitarian", "own_representative": False}),
        ({"kind": "organisation", "organisation": "Comité international de la Croix-Rouge"},
         {"kind": "humanitarian"}),
        ({"kind": "organisation", "organisation": "Amnesty International"},
         {"kind": "other"}),
    ],
)  # fmt: skip
def test_format_1_drafts_are_described_not_guessed(
    recipient: dict[str, str], expected: dict[str, object]
) -> None:
    from composer.core.drafts import read_draft

    data = {"format_version": 1, "template": "general", "recipient": recipient}
    letter = read_draft(json.dumps(data).encode())
    for key, value in expected.items():
        assert getattr(letter.recipient, key) == value, key


def test_a_data_file_with_an_honorific_claims_no_constituency() -> None:
    # Only a draft (which the writer saw printed) keeps its "as one of your constituents".
    letter = letter_from_dict({"template": "general", "recipient": {"honorific": "Ms."}})
    assert (letter.recipient.title, letter.recipient.own_representative) == ("ms", False)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"recipient": {"title": "Ms."}}, "recipient.title 'Ms.' is not one of ms, mr, mx, dr"),
        ({"recipient": {"office": "king"}}, "recipient.office 'king' is not one of"),
        ({"recipient": {"level": "galactic"}}, "recipient.level 'galactic' is not one of"),
        ({"recipient": {"own_representative": "yes"}}, "own_representative must be true or false"),
        ({"recipient": {"jurisdiction": "Canada"}}, "recipient.jurisdiction 'Canada' is not"),
    ],
)
def test_bad_recipient_descriptions(change: dict[str, object], message: str) -> None:
    with pytest.raises(DataError, match=re.escape(message)):
        letter_from_dict(letter_data(**change))


def test_fold_marks_follow_the_window_unless_chosen() -> None:
    assert letter_from_dict(letter_data(envelope="us10")).shows_fold_marks
    assert not letter_from_dict(letter_data(envelope="none")).shows_fold_marks
    assert not letter_from_dict(letter_data(envelope="us10", fold_marks=False)).shows_fold_marks
    letter = letter_from_dict(letter_data(envelope="none", fold_marks=True))
    assert letter.shows_fold_marks
    assert letter_from_dict(letter_to_dict(letter)) == letter

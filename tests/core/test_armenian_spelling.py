"""The reform's rules, run backwards: a reformed word's possible classical spellings."""

from __future__ import annotations

from composer.core.armenian_spelling import MAX_SPELLINGS, classical_spellings, known_reformed


def test_each_rule_of_the_reform_is_undone() -> None:
    cases = {
        "ազատություն": "ազատութիւն",  # իւ -> յու
        "ավելի": "աւելի",  # ւ -> վ
        "թվական": "թուական",  # ու before a vowel -> վ
        "և": "եւ",
        "Եվրոպա": "Եւրոպա",
        "հարգելի": "յարգելի",  # initial յ -> հ
        "Հարգելի": "Յարգելի",
        "հույս": "յոյս",  # ոյ -> ույ, initial յ -> հ
        "Պետրոսյան": "Պետրոսեան",  # եա -> յա
        "արդյոք": "արդեօք",  # եօ -> յո
        "առավոտ": "առաւօտ",  # օ inside a word -> ո
        "որպես": "որպէս",  # է inside a word -> ե
        "ծառա": "ծառայ",  # a silent final յ dropped
    }
    for reformed, classical in cases.items():
        assert classical in set(classical_spellings(reformed)), reformed


def test_the_word_itself_comes_first_and_the_spellings_are_bounded() -> None:
    assert next(classical_spellings("նամակ")) == "նամակ"
    long_word = "վեվեվեվեվեվեվեվեվեվեվեվ"
    assert len(list(classical_spellings(long_word))) <= MAX_SPELLINGS + 64


def test_the_future_prefix_is_looked_up_without_it() -> None:
    known = {"անէք"}.__contains__
    assert known_reformed("կանեք", known)
    assert not known_reformed("կաննեք", known)
    assert not known_reformed("կեք", known)  # too short to carry the prefix

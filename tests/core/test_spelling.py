"""Spelling help: words found the way each language writes them, known misspellings caught
and corrected in English, French and Armenian, the writer's own words kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.core import spelling
from composer.core.spelling import Speller, normal, speller, words


def spans(text: str) -> list[str]:
    return [w for _s, _e, w in words(text)]


def test_words_keep_elisions_apostrophes_and_armenian_marks() -> None:
    assert spans("l’Arménie, aujourd'hui") == ["l’Arménie", "aujourd'hui"]
    assert spans("Ի՞նչ է սա։") == ["Ի՞նչ", "է", "սա"]
    assert spans("Haut-Karabakh 2020") == ["Haut", "Karabakh"]
    assert spans("write to info@example.org or www.example.org today") == [
        "write",
        "to",
        "or",
        "today",
    ]
    assert normal("Ի՞նչ") == "Ինչ"
    assert normal("l’ONU") == "l'ONU"


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(spelling, "personal_path", lambda lang: tmp_path / f"{lang}.txt")
    spelling.speller.cache_clear()
    yield tmp_path  # type: ignore[misc]
    spelling.speller.cache_clear()


@pytest.mark.parametrize(
    ("language", "text", "wrong", "right"),
    [
        ("en", "I recieve your letter with gratitude.", "recieve", "receive"),
        ("fr", "Je demande la libertée de mon cousin.", "libertée", "liberté"),
        ("hy", "Խնդրում եմ ազատել գերիներին և քաղաքացիական անձանց, նամմակ", "նամմակ", "նամակ"),
    ],
)
def test_known_misspellings_are_found_and_corrected(
    isolated: Path, language: str, text: str, wrong: str, right: str
) -> None:
    checker = speller(language)
    assert checker is not None
    assert checker.misspelt(text) == {wrong}
    assert right in checker.suggest(wrong)


def test_french_elision_and_typographic_apostrophes_are_correct(isolated: Path) -> None:
    checker = speller("fr")
    assert checker is not None
    text = "L’Arménie et l'ONU, aujourd’hui, qu’ils libèrent d’Aram"
    assert checker.misspelt(text, known=["Aram"]) == set()
    assert checker.misspelt("qu’ils libèrent") == set()


def test_armenian_question_mark_inside_a_word_is_not_a_misspelling(isolated: Path) -> None:
    checker = speller("hy")
    assert checker is not None
    assert checker.misspelt("Ի՞նչ կցանկանայիք, որ նամակը կարդացողն առաջին հերթին հասկանա։") == set()


def test_names_and_template_words_given_as_known_are_not_flagged(isolated: Path) -> None:
    checker = speller("en")
    assert checker is not None
    text = "Aram Petrosyan was taken near Stepanakert."
    assert checker.misspelt(text) >= {"Stepanakert"}
    assert checker.misspelt(text, known=["Aram", "Petrosyan", "Stepanakert"]) == set()
    assert checker.misspelt("NATO and the UN") == set()  # acronyms are not checked


def test_a_word_added_by_the_writer_is_kept_for_next_time(isolated: Path) -> None:
    checker = speller("en")
    assert checker is not None
    assert checker.misspelt("Artsakh") == {"Artsakh"}
    checker.add("Artsakh")
    assert checker.misspelt("Artsakh") == set()
    assert (isolated / "en.txt").read_text(encoding="utf-8") == "Artsakh\n"
    again = Speller("en", checker.folder, checker.stem, isolated / "en.txt")
    assert again.misspelt("Artsakh") == set()


def test_an_unreadable_personal_list_is_no_list(tmp_path: Path) -> None:
    folder = tmp_path / "dir.txt"
    folder.mkdir()
    assert spelling.read_personal(folder) == []
    assert spelling.read_personal(tmp_path / "absent.txt") == []


def test_no_dictionary_no_speller() -> None:
    assert speller("de") is None
    assert speller("fr_CA") is not None


def test_numbers_endings_are_not_words() -> None:
    assert spans("the 2nd of May, 8-րդ կետը, 10-ին, H7N 3X2") == ["the", "of", "May", "կետը"]


def test_reformed_armenian_is_read_through_the_classical_dictionary(isolated: Path) -> None:
    """The bundled dictionary is classical (ազատութիւն); letters are reformed (ազատություն)."""
    checker = speller("hy")
    assert checker is not None
    reformed = "Հարգելի պատգամավոր, ազատություն և արդարություն կառավարությունից, ավելի շուտ կանեք"
    assert checker.misspelt(reformed) == set()
    assert checker.misspelt("ազատւթյուն կառավարույթյուն խնդրմ") == {
        "ազատւթյուն",
        "կառավարույթյուն",
        "խնդրմ",
    }


def test_few_correct_words_of_the_armenian_letters_are_flagged(isolated: Path) -> None:
    """A figure, kept honest by a test: the bundled reformed-Armenian letters, checked."""
    import re

    root = Path(__file__).resolve().parents[2] / "templates"
    text = " ".join(p.read_text(encoding="utf-8") for p in root.glob("*/letter.hy.md.j2"))
    text = re.sub(r"\{[{%#].*?[}%#]\}", " ", text, flags=re.S)
    all_words = [w for _s, _e, w in words(text) if spelling.worth_checking(w)]
    checker = speller("hy")
    assert checker is not None
    flagged = [w for w in all_words if not checker.correct(w)]
    assert len(all_words) > 250
    assert len(flagged) / len(all_words) < 0.06, sorted(set(flagged))


# -- the worker process ---------------------------------------------------------------------


def test_the_worker_checks_suggests_and_keeps_added_words(isolated: Path) -> None:
    service = spelling.SpellService()
    try:
        assert service.misspelt("fr", "Je demande la libertée.") == {"libertée"}
        assert "liberté" in service.suggest("fr", "libertée")
        assert service.misspelt("en", "Hadrut", known=["Hadrut"]) == set()
        service.add("en", "Hadrut")
        assert service.misspelt("en", "Hadrut is home.") == set()
        assert "Hadrut" in (isolated / "en.txt").read_text(encoding="utf-8")
        assert service.misspelt("de", "Irgendwas") == set()  # no dictionary: nothing flagged
    finally:
        service.close()


def test_a_dead_worker_is_started_again_and_a_broken_one_stays_quiet(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = spelling.SpellService()
    try:
        assert service.misspelt("en", "recieve") == {"recieve"}
        process = service._worker._process
        assert process is not None
        process.kill()
        process.wait()
        assert service.misspelt("en", "recieve") == {"recieve"}  # a new worker answered
    finally:
        service.close()
    monkeypatch.setattr(spelling, "_command", lambda: ["/nonexistent/python"])
    broken = spelling.SpellService()
    assert broken.misspelt("en", "recieve") == set()  # quiet, and logged
    assert broken.suggest("en", "recieve") == []


def test_loading_a_dictionary_never_holds_up_the_app_s_own_threads(isolated: Path) -> None:
    """Hunspell holds Python's lock for the 0.3 s an Armenian dictionary takes to load: in
    the worker process, the app's threads run on meanwhile."""
    import threading
    import time

    service = spelling.SpellService()
    try:
        service.misspelt("en", "warm")  # the worker is up; Armenian is not loaded yet
        loading = threading.Thread(target=service.misspelt, args=("hy", "նամակ"))
        last, gaps = time.perf_counter(), []
        loading.start()
        while loading.is_alive():
            now = time.perf_counter()
            gaps.append(now - last)
            last = now
            time.sleep(0.002)
        assert max(gaps) < 0.1
    finally:
        service.close()


def test_forgetting_the_words_stops_the_worker_and_the_next_check_starts_another(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spelling, "_service", None)
    spelling.forget_words()  # nothing started yet: nothing to stop
    service = spelling.service()
    try:
        assert service.misspelt("fr", "Mon frère Vartann.") == {"Vartann"}
        first = service._worker.pid
        assert first is not None
        spelling.forget_words()
        assert service._worker.pid is None  # gone, with the words it was asked about
        assert service.misspelt("fr", "Mon frère Vartann.") == {"Vartann"}
        assert service._worker.pid not in (None, first)
    finally:
        service.close()

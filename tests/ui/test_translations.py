"""The UI in English, Canadian French and Eastern Armenian: every text translated, the
translations compiled from the sources as they are, and the language switched while a letter
is open without losing a letter of it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from composer.ui.language import (
    UI_LANGUAGES,
    current_language,
    resolve,
    system_language,
    translations,
    ui_locale,
)
from composer.ui.main_window import MainWindow
from composer.ui.qt import QtCore, QtWidgets

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
TRANSLATED = [code for code in UI_LANGUAGES if code != "en"]
PLACEHOLDER = re.compile(r"%L?\d|%n|\{[a-z_]+\}")
ACCELERATOR = re.compile(r"&(?!&)(\S)")

pytestmark = pytest.mark.gui


def messages(language: str) -> list[ET.Element]:
    tree = ET.parse(I18N / f"letter-composer_{language}.ts")
    return list(tree.iter("message"))


def context_of(tree_path: Path) -> set[tuple[str, str]]:
    found = set()
    for context in ET.parse(tree_path).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add((name, message.findtext("source") or ""))
    return found


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_ui_text_has_a_finished_translation(language: str) -> None:
    found = messages(language)
    assert len(found) > 400
    missing = []
    for message in found:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None, source
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            missing.append(source)
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")]
        texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
        if message.get("numerus") == "yes":
            assert len(forms) == 2, source  # one and other, in French and in Armenian
        if not all(text.strip() for text in texts):
            missing.append(source)
    assert not missing, f"{len(missing)} untranslated in {language}: {missing[:5]}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_placeholders_and_access_keys_survive_translation(language: str) -> None:
    for message in messages(language):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        wanted = Counter(PLACEHOLDER.findall(source))
        for text in forms:
            assert Counter(PLACEHOLDER.findall(text)) == wanted, (source, text)
            assert len(ACCELERATOR.findall(text)) == len(ACCELERATOR.findall(source)), (
                source,
                text,
            )


def test_the_translation_sources_hold_every_text_of_the_code(tmp_path: Path) -> None:
    """Run Qt's lupdate over the code: the committed .ts files must already hold it all
    (packaging/update-translations.sh refreshes them)."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    shutil.copy(I18N / "letter-composer_fr.ts", fresh)
    sources = sorted(str(p) for p in (ROOT / "composer" / "ui").rglob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(fresh), "-no-obsolete"],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    in_code = context_of(fresh)
    for language in TRANSLATED:
        committed = context_of(I18N / f"letter-composer_{language}.ts")
        assert in_code - committed == set(), f"not in the {language} file yet"
        assert committed - in_code == set(), f"no longer in the code ({language})"


@pytest.mark.parametrize("catalogue", [*(f"letter-composer_{c}" for c in TRANSLATED), "qtbase_hy"])
def test_the_shipped_catalogues_are_compiled_from_the_sources(
    catalogue: str, tmp_path: Path
) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    out = tmp_path / "out.qm"
    subprocess.run(
        [str(lrelease), str(I18N / f"{catalogue}.ts"), "-qm", str(out)],
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == (I18N / f"{catalogue}.qm").read_bytes()


# -- the language at run time -------------------------------------------------------------


def test_the_system_language_is_followed_when_the_app_speaks_it() -> None:
    assert system_language(QtCore.QLocale("fr_CA")) == "fr"
    assert system_language(QtCore.QLocale("hy_AM")) == "hy"
    assert system_language(QtCore.QLocale("de_DE")) == "en"
    assert resolve("", QtCore.QLocale("fr_FR")) == "fr"
    assert resolve("hy", QtCore.QLocale("fr_FR")) == "hy"
    assert resolve("xx", QtCore.QLocale("fr_FR")) == "fr"


def test_dates_follow_the_ui_language_in_the_system_s_country() -> None:
    assert ui_locale("fr", QtCore.QLocale("en_CA")).name() == "fr_CA"
    assert ui_locale("fr", QtCore.QLocale("fr_BE")).name() == "fr_BE"
    assert ui_locale("hy", QtCore.QLocale("en_CA")).name() == "hy_AM"
    assert ui_locale("en", QtCore.QLocale("C")).name() == "en_CA"


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translations(qapp).apply("en", QtCore.QLocale("en_CA"))
    yield
    translations(qapp).apply("en", QtCore.QLocale("en_CA"))


def test_qt_s_own_buttons_are_translated_where_qt_has_a_catalogue(english: None) -> None:
    translate = QtCore.QCoreApplication.translate
    translations().apply("fr")
    assert translate("QPlatformTheme", "Cancel") == "Annuler"
    assert translate("actions", "&File") == "&Fichier"
    assert translate("MainWindow", "%n page(s)", "", 2) == "2 pages"
    translations().apply("hy")
    assert translate("actions", "&File") == "&Ֆայլ"
    # Qt has no Armenian catalogue: the app brings one for Qt's buttons and edit menus.
    assert translate("QPlatformTheme", "Cancel") == "Չեղարկել"
    box = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel).text() == "Չեղարկել"
    assert translate("QTabBar", "Scroll Left") == "Թերթել ձախ"  # a tab bar's arrows
    translations().apply("en")
    assert translate("actions", "&File") == "&File"
    assert translate("MainWindow", "%n page(s)", "", 1) == "1 page"


@pytest.fixture
def window(english: None, letter_window: MainWindow) -> MainWindow:
    return letter_window


def menu_titles(win: MainWindow) -> list[str]:
    return [a.text() for a in win.menuBar().actions()]


def test_switching_the_language_keeps_the_letter_and_speaks_at_once(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
) -> None:
    note = window.form.rows["fields.personal_note"].editor
    assert isinstance(note, QtWidgets.QPlainTextEdit)
    note.setPlainText("Je pense à mon cousin Aram.")
    window.form.sender_inputs["name"].setText("Anahit Petrosyan")  # type: ignore[attr-defined]
    window.form.remember_sender.setChecked(True)
    window.sync()
    assert "&File" in menu_titles(window)

    window.set_language("fr")
    assert current_language() == "fr"
    assert window.settings.ui_language() == "fr"
    assert "&Fichier" in menu_titles(window)
    assert window.form.rows["sender.name"].label.text().startswith("Votre nom")
    note = window.form.rows["fields.personal_note"].editor
    assert isinstance(note, QtWidgets.QPlainTextEdit)
    assert note.toPlainText() == "Je pense à mon cousin Aram."
    assert window.form.sender_inputs["name"].text() == "Anahit Petrosyan"  # type: ignore[attr-defined]
    assert window.form.remember_sender.isChecked()
    assert window.session.letter is not None
    assert window.session.letter.language == "en"  # the letter keeps its own language
    qtbot.waitUntil(lambda: not window.session.builder.busy)
    assert window.pages_label.text().endswith("page")  # "1 page" in French too

    window.set_language("hy")
    assert "&Ֆայլ" in menu_titles(window)
    assert window.form.rows["fields.personal_note"].editor.toPlainText().startswith("Je pense")  # type: ignore[attr-defined]

    window.set_language("")  # as the system: English under the C locale of the tests
    assert window.settings.ui_language() == ""
    assert "&File" in menu_titles(window)


@pytest.mark.parametrize("language", TRANSLATED)
def test_menu_access_keys_are_unique_in_every_language(window: MainWindow, language: str) -> None:
    window.set_language(language)
    menus = [window.menuBar(), *window.menuBar().findChildren(QtWidgets.QMenu)]
    for menu in menus:
        letters = [
            ACCELERATOR.findall(a.text())[0].lower()
            for a in menu.actions()
            if ACCELERATOR.findall(a.text()) and not a.isSeparator()
        ]
        assert len(letters) == len(set(letters)), (language, letters)


def test_form_labels_follow_the_ui_and_the_letter_its_own_language(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
) -> None:
    window.set_language("fr")
    language = window.form.language
    language.setCurrentIndex(language.findData("en"))
    row = window.form.rows["fields.personal_note"]
    assert window.template is not None
    spec = next(f for f in window.template.fields if f.name == "personal_note")
    assert row.label.text().startswith(spec.label_for("fr"))
    window.set_language("en")
    row = window.form.rows["fields.personal_note"]
    assert row.label.text().startswith(spec.label_for("en"))
    assert spec.label_for("en") != spec.label_for("fr")


@pytest.mark.parametrize("language", UI_LANGUAGES)
def test_the_form_fits_its_pane_in_every_language(
    qtbot,
    window: MainWindow,
    language: str,  # type: ignore[no-untyped-def]
) -> None:
    """Long entries (countries, offices) and long words must not widen the form past its
    pane, which cut the title and hid the right edge of every field."""
    window.set_language(language)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    viewport = window.form_scroll.viewport().width()
    assert window.form.minimumSizeHint().width() <= viewport
    assert not window.form_scroll.horizontalScrollBar().isVisible()

"""The language the app speaks: the system's, or the one chosen in View ▸ Language.

The letter has its own language (chosen in the form); this is the language of menus, dialogs,
labels and help. It can be changed while the app runs: the translators are swapped here and
the main window rebuilds its views from the letter session (see ``MainWindow.set_language``).
"""

from __future__ import annotations

import logging

from composer.core import paths
from composer.ui.qt import QtCore

log = logging.getLogger(__name__)

# The languages the app is translated into, each named in itself.
UI_LANGUAGES = {"en": "English", "fr": "Français", "hy": "Հայերեն"}
FALLBACK = "en"


def system_language(locale: QtCore.QLocale | None = None) -> str:
    """The first of the system's preferred languages the app speaks, else English."""
    for tag in (locale or QtCore.QLocale.system()).uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in UI_LANGUAGES:
            return code
    return FALLBACK


def resolve(chosen: str, locale: QtCore.QLocale | None = None) -> str:
    """The language to speak: ``chosen`` if the app speaks it, else the system's."""
    return chosen if chosen in UI_LANGUAGES else system_language(locale)


def ui_locale(language: str, system: QtCore.QLocale | None = None) -> QtCore.QLocale:
    """The locale for dates and numbers: the UI's language in the system's country.

    French in Canada is fr_CA (dates "1 déc. 2026"), in France fr_FR. When Qt knows no such
    pair (Armenian in Canada) it picks the language's main country, which is right for dates.
    A system without a country (the "C" locale) counts as Canada, the campaign's country.
    """
    base = QtCore.QLocale(language)
    territory = (system or QtCore.QLocale.system()).territory()
    if territory == QtCore.QLocale.Country.AnyTerritory:  # the "C" locale: the app's home
        territory = QtCore.QLocale.Country.Canada
    paired = QtCore.QLocale(base.language(), territory)
    return paired if paired.language() == base.language() else base


class Translations:
    """The translators installed in the application, swapped as a set.

    Qt asks the most recently installed translator first, so the English file (which only
    turns "%n page(s)" into "1 page" / "2 pages") goes in first as every language's fallback,
    then Qt's own catalogue (buttons of message boxes, file and print dialogs) where Qt has one
    for the language, then the app's.
    """

    def __init__(self, app: QtCore.QCoreApplication) -> None:
        self.app = app
        self.language = ""
        self.system = QtCore.QLocale.system()
        self._installed: list[QtCore.QTranslator] = []

    def apply(self, language: str, system: QtCore.QLocale | None = None) -> str:
        """Speak ``language`` (a key of UI_LANGUAGES); returns the language now spoken.

        ``system`` stands for the system's locale (its country), for tests.
        """
        if system is not None:
            self.system = system
        if language not in UI_LANGUAGES:
            language = FALLBACK
        for translator in self._installed:
            self.app.removeTranslator(translator)
            translator.deleteLater()
        self._installed = []
        ours = str(paths.resources_dir() / "i18n")
        qt_folder = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
        # Each entry: the catalogue, and the folders to look in, in order. Qt's own texts
        # come from Qt's catalogue, else from ours (Qt has none for Armenian).
        wanted: list[tuple[str, tuple[str, ...]]] = [("letter-composer_en", (ours,))]
        if language != "en":
            wanted += [
                (f"qtbase_{language}", (qt_folder, ours)),
                (f"letter-composer_{language}", (ours,)),
            ]
        for name, folders in wanted:
            translator = QtCore.QTranslator(self.app)
            if any(translator.load(name, folder) for folder in folders):
                self.app.installTranslator(translator)
                self._installed.append(translator)
            else:
                log.warning("translation %s not found in %s", name, ", ".join(folders))
        QtCore.QLocale.setDefault(ui_locale(language, self.system))
        self.language = language
        return language


_translations: Translations | None = None


def translations(app: QtCore.QCoreApplication | None = None) -> Translations:
    """The application's one set of translators."""
    global _translations
    instance = app or QtCore.QCoreApplication.instance()
    assert instance is not None
    if _translations is None or _translations.app is not instance:
        _translations = Translations(instance)
    return _translations


def current_language() -> str:
    """The language the UI speaks now (English before any was applied)."""
    return _translations.language if _translations and _translations.language else FALLBACK


def home_country() -> str:
    """The two-letter code of the system's country ("CA"), or "" when it has none."""
    system = _translations.system if _translations else QtCore.QLocale.system()
    if system.territory() == QtCore.QLocale.Country.AnyTerritory:
        return ""
    return QtCore.QLocale.territoryToCode(system.territory())

"""Where the app's own files and the user's files live."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

APP_NAME = "letter-composer"
PORTABLE = "portable"  # a folder of this name beside the program: the portable mode

_PACKAGE = Path(__file__).resolve().parent.parent


@cache
def data_root() -> Path:
    """The folder holding ``templates/`` and ``resources/``.

    An installed wheel carries them inside the package (``composer/_data``); a source
    checkout has them at the repository's top level.
    """
    installed = _PACKAGE / "_data"
    if (installed / "resources").is_dir():
        return installed
    return _PACKAGE.parent


def bundled_templates_dir() -> Path:
    return data_root() / "templates"


def resources_dir() -> Path:
    return data_root() / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


@cache
def portable_dir() -> Path | None:
    """The ``portable`` folder beside the program, if there is one (a USB stick): then every
    file the app keeps lives in it (data, cache, settings) and nothing in the user's home.

    The program is the bundled executable, or in a source checkout the ``letter-composer``
    script that started the app.
    """
    if getattr(sys, "frozen", False):
        program = Path(sys.executable)
    elif sys.argv and Path(sys.argv[0]).name.startswith(APP_NAME):
        program = Path(sys.argv[0])
    else:
        return None
    folder = program.resolve().parent / PORTABLE
    return folder if folder.is_dir() else None


def user_data_dir() -> Path:
    """The per-user data folder (created on demand by whoever writes there): the platform's,
    or ``portable/data``."""
    portable = portable_dir()
    if portable is not None:
        return portable / "data"
    import platformdirs  # imported late: only the app and a few commands need it

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def settings_file() -> Path | None:
    """Where the settings are kept in portable mode (None: the platform's usual place)."""
    portable = portable_dir()
    return portable / "settings.ini" if portable is not None else None


def user_templates_dir() -> Path:
    return user_data_dir() / "templates"


def user_cache_dir() -> Path:
    """The per-user cache folder: what can be thrown away and made again."""
    portable = portable_dir()
    if portable is not None:
        return portable / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))

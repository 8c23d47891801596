"""Where the app's own files and the user's files live."""

from __future__ import annotations

from functools import cache
from pathlib import Path

APP_NAME = "letter-composer"

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


def user_data_dir() -> Path:
    """The platform's per-user data folder (created on demand by whoever writes there)."""
    import platformdirs  # imported late: only the app and a few commands need it

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_templates_dir() -> Path:
    return user_data_dir() / "templates"


def user_cache_dir() -> Path:
    """The platform's per-user cache folder: what can be thrown away and made again."""
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))

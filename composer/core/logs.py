"""The app's log: what went wrong, for whoever helps fix it, in a small file on this computer.

Only problems are logged (warnings and errors with their tracebacks), never a letter's
contents; the file stays in the user's data folder and is never sent anywhere.
"""

from __future__ import annotations

import logging
from pathlib import Path

from composer.core import paths

LOG_NAME = "letter-composer.log"
MAX_BYTES = 512 * 1024  # about a thousand tracebacks; two older files are kept
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_path() -> Path:
    return paths.user_data_dir() / "logs" / LOG_NAME


def start_logging(path: Path | None = None, level: int = logging.WARNING) -> Path | None:
    """Send warnings and errors to the log file (and to stderr); returns the file, or None
    when it cannot be written (a read-only data folder: the app works on, logging to stderr
    only)."""
    root = logging.getLogger()
    root.setLevel(min(root.level or level, level))
    if not any(isinstance(h, logging.StreamHandler) for h in root.handlers):
        stderr = logging.StreamHandler()
        stderr.setLevel(logging.WARNING)
        stderr.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(stderr)
    path = path or log_path()
    for handler in root.handlers:
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == path:
            return path
    # Imported here: it costs a start of the app 15 ms otherwise.
    from logging.handlers import RotatingFileHandler

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=2, encoding="utf-8")
    except OSError as error:
        logging.getLogger(__name__).warning("no log file at %s: %s", path, error)
        return None
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    return path


def stop_logging(path: Path) -> None:
    """Close the log file ``path`` (tests; the app keeps it open until it exits)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == path:
            root.removeHandler(handler)
            handler.close()

"""The log file: problems with their tracebacks, in the data folder; a read-only folder is
not fatal."""

from __future__ import annotations

import logging
from pathlib import Path

from composer.core.logs import log_path, start_logging, stop_logging


def test_errors_and_tracebacks_reach_the_file(tmp_path: Path) -> None:
    path = start_logging(tmp_path / "logs" / "app.log")
    assert path == tmp_path / "logs" / "app.log"
    try:
        try:
            raise KeyError("nope")
        except KeyError:
            logging.getLogger("composer.ui.tasks").exception("the preview failed")
        logging.getLogger("composer").info("not kept: only problems are")
        assert start_logging(path) == path  # a second start adds no second handler
    finally:
        stop_logging(path)
    text = path.read_text(encoding="utf-8")
    assert "ERROR composer.ui.tasks: the preview failed" in text
    assert "KeyError: 'nope'" in text
    assert "not kept" not in text
    assert text.count("the preview failed") == 1


def test_an_unwritable_folder_gives_no_file_and_no_error(tmp_path: Path) -> None:
    blocked = tmp_path / "data"
    blocked.write_text("a file where the folder should be")  # fails even for root
    assert start_logging(blocked / "logs" / "app.log") is None


def test_the_log_lives_in_the_user_data_folder() -> None:
    assert log_path().parts[-2:] == ("logs", "letter-composer.log")
    assert "letter-composer" in str(log_path().parent.parent)

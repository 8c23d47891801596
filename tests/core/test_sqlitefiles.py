"""What the app's SQLite files share: their header, and errors in plain words."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from composer.core.sqlitefiles import HEADER, file_header, in_words


def test_the_header_tells_a_database_from_anything_else(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite3"
    sqlite3.connect(db).execute("CREATE TABLE t (x)").connection.close()
    assert file_header(db) == HEADER
    (tmp_path / "b.txt").write_text("hello")
    assert file_header(tmp_path / "b.txt") == b"hello"
    (tmp_path / "empty").write_bytes(b"")
    assert file_header(tmp_path / "empty") == b""


def test_errors_in_words() -> None:
    assert in_words(sqlite3.OperationalError("database is locked"), "x") == (
        "it is in use by another program; close it and try again"
    )
    not_ours = sqlite3.DatabaseError("file is not a database")
    assert in_words(not_ours, "it is not a letter log") == "it is not a letter log"
    assert in_words(sqlite3.Error("first line\nsecond"), "x") == "first line"
    assert in_words(sqlite3.Error(), "x") == "Error"

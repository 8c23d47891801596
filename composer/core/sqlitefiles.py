"""What the app's SQLite files (address book, letter log) share: telling an SQLite file from
anything else before opening it, and SQLite's errors in words a person can act on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

HEADER = b"SQLite format 3\x00"  # the first 16 bytes of every SQLite database file


def file_header(path: Path) -> bytes:
    """The first bytes of ``path`` (b"" for an empty file); raises FileNotFoundError or
    OSError as reading does."""
    with open(path, "rb") as file:
        return file.read(len(HEADER))


def in_words(error: sqlite3.Error, not_ours: str) -> str:
    """An SQLite error as a person can act on it; ``not_ours`` says what a file that is not
    an SQLite database is not ("it is not an address book")."""
    text = str(error).lower()
    for needle, words in (
        ("locked", "it is in use by another program; close it and try again"),
        ("busy", "it is in use by another program; close it and try again"),
        ("readonly", "it is read-only"),
        ("read-only", "it is read-only"),
        ("malformed", "the file is damaged"),
        ("not a database", not_ours),
        ("disk i/o", "the disk could not be read or written"),
        ("full", "the disk is full"),
        ("unable to open", "the file cannot be opened"),
        ("closed", "it was closed"),
    ):
        if needle in text:
            return words
    return str(error).splitlines()[0] if str(error) else type(error).__name__

"""Errors a person can act on: one clear line, never a traceback."""

from __future__ import annotations


class LetterError(Exception):
    """A problem caused by the user's input (data, template, choice), not by a bug.

    ``str(error)`` is a single line fit to show to the person who made the mistake.
    """


class DataError(LetterError):
    """The letter's data (a draft or data file) is unreadable or invalid."""


class TemplateError(LetterError):
    """A template is missing, malformed, unsafe or fails while rendering."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        self.path = path
        self.line = line
        where = ""
        if path:
            where = f"{path}:{line}: " if line else f"{path}: "
        super().__init__(f"{where}{message}")
        self.message = message


class Notice(str):
    """A warning: its text for people, and a ``code`` for programs (the app sorts and shows
    warnings by code, never by matching their English words)."""

    code: str
    values: tuple[tuple[str, str], ...]  # the variable parts by name, to word it anew

    def __new__(cls, message: str, code: str, values: tuple[tuple[str, str], ...] = ()) -> Notice:
        notice = super().__new__(cls, message)
        notice.code = code
        notice.values = values
        return notice

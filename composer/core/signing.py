"""The signing table's own data: the volunteer's PIN, the anonymous tally, and the private
folder each visitor's files live in until they are wiped.

The tally counts letters by day, campaign and language, and nothing else: no names, no
addresses, no times of day, so it can be exported and passed on without touching anyone's
privacy.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import hmac
import io
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from composer.core import paths
from composer.core.errors import DataError
from composer.core.files import write_atomic

PIN_DIGITS = (4, 12)


def signing_dir() -> Path:
    """The signing table's folder in the user data folder."""
    return paths.user_data_dir() / "signing-table"


class Pin:
    """The volunteer's PIN for leaving the signing table, kept only as a salted hash in
    memory while the table runs (scrypt: slow to guess even if memory were read)."""

    def __init__(self, pin: str) -> None:
        if not pin.isdigit() or not PIN_DIGITS[0] <= len(pin) <= PIN_DIGITS[1]:
            raise ValueError(f"a PIN is {PIN_DIGITS[0]} to {PIN_DIGITS[1]} digits")
        self._salt = os.urandom(16)
        self._hash = self._derive(pin)

    def _derive(self, pin: str) -> bytes:
        return hashlib.scrypt(pin.encode(), salt=self._salt, n=2**14, r=8, p=1, dklen=32)

    def matches(self, pin: str) -> bool:
        return hmac.compare_digest(self._derive(pin), self._hash)


@dataclass(frozen=True)
class TallyRow:
    day: dt.date
    campaign: str
    language: str
    letters: int


class Tally:
    """Letters printed at the signing table, counted by day, campaign and language."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(path, timeout=5.0, isolation_level=None)
            self.db.execute(
                "CREATE TABLE IF NOT EXISTS tally (day TEXT NOT NULL, campaign TEXT NOT NULL, "
                "language TEXT NOT NULL, letters INTEGER NOT NULL, "
                "PRIMARY KEY (day, campaign, language))"
            )
        except sqlite3.Error as error:
            raise DataError(f"{path}: the tally cannot be used ({error})") from None
        self.path = path

    def add(self, campaign: str, language: str, day: dt.date | None = None) -> None:
        try:
            self.db.execute(
                "INSERT INTO tally VALUES (?, ?, ?, 1) ON CONFLICT (day, campaign, language) "
                "DO UPDATE SET letters = letters + 1",
                ((day or dt.date.today()).isoformat(), campaign[:100], language[:10]),
            )
        except sqlite3.Error as error:
            raise DataError(f"{self.path}: the tally cannot be written ({error})") from None

    def rows(self) -> list[TallyRow]:
        try:
            found = self.db.execute(
                "SELECT day, campaign, language, letters FROM tally "
                "ORDER BY day, campaign, language"
            ).fetchall()
        except sqlite3.Error as error:
            raise DataError(f"{self.path}: the tally cannot be read ({error})") from None
        return [TallyRow(dt.date.fromisoformat(r[0]), r[1], r[2], int(r[3])) for r in found]

    def csv_text(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["date", "campaign", "language", "letters"])
        for row in self.rows():
            writer.writerow([row.day.isoformat(), row.campaign, row.language, row.letters])
        return out.getvalue()

    def export_csv(self, out: Path) -> None:
        write_atomic(out, self.csv_text().encode("utf-8"))

    def close(self) -> None:
        self.db.close()


def wipe(folder: Path) -> list[str]:
    """Delete everything in ``folder`` (a visitor's files); what could not be deleted."""
    problems: list[str] = []
    try:
        entries = list(os.scandir(folder))
    except FileNotFoundError:
        return problems
    except OSError as error:
        return [f"{folder}: {error.strerror or error}"]
    for entry in entries:
        try:
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
        except OSError as error:
            problems.append(f"{entry.path}: {error.strerror or error}")
    return problems

"""The signing table's own data: the volunteer's PIN, the anonymous tally, and the private
folder each visitor's files live in until they are wiped.

The tally counts letters by day, campaign and language, and nothing else: no names, no
addresses, no times of day, so it can be exported and passed on without touching anyone's
privacy.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import hashlib
import hmac
import io
import json
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from composer.core import paths
from composer.core.errors import DataError
from composer.core.files import write_atomic
from composer.core.model import (
    CoSigner,
    cosigners_from_list,
    cosigners_to_list,
    parse_data,
    read_data_file,
)

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


class CosignerStore:
    """The people who joined the shared letter at a co-signing table, kept (they asked to
    be on it) until the volunteer prints it and deletes them: ``cosigners.json`` and the
    signature pictures beside it, paths relative to the folder so a stick can move."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / "cosigners.json"

    def load(self) -> tuple[CoSigner, ...]:
        if not self.path.exists():
            return ()
        try:
            data = parse_data(read_data_file(self.path), self.path.name)
            return cosigners_from_list(_table_list(data), self.folder)
        except DataError as error:
            raise DataError(f"{self.path}: {error}") from None

    def add(self, cosigner: CoSigner) -> tuple[CoSigner, ...]:
        """Add one person; their signature picture is copied beside the list."""
        signature = cosigner.signature
        if signature is not None and signature.image is not None:
            pictures = self.folder / "cosigners"
            pictures.mkdir(parents=True, exist_ok=True)
            kept = pictures / signature.image.name
            write_atomic(kept, signature.image.read_bytes())
            cosigner = dataclasses.replace(
                cosigner,
                signature=dataclasses.replace(signature, image=kept.relative_to(self.folder)),
            )
        everyone = (*self._stored(), cosigner)
        self.folder.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"cosigners": cosigners_to_list(everyone)}, ensure_ascii=False)
        write_atomic(self.path, text.encode("utf-8"))
        return self.load()

    def _stored(self) -> tuple[CoSigner, ...]:
        """As stored (picture paths relative), for writing back."""
        if not self.path.exists():
            return ()
        data = parse_data(read_data_file(self.path), self.path.name)
        return cosigners_from_list(_table_list(data), None)

    def clear(self) -> list[str]:
        problems = wipe(self.folder / "cosigners")
        try:
            self.path.unlink(missing_ok=True)
        except OSError as error:
            problems.append(f"{self.path}: {error.strerror or error}")
        return problems


def _table_list(data: object) -> object:
    if not isinstance(data, dict):
        raise DataError("not a list of cosigners")
    return data.get("cosigners", [])


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

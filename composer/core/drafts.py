"""Draft files: a letter in progress, saved and reopened (the data contract + a version)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from composer.core.errors import DataError
from composer.core.files import write_atomic
from composer.core.model import (
    FORMAT_VERSION,
    Letter,
    letter_from_dict,
    letter_to_dict,
    load_letter,
    parse_data,
    read_data_file,
)

SUFFIX = ".letter"  # a draft is JSON; the suffix tells people and file managers what it is


def draft_bytes(letter: Letter) -> bytes:
    data: dict[str, Any] = {"format_version": FORMAT_VERSION, **letter_to_dict(letter)}
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def save_draft(path: Path, letter: Letter) -> None:
    """Write the draft atomically: the previous file survives any failure intact."""
    write_atomic(path, draft_bytes(letter))


def read_draft(data: bytes, name: str = "draft", base_dir: Path | None = None) -> Letter:
    try:
        raw = parse_data(data, name)
    except DataError as error:
        raise DataError(f"not a letter draft: {error}") from None
    if not isinstance(raw, dict):
        raise DataError(f"{name}: not a letter draft")
    version = raw.get("format_version", FORMAT_VERSION)
    if not isinstance(version, int) or isinstance(version, bool):
        raise DataError(f"{name}: format_version must be a whole number")
    if version > FORMAT_VERSION:
        raise DataError(
            f"{name}: made by a newer version of Letter Composer (format {version}); "
            "please update the app to open it"
        )
    try:
        return letter_from_dict(raw, base_dir=base_dir)
    except DataError as error:
        raise DataError(f"{name}: {error}") from None


def load_draft(path: Path) -> Letter:
    """A draft, or any letter data file the command line reads (JSON or TOML)."""
    if path.suffix.lower() == ".toml":
        return load_letter(path)
    return read_draft(read_data_file(path), str(path), path.parent)

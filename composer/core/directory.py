"""Directories of organisations that rarely move: the bundled one (resources/directory)
and those campaign packs bring (``data/recipients.toml``, the same format)."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from composer.core.contacts import Contact
from composer.core.errors import DataError
from composer.core.model import RECIPIENT_FIELDS, letter_from_dict
from composer.core.paths import resources_dir
from composer.core.untrusted import read_regular

SOURCE_PREFIX = "bundled:"
MAX_DIRECTORY_BYTES = 4 << 20
MAX_ENTRIES = 5_000
_ENTRY_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_TEXT_KEYS = ("postage_notes", "scope_notes", "source", "last_verified")


@cache
def bundled_entries() -> tuple[dict[str, Any], ...]:
    """The raw entries of ``organisations.toml``, with their sources and notes."""
    path = resources_dir() / "directory" / "organisations.toml"
    with path.open("rb") as file:
        return tuple(tomllib.load(file)["organisation"])


def read_entries(path: Path) -> list[dict[str, Any]]:
    """The entries of a directory file from outside (a pack's), their shape checked: each an
    ``[[organisation]]`` table with a unique ``id``, text notes, tags and names (the
    recipient fields are checked as :func:`read_directory` makes them entries). Every
    problem is one :class:`DataError`."""
    try:
        raw = read_regular(path, MAX_DIRECTORY_BYTES)
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise DataError("not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        raise DataError(f"not valid TOML: {str(error).split(' (at')[0]}") from None
    except OSError as error:
        raise DataError(f"cannot be read ({error})") from None
    except (RecursionError, ValueError) as error:
        raise DataError(f"cannot be read ({error})") from None
    entries = data.get("organisation", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise DataError("organisation must be a list of [[organisation]] tables")
    if len(entries) > MAX_ENTRIES:
        raise DataError(f"more than {MAX_ENTRIES} organisations")
    ids: set[str] = set()
    for number, entry in enumerate(entries, 1):
        entry_id = entry.get("id")
        if not isinstance(entry_id, str) or not _ENTRY_ID.fullmatch(entry_id) or entry_id in ids:
            raise DataError(f"organisation {number}: id must be a unique short name")
        ids.add(entry_id)
        if not all(isinstance(entry.get(k, ""), str) for k in _TEXT_KEYS):
            raise DataError(f"organisation {entry_id}: notes and source must be text")
        tags, names = entry.get("tags", []), entry.get("names", {})
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise DataError(f"organisation {entry_id}: tags must be a list of text")
        if not isinstance(names, dict) or not all(isinstance(v, str) for v in names.values()):
            raise DataError(f"organisation {entry_id}: names must be a table of text")
    return entries


def _notes(entry: dict[str, Any]) -> str:
    parts = [entry.get("postage_notes", ""), entry.get("scope_notes", "")]
    if not entry.get("confirmed", False):
        parts.append(
            "Address not confirmed from the organisation's own current source: "
            "check it before posting."
        )
    else:
        parts.append(f"Address checked on {entry.get('last_verified', '')}.")
    parts.append(f"Source: {entry.get('source', '')}")
    return "\n\n".join(p for p in parts if p)


def bundled_contacts() -> list[Contact]:
    """The directory as address-book entries; ``source`` names the entry it came from."""
    return contacts_from_entries(bundled_entries(), SOURCE_PREFIX)


def read_directory(path: Path, source_prefix: str = "file:") -> list[Contact]:
    """A directory file from outside as address-book entries (see :func:`read_entries`),
    each recipient checked through the letter's data contract."""
    contacts = []
    for entry in read_entries(path):
        try:
            contacts += contacts_from_entries([entry], source_prefix)
        except DataError as error:
            raise DataError(f"organisation {entry['id']}: {error}") from None
    return contacts


def contacts_from_entries(entries: Iterable[dict[str, Any]], source_prefix: str) -> list[Contact]:
    contacts = []
    for entry in entries:
        recipient_data = {k: entry[k] for k in RECIPIENT_FIELDS if k in entry}
        # Through the data contract, so the bundled data is checked like a person's input.
        recipient = letter_from_dict({"template": "x", "recipient": recipient_data}).recipient
        contacts.append(
            Contact(
                recipient=recipient,
                tags=tuple(entry.get("tags", ())),
                notes=_notes(entry),
                source=source_prefix + str(entry["id"]),
                names={str(k): str(v) for k, v in entry.get("names", {}).items()},
            )
        )
    return contacts


def bundled_by_source() -> dict[str, Contact]:
    return {c.source: c for c in bundled_contacts()}

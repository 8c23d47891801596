"""The bundled directory of organisations that rarely move (resources/directory)."""

from __future__ import annotations

import tomllib
from functools import cache
from typing import Any

from composer.core.contacts import Contact
from composer.core.model import RECIPIENT_FIELDS, letter_from_dict
from composer.core.paths import resources_dir

SOURCE_PREFIX = "bundled:"


@cache
def bundled_entries() -> tuple[dict[str, Any], ...]:
    """The raw entries of ``organisations.toml``, with their sources and notes."""
    path = resources_dir() / "directory" / "organisations.toml"
    with path.open("rb") as file:
        return tuple(tomllib.load(file)["organisation"])


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
    contacts = []
    for entry in bundled_entries():
        recipient_data = {k: entry[k] for k in RECIPIENT_FIELDS if k in entry}
        # Through the data contract, so the bundled data is checked like a person's input.
        recipient = letter_from_dict({"template": "x", "recipient": recipient_data}).recipient
        contacts.append(
            Contact(
                recipient=recipient,
                tags=tuple(entry.get("tags", ())),
                notes=_notes(entry),
                source=SOURCE_PREFIX + str(entry["id"]),
                names={str(k): str(v) for k, v in entry.get("names", {}).items()},
            )
        )
    return contacts


def bundled_by_source() -> dict[str, Contact]:
    return {c.source: c for c in bundled_contacts()}

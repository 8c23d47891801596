"""A recipient as the address book keeps it: the letter's recipient plus what helps a
volunteer choose and greet them."""

from __future__ import annotations

from dataclasses import dataclass

from composer.core.model import Recipient


@dataclass(frozen=True)
class Contact:
    """One address-book entry.

    ``salutation`` overrides the greeting the app would choose ("Dear Minister,");
    ``source`` says where a bundled entry came from (empty for a person's own entries).
    """

    recipient: Recipient
    tags: tuple[str, ...] = ()
    salutation: str = ""
    notes: str = ""
    source: str = ""
    id: int | None = None  # the address book's row id, once stored

    @property
    def display_name(self) -> str:
        r = self.recipient
        who = " ".join(p for p in (r.honorific, r.name) if p.strip())
        return who or r.organisation or r.position

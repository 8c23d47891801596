"""A recipient as the address book keeps it: the letter's recipient plus what helps a
volunteer choose and greet them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from composer.core.model import Recipient

# How the address book shows a courtesy title beside a name (the letter uses the forms of
# address of its own language).
TITLE_LABELS = {"ms": "Ms.", "mr": "Mr.", "mx": "Mx.", "dr": "Dr."}


@dataclass(frozen=True)
class Contact:
    """One address-book entry.

    ``salutation`` overrides the greeting the app would choose ("Dear Minister,");
    ``names`` is the organisation's name in each language it has one in ("Comité
    international de la Croix-Rouge (CICR)" for French letters); ``source`` says where a
    bundled entry came from (empty for a person's own entries).
    """

    recipient: Recipient
    tags: tuple[str, ...] = ()
    salutation: str = ""
    notes: str = ""
    source: str = ""
    id: int | None = None  # the address book's row id, once stored
    names: Mapping[str, str] = field(default_factory=dict)

    @property
    def display_name(self) -> str:
        r = self.recipient
        title = TITLE_LABELS.get(r.title, "")
        who = " ".join(p for p in (title, r.name.strip()) if p) if r.name.strip() else ""
        return who or r.organisation or r.position

    def recipient_in(self, language: str) -> Recipient:
        """The recipient as a letter in ``language`` addresses it: the organisation's name
        in that language when the entry has it."""
        name = self.names.get(language.split("_")[0])
        return replace(self.recipient, organisation=name) if name else self.recipient

"""Which CSV column holds what: headings of spreadsheets and address-book exports in English,
French and German (Outlook, Google, Apple, Thunderbird, Windows Live Mail, CRMs).

Address books export several addresses ("Business City", "Home City", "Address 2 - City",
French Outlook's "Ville (bureau)", German "Ort (geschäftlich)"). The mapping a person sees
uses one of them (work first); each row may still take another when that one is empty, or
when Google's "Address N - Type" column says which one is the work address.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from composer.core.countries import key as _key
from composer.core.model import RECIPIENT_FIELDS

# The columns export_csv writes, in order; guess_mapping recognises each of them.
# The organisation's name in each letter language (a directory entry's "names").
NAME_COLUMNS = ("organisation_en", "organisation_fr", "organisation_hy")
EXPORT_FIELDS = (*RECIPIENT_FIELDS, *NAME_COLUMNS, "tags", "salutation", "notes")
# What a CSV column can be used for: the name's parts are joined into the name when the
# file has no full-name column (or it is empty); "" ignores the column.
IMPORT_TARGETS = (*EXPORT_FIELDS, "first_name", "middle_name", "last_name", "name_suffix", "")

# Headings as countries.key() writes them, "|"-separated to keep the table readable.
_HEADER_ALIASES = {
    "kind": "kind|type|recipient type|type de destinataire|genre",
    "title": (
        "honorific|title|titre|prefix|name prefix|civilite|anrede|titel|prafix|namensprafix|"
        "courtesy title|titre de civilite"
    ),
    "office": "office|charge|fonction officielle|mandat",
    "jurisdiction": "jurisdiction|juridiction|government country|pays du gouvernement",
    "level": "level|niveau|order of government|ordre de gouvernement",
    "own_representative": (
        "own representative|my representative|constituent|mon depute|ma deputee|"
        "ma circonscription|own_representative"
    ),
    "name": (
        "name|full name|display name|contact name|contact|nom|nom complet|nom et prenom|"
        "prenom et nom|prenom nom|nom prenom|anzeigename|vollstandiger name"
    ),
    "first_name": "first name|firstname|first|given name|forename|prenom|vorname",
    "middle_name": (
        "middle name|middlename|additional name|second prenom|deuxieme prenom|"
        "weitere vornamen|2 vorname"
    ),
    "last_name": (
        "last name|lastname|last|surname|family name|nom de famille|nachname|familienname"
    ),
    "name_suffix": "suffix|name suffix|suffixe|namenssuffix",
    "position": (
        "position|job title|job|role|fonction|poste|titre du poste|titre de poste|"
        "organization title|organization 1 title|position|berufsbezeichnung|arbeitstitel"
    ),
    "organisation": (
        "organisation|organization|organisation name|organization name|"
        "organization 1 name|company|company name|organisme|nom de l organisme|entreprise|"
        "societe|employer|firma|organisation|unternehmen"
    ),
    "street": (
        "address|street|street address|address 1|address line 1|street 1|adresse|"
        "adresse 1|adresse ligne 1|rue|strasse|adresse 1 strasse"
    ),
    "street2": (
        "street 2|address 2|address line 2|suite|apt|apartment|unit|extended address|"
        "po box|adresse 2|adresse ligne 2|complement d adresse|rue 2|strasse 2|postfach"
    ),
    "city": "city|town|locality|ville|municipality|municipalite|localite|ort|stadt",
    "region": (
        "region|province|state|province state|state province|province etat|etat|"
        "dep region|departement|bundesland|kanton"
    ),
    "postal_code": (
        "postal code|postcode|post code|zip|zip code|zipcode|code postal|plz|postleitzahl"
    ),
    "country": "country|country region|country code|pays|pays region|code pays|land|land region",
    "tags": (
        "tags|tag|groups|group|group membership|labels|categories|category|etiquettes|"
        "etiquette|groupes|groupe|categorie|kategorien|kategorie|gruppen"
    ),
    "salutation": "salutation|greeting|formule d appel|appel|briefanrede",
    "organisation_en": "organisation en|organization en|organisation in english",
    "organisation_fr": "organisation fr|organization fr|organisation en francais",
    "organisation_hy": "organisation hy|organization hy|organisation in armenian",
    "notes": (
        "notes|note|comments|comment|remarques|remarque|commentaires|commentaire|notizen|"
        "notiz|anmerkungen"
    ),
}
_HEADERS = {
    alias: target for target, aliases in _HEADER_ALIASES.items() for alias in aliases.split("|")
}
ADDRESS_TARGETS = ("street", "street2", "city", "region", "postal_code", "country")
_WORK = r"business|work|office|travail|bureau|dienstlich|geschaftlich|buro|arbeit"
_HOME = r"home|other|personal|mailing|domicile|autre|privat|zuhause|personnel"
# (pattern, rank, group): a lower rank wins; the group names one address of several.
_ADDRESS_PATTERNS = (
    (re.compile(rf"^(?P<g>{_WORK}) (?P<f>.+)$"), 1),
    (re.compile(rf"^(?P<f>.+) (?P<g>{_WORK})$"), 1),
    (re.compile(r"^(?P<g>(?:address|adresse) 1) (?P<f>.+)$"), 1),
    (re.compile(rf"^(?P<g>{_HOME}) (?P<f>.+)$"), 2),
    (re.compile(rf"^(?P<f>.+) (?P<g>{_HOME})$"), 2),
    (re.compile(r"^(?P<g>(?:address|adresse) \d+) (?P<f>.+)$"), 3),
)
# Google's "Address 1 - Type" column ("Work", "Home", "Other").
_TYPE_COLUMN = re.compile(r"^(?P<g>(?:address|adresse) \d+) type$")


def heading_key(header: str) -> str:
    """``Address1`` → ``address 1``: numbers apart, so "Address1" and "Address 1" agree."""
    return _key(re.sub(r"(?<=[^\W\d_])(?=\d)", " ", header))


def _header_target(header: str) -> tuple[str, int, str]:
    """(target, rank, address group) for one heading."""
    key = heading_key(header)
    if key in _HEADERS:
        return _HEADERS[key], 0, ""
    for pattern, rank in _ADDRESS_PATTERNS:
        match = pattern.match(key)
        if match and _HEADERS.get(match.group("f"), "") in ADDRESS_TARGETS:
            # "Home Address" holds the whole address as one text: a "Home Street" is better.
            formatted = match.group("f") in ("address", "adresse")
            return _HEADERS[match.group("f")], rank + (10 if formatted else 0), match.group("g")
    return "", 0, ""


def guess_mapping(headers: Sequence[str]) -> dict[str, str]:
    """header → import target (one of :data:`IMPORT_TARGETS`) for common English, French and
    German headings; a target goes to one column only, unknown columns map to ""."""
    guesses = [_header_target(h)[:2] for h in headers]
    targets = {t for t, _ in guesses}
    if "first_name" in targets and "last_name" not in targets:
        # "Prénom" + "Nom": beside a first-name column, a bare "Nom"/"Name" is the family name.
        guesses = [
            ("last_name", 0) if t == "name" and heading_key(h) in ("nom", "name") else (t, r)
            for h, (t, r) in zip(headers, guesses, strict=True)
        ]
    best: dict[str, tuple[int, int]] = {}
    for index, (target, rank) in enumerate(guesses):
        if target and (target not in best or rank < best[target][0]):
            best[target] = (rank, index)
    winners = {index: target for target, (_, index) in best.items()}
    mapping: dict[str, str] = {}
    for index, header in enumerate(headers):
        mapping.setdefault(header, winners.get(index, ""))
    return mapping


def known_headings(row: Sequence[str]) -> int:
    """How many cells of ``row`` are headings this module recognises."""
    return sum(1 for cell in row if _header_target(cell)[0])


@dataclass(frozen=True)
class AddressGroup:
    """The columns of one of the file's addresses, and whether its Type says "work"."""

    name: str
    rank: int
    columns: dict[str, int]  # address target → column index
    type_column: int | None = None


def address_groups(headers: Sequence[str]) -> list[AddressGroup]:
    """Every address the headings describe (one group when the file has a single address)."""
    found: dict[str, tuple[int, dict[str, int]]] = {}
    types: dict[str, int] = {}
    for index, header in enumerate(headers):
        type_match = _TYPE_COLUMN.match(heading_key(header))
        if type_match:
            types[type_match.group("g")] = index
            continue
        target, rank, group = _header_target(header)
        if target in ADDRESS_TARGETS:
            columns = found.setdefault(group, (rank, {}))[1]
            # "Home Street" beats "Home Address", which Outlook fills with the whole
            # address as one text.
            formatted = heading_key(header).endswith(("address", "adresse"))
            if target not in columns or (target == "street" and not formatted):
                columns[target] = index
    return [
        AddressGroup(group, rank % 10, columns, types.get(group))
        for group, (rank, columns) in found.items()
    ]


def best_address(groups: Sequence[AddressGroup], cells: Sequence[str]) -> AddressGroup | None:
    """The address a row should use: one with content (an empty address never wins over a
    full one), a work address before a home one."""

    def filled(group: AddressGroup) -> int:
        return sum(1 for i in group.columns.values() if i < len(cells) and cells[i].strip())

    def rank(group: AddressGroup) -> int:
        if group.type_column is not None and group.type_column < len(cells):
            kind = _key(cells[group.type_column])
            if re.search(rf"\b(?:{_WORK})\b", kind):
                return 0
            if re.search(rf"\b(?:{_HOME})\b", kind):
                return 2
        return group.rank

    candidates = [g for g in groups if filled(g)]
    if not candidates:
        return None
    return min(candidates, key=lambda g: (filled(g) < 2, rank(g), g.rank))

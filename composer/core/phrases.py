"""Phrases a letter prints in its own language: greeting, closing, labels, page numbers."""

from __future__ import annotations

from composer.core.model import Recipient

_HONOURABLE = {"hon.", "hon", "honourable", "the honourable", "l'honorable", "l’honorable"}
_FR_TITLES = {
    "madame": "Madame",
    "mme": "Madame",
    "ms.": "Madame",
    "mrs.": "Madame",
    "monsieur": "Monsieur",
    "m.": "Monsieur",
    "mr.": "Monsieur",
}


def default_salutation(recipient: Recipient, language: str) -> str:
    """A polite greeting for ``recipient`` in ``language``; an address-book entry or the
    letter itself may override it.

    English names the person ("Dear Ms. Lee,", "Dear Honourable Jane Lee,"); French uses the
    title and office without the name, as French letters do ("Madame la Députée,",
    "Monsieur,") or the neutral "Madame, Monsieur,"; Armenian follows the English pattern
    with «Հարգելի».
    """
    honorific = recipient.honorific.strip()
    name = recipient.name.strip()
    lang = language.split("_")[0]
    if lang == "fr":
        position = recipient.position.casefold()
        title = _FR_TITLES.get(honorific.casefold(), "")
        if "députée" in position or (title == "Madame" and "député" in position):
            return "Madame la Députée,"
        if "député" in position:
            return "Monsieur le Député,"
        if "ministre" in position:
            return (
                f"{title or 'Madame, Monsieur'} le Ministre,"
                if title == "Monsieur"
                else ("Madame la Ministre," if title == "Madame" else "Madame, Monsieur,")
            )
        return f"{title}," if title else "Madame, Monsieur,"
    if lang == "hy":
        who = " ".join(p for p in (honorific, name) if p)
        return f"Հարգելի {who}," if who else "Հարգելի պարոն/տիկին,"
    if honorific.casefold() in _HONOURABLE and name:
        return f"Dear Honourable {name},"
    if honorific and name:
        # "Dear Ms. Lee,": the family name; without a title the full name reads better.
        return f"Dear {honorific} {name.split()[-1]},"
    who = honorific or name
    return f"Dear {who}," if who else "Dear Sir or Madam,"


DEFAULT_CLOSINGS = {
    "en": "Sincerely,",
    "fr": "Veuillez agréer l’expression de mes salutations distinguées.",
    "hy": "Հարգանքով՝",
}


def default_closing(language: str) -> str:
    return DEFAULT_CLOSINGS.get(language.split("_")[0], DEFAULT_CLOSINGS["en"])


_PAGE_OF = {"en": "page {n} of {m}", "fr": "page {n} sur {m}", "hy": "էջ {n}/{m}"}
_CC = {"en": "cc:", "fr": "c. c. :", "hy": "Պատճենը՝"}
_ENCLOSURES = {"en": "Enclosures:", "fr": "p. j. :", "hy": "Կից՝"}
_PS = {"en": "P.S.", "fr": "P.-S.", "hy": "Հ.Գ."}


def _lang(language: str, table: dict[str, str]) -> str:
    return table.get(language.split("_")[0], table["en"])


def page_of(n: int, m: int, language: str) -> str:
    """The running header's "page N of M" in the letter's language."""
    return _lang(language, _PAGE_OF).format(n=n, m=m)


def cc_label(language: str) -> str:
    return _lang(language, _CC)


def enclosures_label(language: str) -> str:
    return _lang(language, _ENCLOSURES)


def ps_label(language: str) -> str:
    return _lang(language, _PS)

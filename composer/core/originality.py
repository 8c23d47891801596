"""An originality hint: how much of what the writer typed is in their own words.

A campaign's sample letter is a start, not the letter: an office that receives the same
text a hundred times counts one opinion. The hint compares the writer's own text with the
template's text and with the other letters written on this computer (their fingerprints in
the letter log), and says how much is new. It nudges, it never blocks: nothing here stops a
letter from being saved or printed.

Texts are compared by *word shingles*: every run of ``size`` consecutive words (3 by
default), case-folded, hashed to a stable 64-bit number. A copied sentence shares all its
shingles with its source; a sentence in one's own words shares almost none, even when it
uses the same words in another order. Only the hashes are kept in the log, never the words.

The hash is ``blake2b`` (8-byte digest, big-endian unsigned) of the shingle's words joined
by one space, in UTF-8: the same on every computer and in every run (Python's ``hash()`` of
a string changes from one run to the next). Changing how words are found or joined changes
every fingerprint already kept, so both are fixed here and tested with a known value.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from composer.core.spelling import normal, words

if TYPE_CHECKING:
    from composer.core.model import Letter
    from composer.core.templates import Template

SHINGLE_SIZE = 3
MIN_WORDS = 6  # fewer words than this: no hint

# hint() thresholds, on the rounded percentage the UI shows (so the code and the number
# never disagree: "69 % your own words" is never called "mostly your own").
MOSTLY_OWN_PERCENT = 70  # at least this share of new shingles: "mostly your own words"
MOSTLY_TEMPLATE_PERCENT = 50  # at least this share from the template: "mostly the template"

HintCode = Literal[
    "empty", "mostly_own", "partly_template", "mostly_template", "like_other_letters"
]


def tokens(text: str) -> list[str]:
    """The words of ``text`` as they are compared: letters of any script, apostrophes inside
    words kept (as ``'``), Armenian stress marks dropped, compatibility forms folded (NFKC)
    and case folded; punctuation, numbers, e-mail and web addresses left out."""
    text = unicodedata.normalize("NFKC", text)
    return [
        unicodedata.normalize("NFKC", normal(word).casefold()) for _start, _end, word in words(text)
    ]


def _hash(window: Iterable[str]) -> int:
    digest = hashlib.blake2b(" ".join(window).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def shingles(text: str, size: int = SHINGLE_SIZE) -> frozenset[int]:
    """The hashes of every ``size``-word window of ``text`` (see the module's description).

    A text of fewer than ``size`` words (but at least one) gives one shingle of all its words;
    a text without words gives none. Each hash is an int in ``0 .. 2**64 - 1``.
    """
    if size < 1:
        raise ValueError("a shingle has at least one word")
    found = tokens(text)
    if not found:
        return frozenset()
    if len(found) < size:
        return frozenset({_hash(found)})
    return frozenset(_hash(found[i : i + size]) for i in range(len(found) - size + 1))


@dataclass(frozen=True)
class Originality:
    """Shares (0..1) of the writer's distinct shingles: ``own`` found neither in the template
    nor in other letters, ``from_template`` found in the template's text, and
    ``from_other_letters`` found in other letters but not in the template (the template comes
    first: other letters made from the same template hold its text too). The three add up to
    1 when there are words; ``words`` counts the writer's words."""

    own: float
    from_template: float
    from_other_letters: float
    words: int


def measure(
    own_text: str, template_text: str, other_fingerprints: Iterable[frozenset[int]]
) -> Originality:
    """How much of ``own_text`` is the writer's own (an empty text: no words, own 0).

    ``other_fingerprints`` are :func:`shingles` of other letters (with the default size), as
    the letter log keeps them; the template's text is shingled here."""
    count = len(tokens(own_text))
    mine = shingles(own_text)
    if not mine:
        return Originality(own=0.0, from_template=0.0, from_other_letters=0.0, words=count)
    in_template = mine & shingles(template_text)
    rest = mine - in_template
    in_others: set[int] = set()
    for fingerprint in other_fingerprints:
        if rest:
            in_others.update(rest.intersection(fingerprint))
    total = len(mine)
    new = total - len(in_template) - len(in_others)
    return Originality(
        own=new / total,
        from_template=len(in_template) / total,
        from_other_letters=len(in_others) / total,
        words=count,
    )


def hint(o: Originality) -> tuple[HintCode, int]:
    """A code for the UI to put in (translated) words, and the percentage of own words.

    - ``empty``: no words yet (percentage 0).
    - ``mostly_own``: at least ``MOSTLY_OWN_PERCENT`` % of the shingles are new.
    - ``like_other_letters``: less than that, and more of the rest comes from other letters
      written on this computer than from the template (a letter copied from another).
    - ``mostly_template``: at least ``MOSTLY_TEMPLATE_PERCENT`` % comes from the template.
    - ``partly_template``: anything else (some of the template, some own words).

    It is a nudge to write in one's own words; nothing is refused whatever the code.
    """
    if o.words < MIN_WORDS:  # a few words say nothing about whose they are
        return "empty", 0
    percent = round(o.own * 100)
    if percent >= MOSTLY_OWN_PERCENT:
        return "mostly_own", percent
    if o.from_other_letters > o.from_template:
        return "like_other_letters", percent
    if round(o.from_template * 100) >= MOSTLY_TEMPLATE_PERCENT:
        return "mostly_template", percent
    return "partly_template", percent


def own_words(letter: Letter, template: Template) -> str:
    """What the writer typed in their own words: the template's multi-line fields (the
    personal note and the like) and the P.S., not names, addresses or choices."""
    parts = [
        letter.fields.get(spec.name, "") for spec in template.fields if spec.type == "multiline"
    ]
    parts.append(letter.ps)
    return "\n\n".join(p for p in parts if p.strip())


_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)


def template_text(template: Template, language: str) -> str:
    """The sample letter's own words: in ``language`` first, then in its other languages
    (a sample pasted from another language is still the sample), with Jinja's tags taken
    out (so the words on either side of one still read as one sentence)."""
    from composer.core.errors import TemplateError
    from composer.core.templates import read_template_file

    texts = []
    for lang in dict.fromkeys((language, *template.languages)):
        try:
            texts.append(read_template_file(template.folder, f"letter.{lang}.md.j2"))
        except TemplateError:
            continue
    return "\n\n".join(_TAG.sub("", text) for text in texts)

"""Bundled fonts, loaded on first use, and splitting text into runs each font can print.

ReportLab has no glyph fallback for TrueType fonts: a character missing from the current font
prints as an empty box. So text is split into runs by the first bundled family that has each
character (Latin, Greek and Cyrillic in Noto Serif, Armenian in Noto Serif Armenian), and any
character no family has is reported by name.
"""

from __future__ import annotations

import re
import threading
import unicodedata
import zlib
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFBase85Encode
from reportlab.pdfbase.ttfonts import TTFont

from composer.core.paths import fonts_dir

# Style index: 0 regular, 1 bold, 2 italic, 3 bold italic.
Style = int
REGULAR, BOLD, ITALIC, BOLD_ITALIC = 0, 1, 2, 3


@dataclass(frozen=True)
class Family:
    name: str
    files: tuple[str, str, str, str]  # regular, bold, italic, bold italic


# Fallback order: the first family that has a character prints it.
FAMILIES: tuple[Family, ...] = (
    Family(
        "NotoSerif",
        (
            "NotoSerif-Regular.ttf",
            "NotoSerif-Bold.ttf",
            "NotoSerif-Italic.ttf",
            "NotoSerif-BoldItalic.ttf",
        ),
    ),
    # Noto Serif Armenian has no italic: Armenian emphasis falls back to upright.
    Family(
        "NotoSerifArmenian",
        (
            "NotoSerifArmenian-Regular.ttf",
            "NotoSerifArmenian-Bold.ttf",
            "NotoSerifArmenian-Regular.ttf",
            "NotoSerifArmenian-Bold.ttf",
        ),
    ),
    # Names and addresses in Arabic, Persian or Hebrew script inside a letter: shaped by
    # HarfBuzz, ordered right to left by flow.visual_order. Neither has an italic.
    Family(
        "NotoNaskhArabic",
        (
            "NotoNaskhArabic-Regular.ttf",
            "NotoNaskhArabic-Bold.ttf",
            "NotoNaskhArabic-Regular.ttf",
            "NotoNaskhArabic-Bold.ttf",
        ),
    ),
    Family(
        "NotoSerifHebrew",
        (
            "NotoSerifHebrew-Regular.ttf",
            "NotoSerifHebrew-Bold.ttf",
            "NotoSerifHebrew-Regular.ttf",
            "NotoSerifHebrew-Bold.ttf",
        ),
    ),
)
PRIMARY = FAMILIES[0]


def face_name(family: Family, style: Style) -> str:
    """The ReportLab font name of a family's style (the file name without ``.ttf``)."""
    return family.files[style].removesuffix(".ttf")


class _CachedFlate:
    """zlib compression that remembers its last results (ReportLab's stream filter protocol).

    Every letter of a merge, and every rebuild of the preview, embeds nearly the same font
    subsets: compressing each once instead of once per PDF is most of a per-file merge's
    time. The bytes written are exactly those ReportLab's own filter writes.
    """

    pdfname = "FlateDecode"

    def __init__(self) -> None:
        self._compress = lru_cache(maxsize=64)(zlib.compress)

    def encode(self, text: bytes | str) -> bytes:
        return self._compress(text.encode("utf8") if isinstance(text, str) else text)

    def decode(self, encoded: bytes) -> bytes:
        return zlib.decompress(encoded)


CACHED_FLATE = _CachedFlate()


class CachedFilter:
    """Any of ReportLab's stream filters, remembering its last results (as above)."""

    def __init__(self, base: Any) -> None:
        self.pdfname = base.pdfname
        self.encode = lru_cache(maxsize=16)(base.encode)
        self.decode = base.decode


CACHED_A85 = CachedFilter(PDFBase85Encode)


# ReportLab encodes every number and name it writes with a codec written in Python
# (PDFDocEncoding), some five hundred times per letter. For printable ASCII that codec gives
# the ASCII bytes (control characters 0x18-0x1F are the only ASCII it maps otherwise), so
# those strings take Python's built-in encoder: the same bytes, a millisecond less a letter.
_NOT_PLAIN = re.compile("[\x18-\x1f]")
_pdfdoc_encode = pdfdoc.pdfdocEnc


def fast_pdfdoc_encode(x: Any) -> Any:
    if type(x) is str and x.isascii() and not _NOT_PLAIN.search(x):
        return x.encode("ascii")
    return _pdfdoc_encode(x)


pdfdoc.pdfdocEnc = fast_pdfdoc_encode


class FormattedArray(pdfdoc.PDFObject):  # type: ignore[misc]
    """A PDF array whose bytes were written once (ReportLab's own formatting of them)."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def format(self, document: Any) -> bytes:
        return self.data


@lru_cache(maxsize=64)
def formatted_widths(widths: tuple[float, ...]) -> FormattedArray:
    """A subset's glyph widths as ReportLab writes them. Formatting their numbers one by one
    (up to 256 a subset) was a tenth of each letter's build, and the subsets, so their
    widths, are nearly the same from one rebuild of the preview to the next. Numbers are
    written without reference to the document, so the bytes are the same in any PDF."""
    return FormattedArray(pdfdoc.PDFArray(list(widths)).format(None))


def _remember_subsets(font: TTFont) -> None:
    """Make one font reuse the subsets (and their compressed bytes and widths) it made
    before."""
    add_objects = font.addObjects

    def cached_add_objects(doc: Any) -> None:
        fonts = doc.idToObject["BasicFonts"].dict
        before = set(fonts)
        add_objects(doc)
        for name in fonts.keys() - before:
            widths = getattr(fonts[name], "Widths", None)
            if isinstance(widths, pdfdoc.PDFArray):
                fonts[name].Widths = formatted_widths(tuple(widths.sequence))

    font.addObjects = cached_add_objects
    face = font.face
    make_subset = face.makeSubset
    add_subset_objects = face.addSubsetObjects
    subsets: dict[tuple[int, ...], bytes] = {}

    def cached_make_subset(subset: list[int]) -> bytes:
        key = tuple(subset)
        if key not in subsets:
            if len(subsets) >= 64:
                subsets.clear()
            subsets[key] = make_subset(subset)
        return subsets[key]

    def cached_add_subset_objects(doc: Any, fontname: str, subset: list[int]) -> Any:
        reference = add_subset_objects(doc, fontname, subset)
        # The subset's font file and its ToUnicode map: the same bytes from letter to letter.
        for key in (f"fontFile:{face.filename}({fontname})", f"toUnicodeCMap:{fontname}"):
            stream = doc.idToObject.get(key)
            if stream is not None and stream.filters:
                stream.filters = [CACHED_FLATE]
        return reference

    face.makeSubset = cached_make_subset
    face.addSubsetObjects = cached_add_subset_objects


_faces: dict[str, TTFont] = {}
_faces_lock = threading.Lock()


def load_face(name: str) -> TTFont:
    """Parse and register one bundled font file (``NotoSerif-Bold``), once per process, even
    when the app's engine loading and a first build ask for it at the same time."""
    font = _faces.get(name)
    if font is None:
        with _faces_lock:
            font = _faces.get(name)
            if font is None:
                font = TTFont(name, str(fonts_dir() / f"{name}.ttf"))
                _remember_subsets(font)
                pdfmetrics.registerFont(font)
                _faces[name] = font
    return font


@cache
def _coverage(family: Family) -> frozenset[int]:
    return frozenset(load_face(face_name(family, REGULAR)).face.charToGlyph)


def _ignorable(ch: str) -> bool:
    """Invisible formatting characters (joiners, direction marks, variation selectors)."""
    return unicodedata.category(ch) == "Cf" or "\ufe00" <= ch <= "\ufe0f"


@dataclass
class Runs:
    """Text split into (font name, text) runs, and the characters no bundled font has."""

    runs: list[tuple[str, str]]
    missing: set[str]


def split_runs(text: str, style: Style = REGULAR) -> Runs:
    """Split ``text`` into runs of the first family that has each character.

    Spaces and characters every family shares stay with the run they are in, so a line of
    Armenian is one run, not one per word. Invisible formatting characters no font has are
    dropped; visible ones no font has go to the primary font (an empty box) and are reported.
    """
    primary = _coverage(PRIMARY)
    if primary.issuperset(map(ord, text)):
        return Runs([(face_name(PRIMARY, style), text)], set()) if text else Runs([], set())
    runs: list[tuple[str, str]] = []
    missing: set[str] = set()
    current: Family | None = None
    buf: list[str] = []

    def flush() -> None:
        if buf:
            runs.append((face_name(current or PRIMARY, style), "".join(buf)))
            buf.clear()

    for ch in text:
        code = ord(ch)
        if current is not None and (ch == " " or code in _coverage(current)):
            buf.append(ch)
            continue
        family: Family | None = PRIMARY if code in primary else None
        if family is None:
            family = next((f for f in FAMILIES[1:] if code in _coverage(f)), None)
        if family is None:
            if _ignorable(ch):
                continue
            missing.add(ch)
            family = current or PRIMARY
        if family is not current:
            flush()
            current = family
        buf.append(ch)
    flush()
    return Runs(runs, missing)


def text_width(text: str, font: str, size: float) -> float:
    return float(load_face(font).stringWidth(text, size))


# Kerning only: ligatures ("fi") would become glyphs ReportLab maps to private-use
# characters, and the PDF's text could no longer be searched or read aloud.
_KERNING = {"kern": True, "liga": False, "clig": False, "dlig": False}


def shaped(text: str, font: str, size: float) -> tuple[str, float, tuple[tuple[int, float], ...]]:
    """``text`` in ``font`` with the font's own kerning (GPOS, through HarfBuzz, as
    ReportLab shapes text): (text, width, kerning after each character in 1/1000 em).

    Kerning alone keeps one glyph per character, so the text stays plain text with
    adjustments (fast to draw, searchable). Text that shaping changes more (joined Arabic,
    marks placed on letters) comes back as ReportLab's ShapedStr, which it draws glyph by
    glyph. Without HarfBuzz: plain text and plain width.
    """
    face = load_face(font)
    plain = float(face.stringWidth(text, size))
    if not face.shapable or not text.strip():
        return text, plain, ()
    from reportlab.lib.abag import ABag
    from reportlab.pdfbase.ttfonts import shapeFragWord

    word = shapeFragWord([plain, (ABag(fontName=font, fontSize=size), text)], features=_KERNING)
    if len(word) != 2:  # unchanged, or split in a way a word of one font never is
        return text, plain, ()
    glyphs = word[1][1]
    data = getattr(glyphs, "__shapeData__", None)
    if data is None:  # only the characters changed (no positions): print them as they are
        return (text, plain, ()) if str(glyphs) == text else (glyphs, float(word[0]), ())
    simple = (
        str(glyphs) == text
        and len(data) == len(text)
        and all(d.cluster == i and not d.x_offset and not d.y_offset for i, d in enumerate(data))
    )
    if not simple:
        return glyphs, float(word[0]), ()
    kerns = tuple(
        (i, round(d.width - d.x_advance, 3))
        for i, d in enumerate(data)
        if abs(d.width - d.x_advance) > 0.001
    )
    return text, float(word[0]), kerns

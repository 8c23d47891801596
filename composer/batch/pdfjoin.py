"""Joining the PDFs a merge writes in parts into one file, one part in memory at a time.

ReportLab keeps every page of a document in memory until it writes the file, so ten
thousand letters on one canvas would need hundreds of megabytes. A large merge is written
in parts instead (on both cores), and this joins them: each part's objects are copied with
new numbers, its page tree is replaced by one for the whole file. It reads only what
ReportLab writes (a classic cross-reference table), not arbitrary PDFs; pypdf and qpdf
would do more, but hold the whole document in memory or are not Python.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_TRAILER_REF = re.compile(rb"/(Root|Info) (\d+) 0 R")
_REF = re.compile(rb"(\d+) 0 R\b")
_KIDS = re.compile(rb"/Kids \[([^\]]*)\]")
_PAGES = re.compile(rb"/Pages (\d+) 0 R")
_LANG = re.compile(rb"/Lang \(([^)]*)\)")


class JoinError(ValueError):
    """A part is not a PDF this joiner understands."""


def _objects(data: bytes) -> tuple[dict[int, bytes], int, int]:
    """Every object's text by number, and the numbers of the catalog and the info."""
    tail = _STARTXREF.search(data[-1024:])
    if tail is None:
        raise JoinError("no startxref")
    xref = int(tail.group(1))
    header = data[xref : xref + 64].split(b"\n")
    if header[0].strip() != b"xref":
        raise JoinError("not a classic cross-reference table")
    first, count = (int(x) for x in header[1].split())
    table = data.index(b"\n", data.index(b"\n", xref) + 1) + 1
    offsets = {}
    for i in range(count):
        entry = data[table + 20 * i : table + 20 * i + 20]
        if entry[17:18] == b"n":
            offsets[first + i] = int(entry[:10])
    trailer = data[data.index(b"trailer", table) :]
    refs = {name: int(num) for name, num in _TRAILER_REF.findall(trailer)}
    ordered = sorted(offsets.items(), key=lambda item: item[1])
    objects = {}
    for (number, start), nxt in zip(ordered, [*ordered[1:], (0, xref)], strict=True):
        text = data[start : nxt[1]]
        end = text.rindex(b"endobj")
        objects[number] = text[:end]
    return objects, refs[b"Root"], refs[b"Info"]


def _body(text: bytes) -> bytes:
    return text[text.index(b" obj") + 4 :]


def join_pdfs(parts: Sequence[Path], out: BinaryIO) -> int:
    """Write the pages of ``parts``, in order, as one PDF to ``out``; returns the page count.

    Objects 1, 2 and 3 of the result are its catalog, page tree and information.
    """
    position = 0
    offsets: dict[int, int] = {}
    kids: list[int] = []
    next_number = 4
    info = b"<< >>"
    catalog_extra = b""

    def write(data: bytes) -> None:
        nonlocal position
        out.write(data)
        position += len(data)

    write(b"%PDF-1.4\n%\x93\x8c\x8b\x9e\n")
    for index, part in enumerate(parts):
        objects, root, info_number = _objects(part.read_bytes())
        catalog = _body(objects[root])
        pages_match = _PAGES.search(catalog)
        if pages_match is None:
            raise JoinError(f"{part}: no page tree")
        tree = int(pages_match.group(1))
        kids_match = _KIDS.search(_body(objects[tree]))
        if kids_match is None:
            raise JoinError(f"{part}: page tree without kids")
        if index == 0:
            info = _body(objects[info_number]).strip()
            lang = _LANG.search(catalog)
            catalog_extra = b" /Lang (" + lang.group(1) + b")" if lang else b""
        numbers: dict[int, int] = {}
        for number in sorted(objects):
            if number not in (root, tree, info_number):
                numbers[number] = next_number
                next_number += 1
        numbers[tree] = 2

        def renumber(match: re.Match[bytes], numbers: dict[int, int] = numbers) -> bytes:
            return b"%d 0 R" % numbers[int(match.group(1))]

        for number in sorted(objects):
            if number in (root, tree, info_number):
                continue
            body = _body(objects[number])
            split = body.find(b"stream\n")
            head, stream = (body, b"") if split < 0 else (body[:split], body[split:])
            offsets[numbers[number]] = position
            write(b"%d 0 obj" % numbers[number] + _REF.sub(renumber, head) + stream + b"endobj\n")
        kids += [numbers[int(n)] for n in _REF.findall(kids_match.group(1))]
    for number, body in (
        (1, b"<< /Type /Catalog /Pages 2 0 R /PageMode /UseNone" + catalog_extra + b" >>"),
        (
            2,
            b"<< /Type /Pages /Count %d /Kids [ %s ] >>"
            % (len(kids), b" ".join(b"%d 0 R" % k for k in kids)),
        ),
        (3, info),
    ):
        offsets[number] = position
        write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = position
    write(b"xref\n0 %d\n0000000000 65535 f \n" % next_number)
    for number in range(1, next_number):
        write(b"%010d 00000 n \n" % offsets[number])
    write(
        b"trailer\n<< /Root 1 0 R /Info 3 0 R /Size %d >>\nstartxref\n%d\n%%%%EOF\n"
        % (next_number, xref)
    )
    return len(kids)


_PAGE = re.compile(rb"/Type\s*/Page\b(?!s)")
_CONTENTS = re.compile(rb"/Contents\s+(\d+ 0 R|\[[^\]]*\])")


def shift_pages(data: bytes, right: float, down: float) -> bytes:
    """Every page of ``data`` (a PDF ReportLab wrote) moved ``right`` and ``down`` points, as
    an incremental update: the original bytes are kept and each page gets a transformation
    around its contents (how a printer's measured offset reaches a job sent as a PDF)."""
    if not right and not down:
        return data
    objects, root, info = _objects(data)
    tail = _STARTXREF.search(data[-1024:])
    assert tail is not None  # _objects checked it
    previous = int(tail.group(1))
    size = max(objects) + 1
    before = size
    after = size + 1
    # Each stream ends in white space: some tools join a page's streams without any.
    move = b"q 1 0 0 1 %.3f %.3f cm\n" % (right, -down)
    updates: dict[int, bytes] = {
        before: b"<< /Length %d >>\nstream\n%s\nendstream" % (len(move), move),
        after: b"<< /Length 3 >>\nstream\n\nQ\n\nendstream",
    }
    for number, text in objects.items():
        body = _body(text)
        head = body.split(b"stream\n", 1)[0]
        if not _PAGE.search(head):
            continue
        found = _CONTENTS.search(body)
        if found is None:
            continue
        inner = found.group(1).strip(b"[]").strip()
        contents = b"/Contents [ %d 0 R %s %d 0 R ]" % (before, inner, after)
        updates[number] = body[: found.start()] + contents + body[found.end() :]
    if len(updates) == 2:
        raise JoinError("no pages to move")
    out = bytearray(data if data.endswith(b"\n") else data + b"\n")
    offsets: dict[int, int] = {}
    for number in sorted(updates):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + updates[number].strip() + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n"
    for number in sorted(offsets):
        out += b"%d 1\n%010d 00000 n \n" % (number, offsets[number])
    out += (
        b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n"
        % (after + 1, root, info, previous, xref)
    )
    return bytes(out)

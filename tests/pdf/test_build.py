"""The PDF read back by an independent reader: values, fonts, metadata, determinism."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from composer.core.errors import DataError, LetterError
from composer.core.model import letter_from_dict
from composer.pdf.build import build_pdf
from tests.conftest import letter_data, pdf_pages, pdf_text, squash


def build(**changes: object) -> bytes:
    return build_pdf(letter_from_dict(letter_data(**changes))).pdf


def test_every_value_appears_exactly() -> None:
    data = letter_data(
        sender={"street2": "Apt. 3", "phone": "+1 514 555 0199"},
        recipient={"street": "Wellington Street"},
        fields={"personal_note": "{{ 7*7 }} *stars* # hash <b> &amp; back\\slash"},
        cc=["Amnesty International Canada"],
        enclosures=["Copy of my letter of 3 May"],
        ps="I will call your office next week.",
    )
    text = squash(pdf_text(build_pdf(letter_from_dict(data)).pdf))
    values = [
        *data["sender"].values(),
        *(
            v
            for k, v in data["recipient"].items()
            # Codes, not text: the title and office are printed in words, the position
            # "Member of Parliament" as the office's "M.P.".
            if k not in ("kind", "country", "title", "office", "own_representative", "position")
        ),
        "Ms. Jane Doe, M.P.",
        data["fields"]["personal_note"],
        "Amnesty International Canada",
        "Copy of my letter of 3 May",
        "I will call your office next week.",
        "November 28, 2026",
    ]
    # The recipient's locality line is in capitals, as Canada Post reads it; everything
    # else as typed.
    locality = {data["recipient"][k] for k in ("city", "region", "postal_code")}
    for value in values:
        if value == "CA":
            continue
        assert squash(value.upper() if value in locality else value) in text, value


@pytest.mark.parametrize("language", ["en", "fr", "hy"])
def test_the_body_is_never_shrunk_to_fit(language: str) -> None:
    # One size for every language and layout: a longer letter takes a second page.
    note = "My cousin's son was 19 when he was taken prisoner in 2020. " * 3
    sizes = set()
    for envelope, paper in (("us10", "letter"), ("din5008b", "a4"), ("din5008a", "a4")):
        for personal_note in ("", note * 4):
            data = letter_data(
                language=language,
                envelope=envelope,
                paper=paper,
                fields={"personal_note": personal_note},
            )
            result = build_pdf(letter_from_dict(data))
            content = PdfReader(io.BytesIO(result.pdf)).pages[0].get_contents()
            assert content is not None
            sizes |= set(re.findall(r"/F\d\+\d+ ([\d.]+) Tf", content.get_data().decode()))
    # Body 11 pt; the window address 10 pt; the sender's block 10 pt; DIN's return line 7.
    assert sizes <= {"11", "10", "7"}, sizes


def test_the_english_campaign_letter_fits_one_page_without_a_note() -> None:
    for envelope, paper in (("us10", "letter"), ("din5008b", "a4"), ("din5008a", "a4")):
        data = letter_data(envelope=envelope, paper=paper, fields={"personal_note": ""})
        assert build_pdf(letter_from_dict(data)).pages == 1, envelope


def test_same_input_gives_identical_bytes() -> None:
    assert build() == build()
    assert build() != build(fields={"personal_note": "Another note."})


def test_metadata() -> None:
    info = PdfReader(io.BytesIO(build())).metadata
    assert info is not None
    assert info.title == (
        "Release and repatriation of Armenian prisoners of war and civilians held in Azerbaijan"
    )
    assert info.author == "Anna Grigorian"
    assert info.subject
    assert info.get("/Creator") == "Letter Composer"


def fonts_of(pdf: bytes) -> dict[str, bool]:
    """Font name -> embedded?, for every font on every page."""
    found: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page["/Resources"].get_object()
        for ref in resources["/Font"].get_object().values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            found[str(font["/BaseFont"])] = embedded
    return found


def test_fonts_are_embedded_subsets_and_only_the_needed_ones() -> None:
    fonts = fonts_of(build(language="hy"))
    assert fonts and all(fonts.values())
    assert all("+" in name for name in fonts)  # subset prefix
    assert any("NotoSerifArmenian" in name for name in fonts)
    assert not any("Helvetica" in name for name in fonts)
    english = fonts_of(build())
    assert not any("Armenian" in name for name in english)


MIXED = "Hello, Élodie François — Ձեզ եմ գրում Երևանից — Ελλάδα — Россия — ŒUVRE naïve"


def test_mixed_scripts_print_every_glyph() -> None:
    result = build_pdf(letter_from_dict(letter_data(fields={"personal_note": MIXED})))
    assert squash(MIXED) in squash(pdf_text(result.pdf))
    assert not [w for w in result.warnings if "bundled font" in w]


def test_missing_glyph_is_reported_by_name() -> None:
    result = build_pdf(letter_from_dict(letter_data(fields={"personal_note": "Thanks 🙏 中"})))
    warnings = [w for w in result.warnings if "bundled font" in w]
    assert any("U+1F64F" in w and "FOLDED HANDS" in w for w in warnings)
    assert any("U+4E2D" in w for w in warnings)


def test_invisible_format_characters_are_not_reported() -> None:
    result = build_pdf(letter_from_dict(letter_data(fields={"personal_note": "a\u200eb\ufe0fc"})))
    assert not [w for w in result.warnings if "bundled font" in w]


def test_required_values_missing_is_one_clear_error() -> None:
    with pytest.raises(DataError) as error:
        build_pdf(letter_from_dict(letter_data(sender={"name": ""})))
    assert str(error.value) == "sender.name: your name is required"
    general = letter_data(template="general", fields={})
    with pytest.raises(DataError, match=r"fields\.subject: .* is required"):
        build_pdf(letter_from_dict(general))


def test_field_longer_than_its_limit_is_refused() -> None:
    with pytest.raises(LetterError, match="the limit is 1200"):
        build(fields={"personal_note": "x" * 1201})


def test_unknown_template_is_an_error() -> None:
    with pytest.raises(LetterError, match="no template with id 'nope'"):
        build(template="nope")


def test_address_blocks_skip_empty_parts_and_add_country_abroad() -> None:
    text = pdf_text(
        build(
            recipient={
                "position": "",
                "organisation": "",
                "country": "CH",
                "city": "Genève",
                "region": "",
                "postal_code": "1202",
                "street": "19 avenue de la Paix",
            }
        )
    )
    lines = text.splitlines()
    i = lines.index("Ms. Jane Doe")
    assert lines[i + 1 : i + 4] == ["19 avenue de la Paix", "CH-1202 Genève", "SWITZERLAND"]
    domestic = pdf_text(build()).splitlines()
    assert "CANADA" not in domestic


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")
@pytest.mark.parametrize("language", ["en", "fr", "hy"])
def test_qpdf_finds_no_errors(tmp_path: Path, language: str) -> None:
    path = tmp_path / "letter.pdf"
    path.write_bytes(build(language=language, fold_marks=True, cc=["x"]))
    out = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "No syntax or stream encoding errors" in out.stdout


def test_text_comes_out_in_reading_order() -> None:
    text = "\n".join(pdf_pages(build()))
    order = [
        "Anna Grigorian",
        "Ms. Jane Doe",
        "Release and repatriation",
        "Dear Ms. Doe,",
        "As one of your constituents",
        "I therefore have one request",
        "Yours sincerely,",
    ]
    positions = [text.index(s) for s in order]
    assert positions == sorted(positions)
    assert text.rstrip().endswith("Anna Grigorian")


def test_the_fast_pdfdoc_encoder_gives_reportlab_s_bytes() -> None:
    from composer.pdf.fonts import _pdfdoc_encode, fast_pdfdoc_encode

    samples = [chr(i) for i in range(128) if not 0x18 <= i <= 0x1F]
    samples += ["12.5 0 Td", "/F1+0 11 Tf", "Ms. Jane Doe", "", "é", "—", "Ձ", "\x18", "a\x1fb"]
    for text in samples:
        try:
            expected = _pdfdoc_encode(text)
        except UnicodeEncodeError:
            with pytest.raises(UnicodeEncodeError):
                fast_pdfdoc_encode(text)
            continue
        assert fast_pdfdoc_encode(text) == expected, repr(text)
    assert fast_pdfdoc_encode(b"bytes") == b"bytes"


def test_remembered_glyph_widths_are_the_bytes_reportlab_writes(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from reportlab.pdfbase import pdfdoc

    from composer.pdf import fonts

    changes = {"language": "hy", "fields": {"personal_note": "Ձեր ընտրողը, 12.5% — «Բարև»"}}
    remembered = build(**changes)
    assert fonts.formatted_widths.cache_info().currsize > 0
    monkeypatch.setattr(fonts, "formatted_widths", lambda widths: pdfdoc.PDFArray(list(widths)))
    assert build(**changes) == remembered
    # Every subset's widths: one per character code, as its font file gives them.
    reader = PdfReader(io.BytesIO(remembered))
    checked = 0
    for font in reader.pages[0]["/Resources"]["/Font"].values():
        font = font.get_object()
        widths = font["/Widths"]
        assert len(widths) == font["/LastChar"] - font["/FirstChar"] + 1 > 1
        assert all(0 <= float(w) < 2000 for w in widths)
        checked += 1
    assert checked >= 2


def _tj_character_by_character(canvas, pieces, x: float, y: float, size: float) -> str:  # type: ignore[no-untyped-def]
    """The text operators of a line as first written: each character's kerning looked up."""
    from reportlab.lib.rl_accel import fp_str

    splits = canvas._doc.__dict__["_letter_composer_splits"]
    code = [f"BT 1 0 0 1 {fp_str(x)} {fp_str(y)} Tm"]
    current = ""
    for piece in pieces:
        kerns = dict(piece.kerns)
        index = 0
        for name, chunk in splits[(piece.font, piece.text)]:
            if name != current:
                code.append(f"{name} {fp_str(size)} Tf")
                current = name
            parts, start = [], 0
            for i in range(len(chunk)):
                if kerns.get(index + i):
                    parts.append(
                        f"({canvas._escape(chunk[start : i + 1])}) {fp_str(kerns[index + i])}"
                    )
                    start = i + 1
            if start < len(chunk):
                parts.append(f"({canvas._escape(chunk[start:])})")
            code.append(f"[{' '.join(parts)}] TJ" if len(parts) > 1 or kerns else f"{parts[0]} Tj")
            index += len(chunk)
    code.append("ET")
    return " ".join(code)


def test_kerned_lines_are_written_as_character_by_character(tmp_path: Path) -> None:
    import random

    from composer.pdf.build import _draw_pieces, new_canvas
    from composer.pdf.flow import Piece

    canvas = new_canvas(str(tmp_path / "k.pdf"), "letter", "en", "t", "a", "s")
    canvas.__dict__["_letter_composer_text"] = []
    # Over 256 characters: one font's text falls into two subsets, so pieces split in chunks.
    alphabet = [chr(c) for c in (*range(0x21, 0x7F), *range(0xC0, 0x17F), *range(0x391, 0x3CA))]
    alphabet = [c for c in alphabet if c not in "\\()"] + ["\\", "(", ")"]
    chance = random.Random(7)
    for line in range(300):
        pieces = []
        for _ in range(chance.randint(1, 3)):
            text = "".join(chance.choice(alphabet) for _ in range(chance.randint(1, 40)))
            kerns = tuple(
                (chance.randrange(len(text) + 2), chance.choice([0, -12.5, 30, -7]))
                for _ in range(chance.randint(0, 8))
            )
            pieces.append(Piece("NotoSerif-Regular", text, 10.0, kerns))
        _draw_pieces(canvas, pieces, 72.0 + line % 7, 700.0 - line, 11.0)
        assert canvas._code[-1] == _tj_character_by_character(
            canvas, pieces, 72.0 + line % 7, 700.0 - line, 11.0
        )
    splits = canvas._doc.__dict__["_letter_composer_splits"]
    assert any(len(chunks) > 1 for chunks in splits.values())  # chunks were crossed

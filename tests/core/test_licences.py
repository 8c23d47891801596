"""Every component the app carries is listed with its licence text."""

from __future__ import annotations

from composer.core.licences import components


def test_every_shipped_package_comes_with_its_licence_text() -> None:
    found = {c.name.lower(): c for c in components()}
    for name in ("reportlab", "jinja2", "babel", "pyside6_essentials", "shiboken6", "chunspell"):
        assert name in found, name
        assert found[name].texts and all(text.strip() for _n, text in found[name].texts), name
        assert found[name].licence, name
    qt = found["pyside6_essentials"]
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in qt.texts[0][1]
    assert "GNU GENERAL PUBLIC LICENSE" in found["letter-composer"].texts[0][1]


def test_fonts_dictionaries_python_and_qt_s_replacement_notes_are_there() -> None:
    found = {c.name: c for c in components()}
    assert found["Noto fonts"].licence == "OFL-1.1"
    assert "SIL OPEN FONT LICENSE" in found["Noto fonts"].texts[0][1].upper()
    assert found["Spelling dictionary hy"].licence == "GPL-2.0-or-later"
    assert "PSF" in found["Python"].texts[0][1] or "Python" in found["Python"].texts[0][1]
    replacing = found["Qt and PySide6: how to replace them"].texts[0][1]
    assert "replace" in replacing and "code.qt.io" in replacing

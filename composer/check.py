"""Checking a template folder before it is shared: does every language build a letter?

Used by ``letter-composer check``. Each language is rendered and typeset for every recipient
kind the template addresses, once with every field filled in and once with only the required
ones, so a mistake in a rarely used branch shows up before a volunteer meets it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from composer.core.errors import LetterError
from composer.core.model import RECIPIENT_KINDS, Letter, Recipient, Sender
from composer.core.templates import (
    Field,
    Template,
    folder_problems,
    load_template,
    read_template_file,
)

_KIND_TEST = re.compile(r"recipient\.kind\s*==\s*[\"']([a-z_]+)[\"']")
_SAMPLE_TEXT = {
    "text": "Sample text",
    "multiline": "A first sample line.\nA second sample line.",
    "email": "name@example.org",
    "phone": "+1 613 555 0100",
}


@dataclass
class Report:
    template_id: str = ""
    languages: tuple[str, ...] = ()
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _sample(spec: Field) -> str:
    if spec.type == "date":
        return dt.date(2026, 3, 14).isoformat()
    if spec.type == "choice":
        return spec.choices[0]
    text = spec.default or _SAMPLE_TEXT.get(spec.type, "Sample")
    return text[: spec.max_length] if spec.max_length else text


def sample_letter(template: Template, language: str, kind: str, *, all_fields: bool) -> Letter:
    """A complete letter for trying a template out."""
    values = {f.name: _sample(f) for f in template.fields if all_fields or f.required}
    return Letter(
        template=template.id,
        language=language,
        date=dt.date(2026, 3, 14),
        sender=Sender(
            name="Sample Sender",
            street="1 Sample Street",
            city="Ottawa",
            region="ON",
            postal_code="K1A 0B1",
            country="CA",
        ),
        recipient=Recipient(
            kind=kind,
            title="ms",
            office="mp" if kind == "representative" else "",
            own_representative=kind == "representative" and all_fields,
            name="Sample Recipient",
            organisation="Sample Organisation",
            city="Ottawa",
            region="ON",
            postal_code="K1A 0A6",
            country="CA",
        ),
        fields=values,
    )


def check_template(folder: Path) -> Report:
    from composer.pdf.build import build_pdf

    report = Report()
    # A template is a folder of plain files: name every link, pipe or device in it.
    unusable = folder_problems(folder) if folder.is_dir() else []
    if unusable:
        report.errors.extend(f"{folder / p}" for p in unusable)
        return report
    try:
        template = load_template(folder)
    except LetterError as error:
        report.errors.append(str(error))
        return report
    report.template_id = template.id
    report.languages = template.languages
    sources = " ".join(
        [read_template_file(folder, template.body_path(lang).name) for lang in template.languages]
        + list(template.subject.values())
        + list(template.closing.values())
        + list(template.salutation.values())
    )
    for spec in template.fields:
        if not re.search(rf"\bfields\.{spec.name}\b|fields\[['\"]{spec.name}['\"]\]", sources):
            report.warnings.append(f"field {spec.name!r} is never printed by the template")
        for lang in template.languages:
            if lang not in spec.label:
                report.warnings.append(f"field {spec.name!r} has no {lang!r} label")
    unknown = [k for k in template.recipient_kinds if k not in RECIPIENT_KINDS]
    for kind in unknown:
        report.warnings.append(
            f"recipient kind {kind!r} is not one of {', '.join(RECIPIENT_KINDS)} "
            "(an organisation is now human_rights, humanitarian or other)"
        )
    for kind in sorted(set(_KIND_TEST.findall(sources)) - set(RECIPIENT_KINDS)):
        report.warnings.append(
            f"the template tests recipient.kind == {kind!r}, which no recipient has any more"
        )
    kinds = [k for k in template.recipient_kinds if k in RECIPIENT_KINDS] or ["other"]
    for lang in template.languages:
        if lang not in template.title:
            report.warnings.append(f"no {lang!r} title")
        cases = [(kind, full) for kind in kinds for full in (True, False)]
        for kind, all_fields in cases:
            letter = sample_letter(template, lang, kind, all_fields=all_fields)
            try:
                result = build_pdf(letter, template)
            except LetterError as error:
                report.errors.append(f"{lang}, {kind}: {error}")
                break  # one error per language is enough to act on
            for warning in result.warnings:
                message = f"{lang}: {warning}"
                if message not in report.warnings:
                    report.warnings.append(message)
    return report

"""Checking a letter against its template before it is typeset.

Errors stop a letter from being built (the command line exits with 2, the app shows the
message over the last good preview); warnings are shown but do not stop it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from composer.core.address import country_rules
from composer.core.model import Letter
from composer.core.templates import Template

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+()./\- ]{3,32}(\s*(x|ext\.?)\s*\d{1,6})?$", re.IGNORECASE)


@dataclass(frozen=True)
class Problem:
    key: str  # data contract key: "sender.name", "fields.personal_note", …
    message: str
    severity: str = "error"  # error | warning
    code: str = ""  # what kind of problem, for programs: "required", "postal-code", …
    # The message's variable parts by name ("label", "limit", "country"…), so the app can
    # say it in its own language (composer/ui/wording.py); ``message`` is the English.
    values: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:
        return f"{self.key}: {self.message}"


def _check_value(key: str, kind: str, value: str) -> Problem | None:
    if not value:
        return None
    if kind == "date":
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return Problem(
                key,
                "is not a date like 2026-03-14",
                code="not-a-date",
                values=(("example", "2026-03-14"),),
            )
    elif kind == "email" and not _EMAIL.match(value.strip()):
        return Problem(key, "is not an e-mail address like name@example.org", code="not-email")
    elif kind == "phone" and not _PHONE.match(value.strip()):
        return Problem(key, "is not a telephone number", code="not-phone")
    return None


def postal_code_problem(key: str, country: str, postal_code: str) -> Problem | None:
    """A warning when a postal code does not match the country's pattern."""
    rules = country_rules(country)
    if rules is None or not postal_code.strip():
        return None
    code = postal_code.strip().upper()
    if rules.postal_code_matchers and not all(m.match(code) for m in rules.postal_code_matchers):
        example = rules.postal_code_examples[0] if rules.postal_code_examples else ""
        hint = f" (e.g. {example})" if example else ""
        return Problem(
            key,
            f"does not look like a postal code for {country}{hint}",
            "warning",
            "postal-code",
            (("country", country), ("example", example)),
        )
    return None


def problems(letter: Letter, template: Template) -> list[Problem]:
    """Everything wrong with ``letter`` for ``template``, errors first."""
    found: list[Problem] = []
    if letter.language not in template.languages:
        found.append(
            Problem(
                "language",
                f"{letter.language!r} is not one of {', '.join(template.languages)}",
                code="language",
                values=(("value", letter.language), ("choices", ", ".join(template.languages))),
            )
        )
    if not letter.sender.name.strip():
        found.append(Problem("sender.name", "your name is required", code="required"))
    r = letter.recipient
    if not (r.name.strip() or r.organisation.strip()):
        found.append(
            Problem(
                "recipient.name", "a recipient name or organisation is required", code="required"
            )
        )
    for spec in template.fields:
        key = f"fields.{spec.name}"
        value = letter.fields.get(spec.name, "") or spec.default
        label = spec.label_for(letter.language)
        if spec.required and not value.strip():
            found.append(
                Problem(key, f"{label} is required", code="required", values=(("label", label),))
            )
            continue
        if spec.max_length is not None and len(value) > spec.max_length:
            found.append(
                Problem(
                    key,
                    f"{label} is {len(value)} characters; the limit is {spec.max_length}",
                    code="too-long",
                    values=(
                        ("label", label),
                        ("length", str(len(value))),
                        ("limit", str(spec.max_length)),
                    ),
                )
            )
        if spec.type == "choice" and value and value not in spec.choices:
            found.append(
                Problem(
                    key,
                    f"{value!r} is not one of {', '.join(spec.choices)}",
                    code="choice",
                    values=(("value", value), ("choices", ", ".join(spec.choices))),
                )
            )
        problem = _check_value(key, spec.type, value)
        if problem:
            found.append(problem)
    for key, value, kind in (
        ("sender.email", letter.sender.email, "email"),
        ("sender.phone", letter.sender.phone, "phone"),
    ):
        problem = _check_value(key, kind, value)
        if problem:
            found.append(
                Problem(problem.key, problem.message, "warning", problem.code, problem.values)
            )
    for key, person in (("sender", letter.sender), ("recipient", letter.recipient)):
        country = person.country or letter.sender.country
        problem = postal_code_problem(f"{key}.postal_code", country, person.postal_code)
        if problem:
            found.append(problem)
    return sorted(found, key=lambda p: p.severity != "error")


def errors(found: list[Problem]) -> list[Problem]:
    return [p for p in found if p.severity == "error"]

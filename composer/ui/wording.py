"""What is wrong with a letter, said in the app's language.

``core.validation`` describes each problem by a code and its variable parts, plus an English
sentence for the command line and the log. Here each code has its sentence in the app's
language, translated with Qt's tools like every other text; a code this version does not
know is shown in the core's English rather than not at all.
"""

from __future__ import annotations

import re

from composer.core.countries import country_name
from composer.core.templates import Template
from composer.core.validation import Problem
from composer.ui.language import current_language
from composer.ui.qt import QtCore

translate = QtCore.QCoreApplication.translate  # found by Qt's lupdate as "Problems" texts


def fill(text: str, *parts: str) -> str:
    """``text`` with %1, %2… replaced by ``parts`` in one pass, as Qt's ``QString.arg``
    does (chained ``str.replace`` would also replace a "%2" inside the first part)."""
    return re.sub(
        r"%(\d)",
        lambda m: parts[int(m[1]) - 1] if 0 < int(m[1]) <= len(parts) else m[0],
        text,
    )


def problem_text(problem: Problem, label: str = "") -> str:
    """The problem as shown under its input; ``label`` is the input's own label (in the
    app's language), used where the sentence names the input."""
    values = dict(problem.values)
    named = label or values.get("label", "")
    code = problem.code
    if code == "required":
        if problem.key == "sender.name":
            return translate("Problems", "your name is required")
        if problem.key == "recipient.name":
            return translate("Problems", "a recipient name or organisation is required")
        return fill(translate("Problems", "%1 is required"), named)
    if code == "too-long":
        return fill(
            translate("Problems", "%1 is %2 characters; the limit is %3"),
            named,
            values.get("length", "?"),
            values.get("limit", "?"),
        )
    if code in ("choice", "language"):
        return fill(
            translate("Problems", "“%1” is not one of %2"),
            values.get("value", ""),
            values.get("choices", ""),
        )
    if code == "not-a-date":
        return fill(
            translate("Problems", "is not a date like %1"), values.get("example", "2026-03-14")
        )
    if code == "not-email":
        return translate("Problems", "is not an e-mail address like name@example.org")
    if code == "not-phone":
        return translate("Problems", "is not a telephone number")
    if code == "postal-code":
        country = values.get("country", "")
        name = country_name(country, current_language()) if country else ""
        example = values.get("example", "")
        if example:
            return fill(
                translate("Problems", "does not look like a postal code for %1 (e.g. %2)"),
                name or country,
                example,
            )
        return fill(
            translate("Problems", "does not look like a postal code for %1"), name or country
        )
    return problem.message


def problem_item(problem: Problem, label: str = "") -> str:
    """The problem as one line of the list of what a letter still needs: a sentence that
    does not start with its input's name is prefixed by it."""
    text = problem_text(problem, label)
    if problem.code in ("required", "too-long") or not label:
        return text
    return fill(translate("Problems", "%1: %2"), label, text)


def missing_items(problems: tuple[Problem, ...], template: Template | None) -> list[str]:
    """What a letter still needs, a line each, its inputs named by the template's labels in
    the app's language."""
    language = current_language()
    labels = (
        {f"fields.{spec.name}": spec.label_for(language) for spec in template.fields}
        if template
        else {}
    )
    return [problem_item(problem, labels.get(problem.key, "")) for problem in problems]


def warning_text(warning: str) -> str:
    """A warning of a build (a :class:`~composer.core.errors.Notice`: its code and parts)
    in the app's language; one this version cannot word, as the core said it."""
    code = getattr(warning, "code", "")
    values = dict(getattr(warning, "values", ()))
    if code == "missing-character":
        return fill(
            translate("Problems", "%1 is not in any bundled font and prints as an empty box"),
            values.get("character", ""),
        )
    if code == "address-too-long":
        text = (
            translate(
                "Problems",
                "the recipient's address is too long for the envelope window (%1 lines): "
                "shorten it",
            )
            if values.get("where") == "window"
            else translate(
                "Problems", "the recipient's address is too long for its box (%1 lines): shorten it"
            )
        )
        return fill(text, values.get("lines", "?"))
    if code == "sender-too-long":
        return translate("Problems", "your address is too long for the top of the page: shorten it")
    if code == "return-line-too-long":
        return translate(
            "Problems", "your address is too long for the return-address line: shorten it"
        )
    key = values.get("key", "")
    if key:
        problem = Problem(
            key,
            str(warning),
            "warning",
            code,
            tuple((name, part) for name, part in values.items() if name != "key"),
        )
        label = {
            "sender.postal_code": translate("Problems", "Your postal code"),
            "recipient.postal_code": translate("Problems", "The recipient's postal code"),
            "sender.email": translate("Problems", "Your e-mail address"),
            "sender.phone": translate("Problems", "Your telephone number"),
        }.get(key, "")
        return problem_item(problem, label) if label else problem_text(problem)
    return str(warning)

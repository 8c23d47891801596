"""What the app calls each part of an address, in one place for every window that shows it."""

from __future__ import annotations

from composer.ui.qt import QtCore


def _(text: str) -> str:
    return QtCore.QCoreApplication.translate("labels", text)


def recipient_labels() -> dict[str, str]:
    """Labels for the recipient's fields and an address-book entry's own ones."""
    return {
        "kind": _("Kind"),
        "title": _("Courtesy title"),
        "office": _("Office"),
        "jurisdiction": _("Government of"),
        "level": _("Level of government"),
        "own_representative": _("My own representative"),
        "name": _("Name"),
        "position": _("Position"),
        "organisation": _("Organization"),
        "street": _("Street address"),
        "street2": _("Room, suite (optional)"),
        "city": _("City"),
        "region": _("Province or state"),
        "postal_code": _("Postal code"),
        "country": _("Country"),
        "tags": _("Tags"),
        "salutation": _("Salutation"),
        "notes": _("Notes"),
    }

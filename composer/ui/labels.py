"""What the app calls each part of an address, in one place for every window that shows it."""

from __future__ import annotations

from composer.ui.qt import QtCore

# Qt's lupdate finds ``translate("context", "text")`` calls, whatever module they are in.
translate = QtCore.QCoreApplication.translate


def recipient_labels() -> dict[str, str]:
    """Labels for the recipient's fields and an address-book entry's own ones."""
    return {
        "kind": translate("labels", "Kind"),
        "title": translate("labels", "Courtesy title"),
        "office": translate("labels", "Office"),
        "jurisdiction": translate("labels", "Government of"),
        "level": translate("labels", "Level of government"),
        "own_representative": translate("labels", "My own representative"),
        "name": translate("labels", "Name"),
        "position": translate("labels", "Position"),
        "organisation": translate("labels", "Organization"),
        "street": translate("labels", "Street address"),
        "street2": translate("labels", "Room, suite (optional)"),
        "city": translate("labels", "City"),
        "region": translate("labels", "Province or state"),
        "postal_code": translate("labels", "Postal code"),
        "country": translate("labels", "Country"),
        "tags": translate("labels", "Tags"),
        "salutation": translate("labels", "Salutation"),
        "notes": translate("labels", "Notes"),
    }

"""The address book in the app: the window (:mod:`.window`), one entry's dialog
(:mod:`.contact_dialog`), the import preview (:mod:`.import_dialog`) and the table they share
(:mod:`.table`). Reading files is the core's (:mod:`composer.core.importing`)."""

from composer.ui.addressbook.contact_dialog import ContactDialog
from composer.ui.addressbook.import_dialog import ImportDialog, ask_import
from composer.ui.addressbook.table import ContactTableModel
from composer.ui.addressbook.window import AddressBookWindow

__all__ = ["AddressBookWindow", "ContactDialog", "ContactTableModel", "ImportDialog", "ask_import"]

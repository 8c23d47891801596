"""The address book window as a person uses it: find entries, add, edit and remove them,
import a messy spreadsheet or a phone's vCards, export and import back."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

import composer.core.addressbook as addressbook_module
import composer.ui.addressbook.window as window_module
from composer.core.addressbook import AddressBook
from composer.core.contacts import Contact
from composer.core.directory import bundled_contacts
from composer.core.model import Recipient
from composer.ui.addressbook import AddressBookWindow, ContactDialog, ImportDialog
from composer.ui.qt import QtCore, QtWidgets

pytestmark = pytest.mark.gui

Accepted = QtWidgets.QDialog.DialogCode.Accepted
Rejected = QtWidgets.QDialog.DialogCode.Rejected

JANE = Contact(
    Recipient(
        kind="representative",
        title="ms",
        name="Jane Doe",
        position="Member of Parliament",
        organisation="House of Commons",
        city="Ottawa",
        region="ON",
        postal_code="K1A 0A6",
        country="CA",
    ),
    tags=("mp", "ottawa"),
    notes="Sits on the foreign affairs committee.",
)
AMNESTY = Contact(
    Recipient(
        kind="human_rights",
        organisation="Amnesty International Canada",
        city="Ottawa",
        country="CA",
    ),
    tags=("human-rights",),
)
ANI = Contact(
    Recipient(kind="other", name="Ani Petrosyan", city="Montréal", region="QC", country="CA"),
    tags=("friends",),
    notes="Met at the vigil.",
)

# A French Excel export: semicolons, Windows-1252, a blank line, a quoted cell holding the
# delimiter and doubled quotes, a row with no name and one with an unknown country.
MESSY_CSV = (
    "Prénom;Nom;Organisme;Adresse;Ville;Province;Code postal;Pays;Étiquettes;Remarques\r\n"
    "Élodie;Côté;;12 rue des Érables;Québec;QC;G1R 2B5;Canada;amis;Rencontrée à la vigile\r\n"
    ";;Amnistie internationale;50 rue Rideau;Ottawa;ON;K1N 9J7;;droits humains;\r\n"
    "\r\n"
    ";;;;Montréal;QC;;;;sans nom\r\n"
    "Ani;Petrosyan;;;Laval;QC;;Narnia;;\r\n"
    '"Hagop";"Der; Sarkissian";;;Montréal;QC;H2X 1Y4;CA;amis, voisins;"dit ""bonjour"""\r\n'
).encode("cp1252")

VCARDS = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:Grigorian;Anna;;Dr.;\r\n"
    "FN:Dr. Anna Grigorian\r\n"
    "ORG:Université de Montréal\r\n"
    "ADR;TYPE=WORK:;;2900 boul. Édouard-Montpetit;Montréal;QC;H3T 1J4;Canada\r\n"
    "CATEGORIES:scholars,montreal\r\n"
    "NOTE:Writes about the Lachin corridor.\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "TEL:+1 514 555 0100\r\n"
    "END:VCARD\r\n"
)


@pytest.fixture
def book(tmp_path: Path) -> Iterator[AddressBook]:
    book = AddressBook(tmp_path / "book.sqlite3")
    yield book
    book.close()


@pytest.fixture
def window(qtbot, book: AddressBook) -> AddressBookWindow:  # type: ignore[no-untyped-def]
    book.add_many([JANE, AMNESTY, ANI])
    win = AddressBookWindow(book)
    qtbot.addWidget(win)
    return win


def shown(win: AddressBookWindow) -> list[str]:
    """The entries in the table, as their display names."""
    return [win.model.contact(row).display_name for row in range(win.model.rowCount())]


def select(win: AddressBookWindow, *names: str) -> None:
    ids = [c.id for c in win.model.contacts() if c.display_name in names]
    assert len(ids) == len(names)
    win.select_ids([i for i in ids if i is not None])


def fake_exec(
    monkeypatch: pytest.MonkeyPatch, cls: type[QtWidgets.QDialog], drive: Callable[..., object]
) -> list[QtWidgets.QDialog]:
    """Replace ``cls.exec`` with ``drive(dialog)``: the dialog is driven, never run modally.
    Returns the dialogs that were opened."""
    opened: list[QtWidgets.QDialog] = []

    def run(dialog: QtWidgets.QDialog) -> int:
        opened.append(dialog)
        drive(dialog)
        return Accepted if QtWidgets.QDialog.result(dialog) == Accepted else Rejected

    monkeypatch.setattr(cls, "exec", run)
    return opened


def without_ids(contacts: list[Contact]) -> list[Contact]:
    return [replace(c, id=None, source="") for c in contacts]


def inputs_without_names(root: QtWidgets.QWidget) -> list[str]:
    """Inputs a screen reader could not name (a button's text names it)."""
    missing = []
    kinds = (
        QtWidgets.QLineEdit,
        QtWidgets.QComboBox,
        QtWidgets.QPlainTextEdit,
        QtWidgets.QAbstractItemView,
        QtWidgets.QAbstractButton,
    )
    for widget in root.findChildren(QtWidgets.QWidget):
        if not isinstance(widget, kinds) or isinstance(widget, QtWidgets.QHeaderView):
            continue
        if widget.window() is not root:
            continue  # a completer's popup
        if isinstance(widget.parentWidget(), QtWidgets.QComboBox | QtWidgets.QLineEdit):
            continue  # an editable combo's line edit, a line edit's clear button
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own parts (a table's corner button), named by Qt
        name = widget.accessibleName()
        if not name and isinstance(widget, QtWidgets.QAbstractButton):
            name = widget.text()
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()}")
    return missing


# ------------------------------------------------------------------------------ the window


def test_table_lists_entries_and_filters_narrow_it(qtbot, window: AddressBookWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.model.rowCount() == 3
    headers = [
        window.proxy.headerData(c, QtCore.Qt.Orientation.Horizontal)
        for c in range(window.proxy.columnCount())
    ]
    assert headers == ["Name", "Organization", "Position", "City", "Country", "Tags"]
    jane = next(r for r in range(3) if window.model.contact(r).recipient.name == "Jane Doe")
    assert [window.model.index(jane, c).data() for c in range(6)] == [
        "Ms. Jane Doe",
        "House of Commons",
        "Member of Parliament",
        "Ottawa",
        "Canada",
        "mp, ottawa",
    ]

    qtbot.keyClicks(window.search, "vigil")  # notes are searched too
    assert shown(window) == ["Ani Petrosyan"]
    window.search.clear()
    assert window.model.rowCount() == 3
    qtbot.keyClicks(window.search, "ottawa")
    assert sorted(shown(window)) == ["Amnesty International Canada", "Ms. Jane Doe"]

    tags = [window.tag_filter.itemText(i) for i in range(window.tag_filter.count())]
    assert tags == ["All tags", "friends", "human-rights", "mp", "ottawa"]
    window.tag_filter.setCurrentIndex(window.tag_filter.findData("human-rights"))
    assert shown(window) == ["Amnesty International Canada"]  # search and tag together
    window.search.clear()
    assert shown(window) == ["Amnesty International Canada"]
    window.tag_filter.setCurrentIndex(0)
    assert window.model.rowCount() == 3


def test_selection_shows_details_and_enables_buttons(window: AddressBookWindow) -> None:
    assert window.selected_contacts() == []
    assert not window.edit_button.isEnabled()
    assert not window.remove_button.isEnabled()
    select(window, "Ms. Jane Doe")
    assert [c.recipient.name for c in window.selected_contacts()] == ["Jane Doe"]
    assert window.edit_button.isEnabled() and window.remove_button.isEnabled()
    details = window.details.toPlainText()
    assert "House of Commons" in details
    assert "K1A 0A6" in details
    assert "Sits on the foreign affairs committee." in details
    assert window.details.isReadOnly()
    select(window, "Ms. Jane Doe", "Ani Petrosyan")
    assert len(window.selected_contacts()) == 2
    assert not window.edit_button.isEnabled()  # one entry at a time
    assert window.remove_button.isEnabled()


def test_sorting_by_a_column(window: AddressBookWindow) -> None:
    window.table.sortByColumn(3, QtCore.Qt.SortOrder.DescendingOrder)  # City
    cities = [window.proxy.index(r, 3).data() for r in range(window.proxy.rowCount())]
    assert cities == ["Ottawa", "Ottawa", "Montréal"]
    select(window, "Ani Petrosyan")
    assert [c.recipient.name for c in window.selected_contacts()] == ["Ani Petrosyan"]


def test_add_through_the_contact_dialog(  # type: ignore[no-untyped-def]
    qtbot, window: AddressBookWindow, book: AddressBook, monkeypatch: pytest.MonkeyPatch
) -> None:
    def drive(dialog: ContactDialog) -> None:
        assert not dialog.ok_button.isEnabled()  # nothing typed yet
        assert "name or an organization" in dialog.message.text()
        dialog.kind.setCurrentIndex(dialog.kind.findData("government"))
        office = dialog.described["office"]
        office.setCurrentIndex(office.findData("minister"))
        qtbot.keyClicks(dialog.editors["name"], "Marie Lefebvre")
        assert dialog.ok_button.isEnabled()
        assert dialog.message.isHidden()
        # Described, not guessed: a minister is "Dear Minister," (never "Dear Honourable …").
        assert dialog.salutation.placeholderText() == "Dear Minister,"
        # The constituency tick is for representatives only.
        assert not dialog.described["own_representative"].isEnabled()
        qtbot.keyClicks(dialog.editors["position"], "Minister of Foreign Affairs")
        qtbot.keyClicks(dialog.editors["city"], "Ottawa")
        dialog.country.setCurrentIndex(dialog.country.findData("CA"))
        dialog.tags.setText("ministers, mp,  Ministers ")
        dialog.notes.setPlainText("Answers letters\nwithin a month.")
        dialog.accept()

    opened = fake_exec(monkeypatch, ContactDialog, drive)
    window.add_button.click()
    assert len(opened) == 1
    stored = [c for c in book.all() if c.recipient.name == "Marie Lefebvre"]
    assert len(stored) == 1
    contact = stored[0]
    assert (contact.recipient.kind, contact.recipient.office) == ("government", "minister")
    assert contact.recipient.position == "Minister of Foreign Affairs"
    assert contact.recipient.country == "CA"
    assert contact.tags == ("ministers", "mp")
    assert contact.notes == "Answers letters\nwithin a month."
    assert "ministers" in [window.tag_filter.itemText(i) for i in range(window.tag_filter.count())]
    assert [c.id for c in window.selected_contacts()] == [contact.id]
    assert "Marie Lefebvre" in window.status.text()


def test_cancelled_dialog_stores_nothing(
    window: AddressBookWindow, book: AddressBook, monkeypatch: pytest.MonkeyPatch
) -> None:
    def drive(dialog: ContactDialog) -> None:
        dialog.editors["name"].setText("Nobody")  # type: ignore[attr-defined]
        dialog.reject()

    fake_exec(monkeypatch, ContactDialog, drive)
    window.add_contact()
    assert len(book.all()) == 3


def test_edit_keeps_id_and_source(  # type: ignore[no-untyped-def]
    qtbot, window: AddressBookWindow, book: AddressBook, monkeypatch: pytest.MonkeyPatch
) -> None:
    book.add_bundled()
    window.refresh()
    commons = next(
        c for c in book.all() if c.recipient.organisation == "House of Commons" and c.source
    )

    def drive(dialog: ContactDialog) -> None:
        assert dialog.editors["organisation"].text() == "House of Commons"  # type: ignore[attr-defined]
        name = dialog.editors["name"]
        name.clear()  # type: ignore[attr-defined]
        qtbot.keyClicks(name, "Sam Chen")
        dialog.accept()

    fake_exec(monkeypatch, ContactDialog, drive)
    window.select_ids([commons.id or 0])
    qtbot.keyClick(window.table, QtCore.Qt.Key.Key_Return)  # Enter opens the entry
    edited = book.get(commons.id or 0)
    assert edited is not None
    assert edited.recipient.name == "Sam Chen"
    assert edited.source == commons.source
    assert edited.notes == commons.notes
    assert edited.tags == commons.tags


def test_contact_dialog_validates(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ContactDialog(default_country="CA")
    qtbot.addWidget(dialog)
    assert dialog.country_value() == "CA"
    assert not dialog.ok_button.isEnabled()
    dialog.accept()  # refused while invalid
    assert QtWidgets.QDialog.result(dialog) != Accepted
    qtbot.keyClicks(dialog.editors["organisation"], "Human Rights Watch")
    assert dialog.ok_button.isEnabled()
    assert dialog.salutation.placeholderText() == "Dear Sir or Madam,"
    dialog.country.setEditText("Narnia")
    assert not dialog.ok_button.isEnabled()
    assert "Narnia" in dialog.message.text()
    dialog.country.setEditText("france")  # typed, not picked: still understood
    assert dialog.ok_button.isEnabled()
    assert dialog.contact().recipient.country == "FR"
    dialog.salutation.setText("Dear friends,")
    contact = dialog.contact()
    assert contact.salutation == "Dear friends,"
    assert contact.id is None and contact.source == ""
    assert inputs_without_names(dialog) == []


def test_contact_dialog_shows_an_entry(qtbot) -> None:  # type: ignore[no-untyped-def]
    original = replace(JANE, id=7, source="bundled:x", salutation="Dear Jane,")
    dialog = ContactDialog(original, "fr")
    qtbot.addWidget(dialog)
    assert dialog.country.currentText() == "Canada"
    assert dialog.described["title"].currentData() == "ms"
    assert dialog.tags.text() == "mp, ottawa"
    assert dialog.contact() == original


def test_remove_asks_first(
    window: AddressBookWindow, book: AddressBook, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    answers = [QtWidgets.QMessageBox.StandardButton.No, QtWidgets.QMessageBox.StandardButton.Yes]

    def question(parent: object, title: str, text: str, *args: object) -> object:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QtWidgets.QMessageBox, "question", question)
    select(window, "Ani Petrosyan")
    window.remove_button.click()
    assert asked == ["Remove Ani Petrosyan from the address book?"]
    assert len(book.all()) == 3
    window.remove_button.click()
    assert len(asked) == 2
    assert sorted(c.display_name for c in book.all()) == [
        "Amnesty International Canada",
        "Ms. Jane Doe",
    ]
    assert "Ani Petrosyan" not in shown(window)
    assert "friends" not in [
        window.tag_filter.itemText(i) for i in range(window.tag_filter.count())
    ]
    assert window.status.text() == "Removed Ani Petrosyan."


def test_remove_several(
    window: AddressBookWindow, book: AddressBook, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def question(parent: object, title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QtWidgets.QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QtWidgets.QMessageBox, "question", question)
    select(window, "Ani Petrosyan", "Ms. Jane Doe")
    window.remove_selected()
    assert asked == ["Remove 2 entries from the address book?"]
    assert [c.display_name for c in book.all()] == ["Amnesty International Canada"]


def test_bundled_organizations_are_added_once(qtbot, book: AddressBook) -> None:  # type: ignore[no-untyped-def]
    window = AddressBookWindow(book)
    qtbot.addWidget(window)
    assert "empty" in window.status.text()
    expected = len(bundled_contacts())
    window.bundled_button.click()
    assert len(book.all()) == expected == window.model.rowCount()
    assert window.status.text() == f"Added {expected} bundled organizations."
    window.bundled_button.click()
    assert len(book.all()) == expected
    assert "already" in window.status.text()
    # The House of Commons entry says a letter to an MP needs no stamp inside Canada.
    select(window, "House of Commons")
    notes = window.details.toPlainText()
    assert "No stamp needed when posted in Canada" in notes
    assert "Source:" in notes


def test_every_input_has_an_accessible_name(window: AddressBookWindow) -> None:
    assert inputs_without_names(window) == []


# ------------------------------------------------------------------------------ importing


def test_import_dialog_on_a_messy_csv(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "contacts.csv"
    path.write_bytes(MESSY_CSV)
    dialog = ImportDialog(path, "CA")
    qtbot.addWidget(dialog)
    assert dialog.error == ""
    assert "Windows-1252" in dialog.source.text()
    assert "semicolons" in dialog.source.text()
    assert dialog.mapping() == {
        "Prénom": "first_name",
        "Nom": "last_name",
        "Organisme": "organisation",
        "Adresse": "street",
        "Ville": "city",
        "Province": "region",
        "Code postal": "postal_code",
        "Pays": "country",
        "Étiquettes": "tags",
        "Remarques": "notes",
    }
    combo = dialog.combos["Prénom"]
    assert combo.currentText() == "First name"
    assert combo.itemText(combo.findData("")) == "Ignore"
    assert combo.accessibleName() == "Use of column “Prénom”"

    model = dialog.preview_model
    names = [model.contact(r).display_name for r in range(model.rowCount())]
    assert names == [
        "Élodie Côté",
        "Amnistie internationale",
        "Ani Petrosyan",
        "Hagop Der; Sarkissian",
    ]
    column = model.columns.index("notes")
    assert model.index(3, column).data() == 'dit "bonjour"'
    assert model.index(0, model.columns.index("country")).data() == "Canada"
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert problems == [
        "line 5: no name or organisation",
        "line 6 (kept): country 'Narnia' is not one this program knows; CA was used: "
        "check the address",
    ]
    assert dialog.summary.text() == "4 entries will be imported, 1 row skipped"
    assert dialog.ok_button.isEnabled()

    # Ignoring the organisation column: Amnistie's row has no name left, so it is skipped.
    dialog.set_mapping("Organisme", "")
    names = [model.contact(r).display_name for r in range(model.rowCount())]
    assert names == ["Élodie Côté", "Ani Petrosyan", "Hagop Der; Sarkissian"]
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert problems[0] == "line 3: no name or organisation"
    assert dialog.summary.text() == "3 entries will be imported, 2 rows skipped"
    assert len(dialog.result().contacts) == 3
    assert len(dialog.result().warnings) == 1

    # Remarques as the salutation instead of notes: the preview says so at once.
    combo = dialog.combos["Remarques"]
    combo.setCurrentIndex(combo.findData("salutation"))
    assert model.contact(0).salutation == "Rencontrée à la vigile"
    assert model.contact(0).notes == ""

    # No column left for a name: a clear message, and nothing to import.
    for header in ("Prénom", "Nom"):
        dialog.set_mapping(header, "")
    assert "no column is used for the name" in dialog.error_label.text().lower()
    assert not dialog.error_label.isHidden()
    assert not dialog.ok_button.isEnabled()
    dialog.set_mapping("Nom", "name")
    assert dialog.error_label.isHidden()
    assert dialog.ok_button.isEnabled()
    assert inputs_without_names(dialog) == []


def test_preview_shows_at_most_twenty_rows(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "many.csv"
    rows = "".join(f"Person {i},Ottawa\n" for i in range(45))
    path.write_text("Name,City\n" + rows, encoding="utf-8")
    dialog = ImportDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.preview_model.rowCount() == ImportDialog.PREVIEW_ROWS == 20
    assert "20 of 45" in dialog.preview_label.text()
    assert len(dialog.result().contacts) == 45
    assert dialog.summary.text() == "45 entries will be imported, 0 rows skipped"


def test_importing_through_the_window_adds_the_good_rows(
    window: AddressBookWindow, book: AddressBook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_bytes(MESSY_CSV)
    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))

    def drive(dialog: ImportDialog) -> None:
        assert dialog.path == path
        assert dialog.default_country == "CA"
        dialog.accept()

    opened = fake_exec(monkeypatch, ImportDialog, drive)
    window.search.setText("Jane")  # the new entries are shown even so
    window.import_button.click()
    assert len(opened) == 1
    names = sorted(c.display_name for c in book.all())
    assert names == sorted(
        [
            "Ms. Jane Doe",
            "Amnesty International Canada",
            "Ani Petrosyan",
            "Élodie Côté",
            "Amnistie internationale",
            "Ani Petrosyan",  # imported with a warning about its country
            "Hagop Der; Sarkissian",
        ]
    )
    assert window.status.text() == "Imported 4 entries; 1 row skipped"
    assert sorted(c.display_name for c in window.selected_contacts()) == [
        "Amnistie internationale",
        "Ani Petrosyan",
        "Hagop Der; Sarkissian",
        "Élodie Côté",
    ]
    assert "amis" in [window.tag_filter.itemText(i) for i in range(window.tag_filter.count())]


def test_an_import_that_fails_stores_nothing(
    window: AddressBookWindow, book: AddressBook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_bytes(MESSY_CSV)
    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    fake_exec(monkeypatch, ImportDialog, lambda dialog: dialog.accept())
    real_write_tags = addressbook_module._write_tags
    calls: list[int] = []

    def failing(db: sqlite3.Connection, contact_id: int, tags: object) -> None:
        calls.append(contact_id)
        if len(calls) == 2:
            raise sqlite3.OperationalError("disk I/O error")
        real_write_tags(db, contact_id, tags)  # type: ignore[arg-type]

    monkeypatch.setattr(addressbook_module, "_write_tags", failing)
    errors: list[str] = []
    monkeypatch.setattr(
        window_module, "show_error", lambda parent, text, details="", title="": errors.append(text)
    )
    window.import_file()
    assert len(calls) == 2
    assert errors and "Nothing was imported" in errors[0]
    assert len(book.all()) == 3  # not one of the file's entries


def test_a_vcard_file_imports(  # type: ignore[no-untyped-def]
    qtbot,
    window: AddressBookWindow,
    book: AddressBook,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "phone.vcf"
    path.write_text(VCARDS, encoding="utf-8")
    dialog = ImportDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.vcard
    assert dialog.mapping_box.isHidden()
    assert dialog.preview_model.rowCount() == 1
    anna = dialog.preview_model.contact(0)
    assert anna.recipient.name == "Anna Grigorian"
    assert anna.recipient.title == "dr"
    assert anna.recipient.organisation == "Université de Montréal"
    assert anna.recipient.country == "CA"
    assert anna.tags == ("scholars", "montreal")
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert problems == ["line 10: no name or organisation"]
    assert dialog.summary.text() == "1 entry will be imported, 1 card skipped"

    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    fake_exec(monkeypatch, ImportDialog, lambda d: d.accept())
    window.import_file()
    assert [c.recipient.name for c in book.search("Grigorian")] == ["Anna Grigorian"]
    assert window.status.text() == "Imported 1 entry; 1 row skipped"


def test_vcard_text_is_recognised_whatever_the_suffix(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "export.txt"
    path.write_bytes(b"\xef\xbb\xbf" + VCARDS.encode("utf-8"))
    dialog = ImportDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.vcard
    assert len(dialog.result().contacts) == 1


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "picture.csv",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
            "not a text file",
        ),
        ("empty.csv", b"\r\n\r\n", "the file is empty"),
        ("broken.vcf", b"FN:Nobody\r\n", "not a vCard file"),
    ],
)
def test_an_unreadable_file_shows_the_error(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    dialog = ImportDialog(path)
    qtbot.addWidget(dialog)
    assert message in dialog.error
    assert not dialog.error_label.isHidden()
    assert message in dialog.error_label.text()
    assert name in dialog.error_label.text()
    assert not dialog.ok_button.isEnabled()
    assert dialog.mapping_box.isHidden()
    assert dialog.result().contacts == []
    dialog.accept()  # Enter cannot get past a disabled Import button
    assert QtWidgets.QDialog.result(dialog) != Accepted


def test_a_missing_file_shows_the_error(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(tmp_path / "gone.csv")
    qtbot.addWidget(dialog)
    assert dialog.error
    assert "gone.csv" in dialog.error_label.text()
    assert not dialog.ok_button.isEnabled()


# ------------------------------------------------------------------------------ exporting


def test_export_writes_a_csv_that_imports_back_equal(
    window: AddressBookWindow, book: AddressBook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    book.add_many(
        [
            Contact(
                Recipient(
                    kind="other",
                    name='Zara "Z" Hakobyan',
                    street="1, rue Saint-Denis; app. 4",
                    city="Montréal",
                    region="QC",
                    postal_code="H2X 3K8",
                    country="CA",
                ),
                tags=("amis", "Montréal"),
                salutation="Chère Zara,",
                notes="=SUM(A1) is not a formula\nSecond line, with a comma.",
            )
        ]
    )
    book.add_bundled()
    window.refresh()
    target = tmp_path / "exported"  # no suffix: .csv is added
    captions: list[str] = []

    def save(parent: object, caption: str, *args: object) -> tuple[str, str]:
        captions.append(caption)
        return str(target), ""

    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", save)
    window.export_button.click()
    written = target.with_suffix(".csv")
    assert written.read_bytes().startswith(b"\xef\xbb\xbf")
    everyone = book.all()
    assert captions == [f"Export all {len(everyone)} entries"]
    assert window.status.text() == f"Exported {len(everyone)} entries to exported.csv."

    dialog = ImportDialog(written, "FR")  # every exported entry has its country
    assert dialog.problems.count() == 0
    assert without_ids(dialog.result().contacts) == without_ids(everyone)
    dialog.deleteLater()

    select(window, "Ani Petrosyan", "Ms. Jane Doe")
    window.export_file()
    assert captions[-1] == "Export the 2 selected entries"
    dialog = ImportDialog(written, "CA")
    assert without_ids(dialog.result().contacts) == without_ids(window.selected_contacts())
    dialog.deleteLater()


def test_export_error_is_shown(
    window: AddressBookWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "no such folder" / "book.csv"
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    errors: list[tuple[str, BaseException]] = []
    monkeypatch.setattr(
        window_module,
        "report_failure",
        lambda parent, what, error, details="": errors.append((what, error)),
    )
    window.export_file()
    [(what, error)] = errors
    assert what == f"Could not write {target}."
    assert isinstance(error, FileNotFoundError)
    assert not target.exists()


def test_keyboard_delete_and_find(  # type: ignore[no-untyped-def]
    qtbot, window: AddressBookWindow, book: AddressBook, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def question(parent: object, title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QtWidgets.QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QtWidgets.QMessageBox, "question", question)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    select(window, "Ani Petrosyan")
    qtbot.keyClick(window.table, QtCore.Qt.Key.Key_Delete)
    assert asked == ["Remove Ani Petrosyan from the address book?"]
    assert len(book.all()) == 2
    qtbot.keyClick(window.table, QtCore.Qt.Key.Key_F, QtCore.Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search.hasFocus)


def test_a_large_file_is_read_and_previewed_off_the_ui_thread(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from composer.ui.addressbook import import_dialog as module

    rows = "".join(f"Person {i},Organisation {i},Ottawa,ON,K1A 0A6,CA\n" for i in range(6000))
    path = tmp_path / "big.csv"
    path.write_text(
        "Name,Organization,City,Province,Postal code,Country\n" + rows, encoding="utf-8"
    )
    assert path.stat().st_size > module.SYNC_IMPORT_BYTES
    dialog = module.ImportDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.source.text().startswith("Reading")  # the window answers meanwhile
    assert not dialog.ok_button.isEnabled()
    assert dialog.wait()
    assert len(dialog.result().contacts) == 6000 and dialog.ok_button.isEnabled()
    dialog.set_mapping("Organization", "")  # 6,000 rows: worked out in the background
    assert dialog.summary.text().startswith("Working out")
    assert dialog.wait()
    assert dialog.result().contacts[0].recipient.organisation == ""
    assert len(dialog.result().contacts) == 6000


def test_every_entry_has_a_name_in_the_name_column(qtbot, book: AddressBook) -> None:  # type: ignore[no-untyped-def]
    book.add_bundled()  # organisations without a person's name
    win = AddressBookWindow(book)
    qtbot.addWidget(win)
    model = win.model
    column = model.columns.index("who")
    assert model.headerData(column, QtCore.Qt.Orientation.Horizontal) == "Name"
    names = [model.data(model.index(row, column)) for row in range(model.rowCount())]
    assert len(names) >= 6 and all(names), names
    assert "International Committee of the Red Cross" in " ".join(names)


def test_the_entry_dialog_s_problem_is_spoken_and_explains_the_unavailable_ok(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    spoken: list[str] = []
    monkeypatch.setattr(
        "composer.ui.addressbook.contact_dialog.announce", lambda widget, text: spoken.append(text)
    )
    dialog = ContactDialog(default_country="CA")
    qtbot.addWidget(dialog)
    assert spoken and dialog.ok_button.accessibleDescription() == spoken[-1]
    qtbot.keyClicks(dialog.editors["organisation"], "Human Rights Watch")
    assert dialog.ok_button.accessibleDescription() == ""
    dialog.country.setEditText("Narnia")
    assert "Narnia" in spoken[-1] and "Narnia" in dialog.ok_button.accessibleDescription()
    count = len(spoken)
    dialog.country.setEditText("Narnia")  # the same problem: not said again
    assert len(spoken) == count

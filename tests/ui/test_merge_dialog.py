"""Mail merge in the app: ticking recipients, progress, cancel, postage note."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.core.addressbook import AddressBook
from composer.core.contacts import Contact
from composer.core.model import Recipient, letter_from_dict
from composer.core.templates import find_template
from composer.ui.merge_dialog import MergeDialog, needs_no_stamp
from composer.ui.qt import Qt
from tests.conftest import letter_data, pdf_pages, squash

pytestmark = pytest.mark.gui

MP = Recipient(
    title="ms",
    name="Jane Doe",
    organisation="House of Commons",
    city="Ottawa",
    region="ON",
    postal_code="K1A 0A6",
    country="CA",
)


@pytest.fixture
def book(tmp_path: Path) -> AddressBook:
    book = AddressBook(tmp_path / "book.sqlite3")
    book.add_many(
        [Contact(MP, tags=("mp",))]
        + [
            Contact(
                Recipient(
                    name=f"Person {i:02d}",
                    city="Laval",
                    region="QC",
                    postal_code="H7N 3X2",
                    country="CA",
                ),
                tags=("laval",),
            )
            for i in range(30)
        ]
    )
    return book


def dialog_for(qtbot, book: AddressBook) -> MergeDialog:  # type: ignore[no-untyped-def]
    base = letter_from_dict(letter_data())
    dialog = MergeDialog(book, base, find_template("pow-release"))
    qtbot.addWidget(dialog)
    return dialog


def test_tick_by_tag_and_search_then_merge_into_one_pdf(
    qtbot,
    book: AddressBook,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    dialog = dialog_for(qtbot, book)
    assert not dialog.start_button.isEnabled()
    dialog._tick_tag(dialog.tag.findData("mp"))
    assert [c.display_name for c in dialog.chosen()] == ["Ms. Jane Doe"]
    assert "no stamp" in dialog.postage.text()
    dialog.search.setText("Person 0")
    dialog._tick_all(True, shown_only=True)
    assert len(dialog.chosen()) == 11
    out = tmp_path / "all.pdf"
    with qtbot.waitSignal(dialog.merged, timeout=30_000):
        dialog.start(out, one_pdf=True)
    pages = pdf_pages(out.read_bytes())
    assert len(pages) == 11
    assert "Ms.JaneDoe" in squash(pages[0]) or "Ms.JaneDoe" in squash(pages[-1])
    assert dialog.status.text().startswith("11 letter")


def test_cancel_leaves_nothing(qtbot, book: AddressBook, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_for(qtbot, book)
    dialog._tick_all(True)
    out = tmp_path / "out"
    out.mkdir()
    dialog.start(out, one_pdf=False)
    dialog.cancel()
    dialog.wait()
    qtbot.waitUntil(lambda: "nothing was written" in dialog.status.text(), timeout=30_000)
    assert list(out.iterdir()) == []


def test_postage_rule() -> None:
    assert needs_no_stamp("CA", Contact(MP))
    assert not needs_no_stamp("FR", Contact(MP))
    assert not needs_no_stamp("CA", Contact(Recipient(name="x", postal_code="H7N 3X2")))


def test_envelopes_and_labels_for_the_ticked_recipients(
    qtbot,
    book: AddressBook,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from composer.ui.qt import QtWidgets

    dialog = dialog_for(qtbot, book)
    for item in dialog._items()[:3]:
        item.setCheckState(Qt.CheckState.Checked)
    target = tmp_path / "env.pdf"
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.save_mailing("envelopes")
    assert len(pdf_pages(target.read_bytes())) == 3
    dialog.save_mailing("labels")
    assert len(pdf_pages(target.read_bytes())) == 1
    dialog.first_label.setValue(29)  # a half-used Avery 5160 sheet: labels 29, 30, then a new one
    dialog.save_mailing("labels")
    assert len(pdf_pages(target.read_bytes())) == 2


def test_envelopes_print_one_page_each_at_the_envelope_size(
    qtbot,
    book: AddressBook,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pypdf import PdfReader

    from composer.ui.qt import QtPrintSupport, QtWidgets

    out = tmp_path / "printed.pdf"
    used: list[str] = []

    class FakePrintDialog:
        def __init__(self, printer: QtPrintSupport.QPrinter, parent: object) -> None:
            self.printer = printer

        def exec(self) -> QtWidgets.QDialog.DialogCode:
            self.printer.setOutputFormat(QtPrintSupport.QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(out))
            return QtWidgets.QDialog.DialogCode.Accepted

    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", FakePrintDialog)
    base = letter_from_dict(letter_data())
    dialog = MergeDialog(
        book,
        base,
        find_template("pow-release"),
        printer_offset=lambda name: used.append(name) or (1.0, 2.0),
    )
    qtbot.addWidget(dialog)
    for item in dialog._items()[:2]:
        item.setCheckState(Qt.CheckState.Checked)
    dialog.print_mailing("envelopes")
    printed = PdfReader(str(out))
    assert len(printed.pages) == 2 and used
    box = printed.pages[0].mediabox
    assert {round(float(box.width)), round(float(box.height))} == {684, 297}  # 9.5 x 4.125 in

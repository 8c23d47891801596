"""Mail merge in the app: ticking recipients, one recipient's letter, progress, stopping,
closing mid-merge, failures, envelopes and labels."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

import composer.ui.merge_dialog as merge_dialog
from composer.core.addressbook import AddressBook
from composer.core.contacts import Contact
from composer.core.importing import ImportResult
from composer.core.model import Recipient, letter_from_dict
from composer.core.templates import find_template
from composer.ui.merge_dialog import MergeDialog, needs_no_stamp
from composer.ui.qt import Qt, QtCore, QtPrintSupport, QtWidgets
from composer.ui.settings import Settings
from composer.ui.tasks import ImmediatePool, Tasks
from tests.conftest import letter_data, pdf_pages, pdf_text, squash

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


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QtCore.QSettings(str(tmp_path / "s.ini"), QtCore.QSettings.Format.IniFormat))


def dialog_for(
    qtbot, book: AddressBook, settings: Settings, tasks: Tasks | None = None, **data
) -> MergeDialog:  # type: ignore[no-untyped-def]
    base = letter_from_dict(letter_data(**data))
    dialog = MergeDialog(book, base, find_template("pow-release"), settings=settings, tasks=tasks)
    qtbot.addWidget(dialog)
    return dialog


def tick(dialog: MergeDialog, count: int) -> None:
    for item in dialog._items()[:count]:
        item.setCheckState(Qt.CheckState.Checked)


def test_tick_by_tag_and_search_then_merge_into_one_pdf(
    qtbot, book: AddressBook, settings: Settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_for(qtbot, book, settings)
    assert not dialog.start_button.isEnabled()
    dialog._tick_tag(dialog.tag.findData("mp"))
    assert [c.display_name for c in dialog.chosen()] == ["Ms. Jane Doe"]
    assert "no stamp" in dialog.postage.text()
    dialog.search.setText("Person 0")
    dialog._tick_all(True, shown_only=True)
    chosen = [c.display_name for c in dialog.chosen()]
    assert len(chosen) == 11
    out = tmp_path / "all.pdf"
    with qtbot.waitSignal(dialog.merged, timeout=30_000):
        dialog.start(out, one_pdf=True)
    pages = pdf_pages(out.read_bytes())
    assert len(pages) == 11
    # One page per letter, in the list's order: each page is the letter to that recipient.
    for page, name in zip(pages, chosen, strict=True):
        assert squash(name) in squash(page)
    assert dialog.status.text().startswith("11 letters written to")
    assert dialog.close_button.text() == "Close"
    # The merged letters are shown here, in the dialog's own preview.
    assert dialog.preview.pdf == out.read_bytes()
    assert dialog.preview_label.text() == "All 11 letters, as written"
    assert dialog.print_button.isEnabled()  # the merged letters can be printed from here


def test_stop_leaves_nothing(qtbot, book: AddressBook, settings: Settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_for(qtbot, book, settings)
    dialog._tick_all(True)
    out = tmp_path / "out"
    out.mkdir()
    dialog.start(out, one_pdf=False)
    assert dialog.close_button.text() == "&Stop"
    dialog.stop_or_close()
    assert dialog.status.text() == "Stopped: nothing was written."
    assert dialog.close_button.text() == "Close"
    qtbot.wait(50)  # the cancelled merge's own report must not undo the above
    assert "written to" not in dialog.status.text()
    assert list(out.iterdir()) == []


def test_escape_during_a_merge_stops_it_and_waits_for_it(
    qtbot, book: AddressBook, settings: Settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    tasks = Tasks()
    dialog = dialog_for(qtbot, book, settings, tasks=tasks)
    dialog._tick_all(True)
    out = tmp_path / "out"
    out.mkdir()
    dialog.show()
    dialog.start(out, one_pdf=False)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    # By the time the dialog has gone the merge has stopped and removed what it wrote.
    assert all(not task.running for task in tasks.active(dialog))
    assert list(out.iterdir()) == []


class JoinError(Exception):
    pass


def test_an_unexpected_failure_is_reported_and_leaves_the_dialog_usable(
    qtbot, book: AddressBook, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    def broken(*args: object, **kwargs: object) -> None:
        raise JoinError("part 2 could not be joined")

    reported: list[tuple[str, BaseException]] = []
    monkeypatch.setattr(merge_dialog, "merge_to_pdf", broken)
    monkeypatch.setattr(
        merge_dialog,
        "report_failure",
        lambda parent, what, error, details="": reported.append((what, error)),
    )
    dialog = dialog_for(qtbot, book, settings, tasks=Tasks(ImmediatePool()))
    tick(dialog, 3)
    dialog.start(tmp_path / "all.pdf", one_pdf=True)
    [(what, error)] = reported
    assert what == "The letters could not be written."
    assert isinstance(error, JoinError)
    assert dialog.start_button.isEnabled() and dialog.list.isEnabled()
    assert dialog.close_button.text() == "Close"
    assert dialog.progress.isHidden()


def test_problems_are_named_before_a_file_is_asked_for(
    qtbot, book: AddressBook, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(merge_dialog, "show_error", lambda parent, text, **k: shown.append(text))

    def no_file_dialog(*args: object, **kwargs: object) -> None:
        raise AssertionError("a file was asked for before the problems were said")

    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", no_file_dialog)
    book.add(Contact(Recipient(kind="other", city="Laval", country="CA")))
    dialog = dialog_for(qtbot, book, settings, sender={"name": ""})
    dialog._tick_all(True)
    number = 1 + [c.display_name for c in dialog.chosen()].index("")
    dialog.choose_target()
    [text] = shown
    assert "• your details: your name is required" in text
    assert (
        f"• letter {number}, to recipient {number}: a recipient name or organisation is required"
        in text
    )


def test_one_recipient_s_letter_is_previewed_and_stepped_through(
    qtbot, book: AddressBook, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_for(qtbot, book, settings, tasks=Tasks(ImmediatePool()))
    items = dialog._items()
    for item in (items[3], items[5], items[9]):
        item.setCheckState(Qt.CheckState.Checked)
    dialog.list.setCurrentItem(items[3])
    names = [c.display_name for c in dialog.chosen()]
    assert dialog.preview_label.text() == f"Letter 1 of 3, to {names[0]}"
    assert not dialog.previous_button.isEnabled()
    dialog.step(1)
    assert dialog.preview_label.text() == f"Letter 2 of 3, to {names[1]}"
    qtbot.waitUntil(lambda: squash(names[1]) in squash(pdf_text(dialog.preview.pdf)))
    dialog.step(1)
    assert not dialog.next_button.isEnabled()
    assert squash(names[2]) in squash(pdf_text(dialog.preview.pdf))


def test_ticks_are_kept_for_the_next_merge(qtbot, book: AddressBook, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    first = dialog_for(qtbot, book, settings)
    tick(first, 4)
    ticked = [c.id for c in first.chosen()]
    first.reject()
    again = dialog_for(qtbot, book, settings)
    assert [c.id for c in again.chosen()] == ticked


def test_rows_just_imported_are_ticked(
    qtbot, book: AddressBook, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    new = [Contact(Recipient(name=f"New {i}", city="Laval", country="CA")) for i in range(2)]
    import composer.ui.addressbook as addressbook

    monkeypatch.setattr(addressbook, "ask_import", lambda *a, **k: ImportResult(list(new)))
    dialog = dialog_for(qtbot, book, settings)
    tick(dialog, 1)
    dialog.import_file()
    assert sorted(c.display_name for c in dialog.chosen()) == [
        "Ms. Jane Doe",
        "New 0",
        "New 1",
    ]
    assert dialog.status.text() == "2 entries imported and ticked."


def test_the_default_file_name_ends_on_a_whole_word(
    qtbot, book: AddressBook, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_for(qtbot, book, settings)
    title = dialog.template.title_for("en")
    name = dialog.default_name().removesuffix(".pdf")
    assert title.startswith(name)
    assert len(name) <= 60
    assert name == title or title[len(name)] == " "


def test_postage_rule() -> None:
    assert needs_no_stamp("CA", Contact(MP))
    assert not needs_no_stamp("FR", Contact(MP))
    assert not needs_no_stamp("CA", Contact(Recipient(name="x", postal_code="H7N 3X2")))


def test_envelopes_and_labels_of_the_chosen_size_for_the_ticked_recipients(
    qtbot, book: AddressBook, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_for(qtbot, book, settings, tasks=Tasks(ImmediatePool()))
    tick(dialog, 3)
    target = tmp_path / "env.pdf"
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.save_mailing("envelopes")
    assert len(pdf_pages(target.read_bytes())) == 3
    dialog.envelope_size.setCurrentIndex(dialog.envelope_size.findData("dl"))
    dialog.save_mailing("envelopes")
    box = PdfReader(str(target)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (624, 312)  # 220 x 110 mm
    dialog.save_mailing("labels")
    assert len(pdf_pages(target.read_bytes())) == 1
    dialog.first_label.setValue(29)  # a half-used Avery 5160 sheet: labels 29, 30, then a new one
    dialog.save_mailing("labels")
    assert len(pdf_pages(target.read_bytes())) == 2
    dialog.label_sheet.setCurrentIndex(dialog.label_sheet.findData("l7160"))
    assert dialog.first_label.maximum() == 21
    dialog.save_mailing("labels")
    box = PdfReader(str(target)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_envelopes_print_at_their_own_size_through_the_print_dialog(
    qtbot, book: AddressBook, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "printed.pdf"
    chosen: list[tuple[float, float]] = []

    class FakePrintDialog:
        """The person chooses "Print to file" and presses Print."""

        def __init__(self, printer: QtPrintSupport.QPrinter, parent: object) -> None:
            self.printer = printer

        def setMinMax(self, first: int, last: int) -> None:
            pass

        def exec(self) -> QtWidgets.QDialog.DialogCode:
            size = self.printer.pageLayout().fullRectPoints().size()
            chosen.append((size.width(), size.height()))
            self.printer.setOutputFormat(QtPrintSupport.QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(out))
            return QtWidgets.QDialog.DialogCode.Accepted

    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", FakePrintDialog)
    dialog = dialog_for(qtbot, book, settings, tasks=Tasks(ImmediatePool()))
    tick(dialog, 2)
    dialog.print_mailing("envelopes")
    # The dialog was offered the envelope's own page, landscape.
    assert [tuple(round(v) for v in size) for size in chosen] == [(684, 297)]
    printed = PdfReader(str(out))
    assert len(printed.pages) == 2
    box = printed.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (684, 297)  # 9.5 x 4.125 in
    assert "Jane Doe" in printed.pages[0].extract_text()  # the envelope itself, as text
    assert dialog.status.text() == f"Saved to {out}"

"""The main window as a person uses it: typing updates the real PDF preview, files are kept
safe, mistakes give clear messages."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from composer.core.drafts import load_draft, save_draft
from composer.core.model import letter_from_dict, load_letter
from composer.ui.autosave import Autosave
from composer.ui.main_window import MainWindow
from composer.ui.qt import QtCore, QtGui, QtWidgets
from composer.ui.settings import Settings
from tests.conftest import EXAMPLES, ROOT, letter_data, pdf_pages, pdf_text, squash

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    settings = Settings(
        QtCore.QSettings(str(tmp_path / "settings.ini"), QtCore.QSettings.Format.IniFormat)
    )
    win = MainWindow(settings=settings, autosave_dir=tmp_path / "autosave")
    win.start(ask=False)
    wait_preview(qtbot, win)
    yield win
    # Closed here rather than by qtbot, which would close it before this fixture could
    # mark the letter as dealt with (and the close would ask to save).
    win.session.mark_clean()
    win.close()
    win.session.wait()
    win.deleteLater()


def wait_preview(qtbot, win: MainWindow, contains: str = "") -> None:  # type: ignore[no-untyped-def]
    def ready() -> None:
        assert not win.session.builder.busy
        assert win.preview.pdf
        if contains:
            assert squash(contains) in squash(pdf_text(win.preview.pdf))

    qtbot.waitUntil(ready, timeout=10_000)


def fill(qtbot, win: MainWindow, data: dict[str, object]) -> None:  # type: ignore[no-untyped-def]
    letter = letter_from_dict(data)
    win.open_letter(letter, win.catalogue.templates[letter.template])


def test_typing_updates_the_preview(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    name = window.form.sender_inputs["name"]
    qtbot.keyClicks(name, "Anna *Grigorian* <b>")
    wait_preview(qtbot, window, "Anna *Grigorian* <b>")
    assert window.preview.page_count() == 1
    assert window.isWindowModified()
    note = window.form.rows["fields.personal_note"].editor
    qtbot.keyClicks(note, "My words, ")
    note.insertPlainText("Ձեզ եմ գրում, Élodie.")  # as an input method delivers them
    wait_preview(qtbot, window, "My words, Ձեզ եմ գրում, Élodie.")
    assert window.preview.page_count() == 1


LONG = Path(__file__).parent.parent / "pdf" / "long-template"
BODY = "\n\n".join("A sentence that fills the line with several words. " * 8 for _ in range(20))


def test_long_letter_shows_all_pages(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from composer.core.templates import load_template

    letter = letter_from_dict(letter_data(template="long", fields={"body": BODY}))
    window.open_letter(letter, load_template(LONG))
    wait_preview(qtbot, window, "A long letter")
    assert window.preview.page_count() == len(pdf_pages(window.preview.pdf)) >= 2


def test_missing_values_are_listed_over_the_preview(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert not window.preview.message.isHidden()
    assert "your name is required" in window.preview.message.text()
    assert window.preview.pdf.startswith(b"%PDF")  # still a preview, not a blank
    fill(qtbot, window, letter_data())
    wait_preview(qtbot, window, "Anna Grigorian")
    qtbot.waitUntil(lambda: window.preview.message.isHidden())


def test_template_error_keeps_the_last_good_preview(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from composer.core.templates import load_template

    fill(qtbot, window, letter_data())
    wait_preview(qtbot, window, "Anna Grigorian")
    good = window.preview.pdf
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "template.toml").write_text(
        'id = "broken"\nlanguages = ["en"]\ntitle = { en = "Broken" }\n', encoding="utf-8"
    )
    (folder / "letter.en.md.j2").write_text("Hi\n\n{{ nope.x }}\n", encoding="utf-8")
    broken = load_template(folder)
    window.form.set_template(broken, "en")
    window.session.set_template(broken, window.form.letter_data())
    qtbot.waitUntil(lambda: "'nope' is undefined" in window.preview.message.text())
    assert "letter.en.md.j2:3" in window.preview.message.text()
    assert window.preview.pdf == good


def test_saved_pdf_is_byte_identical_to_the_cli(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    source = EXAMPLES / "pow-release.fr.toml"
    letter = load_letter(source)
    window.open_letter(letter)
    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_pdf()
    cli = tmp_path / "cli.pdf"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "composer.cli",
            "render",
            "pow-release",
            "--data",
            str(source),
            "-o",
            str(cli),
        ],
        check=True,
        cwd=ROOT,
    )
    assert target.read_bytes() == cli.read_bytes()
    wait_preview(qtbot, window)
    window.refresh_preview()
    qtbot.waitUntil(lambda: window.preview.pdf == cli.read_bytes(), timeout=10_000)


def test_default_pdf_name(window: MainWindow) -> None:
    letter = letter_from_dict(letter_data(recipient={"name": "Jane: Doe/Smith"}))
    assert window.default_pdf_name(letter) == "Letter to Ms. Jane Doe Smith 2026-11-28.pdf"


def test_drawn_signature_reaches_the_pdf(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from composer.ui.signature import SignaturePad

    fill(qtbot, window, letter_data())
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(600, 200)
    pad.show()

    def mouse(kind: QtCore.QEvent.Type, x: float, y: float) -> None:
        buttons = QtCore.Qt.MouseButton.LeftButton
        if kind == QtCore.QEvent.Type.MouseButtonRelease:
            buttons = QtCore.Qt.MouseButton.NoButton
        event = QtGui.QMouseEvent(
            kind,
            QtCore.QPointF(x, y),
            QtCore.QPointF(x, y),
            QtCore.Qt.MouseButton.LeftButton,
            buttons,
            QtCore.Qt.KeyboardModifier.NoModifier,
        )
        QtWidgets.QApplication.sendEvent(pad, event)

    mouse(QtCore.QEvent.Type.MouseButtonPress, 20, 100)
    for x in range(25, 400, 15):
        mouse(QtCore.QEvent.Type.MouseMove, x, 100 + (x % 60) - 30)
    mouse(QtCore.QEvent.Type.MouseButtonRelease, 400, 90)
    assert len(pad.strokes()) == 1
    window.session.set_signature(
        letter_from_dict(
            letter_data(signature={"strokes": [[list(p) for p in s] for s in pad.strokes()]})
        ).signature
    )
    wait_preview(qtbot, window)
    qtbot.waitUntil(
        lambda: b"rg" in _content(window.preview.pdf) and _ink(window.preview.pdf), timeout=10_000
    )


def _content(pdf: bytes) -> bytes:
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    data = page.get_contents()
    out = data.get_data() if data is not None else b""
    xobjects = page["/Resources"].get("/XObject")
    for ref in xobjects.get_object().values() if xobjects else []:
        out += ref.get_object().get_data()
    return out


def _ink(pdf: bytes) -> bool:
    return b".05 .1 .35 rg" in _content(pdf)


def test_draft_save_and_reopen(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    fill(qtbot, window, letter_data(fields={"personal_note": "Kept *exactly*.\n\nTwo."}))
    path = tmp_path / "mine.letter"
    assert window.save_draft(path)
    assert not window.isWindowModified()
    assert json.loads(path.read_text(encoding="utf-8"))["format_version"] == 2
    window.form.sender_inputs["name"].setText("Someone else")
    assert window.open_draft(path)
    assert window.form.sender_inputs["name"].text() == "Anna Grigorian"
    assert window.form.field_values()["personal_note"] == "Kept *exactly*.\n\nTwo."
    assert load_draft(path) == window.letter
    assert str(path) in window.settings.recent_files()


def test_bad_draft_is_a_clear_error_and_the_app_keeps_working(
    qtbot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        "composer.ui.main_window.show_error",
        lambda parent, text, details="", title="": shown.append((text, details)),
    )
    fill(qtbot, window, letter_data())
    for content in (
        b"{not json",
        b'{"template": "pow-release", "paper": "legal"}',
        b'{"format_version": 99, "template": "general"}',
        b"\xff\xfe\x00",
    ):
        bad = tmp_path / "bad.letter"
        bad.write_bytes(content)
        assert not window.open_draft(bad)
    assert len(shown) == 4
    assert "paper 'legal'" in shown[1][1]
    assert "newer version" in shown[2][1]
    assert all("Traceback" not in details for _, details in shown)
    window.form.sender_inputs["name"].setText("Still working")
    wait_preview(qtbot, window, "Still working")


def test_quit_with_unsaved_changes_asks_first(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def cancel(*args: object) -> QtWidgets.QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return QtWidgets.QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QtWidgets.QMessageBox, "question", cancel)
    window.form.sender_inputs["name"].setText("Unsaved")
    qtbot.waitUntil(window.isWindowModified)
    assert not window.close()  # the person chose Cancel: the window stays
    assert asked == ["Save the letter?"]
    assert window.session.dirty and window.letter is not None
    assert window.letter.sender.name == "Unsaved"


def test_restore_after_a_crash(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "autosave"
    folder.mkdir()
    save_draft(
        folder / "deadbeef.letter",
        letter_from_dict(letter_data(fields={"personal_note": "typed before the crash"})),
    )
    monkeypatch.setattr(
        QtWidgets.QMessageBox, "question", lambda *a: QtWidgets.QMessageBox.StandardButton.Yes
    )
    settings = Settings(
        QtCore.QSettings(str(tmp_path / "s.ini"), QtCore.QSettings.Format.IniFormat)
    )
    win = MainWindow(settings=settings, autosave_dir=folder)
    qtbot.addWidget(win)
    win.start()
    assert win.form.field_values()["personal_note"] == "typed before the crash"
    assert win.isWindowModified()
    assert not (folder / "deadbeef.letter").exists()
    wait_preview(qtbot, win, "typed before the crash")
    win.session.mark_clean()


def test_clean_close_leaves_no_autosave(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.form.sender_inputs["name"].setText("Anna")
    window.autosave_now()
    assert window.autosave.path.exists()
    window.session.mark_clean()
    assert window.close()
    assert not window.autosave.path.exists()
    assert Autosave.orphans(window.autosave.folder) == []


def test_every_input_has_an_accessible_name_and_tab_reaches_it(window: MainWindow) -> None:
    inputs = [
        w
        for w in window.form.findChildren(QtWidgets.QWidget)
        if isinstance(
            w,
            QtWidgets.QLineEdit
            | QtWidgets.QPlainTextEdit
            | QtWidgets.QComboBox
            | QtWidgets.QDateEdit
            | QtWidgets.QCheckBox
            | QtWidgets.QPushButton,
        )
        and not isinstance(w.parent(), QtWidgets.QComboBox | QtWidgets.QDateEdit)
    ]
    assert len(inputs) > 20
    for widget in inputs:
        assert widget.accessibleName(), widget
        assert widget.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus, widget


def test_settings_remember_window_and_template(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.resize(700, 500)
    window.splitter.setSizes([200, 480])
    window._save_window()
    again = MainWindow(settings=window.settings, autosave_dir=window.autosave.folder / "2")
    qtbot.addWidget(again)
    assert again.size() == QtCore.QSize(700, 500)
    assert again.splitter.sizes()[0] < again.splitter.sizes()[1]  # the form stays narrower
    assert window.settings.last_template() == "pow-release"


def test_sender_is_remembered_only_when_asked(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.form.sender_inputs["name"].setText("Anna")
    window._remember_sender()
    assert window.settings.remembered_sender() == {}
    window.form.remember_sender.setChecked(True)
    window._remember_sender()
    assert window.settings.remembered_sender()["name"] == "Anna"
    window.start_letter(window.catalogue.templates["general"])
    assert window.form.sender_inputs["name"].text() == "Anna"


CRASH_SCRIPT = """
import sys
from pathlib import Path
from composer.ui.qt import QtCore, QtWidgets
app = QtWidgets.QApplication([])
from composer.ui.main_window import MainWindow
from composer.ui.settings import Settings
settings = Settings(QtCore.QSettings(sys.argv[2], QtCore.QSettings.Format.IniFormat))
window = MainWindow(settings=settings, autosave_dir=Path(sys.argv[1]))
window.autosave_timer.setInterval(100)
window.start(ask=False)
note = window.form.rows["fields.personal_note"].editor
count = 0
def type_more():
    global count
    count += 1
    note.insertPlainText(f"w{count} ")
    print(count, flush=True)
timer = QtCore.QTimer()
timer.timeout.connect(type_more)
timer.start(10)
app.exec()
"""


@pytest.mark.slow
@pytest.mark.parametrize("typed", [40, 120, 250])
def test_killed_while_autosaving_loses_little_and_corrupts_nothing(
    tmp_path: Path, typed: int
) -> None:
    folder = tmp_path / "autosave"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": "1"}
    process = subprocess.Popen(
        [sys.executable, "-c", CRASH_SCRIPT, str(folder), str(tmp_path / "s.ini")],
        stdout=subprocess.PIPE,
        stderr=(tmp_path / "stderr.txt").open("w"),
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert process.stdout is not None
    last = 0
    deadline = time.monotonic() + 60
    # Typing until ``typed`` words, and until the first autosave is on disk: a slow start
    # (a busy machine) may not have reached its first autosave after a few words.
    while (last < typed or not list(folder.glob("*.letter"))) and time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:  # the app ended by itself: its exit status and stderr say why
            code = process.wait()
            raise AssertionError(f"exit {code}: " + (tmp_path / "stderr.txt").read_text()[-3000:])
        if line.strip().isdigit():
            last = int(line)
    process.send_signal(signal.SIGKILL)
    process.wait()
    orphans = Autosave.orphans(folder)
    assert len(orphans) == 1
    note = orphans[0].letter().fields["personal_note"]
    words = note.split()
    assert words == [f"w{i}" for i in range(1, len(words) + 1)]  # intact, in order
    # 100 ms autosave interval, a word every 10 ms: at most a few seconds' work is lost.
    assert len(words) >= last - 60
    assert not list(folder.glob(".*.part"))  # a write cut short by the kill is cleaned up


def test_plural_forms_read_naturally(qapp) -> None:  # type: ignore[no-untyped-def]
    from composer.ui.language import translations

    translations(qapp).apply("en", QtCore.QLocale("en_CA"))
    translate = QtCore.QCoreApplication.translate
    assert translate("MainWindow", "%n page(s)", "", 1) == "1 page"
    assert translate("MainWindow", "%n page(s)", "", 3) == "3 pages"


def test_address_book_starts_with_the_bundled_directory(window: MainWindow, tmp_path: Path) -> None:
    window.book_path = tmp_path / "book.sqlite3"
    book = window.address_book()
    assert any(c.source == "bundled:house-of-commons-mp" for c in book.all())
    assert window.address_book() is book


def test_printing_an_incomplete_letter_says_what_is_missing(
    qtbot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        "composer.ui.main_window.show_error",
        lambda parent, text, details="", title="": shown.append((text, details)),
    )
    assert window.current_pdf() is None
    assert "your name is required" in shown[0][1]
    assert window.form.rows["sender.name"].message.text() == "your name is required"


def test_choosing_a_recipient_from_the_address_book(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    from composer.core.contacts import Contact
    from composer.core.model import Recipient

    contact = Contact(
        Recipient(
            kind="human_rights",
            organisation="Human Rights Watch",
            street="350 Fifth Avenue",
            city="New York",
            region="NY",
            postal_code="10118-3299",
            country="US",
        ),
        salutation="Dear colleagues,",
    )
    window.form.set_recipient(contact)
    window.sync()
    letter = window.letter
    assert letter is not None
    assert letter.recipient == contact.recipient
    assert letter.salutation == "Dear colleagues,"
    wait_preview(qtbot, window, "Dear colleagues,")


def test_a_new_letter_starts_in_a_real_home_country(window: MainWindow) -> None:
    country = window.form.sender_values()["country"]
    assert country == window._home_country()
    assert country != "AF"  # not merely the first country in the list
    from composer.ui.language import translations

    try:
        translations().apply("en", QtCore.QLocale("fr_CH"))
        assert window._home_country() == "CH"
        translations().apply("hy", QtCore.QLocale("en_CA"))  # Qt has no hy_CA: still Canada
        assert window._home_country() == "CA"
    finally:
        translations().apply("en", QtCore.QLocale("en_CA"))


def test_the_app_opens_toml_data_files_too(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    data = EXAMPLES / "pow-release.fr.toml"
    before = data.read_bytes()
    assert window.open_draft(data)
    assert window.form.sender_inputs["name"].text() == "Élodie Sarkissian"
    wait_preview(qtbot, window, "Élodie Sarkissian")
    # A new letter made from the data file: Save asks where, never rewrites the TOML as JSON.
    assert window.session.draft_path is None and window.session.dirty
    window.autosave_now()
    assert data.read_bytes() == before


def test_an_address_too_long_for_the_window_is_shown(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    data = letter_data()
    data["recipient"] |= {
        "organisation": "An Organisation With A Very Long Name " * 3,
        "street": "1 A St",
        "street2": "Building 2, Wing 3, Floor 4, Room 5, Desk 6",
    }
    fill(qtbot, window, data)
    qtbot.waitUntil(lambda: bool(window.warnings_label.text()), timeout=10_000)
    assert window.warnings_label.text() == "1 warning"
    assert "too long for the envelope window" in window.warnings_label.toolTip()


def test_at_logout_the_letter_is_kept_and_nothing_is_asked(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """SIGTERM (logout, shutdown): no question can be answered; the typed letter is
    autosaved and offered back at the next start, the settings are saved."""
    from composer.ui.settings import Settings

    settings = Settings(
        QtCore.QSettings(str(tmp_path / "s.ini"), QtCore.QSettings.Format.IniFormat)
    )
    settings.set_last_template("pow-release")
    folder = tmp_path / "autosave"
    win = MainWindow(settings=settings, autosave_dir=folder)
    win.start(ask=False)
    qtbot.waitUntil(lambda: bool(win.preview.pdf))
    note = win.form.rows["fields.personal_note"].editor
    note.setPlainText("typed just before the logout")  # type: ignore[attr-defined]
    win.end_session()  # no message box: the conftest fails the test on any
    assert not win.isVisible()
    orphans = Autosave.orphans(folder)
    assert len(orphans) == 1
    assert orphans[0].letter().fields["personal_note"] == "typed just before the logout"
    settings.q.sync()
    assert settings.geometry() is not None
    win.session.wait()
    win.deleteLater()

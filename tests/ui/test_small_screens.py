"""Every window fits a 1024 × 768 screen at 1.5× scale (683 × 512 logical pixels): nothing
runs off the screen, and every button is on it.

Each screen runs in a child process, since Qt's screen and scale are fixed at start.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.gui


def own_buttons(window, screen):  # type: ignore[no-untyped-def]
    """A window's own push buttons (in a button box, or a row that wraps; not those inside a
    scroll area, which may be below its fold), and the texts of those off the screen."""
    from composer.ui.qt import QtCore, QtWidgets

    def scrolled(widget):  # type: ignore[no-untyped-def]
        while widget is not None and widget is not window:
            if isinstance(widget, QtWidgets.QAbstractScrollArea):
                return True
            widget = widget.parentWidget()
        return False

    buttons = [
        b
        for b in window.findChildren(QtWidgets.QPushButton)
        if b.isVisible() and b.window() is window and not scrolled(b)
    ]
    off = [
        b.text()
        for b in buttons
        if not screen.contains(QtCore.QRect(b.mapToGlobal(QtCore.QPoint(0, 0)), b.size()))
    ]
    return buttons, off


SCRIPT = r"""
import json, sys, tempfile
from pathlib import Path
from composer.ui.qt import QtCore, QtWidgets
app = QtWidgets.QApplication([])
from composer.core.addressbook import AddressBook
from composer.core.model import letter_from_dict
from composer.core.templates import discover, find_template
from composer.ui.addressbook import AddressBookWindow, ContactDialog, ImportDialog
from composer.ui.gallery import TemplateGallery
from composer.ui.main_window import MainWindow
from composer.ui.merge_dialog import MergeDialog
from composer.ui.printer_offsets import PrinterOffsetsDialog
from composer.ui.settings import Settings
from composer.ui.signature import SignatureDialog

tmp = Path(tempfile.mkdtemp())
settings = Settings(QtCore.QSettings(str(tmp / "s.ini"), QtCore.QSettings.Format.IniFormat))
book = AddressBook(tmp / "book.sqlite3")
book.add_bundled()
csv = tmp / "export.csv"
headers = ["First Name", "Last Name", "Organization", "Job Title", "Street", "Street 2",
           "City", "Province", "Postal Code", "Country", "E-mail", "Phone", "Notes",
           "Categories", "Web Page", "Birthday", "Department"]
csv.write_text(",".join(headers) + "\n" + "\n".join(
    ",".join(f"{h} {i}" for h in headers) for i in range(40)), encoding="utf-8")
letter = letter_from_dict(json.loads(Path(sys.argv[1]).read_text(encoding="utf-8")))
template = find_template("pow-release")

main = MainWindow(settings=settings, autosave_dir=tmp / "autosave")
from composer.core.letterlog import LetterLog
from composer.core.model import Recipient
from composer.core.signing import Pin
from composer.ui.finder import FinderDialog
from composer.ui.letters import LettersDialog
from composer.ui.privacy import PrivacyDialog
from composer.ui.signing_table import SetupDialog, SigningTable, TableSetup, VolunteerPanel
letters = LetterLog.open(tmp / "letters.sqlite3")
letters.record_letter(letter, action="printed", subject="Release the prisoners of war")
table = SigningTable(
    TableSetup(template, Pin("2468"), Recipient(organisation="Made-up Office", country="CA")),
    settings, print_pdf=lambda *a: None, folder=tmp / "table")
table.language_buttons["en"].click()
windows = {
    "main window": main,
    "gallery": TemplateGallery(discover(), "en"),
    "address book": AddressBookWindow(book, "en", settings=settings),
    "address book entry": ContactDialog(book.all()[0], "en"),
    "import": ImportDialog(csv),
    "mail merge": MergeDialog(book, letter, template, settings=settings),
    "signature": SignatureDialog(images_dir=tmp / "sig", settings=settings),
    "printer offsets": PrinterOffsetsDialog(settings),
    "letters sent": LettersDialog(letters, settings),
    "find my representative": FinderDialog(settings),
    "what this computer keeps": PrivacyDialog(main),
    "signing table setup": SetupDialog(
        list(discover().templates.values()), [("Made-up Office", Recipient())], True, "en"
    ),
    "signing table": table,
    "signing table volunteer": VolunteerPanel(table),
}
from tests.ui.test_small_screens import own_buttons

screen = app.primaryScreen().availableGeometry()
out = {"screen": [screen.width(), screen.height()]}
for name, window in windows.items():
    window.show()
    for _ in range(5):
        app.processEvents()
    frame = window.frameGeometry()
    hint = window.minimumSizeHint()
    buttons, off = own_buttons(window, screen)
    out[name] = {
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "minimum": [hint.width(), hint.height()],
        "buttons": len(buttons),
        "off screen": off,
    }
    window.hide()
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def measured(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("screen")
    config = folder / "screen.json"
    config.write_text(
        json.dumps(
            {"screens": [{"name": "old monitor", "x": 0, "y": 0, "width": 1024, "height": 768}]}
        )
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": "1.5",
        "XDG_CONFIG_HOME": str(folder / "config"),
        "XDG_DATA_HOME": str(folder / "data"),
        "XDG_CACHE_HOME": str(folder / "cache"),
    }
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(ROOT / "examples" / "pow-release.en.json")],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


WINDOWS = [
    "main window",
    "gallery",
    "address book",
    "address book entry",
    "import",
    "mail merge",
    "signature",
    "printer offsets",
    "letters sent",
    "find my representative",
    "what this computer keeps",
    "signing table setup",
    "signing table",
    "signing table volunteer",
]


def test_the_screen_is_the_small_one(measured: dict[str, object]) -> None:
    assert measured["screen"] == [683, 512]


@pytest.mark.parametrize("name", WINDOWS)
def test_the_window_fits_and_its_buttons_are_on_the_screen(
    measured: dict[str, object], name: str
) -> None:
    info = measured[name]
    assert isinstance(info, dict)
    x, y, width, height = info["frame"]
    assert x >= 0 and y >= 0 and x + width <= 683 and y + height <= 512, info
    assert info["minimum"][0] <= 683 and info["minimum"][1] <= 512, info
    assert info["off screen"] == [], info
    if name not in ("main window", "signing table"):
        assert info["buttons"] >= 1


LARGE_TEXT = r"""
import json, sys, tempfile
from pathlib import Path
from composer.ui.qt import QtCore, QtWidgets
app = QtWidgets.QApplication([])
from composer.ui.accessibility import apply_text_size
from composer.ui.language import translations
translations(app).apply(sys.argv[1], QtCore.QLocale("en_CA"))
apply_text_size(app, 200)
import pytest
from composer.ui import signing_table
signing_table.SigningTable._apply_language = lambda self, code: None  # keep the language


class Bot:  # what make_windows asks of pytest-qt's qtbot
    def addWidget(self, widget):
        pass

    def waitUntil(self, condition, timeout=30000):
        timer = QtCore.QElapsedTimer()
        timer.start()
        while not condition():
            assert timer.elapsed() < timeout
            app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 20)


from tests.ui.test_accessibility import clipped, close_windows, make_windows
from tests.ui.test_small_screens import own_buttons

main, made = make_windows(Bot(), Path(tempfile.mkdtemp()))
screen = app.primaryScreen().availableGeometry()
out = {"screen": [screen.width(), screen.height()]}
for name, window in made.items():
    for other in made.values():
        if other is not window:
            other.hide()
    window.show()
    if window is main:
        window.resize(screen.width() - 16, screen.height() - 40)  # its frame on the screen
    for _ in range(5):
        app.processEvents()
    frame = window.frameGeometry()
    _buttons, off = own_buttons(window, screen)
    out[name] = {
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "minimum width": window.minimumSizeHint().width(),
        "clipped": clipped(window),
        "off screen": off,
    }
for window in made.values():
    window.show()
close_windows(main, made)
print(json.dumps(out))
"""


@pytest.fixture(scope="module", params=["en", "fr", "hy"])
def measured_large(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, dict[str, object]]:
    folder = tmp_path_factory.mktemp("large")
    config = folder / "screen.json"
    config.write_text(
        json.dumps(
            {"screens": [{"name": "old monitor", "x": 0, "y": 0, "width": 1024, "height": 768}]}
        )
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "XDG_CONFIG_HOME": str(folder / "config"),
        "XDG_DATA_HOME": str(folder / "data"),
        "XDG_CACHE_HOME": str(folder / "cache"),
    }
    out = subprocess.run(
        [sys.executable, "-c", LARGE_TEXT, request.param],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=180,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    return request.param, json.loads(out.stdout.strip().splitlines()[-1])


def test_at_twice_the_text_size_every_window_fits_1024_by_768_uncut(
    measured_large: tuple[str, dict[str, object]],
) -> None:
    """The text-size setting at its largest, in each language: no window is wider or taller
    than the screen, no label or button is cut, every button is on the screen."""
    language, measured = measured_large
    assert measured.pop("screen") == [1024, 768]
    faults = {}
    for name, info in measured.items():
        assert isinstance(info, dict)
        x, y, width, height = info["frame"]
        problems = []
        if x < 0 or y < 0 or x + width > 1024 or y + height > 768:
            problems.append(f"frame {info['frame']}")
        if info["minimum width"] > 1024:
            problems.append(f"at least {info['minimum width']} px wide")
        problems += info["clipped"] + [f"button off screen: {t}" for t in info["off screen"]]
        if problems:
            faults[name] = problems
    assert faults == {}, language

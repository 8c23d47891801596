"""The preview's page view: layout, zoom, pictures drawn on the renderer's thread and never of
an older document, and what it does with a PDF it cannot read or draw."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfgen.canvas import Canvas

from composer.ui import pages
from composer.ui.pages import MARGIN, PICTURES_KEPT, SPACING, WAITING, PageView
from composer.ui.qt import QtCore, QtGui, QtPdf, Signal


def pdf(*marks: str, size: tuple[float, float] = letter) -> bytes:
    """A PDF with one page per mark: a black band at the page's "top" or "bottom"."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=size)
    for mark in marks:
        y = size[1] - 150 if mark == "top" else 50
        canvas.rect(50, y, size[0] - 100, 100, stroke=0, fill=1)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def ink(view: PageView, page: int, where: str) -> float:
    """How dark the middle of a page's top or bottom band looks on screen (0 white, 1 black)."""
    image = view.viewport().grab().toImage()
    rect = view.page_rect(page)
    start, end = (0.09, 0.16) if where == "top" else (0.84, 0.91)
    total = dark = 0
    rows = range(rect.top() + round(rect.height() * start), rect.top() + round(rect.height() * end))
    for y in rows[::3]:
        if not 0 <= y < image.height():
            continue
        left, right = rect.left() + rect.width() // 4, rect.right() - rect.width() // 4
        for x in range(max(left, 0), min(right, image.width()), 4):
            total += 1
            dark += QtGui.QColor(image.pixel(x, y)).lightness() < 80
    assert total > 20, "the band is out of sight"
    return dark / total


class StepRenderer(QtCore.QObject):
    """QPdfPageRenderer's part the view uses, drawing only when told (on this thread), from
    whichever document it has then, as the real one does."""

    pageRendered = Signal(int, QtCore.QSize, QtGui.QImage, QtPdf.QPdfDocumentRenderOptions, int)

    def __init__(self) -> None:
        super().__init__()
        self._document: QtPdf.QPdfDocument | None = None
        self.waiting: list[tuple[int, int, QtCore.QSize, QtPdf.QPdfDocumentRenderOptions]] = []
        self._ids = 0
        self.broken = False
        self.broken_pages: set[int] = set()
        self.most_waiting = 0

    def setDocument(self, document: QtPdf.QPdfDocument) -> None:
        self._document = document

    def document(self) -> QtPdf.QPdfDocument | None:
        return self._document

    def requestPage(
        self, page: int, size: QtCore.QSize, options: QtPdf.QPdfDocumentRenderOptions
    ) -> int:
        for request, waiting_page, waiting_size, waiting_options in self.waiting:
            if (waiting_page, waiting_size, waiting_options) == (page, size, options):
                return request  # as Qt's: the same request still waiting keeps its number
        self._ids += 1
        self.waiting.append((self._ids, page, size, options))
        self.most_waiting = max(self.most_waiting, len(self.waiting))
        return self._ids

    def draw_next(self) -> None:
        request, page, size, options = self.waiting.pop(0)
        assert self._document is not None
        broken = self.broken or page in self.broken_pages
        image = QtGui.QImage() if broken else self._document.render(page, size, options)
        self.pageRendered.emit(page, size, image, options, request)

    def draw_all(self) -> None:
        while self.waiting:
            self.draw_next()


@pytest.fixture
def stepped(qtbot):  # type: ignore[no-untyped-def]
    renderer = StepRenderer()
    view = PageView(renderer=renderer)
    qtbot.addWidget(view)
    view.resize(500, 600)
    view.show()
    qtbot.waitExposed(view)
    return view, renderer


def draw_all(view: PageView, renderer: StepRenderer) -> None:
    """Paint, and draw until every page in sight shows the current document."""
    for _ in range(10):
        view.viewport().repaint()
        if view.pages_drawn():
            return
        renderer.draw_all()
    raise AssertionError("the pages were never drawn")


def test_pages_are_drawn_fitted_to_the_width(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = PageView()  # Qt's renderer, on its own thread
    qtbot.addWidget(view)
    view.resize(500, 700)
    view.show()
    view.set_pdf(pdf("top"))
    qtbot.waitUntil(view.pages_drawn, timeout=10_000)
    rect = view.page_rect(0)
    assert rect.width() == view.viewport().width() - 2 * MARGIN
    assert rect.height() == pytest.approx(rect.width() * 11 / 8.5, abs=2)
    assert ink(view, 0, "top") > 0.8
    assert ink(view, 0, "bottom") < 0.05
    view.resize(700, 700)  # still fitted, and drawn again at the new size
    qtbot.waitUntil(lambda: view.page_rect(0).width() == view.viewport().width() - 2 * MARGIN)
    qtbot.waitUntil(view.pages_drawn, timeout=10_000)
    assert ink(view, 0, "top") > 0.8
    # A PDF QtPdf cannot read shows no pages, and the next good one is drawn as ever.
    view.set_pdf(b"%PDF-1.4 not really")
    assert view.page_count() == 0 and view.pages_drawn()
    view.set_pdf(pdf("bottom"))
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    qtbot.waitUntil(view.pages_drawn, timeout=10_000)
    assert ink(view, 0, "bottom") > 0.8


def test_zoom_and_fit(stepped) -> None:  # type: ignore[no-untyped-def]
    view, renderer = stepped
    view.set_pdf(pdf("top", size=A4))
    fitted = view.zoom_factor()
    view.set_zoom_factor(2.0)
    assert not view.fitted()
    per_point = view.logicalDpiX() / 72 * 2.0
    assert view.page_rect(0).width() == round(A4[0] * per_point)
    assert view.horizontalScrollBar().maximum() > 0  # wider than the view: it scrolls
    draw_all(view, renderer)
    view.fit_width()
    assert view.fitted()
    assert view.zoom_factor() == pytest.approx(fitted)
    assert view.horizontalScrollBar().maximum() == 0


def test_pages_are_stacked_and_the_ones_scrolled_to_are_drawn(stepped) -> None:  # type: ignore[no-untyped-def]
    view, renderer = stepped
    view.set_pdf(pdf("top", "bottom", "top"))
    assert view.page_count() == 3
    first, second, third = (view.page_rect(page) for page in range(3))
    assert first.top() == MARGIN
    assert second.top() == first.bottom() + 1 + SPACING
    assert third.top() == second.bottom() + 1 + SPACING
    bar = view.verticalScrollBar()
    assert bar.maximum() == third.bottom() + 1 + MARGIN - view.viewport().height()
    draw_all(view, renderer)
    bar.setValue(bar.maximum())
    assert not view.pages_drawn()  # the third page came into sight
    draw_all(view, renderer)
    assert ink(view, 2, "top") > 0.8


def test_a_picture_of_an_older_document_is_never_taken_for_the_new_one(stepped) -> None:  # type: ignore[no-untyped-def]
    view, renderer = stepped
    view.set_pdf(pdf("top"))
    draw_all(view, renderer)
    assert ink(view, 0, "top") > 0.8
    view.set_pdf(pdf("bottom"))
    view.viewport().repaint()
    assert len(renderer.waiting) == 1  # the new document is being drawn
    # Until it is, the older picture stands in (no white flash while typing) ...
    assert ink(view, 0, "top") > 0.8
    # ... and a page drawn before the next document came is not kept as that one's: the
    # renderer drew "bottom", asked for by the document before.
    renderer.draw_next()
    view.set_pdf(pdf("top", "top"))
    view.viewport().repaint()
    assert not view.pages_drawn()
    draw_all(view, renderer)
    assert ink(view, 0, "top") > 0.8 and ink(view, 0, "bottom") < 0.05
    # A request still waiting from the older document keeps its number; its picture is
    # dropped and the page asked for again.
    view.set_pdf(pdf("bottom"))
    view.viewport().repaint()
    view.set_pdf(pdf("top"))
    view.viewport().repaint()
    assert len(renderer.waiting) == 1  # one request, made for "bottom"
    renderer.draw_next()  # drawn from "top", the renderer's document now, but not trusted
    assert not view.pages_drawn()
    draw_all(view, renderer)
    assert ink(view, 0, "top") > 0.8


def test_the_place_is_kept_when_the_letter_changes(stepped) -> None:  # type: ignore[no-untyped-def]
    view, _renderer = stepped
    view.set_pdf(pdf("top", "top"))
    view.verticalScrollBar().setValue(400)
    view.set_pdf(pdf("top", "bottom"))
    assert view.verticalScrollBar().value() == 400
    view.set_pdf(pdf("top"))  # shorter: as far down as it now goes
    assert view.verticalScrollBar().value() == view.verticalScrollBar().maximum()


def test_an_unreadable_pdf_shows_no_pages_and_is_never_drawn(stepped) -> None:  # type: ignore[no-untyped-def]
    view, renderer = stepped
    view.set_pdf(pdf("top"))
    draw_all(view, renderer)
    drawn_from = renderer.document()
    view.set_pdf(b"%PDF-1.4 not really")
    view.viewport().repaint()
    assert view.page_count() == 0 and view.pages_drawn()
    assert not renderer.waiting
    assert renderer.document() is drawn_from  # not handed to the renderer


def test_pages_that_cannot_be_drawn_are_white_and_not_tried_again(stepped) -> None:  # type: ignore[no-untyped-def]
    view, renderer = stepped
    view.set_pdf(pdf("top"))
    draw_all(view, renderer)
    renderer.broken = True
    view.set_pdf(pdf("bottom"))
    view.viewport().repaint()
    renderer.draw_all()
    for _ in range(3):
        view.viewport().repaint()
        assert not renderer.waiting
    assert ink(view, 0, "top") < 0.05  # not the older letter


def test_pictures_are_kept_for_the_pages_in_sight_and_a_few_more(stepped) -> None:  # type: ignore[no-untyped-def]
    view, renderer = stepped
    view.resize(400, 1400)
    view.set_pdf(pdf(*["top"] * 40))
    view.set_zoom_factor(0.1)  # a dozen pages in sight at once
    assert len(view._in_sight()) > PICTURES_KEPT
    draw_all(view, renderer)  # all of them drawn: none pushed out by another
    bar = view.verticalScrollBar()
    view.set_zoom_factor(1.0)
    for value in range(0, bar.maximum() + 1, max(1, bar.maximum() // 12)):
        bar.setValue(value)
        draw_all(view, renderer)
        assert len(view._pictures) <= PICTURES_KEPT + len(view._in_sight())
    bar.setValue(0)
    draw_all(view, renderer)
    assert ink(view, 0, "top") > 0.8


def test_a_page_that_cannot_be_drawn_leaves_the_others_drawn(stepped) -> None:  # type: ignore[no-untyped-def]
    view, renderer = stepped
    view.resize(400, 1400)
    renderer.broken_pages = {1}
    view.set_pdf(pdf("top", "top", "top"))
    view.set_zoom_factor(0.4)  # all three in sight
    draw_all(view, renderer)  # done: the broken page is not asked for again
    assert ink(view, 0, "top") > 0.8 and ink(view, 2, "top") > 0.8
    assert ink(view, 1, "top") < 0.05
    view.viewport().repaint()
    assert not renderer.waiting


def test_a_fast_scroll_through_many_pages_asks_for_a_few_at_a_time(stepped) -> None:  # type: ignore[no-untyped-def]
    view, renderer = stepped
    view.resize(400, 1400)
    view.set_pdf(pdf(*["top"] * 60))
    view.set_zoom_factor(0.1)  # a dozen pages in sight
    bar = view.verticalScrollBar()
    for value in range(0, bar.maximum() + 1, 37):  # scrolled faster than pages are drawn
        bar.setValue(value)
        view.viewport().repaint()
    assert renderer.most_waiting <= WAITING
    draw_all(view, renderer)  # the pages now in sight, not those scrolled past
    assert view.pages_drawn()


def test_zooming_and_resizing_keep_the_page_at_the_top(stepped) -> None:  # type: ignore[no-untyped-def]
    view, _renderer = stepped
    view.set_pdf(pdf(*["top"] * 8))
    view.verticalScrollBar().setValue(view.page_rect(5).top() + view.verticalScrollBar().value())
    assert view._place()[0] == 5
    view.set_zoom_factor(2.0)
    assert view._place()[0] == 5
    view.fit_width()
    assert view._place()[0] == 5
    view.resize(800, 600)  # fitted: the pages grow with the width
    assert view._place()[0] == 5
    view.verticalScrollBar().setValue(0)
    view.set_zoom_factor(1.5)
    assert view.verticalScrollBar().value() == 0  # the top of the letter stays in sight


def test_pictures_out_of_sight_are_kept_within_a_memory_budget(stepped, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    view, renderer = stepped
    monkeypatch.setattr(pages, "PICTURE_BYTES", 1)
    view.set_pdf(pdf(*["top"] * 6))
    bar = view.verticalScrollBar()
    for value in range(0, bar.maximum() + 1, 200):
        bar.setValue(value)
        draw_all(view, renderer)
    view._forget_unseen()
    assert set(view._pictures) == set(view._in_sight())
    monkeypatch.setattr(pages, "PICTURE_BYTES", 64 << 20)  # small pages: kept by number
    for value in range(0, bar.maximum() + 1, 200):
        bar.setValue(value)
        draw_all(view, renderer)
    assert len(view._pictures) == 6 <= PICTURES_KEPT


FRACTIONAL = """
import sys
from composer.ui.qt import QtCore, QtGui, QtWidgets
app = QtWidgets.QApplication([])
import io
from reportlab.pdfgen.canvas import Canvas
from composer.ui.pages import PageView
out = io.BytesIO()
canvas = Canvas(out)
for _page in range(3):
    for line in range(60):
        canvas.drawString(40, 800 - 13 * line, "Thin letters: illuminating lilies " * 3)
    canvas.showPage()
canvas.save()
view = PageView()
view.show()
for width in range(500, 520):  # a width where the page's size falls between device pixels
    view.resize(width, 900)
    view.set_pdf(out.getvalue())
    if (view.page_rect(0).height() * view.devicePixelRatioF()) % 1:
        break
view.verticalScrollBar().setValue(301)  # an odd offset: half a device pixel at 150 %
deadline = QtCore.QDeadlineTimer(10_000)
while not view.pages_drawn() and not deadline.hasExpired():
    app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 50)
ratio = view.devicePixelRatioF()
shown = view.viewport().grab().toImage()
worst = 0
for page in view._in_sight():
    drawn = view._pictures[page].image
    picture = QtGui.QImage(drawn.size(), QtGui.QImage.Format.Format_RGB32)
    picture.fill(QtCore.Qt.GlobalColor.white)  # the page's paper, under PDFium's picture
    painter = QtGui.QPainter(picture)
    painter.drawImage(0, 0, drawn)
    painter.end()
    rect = view.page_rect(page)
    left, top = round(rect.x() * ratio), round(rect.y() * ratio)
    for y in range(max(0, -top), min(picture.height(), shown.height() - top), 3):
        for x in range(0, min(picture.width(), shown.width() - left), 2):
            on_screen = QtGui.QColor(shown.pixel(left + x, top + y)).lightness()
            worst = max(worst, abs(on_screen - picture.pixelColor(x, y).lightness()))
print(ratio, len(view._in_sight()), worst)
"""


@pytest.mark.parametrize("scale", ["1.5", "1.25"])
def test_at_a_fractional_scale_pages_are_shown_pixel_for_pixel(scale: str) -> None:
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    env = {**os.environ, "QT_SCALE_FACTOR": scale, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", FRACTIONAL],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout.split()
    ratio, pages_in_sight, worst = float(out[0]), int(out[1]), int(out[2])
    assert ratio == float(scale) and pages_in_sight >= 2
    assert worst <= 2  # the picture as drawn, not resampled between pixels


def test_a_page_zoomed_in_far_is_drawn_only_around_the_part_in_sight(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pages, "WHOLE_PAGE_PIXELS", 500_000)
    view = PageView()  # Qt's renderer, with the part asked for in its options
    qtbot.addWidget(view)
    view.resize(500, 600)
    view.show()
    view.set_pdf(pdf("bottom"))
    view.set_zoom_factor(2.0)
    qtbot.waitUntil(view.pages_drawn, timeout=10_000)
    picture = view._pictures[0]
    whole = picture.pixels.width() * picture.pixels.height()
    assert picture.part is not None and whole > 3 * 500_000
    assert picture.image.width() * picture.image.height() < whole / 2
    assert ink(view, 0, "top") < 0.05
    bar = view.verticalScrollBar()
    bar.setValue(view.page_rect(0).top() + bar.value() + round(view.page_rect(0).height() * 0.8))
    assert not view.pages_drawn()  # the bottom of the page was not drawn yet
    qtbot.waitUntil(view.pages_drawn, timeout=10_000)
    assert ink(view, 0, "bottom") > 0.8

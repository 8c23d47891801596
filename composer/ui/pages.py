"""The pages of a PDF, one below another, fitted to the width or zoomed.

Why not Qt's ``QPdfView``: for every document it is given, it reads the first page's text on
the UI thread to find web links to follow (about 2 ms of the 15 ms from a keystroke to the
new preview, for pages with nothing to follow), and a page it drew for the previous document
can reach its cache after the next document is set, showing the old letter until the next
change.

Here the UI thread only loads the document and reads its page sizes (PDFium has one lock for
all documents, so a load waits for a page being drawn: a few milliseconds at ordinary
zoom). The pages in sight are drawn by Qt's own page renderer on its own thread (in C++:
drawing a page from Python would hold Python's lock for its whole 5-10 ms, stalling the UI
and the next build), a few at a time, so scrolling fast through a merge's hundred pages
does not queue drawings of pages long gone by. Every request is remembered with the
document it was made for, and a picture that comes back for an older document is dropped;
until the new pictures arrive, the older ones stand in, scaled, so the pages never flash
white while someone types. Zooming and resizing keep the page at the top of the view; a
page zoomed in past 16 megapixels is drawn only around the part in sight, and pictures are
placed on whole device pixels (at 125 % or 150 % they would otherwise be resampled).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass

from composer.ui.qt import QtCore, QtGui, QtPdf, QtWidgets

log = logging.getLogger(__name__)

MARGIN = 12  # around the pages, in pixels
SPACING = 12  # between pages
PICTURES_KEPT = 8  # pictures kept, more only while more pages are in sight (a merge has hundreds)
PICTURE_BYTES = 64 << 20  # nor more than this, besides those in sight (pages zoomed in are big)
WAITING = 3  # requests on the renderer at once
# A page bigger than this (zoomed in) is drawn only around the part in sight: a whole page at
# 500 % on a high-density screen would be a picture of some 350 MB.
WHOLE_PAGE_PIXELS = 16_000_000


def pdf_document(data: bytes, parent: QtCore.QObject | None = None) -> QtPdf.QPdfDocument:
    """A loaded QtPdf document over a copy of ``data`` (the buffer is the document's child,
    as QtPdf reads it for the document's whole life)."""
    document = QtPdf.QPdfDocument(parent) if parent is not None else QtPdf.QPdfDocument()
    buffer = QtCore.QBuffer(document)
    buffer.setData(QtCore.QByteArray(data))
    buffer.open(QtCore.QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


@dataclass
class Picture:
    image: QtGui.QImage
    generation: int  # the document it shows
    pixels: QtCore.QSize  # the whole page's size it was drawn at, in device pixels
    part: QtCore.QRect | None = None  # the part of the page it shows (None: all of it)


class PageView(QtWidgets.QAbstractScrollArea):
    """All pages of one PDF, fitted to the width (the default) or at a chosen zoom."""

    def __init__(
        self, parent: QtWidgets.QWidget | None = None, renderer: QtCore.QObject | None = None
    ) -> None:
        """``renderer``: something with QPdfPageRenderer's ``setDocument``, ``document``,
        ``requestPage`` and ``pageRendered`` (tests give a synchronous one)."""
        super().__init__(parent)
        self._document: QtPdf.QPdfDocument | None = None
        self._generation = 0
        self._sizes: list[QtCore.QSizeF] = []  # each page's size in points
        self._geometry: list[QtCore.QRect] = []  # each page's place, in pixels
        self._content = QtCore.QSize()
        self._fitted = True
        self._zoom = 1.0  # pixels per point over the screen's, when not fitted
        self._pictures: OrderedDict[int, Picture] = OrderedDict()
        # Requests on the renderer's thread: id -> (generation, page, the page's size in
        # device pixels, the part of it asked for or None).
        self._requests: dict[int, tuple[int, int, QtCore.QSize, QtCore.QRect | None]] = {}
        # Pages that could not be drawn, not asked for again: (generation, page, w, h).
        self._failed: set[tuple[int, int, int, int]] = set()
        if renderer is None:
            renderer = QtPdf.QPdfPageRenderer(self)
            renderer.setRenderMode(QtPdf.QPdfPageRenderer.RenderMode.MultiThreaded)
        self.renderer: QtPdf.QPdfPageRenderer = renderer  # type: ignore[assignment]
        self.renderer.pageRendered.connect(self._drawn)
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        self.setBackgroundRole(QtGui.QPalette.ColorRole.Dark)
        self.viewport().setBackgroundRole(QtGui.QPalette.ColorRole.Dark)
        self.verticalScrollBar().setSingleStep(20)
        self.horizontalScrollBar().setSingleStep(20)
        # Always a vertical bar: fitted to the width, a page just as tall as the view would
        # otherwise show the bar, narrow the page, hide the bar, widen the page, for ever.
        self.setVerticalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOn)

    # -- the document -------------------------------------------------------------------------

    def set_pdf(self, data: bytes) -> None:
        """Show these PDF bytes (the scroll position is kept)."""
        document = pdf_document(data, self)
        ready = document.status() == QtPdf.QPdfDocument.Status.Ready
        self._generation += 1
        self._failed.clear()
        self._sizes = (
            [document.pagePointSize(page) for page in range(document.pageCount())] if ready else []
        )
        before = [self._document, self.renderer.document()]
        # The renderer's thread switches documents between two pages, never during one, so
        # a document can go once it is no longer the renderer's. An unreadable one is never
        # given to it: a request it then dropped would block that page for good.
        if ready:
            self.renderer.setDocument(document)
        self._document = document
        for old in {id(old): old for old in before if old is not None}.values():
            if old is not document and old is not self.renderer.document():
                old.deleteLater()
        for page in [page for page in self._pictures if page >= len(self._sizes)]:
            del self._pictures[page]
        self._lay_out()

    def document(self) -> QtPdf.QPdfDocument | None:
        return self._document

    def page_count(self) -> int:
        return len(self._sizes)

    def page_rect(self, page: int) -> QtCore.QRect:
        """Where a page is, in the viewport's coordinates."""
        return self._geometry[page].translated(
            -self.horizontalScrollBar().value(), -self.verticalScrollBar().value()
        )

    def pages_drawn(self) -> bool:
        """Every page in sight shows the current document at its size (tests, benchmarks)."""
        return not self._missing()

    # -- zoom ---------------------------------------------------------------------------------

    def fitted(self) -> bool:
        return self._fitted

    def fit_width(self) -> None:
        self._fitted = True
        self._lay_out(keep_place=True)

    def zoom_factor(self) -> float:
        """Pixels per point over the screen's pixels per point (1.0 is actual size)."""
        if not self._fitted or not self._sizes:
            return self._zoom
        return self._scale(0) / self._screen_scale()

    def set_zoom_factor(self, factor: float) -> None:
        self._fitted = False
        self._zoom = factor
        self._lay_out(keep_place=True)

    def _screen_scale(self) -> float:
        return self.logicalDpiX() / 72

    def _scale(self, page: int) -> float:
        """Pixels per point for one page."""
        if not self._fitted:
            return self._screen_scale() * self._zoom
        width = self.viewport().width() - 2 * MARGIN
        return max(width, 1) / max(self._sizes[page].width(), 1.0)

    # -- layout -------------------------------------------------------------------------------

    def _place(self) -> tuple[int, float] | None:
        """The page at the top of the view, and how far down it the view starts (0-1)."""
        top = self.verticalScrollBar().value()
        for page, rect in enumerate(self._geometry):
            if rect.bottom() + SPACING >= top:
                return page, max(0.0, (top - rect.top()) / max(rect.height(), 1))
        return None

    def _lay_out(self, keep_place: bool = False) -> None:
        # At the very top, the view stays at the top (the page's margin still shows).
        place = self._place() if keep_place and self.verticalScrollBar().value() > 0 else None
        sizes = [
            QtCore.QSizeF(size.width() * self._scale(page), size.height() * self._scale(page))
            for page, size in enumerate(self._sizes)
        ]
        widest = max((round(size.width()) for size in sizes), default=0) + 2 * MARGIN
        width = max(widest, self.viewport().width())
        geometry = []
        y = MARGIN
        for size in sizes:
            w, h = round(size.width()), round(size.height())
            geometry.append(QtCore.QRect((width - w) // 2, y, w, h))
            y += h + SPACING
        self._geometry = geometry
        self._content = QtCore.QSize(widest, y - SPACING + MARGIN if sizes else 0)
        self._update_scroll_bars()
        if place is not None and place[0] < len(geometry):
            rect = geometry[place[0]]
            self.verticalScrollBar().setValue(rect.top() + round(place[1] * rect.height()))
        self.viewport().update()

    def _update_scroll_bars(self) -> None:
        view = self.viewport().size()
        for bar, content, shown in (
            (self.horizontalScrollBar(), self._content.width(), view.width()),
            (self.verticalScrollBar(), self._content.height(), view.height()),
        ):
            bar.setRange(0, max(0, content - shown))
            bar.setPageStep(shown)

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out(keep_place=self._fitted)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    # -- drawing ------------------------------------------------------------------------------

    def _in_sight(self) -> list[int]:
        seen = QtCore.QRect(
            self.horizontalScrollBar().value(),
            self.verticalScrollBar().value(),
            self.viewport().width(),
            self.viewport().height(),
        )
        return [page for page, rect in enumerate(self._geometry) if rect.intersects(seen)]

    def _pixels(self, page: int) -> QtCore.QSize:
        return self._geometry[page].size() * self.devicePixelRatioF()

    def _on_screen(self, page: int) -> QtCore.QRect:
        """Where a page is drawn, in the viewport's device pixels."""
        ratio = self.devicePixelRatioF()
        rect = self._geometry[page]
        x = round((rect.x() - self.horizontalScrollBar().value()) * ratio)
        y = round((rect.y() - self.verticalScrollBar().value()) * ratio)
        return QtCore.QRect(QtCore.QPoint(x, y), self._pixels(page))

    def _seen_part(self, page: int) -> QtCore.QRect:
        """The part of a page in sight, in its own device pixels."""
        ratio = self.devicePixelRatioF()
        view = QtCore.QRect(QtCore.QPoint(0, 0), self.viewport().size() * ratio)
        place = self._on_screen(page)
        return view.intersected(place).translated(-place.topLeft())

    def _wanted(self, page: int) -> tuple[QtCore.QSize, QtCore.QRect | None]:
        """The page's size in device pixels, and the part of it to draw (None: all)."""
        pixels = self._pixels(page)
        if pixels.width() * pixels.height() <= WHOLE_PAGE_PIXELS:
            return pixels, None
        seen = self._seen_part(page)
        margin = self.viewport().size() * self.devicePixelRatioF() / 2  # room to scroll
        part = seen.adjusted(-margin.width(), -margin.height(), margin.width(), margin.height())
        return pixels, part.intersected(QtCore.QRect(QtCore.QPoint(0, 0), pixels))

    def _shows(self, picture: Picture | None, page: int) -> bool:
        """The picture is of the current document at the current size, and covers what is
        in sight of the page."""
        if picture is None or picture.generation != self._generation:
            return False
        if picture.pixels != self._pixels(page):
            return False
        return picture.part is None or picture.part.contains(self._seen_part(page))

    def _missing(self) -> list[tuple[int, QtCore.QSize, QtCore.QRect | None]]:
        missing = []
        for page in self._in_sight():
            if self._shows(self._pictures.get(page), page):
                continue
            pixels, part = self._wanted(page)
            if (self._generation, page, pixels.width(), pixels.height()) not in self._failed:
                missing.append((page, pixels, part))
        return missing

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        painter = QtGui.QPainter(self.viewport())
        painter.setRenderHint(QtGui.QPainter.RenderHint.SmoothPixmapTransform)
        # In device pixels: at a scale such as 150 %, a page placed in logical pixels can
        # start half-way between two device pixels, and its picture would be resampled.
        ratio = self.devicePixelRatioF()
        painter.scale(1 / ratio, 1 / ratio)
        for page in self._in_sight():
            place = self._on_screen(page)
            painter.fillRect(place, QtCore.Qt.GlobalColor.white)
            picture = self._pictures.get(page)
            if picture is None:
                continue
            part = picture.part or QtCore.QRect(QtCore.QPoint(0, 0), picture.pixels)
            if picture.pixels == place.size():
                painter.drawImage(place.topLeft() + part.topLeft(), picture.image)  # 1:1
            else:  # an older picture stands in, scaled to the page's size now
                sx = place.width() / max(picture.pixels.width(), 1)
                sy = place.height() / max(picture.pixels.height(), 1)
                target = QtCore.QRectF(
                    place.x() + part.x() * sx,
                    place.y() + part.y() * sy,
                    part.width() * sx,
                    part.height() * sy,
                )
                painter.drawImage(target, picture.image)
        painter.end()
        self._draw_missing()

    def _draw_missing(self) -> None:
        current = [
            (page, pixels, part)
            for gen, page, pixels, part in self._requests.values()
            if gen == self._generation
        ]
        waiting = len(current)  # an older document's requests do not hold the new one back
        for page, pixels, part in self._missing():
            if any(
                (p, s) == (page, pixels) and (q is None or (part is not None and q.contains(part)))
                for p, s, q in current
            ):
                continue  # already asked for
            if waiting >= WAITING:
                break  # the rest when these come back, if still in sight then
            options = QtPdf.QPdfDocumentRenderOptions()
            if part is not None:
                options.setScaledSize(pixels)
                options.setScaledClipRect(part)
            request = self.renderer.requestPage(page, part.size() if part else pixels, options)
            # The same request still waiting for an older document keeps its number, and its
            # picture will be dropped; the page is asked for again when it arrives.
            if request and request not in self._requests:
                self._requests[request] = (self._generation, page, pixels, part)
                waiting += 1

    def _drawn(
        self,
        page: int,
        pixels: QtCore.QSize,
        image: QtGui.QImage,
        _options: QtPdf.QPdfDocumentRenderOptions,
        request: int,
    ) -> None:
        generation, _page, whole, part = self._requests.pop(request, (0, page, pixels, None))
        if generation != self._generation or page >= len(self._sizes):
            pass  # drawn for an older document
        elif image.isNull():
            log.warning("The preview could not draw page %d", page + 1)
            self._failed.add((generation, page, whole.width(), whole.height()))
            self._pictures.pop(page, None)  # a white page, not an older letter's
        else:
            self._pictures[page] = Picture(image, generation, whole, part)
            self._pictures.move_to_end(page)
            self._forget_unseen()
        self.viewport().update()  # and whatever is still missing is asked for

    def _forget_unseen(self) -> None:
        """Drop the longest unseen pictures beyond PICTURES_KEPT and PICTURE_BYTES (those of
        the pages in sight are always kept)."""
        in_sight = set(self._in_sight())
        unseen = [page for page in self._pictures if page not in in_sight]
        size = sum(self._pictures[page].image.sizeInBytes() for page in unseen)
        for page in unseen:
            if len(self._pictures) <= PICTURES_KEPT and size <= PICTURE_BYTES:
                break
            size -= self._pictures.pop(page).image.sizeInBytes()

"""The pad a signature is drawn on, with a mouse, a finger or a pressure-sensitive pen.

The pad stores only coordinates (x, y, pressure), in a fixed 600 × 200 canvas space, so a
signature looks the same whatever size the pad had; ``composer.pdf.signature`` draws them into
the letter.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from composer.core.model import MAX_POINTS, MAX_STROKES, Point, Stroke
from composer.pdf.signature import MAX_WIDTH, stroke_widths
from composer.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal, Slot

CANVAS_WIDTH = 600.0
CANVAS_HEIGHT = 200.0
INK = QtGui.QColor("#0d1a59")  # the PDF's blue-black ink (0.05, 0.1, 0.35)

# Screen ink is 1-3.5 px at scale 1; stroke_widths() gives PDF points up to MAX_WIDTH.
_PX_PER_WIDTH = 3.5 / MAX_WIDTH
_MIN_STEP = 0.5  # canvas units: closer points add nothing but size
_GUIDE_Y = 0.75  # where the "sign here" line sits, as a fraction of the canvas height


class SignaturePad(QtWidgets.QWidget):
    """A surface to sign on with a mouse, a finger or a pen.

    Strokes are kept in canvas units (0..600 × 0..200, y down); the canvas is fitted into the
    widget without distortion. Pressure is 0 when the device does not report it.
    """

    changed = Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[Stroke] = []
        self._current: list[Point] = []
        self._source: str | None = None  # "mouse", "tablet" or "touch" while a stroke is drawn
        self._touch_id: int | None = None
        self._cache: QtGui.QPixmap | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        # Drawn with a pointer, so not a Tab stop (the keyboard signs on the Type tab); a
        # click gives it the focus for Ctrl+Z and Delete.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Expanding
        )
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Signature pad"))
        self.setAccessibleDescription(
            self.tr(
                "Draw your signature here with a mouse, a finger or a pen. "
                "Ctrl+Z removes the last stroke; Delete clears the pad."
            )
        )

    # --- public API ---------------------------------------------------------------------

    def strokes(self) -> tuple[Stroke, ...]:
        return tuple(self._strokes)

    def set_strokes(self, strokes: Iterable[Sequence[Sequence[float]]]) -> None:
        """Replace the signature; points are (x, y) or (x, y, pressure) in canvas units."""
        cleaned: list[Stroke] = []
        for stroke in strokes:
            points = tuple(
                (float(p[0]), float(p[1]), float(p[2]) if len(p) > 2 else 0.0) for p in stroke
            )
            if points:
                cleaned.append(points)
        self._strokes = cleaned
        self._cancel_stroke()
        self._invalidate()
        self.changed.emit()

    @Slot()
    def undo_stroke(self) -> None:
        if self._strokes:
            self._strokes.pop()
            self._invalidate()
            self.changed.emit()

    @Slot()
    def clear(self) -> None:
        had_ink = bool(self._strokes or self._current)
        self._strokes = []
        self._cancel_stroke()
        if had_ink:
            self._invalidate()
            self.changed.emit()

    def is_empty(self) -> bool:
        return not self._strokes

    def sizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(int(CANVAS_WIDTH), int(CANVAS_HEIGHT))

    def minimumSizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(360, 120)

    # --- geometry -----------------------------------------------------------------------

    def _scale_and_offset(self) -> tuple[float, float, float]:
        scale = min(self.width() / CANVAS_WIDTH, self.height() / CANVAS_HEIGHT)
        scale = max(scale, 1e-6)
        return (
            scale,
            (self.width() - CANVAS_WIDTH * scale) / 2,
            (self.height() - CANVAS_HEIGHT * scale) / 2,
        )

    def _to_canvas(self, pos: QtCore.QPointF) -> tuple[float, float]:
        scale, ox, oy = self._scale_and_offset()
        x = min(max((pos.x() - ox) / scale, 0.0), CANVAS_WIDTH)
        y = min(max((pos.y() - oy) / scale, 0.0), CANVAS_HEIGHT)
        return round(x, 2), round(y, 2)

    def _to_widget(self, point: Point) -> QtCore.QPointF:
        scale, ox, oy = self._scale_and_offset()
        return QtCore.QPointF(ox + point[0] * scale, oy + point[1] * scale)

    # --- recording ----------------------------------------------------------------------

    def _total_points(self) -> int:
        return sum(len(s) for s in self._strokes) + len(self._current)

    def _begin(self, source: str, pos: QtCore.QPointF, pressure: float) -> None:
        if self._source is not None:
            self._finish()
        if len(self._strokes) >= MAX_STROKES:  # the data contract refuses more
            QtWidgets.QApplication.beep()
            return
        self._source = source
        self._current = []
        self._add(pos, pressure)

    def _add(self, pos: QtCore.QPointF, pressure: float) -> None:
        if self._total_points() >= MAX_POINTS:
            return
        x, y = self._to_canvas(pos)
        point = (x, y, round(min(max(pressure, 0.0), 1.0), 3))
        if self._current:
            last = self._current[-1]
            if math.hypot(x - last[0], y - last[1]) < _MIN_STEP:
                return
        self._current.append(point)
        self.update()

    def _finish(self) -> None:
        stroke = tuple(self._current)
        self._cancel_stroke()
        if stroke:
            self._strokes.append(stroke)
            self._invalidate()
            self.changed.emit()

    def _cancel_stroke(self) -> None:
        self._current = []
        self._source = None
        self._touch_id = None
        self.update()

    # --- input --------------------------------------------------------------------------

    def mousePressEvent(self, event: QtGui.QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        if self._source in ("tablet", "touch"):  # a synthesized copy of a stroke in progress
            event.accept()
            return
        self._begin("mouse", event.position(), 0.0)
        event.accept()

    def mouseMoveEvent(self, event: QtGui.QMouseEvent) -> None:
        if self._source == "mouse" and event.buttons() & Qt.MouseButton.LeftButton:
            self._add(event.position(), 0.0)
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QtGui.QMouseEvent) -> None:
        if self._source == "mouse" and event.button() == Qt.MouseButton.LeftButton:
            self._add(event.position(), 0.0)
            self._finish()
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QtGui.QTabletEvent) -> None:
        # Accepting every tablet event stops Qt from also sending a synthesized mouse event,
        # which would draw the stroke twice.
        event.accept()
        if event.pointerType() == QtGui.QPointingDevice.PointerType.Eraser:
            return
        kind = event.type()
        if kind == QtCore.QEvent.Type.TabletPress:
            # A pen touching the surface at pressure 0 is still a known, very light pressure.
            self._begin("tablet", event.position(), max(event.pressure(), 0.001))
        elif kind == QtCore.QEvent.Type.TabletMove and self._source == "tablet":
            self._add(event.position(), max(event.pressure(), 0.001))
        elif kind == QtCore.QEvent.Type.TabletRelease and self._source == "tablet":
            self._finish()

    def event(self, event: QtCore.QEvent) -> bool:
        kind = event.type()
        if kind in (
            QtCore.QEvent.Type.TouchBegin,
            QtCore.QEvent.Type.TouchUpdate,
            QtCore.QEvent.Type.TouchEnd,
            QtCore.QEvent.Type.TouchCancel,
        ):
            assert isinstance(event, QtGui.QTouchEvent)
            return self._touch(event)
        return super().event(event)

    def _touch(self, event: QtGui.QTouchEvent) -> bool:
        device = event.device()
        if device is not None and device.type() == QtGui.QInputDevice.DeviceType.TouchPad:
            event.ignore()  # a laptop touchpad moves the pointer; the mouse path handles it
            return False
        kind = event.type()
        if kind == QtCore.QEvent.Type.TouchCancel:
            self._cancel_stroke()
            event.accept()
            return True
        has_pressure = device is not None and bool(
            device.capabilities() & QtGui.QInputDevice.Capability.Pressure
        )
        points = event.points()
        if self._source != "touch" and points:
            # Only the first finger draws: a second one resting on the screen is ignored.
            first = points[0]
            if first.state() == QtGui.QEventPoint.State.Pressed:
                self._begin("touch", first.position(), first.pressure() if has_pressure else 0.0)
                if self._source == "touch":
                    self._touch_id = first.id()
        elif self._source == "touch":
            for point in points:
                if point.id() != self._touch_id:
                    continue
                self._add(point.position(), point.pressure() if has_pressure else 0.0)
                if point.state() == QtGui.QEventPoint.State.Released:
                    self._finish()
        if kind == QtCore.QEvent.Type.TouchEnd and self._source == "touch":
            self._finish()
        event.accept()  # accepted touches get no synthesized mouse events
        return True

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        if event.matches(QtGui.QKeySequence.StandardKey.Undo):
            self.undo_stroke()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def hideEvent(self, event: QtGui.QHideEvent) -> None:
        if self._source is not None:  # a hidden pad gets no release: keep what was drawn
            self._finish()
        super().hideEvent(event)

    # --- painting -----------------------------------------------------------------------

    def _invalidate(self) -> None:
        self._cache = None
        self.update()

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        self._cache = None
        super().resizeEvent(event)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() in (QtCore.QEvent.Type.PaletteChange, QtCore.QEvent.Type.StyleChange):
            self._cache = None
            self.update()
        super().changeEvent(event)

    def _paint_stroke(self, painter: QtGui.QPainter, stroke: Sequence[Point]) -> None:
        """Quadratic curves through the midpoints, each piece as wide as its pen width."""
        scale, _, _ = self._scale_and_offset()
        factor = _PX_PER_WIDTH * min(max(scale, 0.75), 2.5)
        widths = [w * factor for w in stroke_widths(stroke, scale)]
        pts = [self._to_widget(p) for p in stroke]
        colour = self.palette().color(QtGui.QPalette.ColorRole.Text)
        pen = QtGui.QPen(
            colour, 1.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
        )
        if len(pts) == 1:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(pts[0], widths[0] / 2, widths[0] / 2)
            return
        painter.setBrush(Qt.BrushStyle.NoBrush)
        start = pts[0]
        for i in range(1, len(pts)):
            path = QtGui.QPainterPath(start)
            if i < len(pts) - 1:
                end = (pts[i] + pts[i + 1]) / 2
                path.quadTo(pts[i], end)
            else:
                end = pts[i]
                path.lineTo(end)
            pen.setWidthF(widths[i])
            painter.setPen(pen)
            painter.drawPath(path)
            start = end

    def _stroke_cache(self) -> QtGui.QPixmap:
        if self._cache is None:
            ratio = self.devicePixelRatioF()
            pixmap = QtGui.QPixmap(self.size() * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QtGui.QPainter(pixmap)
            painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
            for stroke in self._strokes:
                self._paint_stroke(painter, stroke)
            painter.end()
            self._cache = pixmap
        return self._cache

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        palette = self.palette()
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), palette.color(QtGui.QPalette.ColorRole.Base))
        scale, ox, oy = self._scale_and_offset()
        canvas = QtCore.QRectF(ox, oy, CANVAS_WIDTH * scale, CANVAS_HEIGHT * scale)
        hint = palette.color(QtGui.QPalette.ColorRole.PlaceholderText)
        line_y = canvas.top() + canvas.height() * _GUIDE_Y
        margin = canvas.width() * 0.05
        painter.setPen(QtGui.QPen(hint, 1.0))
        painter.drawLine(
            QtCore.QPointF(canvas.left() + margin, line_y),
            QtCore.QPointF(canvas.right() - margin, line_y),
        )
        if not self._strokes and not self._current:
            painter.drawText(
                QtCore.QRectF(canvas.left() + margin, line_y, canvas.width(), canvas.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                self.tr("Sign above the line"),
            )
        painter.drawPixmap(0, 0, self._stroke_cache())
        if self._current:
            self._paint_stroke(painter, self._current)
        frame = palette.color(
            QtGui.QPalette.ColorRole.Highlight if self.hasFocus() else QtGui.QPalette.ColorRole.Mid
        )
        painter.setPen(QtGui.QPen(frame, 2.0 if self.hasFocus() else 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QtCore.QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()

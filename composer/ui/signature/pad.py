"""Signing a letter: a pad to draw on, a picture, a typed name, or a line to sign by hand.

The pad stores only coordinates (x, y, pressure), in a fixed 600 × 200 canvas space, so a
signature looks the same whatever size the pad had; ``composer.pdf.signature`` draws them into
the letter. Pictures and typed names become transparent PNGs named by their content hash.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Sequence
from pathlib import Path

from composer.core.files import write_atomic
from composer.core.model import MAX_POINTS, MAX_STROKES, Point, Signature, Stroke
from composer.core.paths import fonts_dir
from composer.pdf.signature import MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, MAX_WIDTH, stroke_widths
from composer.ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal, Slot

CANVAS_WIDTH = 600.0
CANVAS_HEIGHT = 200.0
INK = QtGui.QColor("#0d1a59")  # the PDF's blue-black ink (0.05, 0.1, 0.35)
HANDWRITING_FONT_FILE = "DancingScript-Regular.otf"

# Screen ink is 1-3.5 px at scale 1; stroke_widths() gives PDF points up to MAX_WIDTH.
_PX_PER_WIDTH = 3.5 / MAX_WIDTH
_MIN_STEP = 0.5  # canvas units: closer points add nothing but size
_GUIDE_Y = 0.75  # where the "sign here" line sits, as a fraction of the canvas height
_PICTURE_MAX_SIZE = QtCore.QSize(2000, 800)  # ~ 800 dpi on a letter: plenty, small files
_BBOX_ALPHA = 32  # fainter pixels (paper grain, speckles) don't widen the crop
_CROP_MARGIN = 4
_LIGHTING_GRID = 12  # cells per side when measuring the paper's brightness
_PAPER_HEADROOM = 0.93


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
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
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


# --- pictures ---------------------------------------------------------------------------


def image_with_transparent_background(image: QtGui.QImage, threshold: int = 235) -> QtGui.QImage:
    """``image`` with its white paper made transparent, cropped to the ink plus a margin.

    Pixels lighter than ``threshold`` fade out towards pure white, so antialiased edges stay
    soft. Uneven lighting is evened out first, so a phone photo of a signature on grey or
    shaded paper works too; a picture on pure white is left as it is.
    Raises ``ValueError`` for an empty or absurdly large picture, or one with no ink at all.
    """
    if image.isNull():
        raise ValueError("the picture is empty")
    width, height = image.width(), image.height()
    if width * height > MAX_IMAGE_PIXELS:
        raise ValueError(
            f"the picture is too large ({width} × {height} pixels); "
            f"at most {MAX_IMAGE_PIXELS // 1_000_000} million pixels are accepted"
        )
    threshold = min(max(int(threshold), 0), 254)
    # Flatten onto white: transparent parts of the source count as paper.
    flat = QtGui.QImage(width, height, QtGui.QImage.Format.Format_ARGB32)
    if flat.isNull():
        raise ValueError("not enough memory to process the picture")
    flat.fill(Qt.GlobalColor.white)
    painter = QtGui.QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    _even_out_lighting(flat)
    gray = flat.convertToFormat(QtGui.QImage.Format.Format_Grayscale8)

    def alpha(lightness: int) -> int:
        if lightness <= threshold:
            return 255
        return round((255.0 - lightness) * 255.0 / (255.0 - threshold))

    # bytes.translate applies the lookup table at C speed, even to a 40-megapixel photo.
    stride = gray.bytesPerLine()
    mask_bytes = bytes(gray.constBits())[: stride * height].translate(
        bytes(alpha(v) for v in range(256))
    )
    mask = QtGui.QImage(mask_bytes, width, height, stride, QtGui.QImage.Format.Format_Alpha8)
    flat.setAlphaChannel(mask)
    del mask  # it borrows mask_bytes

    ink = mask_bytes.translate(bytes(int(v >= _BBOX_ALPHA) for v in range(256)))
    top = bottom = left = right = -1
    for y in range(height):
        row = ink[y * stride : y * stride + width]
        first = row.find(1)
        if first < 0:
            continue
        last = row.rfind(1)
        if top < 0:
            top = y
        bottom = y
        left = first if left < 0 else min(left, first)
        right = max(right, last)
    if top < 0:
        raise ValueError("no signature found: the picture is blank")
    box = QtCore.QRect(
        QtCore.QPoint(max(left - _CROP_MARGIN, 0), max(top - _CROP_MARGIN, 0)),
        QtCore.QPoint(min(right + _CROP_MARGIN, width - 1), min(bottom + _CROP_MARGIN, height - 1)),
    )
    return flat.copy(box).convertToFormat(QtGui.QImage.Format.Format_ARGB32)


def _even_out_lighting(image: QtGui.QImage) -> None:
    """Divide ``image`` by its paper's local brightness, so shaded or grey paper turns white.

    The paper level is the 90th percentile of each cell of a coarse grid (thin ink barely moves
    it); the grid is blown up smoothly and divided out with a colour-dodge composition, which
    computes ``image / paper`` in Qt's C++ code.
    """
    width, height = image.width(), image.height()
    sample = image.convertToFormat(QtGui.QImage.Format.Format_Grayscale8).scaled(
        min(width, 480),
        min(height, 480),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.FastTransformation,
    )
    sw, sh, stride = sample.width(), sample.height(), sample.bytesPerLine()
    data = bytes(sample.constBits())
    rows = [data[y * stride : y * stride + sw] for y in range(sh)]
    overall = sorted(b for row in rows for b in row)
    paper = overall[int(len(overall) * 0.9)]
    if paper < 150:
        return  # a dark picture is not a signature on paper: leave it alone
    cells = _LIGHTING_GRID
    levels: list[int] = []
    for cy in range(cells):
        band = rows[cy * sh // cells : (cy + 1) * sh // cells]
        for cx in range(cells):
            values = sorted(
                b for row in band for b in row[cx * sw // cells : (cx + 1) * sw // cells]
            )
            level = values[int(len(values) * 0.9)] if values else paper
            # A cell that is mostly ink or shadow is no measure of the paper.
            levels.append(level if level >= 0.6 * paper else paper)
    if min(levels) >= 255:
        return  # pure white already (a drawing or a clean export): nothing to correct
    # Aim a little below the paper level so its grain, too, ends up pure white.
    inverted = bytes(255 - round(level * _PAPER_HEADROOM) for level in levels)
    grid = QtGui.QImage(inverted, cells, cells, cells, QtGui.QImage.Format.Format_Grayscale8)
    background = grid.scaled(
        width,
        height,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    ).convertToFormat(QtGui.QImage.Format.Format_RGB32)
    del grid  # it borrows ``inverted``
    painter = QtGui.QPainter(image)
    # Colour dodge: result = destination / (1 - source) = image / paper level.
    painter.setCompositionMode(QtGui.QPainter.CompositionMode.CompositionMode_ColorDodge)
    painter.drawImage(0, 0, background)
    painter.end()


def typed_signature_image(name: str, font_family: str, height_px: int = 240) -> QtGui.QImage:
    """``name`` written in ``font_family`` with the letter's ink, on a transparent, tight image.

    ``height_px`` is the font's full height (ascent + descent); the image is cropped to the
    ink, so it is usually a little smaller. Raises ``ValueError`` for an empty name.
    """
    text = " ".join(name.split())
    if not text:
        raise ValueError("there is no name to write")
    height_px = min(max(int(height_px), 16), 2000)
    font = QtGui.QFont(font_family) if font_family else QtGui.QFont()
    font.setPixelSize(100)
    metrics = QtGui.QFontMetricsF(font)
    font.setPixelSize(max(1, round(100 * height_px / max(metrics.height(), 1.0))))
    path = QtGui.QPainterPath()
    path.addText(QtCore.QPointF(0, 0), font, text)
    # Script fonts overlap their contours (and joined letters): odd-even fill leaves holes.
    path.setFillRule(Qt.FillRule.WindingFill)
    bounds = path.boundingRect()
    # A very long name is shrunk rather than making a huge image.
    scale = min(1.0, 8000 / max(bounds.width(), 1.0))
    margin = max(2.0, height_px / 40)
    size = QtCore.QSize(
        math.ceil(bounds.width() * scale + 2 * margin),
        math.ceil(bounds.height() * scale + 2 * margin),
    )
    image = QtGui.QImage(size, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    painter.translate(margin, margin)
    painter.scale(scale, scale)
    painter.translate(-bounds.left(), -bounds.top())
    painter.fillPath(path, INK)
    painter.end()
    return image.convertToFormat(QtGui.QImage.Format.Format_ARGB32)


_handwriting_family: str | None = None


def load_handwriting_font() -> str:
    """Register the bundled handwriting font once; its family name, or "" if unavailable."""
    global _handwriting_family
    if _handwriting_family is not None:
        return _handwriting_family
    if QtGui.QGuiApplication.instance() is None:
        return ""  # fonts can only be registered once the application exists; try later
    font_id = QtGui.QFontDatabase.addApplicationFont(str(fonts_dir() / HANDWRITING_FONT_FILE))
    families = QtGui.QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    _handwriting_family = families[0] if families else ""
    return _handwriting_family


def png_bytes(image: QtGui.QImage) -> bytes:
    """``image`` as PNG bytes, without any text metadata a source file carried."""
    # Painting into a fresh image drops metadata, and fixed dots-per-metre keep the bytes the
    # same on every screen, so the same signature always hashes to the same file name.
    clean = QtGui.QImage(image.size(), QtGui.QImage.Format.Format_ARGB32)
    clean.fill(Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(clean)
    painter.setCompositionMode(QtGui.QPainter.CompositionMode.CompositionMode_Source)
    painter.drawImage(0, 0, image)
    painter.end()
    clean.setDotsPerMeterX(11811)  # 300 dpi
    clean.setDotsPerMeterY(11811)
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    # PySide's stubs ask for bytes, but the binding only accepts str here.
    if not clean.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise OSError("could not encode the signature as PNG")
    return bytes(buffer.data().data())


def save_signature_image(image: QtGui.QImage, images_dir: Path) -> Path:
    """Save ``image`` as ``signature-<sha256>.png`` in ``images_dir`` (made if needed)."""
    data = png_bytes(image)
    path = Path(images_dir) / f"signature-{hashlib.sha256(data).hexdigest()[:24]}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    if not (path.is_file() and path.stat().st_size == len(data)):
        write_atomic(path, data)
    return path


def read_signature_picture(path: Path) -> QtGui.QImage:
    """A picture of a signature from ``path``, white made transparent and cropped.

    Raises ``ValueError`` with a message for the user when it cannot be used.
    """
    try:
        size = Path(path).stat().st_size
    except OSError as error:
        raise ValueError(f"cannot read the file ({error.strerror or error})") from None
    if size > MAX_IMAGE_BYTES:
        raise ValueError(f"the file is too large ({size // 1024 // 1024} MB)")
    reader = QtGui.QImageReader(str(path))
    reader.setAutoTransform(True)  # phone photos are often stored sideways with an EXIF flag
    declared = reader.size()
    if declared.isValid() and declared.width() * declared.height() > MAX_IMAGE_PIXELS:
        raise ValueError(
            f"the picture is too large ({declared.width()} × {declared.height()} pixels)"
        )
    image = reader.read()
    if image.isNull():
        raise ValueError(f"this is not a picture this program can read ({reader.errorString()})")
    processed = image_with_transparent_background(image)
    if (
        processed.width() > _PICTURE_MAX_SIZE.width()
        or processed.height() > _PICTURE_MAX_SIZE.height()
    ):
        processed = processed.scaled(
            _PICTURE_MAX_SIZE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return processed


def _read_saved_picture(path: Path) -> QtGui.QImage:
    """A signature picture saved earlier, for display; a null image if it is unusable."""
    reader = QtGui.QImageReader(str(path))
    reader.setAutoTransform(True)
    declared = reader.size()
    if declared.isValid() and declared.width() * declared.height() > MAX_IMAGE_PIXELS:
        return QtGui.QImage()
    return reader.read()


# --- the dialog -------------------------------------------------------------------------


class _Preview(QtWidgets.QLabel):
    """Shows a signature picture on white, as it will look on paper, scaled to fit."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QtGui.QImage()
        self.setMinimumSize(360, 120)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QtGui.QPalette.ColorRole.Window, QtGui.QColor(Qt.GlobalColor.white))
        palette.setColor(QtGui.QPalette.ColorRole.WindowText, QtGui.QColor("#555555"))
        self.setPalette(palette)
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Expanding
        )

    def image(self) -> QtGui.QImage:
        return self._image

    def show_image(self, image: QtGui.QImage, placeholder: str = "") -> None:
        self._image = image
        if image.isNull():
            self.clear()
            self.setText(placeholder)
        self._refresh()

    def _refresh(self) -> None:
        if self._image.isNull():
            return
        area = self.contentsRect().size() - QtCore.QSize(16, 16)
        if area.width() <= 0 or area.height() <= 0:
            return
        pixmap = QtGui.QPixmap.fromImage(self._image)
        if pixmap.width() > area.width() or pixmap.height() > area.height():
            pixmap = pixmap.scaled(
                area, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        self.setPixmap(pixmap)

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refresh()


class SignatureDialog(QtWidgets.QDialog):
    """Choose how to sign: draw, a picture, a typed name, or by hand on paper."""

    DRAW, PICTURE, TYPE, BY_HAND = range(4)

    def __init__(
        self,
        parent: QtWidgets.QWidget | None = None,
        *,
        name: str = "",
        signature: Signature | None = None,
        images_dir: Path,
        remember: bool = False,
    ) -> None:
        super().__init__(parent)
        self._images_dir = Path(images_dir)
        self._picture = QtGui.QImage()  # a newly chosen picture, not saved yet
        self._picture_path: Path | None = None  # a picture already saved (the one passed in)
        self._result: Signature | None = None
        self._handwriting = load_handwriting_font()
        self.setWindowTitle(self.tr("Signature"))

        self.tabs = QtWidgets.QTabWidget()
        self.tabs.setAccessibleName(self.tr("How to sign"))
        self.tabs.addTab(self._draw_tab(), self.tr("&Draw"))
        self.tabs.addTab(self._picture_tab(), self.tr("&Picture"))
        self.tabs.addTab(self._type_tab(name), self.tr("&Type"))
        self.tabs.addTab(self._by_hand_tab(), self.tr("By &hand"))

        self.remember_box = QtWidgets.QCheckBox(
            self.tr("&Remember this signature on this computer")
        )
        self.remember_box.setChecked(remember)
        self.remember_box.setAccessibleName(self.tr("Remember this signature on this computer"))

        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.remember_box)
        layout.addWidget(self.buttons)

        self._load(signature)
        self.tabs.currentChanged.connect(self._update_ok)
        self._update_ok()

    # --- tabs ---------------------------------------------------------------------------

    def _draw_tab(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        self.pad = SignaturePad()
        self.pad.changed.connect(self._update_ok)
        undo = QtWidgets.QPushButton(self.tr("&Undo stroke"))
        undo.setAccessibleName(self.tr("Undo stroke"))
        undo.clicked.connect(self.pad.undo_stroke)
        clear = QtWidgets.QPushButton(self.tr("C&lear"))
        clear.setAccessibleName(self.tr("Clear the signature pad"))
        clear.clicked.connect(self.pad.clear)
        row = QtWidgets.QHBoxLayout()
        row.addStretch(1)
        row.addWidget(undo)
        row.addWidget(clear)
        layout = QtWidgets.QVBoxLayout(page)
        layout.addWidget(self.pad, 1)
        layout.addLayout(row)
        return page

    def _picture_tab(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        intro = QtWidgets.QLabel(
            self.tr(
                "Sign a white sheet of paper with a dark pen, take a photo or scan it, and "
                "choose the picture here. The white around the signature becomes transparent."
            )
        )
        intro.setWordWrap(True)
        choose = QtWidgets.QPushButton(self.tr("&Choose picture…"))
        choose.setAccessibleName(self.tr("Choose a picture of your signature"))
        choose.clicked.connect(self._choose_picture)
        self.picture_preview = _Preview()
        self.picture_preview.setAccessibleName(self.tr("Preview of the signature picture"))
        self.picture_preview.show_image(QtGui.QImage(), self.tr("No picture chosen yet."))
        row = QtWidgets.QHBoxLayout()
        row.addWidget(choose)
        row.addStretch(1)
        layout = QtWidgets.QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.picture_preview, 1)
        return page

    def _type_tab(self, name: str) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        self.name_edit = QtWidgets.QLineEdit(name)
        self.name_edit.setMaxLength(100)
        self.name_edit.setAccessibleName(self.tr("Your name as a signature"))
        label = QtWidgets.QLabel(self.tr("&Your name:"))
        label.setBuddy(self.name_edit)
        self.type_preview = _Preview()
        self.type_preview.setAccessibleName(self.tr("Preview of the typed signature"))
        self.name_edit.textChanged.connect(self._update_typed_preview)
        self.name_edit.textChanged.connect(self._update_ok)
        form = QtWidgets.QHBoxLayout()
        form.addWidget(label)
        form.addWidget(self.name_edit, 1)
        layout = QtWidgets.QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.type_preview, 1)
        self._update_typed_preview()
        return page

    def _by_hand_tab(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        text = QtWidgets.QLabel(
            self.tr(
                "The letter will have a line where you sign with a pen after printing it. "
                "A signature in your own hand is often the most personal choice."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QtWidgets.QVBoxLayout(page)
        layout.addWidget(text)
        layout.addStretch(1)
        return page

    # --- state --------------------------------------------------------------------------

    def _load(self, signature: Signature | None) -> None:
        if signature is None:
            self.tabs.setCurrentIndex(self.DRAW)
        elif signature.image is not None:
            self._picture_path = Path(signature.image)
            image = _read_saved_picture(self._picture_path)
            self.picture_preview.show_image(
                image, self.tr("The saved signature picture cannot be read. Choose it again.")
            )
            if image.isNull():
                self._picture_path = None
            self.tabs.setCurrentIndex(self.PICTURE)
        elif signature.strokes:
            self.pad.set_strokes(signature.strokes)
            self.tabs.setCurrentIndex(self.DRAW)

    def load_picture(self, path: Path) -> bool:
        """Use the picture at ``path``; an unusable one is explained to the user."""
        try:
            image = read_signature_picture(path)
        except ValueError as error:
            self._show_error(
                self.tr("This picture cannot be used as a signature:\n{reason}").format(
                    reason=str(error)
                )
            )
            return False
        self._picture = image
        self._picture_path = None
        self.picture_preview.show_image(image)
        self._update_ok()
        return True

    @Slot()
    def _choose_picture(self) -> None:
        start = QtCore.QStandardPaths.writableLocation(
            QtCore.QStandardPaths.StandardLocation.PicturesLocation
        )
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a picture of your signature"),
            start,
            self.tr("Pictures (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.load_picture(Path(path))

    @Slot()
    def _update_typed_preview(self) -> None:
        name = self.name_edit.text()
        if not name.strip():
            self.type_preview.show_image(QtGui.QImage(), self.tr("Type your name above."))
            return
        self.type_preview.show_image(typed_signature_image(name, self._handwriting))

    @Slot()
    def _update_ok(self) -> None:
        index = self.tabs.currentIndex()
        ready = {
            self.DRAW: not self.pad.is_empty(),
            self.PICTURE: not self._picture.isNull() or self._picture_path is not None,
            self.TYPE: bool(self.name_edit.text().strip()),
            self.BY_HAND: True,
        }.get(index, False)
        ok = self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(ready)

    def _show_error(self, text: str) -> None:
        QtWidgets.QMessageBox.warning(self, self.tr("Signature"), text)

    def _chosen(self) -> Signature | None:
        """The signature as chosen now; saves pictures and typed names (may raise OSError)."""
        index = self.tabs.currentIndex()
        if index == self.DRAW:
            return Signature(strokes=self.pad.strokes()) if not self.pad.is_empty() else None
        if index == self.PICTURE:
            if not self._picture.isNull():
                self._picture_path = save_signature_image(self._picture, self._images_dir)
                self._picture = QtGui.QImage()
            return Signature(image=self._picture_path) if self._picture_path else None
        if index == self.TYPE:
            image = typed_signature_image(self.name_edit.text(), self._handwriting)
            return Signature(image=save_signature_image(image, self._images_dir))
        return None

    # --- results ------------------------------------------------------------------------

    def accept(self) -> None:
        try:
            self._result = self._chosen()
        except (OSError, ValueError) as error:
            self._show_error(
                self.tr("The signature could not be saved:\n{reason}").format(reason=str(error))
            )
            return
        super().accept()

    def result_signature(self) -> Signature | None:
        """What the user chose when pressing OK: strokes, an image, or None to sign by hand."""
        return self._result

    def remember(self) -> bool:
        return self.remember_box.isChecked()

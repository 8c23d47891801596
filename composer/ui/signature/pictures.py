"""Signature pictures: a photo or scan of a signature with its paper made transparent, a
name typed in a handwriting font, both saved as PNGs named by their content hash."""

from __future__ import annotations

import hashlib
import math
from pathlib import Path

from composer.core.files import write_atomic
from composer.core.paths import fonts_dir
from composer.pdf.signature import MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS
from composer.ui.images import png_bytes
from composer.ui.qt import Qt, QtCore, QtGui
from composer.ui.signature.pad import INK

HANDWRITING_FONT_FILE = "DancingScript-Regular.otf"
_PICTURE_MAX_SIZE = QtCore.QSize(2000, 800)  # ~ 800 dpi on a letter: plenty, small files
_BBOX_ALPHA = 32  # fainter pixels (paper grain, speckles) don't widen the crop
_CROP_MARGIN = 4
_LIGHTING_GRID = 12  # cells per side when measuring the paper's brightness
_PAPER_HEADROOM = 0.93


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


def read_saved_picture(path: Path) -> QtGui.QImage:
    """A signature picture saved earlier, for display; a null image if it is unusable."""
    reader = QtGui.QImageReader(str(path))
    reader.setAutoTransform(True)
    declared = reader.size()
    if declared.isValid() and declared.width() * declared.height() > MAX_IMAGE_PIXELS:
        return QtGui.QImage()
    return reader.read()

"""Drawing a signature into its box: pen strokes as filled outlines, or an image.

Strokes follow the model of szimek/signature_pad: a smooth curve through the points whose
width follows the pen's pressure, or its speed when the device reports no pressure (faster
is thinner). A PDF stroke has a single width, so a variable width is drawn as a filled
outline around the curve.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject

from composer.core.errors import DataError
from composer.core.model import Point, Signature, Stroke

MIN_WIDTH = 0.55  # points
MAX_WIDTH = 2.1
MAX_IMAGE_BYTES = 20 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000

XY = tuple[float, float]


def _catmull_rom(points: Sequence[XY], widths: Sequence[float]) -> tuple[list[XY], list[float]]:
    """A smooth curve through ``points`` with widths interpolated along it.

    Each segment is subdivided by its length: pads sample densely, so most segments are
    already shorter than the ink is wide and need no extra points.
    """
    if len(points) < 3:
        return list(points), list(widths)
    out: list[XY] = []
    out_w: list[float] = []
    padded = [points[0], *points, points[-1]]
    for i in range(1, len(padded) - 2):
        p0, p1, p2, p3 = padded[i - 1], padded[i], padded[i + 1], padded[i + 2]
        w1, w2 = widths[i - 1], widths[min(i, len(widths) - 1)]
        length = math.hypot(p2[0] - p1[0], p2[1] - p1[1])
        steps = 1 if length < 1.0 else 2 if length < 3.0 else 4
        for step in range(steps):
            t = step / steps
            t2, t3 = t * t, t * t * t
            out.append(
                (
                    0.5
                    * (
                        2 * p1[0]
                        + (-p0[0] + p2[0]) * t
                        + (2 * p0[0] - 5 * p1[0] + 4 * p2[0] - p3[0]) * t2
                        + (-p0[0] + 3 * p1[0] - 3 * p2[0] + p3[0]) * t3
                    ),
                    0.5
                    * (
                        2 * p1[1]
                        + (-p0[1] + p2[1]) * t
                        + (2 * p0[1] - 5 * p1[1] + 4 * p2[1] - p3[1]) * t2
                        + (-p0[1] + 3 * p1[1] - 3 * p2[1] + p3[1]) * t3
                    ),
                )
            )
            out_w.append(w1 + (w2 - w1) * t)
    out.append(points[-1])
    out_w.append(widths[-1])
    return out, out_w


def stroke_widths(stroke: Sequence[Point], scale: float) -> list[float]:
    """Pen width at each point: from pressure when the device gave it, else from speed."""
    pressures = [p[2] for p in stroke]
    if max(pressures) - min(pressures) > 0.02 or min(pressures) > 0:
        return [MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * p for p in pressures]
    widths: list[float] = []
    velocity = 0.0
    prev = stroke[0]
    for p in stroke:
        distance = math.hypot(p[0] - prev[0], p[1] - prev[1]) * scale
        velocity = 0.7 * (distance / 2.0) + 0.3 * velocity
        widths.append(max(MAX_WIDTH / (velocity + 1), MIN_WIDTH))
        prev = p
    return widths


def _outline(centre: Sequence[XY], widths: Sequence[float]) -> list[XY]:
    left: list[XY] = []
    right: list[XY] = []
    n = len(centre)
    for i, (x, y) in enumerate(centre):
        ax, ay = centre[max(i - 1, 0)]
        bx, by = centre[min(i + 1, n - 1)]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / length, dx / length
        half = widths[i] / 2
        left.append((x + nx * half, y + ny * half))
        right.append((x - nx * half, y - ny * half))
    return left + right[::-1]


Shape = tuple[tuple[XY, ...], tuple[tuple[XY, float], ...]]  # outline, round caps


@lru_cache(maxsize=16)
def stroke_shapes(
    strokes: tuple[Stroke, ...], x: float, y: float, width: float, height: float
) -> tuple[Shape, ...]:
    """The filled shapes of ``strokes`` scaled into the box (cached: a signature does not
    change while the rest of the letter is typed, nor between letters of a merge)."""
    xs = [p[0] for s in strokes for p in s]
    ys = [p[1] for s in strokes for p in s]
    if not xs:
        return ()
    min_x, min_y = min(xs), min(ys)
    span_x, span_y = max(xs) - min_x, max(ys) - min_y
    pad = MAX_WIDTH
    scale = min((width - 2 * pad) / max(span_x, 1e-6), (height - 2 * pad) / max(span_y, 1e-6))
    scale = min(scale, 4.0)  # a tiny scribble is not blown up to fill the box
    left = x + pad
    top = y + height / 2 + span_y * scale / 2  # vertically centred, left-aligned
    shapes: list[Shape] = []
    for stroke in strokes:
        all_widths = stroke_widths(stroke, scale)
        pts: list[XY] = []
        widths: list[float] = []
        for (px, py, _), w in zip(stroke, all_widths, strict=True):
            point = (left + (px - min_x) * scale, top - (py - min_y) * scale)
            # Points closer than a quarter point add nothing visible.
            if pts and abs(point[0] - pts[-1][0]) + abs(point[1] - pts[-1][1]) < 0.25:
                continue
            pts.append(point)
            widths.append(w)
        if len(pts) == 1:
            shapes.append(((), ((pts[0], widths[0] / 2),)))
            continue
        centre, smooth_w = _catmull_rom(pts, widths)
        caps = ((centre[0], smooth_w[0] / 2), (centre[-1], smooth_w[-1] / 2))
        shapes.append((tuple(_outline(centre, smooth_w)), caps))
    return tuple(shapes)


@lru_cache(maxsize=16)
def _paths(strokes: tuple[Stroke, ...], width: float, height: float) -> tuple[PDFPathObject, ...]:
    """The signature's outlines and round caps as PDF paths, made once per signature (a merge
    writes the same signature into every file)."""
    paths = []
    for outline, caps in stroke_shapes(strokes, 0.0, 0.0, width, height):
        if outline:
            path = PDFPathObject()
            path.moveTo(*outline[0])
            for point in outline[1:]:
                path.lineTo(*point)
            path.close()
            paths.append(path)
        for (cx, cy), radius in caps:
            cap = PDFPathObject()
            cap.circle(cx, cy, radius)
            paths.append(cap)
    return tuple(paths)


def draw_strokes(
    canvas: Canvas, strokes: Sequence[Stroke], x: float, y: float, width: float, height: float
) -> None:
    """Draw ``strokes`` (pad coordinates, y down) scaled into the box at (x, y) bottom-left.

    The signature becomes a form (a PDF XObject) drawn once per document and placed on every
    letter that uses it, so a merge of a thousand letters carries one copy.
    """
    key = tuple(strokes)
    # Python hashes floats and tuples of them the same in every process: a stable name.
    name = f"Signature{hash((key, width, height)) & 0xFFFFFFFFFFFF:012x}"
    if not canvas.hasForm(name):
        canvas.beginForm(name, lowerx=0, lowery=0, upperx=width, uppery=height)
        canvas.setFillColorRGB(0.05, 0.1, 0.35)  # blue-black ink
        for path in _paths(key, width, height):
            canvas.drawPath(path, stroke=0, fill=1, fillMode=1)  # non-zero winding
        canvas.endForm()
        _compress_once(canvas, name)
    canvas.saveState()
    canvas.translate(x, y)
    canvas.doForm(name)
    canvas.restoreState()


def _compress_once(canvas: Canvas, name: str) -> None:
    """Compress the signature's drawing through the cache of compressed streams: every
    preview of a letter, and every letter of a merge, draws the same strokes (a long
    signature is 20 KB of path, a millisecond of compression each time). The bytes written
    are those ReportLab writes."""
    from reportlab import rl_config
    from reportlab.pdfbase.pdfdoc import PDFStream, xObjectName

    from composer.pdf.fonts import CACHED_A85, CACHED_FLATE

    form = canvas._doc.idToObject.get(xObjectName(name))
    if form is None or not form.compression or form.Contents:
        return
    filters = [CACHED_A85, CACHED_FLATE] if rl_config.useA85 else [CACHED_FLATE]
    stream = PDFStream(content=form.stream, filters=filters)
    stream.__Comment__ = "xobject form stream"
    form.Contents = stream
    form.compression = 0


def check_image(path: Path) -> None:
    """Refuse a signature image that is missing, not a regular file, too large, damaged or
    a decompression bomb; one clear :class:`DataError` line."""
    load_image(path)


def load_image(path: Path) -> Any:
    """The signature picture, decoded once (a PIL image), or one clear DataError.

    Read from one open file, so what was checked is what is drawn.
    """
    from composer.core.untrusted import UnsafeFileError

    try:
        info = os.stat(path)
    except OSError:
        raise DataError(f"signature image not found: {path}") from None
    try:
        return _decoded(str(path), info.st_mtime_ns, info.st_size)
    except UnsafeFileError as error:
        raise DataError(f"signature image {error.path}: {error.reason}") from None
    except OSError as error:
        raise DataError(
            f"signature image {path}: cannot read ({error.strerror or error})"
        ) from None


@lru_cache(maxsize=8)
def _decoded(path: str, _mtime: int, _size: int) -> Any:
    import io
    import warnings

    from PIL import Image, UnidentifiedImageError

    from composer.core.untrusted import read_regular

    data = read_regular(path, MAX_IMAGE_BYTES)
    try:
        with warnings.catch_warnings():
            # Pillow warns, then refuses, past its own pixel limit: both become our message.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            if image.width * image.height > MAX_IMAGE_PIXELS:
                raise DataError(f"signature image has too many pixels: {path}")
            if image.format not in ("PNG", "JPEG", "GIF", "BMP", "WEBP", "TIFF"):
                raise DataError(f"signature image must be PNG or JPEG: {path}")
            image.load()  # decode it all now: a truncated file fails here, not in the PDF
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise DataError(f"signature image has too many pixels: {path}") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DataError(f"signature image is damaged or not a picture: {path}") from None
    return image


def draw_image(canvas: Canvas, path: Path, x: float, y: float, width: float, height: float) -> None:
    """Draw a signature picture scaled into the box, keeping its shape and transparency."""
    from reportlab.lib.utils import ImageReader

    canvas.drawImage(
        ImageReader(load_image(path)),
        x,
        y,
        width,
        height,
        mask="auto",
        preserveAspectRatio=True,
        anchor="w",
    )


def draw_signature(
    canvas: Canvas, signature: Signature | None, x: float, y: float, width: float, height: float
) -> None:
    """Draw ``signature`` in the box, or a line to sign on by hand when there is none."""
    if signature is not None and signature.image is not None:
        draw_image(canvas, signature.image, x, y, width, height)
    elif signature is not None and signature.strokes:
        draw_strokes(canvas, signature.strokes, x, y, width, height)
    else:
        canvas.saveState()
        canvas.setLineWidth(0.5)
        canvas.setStrokeColorRGB(0.3, 0.3, 0.3)
        canvas.line(x, y + 4, x + min(width, 180), y + 4)
        canvas.restoreState()

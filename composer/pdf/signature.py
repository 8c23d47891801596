"""Drawing a signature into its box: pen strokes as filled outlines, or an image.

Strokes follow the model of szimek/signature_pad: a smooth curve through the points whose
width follows the pen's pressure, or its speed when the device reports no pressure (faster
is thinner). A PDF stroke has a single width, so a variable width is drawn as a filled
outline around the curve.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from composer.core.errors import DataError
from composer.core.model import Point, Signature, Stroke

MIN_WIDTH = 0.55  # points
MAX_WIDTH = 2.1
MAX_IMAGE_BYTES = 20 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000

XY = tuple[float, float]


def _catmull_rom(points: Sequence[XY], steps: int) -> list[XY]:
    """A smooth curve through ``points`` (centripetal enough for hand-drawn input)."""
    if len(points) < 3:
        return list(points)
    out: list[XY] = []
    padded = [points[0], *points, points[-1]]
    for i in range(1, len(padded) - 2):
        p0, p1, p2, p3 = padded[i - 1], padded[i], padded[i + 1], padded[i + 2]
        for s in range(steps):
            t = s / steps
            t2, t3 = t * t, t * t * t
            out.append(
                tuple(  # type: ignore[arg-type]
                    0.5
                    * (
                        2 * p1[k]
                        + (-p0[k] + p2[k]) * t
                        + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2
                        + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3
                    )
                    for k in (0, 1)
                )
            )
    out.append(points[-1])
    return out


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


def draw_strokes(
    canvas: Canvas, strokes: Sequence[Stroke], x: float, y: float, width: float, height: float
) -> None:
    """Draw ``strokes`` (pad coordinates, y down) scaled into the box at (x, y) bottom-left."""
    xs = [p[0] for s in strokes for p in s]
    ys = [p[1] for s in strokes for p in s]
    if not xs:
        return
    span_x, span_y = max(xs) - min(xs), max(ys) - min(ys)
    pad = MAX_WIDTH
    scale = min((width - 2 * pad) / max(span_x, 1e-6), (height - 2 * pad) / max(span_y, 1e-6))
    scale = min(scale, 4.0)  # a tiny scribble is not blown up to fill the box
    top = y + height / 2 + span_y * scale / 2  # vertically centred, left-aligned

    def place(px: float, py: float) -> XY:
        return x + pad + (px - min(xs)) * scale, top - (py - min(ys)) * scale

    canvas.saveState()
    canvas.setFillColorRGB(0.05, 0.1, 0.35)  # blue-black ink
    for stroke in strokes:
        widths = stroke_widths(stroke, scale)
        pts = [place(p[0], p[1]) for p in stroke]
        # Drop repeated points: they carry no direction.
        keep = [0] + [i for i in range(1, len(pts)) if pts[i] != pts[i - 1]]
        pts = [pts[i] for i in keep]
        widths = [widths[i] for i in keep]
        if len(pts) == 1:
            canvas.circle(pts[0][0], pts[0][1], widths[0] / 2, stroke=0, fill=1)
            continue
        steps = 4
        centre = _catmull_rom(pts, steps)
        smooth_w = [
            widths[min(i // steps, len(widths) - 1)] * (1 - (i % steps) / steps)
            + widths[min(i // steps + 1, len(widths) - 1)] * ((i % steps) / steps)
            for i in range(len(centre))
        ]
        path = canvas.beginPath()
        outline = _outline(centre, smooth_w)
        path.moveTo(*outline[0])
        for point in outline[1:]:
            path.lineTo(*point)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1, fillMode=1)  # non-zero winding
        for (cx, cy), w in ((centre[0], smooth_w[0]), (centre[-1], smooth_w[-1])):
            canvas.circle(cx, cy, w / 2, stroke=0, fill=1)
    canvas.restoreState()


def check_image(path: Path) -> None:
    """Refuse a signature image that is missing, unreadable or absurdly large."""
    try:
        size = path.stat().st_size
    except OSError:
        raise DataError(f"signature image not found: {path}") from None
    if size > MAX_IMAGE_BYTES:
        raise DataError(f"signature image is too large ({size // 1024 // 1024} MB): {path}")
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            if image.width * image.height > MAX_IMAGE_PIXELS:
                raise DataError(f"signature image has too many pixels: {path}")
            if image.format not in ("PNG", "JPEG", "GIF", "BMP", "WEBP", "TIFF"):
                raise DataError(f"signature image must be PNG or JPEG: {path}")
    except (UnidentifiedImageError, OSError):
        raise DataError(f"signature image is not a picture this program can read: {path}") from None


def draw_image(canvas: Canvas, path: Path, x: float, y: float, width: float, height: float) -> None:
    """Draw a signature picture scaled into the box, keeping its shape and transparency."""
    from reportlab.lib.utils import ImageReader

    check_image(path)
    canvas.drawImage(
        ImageReader(str(path)),
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

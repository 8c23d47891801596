"""Paper goods by name, for every layer: envelope sizes, label sheets, and the units they are
measured in. The PDF layer draws them, the command line and the app offer them by these names.

Sizes come from the standards (ISO 269 for DL, C5 and C6; the US #10 business envelope,
4 1/8 × 9 1/2 in) and label sheets from gLabels' templates (``templates/avery-us-templates.xml``
for Avery 5160, ``avery-iso-templates.xml`` for Avery L7160).
"""

from __future__ import annotations

from dataclasses import dataclass

POINTS_PER_INCH = 72.0
POINTS_PER_MM = 72 / 25.4


def mm_to_points(value: float) -> float:
    return value * POINTS_PER_MM


def inches_to_points(value: float) -> float:
    return value * POINTS_PER_INCH


PAGE_SIZES: dict[str, tuple[float, float]] = {  # width, height in points
    "letter": (8.5 * POINTS_PER_INCH, 11 * POINTS_PER_INCH),
    "a4": (210 * POINTS_PER_MM, 297 * POINTS_PER_MM),
}


@dataclass(frozen=True)
class EnvelopeSize:
    name: str  # as printed on the box
    width: float  # points, landscape
    height: float
    paper: str  # the letter paper that folds into it


ENVELOPE_SIZES: dict[str, EnvelopeSize] = {
    "us10": EnvelopeSize("#10", 9.5 * POINTS_PER_INCH, 4.125 * POINTS_PER_INCH, "letter"),
    "dl": EnvelopeSize("DL", 220 * POINTS_PER_MM, 110 * POINTS_PER_MM, "a4"),
    "c5": EnvelopeSize("C5", 229 * POINTS_PER_MM, 162 * POINTS_PER_MM, "a4"),
    "c6": EnvelopeSize("C6", 162 * POINTS_PER_MM, 114 * POINTS_PER_MM, "a4"),
}


@dataclass(frozen=True)
class LabelSheet:
    """A sheet of address labels: paper, grid, label size and pitch (points)."""

    name: str
    paper: str
    columns: int
    rows: int
    label_width: float
    label_height: float
    left: float  # page edge to the first label
    top: float
    pitch_x: float  # from one label's left edge to the next one's
    pitch_y: float

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    @property
    def page(self) -> tuple[float, float]:
        return PAGE_SIZES[self.paper]

    def cell(self, index: int) -> tuple[float, float, float, float]:
        """(left, top, width, height) of the label at ``index`` (0 = top left, along rows),
        from the top-left corner of its sheet."""
        row, column = divmod(index % self.per_sheet, self.columns)
        return (
            self.left + column * self.pitch_x,
            self.top + row * self.pitch_y,
            self.label_width,
            self.label_height,
        )


_IN, _MM = POINTS_PER_INCH, POINTS_PER_MM
# name, paper, columns, rows, label width and height, left and top margins, pitch across, down
LABEL_SHEETS: dict[str, LabelSheet] = {
    "avery5160": LabelSheet(
        "Avery 5160", "letter", 3, 10, 2.625 * _IN, _IN, 0.1875 * _IN, 0.5 * _IN, 2.75 * _IN, _IN
    ),
    "l7160": LabelSheet(
        "Avery L7160",
        "a4",
        3,
        7,
        63.5 * _MM,
        38.1 * _MM,
        7.25 * _MM,
        15.15 * _MM,
        66 * _MM,
        38.1 * _MM,
    ),
}


def default_envelope_size(paper: str) -> str:
    """The envelope a letter on ``paper`` usually goes in."""
    return "us10" if paper == "letter" else "dl"


def default_label_sheet(paper: str) -> str:
    return "avery5160" if paper == "letter" else "l7160"

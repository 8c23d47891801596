"""Small blocks of lines in a fixed box: the address in an envelope window, on an envelope
or a label, the sender's block, the DIN return-address line.

Type is never shrunk to make a block fit. A block has one size, and at most one smaller step
for a long address (never below the floor the post offices and label makers need); a line
too wide wraps with a hanging indent, so a reader sees where it continues. What still does not
fit is drawn all the same and reported, so the form and the command line can warn.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from composer.pdf.flow import Line, TextMeasurer, wrap
from composer.pdf.fonts import Style
from composer.pdf.geometry import Rect


@dataclass(frozen=True)
class Setting:
    """A type size and the line spacing that goes with it."""

    size: float
    leading: float


# Extent of the bundled fonts' ink (accented capitals above, descenders below) in ems.
INK = 0.95 + 0.27


@dataclass(frozen=True)
class Block:
    lines: list[Line]
    setting: Setting
    fits: bool  # every line's ink inside the box

    @property
    def height(self) -> float:
        """From the top of the first line's ink to the bottom of the last line's."""
        if not self.lines:
            return 0.0
        return (len(self.lines) - 1) * self.setting.leading + INK * self.setting.size

    @property
    def draw_offset(self) -> float:
        """Add to the box's top when drawing, so the first line's ink starts at the top
        (lines are drawn with their ink centred in their line's slot)."""
        return (INK * self.setting.size - self.setting.leading) / 2


def wrap_hanging(
    measurer: TextMeasurer,
    text: str,
    style: Style,
    width: float,
    setting: Setting,
    indent: float | None = None,
) -> list[Line]:
    """``text`` on as many lines as it needs, continuation lines indented (an em)."""
    indent = setting.size if indent is None else indent
    first = wrap([(text, style)], width, setting.size, setting.leading, measurer)
    if len(first) == 1:
        return first
    head = first[0]
    rest_text = text[len(head.text) :].lstrip()
    rest = wrap([(rest_text, style)], width - indent, setting.size, setting.leading, measurer)
    for line in rest:
        line.x += indent
    return [head, *rest]


def set_block(
    measurer: TextMeasurer,
    texts: Sequence[tuple[str, Style]],
    box: Rect,
    settings: Sequence[Setting],
) -> Block:
    """The lines of ``texts`` in ``box``, at the first of ``settings`` at which they fit
    (the last one otherwise, reported as not fitting)."""
    block = Block([], settings[-1], False)
    for setting in settings:
        lines = [
            line
            for text, style in texts
            if text.strip()
            for line in wrap_hanging(measurer, text, style, box.width, setting)
        ]
        widest = max((line.x + line.width for line in lines), default=0.0)
        block = Block(lines, setting, False)
        fits = block.height <= box.height + 0.01 and widest <= box.width + 0.01
        block = Block(lines, setting, fits)
        if block.fits:
            return block
    return block


def one_line(
    measurer: TextMeasurer,
    candidates: Sequence[str],
    style: Style,
    width: float,
    settings: Sequence[Setting],
) -> tuple[Line, bool]:
    """The first candidate text (longest first) that fits ``width`` on one line at the first
    setting that allows it; else the shortest, cut with an ellipsis (reported: False)."""
    for setting in settings:
        for text in candidates:
            line = wrap([(text, style)], 100_000, setting.size, setting.leading, measurer)[0]
            if line.width <= width + 0.01:
                return line, True
    setting = settings[-1]
    text = candidates[-1]
    while text:
        text = text[:-1].rstrip(" ·,")
        line = wrap([(text + "…", style)], 100_000, setting.size, setting.leading, measurer)[0]
        if line.width <= width + 0.01:
            return line, False
    return wrap([("", style)], width, setting.size, setting.leading, measurer)[0], False

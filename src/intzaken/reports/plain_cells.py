"""Table cells as plain strings where that prints exactly what a Paragraph would.

A Paragraph in a table cell is parsed as markup when it is made and broken into lines
every time the table is measured or drawn; in a report with a thousand small tables that
is most of the layout time. Reportlab draws a plain string cell with the cell's font,
size, leading, colour and alignment from the table style, on the same first baseline as
a one-line Paragraph (the top padding plus the font size below the cell's top). So text
that fits its cell on one line, with no whitespace a Paragraph would fold, becomes a
string with that style; everything else stays a Paragraph. A string is never parsed, so
user text such as `<b>R&D</b>` prints literally either way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer

from .markup import text
from .styles import styles

ALIGN = {TA_LEFT: "LEFT", TA_RIGHT: "RIGHT"}
# What a Paragraph would print differently from the string: line breaks, tabs, runs of
# spaces (folded into one), leading or trailing spaces (dropped).
FOLDED = re.compile(r"[\t\n\r\x0b\x0c]|\s\s|^\s|\s$")
# A string must fit with room to spare, so rounding never decides between one line
# (string) and two (what the Paragraph would have done).
SLACK = 0.5

Grid = Sequence[Sequence[tuple[object, str]]]  # rows of (value, paragraph style name)


def fits_on_one_line(value: str, style: ParagraphStyle, width: float) -> bool:
    """Whether `value` prints as one line of `style` within `width`, unchanged."""
    return (bool(value) and style.alignment in ALIGN and not FOLDED.search(value)
            and stringWidth(value, style.fontName, style.fontSize) <= width - SLACK)


def _span_widths(column_widths: Sequence[float], spans: Sequence[tuple]
                 ) -> tuple[dict[tuple[int, int], float], set[tuple[int, int]]]:
    """The width of each spanning cell, and the cells a span hides."""
    width: dict[tuple[int, int], float] = {}
    hidden: set[tuple[int, int]] = set()
    for _, (c0, r0), (c1, r1) in (span[:3] for span in spans):
        width[c0, r0] = sum(column_widths[c0:c1 + 1])
        hidden |= {(c, r) for c in range(c0, c1 + 1) for r in range(r0, r1 + 1)}
        hidden.discard((c0, r0))
    return width, hidden


def _style_commands(row: int, runs: list[tuple[str, int, int]]) -> list[tuple]:
    commands: list[tuple] = []
    all_styles = styles()
    for style_name, first, last in runs:
        style = all_styles[style_name]
        where = ((first, row), (last, row))
        commands += [("FONT", *where, style.fontName, style.fontSize, style.leading),
                     ("TEXTCOLOR", *where, style.textColor),
                     ("ALIGN", *where, ALIGN[style.alignment])]
    return commands


def place_cells(grid: Grid, column_widths: Sequence[float], spans: Sequence[tuple],
                padding: Sequence[tuple[float, float]]
                ) -> tuple[list[list[object]], list[tuple]]:
    """Table data for `grid`, and the style commands its plain string cells need.

    `padding` is (left, right) per column, as the table style sets it; `spans` are the
    table's SPAN commands, so a spanning cell gets the width of all its columns.
    """
    span_width, hidden = _span_widths(column_widths, spans)
    all_styles = styles()
    data: list[list[object]] = []
    commands: list[tuple] = []
    for r, row in enumerate(grid):
        cells: list[object] = []
        # Neighbouring string cells of one style share their commands (fewer commands,
        # faster setStyle); a hidden cell never prints, so it may sit inside a run.
        runs: list[tuple[str, int, int]] = []
        for c, (value, style_name) in enumerate(row):
            if (c, r) in hidden:
                # Never drawn; as a flowable it is not measured either (an empty string
                # would count as a line of the default font and make the row taller).
                cells.append(Spacer(0, 0))
                if runs and runs[-1][2] == c - 1:
                    runs[-1] = (runs[-1][0], runs[-1][1], c)
                continue
            if isinstance(value, Flowable):
                cells.append(value)
                continue
            style = all_styles[style_name]
            shown = "" if value is None else str(value)
            left, right = padding[c]
            width = span_width.get((c, r), column_widths[c]) - left - right
            if not fits_on_one_line(shown, style, width):
                cells.append(Paragraph(text(shown), style))
                continue
            cells.append(shown)
            if runs and runs[-1][0] == style_name and runs[-1][2] == c - 1:
                runs[-1] = (style_name, runs[-1][1], c)
            else:
                runs.append((style_name, c, c))
        data.append(cells)
        commands += _style_commands(r, runs)
    return data, commands

"""Table cells as plain strings where that prints exactly what a Paragraph would, and
every cell's style made at once instead of by table style commands.

A Paragraph in a table cell is parsed as markup when it is made and broken into lines
every time the table is measured or drawn; in a report with a thousand small tables that
is most of the layout time. Reportlab draws a plain string cell with the cell's font,
size, leading, colour and alignment, on the same first baseline as a Paragraph (the top
padding plus the font size below the cell's top) and each further line one leading
lower. So text with no whitespace a Paragraph would fold becomes a string in its
Paragraph style's font: as it is when it fits on one line, else broken where the
Paragraph breaks it. What a string cannot print the same (more than one font, a word
split across lines) stays a Paragraph. A string is never parsed, so user text such as
`<b>R&D</b>` prints literally either way.

Table style commands that cover whole tables (font, paddings, alignment) cost a loop over
every cell of every table; the cell styles are made here directly, one object per cell
(commands added later, such as a red figure, change that cell alone).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer
from reportlab.platypus.tables import CellStyle

from .fonts import FAMILY, needs_fallback
from .markup import text
from .right_to_left import has_arabic
from .styles import styles
from .wrap_once import Paragraph

ALIGN = {TA_LEFT: "LEFT", TA_RIGHT: "RIGHT"}
# What a Paragraph would print differently from the string: line breaks, tabs, runs of
# spaces (folded into one), leading or trailing spaces (dropped).
FOLDED = re.compile(r"[\t\n\r\x0b\x0c]|\s\s|^\s|\s$")
# A string must fit with room to spare, so rounding never decides between one line
# (string) and two (what the Paragraph would have done).
SLACK = 0.5
TOP_PADDING, BOTTOM_PADDING = 3, 4

Grid = Sequence[Sequence[tuple[object, str]]]  # rows of (value, paragraph style name)


@functools.lru_cache(maxsize=4096)
def text_width(value: str, font: str, size: float) -> float:
    """stringWidth, remembered: table headings and common values repeat a thousand times."""
    return stringWidth(value, font, size)


def plain_text(value: str, style: ParagraphStyle, width: float) -> str | None:
    """`value` as a string cell prints it as a Paragraph of `style` would within `width`:
    itself when it fits on one line, else the Paragraph's own lines joined by newlines
    (reportlab draws each at the style's leading); None when only a Paragraph will do."""
    if (
        not value
        or style.alignment not in ALIGN
        or FOLDED.search(value)
        or needs_fallback(value)
        or has_arabic(value)
    ):  # markup.text handles these
        return None
    if text_width(value, style.fontName, style.fontSize) <= width - SLACK:
        return value
    return _lines(value, style.name, width)


@functools.lru_cache(maxsize=1024)
def _lines(value: str, style_name: str, width: float) -> str | None:
    """The lines a Paragraph breaks `value` into (once: a header wraps in every table)."""
    paragraph = Paragraph(text(value), styles()[style_name])
    paragraph.wrap(width, 1_000_000)
    if paragraph.blPara.kind != 0:  # more than one font: only a Paragraph draws that
        return None
    if any(room < 0 for room, _ in paragraph.blPara.lines):
        return None  # a line a little too long: the Paragraph narrows its spaces to fit
    lines = [" ".join(words) for _, words in paragraph.blPara.lines]
    # A word split across lines, or a break at a no-break space, would not give the text
    # back as typed: such text stays a Paragraph.
    return "\n".join(lines) if " ".join(lines) == value else None


@functools.cache
def _cell_style_class(style_name: str | None, left: float, right: float) -> type[CellStyle]:
    """A CellStyle whose defaults are our table's, and for a string cell its Paragraph
    style's font, colour and alignment. Every cell gets an instance of its own."""
    attributes: dict[str, object] = {
        # Every cell names our font: reportlab sets the cell's font before drawing even a
        # Paragraph, and its default, Helvetica, would be referenced without being embedded.
        "fontname": FAMILY,
        "valign": "TOP",
        "leftPadding": left,
        "rightPadding": right,
        "topPadding": TOP_PADDING,
        "bottomPadding": BOTTOM_PADDING,
    }
    if style_name is not None:
        style = styles()[style_name]
        attributes |= {
            "fontname": style.fontName,
            "fontsize": style.fontSize,
            "leading": style.leading,
            "color": style.textColor,
            "alignment": ALIGN[style.alignment],
        }
    return type("TableCellStyle", (CellStyle,), attributes)


def _span_widths(
    column_widths: Sequence[float], spans: Sequence[tuple]
) -> tuple[dict[tuple[int, int], float], set[tuple[int, int]]]:
    """The width of each spanning cell, and the cells a span hides."""
    width: dict[tuple[int, int], float] = {}
    hidden: set[tuple[int, int]] = set()
    for _, (c0, r0), (c1, r1) in (span[:3] for span in spans):
        width[c0, r0] = sum(column_widths[c0 : c1 + 1])
        hidden |= {(c, r) for c in range(c0, c1 + 1) for r in range(r0, r1 + 1)}
        hidden.discard((c0, r0))
    return width, hidden


def place_cells(
    grid: Grid,
    column_widths: Sequence[float],
    spans: Sequence[tuple],
    padding: Sequence[tuple[float, float]],
) -> tuple[list[list[object]], list[list[CellStyle]]]:
    """Table data for `grid` and its cell styles (Table's `cellStyles`).

    `padding` is (left, right) per column; `spans` are the table's SPAN commands, so a
    spanning cell gets the width of all its columns.
    """
    span_width, hidden = _span_widths(column_widths, spans)
    all_styles = styles()
    data: list[list[object]] = []
    cell_styles: list[list[CellStyle]] = []
    for r, row in enumerate(grid):
        cells: list[object] = []
        row_styles: list[CellStyle] = []
        for c, (value, style_name) in enumerate(row):
            left, right = padding[c]
            plain: str | None = None
            if (c, r) in hidden:
                # Never drawn; as a flowable it is not measured either (an empty string
                # would count as a line of the default font and make the row taller).
                cells.append(Spacer(0, 0))
            elif isinstance(value, Flowable):
                cells.append(value)
            else:
                style = all_styles[style_name]
                shown = "" if value is None else str(value)
                width = span_width.get((c, r), column_widths[c]) - left - right
                lines = plain_text(shown, style, width)
                if lines is not None:
                    cells.append(lines)
                    plain = style_name
                else:
                    cells.append(Paragraph(text(shown), style))
            row_styles.append(_cell_style_class(plain, left, right)(""))
        data.append(cells)
        cell_styles.append(row_styles)
    return data, cell_styles

"""Tables that fit the page: long text wraps instead of running past the margin, widths
add up to the frame, a header row repeats on every page the table runs onto, amounts are
right-aligned.

Text that may wrap is a Paragraph; text that fits its cell on one line is placed as a
plain string in the same font, size, colour and alignment (see plain_cells), which
prints the same and costs a fraction of a Paragraph to lay out and draw.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias

from reportlab.platypus import Flowable, TableStyle

from .header_form import Table
from .pdf import FRAME_WIDTH
from .plain_cells import place_cells, text_width
from .styles import ACCENT, HEADER_FILL, RULE, TOTAL_FILL, styles

Cell: TypeAlias = str | Flowable | None


def widths(fractions: Sequence[float], total: float = FRAME_WIDTH) -> list[float]:
    """Column widths from relative sizes, summing to exactly `total`."""
    scale = total / sum(fractions)
    result = [f * scale for f in fractions]
    result[-1] = total - sum(result[:-1])
    return result


PADDING = 4
MIN_TEXT_WIDTH = 72  # points (an inch) a text column keeps when amounts widen theirs
# A row taller than the room left on a page is split across pages (reportlab's in-row
# split) rather than refused with a LayoutError, so a trip with pages of 'Resultaten' or
# a hundred destinations still prints. Each part keeps at least this many points, about
# two lines of a cell, so a page never ends on a sliver of a row. Rows that fit are
# still kept whole: reportlab tries a split between rows first.
SPLIT_IN_ROW = 24


def _fit_numbers(
    column_widths: list[float],
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    numeric: set[int],
) -> list[float]:
    """Widen number columns that an amount (or a one-word heading) would not fit, at the
    cost of the widest text column: an amount may never wrap or run past its cell."""
    style = styles()["CellBold"]
    for column in numeric:
        texts = [row[column] for row in rows if isinstance(row[column], str)]
        if " " not in header[column]:
            texts.append(header[column])
        need = (
            2 * PADDING
            + 1
            + max((text_width(t, style.fontName, style.fontSize) for t in texts), default=0)
        )
        deficit = need - column_widths[column]
        if deficit > 0:
            donor = max(
                (i for i in range(len(column_widths)) if i not in numeric),
                key=lambda i: column_widths[i],
                default=None,
            )
            if donor is None:
                continue
            # The text column keeps room for a few words: amounts near the largest the
            # services accept would otherwise take all of it, or more (a negative width).
            # Such an amount then wraps in its cell instead.
            given = min(deficit, max(0.0, column_widths[donor] - MIN_TEXT_WIDTH))
            column_widths[donor] -= given
            column_widths[column] += given
    return column_widths


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    fractions: Sequence[float],
    *,
    numeric: Sequence[int] = (),
    total: Sequence[Cell] | None = None,
    groups: Sequence[tuple[str, int]] = (),
    extra_style: Sequence[tuple] = (),
) -> Table:
    """A register-like table; `numeric` columns are right-aligned, `total` is bold.

    `groups` puts a row above the header naming groups of columns: (text, columns).
    """
    right = set(numeric)
    head = [(h, "CellHeadRight" if i in right else "CellHead") for i, h in enumerate(header)]
    body = [[(v, "CellRight" if i in right else "Cell") for i, v in enumerate(row)] for row in rows]
    group_row: list[tuple[Cell, str]] = []
    spans: list[tuple] = []
    for title, columns in groups:
        first = len(group_row)
        if columns > 1:
            spans.append(("SPAN", (first, 0), (first + columns - 1, 0)))
            group_row += [(title, "CellHead")] + [("", "Cell")] * (columns - 1)
        else:
            # A group of one column is its own heading, over both header rows.
            spans.append(("SPAN", (first, 0), (first, 1)))
            group_row.append((title, "CellHeadRight" if first in right else "CellHead"))
    header_rows = 2 if groups else 1
    grid = ([group_row] if groups else []) + [head] + body
    if total is not None:
        grid.append(
            [(v, "CellBoldRight" if i in right else "CellBold") for i, v in enumerate(total)]
        )
    values = list(rows) + ([total] if total is not None else [])
    column_widths = _fit_numbers(widths(fractions), header, values, right)
    data, cell_styles = place_cells(
        grid, column_widths, spans, [(PADDING, PADDING)] * len(column_widths)
    )
    table = Table(
        data,
        colWidths=column_widths,
        repeatRows=header_rows,
        hAlign="LEFT",
        cellStyles=cell_styles,
        splitInRow=SPLIT_IN_ROW,
    )
    style = spans + [
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
    ]
    if total is not None:
        style += [
            ("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
        ]
    table.setStyle(TableStyle(style + list(extra_style)))
    return table


def key_value_table(
    pairs: Sequence[tuple[str, Cell]], label_fraction: float = 0.27, width: float = FRAME_WIDTH
) -> Table:
    """Label and value rows, as a card or a profile prints its fields (`width` wide)."""
    column_widths = widths([label_fraction, 1 - label_fraction], width)
    # The labels start at the margin: no left padding in their column.
    data, cell_styles = place_cells(
        [[(label, "CellLabel"), (value, "Cell")] for label, value in pairs],
        column_widths,
        (),
        [(0, PADDING), (PADDING, PADDING)],
    )
    table = Table(
        data,
        colWidths=column_widths,
        hAlign="LEFT",
        cellStyles=cell_styles,
        splitInRow=SPLIT_IN_ROW,
    )
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE)]))
    return table

"""A Table that works out its row heights and column positions once per width, and that
splits a row taller than a page with its text intact.

Platypus measures a table each time it considers it: a trip block (KeepWhole) measures
all its parts, and the frame measures the table again where it places it; reportlab's
Table recomputes its spans, row heights and column positions on every call although
nothing about the table has changed. In the annual overview that is a thousand cost
tables measured twice.

The measurement depends on the width and, for a table taller than the room (reportlab
then stops measuring rows once the room is full), on the height offered. So the last
measurement is reused only for the same width, when it covered every row and the whole
table fits in the height now offered: measuring afresh would then give the same result.
Anything else (less room, a split) measures as reportlab does.

A row taller than the room (pages of 'Resultaten', a hundred destinations) can only be
split inside the row (`splitInRow`). Reportlab does that well for flowables, but a plain
string cell (plain_cells) is split as if its lines were 1.2 × the font size apart and
its remaining row keeps a height worked out the same way, so a split string overflows
its row and the next split of the remaining row fails with a LayoutError. Before a row
is split, its table's string cells therefore become the Paragraphs they stand for
(same text, font, size, leading, colour and alignment), which reportlab splits line by
line. Tables that fit, or split between rows, keep their strings.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable
from reportlab.platypus import Table as _Table
from reportlab.platypus.tables import CellStyle

from .markup import text
from .wrap_once import Paragraph

ALIGNMENT = {"LEFT": TA_LEFT, "RIGHT": TA_RIGHT, "CENTER": TA_CENTER, "CENTRE": TA_CENTER}


def _as_paragraph(value: str, style: CellStyle) -> Flowable:
    """The Paragraph a string cell stands for: plain_cells joined the Paragraph's lines
    with newlines, so the words joined by spaces are the text as typed."""
    paragraph_style = ParagraphStyle(
        "SplitCell",
        fontName=style.fontname,
        fontSize=style.fontsize,
        leading=style.leading,
        textColor=style.color,
        alignment=ALIGNMENT.get(str(style.alignment).upper(), TA_LEFT),
    )
    return Paragraph(text(value.replace("\n", " ")), paragraph_style)


class Table(_Table):
    _measured_width: float | None = None

    def _calc(self, availWidth: float, availHeight: float) -> None:  # noqa: N803 - reportlab's names
        if (
            self._measured_width == availWidth
            and None not in self._rowHeights
            and self._height <= availHeight
        ):
            return
        self._measured_width = None
        super()._calc(availWidth, availHeight)
        self._measured_width = availWidth

    def _splitRows(self, availHeight: float, doInRowSplit: int = 0) -> list[Flowable]:  # noqa: N802, N803 - reportlab's names
        if doInRowSplit and self._strings_to_paragraphs():
            width = self._width
            self._measured_width = None
            super()._calc(width, availHeight)
            self._measured_width = width
        return super()._splitRows(availHeight, doInRowSplit)

    def _strings_to_paragraphs(self) -> bool:
        """Turn the non-empty string cells below the repeated header rows into
        Paragraphs; whether there were any."""
        repeat = self.repeatRows
        first = repeat if isinstance(repeat, int) else max(repeat) + 1
        changed = False
        for row, styles in zip(self._cellvalues[first:], self._cellStyles[first:], strict=True):
            for column, value in enumerate(row):
                if isinstance(value, str) and value:
                    row[column] = (_as_paragraph(value, styles[column]),)
                    changed = True
        return changed

"""The rows of a read-only openpyxl worksheet as plain values, without a cell object per
cell, and with inline strings read without openpyxl's rich-text objects.

openpyxl builds a `Text` (and a `RichText` per run) for every inline-string cell only to
join their text again; workbooks written by openpyxl's write-only mode (our own export)
hold all their text that way, so that was a good part of reading a large file. What
comes back is what `worksheet.iter_rows(max_col=MAX_COLUMNS)` gives cell by cell
(`.value`, a `Formula` where `data_type` is "f"); tests/test_exchange_reading.py holds the two
side by side. Uses openpyxl's worksheet parser, which is not public API: that test is
what tells when an openpyxl release changes it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

from openpyxl.utils.cell import column_index_from_string
from openpyxl.utils.datetime import from_excel
from openpyxl.worksheet._reader import INLINE_STRING, WorkSheetParser, _cast_number
from openpyxl.xml.constants import SHEET_MAIN_NS

from .reading import Formula

FORMULA = f"{{{SHEET_MAIN_NS}}}f"
TEXT = f"{{{SHEET_MAIN_NS}}}t"
RUN = f"{{{SHEET_MAIN_NS}}}r"
VALUE = f"{{{SHEET_MAIN_NS}}}v"
MAX_COLUMN_NAMES = 1024  # "A" to "AMJ"; more are looked up again each time


def inline_text(node: Any) -> str:
    """What `openpyxl.cell.text.Text.from_tree(node).content` gives: the plain text, then
    the text of each formatted run (phonetic runs are left out)."""
    plain, runs = None, []
    for child in node:
        if child.tag == TEXT:
            plain = child.text
        elif child.tag == RUN:
            text = None
            for part in child:
                if part.tag == TEXT:
                    text = part.text
            if text is not None:
                runs.append(text)
    return "".join(runs) if plain is None else plain + "".join(runs)


class _Parser(WorkSheetParser):
    """openpyxl's parser with lean paths for the usual cells, inline text and numbers
    (dates among them); every other cell (formulas, shared strings, booleans, errors) is
    left to openpyxl."""

    def parse_cell(self, element: Any) -> dict[str, Any]:
        kind = element.get("t", "n")
        if kind not in ("inlineStr", "n") or self.rich_text or element.find(FORMULA) is not None:
            return super().parse_cell(element)
        if kind == "n":
            value = element.findtext(VALUE) or None
            if value is not None:
                try:
                    value = _cast_number(value)
                except ValueError:
                    # "NaN" or "x" in a number cell (no spreadsheet writes that): its text
                    # goes on to the column's reading, which refuses it with row and column.
                    value, kind = str(value), "s"
                style = element.get("s")
                if kind == "n" and style and int(style) in self.date_formats:
                    try:  # a date or time, as openpyxl converts it
                        value = from_excel(
                            value, self.epoch, timedelta=int(style) in self.timedelta_formats
                        )
                    except (OverflowError, ValueError):
                        return super().parse_cell(element)  # its warning and error value
                    kind = "d"
        else:
            child = element.find(INLINE_STRING)
            if child is None:
                value = None
            else:
                value, kind = inline_text(child), "s"
        # openpyxl's own handling of the cell's position (a cell may leave out its "r").
        coordinate = element.get("r")
        if coordinate:
            # What openpyxl's coordinate_to_tuple gives for a well-formed "AB12" (and an
            # error for one that is not), without its loop over each character in Python,
            # and inline: a call per cell was a good part of reading a large file.
            letters = coordinate.rstrip(_DIGITS)
            row, column = int(coordinate[len(letters) :]), _column(letters)
            self.col_counter = column
        else:
            self.col_counter += 1
            row, column = self.row_counter, self.col_counter
        return {"row": row, "column": column, "value": value, "data_type": kind}


_DIGITS = "0123456789"


@functools.lru_cache(maxsize=MAX_COLUMN_NAMES)
def _column(letters: str) -> int:
    return column_index_from_string(letters)


def sheet_rows(worksheet: Any, max_columns: int) -> Iterator[tuple[int, list[Any]]]:
    """(row number, cell values up to `max_columns`) for each row element of the sheet, in
    order; formula cells as `Formula`. A row ends at its last cell in those columns, where
    openpyxl pads it to `max_columns` with None. Rows the sheet leaves out are not given
    (openpyxl pads them as empty rows); a row numbered at or before the one before it is
    skipped, as openpyxl does."""
    workbook = worksheet.parent
    last = 0
    with workbook._archive.open(worksheet._worksheet_path) as source:
        parser = _Parser(
            source,
            worksheet._shared_strings,
            data_only=workbook.data_only,
            epoch=workbook.epoch,
            date_formats=workbook._date_formats,
            timedelta_formats=workbook._timedelta_formats,
        )
        for number, cells in parser.parse():
            if number <= last:
                continue
            last = number
            # One pass over the cells (a row's width was a pass of its own): a row's cells
            # come in the order of their columns, so most are appended.
            values: list[Any] = []
            for cell in cells:
                column = cell["column"]
                if column > max_columns:
                    continue
                value = cell["value"]
                if cell["data_type"] == "f":
                    value = Formula(str(value))
                width = len(values)
                if column > width:
                    if column > width + 1:
                        values.extend([None] * (column - width - 1))
                    values.append(value)
                elif column >= 1:
                    values[column - 1] = value
            yield number, values

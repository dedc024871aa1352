"""Reading a LibreOffice spreadsheet (.ods) into raw cells, as reading.py does for .xlsx.

The cells come from python-calamine (Rust, streaming). Before it runs, one pass over the
sheet's XML (stdlib iterparse, constant memory) does what calamine does not: it finds the
formula cells, so the import refuses them by sheet, row and column as it does in a
workbook, and it adds up what the file's repeated rows and cells would unfold to, so a
file of a few kilobytes that declares millions of filled cells is refused before anything
is unfolded (ODS writes "this row 1,048,576 times" in one element).
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import IO
from xml.etree.ElementTree import iterparse

from ..i18n import _
from .problems import FileRefused
from .reading import (
    MAX_COLUMNS,
    MAX_ROWS,
    Formula,
    RawSheet,
    check_size,
    check_zip,
    damaged,
    max_rows,
)

MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
# Filled cells the sheets may unfold to (counted up to the last filled cell of each row):
# a full register of 200,000 rows of its 26 columns, with room to spare.
MAX_CELLS = 6_000_000
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_SHEET, _ROW = f"{{{_TABLE}}}table", f"{{{_TABLE}}}table-row"
_CELLS = {f"{{{_TABLE}}}table-cell", f"{{{_TABLE}}}covered-table-cell"}
_ROWS_REPEATED = f"{{{_TABLE}}}number-rows-repeated"
_COLUMNS_REPEATED = f"{{{_TABLE}}}number-columns-repeated"
_FORMULA, _NAME = f"{{{_TABLE}}}formula", f"{{{_TABLE}}}name"
_VALUE_TYPE, _PARAGRAPH = f"{{{_OFFICE}}}value-type", f"{{{_TEXT}}}p"

Formulas = dict[str, dict[tuple[int, int], str]]  # sheet -> (row, column) -> formula


def _repeat(element: object, attribute: str) -> int:
    try:
        return max(1, int(element.get(attribute, "1")))  # type: ignore[attr-defined]
    except ValueError:
        return 1


def _scan(path: Path, content: IO[bytes]) -> Formulas:
    """The formula cells of each sheet (1-based row and column); FileRefused when the
    sheets unfold to more than MAX_ROWS filled rows or MAX_CELLS filled cells."""
    formulas: Formulas = {}
    sheet, row, cells = "", 0, 0
    column, last_filled = 0, 0
    for event, element in iterparse(content, events=("start", "end")):
        tag = element.tag
        if event == "start":
            if tag == _SHEET:
                sheet, row = element.get(_NAME, ""), 0
                formulas.setdefault(sheet, {})
            elif tag == _ROW:
                column, last_filled = 0, 0
            continue
        if tag in _CELLS:
            repeat = _repeat(element, _COLUMNS_REPEATED)
            filled = element.get(_VALUE_TYPE) is not None or element.find(_PARAGRAPH) is not None
            if element.get(_FORMULA) is not None and column < MAX_COLUMNS:
                formulas[sheet][(row + 1, column + 1)] = element.get(_FORMULA)
            column += repeat
            if filled:
                last_filled = column
            element.clear()
        elif tag == _ROW:
            repeat = _repeat(element, _ROWS_REPEATED)
            if last_filled:
                if row + repeat > MAX_ROWS:
                    raise FileRefused(
                        _(
                            "{name}: sheet '{sheet}' has more than {rows} rows; split the file."
                        ).format(name=path.name, sheet=sheet, rows=max_rows())
                    )
                cells += repeat * min(last_filled, MAX_COLUMNS * 10)
                if cells > MAX_CELLS:
                    raise FileRefused(
                        _(
                            "{name} unpacks to an unreasonably large workbook and is therefore "
                            "not read."
                        ).format(name=path.name)
                    )
            row += repeat
            element.clear()
    return formulas


def _value(value: object) -> object:
    """A cell as the xlsx reader gives it: None for an empty cell, whole numbers as int."""
    if value == "":
        return None
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, dt.timedelta):  # a time of day that calamine read as a duration
        seconds = int(value.total_seconds())
        if 0 <= seconds < 86_400:
            return dt.time(seconds // 3600, seconds // 60 % 60, seconds % 60)
    return value


def read_ods(path: Path) -> dict[str, RawSheet]:
    check_size(path)
    check_zip(
        path,
        _(
            "{name} is not a LibreOffice spreadsheet (.ods), although it has that name. "
            "Save it in LibreOffice as 'ODF Spreadsheet'."
        ),
    )
    try:
        with zipfile.ZipFile(path) as archive:
            if archive.read("mimetype").strip() != MIMETYPE:
                raise KeyError("mimetype")
            with archive.open("content.xml") as content:
                formulas = _scan(path, content)
    except FileRefused:
        raise
    except KeyError:
        raise FileRefused(
            _(
                "{name} is not a LibreOffice spreadsheet (.ods): it is another kind of document."
            ).format(name=path.name)
        ) from None
    except Exception as exc:  # a damaged zip member or XML
        raise FileRefused(damaged().format(name=path.name, error=type(exc).__name__)) from None
    # Imported here: only an import of an .ods file loads it.
    from python_calamine import CalamineWorkbook

    try:
        with CalamineWorkbook.from_path(path) as book:
            return {
                name: _sheet(
                    name,
                    book.get_sheet_by_name(name).to_python(skip_empty_area=False),
                    formulas.get(name, {}),
                )
                for name in book.sheet_names
            }
    except Exception as exc:  # calamine's errors for a damaged file
        raise FileRefused(damaged().format(name=path.name, error=type(exc).__name__)) from None


def _sheet(
    name: str, rows: Sequence[Sequence[object]], formulas: dict[tuple[int, int], str]
) -> RawSheet:
    sheet = RawSheet(name)
    by_row: dict[int, list[tuple[int, str]]] = {}
    for (row, column), text in formulas.items():
        by_row.setdefault(row, []).append((column, text))
    for number, cells in enumerate(rows, start=1):
        values = [_value(v) for v in list(cells)[:MAX_COLUMNS]]
        for column, text in by_row.get(number, ()):
            values.extend([None] * (column - len(values)))
            values[column - 1] = Formula(text.removeprefix("of:"))
        while values and values[-1] is None:
            values.pop()
        if any(v is not None for v in values):
            sheet.rows.append((number, values))
    return sheet

"""The change history to a CSV file or an Excel workbook, one row per entry."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from ..formula_guard import guarded, text_cell
from ..i18n import _
from ..services.history_query import HEADINGS, HistoryRow
from .export import replacing

SUFFIXES = (".csv", ".xlsx")
SHEET = "Geschiedenis"
# Column widths in the workbook, in the order of HEADINGS.
WIDTHS = (20, 14, 16, 7, 36, 12, 26, 40, 40, 8, 24)


class UnknownFormatError(ValueError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            _("{name}: choose a file name that ends in .csv or .xlsx.").format(name=path.name)
        )


def write_history(path: Path, rows: Sequence[HistoryRow]) -> None:
    """`rows` (newest first, as given) to `path`; its suffix says the format."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        _write_csv(path, rows)
    elif suffix == ".xlsx":
        _write_workbook(path, rows)
    else:
        raise UnknownFormatError(path)


def _write_csv(path: Path, rows: Sequence[HistoryRow]) -> None:
    # As the register exports: UTF-8 with a byte order mark and ";", what Dutch Excel
    # opens by double-clicking; text Excel would run as a formula gets an apostrophe.
    with replacing(path) as partial, partial.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADINGS)
        for row in rows:
            writer.writerow([guarded(cell) for cell in row.cells()])


def _write_workbook(path: Path, rows: Sequence[HistoryRow]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import Cell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = SHEET  # Dutch, as HEADINGS are
    sheet.append(list(HEADINGS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    wrapped = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        # The moment as a date-time and the numbers as numbers, which Excel sorts and
        # filters; the rest as text (never a formula, whatever a user typed).
        values: list[object] = [
            row.at,
            row.author,
            row.register,
            row.record_id,
            row.title,
            row.action,
            row.field,
            row.old,
            row.new,
            row.version,
            row.context,
        ]
        cells = []
        for value in values:
            if isinstance(value, str):
                cell = text_cell(sheet, value)
                if "\n" in value:
                    cell.alignment = wrapped
            else:
                cell = Cell(sheet, value=value)
            cells.append(cell)
        cells[0].number_format = "dd-mm-yyyy hh:mm:ss"
        sheet.append(cells)
    with replacing(path) as partial:
        book.save(partial)

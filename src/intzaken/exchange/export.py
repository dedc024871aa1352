"""Writing registers to an Excel workbook or CSV files in the exchange layout."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ..formula_guard import guarded, text_cell
from ..registers import RegisterKey
from ..written_files import replacing
from . import identity
from .country_facts_sheet import COUNTRY_FACTS_SHEET, country_facts_rows
from .layout import REGISTERS, ChildSheet, Sheet, SheetLayout, file_sheets
from .loaded_names import LoadedNames
from .names import SessionNames
from .totals_sheet import TOTALS_HEADINGS, TOTALS_SHEET, totals_rows


def _identified(sheet: Sheet, empty: bool) -> bool:
    """Whether `sheet` ends in the record's uuid and version (identity.py): a register's
    own sheet; not a template, whose rows are all new."""
    return not empty and not isinstance(sheet, ChildSheet) and sheet is not COUNTRY_FACTS_SHEET


def _headings(sheet: Sheet, empty: bool) -> list[str]:
    own = [col.heading for col in sheet.columns]
    return own + list(identity.HEADINGS) if _identified(sheet, empty) else own


def _rows(
    register: SheetLayout,
    sheet: Sheet,
    records: Sequence[Any],
    write: Callable[[Any, Any], Any],
    identities: Sequence[list[Any]] = (),
) -> Iterator[list[Any]]:
    """The rows of `sheet` from the register's `records` (data as `to_data` gives it),
    each cell made by `write(codec, value)`; on a register's own sheet followed by each
    record's `identities` cells."""
    if not isinstance(sheet, ChildSheet):
        for data, cells in zip(records, identities, strict=True):
            yield [write(col.codec, getattr(data, col.field)) for col in sheet.columns] + cells
        return
    key_columns = register.sheet.key_columns
    own = sheet.columns[len(key_columns) :]
    for data in records:
        items = getattr(data, sheet.field) or []
        if not items:
            continue
        parent_key = [write(col.codec, getattr(data, col.field)) for col in key_columns]
        for item in items:
            yield parent_key + [write(col.codec, getattr(item, col.field)) for col in own]


class _Records:
    """Each register's records as data, loaded once for its own sheet and its child
    sheets alike."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.loaded: dict[str, list[Any]] = {}
        self.identities: dict[str, list[list[Any]]] = {}  # the cells of identity.py

    def of(self, register: SheetLayout) -> list[Any]:
        if register.name not in self.loaded:
            stored = register.records(self.session)
            self.loaded[register.name] = [register.to_data(record) for record in stored]
            self.identities[register.name] = [identity.cells_of(record) for record in stored]
        return self.loaded[register.name]

    def rows(
        self, register: SheetLayout | None, sheet: Sheet, write: Callable[[Any, Any], Any]
    ) -> Iterator[list[Any]]:
        if register is None:
            return country_facts_rows(self.session, write)
        records = self.of(register)
        return _rows(register, sheet, records, write, self.identities[register.name])


def export_workbook(
    session: Session, path: Path, registers: Sequence[str] | None = None, *, empty: bool = False
) -> None:
    """Registers (None: all) to an .xlsx workbook, one sheet per register and per list of
    child rows; with `empty`, the template for an import (template.py): the headings,
    with an explanation, drop-down lists and cell formats, and no rows."""
    if empty:
        from .template import write_template

        write_template(session, path, registers)
        return
    from openpyxl import Workbook
    from openpyxl.cell.cell import Cell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    names = LoadedNames(session)
    records = _Records(session)
    book = Workbook()
    book.remove(book.active)
    bold = Font(bold=True)
    for register, sheet in file_sheets(registers):
        worksheet = book.create_sheet(sheet.name)
        headings = _headings(sheet, empty)
        worksheet.append(headings)
        for cell in worksheet[1]:
            cell.font = bold
        worksheet.freeze_panes = "A2"
        for index, col in enumerate(sheet.columns, start=1):
            worksheet.column_dimensions[get_column_letter(index)].width = col.width
        for index in range(len(sheet.columns) + 1, len(headings) + 1):
            # The record's identity and version: kept out of sight, read back by import.
            worksheet.column_dimensions[get_column_letter(index)].hidden = True
        if empty:
            continue
        formats = [col.codec.number_format for col in sheet.columns]
        formats += [None] * (len(headings) - len(formats))
        for values in records.rows(register, sheet, lambda codec, value: codec.write(value, names)):
            row = []
            for value, number_format in zip(values, formats, strict=True):
                if isinstance(value, str):
                    # Text stays text, so a name like "=Rotterdam" can never run in Excel.
                    cell = text_cell(worksheet, value)
                else:
                    cell = Cell(worksheet, value=value)
                    if number_format and value is not None:
                        cell.number_format = number_format
                row.append(cell)
            # Cells made here and appended: looking them up after a plain append walks
            # every column of the sheet for each row.
            worksheet.append(row)
    if registers is None or RegisterKey.TRIPS in registers:
        _totals(book, session, bold)
    with replacing(path) as partial:
        book.save(partial)


def _totals(book: Any, session: Session, bold: Any) -> None:
    """The sheet "Totalen": both totals of each year, named (totals_sheet.py)."""
    from openpyxl.utils import get_column_letter

    worksheet = book.create_sheet(TOTALS_SHEET)
    worksheet.append(list(TOTALS_HEADINGS))
    for cell in worksheet[1]:
        cell.font = bold
    worksheet.freeze_panes = "A2"
    for index, width in enumerate((8, 36, 16, 14, 80), start=1):
        worksheet.column_dimensions[get_column_letter(index)].width = width
    for values in totals_rows(session):
        worksheet.append([text_cell(worksheet, v) if isinstance(v, str) else v for v in values])
        worksheet.cell(worksheet.max_row, 3).number_format = '"€ "#,##0.00'


def _write_csv(
    records: _Records,
    path: Path,
    register: SheetLayout | None,
    sheet: Sheet,
    names: SessionNames,
    empty: bool,
) -> None:
    # UTF-8 with a byte order mark and ";" between cells: that is what Dutch Excel
    # recognises when the file is opened by double-clicking (without the mark it reads
    # Windows-1252 and garbles "ë"; with "," it puts every row in one cell).
    with replacing(path) as partial, partial.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(_headings(sheet, empty))
        if not empty:
            for values in records.rows(
                register, sheet, lambda codec, value: codec.text(value, names)
            ):
                writer.writerow([guarded(str(v)) for v in values])


def export_csv(session: Session, path: Path, register: str, *, empty: bool = False) -> None:
    """One register's own sheet to a CSV file (no child rows: use a workbook or
    `export_csv_folder` for those)."""
    chosen = REGISTERS[register]
    _write_csv(_Records(session), path, chosen, chosen.sheet, LoadedNames(session), empty)


def export_csv_folder(
    session: Session, folder: Path, registers: Sequence[str] | None = None, *, empty: bool = False
) -> list[Path]:
    """Every sheet of `registers` (None: all) as `<sheet name>.csv` in `folder`; the folder
    can be imported as a whole."""
    names = LoadedNames(session)
    records = _Records(session)
    written = []
    for register, sheet in file_sheets(registers):
        path = folder / f"{sheet.name}.csv"
        _write_csv(records, path, register, sheet, names, empty)
        written.append(path)
    return written

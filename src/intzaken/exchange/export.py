"""Writing registers to an Excel workbook or CSV files in the exchange layout."""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from .layout import REGISTERS, ChildSheet, Register, Sheet, sheets_of
from .names import SessionNames
from .reading import CSV_GUARD, FORMULA_STARTS


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary file beside `path` that replaces it when the block succeeds, so a
    failed export leaves neither a half file nor a damaged older one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".partial")
    os.close(handle)
    partial = Path(name)
    try:
        yield partial
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


def _rows(session: Session, register: Register, sheet: Sheet, names: SessionNames,
          write: Callable[[Any, Any], Any]) -> Iterator[list[Any]]:
    """The rows of `sheet`, each cell made by `write(codec, value)`."""
    for record in register.records(session):
        data = register.to_data(record)
        cells = {col.heading: write(col.codec, getattr(data, col.field))
                 for col in register.sheet.columns}
        if not isinstance(sheet, ChildSheet):
            yield [cells[col.heading] for col in sheet.columns]
            continue
        parent_key = [cells[col.heading] for col in register.sheet.key_columns]
        for item in getattr(data, sheet.field) or []:
            yield parent_key + [write(col.codec, getattr(item, col.field))
                                for col in sheet.columns[len(parent_key):]]


def export_workbook(session: Session, path: Path,
                    registers: Sequence[str] | None = None, *, empty: bool = False) -> None:
    """Registers (None: all) to an .xlsx workbook, one sheet per register and per list of
    child rows; with `empty`, the headings only: the template for an import."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    names = SessionNames(session)
    book = Workbook()
    book.remove(book.active)
    bold = Font(bold=True)
    for register, sheet in sheets_of(registers):
        worksheet = book.create_sheet(sheet.name)
        worksheet.append([col.heading for col in sheet.columns])
        for cell in worksheet[1]:
            cell.font = bold
        worksheet.freeze_panes = "A2"
        for index, col in enumerate(sheet.columns, start=1):
            worksheet.column_dimensions[get_column_letter(index)].width = col.width
        if empty:
            continue
        for values in _rows(session, register, sheet, names,
                            lambda codec, value: codec.write(value, names)):
            worksheet.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v
                              for v in values])
            for col, cell in zip(sheet.columns, worksheet[worksheet.max_row], strict=True):
                if isinstance(cell.value, str):
                    # openpyxl turns text starting with "=" into a formula; the user's text
                    # stays text, so a name like "=Rotterdam" can never run in Excel.
                    cell.data_type = "s"
                elif col.codec.number_format and cell.value is not None:
                    cell.number_format = col.codec.number_format
    with replacing(path) as partial:
        book.save(partial)


def _guarded(text: str) -> str:
    """Text a spreadsheet would run as a formula gets an apostrophe in front (the usual
    defence against CSV injection); the import takes it off again."""
    return CSV_GUARD + text if text.startswith(FORMULA_STARTS) else text


def _write_csv(session: Session, path: Path, register: Register, sheet: Sheet,
               names: SessionNames, empty: bool) -> None:
    # UTF-8 with a byte order mark and ";" between cells: that is what Dutch Excel
    # recognises when the file is opened by double-clicking (without the mark it reads
    # Windows-1252 and garbles "ë"; with "," it puts every row in one cell).
    with replacing(path) as partial, partial.open("w", encoding="utf-8-sig",
                                                  newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow([col.heading for col in sheet.columns])
        if not empty:
            for values in _rows(session, register, sheet, names,
                                lambda codec, value: codec.text(value, names)):
                writer.writerow([_guarded(v) for v in values])


def export_csv(session: Session, path: Path, register: str, *, empty: bool = False) -> None:
    """One register's own sheet to a CSV file (no child rows: use a workbook or
    `export_csv_folder` for those)."""
    chosen = REGISTERS[register]
    _write_csv(session, path, chosen, chosen.sheet, SessionNames(session), empty)


def export_csv_folder(session: Session, folder: Path,
                      registers: Sequence[str] | None = None, *, empty: bool = False
                      ) -> list[Path]:
    """Every sheet of `registers` (None: all) as `<sheet name>.csv` in `folder`; the folder
    can be imported as a whole."""
    names = SessionNames(session)
    written = []
    for register, sheet in sheets_of(registers):
        path = folder / f"{sheet.name}.csv"
        _write_csv(session, path, register, sheet, names, empty)
        written.append(path)
    return written

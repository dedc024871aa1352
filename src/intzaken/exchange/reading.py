"""Reading a workbook or CSV file into raw cells, guarded against files that are not what
they claim, or that are made to exhaust the machine.

Nothing here knows the registers: it hands over sheets of rows of cell values (as Excel
typed them, or text from a CSV), with the spreadsheet's own row numbers. Formula cells come
back as `Formula`, never evaluated, so the import can refuse them by name.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from babel.numbers import format_decimal

from ..formula_guard import unguarded
from ..i18n import _, current_locale
from .problems import FileRefused
from .template_words import TEMPLATE_SHEETS

MAX_FILE_BYTES = 50 * 1024 * 1024
# A workbook is a zip; what it unpacks to is what openpyxl holds in memory.
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
MAX_RATIO = 200  # a member that grows more than this when unpacked is a zip bomb
MAX_ROWS = 200_000  # per sheet
MAX_COLUMNS = 100  # columns beyond this are not read (the widest sheet has 22)
MAX_CELL_CHARS = 32_767  # Excel's own limit; a CSV cell longer than this is not a cell


def damaged() -> str:  # one message, said in two places
    return _("{name} is damaged and cannot be read ({error}).")


def max_rows() -> str:
    """200.000 (200,000 in English)."""
    return format_decimal(MAX_ROWS, locale=current_locale())


@dataclass(frozen=True)
class Formula:
    text: str


@dataclass
class RawSheet:
    name: str
    # (row number as Excel shows it, cell values); row 1 holds the headings.
    rows: list[tuple[int, list[object]]] = field(default_factory=list)


def read_file(path: Path) -> dict[str, RawSheet]:
    """The sheets of an .xlsx workbook, an .ods spreadsheet, a .csv file, or a folder of
    .csv files (by name)."""
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix.lower() == ".csv")
        if not files:
            raise FileRefused(_("The folder {folder} holds no CSV files.").format(folder=path))
        return {p.stem: read_csv(p, p.stem) for p in files}
    if not path.is_file():
        raise FileRefused(_("The file {path} does not exist.").format(path=path))
    if path.suffix.lower() == ".csv":
        return {path.stem: read_csv(path, path.stem)}
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return read_xlsx(path)
    if path.suffix.lower() == ".ods":
        from .ods import read_ods

        return read_ods(path)
    raise FileRefused(
        _(
            "{name}: only Excel workbooks (.xlsx), LibreOffice spreadsheets (.ods) and CSV "
            "files (.csv) can be imported."
        ).format(name=path.name)
    )


def check_size(path: Path) -> None:
    size = path.stat().st_size
    if size == 0:
        raise FileRefused(_("{name} is empty.").format(name=path.name))
    if size > MAX_FILE_BYTES:
        raise FileRefused(
            _("{name} is larger than {size} MB; split the file.").format(
                name=path.name, size=MAX_FILE_BYTES // (1024 * 1024)
            )
        )


def check_zip(path: Path, not_a_zip: str | None = None) -> None:
    """A zip (an .xlsx or .ods package) that unpacks to a reasonable size; `not_a_zip`
    says what the file should have been (with {name})."""
    if not zipfile.is_zipfile(path):
        raise FileRefused(
            (
                not_a_zip
                or _(
                    "{name} is not an Excel workbook (.xlsx), although it has that name. Save "
                    "it in Excel as 'Excel Workbook'."
                )
            ).format(name=path.name)
        )
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise FileRefused(damaged().format(name=path.name, error=exc)) from None
    total = sum(m.file_size for m in members)
    bombs = [
        m
        for m in members
        if m.file_size > 1024 * 1024 and m.file_size > MAX_RATIO * max(m.compress_size, 1)
    ]
    if total > MAX_UNPACKED_BYTES or bombs or len(members) > 10_000:
        raise FileRefused(
            _("{name} unpacks to an unreasonably large workbook and is therefore not read.").format(
                name=path.name
            )
        )


def read_xlsx(path: Path) -> dict[str, RawSheet]:
    check_size(path)
    check_zip(path)
    # Imported here: only an import or export pays for loading openpyxl.
    from openpyxl import load_workbook

    try:
        # read_only streams the rows instead of building the whole sheet; data_only=False
        # shows formulas as formulas, so they are refused rather than trusted.
        book = load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds for a damaged package
        raise FileRefused(
            _("{name} is not a readable Excel workbook ({error}).").format(
                name=path.name, error=type(exc).__name__
            )
        ) from None
    try:
        sheets = {}
        for worksheet in book.worksheets:
            if worksheet.title.casefold() in TEMPLATE_SHEETS:
                continue  # the template's explanation and lists: not data, not read
            sheets[worksheet.title] = _read_worksheet(path, worksheet)
        return sheets
    except FileRefused:
        raise
    except Exception as exc:
        raise FileRefused(damaged().format(name=path.name, error=type(exc).__name__)) from None
    finally:
        book.close()


def _read_worksheet(path: Path, worksheet: object) -> RawSheet:
    from .sheet_cells import sheet_rows

    sheet = RawSheet(worksheet.title)  # type: ignore[attr-defined]
    # Every row element of the sheet is read, whatever its stored dimension claims.
    for number, values in sheet_rows(worksheet, MAX_COLUMNS):
        if number > MAX_ROWS:
            raise FileRefused(
                _("{name}: sheet '{sheet}' has more than {rows} rows; split the file.").format(
                    name=path.name, sheet=sheet.name, rows=max_rows()
                )
            )
        # Rows come padded to MAX_COLUMNS: cut the empty end, so what looks at every cell
        # of a row (a column without a heading, a key) looks at the cells that are there.
        while values and values[-1] is None:
            values.pop()
        if any(v is not None and v != "" for v in values):
            sheet.rows.append((number, values))
    return sheet


def _decode(path: Path, data: bytes) -> str:
    if b"\x00" in data:
        raise FileRefused(_("{name} is not a text file (CSV).").format(name=path.name))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Not UTF-8: Dutch Excel on Windows saves "CSV (gescheiden door lijstscheidingsteken)"
    # in Windows-1252, so that is what such a file most likely is; anything else is refused.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise FileRefused(
            _("{name} is not text in UTF-8 or Windows-1252; save it as 'CSV UTF-8'.").format(
                name=path.name
            )
        ) from None


def _separator(first_line: str) -> str:
    """';' as Dutch Excel writes, but ',' and tab are recognised from the heading line."""
    counts = {sep: first_line.count(sep) for sep in (";", ",", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ";"


def _csv_cell(text: str) -> object:
    plain = unguarded(text)
    if plain != text:
        return plain  # guarded by our own export (see formula_guard.py)
    if text.startswith("="):
        return Formula(text)
    return text


def read_csv(path: Path, name: str) -> RawSheet:
    check_size(path)
    text = _decode(path, path.read_bytes())
    sheet = RawSheet(name)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_separator(text.split("\n", 1)[0]))
    try:
        # Excel shows each record as one row, even one whose quoted cells hold newlines.
        for number, cells in enumerate(reader, start=1):
            if number > MAX_ROWS:
                raise FileRefused(
                    _("{name} has more than {rows} rows; split the file.").format(
                        name=path.name, rows=max_rows()
                    )
                )
            if any(len(cell) > MAX_CELL_CHARS for cell in cells):
                raise FileRefused(
                    _("{name}, row {row}: a cell is longer than {limit} characters.").format(
                        name=path.name, row=number, limit=MAX_CELL_CHARS
                    )
                )
            sheet.rows.append((number, [_csv_cell(cell) for cell in cells[:MAX_COLUMNS]]))
    except csv.Error as exc:
        raise FileRefused(
            _("{name} is not a valid CSV file ({error}).").format(name=path.name, error=exc)
        ) from None
    sheet.rows = [(n, cells) for n, cells in sheet.rows if any(c != "" for c in cells)]
    return sheet

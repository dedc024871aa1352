"""A sheet of the file read against its layout: headings matched to columns, each row's
key and identity, and its cells through the columns' codecs. Every problem is reported
with sheet, row and column; the rows with one are marked failed, not dropped.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from ..i18n import _
from . import identity as ids
from .cells import CellError, plain_text, quoted
from .layout import ChildSheet, Column, Sheet
from .names import SessionNames
from .problems import ImportNotice, ImportProblem
from .reading import Formula, RawSheet


@dataclass
class SheetTable:
    """A sheet of the file with its headings matched to the layout."""

    sheet: Sheet
    raw: RawSheet
    columns: dict[str, int]  # heading -> position in the row
    identity: dict[str, int] = field(default_factory=dict)  # "uuid", "versie" -> position

    def cell(self, cells: list[object], heading: str) -> object:
        index = self.columns.get(heading)
        if index is None or index >= len(cells):
            return None
        value = cells[index]
        return None if isinstance(value, str) and not value.strip() else value

    @property
    def rows(self) -> list[tuple[int, list[object]]]:
        return self.raw.rows[1:]

    def loose_key(self, cells: list[object]) -> str:
        """The first key cell as written: a child row that repeats it belongs to a parent
        whose own key could not be read."""
        return str(self.cell(cells, self.sheet.key[0]) or "").strip().casefold()

    def names(self, rows: list[SheetRow]) -> Iterator[str]:
        """The names in `rows` as the rules will compare them (tidied as Checker.text
        tidies them), to ask the database's lower() of them all at once (twins.py)."""
        heading = next((c.heading for c in self.sheet.columns if c.field == "name"), None)
        if heading is None:
            return
        for row in rows:
            name = self.cell(row.cells, heading)
            if isinstance(name, str):
                yield " ".join(name.split())

    @functools.cached_property
    def cell_readers(self) -> list[CellReader]:
        """The layout's columns this sheet has, with their positions; those whose codec
        needs the others' values last. The same for every row, so worked out once, with
        what reading a cell needs looked up (a large file has hundreds of thousands)."""
        present = [col for col in self.sheet.columns if col.heading in self.columns]
        return [
            CellReader(
                col,
                self.columns[col.heading],
                col.into,
                col.codec.read,
                frozenset(_reads_other(col)),
            )
            for col in sorted(present, key=lambda col: col.codec.deferred)
        ]


class CellReader(NamedTuple):
    """A column of a sheet as `SheetReader.read_cells` reads it."""

    column: Column
    position: int  # in the row
    into: str  # Column.into
    read: Callable[[object, Any, dict[str, Any]], Any]  # its codec's read
    reads_other: frozenset[str]  # _reads_other


@dataclass
class SheetRow:
    """A row of a register's own sheet, with its key and the rows of its child sheets."""

    number: int
    cells: list[object]
    key: tuple[object, ...]
    failed: bool = False
    identity: ids.RowIdentity = ids.NONE
    children: dict[str, list[tuple[int, list[object]]]] = field(default_factory=dict)


def _reads_other(col: Column) -> set[str]:
    """The fields a deferred codec reads besides its own cell (cells.BudgetLine, Place)."""
    return {
        name
        for name in (
            getattr(col.codec, "date_field", None),
            getattr(col.codec, "country_field", None),
        )
        if name
    }


class SheetReader:
    """The structure half of an import run (import_run.Run): reads the sheets in
    `sheets`, resolving names through `names`, and collects what is wrong in `problems`."""

    def __init__(self, sheets: dict[str, RawSheet], names: SessionNames) -> None:
        self.sheets = sheets
        self.names = names
        self.problems: list[ImportProblem] = []
        # (sheet, column, as written, as read) -> its notice, with the rows it is in.
        self.notices: dict[tuple[str, str, str, str], ImportNotice] = {}

    def notice(self, sheet: str, row: int, column: str) -> None:
        """The synonyms the cell at `row`, `column` was read through, as notices."""
        for written, meaning in self.names.take_readings():
            key = (sheet, column, written, meaning)
            found = self.notices.setdefault(key, ImportNotice(sheet, column, written, meaning))
            if row not in found.rows:
                found.rows.append(row)

    def remarks(self, sheet: str, row: int) -> None:
        """What the row's cells made the import do besides reading them (a place added
        with coordinates from GeoNames), as notices of the row."""
        for written, said in self.names.take_remarks():
            key = (sheet, "", written, said)
            found = self.notices.setdefault(key, ImportNotice(sheet, None, written, "", said=said))
            if row not in found.rows:
                found.rows.append(row)

    def problem(self, sheet: str, row: int | None, column: str | None, message: str) -> None:
        self.problems.append(ImportProblem(sheet, row, column, message))

    def table(self, sheet: Sheet, *, all_required: bool) -> SheetTable | None:
        raw = self.sheets.get(sheet.name)
        if raw is None:
            return None
        if not raw.rows or raw.rows[0][0] != 1:
            self.problem(sheet.name, 1, None, _("the first row must hold the column headings."))
            return None
        columns: dict[str, int] = {}
        identities: dict[str, int] = {}
        expected = [col.heading for col in sheet.columns]
        # A column without a heading only matters when a row has something in it; rows
        # end at their last cell, so columns past the widest row need no look at all.
        widest = max(len(cells) for _, cells in raw.rows)
        for index, value in enumerate(raw.rows[0][1]):
            try:
                heading = plain_text(value, limit=200)
            except CellError:
                heading = str(value)[:60]
            if not heading:
                if index < widest and any(
                    index < len(cells) and cells[index] not in (None, "")
                    for _, cells in raw.rows[1:]
                ):
                    self.problem(
                        sheet.name,
                        1,
                        None,
                        _("column {number} has no heading.").format(number=index + 1),
                    )
                continue
            match = next((h for h in expected if h.casefold() == heading.casefold()), None)
            if (
                match is None
                and heading.casefold() in ids.HEADINGS
                and not isinstance(sheet, ChildSheet)
            ):
                identities[heading.casefold()] = index
            elif match is None:
                self.problem(
                    sheet.name,
                    1,
                    heading,
                    _("unknown column; expected are: {columns}.").format(
                        columns=", ".join(f"'{h}'" for h in expected)
                    ),
                )
            elif match in columns:
                self.problem(sheet.name, 1, heading, _("this column is there twice."))
            else:
                columns[match] = index
        required = (
            [h for h in expected if not sheet.column(h).optional]
            if all_required
            else list(sheet.key)
        )
        missing = [h for h in required if h not in columns]
        for heading in missing:
            self.problem(sheet.name, 1, heading, _("this column is missing."))
        return None if missing else SheetTable(sheet, raw, columns, identities)

    def key(self, table: SheetTable, number: int, cells: list[object]) -> tuple[object, ...] | None:
        values = []
        for col in table.sheet.key_columns:
            raw = table.cell(cells, col.heading)
            if isinstance(raw, Formula):
                self.formula(table.sheet, number, col, raw)
                return None
            try:
                values.append(col.codec.key(raw, self.names))
            except CellError as exc:
                self.problem(table.sheet.name, number, col.heading, str(exc))
                return None
            finally:
                self.names.take_readings()  # reported when the cell itself is read
                self.remarks(table.sheet.name, number)  # a place the key added
        if values[0] in (None, ""):
            self.problem(
                table.sheet.name,
                number,
                table.sheet.key[0],
                _("is empty; this column decides which record the row is about."),
            )
            return None
        return tuple(values)

    def row_identity(
        self, table: SheetTable, number: int, cells: list[object]
    ) -> ids.RowIdentity | None:
        """The record and version the export wrote in the row; None on a problem."""
        if not table.identity:
            return ids.NONE
        raw = []
        for heading in ids.HEADINGS:
            index = table.identity.get(heading)
            value = cells[index] if index is not None and index < len(cells) else None
            raw.append(None if isinstance(value, str) and not value.strip() else value)
        found = [
            (heading, value)
            for heading, value in zip(ids.HEADINGS, raw, strict=True)
            if isinstance(value, Formula)
        ]
        for heading, value in found:
            self.problem(
                table.sheet.name,
                number,
                heading,
                _("holds a formula ({formula}); formulas are not imported.").format(
                    formula=quoted(value.text)
                ),
            )
        if found:
            return None
        try:
            return ids.read(*raw)
        except ids.IdentityError as exc:
            self.problem(table.sheet.name, number, exc.heading, str(exc))
            return None

    def formula(self, sheet: Sheet, number: int, col: Column, raw: Formula) -> None:
        self.problem(
            sheet.name,
            number,
            col.heading,
            _(
                "holds a formula ({formula}); formulas are not imported. Fill in the value itself."
            ).format(formula=quoted(raw.text)),
        )

    def rows(self, table: SheetTable) -> list[SheetRow]:
        """The rows of a register's own sheet; a key twice in the file fails both rows."""
        rows: list[SheetRow] = []
        first: dict[tuple[object, ...], SheetRow] = {}
        for number, cells in table.rows:
            key = self.key(table, number, cells)
            found = self.row_identity(table, number, cells)
            row = SheetRow(
                number,
                cells,
                key or (),
                failed=key is None or found is None,
                identity=found or ids.NONE,
            )
            rows.append(row)
            if key is None:
                continue
            if key in first:
                other = first[key]
                shown = ", ".join(table.sheet.key)
                self.problem(
                    table.sheet.name,
                    number,
                    None,
                    _(
                        "row {other} and row {row} are about the same record ({columns}); "
                        "remove one of the two."
                    ).format(other=other.number, row=number, columns=shown),
                )
                other.failed = row.failed = True
            else:
                first[key] = row
        return rows

    def read_cells(
        self,
        sheet: Sheet,
        table: SheetTable,
        number: int,
        cells: list[object],
        values: dict[str, Any],
        refused: set[str] | None = None,
        quiet: frozenset[str] = frozenset(),
    ) -> bool:
        """Read the row's cells into `values`; False when any cell has a problem. The
        fields whose cells were refused go into `refused`; a problem in a column of
        `quiet` (headings already reported) is not reported again."""
        good = True
        width = len(cells)
        names = self.names
        for col, index, into, read, reads_other in table.cell_readers:
            # table.cell, without its look-up of the position (every cell of the file)
            raw = cells[index] if index < width else None
            if isinstance(raw, str):
                if not raw or raw.isspace():  # as "not raw.strip()", without a new string
                    raw = None
            elif isinstance(raw, Formula):
                if col.heading not in quiet:
                    self.formula(sheet, number, col, raw)
                good = False
                if refused is not None:
                    refused.add(into)
                continue
            if refused and reads_other & refused:
                # Read within a value that was refused (a budget line within the year of
                # a bad start date): any problem here would only follow from that one.
                refused.add(into)
                continue
            try:
                values[into] = read(raw, names, values)
            except CellError as exc:
                if col.heading not in quiet:
                    self.problem(sheet.name, number, col.heading, str(exc))
                names.take_readings()
                good = False
                if refused is not None:
                    refused.add(into)
            else:
                if names.readings:  # most cells are read through no synonym
                    self.notice(sheet.name, number, col.heading)
        self.remarks(sheet.name, number)
        return good

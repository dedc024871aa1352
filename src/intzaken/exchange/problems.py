"""What an import found wrong, and what it would do, in words the user can act on."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..i18n import _, ngettext


@dataclass(frozen=True)
class ImportProblem:
    """One problem, located as the user finds it in Excel (heading = row 1).

    `sheet` is empty for a problem with the file as a whole; `row` and `column` are None
    where the problem is not about one row or one column.
    """

    sheet: str
    row: int | None
    column: str | None
    message: str  # in the language current when the problem was found

    def __str__(self) -> str:
        """`Sheet 'Reizen', row 3, column 'Begin': ...`: the sheet's and column's names
        are the file's own (Dutch), the words around them in the current language."""
        place = []
        if self.sheet:
            place.append(_("Sheet '{sheet}'").format(sheet=self.sheet))
        if self.row is not None:
            place.append(_("row {row}").format(row=self.row))
        if self.column:
            place.append(_("column '{column}'").format(column=self.column))
        return f"{', '.join(place)}: {self.message}" if place else self.message


@dataclass
class ImportNotice:
    """A word read other than as written ("'Zusterstad' read as stedenband"), in the rows
    of one sheet and column where it was written so. Not a problem: it does not stop
    the import, it only makes sure nothing is reinterpreted unseen."""

    sheet: str
    column: str | None
    written: str
    meaning: str  # the file's own word (Dutch), as the export would write it
    rows: list[int] = field(default_factory=list)
    # What was done instead of a reading, said whole ("coordinates of 'Nantes' from
    # GeoNames"): `written` and `meaning` are then only its key.
    said: str = ""

    # Rows listed by number; more than this many are counted instead.
    SHOWN_ROWS = 10

    @property
    def message(self) -> str:
        if self.said:
            return self.said
        return _("'{written}' read as {meaning}.").format(
            written=self.written, meaning=self.meaning
        )

    @property
    def rows_text(self) -> str:
        """ "3, 5, 9", or "3, 5, … (12 rows)" for many."""
        shown = ", ".join(str(row) for row in self.rows[: self.SHOWN_ROWS])
        if len(self.rows) <= self.SHOWN_ROWS:
            return shown
        return _("{rows}, … ({count} rows)").format(rows=shown, count=len(self.rows))

    def __str__(self) -> str:
        """`Sheet 'Relaties', rows 3, 5, column 'Soort': 'Zusterstad' read as stedenband.`"""
        place = [_("Sheet '{sheet}'").format(sheet=self.sheet)]
        rows = ngettext("row {rows}", "rows {rows}", len(self.rows))
        place.append(rows.format(rows=self.rows_text))
        if self.column:
            place.append(_("column '{column}'").format(column=self.column))
        return f"{', '.join(place)}: {self.message}"


@dataclass
class ImportCounts:
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    refused: int = 0  # rows of the register's own sheet with a problem (their own or a child's)

    @property
    def written(self) -> int:
        return self.new + self.changed


def problem_rows(problems: list[ImportProblem]) -> int:
    """How many rows of the file the problems are in."""
    return len({(p.sheet, p.row) for p in problems if p.row is not None})


def refusal_summary(problems: list[ImportProblem]) -> str:
    """The first line of a refused import ("Nothing was imported: 7 problems in 3
    rows."), so that the counts beside it are not read as what was done."""
    count, rows = len(problems), problem_rows(problems)
    found = ngettext("{count} problem", "{count} problems", count).format(count=count)
    if rows:
        found = ngettext("{found} in {rows} row", "{found} in {rows} rows", rows).format(
            found=found, rows=rows
        )
    return _("Nothing was imported: {found}.").format(found=found)


def counts_after_correction(register: str, counts: ImportCounts) -> str:
    """A register's counts in a refused import: what the rows without a problem would
    do once the others are corrected; nothing has been done."""
    return _(
        "{register}: {new} would be new, {changed} would change, {unchanged} unchanged; "
        "{refused} with a problem"
    ).format(
        register=register,
        new=counts.new,
        changed=counts.changed,
        unchanged=counts.unchanged,
        refused=counts.refused,
    )


class CellError(ValueError):
    """A cell that cannot be read; the message (current language) quotes the cell."""


class FileRefused(Exception):
    """The file as a whole cannot be read (not a workbook, too big, ...); the message is
    in the current language."""


class ImportRefused(Exception):
    """Nothing was written because of `problems`; `str()` is a summary."""

    def __init__(self, problems: list[ImportProblem]) -> None:
        count = len(problems)
        super().__init__(
            ngettext(
                "Nothing was imported: the file has {count} problem.",
                "Nothing was imported: the file has {count} problems.",
                count,
            ).format(count=count)
        )
        self.problems = problems

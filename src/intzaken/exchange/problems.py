"""What an import found wrong, and what it would do, in words the user can act on."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ImportProblem:
    """One problem, located as the user finds it in Excel (heading = row 1).

    `sheet` is empty for a problem with the file as a whole; `row` and `column` are None
    where the problem is not about one row or one column.
    """

    sheet: str
    row: int | None
    column: str | None
    message: str  # Dutch

    def __str__(self) -> str:
        place = []
        if self.sheet:
            place.append(f"Blad '{self.sheet}'")
        if self.row is not None:
            place.append(f"rij {self.row}")
        if self.column:
            place.append(f"kolom '{self.column}'")
        return f"{', '.join(place)}: {self.message}" if place else self.message


@dataclass
class ImportCounts:
    new: int = 0
    changed: int = 0
    unchanged: int = 0

    @property
    def written(self) -> int:
        return self.new + self.changed


class CellError(ValueError):
    """A cell that cannot be read; the message is Dutch and quotes the cell."""


class FileRefused(Exception):
    """The file as a whole cannot be read (not a workbook, too big, ...); Dutch message."""


class ImportRefused(Exception):
    """Nothing was written because of `problems`; `str()` is a Dutch summary."""

    def __init__(self, problems: list[ImportProblem]) -> None:
        count = len(problems)
        super().__init__(
            f"Er is niets ingelezen: het bestand heeft {count} "
            f"{'probleem' if count == 1 else 'problemen'}."
        )
        self.problems = problems

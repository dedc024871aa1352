"""Second step: the college, its officials with their terms and portfolios, as one table.

One row is one term. Rows with the same name are one official with several terms (an
alderman who became mayor), so each official is saved through the Officials register's
own services (create_official / update_official) with all their terms, and the services'
problems come back to the row and cell they concern.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout

from ...domain.enums import Role
from ...registers import RegisterKey
from ...services.data import OfficialData, TermData
from ...services.errors import Problem, ValidationError
from ...services.fields import field_label
from ...services.officials import create_official, delete_official, update_official
from ..forms import choices
from ..widgets.rows_editor import Column, RowsEditor
from ..workspace import USER_ERRORS
from .step_page import StepPage

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ..workspace import Workspace

ROWS = "rows"  # the key under which the table's problems are listed
TERM_COLUMNS = ("role", "portfolio", "start_date", "end_date")


@dataclass(frozen=True)
class PlacedProblem:
    row: int  # in the table, from 0
    column: str | None  # the column key, or None for the row as a whole
    message: str  # without the service's "terms (line n)", which is not the table's row


class _Refused(Exception):
    """Some official was refused: the transaction goes back, nothing is stored."""

    def __init__(self, problems: list[PlacedProblem]) -> None:
        super().__init__()
        self.problems = problems


def _blank(row: dict[str, Any]) -> bool:
    """A row the user left empty (its role alone is a default, not input)."""
    return not any(row.get(key) for key in ("name", "portfolio", "start_date", "end_date"))


def _folded(name: str) -> str:
    return " ".join(name.split()).casefold()


def _row_message(message: str, field: str) -> str:
    """The service names a term's field 'Terms of office (line 1): end date', counting the
    official's terms; in this table the row says which, so the column's name is enough."""
    prefix, _sep, inner = field.partition("].")
    if not inner:
        return message
    for name in (*TERM_COLUMNS, "portfolio_code"):
        in_terms, alone = field_label(f"{prefix}].{name}"), field_label(name)
        message = message.replace(in_terms, alone).replace(in_terms.lower(), alone.lower())
    return message


class CollegePage(StepPage):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.setTitle(self.tr("The college"))
        self.setSubTitle(
            self.tr(
                "The mayor and aldermen with their terms and portfolios: trips, networks "
                "and relations name them. One row per term of office."
            )
        )
        self.table = RowsEditor(
            [
                Column("name", self.tr("Name"), "text", width=24),
                Column("role", self.tr("Role"), "choice", choices.enum_options(Role)),
                Column("portfolio", self.tr("Portfolio"), "text", width=30),
                Column("start_date", self.tr("From"), "date"),
                Column("end_date", self.tr("Until"), "date"),
            ],
            new_row=self._new_row,
            accessible_name=self.tr("Officials"),
        )
        # The portfolio takes the room left: it is the longest text, the dates are short.
        header = self.table.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        hint = QLabel(
            self.tr(
                "Someone with two terms (first alderman, then mayor) gets two rows with the "
                "same name. Leave Until empty for a term that runs. More can be added later "
                "on the Officials page."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addWidget(self.with_message(ROWS, self.table, tint=False), 1)
        layout.addWidget(hint)
        # Official ids this page stored, by folded name: leaving the page again (after
        # Back) updates them instead of adding the same officials twice.
        self.saved_ids: dict[str, int] = {}
        self.stored_rows: list[dict[str, Any]] = [self._new_row()]
        self.stored_data: dict[str, OfficialData] = {}
        self.revert()

    def _new_row(self) -> dict[str, Any]:
        has_mayor = any(row.get("role") == Role.MAYOR for row in self.table.rows())
        return {
            "name": "",
            "role": Role.ALDERMAN if has_mayor else Role.MAYOR,
            "portfolio": "",
            "start_date": None,
            "end_date": None,
        }

    # --- from rows to officials ----------------------------------------------------------------
    def _officials(self, rows: list[dict[str, Any]]) -> dict[str, tuple[list[int], OfficialData]]:
        """The officials the rows describe, by folded name, with their rows' numbers."""
        grouped: dict[str, list[int]] = {}
        for number, row in enumerate(rows):
            if _blank(row):
                continue
            name = (row.get("name") or "").strip()
            # Rows without a name stay apart: each is refused for its own missing name.
            grouped.setdefault(_folded(name) if name else f"#{number}", []).append(number)
        return {
            key: (
                numbers,
                OfficialData(
                    name=rows[numbers[0]].get("name") or "",
                    terms=[
                        TermData(
                            role=rows[n].get("role") or "",
                            start_date=rows[n].get("start_date"),
                            end_date=rows[n].get("end_date"),
                            portfolio=rows[n].get("portfolio") or "",
                        )
                        for n in numbers
                    ],
                ),
            )
            for key, numbers in grouped.items()
        }

    def _placed(self, problems: list[Problem], numbers: list[int]) -> list[PlacedProblem]:
        placed = []
        for problem in problems:
            field = problem.field
            if field.startswith("terms[") and "]" in field:
                index = int(field[len("terms[") : field.index("]")])
                column = field.partition("].")[2] or None
                row = numbers[index] if index < len(numbers) else numbers[0]
                placed.append(
                    PlacedProblem(
                        row,
                        column if column in TERM_COLUMNS else None,
                        _row_message(problem.message, field),
                    )
                )
            else:
                column = "name" if field in ("name", "short_name") else None
                placed.append(PlacedProblem(numbers[0], column, problem.message))
        return placed

    def _apply(
        self, session: Session, wanted: dict[str, tuple[list[int], OfficialData]]
    ) -> dict[str, int]:
        """Store the officials `wanted`, drop those this page stored before and the table no
        longer holds; raises _Refused with every problem of every official at once."""
        saved: dict[str, int] = {}
        problems: list[PlacedProblem] = []
        for key, (numbers, data) in wanted.items():
            try:
                if key in self.saved_ids:
                    official = update_official(session, self.saved_ids[key], data)
                else:
                    official = create_official(session, data)
                saved[key] = official.id
            except ValidationError as exc:
                problems.extend(self._placed(exc.problems, numbers))
        if problems:
            raise _Refused(sorted(problems, key=lambda p: p.row))
        for key, official_id in self.saved_ids.items():
            if key not in wanted:
                delete_official(session, official_id)  # nothing refers to it yet
        return saved

    # --- storing ---------------------------------------------------------------------------------
    def save(self) -> bool:
        self.table.clear_errors()
        unreadable = self.table.error()
        if unreadable:
            self.show_problems([Problem(ROWS, unreadable)])
            return False
        rows = self.table.rows()
        wanted = self._officials(rows)
        if {key: data for key, (_n, data) in wanted.items()} == self.stored_data:
            return True
        try:
            saved = self.workspace.write(
                RegisterKey.OFFICIALS, lambda session: self._apply(session, wanted), self
            )
        except _Refused as refused:
            self._show_placed(refused.problems)
            return False
        except (*USER_ERRORS, OSError) as exc:
            self.show_problems([Problem("", str(exc))])
            return False
        self.saved_ids = saved
        self.stored_rows = [row for row in rows if not _blank(row)] or [self._new_row()]
        self.stored_data = {key: data for key, (_n, data) in wanted.items()}
        self.show_problems([])
        return True

    def _show_placed(self, problems: list[PlacedProblem]) -> None:
        for problem in problems:
            if problem.column is not None:
                self.table.set_row_error(problem.row, problem.column, problem.message)
        self.show_problems(
            [
                Problem(
                    ROWS,
                    self.tr("Row {number}: {message}").format(number=p.row + 1, message=p.message),
                )
                for p in problems
            ]
        )

    def revert(self) -> None:
        self.show_problems([])
        self.table.set_rows([dict(row) for row in self.stored_rows])

    def has_saved(self) -> bool:
        return bool(self.saved_ids)

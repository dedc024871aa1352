"""What is spent and committed on each budget line of a year, summed by the database
over the stored integer cents (exact), read without the ORM: the budget page
(budget.budget_use) and `intzaken check` (plausibility.py) use the same sums."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from ..domain.enums import BudgetEntryKind, TripStatus
from ..domain.units import CENT, from_units
from .trip_listing import dialect_name, driver_connection

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

# A trip's costs are spent once it is done, and committed while planned or approved.
SPENDING_STATUSES = (TripStatus.DONE,)
COMMITTING_STATUSES = (TripStatus.PLANNED, TripStatus.APPROVED)
ZERO = Decimal("0.00")

_LINES_OF_YEAR = "JOIN budget_lines l ON l.id = {line} {year}"
_ENTRIES = """
SELECT e.budget_line_id, e.kind, sum(e.amount) FROM budget_entries e {lines}
 GROUP BY e.budget_line_id, e.kind
"""
_TRIPS = """
SELECT t.budget_line_id, t.status,
       sum(coalesce(t.travel_and_stay, 0) + coalesce(t.other_costs, 0)
           + coalesce(t.co2_offset, 0)),
       sum(CASE WHEN t.travel_and_stay IS NULL AND t.other_costs IS NULL
                 AND t.co2_offset IS NULL THEN 1 ELSE 0 END)
  FROM trips t {lines}
 GROUP BY t.budget_line_id, t.status
"""


@dataclass
class LineSums:
    spent: Decimal = ZERO
    committed: Decimal = ZERO
    trips_without_amount: int = 0  # made, planned or approved, with no amount at all


def line_sums(source: Session | Connection, year: int | None) -> dict[int, LineSums]:
    """Per budget line (of `year`, or of every year): its expenses and done trips'
    costs, its commitments and planned or approved trips' costs."""
    connection = driver_connection(source)
    year_filter = ""
    params: tuple[int, ...] = ()
    if year is not None:
        mark = "?" if dialect_name(source) == "sqlite" else "%s"
        year_filter, params = f"AND l.year = {mark}", (year,)
    sums: dict[int, LineSums] = {}
    entries = _ENTRIES.replace("{lines}", _LINES_OF_YEAR)
    for line_id, kind, cents in connection.execute(
        entries.format(line="e.budget_line_id", year=year_filter), params
    ).fetchall():
        line = sums.setdefault(line_id, LineSums())
        if kind == BudgetEntryKind.EXPENSE:
            line.spent += from_units(cents, CENT)
        elif kind == BudgetEntryKind.COMMITMENT:
            line.committed += from_units(cents, CENT)
    trips = _TRIPS.replace("{lines}", _LINES_OF_YEAR)
    for line_id, status, cents, without_amount in connection.execute(
        trips.format(line="t.budget_line_id", year=year_filter), params
    ).fetchall():
        line = sums.setdefault(line_id, LineSums())
        if status in SPENDING_STATUSES:
            line.spent += from_units(cents, CENT)
        elif status in COMMITTING_STATUSES:
            line.committed += from_units(cents, CENT)
        else:
            continue
        line.trips_without_amount += int(without_amount)
    return sums

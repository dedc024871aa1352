"""New budget lines written in bulk, as trip_rows.py writes trips: one executemany per
table instead of a unit-of-work flush per line, for lines the rules
(services.budget.check_budget_line) have already accepted.

What is stored is what services.budget stores for the same checked line, down to the
numbers of its entries; tests/test_exchange_bulk_registers.py holds the two side by side.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from ..domain.models import BudgetEntry, BudgetLine
from ..services.budget import CheckedBudgetLine
from ..services.sources import source_row
from .bulk_rows import BulkRows, Written


def insert_budget_lines(session: Session, lines: Sequence[CheckedBudgetLine]) -> Written:
    """Store `lines` as new records in the session's transaction; (number, uuid) of each."""
    if not lines:
        return []
    rows = BulkRows(session, BudgetLine, len(lines))
    add = rows.add
    for line_id, line in zip(rows.ids, lines, strict=True):
        rows.record(
            line_id,
            **source_row(line.sourced),
            year=line.year,
            code=line.code,
            name=line.name,
            amount=line.amount,
            notes=line.notes,
        )
        # In the order given, as the service's flush inserts them: their numbers follow it.
        for entry in line.entries or ():
            add(
                BudgetEntry.__table__,
                budget_line_id=line_id,
                kind=entry.kind,
                date=entry.date,
                description=entry.description,
                amount=entry.amount,
            )
    return rows.write()

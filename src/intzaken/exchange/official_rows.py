"""New officials written in bulk, as trip_rows.py writes trips: one executemany (a COPY
on PostgreSQL) per table instead of a savepoint and a unit-of-work flush per official,
for officials the rules (services.officials.check_official) have already accepted.

What is stored is what services.officials stores for the same checked official;
tests/test_exchange_bulk_registers.py holds the two side by side.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from ..domain.base import table_of
from ..domain.models import OfficeTerm, Official
from ..services.officials import CheckedOfficial
from ..services.sources import source_row, source_values
from .bulk_rows import BulkRows, Written


def insert_officials(session: Session, officials: Sequence[CheckedOfficial]) -> Written:
    """Store `officials` as new records in the session's transaction; (number, uuid) of each."""
    if not officials:
        return []
    rows = BulkRows(session, Official, len(officials))
    terms = table_of(OfficeTerm)
    for official_id, official in zip(rows.ids, officials, strict=True):
        rows.record(
            official_id,
            **source_row(official.sourced),
            name=official.name,
            short_name=official.short_name,
            notes=official.notes,
        )
        for term in official.terms:  # numbered in the order given, as the flush does
            rows.add(
                terms,
                **source_values(term),
                official_id=official_id,
                role=term.role,
                start_date=term.start_date,
                end_date=term.end_date,
                start_precision=term.start_precision,
                end_precision=term.end_precision,
                portfolio=term.portfolio,
                portfolio_code=term.portfolio_code,
            )
    return rows.write()

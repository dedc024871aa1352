"""Take a travel copy along: a file of its own, written from the open database, which
is only read."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from ..store.server_limits import allow_long_work
from ..travel.writer import CopySummary, write_travel_copy


def take_travel_copy(
    session: Session, target: Path, *, trip_id: int | None = None, replace: bool = False
) -> CopySummary:
    """Write the copy (everything, or what trip `trip_id` needs) to `target`; an existing
    file only with `replace`. Nothing in the source database changes."""
    allow_long_work(session)  # everything in the database may be copied
    try:
        return write_travel_copy(session, target, trip_id=trip_id, replace=replace)
    finally:
        session.rollback()  # only read: end the reading transaction here

"""Take a travel copy along: a file of its own, written from the open database, which
is only read."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from ..heap import frozen_heap
from ..store.server_limits import allow_long_work
from ..travel.writer import CopySummary, write_travel_copy


def take_travel_copy(
    session: Session, target: Path, *, trip_id: int | None = None, replace: bool = False
) -> CopySummary:
    """Write the copy (everything, or what trip `trip_id` needs) to `target`; an existing
    file only with `replace`. Nothing in the source database changes."""
    allow_long_work(session)  # everything in the database may be copied
    try:
        # Every record read lives until the copy is written: no full collection of the
        # heap meanwhile (heap.py). A copy of 5,000 trips set off 11-13 of up to 140-450
        # ms each, holding the interpreter lock, so the window could not answer (issue
        # 22, item 4).
        with frozen_heap():
            return write_travel_copy(session, target, trip_id=trip_id, replace=replace)
    finally:
        session.rollback()  # only read: end the reading transaction here

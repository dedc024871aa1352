"""History entries for the records an import writes itself, past the services: the new
records of its bulk path (bulk_rules.BULK) and the places it adds (names.py). One
"created" entry each, as a service writes for what it creates (services/tracking.py), in
one executemany (services.history.created_entries).

While an import runs, the session says where its changes come from ("import
bestand.xlsx"), so the entries the services write for what they save (officials, changed
records) say so too.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from uuid import UUID

from sqlalchemy.orm import Session

from ..domain.base import table_of
from ..domain.models import Change
from ..services.history import CONTEXT_KEY, created_entries, current_author, current_context
from ..services.tracked_records import REGISTERS
from ..store.bulk_insert import insert_rows


@contextmanager
def importing(session: Session, path: Path) -> Iterator[None]:
    """The session's changes come from the file at `path` while the block runs, unless
    the caller named where they come from itself."""
    before = session.info.get(CONTEXT_KEY)
    session.info[CONTEXT_KEY] = before or f"import {path.name}"
    try:
        yield
    finally:
        if before is None:
            session.info.pop(CONTEXT_KEY, None)
        else:
            session.info[CONTEXT_KEY] = before


def title(register: str, record: Any) -> str:
    """What the history calls `record` (a stored record, or a checked one of the bulk
    path, which has the same attributes for it): services.tracked_records' title."""
    return REGISTERS[register].title(record)


def log_created(session: Session, register: str, records: Iterable[tuple[UUID, int, str]]) -> None:
    """A "created" entry for each (uuid, number, title) of `register`, in the session's
    transaction."""
    entries = created_entries(
        register, records, author=current_author(session), context=current_context(session)
    )
    insert_rows(session.connection(), table_of(Change), entries)

"""History entries for the records an import writes itself, past the services: the new
records of its bulk path (bulk_rules.BULK) and the places it adds (names.py). One
"created" entry each, as a service writes for what it creates, in one executemany
(services.history.created_entries).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from uuid import UUID

from sqlalchemy.orm import Session

from ..domain.models import Change
from ..services.history import created_entries, current_author
from .bulk_rows import insert_rows


def import_context(path: Path) -> str:
    """Where the entries say the changes came from."""
    return f"import {path.name}"


def log_created(session: Session, register: str, records: Iterable[tuple[UUID, int, str]],
                context: str) -> None:
    """A "created" entry for each (uuid, number, title) of `register`, in the session's
    transaction."""
    entries = created_entries(register, records, author=current_author(session),
                              context=context)
    insert_rows(session.connection(), Change.__table__, entries)

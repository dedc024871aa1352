"""Import a workbook or CSV file: plan (read and check, nothing written), then apply.

The window plans in one transaction, shows the preview and applies in another; the
command line plans and applies in one. Either way the apply step is `apply_planned`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from ..exchange import ImportPlan, apply_import, plan_import
from ..exchange.conflicts import Choices, Keep
from ..store.commit_outcome import committed
from ..store.database import Database
from ..store.rotation import BEFORE_IMPORT
from ..store.server_limits import allow_long_work
from .backing_up import backup_before


@dataclass(frozen=True)
class ImportOutcome:
    written: int  # records added or changed
    backup: Path | None  # the copy made just before; None for a team database


def preview_import(session: Session, path: Path, *, prefer: Keep | None = None) -> ImportPlan:
    """Read and check `path` against the database; nothing is kept (rolled back)."""
    allow_long_work(session)  # a large workbook takes longer than a form's save
    try:
        return plan_import(session, path, prefer=prefer)
    finally:
        session.rollback()


def apply_planned(
    database: Database, session: Session, plan: ImportPlan, choices: Choices | None = None
) -> ImportOutcome:
    """Back up a file, then carry out `plan` in one transaction, committed and confirmed.

    ImportRefused: the database changed since the plan in a way that makes it wrong now;
    nothing is written (its `problems` say what)."""
    database.require_sound()  # a check still running at open: never write unchecked
    allow_long_work(session)
    # When the plan was made in this same transaction, the copy is still right: it is
    # read on a connection of its own, which holds what was committed before the plan's
    # uncommitted writes.
    backup = backup_before(database, BEFORE_IMPORT)
    with committed(session, database.location, join=True):
        counts = apply_import(session, plan, choices)
    return ImportOutcome(sum(c.written for c in counts.values()), backup)

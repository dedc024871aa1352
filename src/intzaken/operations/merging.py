"""Merge a travel copy back: plan (both files read, nothing written), then apply.

The window plans, lets the user decide every conflict and then applies in a new
transaction; the command line settles the conflicts from its options and applies in the
transaction it planned in. Either way the apply step is `apply_planned`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from ..heap import frozen_heap
from ..services.history import current_author
from ..store.commit_outcome import committed
from ..store.database import Database
from ..store.rotation import BEFORE_MERGE
from ..store.server_limits import allow_long_work
from ..travel.applying import MergeResult, apply_merge, mark_returned
from ..travel.merge_plan import Choices, MergePlan
from ..travel.planning import plan_merge
from .backing_up import backup_before

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MergeOutcome:
    result: MergeResult
    backup: Path | None  # the copy made just before; None for a team database or no change
    # Why the copy could not be noted as merged back (the team database knows it is), if so.
    not_marked: Exception | None = None


def preview_merge(session: Session, copy_path: Path) -> MergePlan:
    """Compare the copy at `copy_path` with the database; nothing is kept (rolled back)."""
    allow_long_work(session)  # a whole copy takes longer than a form's save
    try:
        # Both files' records live until the plan is made: no full collection meanwhile
        # (heap.py; they held the window 140-450 ms each, issue 22 item 4).
        with frozen_heap():
            return plan_merge(session, copy_path)
    finally:
        session.rollback()


def apply_planned(
    database: Database, session: Session, plan: MergePlan, choices: Choices
) -> MergeOutcome:
    """Back up a file (when the merge writes a record), carry out `plan` with `choices`
    in one transaction, committed and confirmed; then note in the copy that it came back.

    MergeRefused (StalePlanError: plan again): nothing is written."""
    database.require_sound()  # a check still running at open: never write unchecked
    allow_long_work(session)
    backup = None if plan.nothing_to_do else backup_before(database, BEFORE_MERGE)
    with frozen_heap(), committed(session, database.location, join=True):
        result = apply_merge(session, plan, choices)
    try:
        mark_returned(plan, current_author(session))
    except Exception as exc:  # committed already: the copy's note is extra, not the merge
        log.warning("could not mark %s as returned", plan.copy_path, exc_info=True)
        return MergeOutcome(result, backup, exc)
    return MergeOutcome(result, backup)

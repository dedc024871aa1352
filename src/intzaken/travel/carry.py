"""Carrying a travel copy's history over: each entry the sift lets through
(travel/history_sift.py) is added to the team database's history with the author and
time the copy gives it, marked as coming from the copy, so the history shows who changed
what on the trip (the merge's own writes add entries of their own)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ..domain.changes import Change
from ..i18n import N_, dutch
from ..services.history import AUTHOR_LENGTH, CONTEXT_LENGTH, TITLE_LENGTH
from .copy_history import CopyEntry

CHUNK = 500


def copy_mark(file_name: str) -> str:
    """The context that marks an entry as carried over from the copy `file_name` (stored
    in Dutch, as every text of the history)."""
    return dutch(N_("from travel copy {name}")).format(name=file_name)


def carry_history(
    team: Session, entries: list[CopyEntry], file_name: str, numbers: dict[UUID, int]
) -> int:
    """Add `entries` (sifted, with the team's uuids) to the team's history; `numbers`
    gives each record's number in the team database. An entry already there (the same
    record, time, author, field and action: a copy merged before) is not added again.
    Returns how many were added."""
    uuids = sorted({e.record_uuid for e in entries if e.record_uuid is not None})
    known: set[tuple[Any, ...]] = set()
    for start in range(0, len(uuids), CHUNK):
        known.update(
            tuple(row)
            for row in team.execute(
                select(
                    Change.record_uuid, Change.at, Change.author, Change.field, Change.action
                ).where(Change.record_uuid.in_(uuids[start : start + CHUNK]))
            )
        )
    mark = copy_mark(file_name)
    rows = [
        {
            "at": e.at,
            "author": e.author[:AUTHOR_LENGTH],
            "register": e.register,
            "record_uuid": e.record_uuid,
            "record_id": numbers.get(e.record_uuid) if e.record_uuid is not None else None,
            "title": e.title[:TITLE_LENGTH],
            "action": e.action,
            "version": None,
            "field": e.field,
            "old_value": e.old_value,
            "new_value": e.new_value,
            # The mark first: a long context of the copy's own is cut, never the mark.
            "context": (f"{mark}; {e.context}" if e.context else mark)[:CONTEXT_LENGTH],
        }
        for e in entries
        if (e.record_uuid, e.at, e.author[:AUTHOR_LENGTH], e.field, e.action) not in known
    ]
    if rows:
        team.execute(insert(Change), rows)
    return len(rows)

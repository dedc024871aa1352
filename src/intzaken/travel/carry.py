"""Carrying a travel copy's history over: each change made in the copy is added to the
team database's history with its own author and time, so the history shows who changed
what on the trip (the merge's own writes add entries of their own)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ..domain.changes import Change

CHUNK = 500


def carry_history(team: Session, mine: Session, mark: int, context: str,
                  numbers: dict[UUID, int], aliases: dict[UUID, UUID]) -> int:
    """Add the copy's entries after `mark` to the team's history; `numbers` gives each
    record's number in the team database, `aliases` the team's uuid of a record the
    copy names otherwise. An entry already there (the same record, time, author, field
    and action) is not added again. Returns how many were added."""
    entries = mine.scalars(select(Change).where(Change.id > mark).order_by(Change.id)).all()
    for entry in entries:
        mine.expunge(entry)  # renamed below for the team database only
        entry.record_uuid = aliases.get(entry.record_uuid, entry.record_uuid)
    uuids = sorted({e.record_uuid for e in entries})
    known: set[tuple[Any, ...]] = set()
    for start in range(0, len(uuids), CHUNK):
        known.update(tuple(row) for row in team.execute(
            select(Change.record_uuid, Change.at, Change.author, Change.field, Change.action)
            .where(Change.record_uuid.in_(uuids[start:start + CHUNK]))))
    rows = [{"at": e.at, "author": e.author, "register": e.register,
             "record_uuid": e.record_uuid, "record_id": numbers.get(e.record_uuid),
             "title": e.title, "action": e.action, "version": None, "field": e.field,
             "old_value": e.old_value, "new_value": e.new_value,
             "context": (f"{e.context}; {context}" if e.context else context)[:300]}
            for e in entries
            if (e.record_uuid, e.at, e.author, e.field, e.action) not in known]
    if rows:
        team.execute(insert(Change), rows)
    return len(rows)

"""Taking a travel copy: a new SQLite file with everything, or with what one trip needs.

The copy is an ordinary database at the app's current schema; it opens in the window
without a network. Rows are copied as they are (same numbers, uuids and versions), the
history entries of the copied records along with them. The copy also records where it
came from (travel_copy_origin) and every copied record's data as it was
(travel_copy_base), the base of the three-way merge that brings it back. It is written
to a file beside the target and renamed at the end: a copy is there whole or not at all.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, insert, select
from sqlalchemy.orm import Session

from ..domain.base import table_of
from ..domain.changes import Change
from ..domain.models import Base, Trip
from ..domain.travel import TravelCopyBase, TravelCopyOrigin, TravelCopyReturn
from ..i18n import _
from ..registers import NOUNS, RegisterKey
from ..services.common import fetch
from ..services.history import current_author, now_utc
from ..store.database import open_database
from ..store.errors import DiskFullError, FileBusyError, FileUnreachableError, NoAccessError
from ..store.failures import storage_failure
from ..store.instance_lock import holding
from ..store.rotation import set_aside_orphan_journal
from .errors import TravelCopyError
from .identities import Identities
from .origin import copy_origin, source_of
from .portable import content_of, dumps
from .registers import BY_MODEL, REGISTERS
from .subset import Selection, trip_selection

PATH_ONLY_FAILURES = (DiskFullError, FileUnreachableError, FileBusyError, NoAccessError)
CHUNK = 500  # rows per statement (also keeps IN lists short on every backend)
NOT_COPIED = {TravelCopyOrigin.__table__, TravelCopyBase.__table__, TravelCopyReturn.__table__}
TRACKED = {register.model.__table__: register.model for register in REGISTERS.values()}


@dataclass
class CopySummary:
    path: Path
    trip_title: str | None  # None: everything was copied
    counts: dict[str, int] = field(default_factory=dict)  # register -> records copied


def write_travel_copy(
    team: Session, target: Path, *, trip_id: int | None = None, replace: bool = False
) -> CopySummary:
    """Write a travel copy of the database in `team` to `target` (a new file; an existing
    one only with `replace`): everything, or with `trip_id` what that trip needs."""
    target = target.expanduser().absolute()
    if not target.exists():
        return _write(team, target, trip_id=trip_id, replace=replace)
    # A file replaced stays locked until the copy is in place: a window or a command
    # with it open must not see it change under it.
    with holding(target):
        return _write(team, target, trip_id=trip_id, replace=replace)


def _write(team: Session, target: Path, *, trip_id: int | None, replace: bool) -> CopySummary:
    if copy_origin(team) is not None:
        raise TravelCopyError(
            _("This file is itself a travel copy. Take a travel copy from the team database.")
        )
    if target.exists() and not replace:
        raise TravelCopyError(_("{path} already exists; choose another name.").format(path=target))
    trip = (
        None
        if trip_id is None
        else fetch(team, Trip, trip_id, NOUNS[RegisterKey.TRIPS].capitalised)
    )
    selection = None if trip_id is None else trip_selection(team, trip_id)
    partial = target.with_name(target.name + ".partial")
    _remove(partial)
    copy = open_database(partial, create=True, daily_backup=False)
    try:
        with copy.engine.begin() as connection:
            summary = CopySummary(target, trip.title if trip else None)
            uuids = _copy_records(team, connection, selection, summary)
            mark = _copy_rows(team, connection, table_of(Change), selection, uuids)
            source, name = source_of(team.get_bind().engine.url)
            connection.execute(
                insert(TravelCopyOrigin),
                [
                    {
                        "copy_uuid": uuid_module.uuid4(),
                        "source": source[:500],
                        "database_name": name[:200],
                        "taken_at": now_utc(),
                        "taken_by": current_author(team)[:100],
                        "trip_uuid": trip.uuid if trip else None,
                        "trip_title": trip.title if trip else "",
                        "history_mark": mark or 0,
                        "returned_at": None,
                        "returned_by": "",
                    }
                ],
            )
        raw = copy.engine.raw_connection()
        try:  # one self-contained file to carry: no -wal beside it
            raw.driver_connection.execute(  # type: ignore[union-attr]  # open: just checked out
                "PRAGMA journal_mode = DELETE"
            )
        finally:
            raw.close()
    except BaseException as exc:
        copy.close()
        failure = storage_failure(partial, exc)  # the copy's disk, not the team database
        _remove(partial)
        if isinstance(failure, PATH_ONLY_FAILURES) and failure is not exc:
            raise type(failure)(target) from exc  # named as the user named it
        raise
    copy.close()
    set_aside_orphan_journal(target)  # a -wal of the file replaced must not replay over it
    partial.replace(target)
    return summary


def _copy_records(
    team: Session, copy: Connection, selection: Selection | None, summary: CopySummary
) -> set[Any]:
    """Every table but the history; the base of each record. The uuids copied."""
    for table in Base.metadata.sorted_tables:
        if table not in NOT_COPIED and table is not Change.__table__:
            _copy_rows(team, copy, table, selection, set())
    identities = Identities(team)
    uuids: set[Any] = set()
    for register in REGISTERS.values():
        ids = None if selection is None else sorted(selection.get(register.model, ()))
        rows = []
        for record in _records(team, register.model, ids):
            rows.append(
                {
                    "record_uuid": record.uuid,
                    "register": register.name,
                    "version": record.version,
                    "content": dumps(content_of(register, record, identities.uuid_of)),
                }
            )
            uuids.add(record.uuid)
            if len(rows) >= CHUNK:
                copy.execute(insert(TravelCopyBase), rows)
                rows = []
        if rows:
            copy.execute(insert(TravelCopyBase), rows)
        summary.counts[register.name] = (
            len(identities.records(register.model)) if ids is None else len(ids)
        )
    return uuids


def _records(session: Session, model: type[Any], ids: list[int] | None) -> Iterator[Any]:
    """The records of `model` (all, or those numbered `ids`), loaded in batches."""
    loads = BY_MODEL[model].loads
    if ids is None:
        ids = list(session.scalars(select(model.id).order_by(model.id)))
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        # The session keeps no hold on records read once: memory stays flat.
        yield from session.scalars(
            select(model).options(*loads).where(model.id.in_(chunk)).order_by(model.id)
        )


def _copy_rows(
    team: Session, copy: Connection, table: Table, selection: Selection | None, uuids: set[Any]
) -> int | None:
    """Copy the rows of `table` that belong to the selected records (all without a
    selection); returns the highest id copied for the history."""
    highest = None
    for rows in _selected_rows(team, table, selection, uuids):
        copy.execute(insert(table), rows)
        if table is Change.__table__:
            highest = max([highest or 0, *(row["id"] for row in rows)])
    return highest


def _selected_rows(
    team: Session, table: Table, selection: Selection | None, uuids: set[Any]
) -> Iterator[list[dict[str, Any]]]:
    if selection is None:
        result = team.execute(select(table).execution_options(yield_per=CHUNK))
        for partition in result.partitions():
            yield [dict(row._mapping) for row in partition]
        return
    if table is Change.__table__:
        column, wanted = table.c.record_uuid, sorted(uuids)
        others: list[tuple[Any, set[int]]] = []
    else:
        links = _links(table)
        parents = _copied_parents(team, table, selection)
        if not links and parents:
            # Rows hanging off a record's own rows only (a policy priority's themes): those
            # of the rows copied.
            column, wanted = parents[0][0], sorted(parents[0][1])
            others = parents[1:]
        elif not links:  # countries, themes, country facts: copied whole
            whole = [dict(row._mapping) for row in team.execute(select(table))]
            if whole:  # an empty list would insert one row of defaults
                yield whole
            return
        else:
            column, wanted = links[0][0], sorted(selection.get(links[0][1], ()))
            others = [(c, selection.get(model, set())) for c, model in links[1:]]
            others += parents
    for start in range(0, len(wanted), CHUNK):
        rows = team.execute(select(table).where(column.in_(wanted[start : start + CHUNK])))
        kept = [
            dict(row._mapping)
            for row in rows
            if all(row._mapping[c.name] is None or row._mapping[c.name] in ids for c, ids in others)
        ]
        if kept:
            yield kept


def _links(table: Table) -> list[tuple[Any, type[Any]]]:
    """The columns of `table` that name a record: its own number first, then its
    references. The first picks the rows to copy; the others must point inside the
    selection (or nowhere) too."""
    links = [(table.c.id, TRACKED[table])] if table in TRACKED else []
    for column in table.c:
        links += [
            (column, TRACKED[fk.column.table])
            for fk in column.foreign_keys
            if fk.column.table in TRACKED
        ]
    return links


def _copied_parents(
    team: Session, table: Table, selection: Selection
) -> list[tuple[Any, set[Any]]]:
    """The columns of `table` that name a row of a record's own rows (a programme item of
    a trip), with the rows copied: a link to a programme item of a trip left behind
    must stay behind too (its contact may be in the copy for another reason)."""
    found: list[tuple[Any, set[Any]]] = []
    for column in table.c:
        for fk in column.foreign_keys:
            parent = fk.column.table
            links = [] if parent in TRACKED or parent is table else _links(parent)
            if links:
                owner, model = links[0]
                wanted = sorted(selection.get(model, ()))
                ids: set[Any] = set()
                for start in range(0, len(wanted), CHUNK):
                    ids.update(
                        team.scalars(
                            select(fk.column).where(owner.in_(wanted[start : start + CHUNK]))
                        )
                    )
                found.append((column, ids))
    return found


def _remove(path: Path) -> None:
    for leftover in (path, *(Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal"))):
        leftover.unlink(missing_ok=True)

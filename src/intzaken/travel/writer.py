"""Taking a travel copy: a new SQLite file with everything, or with what one trip needs.

The copy is an ordinary database at the app's current schema; it opens in the window
without a network. Rows are copied as they are (same numbers, uuids and versions), the
history entries of the copied records along with them. The copy also records where it
came from (travel_copy_origin) and every copied record's data as it was
(travel_copy_base), the base of the three-way merge that brings it back. It is written
to a file beside the target and renamed at the end: a copy is there whole or not at all.
"""

from __future__ import annotations

import os
import tempfile
import threading
import uuid as uuid_module
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
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
from ..store.bulk_insert import insert_tuples
from ..store.database import Database, open_database
from ..store.errors import DiskFullError, FileBusyError, FileUnreachableError, NoAccessError
from ..store.failures import storage_failure
from ..store.instance_lock import holding
from ..store.rotation import set_aside_orphan_journal
from .errors import TravelCopyError
from .identities import Identities
from .origin import copy_origin, source_of
from .portable import dumps
from .record_rows import RecordRows
from .registers import REGISTERS
from .row_content import RowContent
from .subset import Selection, trip_selection

PATH_ONLY_FAILURES = (DiskFullError, FileUnreachableError, FileBusyError, NoAccessError)
CHUNK = 500  # ids per IN list (short on every backend)
CHUNK_ROWS = 5000  # rows of the history read and written at a time: memory stays flat
CACHE_KIB = 64 * 1024  # page cache while writing: fewer pages spilled and written again
BASE_COLUMNS = ("record_uuid", "register", "version", "content")
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
    copy: Database | None = None
    try:
        copy = _new_file(partial)
        with copy.engine.connect() as connection, _unjournaled(connection), connection.begin():
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
        _synced(partial)  # a failing disk is reported as any failure of the copy's file
    except BaseException as exc:
        if copy is not None:
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
    """Every table but the history; the base of each record. The uuids copied.

    The records are read as rows (record_rows.py), and with everything copied the rows
    read for them are the rows copied: each table is read once. Register by register,
    the bases and every table whose references are in the file already are written
    and let go, so a copy holds one register's rows at a time, not the database's."""
    reading = RecordRows(team.connection(), None if selection is None else dict(selection))
    identities = Identities(team)
    contents = RowContent(identities.uuid_text_of)
    uuids: set[Any] = set()
    written: set[Table] = set()
    for register in REGISTERS.values():
        bases = []
        for record in reading.records(register.model):
            content = contents.of(register, record)
            bases.append((record.uuid, register.name, record.version, dumps(content)))
            uuids.add(record.uuid)
        insert_tuples(copy, table_of(TravelCopyBase), BASE_COLUMNS, bases)
        reading.forget_records()
        summary.counts[register.name] = (
            len(identities.records(register.model))
            if selection is None
            else len(selection.get(register.model, ()))
        )
        if selection is None:
            _write_ready(team, copy, reading, written)
    for table in COPIED:  # in the order of their references: what is left
        if table not in written:
            read = reading.take_rows(table) if selection is None else None
            if read is not None:
                insert_tuples(copy, table, *read)
            else:
                _copy_rows(team, copy, table, selection, set())
    reading.release()  # without a cycle left behind for a full collection (heap.release)
    return uuids


def _write_ready(team: Session, copy: Connection, reading: RecordRows, written: set[Table]) -> None:
    """Write (into `written`) the tables read whole for the records so far, and those no
    record's rows need, whose references are all written already."""
    for table in COPIED:
        if table in written or not DEPENDS_ON[table] <= written:
            continue
        read = reading.take_rows(table)
        if read is not None:
            insert_tuples(copy, table, *read)
        elif not ON_RECORDS[table]:  # countries, themes: read here, once
            _copy_rows(team, copy, table, None, set())
        else:
            continue  # its rows are read with a later register's records
        written.add(table)


def _dependencies() -> tuple[list[Table], dict[Table, set[Table]], dict[Table, bool]]:
    """The tables a copy writes in the order of their references; the copied tables each
    refers to; whether each is, or refers to, a record's table."""
    copied = [
        table
        for table in Base.metadata.sorted_tables
        if table not in NOT_COPIED and table is not table_of(Change)
    ]
    depends = {
        table: {fk.column.table for fk in table.foreign_keys} & set(copied) - {table}
        for table in copied
    }
    on_records: dict[Table, bool] = {}
    for table in copied:  # what it refers to comes first
        on_records[table] = table in TRACKED or any(on_records[t] for t in depends[table])
    return copied, depends, on_records


COPIED, DEPENDS_ON, ON_RECORDS = _dependencies()


def _copy_rows(
    team: Session, copy: Connection, table: Table, selection: Selection | None, uuids: set[Any]
) -> int | None:
    """Copy the rows of `table` that belong to the selected records (all without a
    selection); returns the highest id copied for the history."""
    highest = None
    keys = [column.key for column in table.c]
    for rows in _selected_rows(team, table, selection, uuids):
        insert_tuples(copy, table, keys, rows)
        if table is Change.__table__:
            highest = max([highest or 0, *(row[0] for row in rows)])
    return highest


def _selected_rows(
    team: Session, table: Table, selection: Selection | None, uuids: set[Any]
) -> Iterator[Sequence[Sequence[Any]]]:
    """The rows to copy, each its columns' values in the table's order."""
    columns = list(table.c)
    if selection is None:
        result = team.connection().execute(select(*columns).execution_options(yield_per=CHUNK_ROWS))
        yield from result.partitions()
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
            yield team.connection().execute(select(*columns)).all()
            return
        else:
            column, wanted = links[0][0], sorted(selection.get(links[0][1], ()))
            others = [(c, selection.get(model, set())) for c, model in links[1:]]
            others += parents
    for start in range(0, len(wanted), CHUNK):
        rows = team.connection().execute(
            select(*columns).where(column.in_(wanted[start : start + CHUNK]))
        )
        at = [(columns.index(c), ids) for c, ids in others]
        kept = [row for row in rows if all(row[i] is None or row[i] in ids for i, ids in at)]
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


_EMPTY: list[bytes] = []  # an empty database at the current schema, once made
_MAKING_EMPTY = threading.Lock()


def _new_file(path: Path) -> Database:
    """A new database at `path`: the bytes of an empty one that the migrations made once
    in this process (they take half a second on every new file, as long as copying all
    of a 5,000-trip database), opened and so checked as every file is."""
    with _MAKING_EMPTY:
        if not _EMPTY:
            with tempfile.TemporaryDirectory() as folder:
                scratch = Path(folder) / "empty.sqlite"
                open_database(scratch, create=True, daily_backup=False).close()
                _EMPTY.append(scratch.read_bytes())
    path.write_bytes(_EMPTY[0])
    return open_database(path, daily_backup=False)


@contextmanager
def _unjournaled(connection: Connection) -> Iterator[None]:
    """The copy's rows written without a write-ahead log and without a sync per page.

    The file is new and is thrown away whole if anything fails (it only becomes the copy
    by the rename at the end), so neither protects anything here; the log wrote every
    page twice (once into it, once back), a third of the copy's wait on a 100,000-trip
    database (issue 22). The file is synced once, before the rename (_synced)."""
    driver = connection.connection.driver_connection
    assert driver is not None  # checked out: open
    driver.execute("PRAGMA journal_mode = MEMORY")  # a rollback still works
    driver.execute("PRAGMA synchronous = OFF")
    driver.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    try:
        yield
    finally:
        driver.execute("PRAGMA synchronous = FULL")


def _synced(path: Path) -> None:
    """`path`'s bytes on the disk before it is renamed into place."""
    descriptor = os.open(path, os.O_RDWR)  # Windows flushes only a file open for writing
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _remove(path: Path) -> None:
    for leftover in (path, *(Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal"))):
        leftover.unlink(missing_ok=True)

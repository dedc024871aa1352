"""On PostgreSQL an import stores the new records of a sheet in batches, from a second
thread while the rows after them are checked (store/copy_behind.py, issue 22): what it
stores, what it reports and the history it writes are the same as when they were stored
at the sheet's end, also when the database refuses a batch or the server is lost."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError

from intzaken.domain.enums import ChangeAction
from intzaken.domain.models import Change, Theme, Trip, TripTransport
from intzaken.exchange import apply_import, bulk_rules, new_records, plan_import
from intzaken.store import copy_behind
from intzaken.store.bulk_insert import insert_rows
from intzaken.store.database import Database, open_database
from intzaken.store.location import Location

from .conftest import export_into_new, run_cli
from .exchange_helpers import registers_of


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Batches of at most three records; the sizes of the batches sent, in order."""
    monkeypatch.setattr(new_records, "LARGEST_BATCH", 3)
    monkeypatch.setattr(new_records, "SMALLEST_BATCH", 1)
    sizes: list[int] = []
    send = copy_behind.CopiesBehind.send

    def counted(self: copy_behind.CopiesBehind, batch: list[Any]) -> None:
        sizes.append(sum(len(rows) for _, rows in batch))
        send(self, batch)

    monkeypatch.setattr(copy_behind.CopiesBehind, "send", counted)
    yield sizes


def _created_per_trip(location: Location) -> list[int]:
    database = open_database(location)
    try:
        with database.sessions() as session:
            counts = session.execute(
                select(func.count())
                .select_from(Trip)
                .join(Change, Change.record_uuid == Trip.uuid, isouter=True)
                .where((Change.action == ChangeAction.CREATED) | (Change.id.is_(None)))
                .group_by(Trip.id)
            ).scalars()
            return sorted(set(counts))
    finally:
        database.close()


def _demo_imported_into_new(
    demo_template: Callable[[str], Location],
    new_location: Callable[[str], Location],
    tmp_path: Path,
) -> Location:
    """The Rotterdam demo exported and imported into a new database, which holds every
    register's records as the demo does, with one "created" entry per trip (none lost,
    none twice)."""
    demo = demo_template("rotterdam")
    fresh = new_location("fresh")
    export_into_new(demo, tmp_path / "alles.xlsx", fresh)
    assert registers_of(fresh) == registers_of(demo)
    assert _created_per_trip(fresh) == [1]
    return fresh


def test_the_demo_stored_in_small_batches_comes_back_exactly(
    backend: str,
    demo_template: Callable[[str], Location],
    new_location: Callable[[str], Location],
    tmp_path: Path,
    small_batches: list[int],
) -> None:
    _demo_imported_into_new(demo_template, new_location, tmp_path)
    if backend == "postgresql":
        assert len(small_batches) > 10  # the trips alone make more than ten
    else:
        assert small_batches == []  # SQLite is written in the import's own thread


def test_a_batch_the_database_refuses_is_saved_row_by_row(
    backend: str,
    demo_template: Callable[[str], Location],
    new_location: Callable[[str], Location],
    tmp_path: Path,
    small_batches: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The second batch of trips (on SQLite the one batch) carries a row the database
    refuses (a way of travel it does not know): that batch is undone as a whole and its
    trips are saved one by one through the service; the batches before and after it are
    stored as they were."""
    refused = 2 if backend == "postgresql" else 1
    write = bulk_rules.BULK[Trip].write
    calls = []

    def with_a_refused_row(session: Any, checked: Any) -> Any:
        written = write(session, checked)
        calls.append(len(checked))
        if len(calls) == refused:
            row = {"trip_id": written[0][0], "mode": "rocket", "position": 99}
            insert_rows(session.connection(), TripTransport.__table__, [row])
        return written

    monkeypatch.setitem(
        bulk_rules.BULK, Trip, bulk_rules.Bulk(bulk_rules.BULK[Trip].rules, with_a_refused_row)
    )
    fresh = _demo_imported_into_new(demo_template, new_location, tmp_path)
    assert len(calls) > 2 if backend == "postgresql" else calls == [40]
    database = open_database(fresh)
    try:
        with database.sessions() as session:
            assert session.scalar(select(func.count()).where(TripTransport.mode == "rocket")) == 0
    finally:
        database.close()


def test_a_lost_server_ends_the_import_with_nothing_written(
    backend: str,
    demo_template: Callable[[str], Location],
    new_location: Callable[[str], Location],
    tmp_path: Path,
    small_batches: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Not a refusal: the import ends with the driver's error, as when the rows were sent
    in its own thread, the connection's events are gone and the caller can roll back."""
    if backend == "sqlite":
        pytest.skip("SQLite is written in the import's own thread")

    def lost(self: copy_behind.CopiesBehind, batch: Any) -> None:
        raise OperationalError("COPY", {}, Exception("server closed the connection"))

    workbook = tmp_path / "alles.xlsx"
    demo = demo_template("rotterdam")
    assert run_cli("export", "--out", str(workbook), "--db", str(demo))[0] == 0
    fresh = new_location("fresh")
    assert run_cli("init", "--organisation", "Gemeente Proef", "--db", str(fresh))[0] == 0
    monkeypatch.setattr(copy_behind.CopiesBehind, "_store", lost)
    database = open_database(fresh)
    try:
        with database.sessions() as session:
            with pytest.raises(OperationalError, match="server closed"):
                plan = plan_import(session, workbook)
                apply_import(session, plan)
            connection = session.connection()
            assert copy_behind.INFO_KEY not in connection.info
            session.rollback()
            assert session.scalar(select(func.count()).select_from(Trip)) == 0
    finally:
        database.close()


def test_a_statement_among_gathered_copies_runs_in_its_turn(
    backend: str, database: Database
) -> None:
    """What a batch gathered before a statement is stored before it runs; once a batch is
    sent, the next statement waits for it to be stored."""
    switch = sys.getswitchinterval()
    with database.sessions() as session, session.begin():
        connection = session.connection()
        themes = Theme.__table__
        with copy_behind.copies_behind(connection) as behind:
            if backend == "sqlite":
                assert behind is None
                return
            assert behind is not None
            with behind.gathering() as batch:
                insert_rows(connection, themes, [{"name": "eerst"}])
                seen = connection.scalar(select(func.count()).select_from(themes))
                insert_rows(connection, themes, [{"name": "daarna"}, {"name": "laatst"}])
            assert seen == 1
            assert [len(rows) for _, rows in batch] == [2]
            behind.send(batch)
            assert connection.scalar(select(func.count()).select_from(themes)) == 3
            behind.settled()
        assert copy_behind.INFO_KEY not in connection.info
        assert connection.scalar(text("SELECT 1")) == 1
    assert sys.getswitchinterval() == switch

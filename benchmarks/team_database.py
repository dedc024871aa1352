"""The team database (issue 22, item 5): on a real PostgreSQL server that the benchmark
starts itself (tools/test-postgres.sh, as the tests do), each against a floor in raw
psycopg measured in the same minutes, app and floor alternating:

- the trips list populated: the window's list query through the services
  (`trip_list_rows`, a session on the team database) against the same SQL run on a
  psycopg connection (≤ 1.5× floor);
- the import of the workbook's trips (`plan_import` + `apply_import` into a new team
  database) against openpyxl read-only + `executemany` into tables with the sheets'
  columns in a new database on the same server (≤ 1.5× floor);
- the travel copy of the whole team database into a new file (`take_travel_copy`)
  against reading every table's rows with psycopg and `executemany` into a fresh SQLite
  file with the same tables (≤ 2× floor).

The team database is filled with the benchmark's own database (100,000 trips; 5,000 in
a quick run), copied table by table before anything is measured. Wall times: the server
runs on the same machine, and its work is part of what a user waits for; the note gives
the client's CPU time.
"""

from __future__ import annotations

import sqlite3
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from .session import Row, Session, median

ROOT = Path(__file__).resolve().parent.parent
SERVER_SCRIPT = ROOT / "tools" / "test-postgres.sh"


def team_database(session: Session) -> list[Row]:
    log = session.log
    log("  team database: starting a PostgreSQL server (tools/test-postgres.sh)")
    url = _script("start")
    try:
        server = _Server(url)
        team = server.create("bench_team")
        log(f"  team database: copying {session.database.name} into it")
        trips = _fill(session.database, team)
        return [
            _list_row(session, team, trips),
            _import_row(session, server),
            _travel_copy_row(session, team, trips),
        ]
    finally:
        _script("stop", url)


def _script(*args: str) -> str:
    done = subprocess.run(
        [str(SERVER_SCRIPT), *args], check=True, capture_output=True, text=True, timeout=600
    )
    return done.stdout.strip()


class _Server:
    """Makes the benchmark's databases on the server."""

    def __init__(self, url: str) -> None:
        self.url = url

    def create(self, name: str, template: str | None = None) -> str:
        """A new database (a copy of `template`'s, made by the server); its URL."""
        if template is None:
            return _script("create", self.url, name)
        connection = _psycopg(self.url)
        connection.autocommit = True
        try:
            source = urlsplit(template).path.lstrip("/")
            connection.execute(f"CREATE DATABASE {name} TEMPLATE {source}")
        finally:
            connection.close()
        return urlunsplit(urlsplit(self.url)._replace(path=f"/{name}"))


def _psycopg(url: str) -> Any:
    import psycopg

    return psycopg.connect(url)


def _open(url: str, *, create: bool = False) -> Any:
    from intzaken.store.database import open_database
    from intzaken.store.location import ServerAddress

    return open_database(ServerAddress(url), create=create)


def _fill(source: Path, url: str) -> int:
    """Every row of the SQLite database `source` into the (new) team database at `url`,
    its schema made by the app's own migrations; returns the number of trips."""
    from sqlalchemy import create_engine, delete, func, insert, select, text

    from intzaken.domain.models import Base

    _open(url, create=True).close()
    reading = create_engine(f"sqlite:///{source}")
    database = _open(url)
    try:
        with reading.connect() as read, database.engine.begin() as write:
            for table in reversed(Base.metadata.sorted_tables):
                write.execute(delete(table))
            for table in Base.metadata.sorted_tables:
                rows = [dict(row) for row in read.execute(select(table)).mappings()]
                for start in range(0, len(rows), 5000):
                    write.execute(insert(table), rows[start : start + 5000])
                if "id" in table.c and rows:
                    write.execute(
                        text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), :n)"),
                        {"n": max(row["id"] for row in rows)},
                    )
            trips = Base.metadata.tables["trips"]
            count: int = write.execute(select(func.count()).select_from(trips)).scalar_one()
    finally:
        database.close()
        reading.dispose()
    return count


def _alternating(
    runs: int, app: Callable[[int], None], floor: Callable[[int], None]
) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """(wall, client CPU) of each run of `app` and of `floor`, one after the other."""
    apps, floors = [], []
    for run in range(runs):
        for measure, into in ((app, apps), (floor, floors)):
            wall, cpu = time.perf_counter(), time.process_time()
            measure(run)
            into.append((time.perf_counter() - wall, time.process_time() - cpu))
    return apps, floors


def _row(
    label: str,
    factor: float,
    apps: list[tuple[float, float]],
    floors: list[tuple[float, float]],
    note: str,
) -> Row:
    value, floor = median([w for w, _ in apps]), median([w for w, _ in floors])
    cpu, floor_cpu = median([c for _, c in apps]), median([c for _, c in floors])
    assert value is not None and floor is not None and cpu is not None and floor_cpu is not None
    return Row(
        label,
        value,
        floor,
        f"≤ {factor:g}× floor",
        value <= factor * floor,
        runs=len(apps),
        note=f"client CPU {cpu:.2f} s against {floor_cpu:.2f} s; {note}",
    )


def _list_row(session: Session, url: str, trips: int) -> Row:
    from intzaken.services import trip_list_sql
    from intzaken.services.trip_listing import trip_list_rows

    session.log(f"  team database: the trips list ({trips:,} trips) and its floor")
    database = _open(url)
    connection = _psycopg(url)
    counts: list[int] = []

    def app(_run: int) -> None:
        with database.sessions() as reading:
            counts.append(len(trip_list_rows(reading)))

    def floor(_run: int) -> None:
        with connection.cursor() as cursor:
            cursor.execute(trip_list_sql.ALL_TRIPS["postgresql"])
            counts.append(len(cursor.fetchall()))
        connection.rollback()

    try:
        apps, floors = _alternating(session.runs, app, floor)
    finally:
        connection.close()
        database.close()
    assert set(counts) == {trips}, counts
    return _row(
        f"Team database: trips list populated ({trips:,} trips)",
        1.5,
        apps,
        floors,
        "floor: the same SQL on a psycopg connection",
    )


def _import_row(session: Session, server: _Server) -> Row:
    from .run import import_file

    workbook = import_file(session.import_rows, session.log)
    session.log(f"  team database: import of {session.import_rows:,} trip rows and its floor")
    # A migrated empty database as the app makes one, copied by the server for each run,
    # and an empty one for each floor run: made before the clock runs (not measured).
    from intzaken.new_database import create_database
    from intzaken.store.location import ServerAddress

    template = server.create("bench_empty")
    create_database(ServerAddress(template), "Benchmark").close()  # the countries too
    runs = session.expensive_runs
    targets = [server.create(f"bench_import_{run}", template) for run in range(runs)]
    floor_targets = [server.create(f"bench_import_floor_{run}") for run in range(runs)]

    def app(run: int) -> None:
        from intzaken.exchange import apply_import, plan_import

        database = _open(targets[run])
        try:
            with database.sessions() as writing, writing.begin():
                plan = plan_import(writing, workbook)
                assert plan.ok, plan.problems[:5]
                apply_import(writing, plan)
        finally:
            database.close()

    def floor(run: int) -> None:
        _import_floor(workbook, floor_targets[run])

    apps, floors = _alternating(runs, app, floor)
    return _row(
        f"Team database: import {session.import_rows:,} trip rows from xlsx",
        1.5,
        apps,
        floors,
        "floor: openpyxl read-only + executemany in psycopg, one transaction",
    )


def _import_floor(workbook: Path, url: str) -> None:
    from openpyxl import load_workbook

    book = load_workbook(workbook, read_only=True, data_only=True)
    connection = _psycopg(url)
    try:
        with connection.transaction(), connection.cursor() as cursor:
            for number, sheet in enumerate(book.worksheets):
                rows = sheet.iter_rows(values_only=True)
                heading = next(rows, None)
                if not heading:
                    continue
                names = ", ".join(f"c{i} text" for i in range(len(heading)))
                cursor.execute(f"CREATE TABLE sheet_{number} ({names})")
                marks = ", ".join(["%s"] * len(heading))
                data = [
                    tuple(None if v is None else str(v) for v in row)
                    for row in rows
                    if any(v is not None for v in row)
                ]
                cursor.executemany(f"INSERT INTO sheet_{number} VALUES ({marks})", data)
    finally:
        connection.close()
        book.close()


def _travel_copy_row(session: Session, url: str, trips: int) -> Row:
    from sqlalchemy import create_engine

    from intzaken.domain.models import Base
    from intzaken.operations.travel_copying import take_travel_copy

    session.log(f"  team database: travel copy of all {trips:,} trips and its floor")
    folder = Path(tempfile.mkdtemp(dir=session.tmp, prefix="travel-"))
    database = _open(url)
    connection = _psycopg(url)
    tables = Base.metadata.sorted_tables

    def app(run: int) -> None:
        with database.sessions() as team:
            take_travel_copy(team, folder / f"copy-{run}.sqlite")

    floor_files = [folder / f"floor-{run}.sqlite" for run in range(session.expensive_runs)]
    for target in floor_files:  # the same tables, made before the clock runs
        engine = create_engine(f"sqlite:///{target}")
        Base.metadata.create_all(engine)
        engine.dispose()

    def floor(run: int) -> None:
        writing = sqlite3.connect(floor_files[run])
        with writing, connection.cursor() as cursor:
            for table in tables:
                columns = ", ".join(f'"{c.name}"' for c in table.columns)
                cursor.execute(f"SELECT {columns} FROM {table.name}")
                marks = ", ".join("?" * len(table.columns))
                writing.executemany(
                    f"INSERT INTO {table.name} VALUES ({marks})",
                    [tuple(_sqlite_value(v) for v in row) for row in cursor.fetchall()],
                )
        writing.close()
        connection.rollback()

    try:
        apps, floors = _alternating(session.expensive_runs, app, floor)
    finally:
        connection.close()
        database.close()
    return _row(
        f"Team database: travel copy of everything ({trips:,} trips)",
        2.0,
        apps,
        floors,
        "floor: every table read with psycopg, executemany into a fresh SQLite file",
    )


def _sqlite_value(value: object) -> object:
    if value is None or isinstance(value, (int, float, str, bytes)):
        return value
    return str(value)

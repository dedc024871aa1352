"""Opening a database file to read it only (`list`, `check`, `report`, `export`,
`history`, the source of a travel copy).

Reading needs no write access: no lock, no daily backup, no journal mode to set, and every
connection read-only (store/read_only.py), so a read-only file, a read-only folder or a
full disk does not keep anyone from looking into their data. Only a file at an older
schema must first be brought up to date, which is a write like any other: it is done
under the lock, and refused in words when the file may not be written.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

# The same first looks at a file as the writing open takes (private there, shared here).
from .database import Database, _is_sqlite, open_database
from .engine import sqlite_url
from .errors import (
    DatabaseDamagedError,
    DatabaseMissingError,
    FileUnreachableError,
    NotAnIntzakenDatabaseError,
    ReadOnlyFileError,
    UpdateNeedsWriteError,
)
from .failures import storage_failure
from .integrity import integrity_problems
from .location import Location, ServerAddress
from .read_only import connect_read_only
from .schema_trust import verify_schema
from .schema_version import SCHEMA_REVISION


def open_for_reading(location: Location, *, thorough: bool = False) -> Database:
    """The file at `location`, checked and at the current schema, with read-only
    sessions; a team database as it always opens (its server sees to reading).
    `thorough`: SQLite's full integrity check instead of its quick one (`check`)."""
    if isinstance(location, ServerAddress):
        return open_database(location)
    path = location.expanduser().resolve()
    try:
        _require_readable(path)
        # The schema first: a foreign view or trigger is refused before anything reads
        # through it (SQLite's own checks stumble over a view standing for a table).
        if verify_schema(path) != SCHEMA_REVISION:
            _bring_up_to_date(path)
        problems = integrity_problems(path, thorough=thorough)
        if problems:
            raise DatabaseDamagedError(path, problems)
    except (OSError, sqlite3.Error) as exc:
        failure = storage_failure(path, exc)
        if failure is None or isinstance(exc, PermissionError):
            raise
        raise failure from exc
    engine = read_only_engine(path)
    return Database(location=path, engine=engine)


def read_only_engine(path: Path) -> Engine:
    """An engine whose every connection is read-only (and refuses writes itself too)."""
    # The file's own URL, though the creator makes the connections: the URL names the
    # source (a travel copy records where it came from).
    engine = create_engine(sqlite_url(path), creator=lambda: connect_read_only(path))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA query_only = ON")
        dbapi_connection.execute("PRAGMA busy_timeout = 5000")

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")  # one snapshot for a whole report or listing

    return engine


def _require_readable(path: Path) -> None:
    if not os.path.isdir(path.parent):  # isdir: False, not an error, on ESTALE
        raise FileUnreachableError(path)
    has_journal = Path(f"{path}-wal").exists()
    if not path.exists() or (path.stat().st_size == 0 and not has_journal):
        raise DatabaseMissingError(path)
    if path.stat().st_size > 0 and not _is_sqlite(path):
        raise NotAnIntzakenDatabaseError(path)  # a letter or a spreadsheet, not damage


def _bring_up_to_date(path: Path) -> None:
    """An older (or still empty) file: the writing open migrates it, under the lock and
    after a backup, exactly as the window would; a file that may not be written is
    refused with the reason."""
    try:
        open_database(path, daily_backup=False, exclusive=True).close()
    except ReadOnlyFileError as exc:
        raise UpdateNeedsWriteError(path) from exc

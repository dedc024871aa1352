"""SQLAlchemy engines for SQLite files, with the pragmas every connection needs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def make_engine(path: Path, *, foreign_keys: bool = True) -> Engine:
    """An engine on the SQLite file at `path`.

    Foreign keys are a per-connection setting in SQLite and off by default, so they are
    switched on at every connect. Migrations ask for `foreign_keys=False`: a batch
    migration rebuilds tables, and with foreign keys on that cascades deletes into child
    tables. Python's sqlite3 module would also commit DDL outside our transaction; handing
    transaction control to SQLAlchemy (the documented pysqlite recipe) keeps every
    migration and every save atomic.
    """
    engine = create_engine(sqlite_url(path))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
            cursor.execute("PRAGMA busy_timeout = 5000")
            cursor.execute("PRAGMA journal_mode = WAL")
            # FULL: a committed save survives a power cut on a laptop, not only a crash.
            cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine

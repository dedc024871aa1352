"""SQLAlchemy engines: SQLite files with the pragmas every connection needs, and team
databases on a PostgreSQL server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from .. import lock_sharing
from .hardening import harden
from .location import ServerAddress


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
        harden(dbapi_connection)  # before the first statement reads the file's schema
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

    # A worker that reads query after query lets the window in now and then.
    event.listen(engine, "before_cursor_execute", lock_sharing.before_statement)
    return engine


SERVER_CONNECT_TIMEOUT = 10  # seconds; libpq would otherwise wait minutes for a host gone


def make_server_engine(address: ServerAddress) -> Engine:
    """An engine on a team database on a PostgreSQL server (psycopg 3).

    Connections are tested before use (pool_pre_ping): a laptop that slept or changed
    network comes back to a pool whose connections the server has long closed. The
    password, if the address has one, goes to libpq only; without one libpq reads
    PGPASSWORD or ~/.pgpass. A timeout of its own in the address wins over ours, and
    so do its own lock and statement limits.
    """
    from .server_limits import connection_options, install_long_work_limits

    install_long_work_limits()
    url = address.sqlalchemy_url()
    # Every session of ours waits a few seconds at most for a lock or a statement
    # (store/server_limits.py); options already in the address are kept after ours.
    given = url.query.get("options")
    connect_args: dict[str, Any] = {
        "application_name": "intzaken",
        "options": connection_options(given if isinstance(given, str) else None),
    }
    if "connect_timeout" not in url.query:
        connect_args["connect_timeout"] = SERVER_CONNECT_TIMEOUT
    engine = create_engine(url, pool_pre_ping=True, connect_args=connect_args)

    @event.listens_for(engine, "connect")
    def _remember_start(dbapi_connection: Any, _record: Any) -> None:
        # When the session later ends unexplained, a changed start time says the server
        # restarted (store/server_probe.py).
        from .server_probe import remember_start

        with dbapi_connection.cursor() as cursor:
            cursor.execute("SELECT pg_postmaster_start_time()")
            remember_start(address, cursor.fetchone()[0])
        dbapi_connection.rollback()

    event.listen(engine, "before_cursor_execute", lock_sharing.before_statement)
    return engine

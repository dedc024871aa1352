"""Opening a database file for reading only: looking into a file (checking it, reading
its version, summarising a backup, listing it) must never write to it, not even a journal.

A file in WAL mode needs its `-shm` index even to be read, and SQLite creates and sizes it
on the first read. That fails in a folder the user may not write to and on a full disk,
so a file that could be read was refused. When the `-wal` is absent or empty, everything
committed is in the file itself and it can be read as `immutable` instead, without the
index. The price: a writer working in it meanwhile is not seen; but in a read-only folder
or on a full disk no writer can add to it either.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .hardening import harden

# What SQLite says when it cannot create or size the -shm of a file opened read-only.
_NO_INDEX = (
    "SQLITE_READONLY_DIRECTORY",
    "SQLITE_READONLY_CANTINIT",
    "SQLITE_CANTOPEN",
    "SQLITE_IOERR_SHMOPEN",
    "SQLITE_IOERR_SHMSIZE",
    "SQLITE_IOERR_SHMMAP",
)


def connect_read_only(path: Path) -> sqlite3.Connection:
    uri = path.resolve().as_uri()
    connection = _hardened(sqlite3.connect(f"{uri}?mode=ro", uri=True))
    try:
        connection.execute("PRAGMA schema_version").fetchone()  # a first read: the -shm
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "") in _NO_INDEX and not _has_journal(path):
            connection.close()
            return _hardened(sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True))
        # Anything else (not a database, damage, busy) the caller's own first query
        # meets again and names as it always did.
    return connection


def connect_writable(path: Path) -> sqlite3.Connection:
    """A plain connection that may write (a backup's target, a header field of ours)."""
    return _hardened(sqlite3.connect(path))


def _hardened(connection: sqlite3.Connection) -> sqlite3.Connection:
    try:
        harden(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def _has_journal(path: Path) -> bool:
    """Whether a -wal beside the file holds committed pages not yet in the file."""
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except FileNotFoundError:
        return False

"""Opening a database file for reading only: looking into a file (checking it, reading
its version, summarising a backup) must never write to it, not even a journal."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .hardening import harden


def connect_read_only(path: Path) -> sqlite3.Connection:
    return _hardened(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True))


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

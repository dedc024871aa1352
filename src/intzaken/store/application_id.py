"""The mark in a database file's header that says it is an Intzaken file.

SQLite keeps a 32-bit `application_id` in every file's header (offset 68) for exactly
this: `file(1)` and other tools can tell whose file it is, and a file of another
program that happens to be SQLite is refused before its tables are even looked at.
Ours is 0x494E545A, "INTZ" in ASCII. Every file the app makes gets it (new databases,
demos, travel copies; backups are page-for-page copies and keep it). Files made before
the mark existed have 0 and are still ours when their schema is: they get the mark the
first time they are opened for writing, once they are known to be sound.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .read_only import connect_writable

APPLICATION_ID = 0x494E545A  # "INTZ"
UNMARKED = 0  # SQLite's default: a file of ours from before the mark, or anyone's


def application_id(connection: sqlite3.Connection) -> int:
    found: int = connection.execute("PRAGMA application_id").fetchone()[0]
    return found


def mark_as_ours(path: Path) -> None:
    """Give the file at `path` our application_id if it has none yet (one small write
    to the header; nothing at all when it is already marked)."""
    connection = connect_writable(path)
    try:
        connection.execute("PRAGMA busy_timeout = 5000")
        if application_id(connection) == UNMARKED:
            connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    finally:
        connection.close()

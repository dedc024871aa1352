"""Which schema a file has, read without Alembic.

Opening a file whose schema is current is the common case; importing Alembic to learn
that costs a third of a second, so the window reads the version table itself and Alembic
is loaded only when a migration is due.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .read_only import connect_read_only

# The newest migration in db/versions. tests/test_store.py fails when a migration is
# added and this is not moved along (a stale value is never wrong, only slower: the
# file is then compared with Alembic's own head).
SCHEMA_REVISION = "0018"


def stored_revision(path: Path) -> str | None:
    """The revision in the file's alembic_version table; None when there is none."""
    connection = connect_read_only(path)
    try:
        rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return None
        raise
    finally:
        connection.close()
    return rows[0][0] if rows else None  # one row: our history is a single line

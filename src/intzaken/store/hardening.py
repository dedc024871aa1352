"""What every SQLite connection of ours sets before it reads a schema it did not write.

A file can come from anywhere (a backup on a USB stick, a travel copy from a laptop). Its
schema may carry SQL of someone else's: views, triggers, CHECK or DEFAULT expressions.
With `trusted_schema` off, SQLite refuses to run any function with side effects, or any
virtual table, from such schema SQL. Defensive mode also forbids the few ways in which
ordinary SQL could corrupt the file (writable_schema, writing to shadow tables).
The real defence is store/schema_trust.py, which refuses a file whose schema is not ours;
these settings are the second line behind it.
"""

from __future__ import annotations

import sqlite3
from typing import Any

# Connection.setconfig came with Python 3.12. On 3.11 defensive mode cannot be switched
# on from Python at all; trusted_schema (SQLite 3.31+) still applies there.
_DEFENSIVE = getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", None)


def harden(connection: Any) -> None:
    """Switch `connection` (a sqlite3.Connection) to distrust the schema it reads."""
    connection.execute("PRAGMA trusted_schema = OFF")
    setconfig = getattr(connection, "setconfig", None)
    if setconfig is not None and _DEFENSIVE is not None:
        setconfig(_DEFENSIVE, True)

"""Opening a database file for reading only: looking into a file (checking it, reading
its version, summarising a backup) must never write to it, not even a journal."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)

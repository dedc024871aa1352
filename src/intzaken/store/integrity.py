"""Detecting damage: a plain SELECT on a damaged page can return zeros without an error,
so only SQLite's own checks tell."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..i18n import _
from .read_only import connect_read_only


def is_damage(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))


def integrity_problems(path: Path, *, thorough: bool = False) -> list[str]:
    """SQLite's findings for the file; an empty list means it is sound.

    Only damage is a finding. A file that cannot be read now (locked by another program,
    a full disk, a drive gone) raises its sqlite3.Error, so that it is never mistaken
    for a damaged file and moved aside or restored over.
    """
    connection = connect_read_only(path)
    try:
        check = "integrity_check" if thorough else "quick_check"
        rows = [row[0] for row in connection.execute(f"PRAGMA {check}")]
        problems = [] if rows == ["ok"] else rows
        problems += [
            _("reference in {table} (row {rowid}) to a missing row in {parent}").format(
                table=table, rowid=rowid, parent=parent
            )
            for table, rowid, parent, _key in connection.execute("PRAGMA foreign_key_check")
        ]
        return problems
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            return [str(exc)]
        raise
    finally:
        connection.close()

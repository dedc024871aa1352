"""Writing a demo database file, without ever overwriting someone's real work."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from ..services.history import CONTEXT_KEY
from ..store.database import open_database
from ..store.instance_lock import check_not_in_use
from ..store.read_only import connect_read_only
from ..store.rotation import BEFORE_DEMO, make_backup
from .loader import load_profile


class DemoTargetInUseError(Exception):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} bevat al gegevens die geen demo zijn. Kies met --db een ander bestand, "
            "of gebruik --force om het te vervangen (er wordt eerst een back-up gemaakt).")


def _demo_profile_of(path: Path) -> str | None:
    """The demo profile stored in an existing file, or None for real data."""
    connection = connect_read_only(path)
    try:
        row = connection.execute("SELECT demo_profile FROM organisations LIMIT 1").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError:
        return None
    finally:
        connection.close()


def write_demo(path: Path, profile: str, *, force: bool = False) -> dict[str, int]:
    """Build the demo in a new file beside `path`, then move it into place in one step.

    An existing file is replaced only when it is itself a demo or `force` is given, and it
    is backed up first either way.
    """
    path = path.expanduser().resolve()
    check_not_in_use(path)  # never pull a file away from under an open window
    if path.exists() and path.stat().st_size > 0:
        if _demo_profile_of(path) is None and not force:
            raise DemoTargetInUseError(path)
        make_backup(path, BEFORE_DEMO)
    path.parent.mkdir(parents=True, exist_ok=True)
    building = path.with_name(f".{path.name}.building")
    _remove_with_journal(building)
    database = open_database(building, create=True)
    try:
        with database.sessions.begin() as session:
            session.info[CONTEXT_KEY] = f"demo {profile}"  # in the history of each record
            counts = load_profile(session, profile)
        with database.engine.connect() as connection:
            # Fold the WAL into the file so the single file moved below is complete.
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except BaseException:
        database.close()
        _remove_with_journal(building)
        raise
    database.close()
    _remove_with_journal(path, keep_main=True)
    os.replace(building, path)
    return counts


def _remove_with_journal(path: Path, *, keep_main: bool = False) -> None:
    suffixes = ["-wal", "-shm"] + ([] if keep_main else [""])
    for suffix in suffixes:
        Path(f"{path}{suffix}").unlink(missing_ok=True)

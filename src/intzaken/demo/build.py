"""Writing a demo database, without ever overwriting someone's real work."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from ..services.history import CONTEXT_KEY
from ..store.backup import restore_from
from ..store.database import open_database, open_server_database
from ..store.instance_lock import holding
from ..store.location import Location, ServerAddress
from ..store.read_only import connect_read_only
from ..store.rotation import BEFORE_DEMO, make_backup, set_aside_orphan_journal
from ..store.server_limits import allow_long_work
from .errors import DemoTargetInUseError
from .loader import load_profile


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


def write_demo(
    location: Location, profile: str, *, force: bool = False, today: dt.date | None = None
) -> dict[str, int]:
    """Build the demo in a new file beside `location`, then copy it into place.

    An existing file is replaced only when it is itself a demo or `force` is given, and it
    is backed up first either way. The file is locked for the whole time, as a window or
    an import locks it: none of them can be writing to it meanwhile. A team database on a
    server gets the demo in one transaction (`write_demo_on_server`).
    """
    if isinstance(location, ServerAddress):
        return write_demo_on_server(location, profile, today=today)
    path = location.expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    with holding(path):  # never pull a file away from under a window or an import
        if path.exists() and path.stat().st_size > 0:
            if _demo_profile_of(path) is None and not force:
                raise DemoTargetInUseError(path)
            make_backup(path, BEFORE_DEMO)
        building = path.with_name(f".{path.name}.building")
        _remove_with_journal(building)
        database = open_database(building, create=True)
        try:
            with database.sessions.begin() as session:
                session.info[CONTEXT_KEY] = f"demo {profile}"  # in each record's history
                counts = load_profile(session, profile, today=today)
            with database.engine.connect() as connection:
                # Fold the WAL into the file so the single file copied below is complete.
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except BaseException:
            database.close()
            _remove_with_journal(building)
            raise
        database.close()
        try:
            _put_in_place(building, path)
        finally:
            _remove_with_journal(building)
    return counts


def _put_in_place(building: Path, path: Path) -> None:
    """The demo's content into `path`, through SQLite: a -wal beside `path` belongs to
    whoever still has the file open (a reader, a sqlite3 shell), so it is folded in, never
    deleted. Deleting it lost what others had committed to it, and their later saves went
    into a journal no file read any more."""
    if not path.exists():
        set_aside_orphan_journal(path)  # a journal left by a file that is gone
    restore_from(building, path)


def _remove_with_journal(path: Path) -> None:
    """Our own building file, which no one else ever opens."""
    for suffix in ("-wal", "-shm", ""):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def write_demo_on_server(
    address: ServerAddress, profile: str, *, today: dt.date | None = None
) -> dict[str, int]:
    """Load the demo into a team database that is empty or holds an earlier demo (which
    is replaced), in one transaction: the others working in it see the old content or the
    new, never half of it. Real data is never replaced: there is no backup to fall back
    on here, so not even with --force."""
    from sqlalchemy import select

    from ..domain.models import Base, Organisation

    database = open_server_database(address, create=True)
    try:
        with allow_long_work(database.sessions()) as session, session.begin():
            profiles = session.scalars(select(Organisation.demo_profile)).all()
            records = [
                table
                for table in Base.metadata.sorted_tables
                if table.name != "countries"  # every database has them
                and session.execute(select(1).select_from(table).limit(1)).first()
            ]
            if any(found is None for found in profiles) or (records and not profiles):
                raise DemoTargetInUseError(address)
            for table in reversed(Base.metadata.sorted_tables):
                session.execute(table.delete())  # the earlier demo's history too
            session.info[CONTEXT_KEY] = f"demo {profile}"  # in the history of each record
            return load_profile(session, profile, today=today)
    finally:
        database.close()

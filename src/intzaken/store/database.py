"""Opening a database: check it, bring its schema up to date safely, hand out sessions.

A database is a file on this computer (SQLite, below) or a team database on a
PostgreSQL server (store/server.py); callers hold either as a `Database`.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from .application_id import mark_as_ours
from .backup import restore_from
from .engine import make_engine
from .errors import (
    DatabaseDamagedError,
    DatabaseMissingError,
    DatabaseTooNewError,
    FileUnreachableError,
    MigrationFailedError,
    NotAnIntzakenDatabaseError,
    ReadOnlyFileError,
)
from .failures import storage_failure
from .instance_lock import InstanceLock
from .integrity import integrity_problems
from .location import Location, ServerAddress
from .read_only import connect_read_only
from .rotation import (
    BEFORE_MIGRATION,
    backup_if_due,
    backups_folder,
    make_backup,
    set_aside_orphan_journal,
)
from .schema_trust import verify_schema
from .schema_version import SCHEMA_REVISION
from .soundness import SoundnessCheck

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

__all__ = ["Database", "backups_folder", "open_database"]

SQLITE_MAGIC = b"SQLite format 3\x00"  # the first 16 bytes of every SQLite database file

log = logging.getLogger(__name__)


@dataclass
class Database:
    location: Location  # the file, or the server's database
    engine: Engine
    lock: InstanceLock | None = None
    check: SoundnessCheck | None = None  # an integrity check still running, if any
    _sessions: sessionmaker[Session] | None = field(default=None, init=False, repr=False)

    @property
    def sessions(self) -> sessionmaker[Session]:
        """The ORM's sessions on this database, made at the first use: a command that
        reads rows only (`intzaken list trips`, `check`) never loads the ORM (a third of
        its start, measured with -X importtime)."""
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(self.engine)
        return self._sessions

    @property
    def path(self) -> Path | None:
        """The file; None for a database on a server (which has no file of ours)."""
        return self.location if isinstance(self.location, Path) else None

    @property
    def is_file(self) -> bool:
        """A file on this computer (ours to lock, check and back up), not a team database
        on a server (whose checks and backups are the server's). The one way to ask."""
        return isinstance(self.location, Path)

    @property
    def server(self) -> ServerAddress | None:
        return self.location if isinstance(self.location, ServerAddress) else None

    def require_sound(self) -> None:
        """Before a write: wait for a running integrity check; refuse a damaged file."""
        if self.check is not None:
            self.check.require_sound()

    def close(self) -> None:
        if self.check is not None:
            self.check.finish()  # its backup must not be cut off, nor outlive the lock
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()


def _is_sqlite(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC


def _has_tables(path: Path) -> bool:
    connection = connect_read_only(path)
    try:
        count: int = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        return count > 0
    except sqlite3.DatabaseError:
        raise NotAnIntzakenDatabaseError(path) from None
    finally:
        connection.close()


def _check_writable(path: Path, exists: bool) -> None:
    # SQLite would open a read-only file and only fail at the first save, with the user's
    # input in a form; say it now. The mode bits are checked as well as access(), because
    # access() says yes to an administrator even for a file marked read-only.
    if exists and not path.stat().st_mode & stat.S_IWUSR:
        raise ReadOnlyFileError(path)
    if exists and not os.access(path, os.W_OK):
        raise ReadOnlyFileError(path)
    folder = path.parent
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        raise ReadOnlyFileError(path, folder=True)  # no room for the journal and backups


class OpeningStep(Enum):
    """Where the opening of a file is, told to `open_database`'s `on_step` before each
    long part. Until MIGRATING nothing has been written to the file: a caller may cancel
    by raising from `on_step`; from MIGRATING on the opening must be left to finish (it
    is one transaction, and its backup is put back if it fails)."""

    CHECKING = "checking"
    BACKING_UP = "backing_up"
    MIGRATING = "migrating"


StepListener = Callable[[OpeningStep], None]


def _no_listener(_step: OpeningStep) -> None:
    pass


def open_database(
    location: Location,
    *,
    create: bool = False,
    daily_backup: bool = True,
    exclusive: bool = False,
    check_in_background: bool = False,
    on_step: StepListener = _no_listener,
) -> Database:
    """Open (or with `create`, make) the database at `location`, migrated to the current
    schema: a file, or a team database on a server (`open_server_database`).

    Nothing is written to a file that fails its integrity check or that comes from a newer
    version. Before a migration the file is copied aside; if the migration fails or leaves
    broken references, the copy is put back. With `daily_backup`, a copy is made when the
    newest one is more than a day old. With `exclusive` (the window), the file is locked
    for this process until `close()`: another instance is refused with FileInUseError.
    With `check_in_background` (the window), a file whose schema is current is handed out
    before its integrity check and daily backup, which run on a thread (Database.check);
    writes wait for the verdict through `require_sound()`. `on_step` hears of each long
    step before it starts (OpeningStep; the window shows it and may cancel).
    """
    if isinstance(location, ServerAddress):
        return open_server_database(location, create=create)
    path = location.expanduser().resolve()
    lock = None
    try:
        if exclusive and path.parent.is_dir():
            lock = InstanceLock(path)
            try:
                lock.acquire()  # before the checks, so two instances never both migrate
            except OSError as exc:
                lock = None
                if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                    raise ReadOnlyFileError(path, folder=True) from None
                raise
        database = _open(
            path,
            create=create,
            daily_backup=daily_backup,
            check_in_background=check_in_background,
            on_step=on_step,
        )
    except BaseException as exc:
        if lock is not None:
            lock.release()
        if isinstance(exc, PermissionError):
            raise  # no access at all: the caller says so in its own words
        failure = (
            storage_failure(path, exc)
            if isinstance(exc, OSError | sqlite3.Error | DBAPIError)
            else None
        )
        if failure is None:
            raise
        raise failure from exc
    database.lock = lock
    return database


def open_server_database(address: ServerAddress, *, create: bool = False) -> Database:
    """Connect to a team database, migrated to the current schema (with `create`, an empty
    database is set up). Checks, locks and backups are the server's job (store/server.py).
    Failures to reach the server or to log in come as a StoreError in Dutch."""
    from .engine import make_server_engine
    from .server import prepare
    from .server_errors import server_failure

    engine = make_server_engine(address)
    try:
        prepare(address, engine, create=create)
    except BaseException as exc:
        engine.dispose()
        failure = server_failure(address, exc)
        if failure is None:
            raise
        if failure is not exc:
            log.info("Cannot open %s: %s", address, exc)
            raise failure from exc
        raise
    return Database(location=address, engine=engine)


def _open(
    path: Path,
    *,
    create: bool,
    daily_backup: bool,
    check_in_background: bool,
    on_step: StepListener = _no_listener,
) -> Database:
    if not os.path.isdir(path.parent) and not create:  # isdir: False, not an error, on ESTALE
        raise FileUnreachableError(path)
    # A file whose content is all still in its -wal (no checkpoint yet) is not empty.
    exists = path.exists() and (path.stat().st_size > 0 or Path(f"{path}-wal").exists())
    if not exists and not create:
        raise DatabaseMissingError(path)
    if not exists:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            set_aside_orphan_journal(path)
    _check_writable(path, exists)  # first: a read-only folder makes SQLite say odd things
    if exists and path.stat().st_size > 0 and not _is_sqlite(path):
        raise NotAnIntzakenDatabaseError(path)  # a letter or a spreadsheet, not damage

    # Before anything reads a table or writes a byte: a schema of someone else's (a
    # trigger, a view for a table) would otherwise run inside our transactions.
    revision = verify_schema(path) if exists else None
    current = exists and revision == SCHEMA_REVISION
    check = None
    if current and check_in_background:
        check = SoundnessCheck(path, daily_backup=daily_backup)
    elif exists:
        on_step(OpeningStep.CHECKING)
        problems = integrity_problems(path)
        if problems:
            raise DatabaseDamagedError(path, problems)
    if not current:
        _bring_up_to_date(path, exists, revision, on_step)
    if check is None:
        mark_as_ours(path)  # known sound (or just made); a background check marks it later
    if exists and daily_backup and check is None:
        backup_if_due(path)
    engine = make_engine(path)
    database = Database(location=path, engine=engine, check=check)
    if check is not None:
        check.start()
    return database


def _bring_up_to_date(
    path: Path, exists: bool, revision: str | None, on_step: StepListener = _no_listener
) -> None:
    """Create or migrate the schema (Alembic is imported only here)."""
    from .migrations import head_revision, known_revisions

    if revision is None and exists and _has_tables(path):
        raise NotAnIntzakenDatabaseError(path)
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNewError(path, revision)
    if revision == head_revision():
        return  # SCHEMA_REVISION lags behind; tests/test_store.py says so
    migration_engine = make_engine(path, foreign_keys=False)
    try:
        _migrate(path, migration_engine, revision, on_step)
    finally:
        migration_engine.dispose()


def _migrate(
    path: Path, engine: Engine, revision: str | None, on_step: StepListener = _no_listener
) -> None:
    from .migrations import upgrade_to_head

    backup = None
    if revision is not None:
        on_step(OpeningStep.BACKING_UP)
        backup = make_backup(path, BEFORE_MIGRATION)
        log.info("Copied %s to %s before migrating from %s", path, backup, revision)
        on_step(OpeningStep.MIGRATING)  # the last moment a cancel leaves the file as it was
    try:
        upgrade_to_head(engine)
        problems = integrity_problems(path)
        if problems:
            raise RuntimeError("; ".join(problems[:5]))
    except Exception as exc:
        if backup is None:
            raise
        engine.dispose()
        restore_from(backup, path)
        raise MigrationFailedError(path, backup, str(exc)) from exc

"""Turning what SQLite and the operating system say when storage fails into Dutch.

A save can fail for reasons that have nothing to do with the input: the disk is full,
the network drive or USB stick went away, the file became read-only or another program
holds it. The caller keeps the user's input; this module only names the cause.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import (
    DatabaseDamagedError,
    DiskFullError,
    FileBusyError,
    FileUnreachableError,
    NoAccessError,
    ReadOnlyFileError,
    StoreError,
)
from .location import Location, ServerAddress

NEARLY_FULL = 16 * 1024 * 1024  # bytes free below which an I/O error means a full disk
_UNREACHABLE_ERRNOS = {
    errno.ENOENT,
    errno.EIO,
    errno.ENODEV,
    errno.ENXIO,
    getattr(errno, "ESTALE", -1),
    getattr(errno, "EHOSTDOWN", -1),
    getattr(errno, "ENOTCONN", -1),
}


def _sqlite_error(exc: BaseException) -> sqlite3.Error | None:
    # SQLAlchemy wraps the driver's error as `orig`. Not imported here: the window loads
    # SQLAlchemy only after its first paint, and no error can be SQLAlchemy's before then.
    sqlalchemy_errors = sys.modules.get("sqlalchemy.exc")
    if (
        sqlalchemy_errors is not None
        and isinstance(exc, sqlalchemy_errors.DBAPIError)
        and isinstance(exc.orig, sqlite3.Error)
    ):
        return exc.orig
    return exc if isinstance(exc, sqlite3.Error) else None


def _nearly_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < NEARLY_FULL
    except OSError:
        return False


def storage_failure(path: Path, exc: BaseException) -> StoreError | None:
    """The StoreError that explains `exc`, or None when it is not a storage problem."""
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return DiskFullError(path)
        if exc.errno == errno.EROFS:
            return ReadOnlyFileError(path)
        if exc.errno in (errno.EACCES, errno.EPERM):
            return NoAccessError(path)
        if exc.errno in _UNREACHABLE_ERRNOS:
            return FileUnreachableError(path)
        return None
    error = _sqlite_error(exc)
    if error is None:
        return None
    name = getattr(error, "sqlite_errorname", "") or ""
    if not os.path.exists(path):  # os.path: False, not an error, on a stale network mount
        # However SQLite words it, a file that has gone cannot be written.
        return FileUnreachableError(path)
    if name == "SQLITE_FULL":
        return DiskFullError(path)
    if name.startswith("SQLITE_IOERR") and _nearly_full(path):
        # Growing the -shm or -wal on a full disk fails as an I/O error, not as FULL.
        return DiskFullError(path)
    if name in ("SQLITE_READONLY_DBMOVED", "SQLITE_CANTOPEN") or name.startswith("SQLITE_IOERR"):
        return FileUnreachableError(path)
    if name.startswith("SQLITE_READONLY"):
        return ReadOnlyFileError(path)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return FileBusyError(path)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return DatabaseDamagedError(path, [str(error)])
    return None


def failure_for(location: Location, exc: BaseException) -> StoreError | None:
    """`storage_failure` for a file; for a team database, what the server or the
    connection to it says (store/server_errors.py)."""
    if isinstance(location, ServerAddress):
        from .server_errors import server_failure

        return server_failure(location, exc)
    return storage_failure(location, exc)


@contextmanager
def failures_explained(location: Location) -> Iterator[None]:
    """Work on `location` whose storage or server failures leave as a StoreError with a
    Dutch message (`failure_for`); anything else is a bug and leaves as it is."""
    try:
        yield
    except Exception as exc:
        failure = failure_for(location, exc)
        if failure is None or failure is exc:
            raise
        raise failure from exc

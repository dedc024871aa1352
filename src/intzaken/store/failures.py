"""Turning what SQLite and the operating system say when storage fails into Dutch.

A save can fail for reasons that have nothing to do with the input: the disk is full,
the network drive or USB stick went away, the file became read-only or another program
holds it. The caller keeps the user's input; this module only names the cause.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from .errors import (
    DatabaseDamagedError,
    DiskFullError,
    FileBusyError,
    FileUnreachableError,
    ReadOnlyFileError,
    StoreError,
)

_UNREACHABLE_ERRNOS = {errno.ENOENT, errno.EIO, errno.ENODEV, errno.ENXIO,
                       getattr(errno, "ESTALE", -1), getattr(errno, "EHOSTDOWN", -1),
                       getattr(errno, "ENOTCONN", -1)}


def _sqlite_error(exc: BaseException) -> sqlite3.Error | None:
    if isinstance(exc, DBAPIError) and isinstance(exc.orig, sqlite3.Error):
        return exc.orig
    return exc if isinstance(exc, sqlite3.Error) else None


def storage_failure(path: Path, exc: BaseException) -> StoreError | None:
    """The StoreError that explains `exc`, or None when it is not a storage problem."""
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return DiskFullError(path)
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return ReadOnlyFileError(path)
        if exc.errno in _UNREACHABLE_ERRNOS:
            return FileUnreachableError(path)
        return None
    error = _sqlite_error(exc)
    if error is None:
        return None
    name = getattr(error, "sqlite_errorname", "") or ""
    if not path.exists():
        # However SQLite words it, a file that has gone cannot be written.
        return FileUnreachableError(path)
    if name == "SQLITE_FULL":
        return DiskFullError(path)
    if name in ("SQLITE_READONLY_DBMOVED", "SQLITE_CANTOPEN") or name.startswith(
            "SQLITE_IOERR"):
        return FileUnreachableError(path)
    if name.startswith("SQLITE_READONLY"):
        return ReadOnlyFileError(path)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return FileBusyError(path)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return DatabaseDamagedError(path, [str(error)])
    return None

"""One writer per database file: a lock file beside it that says who holds it.

The window holds it while a file is open; every command-line command that writes to a
file (import, merge, restore, demo, init) holds it while it works. So a command never
swaps or rewrites a file under a window or another command, and the one refused is told
who holds it.

The lock is an operating-system lock on `<file>.lock` (flock on Linux and macOS, a byte
lock on Windows), so it ends with the process that held it, even one that was killed or
crashed: there are no stale locks to clean up. The file also records who holds it, so a
second instance can say whom to ask. Hand-written (some forty lines) because the lock
libraries on PyPI do not report the holder.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..i18n import _
from .errors import FileInUseError

# Byte 0 carries the Windows byte-range lock; the description of the holder follows it,
# so it stays readable while locked.
_INFO_OFFSET = 1

# What this process is, in the holder's description another process shows ("the
# window", "the command 'intzaken import'", in this process's language); set once by
# whoever starts the process.
_role = "Intzaken"


def describe_process(role: str) -> None:
    """Name what this process is for the description of locks it takes."""
    global _role
    _role = role


def lock_path(database: Path) -> Path:
    return Path(f"{database}.lock")


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _holder_description() -> str:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment (services, containers)
        user = "?"
    since = dt.datetime.now().strftime("%d-%m-%Y %H:%M")
    # In this process's language: the process refused reads it as written.
    return _("{role} (process {pid}), by {user} on {host} since {since}").format(
        role=_role, pid=os.getpid(), user=user, host=socket.gethostname(), since=since
    )


class InstanceLock:
    """Held while a window or a writing command has `database` open; `acquire` raises
    FileInUseError naming the holder."""

    def __init__(self, database: Path) -> None:
        self.path = lock_path(database)
        self.database = database
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(fd):
            os.lseek(fd, _INFO_OFFSET, os.SEEK_SET)
            holder = os.read(fd, 500).decode("utf-8", "replace").strip()
            os.close(fd)
            raise FileInUseError(self.database, holder)
        self._fd = fd
        try:
            os.ftruncate(fd, _INFO_OFFSET)
            os.lseek(fd, _INFO_OFFSET, os.SEEK_SET)
            os.write(fd, _holder_description().encode("utf-8"))
        except OSError:
            pass  # the holder's name is a courtesy; a full disk must not keep the lock

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, _INFO_OFFSET)
            if sys.platform == "win32":
                import msvcrt

                # Windows releases a byte lock at close "eventually"; unlock it now, so a
                # restore that reopens the file at once finds it free.
                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
        finally:
            os.close(fd)  # closing releases the lock on Linux and macOS
        # The empty lock file is left: removing it would race with another instance
        # that has just opened it.

    @property
    def held(self) -> bool:
        return self._fd is not None


@contextmanager
def holding(database: Path) -> Iterator[None]:
    """The lock on `database` for the duration of a `with` block (FileInUseError if
    someone else holds it)."""
    lock = InstanceLock(database)
    lock.acquire()
    try:
        yield
    finally:
        lock.release()

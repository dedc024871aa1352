"""Put a backup back into a file: nobody may have the file open meanwhile."""

from __future__ import annotations

from pathlib import Path

from ..i18n import _
from ..store.errors import StoreError
from ..store.instance_lock import InstanceLock
from ..store.location import Location
from ..store.recovery import RestoreResult, restore_backup
from .backing_up import file_only


def restore_into(location: Location, backup: Path) -> RestoreResult:
    """Replace the content of the file at `location` with `backup` (checked first by
    store/recovery.py). Refused for a team database, for a backup that is not there, and
    while a window or command has the file open (FileInUseError); then nothing changes.
    The window closes its own hold on the file before calling this."""
    path = file_only(location, _("Restoring a backup")).expanduser().resolve()
    backup = backup.expanduser()
    if not backup.exists():
        raise StoreError(backup, _("The backup {path} does not exist.").format(path=backup))
    lock = InstanceLock(path)
    lock.acquire()
    try:
        return restore_backup(path, backup)
    finally:
        lock.release()

"""Backups: the copy made before an import or merge, and the one made by hand.

Only a file has backups of ours; a team database's are the server's (pg_dump by its
administrator), which is what a refusal says.
"""

from __future__ import annotations

from pathlib import Path

from ..i18n import _
from ..store.backup import backup_to
from ..store.database import Database
from ..store.errors import DatabaseDamagedError, DatabaseMissingError, StoreError
from ..store.integrity import integrity_problems
from ..store.location import Location, ServerAddress
from ..store.rotation import BY_HAND, BackupFile, list_backups, make_backup
from ..store.schema_trust import NOT_COPIED, verify_schema
from ..store.server_errors import FileOnlyError


def file_only(location: Location, what: str) -> Path:
    """The file at `location`; a team database is refused (FileOnlyError names `what`)."""
    if isinstance(location, ServerAddress):
        raise FileOnlyError(location, what)
    return location


def backup_before(database: Database, reason: str) -> Path | None:
    """Before a use case writes: a copy of a file (None for a team database)."""
    if not database.is_file:
        return None
    return make_backup(file_only(database.location, _("Making a backup")), reason)


def back_up_open_file(database: Database) -> Path:
    """File → Back up now: the file open in the window was checked (schema and
    integrity) when it was opened; a check still running is waited for, so a damaged
    file is never copied into the backups as if it were a safe one."""
    path = file_only(database.location, _("Making a backup"))
    database.require_sound()
    return make_backup(path, BY_HAND)


def _existing_file(location: Location) -> Path:
    path = file_only(location, _("Making or showing a backup"))
    if not path.exists():
        raise DatabaseMissingError(path)
    return path


def backups_of(location: Location) -> list[BackupFile]:
    """The backups in the file's backups folder, newest first."""
    return list_backups(_existing_file(location))


def back_up_file(location: Location, target: Path | None = None) -> Path:
    """`intzaken backup`: a file not opened by us, so it is checked first. Into its
    backups folder, or to `target` (a new file). Returns where the copy is."""
    path = _existing_file(location)
    # A copy must not carry a trigger or view of someone else's on to every later restore.
    verify_schema(path, refusal=NOT_COPIED, require_revision=True)
    problems = integrity_problems(path)
    if problems:  # a copy of a damaged file would only look like a safe one
        raise DatabaseDamagedError(path, problems)
    if target is None:
        return make_backup(path, BY_HAND)
    target = target.expanduser().resolve()
    if target.exists():
        raise StoreError(
            target, _("{path} already exists; choose a new file name.").format(path=target)
        )
    backup_to(path, target)
    return target

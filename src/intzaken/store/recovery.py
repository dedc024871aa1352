"""Putting a backup back: what a copy holds, the newest sound one, and the restore itself.

A restore never loses anything: the current file is first copied aside (a sound file as a
`voor-terugzetten` backup, a damaged one moved whole to a `-beschadigd-` name, never
written to), then the backup's content is copied in with SQLite's backup API.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from ..i18n import ngettext
from .backup import backup_to, move_journal_aside, restore_from
from .errors import (
    DatabaseDamagedError,
    DatabaseTooNewError,
    NotAnIntzakenDatabaseError,
    SameFileError,
)
from .integrity import integrity_problems
from .migrations import known_revisions
from .read_only import connect_read_only
from .rotation import (
    BEFORE_RESTORE,
    BackupFile,
    backup_name,
    backups_folder,
    list_backups,
    make_backup,
    set_aside_orphan_journal,
)
from .schema_trust import RESTORED, verify_schema

log = logging.getLogger(__name__)

DAMAGED = "beschadigd"  # the reason in the name of a damaged file set aside

# What a summary counts, in the order it is shown: (table, key in `counts`). The keys
# are the registers' Dutch names, which callers (and tests) look the counts up by; what
# is shown is `contents()`, in the current language.
COUNTED = (
    ("trips", "reizen"),
    ("relations", "relaties"),
    ("networks", "netwerken"),
    ("agreements", "overeenkomsten"),
    ("officials", "bestuurders"),
    ("budget_lines", "begrotingsposten"),
)


def counted_records(table: str, count: int) -> str:
    """`32 trips` for a table of COUNTED, in the current language."""
    phrases = {
        "trips": ngettext("{count} trip", "{count} trips", count),
        "relations": ngettext("{count} relation", "{count} relations", count),
        "networks": ngettext("{count} network", "{count} networks", count),
        "agreements": ngettext("{count} agreement", "{count} agreements", count),
        "officials": ngettext("{count} official", "{count} officials", count),
        "budget_lines": ngettext("{count} budget line", "{count} budget lines", count),
    }
    return phrases[table].format(count=count)


@dataclass(frozen=True)
class BackupSummary:
    """What a database file holds, read without changing it."""

    path: Path
    organisation: str
    revision: str | None
    counts: dict[str, int] = field(default_factory=dict)  # key of COUNTED -> rows
    latest_trip: dt.date | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        return not self.problems

    def contents(self) -> str:
        """`32 trips, 41 relations, …` for messages and the restore dialog."""
        tables = {key: table for table, key in COUNTED}
        return ", ".join(counted_records(tables[key], n) for key, n in self.counts.items())


def summarise(path: Path) -> BackupSummary:
    """Organisation, schema version and record counts of the file at `path`.

    Raises NotAnIntzakenDatabaseError for a file that is not one of ours, ForeignSchemaError
    (one) for a file without a schema version or whose schema is not the one Intzaken
    makes; damage is reported in `problems` (and then nothing else is read from it).
    """
    # The schema first: SQLite's own checks stumble over a view where a table should be.
    try:
        revision = verify_schema(path, refusal=RESTORED, require_revision=True)
    except DatabaseDamagedError as exc:
        return BackupSummary(path, "", None, problems=exc.details)
    problems = integrity_problems(path)
    if problems:
        return BackupSummary(path, "", None, problems=problems)
    connection = connect_read_only(path)
    try:
        organisation = connection.execute("SELECT name FROM organisations LIMIT 1").fetchone()
        counts = {
            name: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table, name in COUNTED
        }
        latest = connection.execute("SELECT max(start_date) FROM trips").fetchone()[0]
    except sqlite3.DatabaseError:
        raise NotAnIntzakenDatabaseError(path) from None
    finally:
        connection.close()
    return BackupSummary(
        path,
        organisation[0] if organisation else "",
        revision,
        counts,
        dt.date.fromisoformat(latest) if latest else None,
    )


def newest_sound_backup(database: Path) -> tuple[BackupFile, BackupSummary] | None:
    """The most recent copy of `database` that passes the integrity check."""
    for backup in list_backups(database):
        try:
            summary = summarise(backup.path)
        except (NotAnIntzakenDatabaseError, sqlite3.Error):
            continue  # not ours, or unreadable just now: look at the next one
        if summary.sound:
            return backup, summary
    return None


def set_aside_damaged(database: Path, *, now: dt.datetime | None = None) -> Path:
    """Move a damaged file (with its journal) out of the way, untouched, for inspection."""
    folder = backups_folder(database)
    folder.mkdir(parents=True, exist_ok=True)
    # Named as the backups are, but with a reason the rotation neither lists nor removes
    # (part of the file name: Dutch in either language, as the rotation's reasons are).
    target = folder / backup_name(database, now or dt.datetime.now(), DAMAGED)
    # The journal first: a journal left behind would be replayed over whatever file
    # comes to stand at this path next.
    move_journal_aside(database, folder, target.name)
    os.replace(database, target)
    log.warning("Damaged file %s moved to %s", database, target)
    return target


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupSummary
    previous: Path | None  # where the file as it was before now is
    previous_damaged: bool


def restore_backup(database: Path, backup: Path) -> RestoreResult:
    """Replace the content of `database` with that of `backup` (nobody may have it open).

    The backup is checked first; a damaged or foreign one (not ours, without a schema
    version, or with a schema that is not ours) is refused and nothing changes.
    """
    backup = backup.expanduser().resolve()
    database = database.expanduser().resolve()
    summary = summarise(backup)
    if not summary.sound:
        raise DatabaseDamagedError(backup, summary.problems)
    if backup == database:
        raise SameFileError(backup)
    if summary.revision is not None and summary.revision not in known_revisions():
        raise DatabaseTooNewError(backup, summary.revision)
    previous: Path | None = None
    damaged = False
    if database.exists() and database.stat().st_size > 0:
        if integrity_problems(database):
            previous, damaged = set_aside_damaged(database), True
        else:
            # No thinning out now: it could remove the very copy being restored.
            previous = make_backup(database, BEFORE_RESTORE, thin_out=False)
    if database.exists():
        # Through SQLite, so a -wal beside the file is folded in and cannot replay
        # stale pages over the restored content.
        restore_from(backup, database)
    else:
        set_aside_orphan_journal(database)
        backup_to(backup, database)
    log.info("Restored %s from %s (previous content: %s)", database, backup, previous)
    return RestoreResult(summary, previous, damaged)

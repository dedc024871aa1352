"""Automatic backups beside the database and which of them are kept.

Copies go into `<name>-backups/` beside the file (so they travel with it) and are named
`<name>-<YYYYMMDD-HHMMSS>-<reason>.sqlite`, so their time and cause can be read from the
name alone, also by a person looking in the folder. Automatic copies are thinned out: all
of the last day, then the newest of each of the last seven days and of each of the last
eight weeks. Copies the user made by hand are never removed.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .backup import backup_to, move_journal_aside

log = logging.getLogger(__name__)

DAILY = "dagelijks"
BEFORE_MIGRATION = "voor-migratie"
BEFORE_IMPORT = "voor-import"
BEFORE_RESTORE = "voor-terugzetten"
BEFORE_DEMO = "voor-demo"
BEFORE_MERGE = "voor-reiskopie"  # before a travel copy is merged back
BY_HAND = "handmatig"
REASONS = (
    DAILY,
    BEFORE_MIGRATION,
    BEFORE_IMPORT,
    BEFORE_RESTORE,
    BEFORE_DEMO,
    BEFORE_MERGE,
    BY_HAND,
)

KEEP_ALL_WITHIN = dt.timedelta(days=1)
KEEP_DAYS = 7
KEEP_WEEKS = 8
DUE_AFTER = dt.timedelta(days=1)

_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z-]+?)(?:-\d+)?$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: dt.datetime
    reason: str

    @property
    def automatic(self) -> bool:
        return self.reason != BY_HAND


def _key(database: Path) -> str:
    # Our files end in .sqlite; a file named otherwise keeps its suffix in the key, so
    # werk.sqlite and werk.db beside each other never share (or prune) each other's copies.
    return database.stem if database.suffix == ".sqlite" else database.name


def backups_folder(path: Path) -> Path:
    """Where copies of `path` are kept: a folder beside it, so they travel together."""
    return path.parent / f"{_key(path)}-backups"


def backup_name(database: Path, taken_at: dt.datetime, reason: str, number: int = 1) -> str:
    # A second copy within the same second (a quick second import) gets a number.
    count = f"-{number}" if number > 1 else ""
    return f"{_key(database)}-{taken_at.strftime(_STAMP)}-{reason}{count}.sqlite"


def _parse(database: Path, candidate: Path) -> BackupFile | None:
    match = _NAME.match(candidate.stem)
    if candidate.suffix != ".sqlite" or match is None or match["stem"] != _key(database):
        return None
    if match["reason"] not in REASONS:
        return None
    try:
        taken_at = dt.datetime.strptime(match["stamp"], _STAMP)
    except ValueError:
        return None
    return BackupFile(candidate, taken_at, match["reason"])


def list_backups(database: Path) -> list[BackupFile]:
    """The copies of `database` in its backups folder, newest first."""
    folder = backups_folder(database)
    if not folder.is_dir():
        return []
    found = (_parse(database, candidate) for candidate in folder.iterdir())
    return sorted((b for b in found if b is not None), key=lambda b: b.taken_at, reverse=True)


def make_backup(
    database: Path, reason: str, *, now: dt.datetime | None = None, thin_out: bool = True
) -> Path:
    """A consistent copy of `database` in its backups folder, then (with `thin_out`)
    remove old copies the rotation no longer keeps."""
    now = now or dt.datetime.now()
    folder = backups_folder(database)
    number = 1
    while (target := folder / backup_name(database, now, reason, number)).exists():
        number += 1
    backup_to(database, target)
    log.info("Backup of %s (%s) written to %s", database, reason, target)
    if thin_out:
        prune(database, now=now)
    return target


def set_aside_orphan_journal(database: Path, *, now: dt.datetime | None = None) -> None:
    """Move a -wal/-shm left at `database`'s path (its file moved or removed) into the
    backups folder, before a new file comes to stand there and SQLite replays it."""
    stamp = (now or dt.datetime.now()).strftime(_STAMP)
    move_journal_aside(database, backups_folder(database), f"verweesd-{stamp}")


def backup_if_due(database: Path, *, now: dt.datetime | None = None) -> Path | None:
    """The daily copy at open: only when the newest copy is more than a day old."""
    now = now or dt.datetime.now()
    newest = next(iter(list_backups(database)), None)
    # A copy dated after now (the clock was wrong, or moved back) says nothing about
    # how old the newest real copy is: make one.
    if newest is not None and dt.timedelta(0) <= now - newest.taken_at < DUE_AFTER:
        return None
    return make_backup(database, DAILY, now=now)


def to_remove(backups: Iterable[BackupFile], now: dt.datetime) -> list[BackupFile]:
    """Which automatic copies the rotation drops (see the module's description)."""
    automatic = sorted((b for b in backups if b.automatic), key=lambda b: b.taken_at, reverse=True)
    keep: set[Path] = set()
    days: list[dt.date] = []
    weeks: list[tuple[int, int]] = []
    for backup in automatic:  # newest first, so the first of each day/week is its newest
        if now - backup.taken_at <= KEEP_ALL_WITHIN:
            keep.add(backup.path)
        day = backup.taken_at.date()
        if day not in days and len(days) < KEEP_DAYS:
            days.append(day)
            keep.add(backup.path)
        iso = backup.taken_at.isocalendar()
        week = (iso.year, iso.week)
        if week not in weeks and len(weeks) < KEEP_WEEKS:
            weeks.append(week)
            keep.add(backup.path)
    return [b for b in automatic if b.path not in keep]


def prune(database: Path, *, now: dt.datetime | None = None) -> list[Path]:
    removed = []
    for backup in to_remove(list_backups(database), now or dt.datetime.now()):
        try:
            backup.path.unlink()
            removed.append(backup.path)
        except OSError as exc:  # a copy open elsewhere: try again next time
            log.warning("Could not remove old backup %s: %s", backup.path, exc)
    return removed

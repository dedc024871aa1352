"""`intzaken backup` and `intzaken restore`: copies of the file and putting one back."""

from __future__ import annotations

import argparse
from typing import TextIO

from ..formatting import date_time
from ..i18n import N_, _
from ..operations.backing_up import back_up_file, backups_of
from ..operations.restoring import restore_into
from ..store import rotation
from ..store.location import Location
from ..store.recovery import summarise

# Why a copy was made, as `backup --list` shows it. The reason in the file name is Dutch
# (store/rotation.py); the Dutch words shown are that reason itself.
REASONS = {
    rotation.DAILY: N_("daily"),
    rotation.BEFORE_MIGRATION: N_("before-migration"),
    rotation.BEFORE_IMPORT: N_("before-import"),
    rotation.BEFORE_RESTORE: N_("before-restore"),
    rotation.BEFORE_DEMO: N_("before-demo"),
    rotation.BEFORE_MERGE: N_("before-travel-copy"),
    rotation.BY_HAND: N_("by-hand"),
}


def run_backup(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    if args.list:
        return _list(database, out)
    target = back_up_file(database, args.out)
    written = _("Backup written to {path} ({contents}).")
    out.write(written.format(path=target, contents=summarise(target).contents()) + "\n")
    return 0


def _list(database: Location, out: TextIO) -> int:
    backups = backups_of(database)
    if not backups:
        out.write(_("There are no backups of {database} yet.").format(database=database) + "\n")
        return 0
    for backup in backups:
        reason = _(REASONS[backup.reason]) if backup.reason in REASONS else backup.reason
        out.write(f"{date_time(backup.taken_at):<28} {reason:<17} {backup.path}\n")
    return 0


def run_restore(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    source = args.file.expanduser()
    result = restore_into(database, source)  # refused while a window has the file open
    summary = result.restored
    restored = _("Restored from {path}: {contents}.")
    out.write(restored.format(path=source.resolve(), contents=summary.contents()) + "\n")
    if result.previous is not None:
        kept = (
            _("The damaged file has been set aside as {path}.")
            if result.previous_damaged
            else _("The previous content has been kept as {path}.")
        )
        out.write(kept.format(path=result.previous) + "\n")
    return 0

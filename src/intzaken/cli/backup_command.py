"""`intzaken backup` and `intzaken restore`: copies of the file and putting one back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from ..formatting import date_time
from ..store.backup import backup_to
from ..store.errors import DatabaseDamagedError, DatabaseMissingError, StoreError
from ..store.instance_lock import InstanceLock
from ..store.integrity import integrity_problems
from ..store.location import Location, ServerAddress
from ..store.recovery import restore_backup, summarise
from ..store.rotation import BY_HAND, list_backups, make_backup
from ..store.schema_trust import NOT_COPIED, verify_schema
from ..store.server_errors import FileOnlyError


def add_backup_parsers(sub: Any, db: argparse.ArgumentParser) -> None:
    backup = sub.add_parser(
        "backup", parents=[db], help="maak een back-up of toon de back-ups",
        description="Maak een consistente kopie van het databasebestand (ook terwijl het "
                    "open is in het venster). Zonder --out komt de kopie in de map "
                    "<naam>-backups naast het bestand.")
    backup.add_argument("--out", type=Path, metavar="BESTAND",
                        help="waar de kopie komt (een nieuw bestand)")
    backup.add_argument("--list", action="store_true",
                        help="toon de back-ups in de back-upmap, nieuwste eerst")

    restore = sub.add_parser(
        "restore", parents=[db], help="zet een back-up terug",
        description="Zet een back-up terug in het databasebestand. De huidige inhoud wordt "
                    "eerst zelf als back-up bewaard; een beschadigd bestand wordt "
                    "onaangeroerd opzij gezet.")
    restore.add_argument("file", type=Path, metavar="BESTAND", help="de back-up")


def _file_only(database: Location, what: str) -> Path:
    """A team database's backups are the server's (pg_dump): refuse it, saying so."""
    if isinstance(database, ServerAddress):
        raise FileOnlyError(database, what)
    return database


def run_backup(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    database = _file_only(database, "Een back-up maken of tonen")
    if not database.exists():
        raise DatabaseMissingError(database)
    if args.list:
        return _list(database, out)
    # A copy must not carry a trigger or view of someone else's on to every later restore.
    verify_schema(database, refusal=NOT_COPIED, require_revision=True)
    problems = integrity_problems(database)
    if problems:  # a copy of a damaged file would only look like a safe one
        raise DatabaseDamagedError(database, problems)
    if args.out is not None:
        target = args.out.expanduser().resolve()
        if target.exists():
            raise StoreError(target, f"{target} bestaat al; kies een nieuwe bestandsnaam.")
        backup_to(database, target)
    else:
        target = make_backup(database, BY_HAND)
    out.write(f"Back-up geschreven naar {target} ({summarise(target).contents()}).\n")
    return 0


def _list(database: Path, out: TextIO) -> int:
    backups = list_backups(database)
    if not backups:
        out.write(f"Er zijn nog geen back-ups van {database}.\n")
        return 0
    for backup in backups:
        out.write(f"{date_time(backup.taken_at):<28} {backup.reason:<17} {backup.path}\n")
    return 0


def run_restore(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    database = _file_only(database, "Een back-up terugzetten")
    source = args.file.expanduser()
    if not source.exists():
        raise StoreError(source, f"De back-up {source} bestaat niet.")
    lock = InstanceLock(database.expanduser().resolve())
    lock.acquire()  # refused while a window has the file open
    try:
        result = restore_backup(database, source)
    finally:
        lock.release()
    summary = result.restored
    out.write(f"Teruggezet uit {source.resolve()}: {summary.contents()}.\n")
    if result.previous is not None:
        what = ("Het beschadigde bestand is opzij gezet als" if result.previous_damaged
                else "De vorige inhoud is bewaard als")
        out.write(f"{what} {result.previous}.\n")
    return 0

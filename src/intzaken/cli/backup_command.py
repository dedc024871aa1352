"""`intzaken backup` and `intzaken restore`: copies of the file and putting one back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from ..formatting import date_time
from ..operations.backing_up import back_up_file, backups_of
from ..operations.restoring import restore_into
from ..store.location import Location
from ..store.recovery import summarise


def add_backup_parsers(sub: Any, db: argparse.ArgumentParser) -> None:
    backup = sub.add_parser(
        "backup",
        parents=[db],
        help="maak een back-up of toon de back-ups",
        description="Maak een consistente kopie van het databasebestand (ook terwijl het "
        "open is in het venster). Zonder --out komt de kopie in de map "
        "<naam>-backups naast het bestand.",
    )
    backup.add_argument(
        "--out", type=Path, metavar="BESTAND", help="waar de kopie komt (een nieuw bestand)"
    )
    backup.add_argument(
        "--list", action="store_true", help="toon de back-ups in de back-upmap, nieuwste eerst"
    )

    restore = sub.add_parser(
        "restore",
        parents=[db],
        help="zet een back-up terug",
        description="Zet een back-up terug in het databasebestand. De huidige inhoud wordt "
        "eerst zelf als back-up bewaard; een beschadigd bestand wordt "
        "onaangeroerd opzij gezet.",
    )
    restore.add_argument("file", type=Path, metavar="BESTAND", help="de back-up")


def run_backup(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    if args.list:
        return _list(database, out)
    target = back_up_file(database, args.out)
    out.write(f"Back-up geschreven naar {target} ({summarise(target).contents()}).\n")
    return 0


def _list(database: Location, out: TextIO) -> int:
    backups = backups_of(database)
    if not backups:
        out.write(f"Er zijn nog geen back-ups van {database}.\n")
        return 0
    for backup in backups:
        out.write(f"{date_time(backup.taken_at):<28} {backup.reason:<17} {backup.path}\n")
    return 0


def run_restore(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    source = args.file.expanduser()
    result = restore_into(database, source)  # refused while a window has the file open
    summary = result.restored
    out.write(f"Teruggezet uit {source.resolve()}: {summary.contents()}.\n")
    if result.previous is not None:
        what = (
            "Het beschadigde bestand is opzij gezet als"
            if result.previous_damaged
            else "De vorige inhoud is bewaard als"
        )
        out.write(f"{what} {result.previous}.\n")
    return 0

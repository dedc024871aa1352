"""`intzaken travel-copy ...` and `intzaken merge ...`: take a travel copy along, and
merge it back into the team database."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from ..operations.merging import apply_planned
from ..operations.travel_copying import take_travel_copy
from ..store.database import open_database
from ..store.errors import StoreError
from ..store.location import Location
from ..store.reading import open_for_reading
from ..store.server_limits import allow_long_work
from ..travel.merge_plan import Choices, MergePlan, Side, settle
from ..travel.planning import plan_merge
from ..travel.summary import counted, dropped_heading, plan_lines

EXIT_OK, EXIT_OPEN_QUESTIONS = 0, 1
# --prefer mine|theirs and --deletions delete|keep: the copy's way, or the team's.
SIDES = {"mine": Side.MINE, "theirs": Side.THEIRS, "delete": Side.MINE, "keep": Side.THEIRS}


def add_travel_parsers(sub: Any, db: argparse.ArgumentParser) -> None:
    copy = sub.add_parser(
        "travel-copy",
        parents=[db],
        help="neem een reiskopie mee op reis",
        description="Schrijf een reiskopie: een eigen databasebestand dat zonder netwerk "
        "in Intzaken opent. Zonder --trip staat alles erin; met --trip wat die "
        "reis nodig heeft: de reis, de relaties op haar bestemmingen, hun "
        "overeenkomsten, de netwerken van de reis en van de reizigers, de "
        "contactpersonen, eerdere bezoeken aan dezelfde bestemmingen en alles "
        "waar die naar verwijzen. Zet de kopie daarna terug met 'merge'.",
    )
    copy.add_argument(
        "--trip",
        type=int,
        metavar="NUMMER",
        help="alleen wat deze reis nodig heeft (het nummer uit 'list trips')",
    )
    copy.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="BESTAND",
        help="het nieuwe bestand, bijvoorbeeld reiskopie.sqlite",
    )
    copy.add_argument("--force", action="store_true", help="vervang een bestaand bestand")

    merge = sub.add_parser(
        "merge",
        parents=[db],
        help="zet een reiskopie terug in de teamdatabase",
        description="Zet de wijzigingen uit een reiskopie terug in de teamdatabase (--db). "
        "Wat alleen in de reiskopie of alleen in de teamdatabase is gewijzigd, "
        "gaat vanzelf. Wat aan beide kanten verschillend is gewijzigd, is een "
        "conflict: zolang er een open staat, wordt er niets geschreven en is de "
        "exitstatus 1. Alles of niets, in één transactie, na een back-up.",
    )
    merge.add_argument("file", type=Path, metavar="BESTAND", help="de reiskopie")
    merge.add_argument(
        "--prefer",
        choices=("mine", "theirs"),
        help="los elk conflict op met de waarde uit de reiskopie (mine) of "
        "uit de teamdatabase (theirs)",
    )
    merge.add_argument(
        "--deletions",
        choices=("delete", "keep"),
        help="wat in de reiskopie is verwijderd: ook in de teamdatabase "
        "verwijderen (delete) of daar bewaren (keep)",
    )
    merge.add_argument(
        "--dry-run", action="store_true", help="alleen tonen wat er zou gebeuren; niets schrijven"
    )


def run_travel_copy(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    target: Path = args.out
    if target.exists() and not args.force:
        raise StoreError(
            target, f"{target} bestaat al; kies een andere naam of vervang het met --force."
        )
    opened = open_for_reading(database)  # the source is only read
    try:
        with allow_long_work(opened.sessions()) as session:
            summary = take_travel_copy(session, target, trip_id=args.trip, replace=args.force)
    finally:
        opened.close()
    scope = "met alles" if summary.trip_title is None else f"voor reis '{summary.trip_title}'"
    contents = ", ".join(
        counted(count, register)
        for register, count in summary.counts.items()
        if count and register != "organisation"
    )
    out.write(f"Reiskopie {scope} geschreven naar {summary.path}: {contents}.\n")
    return EXIT_OK


def run_merge(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    err = sys.stderr
    # Exclusive: no other writer meanwhile. No daily backup: the merge makes its own just
    # before it writes, and a copy refused for what it holds leaves the folder untouched.
    opened = open_database(database, exclusive=True, daily_backup=False)
    try:
        with allow_long_work(opened.sessions()) as session:
            plan = plan_merge(session, args.file)
            choices = settle(
                plan, prefer=SIDES.get(args.prefer), deletions=SIDES.get(args.deletions)
            )
            for line in plan_lines(plan, choices):
                out.write(line + "\n")
            if not _answered(plan, choices, err):
                return EXIT_OPEN_QUESTIONS
            if args.dry_run:
                out.write("Proefronde: er is niets geschreven.\n")
                return EXIT_OK
            outcome = apply_planned(opened, session, plan, choices)
    finally:
        opened.close()
    if outcome.backup is not None:
        out.write(f"Back-up gemaakt: {outcome.backup}\n")
    result = outcome.result
    dropped = f"; {dropped_heading(len(result.dropped))} (zie hierboven)" if result.dropped else ""
    out.write(
        f"Teruggezet: {result.added} toegevoegd, {result.changed} gewijzigd, "
        f"{result.deleted} verwijderd; {result.history} wijzigingen uit de "
        f"geschiedenis van de reiskopie overgenomen{dropped}.\n"
    )
    if outcome.not_marked is not None:
        err.write(
            f"Let op: de reiskopie kon niet als teruggezet worden gemarkeerd "
            f"({outcome.not_marked}). De teamdatabase weet wel dat hij is "
            "teruggezet.\n"
        )
    return EXIT_OK


def _answered(plan: MergePlan, choices: Choices, err: TextIO) -> bool:
    """Whether every conflict and deletion is decided; if not, say what is open."""
    unresolved, unconfirmed = plan.unresolved(choices), plan.unconfirmed(choices)
    if not unresolved and not unconfirmed:
        return True
    err.write("Er is niets teruggezet.\n")
    if unresolved:
        err.write(
            f"- {len(unresolved)} "
            f"{'conflict is' if len(unresolved) == 1 else 'conflicten zijn'} nog niet "
            "opgelost. Kies met --prefer mine (de reiskopie) of --prefer theirs (de "
            "teamdatabase), of zet de kopie terug in het venster om per veld te "
            "kiezen.\n"
        )
    if unconfirmed:
        err.write(
            f"- {len(unconfirmed)} "
            f"{'verwijdering is' if len(unconfirmed) == 1 else 'verwijderingen zijn'} "
            "niet bevestigd. Verwijder ook in de teamdatabase met --deletions delete, "
            "of bewaar daar met --deletions keep.\n"
        )
    return False

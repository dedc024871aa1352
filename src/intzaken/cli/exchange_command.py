"""`intzaken export ...` and `intzaken import ...`: registers to and from Excel, CSV and
iCalendar files."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from ..exchange import (
    PUBLIC_REGISTERS,
    REGISTERS,
    ImportCounts,
    ImportPlan,
    ImportRefused,
    plan_import,
)
from ..exchange.conflicts import Keep
from ..exchange.dispatch import ExportChoiceError, export_to
from ..exchange.programme_ics import export_programme_ics
from ..i18n import _, ngettext
from ..operations.importing import apply_planned
from ..store.database import Database, open_database
from ..store.errors import StoreError
from ..store.location import Location
from ..store.reading import open_for_reading
from ..store.server_limits import allow_long_work

EXIT_OK, EXIT_PROBLEMS = 0, 1
PROGRAMME = "programme"  # not a register: one trip's programme, as calendar events


def add_exchange_parsers(sub: Any, db: argparse.ArgumentParser) -> None:
    export = sub.add_parser(
        "export",
        parents=[db],
        help="schrijf registers naar Excel, CSV of iCalendar",
        description="Schrijf een register, of alle registers, naar een Excel-werkmap (één "
        "blad per register), naar CSV, of de reizen naar een iCalendar-bestand "
        "(.ics) voor Outlook. De werkmap is ook het sjabloon voor 'import'.",
    )
    export.add_argument(
        "register",
        nargs="?",
        choices=(*PUBLIC_REGISTERS, PROGRAMME),
        help="welk register (standaard alle), of 'programme' met --id: het programma van "
        "een reis als agenda-items (--format ics)",
    )
    export.add_argument(
        "--id", dest="trip_id", type=int, metavar="N", help="nummer van de reis (bij programme)"
    )
    export.add_argument(
        "--format",
        choices=("xlsx", "csv", "ics"),
        default="xlsx",
        help="xlsx (standaard), csv of ics (alleen reizen)",
    )
    export.add_argument(
        "--out",
        type=Path,
        metavar="BESTAND",
        help="waar het bestand komt; bij csv zonder register een map met één bestand per blad",
    )
    export.add_argument(
        "--empty",
        action="store_true",
        help="alleen de kolomkoppen: een leeg sjabloon om in te vullen",
    )
    export.add_argument(
        "--year", type=int, metavar="JAAR", help="alleen de reizen van dit jaar (bij --format ics)"
    )

    imported = sub.add_parser(
        "import",
        parents=[db],
        help="lees registers in uit Excel of CSV",
        description="Lees een Excel-werkmap of CSV-bestand (zoals 'export' ze schrijft) in. "
        "Alles of niets: bij één probleem wordt niets geschreven en staat elk "
        "probleem met blad, rij en kolom in de uitvoer. Vooraf wordt een "
        "back-up van de database gemaakt.",
    )
    imported.add_argument(
        "file",
        type=Path,
        metavar="BESTAND",
        help="een .xlsx-werkmap, een .csv-bestand of een map met .csv-bestanden",
    )
    imported.add_argument(
        "--dry-run",
        action="store_true",
        help="alleen controleren en tonen wat er zou gebeuren; niets schrijven",
    )
    # Named as merge's --prefer: which side wins where both changed a record.
    imported.add_argument(
        "--prefer",
        choices=tuple(Keep),
        help="wat een collega na de export aan een record wijzigde en het "
        "bestand anders zegt (een conflict): houd de database aan "
        "(database) of neem het bestand over (file)",
    )


def _default_out(register: str | None, kind: str) -> Path:
    name = f"intzaken-{register or 'alle-registers'}"
    return Path.cwd() / (name if kind == "csv" and register is None else f"{name}.{kind}")


def _export_programme(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    """`export programme --id N --format ics`: one calendar event per programme item."""
    if args.trip_id is None:
        raise StoreError(database, _("Give the trip's number with --id N."))
    if args.format != "ics":
        raise StoreError(database, _("A programme is exported as a calendar: add --format ics."))
    target = args.out or Path.cwd() / _("programme-{id}.ics").format(id=args.trip_id)
    opened = open_for_reading(database)
    try:
        with opened.sessions() as session:
            try:
                count = export_programme_ics(session, args.trip_id, target)
            except OSError as exc:
                raise StoreError(
                    target,
                    _("{target} cannot be written: {error}").format(
                        target=target, error=exc.strerror or exc
                    ),
                ) from exc
    finally:
        opened.close()
    out.write(
        ngettext(
            "Calendar with {count} programme item written to {target}",
            "Calendar with {count} programme items written to {target}",
            count,
        ).format(count=count, target=target.resolve())
        + "\n"
    )
    return EXIT_OK


def run_export(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    if args.register == PROGRAMME:
        return _export_programme(args, database, out)
    target = args.out or _default_out(args.register, args.format)
    opened = open_for_reading(database)
    try:
        with allow_long_work(opened.sessions()) as session:
            try:
                count = export_to(
                    session, target, args.format, args.register, empty=args.empty, year=args.year
                )
            except ExportChoiceError as exc:
                raise StoreError(database, str(exc)) from exc
            except OSError as exc:
                raise StoreError(
                    target, f"{target} kan niet worden geschreven: {exc.strerror or exc}"
                ) from exc
    finally:
        opened.close()
    if args.format == "ics":
        what = f"iCalendar-bestand met {count} reizen"
    elif args.format == "xlsx":
        what = "Excel-werkmap"
    else:
        what = f"map met {count} CSV-bestanden" if args.register is None else "CSV-bestand"
    template = " (leeg sjabloon)" if args.empty else ""
    out.write(f"{what}{template} geschreven naar {target.resolve()}\n")
    return EXIT_OK


def _counts_line(register: str, counts: ImportCounts) -> str:
    return (
        f"  {REGISTERS[register].noun}: {counts.new} nieuw, {counts.changed} gewijzigd, "
        f"{counts.unchanged} ongewijzigd\n"
    )


CHOSEN = {
    Keep.DATABASE: "de database blijft zoals hij is",
    Keep.FILE: "het bestand wordt overgenomen",
    None: "nog niet gekozen",
}


def _print_plan(plan: ImportPlan, out: TextIO, err: TextIO) -> None:
    out.write(f"Bestand {plan.path}:\n")
    for register, counts in plan.counts.items():
        out.write(_counts_line(register, counts))
    _print_problems(plan.problems, err)
    if plan.problems:
        return
    for conflict in plan.conflicts:
        out.write(f"Conflict: {conflict.describe()}\n")
        for difference in conflict.differences:
            out.write(
                f"  {difference.heading}: in het bestand {_shown(difference.in_file)}, "
                f"in de database {_shown(difference.in_database)}\n"
            )
        out.write(f"  Keuze: {CHOSEN[conflict.choice]}.\n")
    if plan.open_conflicts:
        count = len(plan.open_conflicts)
        err.write(
            f"Er is niets ingelezen: {count} "
            f"{'conflict is' if count == 1 else 'conflicten zijn'} nog niet opgelost. "
            "Kies met --prefer database (de latere wijziging in de database blijft) of "
            "--prefer file (het bestand gaat voor), of lees het bestand in het venster "
            "in om per record te kiezen.\n"
        )


def _shown(text: str) -> str:
    return f"'{text}'".replace("\n", " | ") if text else "(leeg)"


def _print_problems(problems: list[Any], err: TextIO) -> None:
    if problems:
        count = len(problems)
        err.write(f"Er is niets ingelezen: {count} {'probleem' if count == 1 else 'problemen'}.\n")
        for problem in problems:
            err.write(f"- {problem}\n")


def _apply(opened: Database, session: Any, plan: ImportPlan, out: TextIO, err: TextIO) -> int:
    try:
        outcome = apply_planned(opened, session, plan)
    except ImportRefused as exc:
        # The database changed between planning and writing; nothing is committed.
        _print_problems(exc.problems, err)
        return EXIT_PROBLEMS
    if outcome.backup is not None:
        out.write(f"Back-up gemaakt: {outcome.backup}\n")
    out.write(f"Ingelezen: {outcome.written} records nieuw of gewijzigd.\n")
    return EXIT_OK


def run_import(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    import sys

    err = sys.stderr
    opened = open_database(database, exclusive=True)  # no other writer meanwhile
    try:
        # Plan and apply in one transaction: apply then commits what the plan already
        # wrote and checked (exchange/kept_plan.py) instead of doing it all again.
        # Leaving the session without commit rolls the plan back.
        with allow_long_work(opened.sessions()) as session:
            prefer = Keep(args.prefer) if args.prefer else None
            plan = plan_import(session, args.file, prefer=prefer)
            _print_plan(plan, out, err)
            if not plan.ok:
                return EXIT_PROBLEMS
            if args.dry_run:
                out.write("Proefronde: er is niets geschreven.\n")
                return EXIT_OK
            if not any(c.written for c in plan.counts.values()):
                out.write("Niets te doen: alles in het bestand staat al zo in de database.\n")
                return EXIT_OK
            return _apply(opened, session, plan, out, err)
    finally:
        opened.close()

"""`intzaken export ...` and `intzaken import ...`: registers to and from Excel, CSV and
iCalendar files."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

from ..exchange import (
    REGISTERS,
    ImportCounts,
    ImportPlan,
    ImportRefused,
    plan_import,
)
from ..exchange.conflicts import Keep
from ..exchange.country_facts_sheet import COUNTRY_FACTS
from ..exchange.dispatch import ExportChoiceError, export_to
from ..exchange.problems import counts_after_correction, refusal_summary
from ..exchange.programme_ics import export_programme_ics
from ..i18n import N_, _, current_language, ngettext
from ..operations.importing import apply_planned
from ..registers import NOUNS
from ..store.database import Database, open_database
from ..store.errors import StoreError
from ..store.location import Location
from ..store.reading import open_for_reading
from ..store.server_limits import allow_long_work
from .parsers.exchange import OPEN_DATA, PROGRAMME

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

EXIT_OK, EXIT_PROBLEMS = 0, 1
T = TypeVar("T")


def _default_out(register: str | None, kind: str) -> Path:
    name = "intzaken-" + (register or _("all-registers"))
    return Path.cwd() / (name if kind == "csv" and register is None else f"{name}.{kind}")


def _export_programme(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    """`export programme --id N --format ics`: one calendar event per programme item."""
    if args.trip_id is None:
        raise StoreError(database, _("Give the trip's number with --id N."))
    if args.format != "ics":
        raise StoreError(database, _("A programme is exported as a calendar: add --format ics."))
    target = args.out or Path.cwd() / _("programme-{id}.ics").format(id=args.trip_id)
    count = write_from(
        database, target, lambda session: export_programme_ics(session, args.trip_id, target)
    )
    out.write(
        ngettext(
            "Calendar with {count} programme item written to {target}",
            "Calendar with {count} programme items written to {target}",
            count,
        ).format(count=count, target=target.resolve())
        + "\n"
    )
    return EXIT_OK


def cannot_write(target: Path, exc: OSError) -> StoreError:
    """The error for a file or folder the export cannot write, saying why."""
    return StoreError(
        target,
        _("{target} cannot be written: {error}").format(target=target, error=exc.strerror or exc),
    )


def write_from(database: Location, target: Path, write: Callable[[Session], T]) -> T:
    """`write(session)` on the database opened for reading: what it returns, or a
    StoreError naming `target` when the file or folder cannot be written."""
    opened = open_for_reading(database)
    try:
        with opened.sessions() as session:
            try:
                return write(session)
            except OSError as exc:
                raise cannot_write(target, exc) from exc
    finally:
        opened.close()


def run_export(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    if args.register == PROGRAMME:
        return _export_programme(args, database, out)
    if args.register == OPEN_DATA:
        from .open_data_command import run_open_data  # only this choice needs it

        return run_open_data(args, database, out)
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
                    target,
                    _("{path} cannot be written: {error}").format(
                        path=target, error=exc.strerror or exc
                    ),
                ) from exc
    finally:
        opened.close()
    count = count or 0
    if args.format == "ics":
        what = ngettext(
            "iCalendar file with {count} trip", "iCalendar file with {count} trips", count
        )
    elif args.format == "xlsx":
        what = _("Excel workbook")
    elif args.register is None:
        what = ngettext("folder with {count} CSV file", "folder with {count} CSV files", count)
    else:
        what = _("CSV file")
    template = _(" (empty template)") if args.empty else ""
    written = _("{what}{template} written to {path}").format(
        what=what.format(count=count), template=template, path=target.resolve()
    )
    out.write(written + "\n")
    return EXIT_OK


def _plural(register: str) -> str:
    """The register's plural in the current language: "reizen" ("trips")."""
    if register == COUNTRY_FACTS:  # not a register, but counted as one
        return _("country facts")
    nouns = NOUNS[REGISTERS[register].name]
    return nouns.english_plural if current_language() == "en" else nouns.plural


def _counts_line(register: str, counts: ImportCounts) -> str:
    line = _("{register}: {new} new, {changed} changed, {unchanged} unchanged").format(
        register=_plural(register),
        new=counts.new,
        changed=counts.changed,
        unchanged=counts.unchanged,
    )
    return f"  {line}\n"


CHOSEN = {  # ids, translated where shown
    Keep.DATABASE: N_("the database stays as it is"),
    Keep.FILE: N_("the file is taken over"),
    None: N_("not chosen yet"),
}


def _print_plan(plan: ImportPlan, out: TextIO, err: TextIO) -> None:
    out.write(_("File {path}:").format(path=plan.path) + "\n")
    for assumption in plan.assumptions:
        out.write(f"  {assumption}\n")
    _print_notices(plan, out)
    if plan.problems:
        # The problems first, and the counts worded as what correcting them would give:
        # "12 new" above a refusal reads as if 12 trips had gone in.
        _print_problems(plan.problems, err)
        err.flush()
        if plan.counts:
            out.write(
                _(
                    "Nothing has been written. Once the rows with a problem are corrected, "
                    "the import would find:"
                )
                + "\n"
            )
        for register, counts in plan.counts.items():
            out.write(f"  {counts_after_correction(_plural(register), counts)}\n")
    else:
        for register, counts in plan.counts.items():
            out.write(_counts_line(register, counts))
    # Found in the same round as the problems: shown with them, not only after them.
    for conflict in plan.conflicts:
        out.write(_("Conflict: {conflict}").format(conflict=conflict.describe()) + "\n")
        for difference in conflict.differences:
            line = _("{heading}: in the file {in_file}, in the database {in_database}").format(
                heading=difference.heading,
                in_file=_shown(difference.in_file),
                in_database=_shown(difference.in_database),
            )
            out.write(f"  {line}\n")
        choice = _("Choice: {choice}.").format(choice=_(CHOSEN[conflict.choice]))
        out.write(f"  {choice}\n")
    if plan.open_conflicts and not plan.problems:
        count = len(plan.open_conflicts)
        unsolved = ngettext(
            "Nothing was imported: {count} conflict is not solved yet.",
            "Nothing was imported: {count} conflicts are not solved yet.",
            count,
        ).format(count=count)
        err.write(
            unsolved
            + " "
            + _(
                "Choose with --prefer database (the later change in the database stays) or "
                "--prefer file (the file goes first), or import the file in the window to "
                "choose per record."
            )
            + "\n"
        )


def _print_notices(plan: ImportPlan, out: TextIO) -> None:
    """The words read other than as written: not problems, said so nothing is unseen."""
    if plan.notices:
        out.write(_("Read other than as written (check that this is what you meant):") + "\n")
        for notice in plan.notices:
            out.write(f"- {notice}\n")


def _shown(text: str) -> str:
    return f"'{text}'".replace("\n", " | ") if text else _("(empty)")


def _print_problems(problems: list[Any], err: TextIO) -> None:
    if problems:
        err.write(refusal_summary(problems) + "\n")
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
        out.write(_("Backup made: {path}").format(path=outcome.backup) + "\n")
    written = ngettext(
        "Imported: {count} record new or changed.",
        "Imported: {count} records new or changed.",
        outcome.written,
    )
    out.write(written.format(count=outcome.written) + "\n")
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
                out.write(_("Dry run: nothing has been written.") + "\n")
                return EXIT_OK
            if not any(c.written for c in plan.counts.values()):
                out.write(
                    _("Nothing to do: everything in the file is in the database already.") + "\n"
                )
                return EXIT_OK
            return _apply(opened, session, plan, out, err)
    finally:
        opened.close()

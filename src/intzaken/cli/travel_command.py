"""`intzaken travel-copy ...` and `intzaken merge ...`: take a travel copy along, and
merge it back into the team database."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from ..i18n import _, ngettext
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


def run_travel_copy(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    target: Path = args.out
    if target.exists() and not args.force:
        raise StoreError(
            target,
            _("{path} already exists; choose another name or replace it with --force.").format(
                path=target
            ),
        )
    opened = open_for_reading(database)  # the source is only read
    try:
        with allow_long_work(opened.sessions()) as session:
            summary = take_travel_copy(session, target, trip_id=args.trip, replace=args.force)
    finally:
        opened.close()
    scope = (
        _("with everything")
        if summary.trip_title is None
        else _("for trip '{title}'").format(title=summary.trip_title)
    )
    contents = ", ".join(
        counted(count, register)
        for register, count in summary.counts.items()
        if count and register != "organisation"
    )
    written = _("Travel copy {scope} written to {path}: {contents}.")
    out.write(written.format(scope=scope, path=summary.path, contents=contents) + "\n")
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
                out.write(_("Dry run: nothing has been written.") + "\n")
                return EXIT_OK
            outcome = apply_planned(opened, session, plan, choices)
    finally:
        opened.close()
    if outcome.backup is not None:
        out.write(_("Backup made: {path}").format(path=outcome.backup) + "\n")
    result = outcome.result
    dropped = (
        _("; {dropped} (see above)").format(dropped=dropped_heading(len(result.dropped)))
        if result.dropped
        else ""
    )
    merged = ngettext(
        "Merged back: {added} added, {changed} changed, {deleted} deleted; {history} change "
        "taken over from the history of the travel copy{dropped}.",
        "Merged back: {added} added, {changed} changed, {deleted} deleted; {history} changes "
        "taken over from the history of the travel copy{dropped}.",
        result.history,
    )
    out.write(
        merged.format(
            added=result.added,
            changed=result.changed,
            deleted=result.deleted,
            history=result.history,
            dropped=dropped,
        )
        + "\n"
    )
    if outcome.not_marked is not None:
        err.write(
            _(
                "Note: the travel copy could not be marked as merged back ({error}). The "
                "team database does know that it was merged back."
            ).format(error=outcome.not_marked)
            + "\n"
        )
    return EXIT_OK


def _answered(plan: MergePlan, choices: Choices, err: TextIO) -> bool:
    """Whether every conflict and deletion is decided; if not, say what is open."""
    unresolved, unconfirmed = plan.unresolved(choices), plan.unconfirmed(choices)
    if not unresolved and not unconfirmed:
        return True
    lines = [_("Nothing has been merged back.")]
    if unresolved:
        lines.append(
            "- "
            + ngettext(
                "{count} conflict is not solved yet.",
                "{count} conflicts are not solved yet.",
                len(unresolved),
            ).format(count=len(unresolved))
            + " "
            + _(
                "Choose with --prefer mine (the travel copy) or --prefer theirs (the team "
                "database), or merge the copy back in the window to choose per field."
            )
        )
    if unconfirmed:
        deletions = ngettext(
            "{count} deletion is not confirmed.",
            "{count} deletions are not confirmed.",
            len(unconfirmed),
        )
        keep_or_delete = _(
            "Delete in the team database too with --deletions delete, or keep it there with "
            "--deletions keep."
        )
        lines.append(f"- {deletions.format(count=len(unconfirmed))} {keep_or_delete}")
    err.write("".join(line + "\n" for line in lines))
    return False

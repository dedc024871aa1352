"""`intzaken officials handover`: the networks and relations of officials who left, to
their successors (services/succession.py, which the window's Overdracht uses too)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.models import Official
from ..i18n import _, ngettext
from ..services.errors import ServiceError
from ..services.succession import (
    Responsibility,
    assignment_for,
    hand_over,
    responsibilities_to_hand_over,
)
from ..store.database import open_database
from ..store.location import Location
from .commands import EXIT_ERROR, EXIT_OK


def run_officials(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    today = dt.date.today()
    opened = open_database(database, exclusive=True)  # no other writer meanwhile
    try:
        with opened.sessions() as session:
            leaving = _official(session, args.leaving, "--from")
            successor = _official(session, args.successor, "--to")
            rows = responsibilities_to_hand_over(
                session, today, leaving.id if leaving is not None else None
            )
            if not rows:
                out.write(_("Nothing to hand over.") + "\n")
                return EXIT_OK
            assignments = []
            for row in rows:
                out.write(_line(row, successor) + "\n")
                chosen = successor.id if successor is not None else None
                if chosen is None and row.proposed is not None:
                    chosen = row.proposed.official_id
                if chosen is not None:
                    assignments.append(assignment_for(row, chosen))
            if args.dry_run:
                out.write(_("Dry run: nothing has been written.") + "\n")
                return EXIT_OK
            if not assignments:
                out.write(
                    _("Nothing handed over: no successor is known. Give one with --to.") + "\n"
                )
                return EXIT_ERROR
            done = hand_over(session, assignments, today)
            session.commit()
    finally:
        opened.close()
    count = len(done)
    written = ngettext(
        "Handed over: {count} responsibility.", "Handed over: {count} responsibilities.", count
    )
    out.write(written.format(count=count) + "\n")
    return EXIT_OK


def _line(row: Responsibility, successor: Official | None) -> str:
    if successor is not None:
        to = successor.name
    elif row.proposed is not None:
        to = f"{row.proposed.name} ({row.proposed.reason})"
    else:
        to = _("no successor known; stays as it is")
    return f"{row.subject}: {row.holder_name} -> {to}"


def _official(session: Session, given: str | None, option: str) -> Official | None:
    """The official a user named by number, full name or short name (case ignored)."""
    if given is None:
        return None
    wanted = given.strip()
    if wanted.isdigit():
        found = session.get(Official, int(wanted))
        if found is not None:
            return found
    officials = session.scalars(select(Official).order_by(Official.name)).all()
    for attribute in ("name", "short_name"):
        matches = [o for o in officials if getattr(o, attribute).casefold() == wanted.casefold()]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise ServiceError(
                _("{option}: several officials are called '{name}'; give the number.").format(
                    option=option, name=wanted
                )
            )
    raise ServiceError(
        _("{option}: no official '{name}' is known (see 'intzaken list officials').").format(
            option=option, name=wanted
        )
    )

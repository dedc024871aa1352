"""`intzaken check --trip N`: what is still to be filled in before a mission leaves.

The exit status says whether the trip is ready: 0 when nothing is missing (or the trip
needs no preparation any more), 1 when the checklist has items or the trip is unknown.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TextIO

from ..domain.models import Trip
from ..i18n import _, ngettext
from ..services.country_facts import facts_by_country
from ..services.errors import NotFoundError
from ..services.readiness import needs_preparation, readiness
from ..store.location import Location
from ..store.reading import open_for_reading

EXIT_READY, EXIT_NOT_READY = 0, 1


def run_trip_check(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    today = dt.date.today()
    opened = open_for_reading(database)
    try:
        with opened.sessions() as session:
            trip = session.get(Trip, args.trip)
            if trip is None:
                raise NotFoundError(_("Trip"), args.trip)
            if not needs_preparation(trip, today):
                out.write(
                    _("Trip {number} '{title}' needs no preparation any more.").format(
                        number=trip.id, title=trip.title
                    )
                    + "\n"
                )
                return EXIT_READY
            facts = facts_by_country(session, [d.country_code for d in trip.destinations])
            items = readiness(trip, facts, today)
            title = trip.title
    finally:
        opened.close()
    if not items:
        out.write(
            _("Trip {number} '{title}': ready, nothing left to fill in.").format(
                number=args.trip, title=title
            )
            + "\n"
        )
        return EXIT_READY
    out.write(
        ngettext(
            "Trip {number} '{title}': still to fill in ({count} item):",
            "Trip {number} '{title}': still to fill in ({count} items):",
            len(items),
        ).format(number=args.trip, title=title, count=len(items))
        + "\n"
    )
    for item in items:
        out.write(f"- {item.message}\n")
    return EXIT_NOT_READY

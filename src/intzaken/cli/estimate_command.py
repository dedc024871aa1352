"""`intzaken estimate`: the window's "Opnieuw schatten" for every trip or one."""

from __future__ import annotations

import argparse
from typing import TextIO

from sqlalchemy import select

from ..domain.models import Trip
from ..formatting import tonnes
from ..i18n import _
from ..services.errors import NotFoundError
from ..services.journey import estimate_method, estimate_trip
from ..store.database import open_database
from ..store.location import Location
from .commands import EXIT_OK


def run_estimate(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    opened = open_database(database, exclusive=True)  # no other writer meanwhile
    try:
        with opened.sessions.begin() as session:
            query = select(Trip.id).order_by(Trip.id)
            if args.trip is not None:
                query = query.where(Trip.id == args.trip)
            trip_ids = session.scalars(query).all()
            if args.trip is not None and not trip_ids:
                raise NotFoundError(_("Trip"), args.trip)
            for trip_id in trip_ids:
                trip = estimate_trip(session, trip_id, again=args.again)
                if trip.co2_estimate is None:
                    line = _("Trip {number}: no estimate (no journey with coordinates).")
                    out.write(line.format(number=trip.id) + "\n")
                else:
                    line = _("Trip {number}: {tonnes} t CO2 ({method}).")
                    out.write(
                        line.format(
                            number=trip.id,
                            tonnes=tonnes(trip.co2_estimate),
                            method=estimate_method(trip),
                        )
                        + "\n"
                    )
    finally:
        opened.close()
    return EXIT_OK

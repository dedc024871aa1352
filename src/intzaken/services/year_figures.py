"""A year's trips against the year before: costs, CO2 and number of trips made, and what
is still planned. Read in one query of columns, for the overview page."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import TripStatus
from ..domain.models import Trip

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class TripFigures:
    costs: Decimal = ZERO
    co2: Decimal = Decimal("0.000")
    trips: int = 0

    def plus(self, trip: Trip) -> TripFigures:
        return TripFigures(
            self.costs + trip.total_costs, self.co2 + (trip.co2_tonnes or 0), self.trips + 1
        )


@dataclass(frozen=True)
class YearComparison:
    year: int
    done_last_year: TripFigures
    done_this_year: TripFigures
    planned_this_year: TripFigures  # planned or approved: committed, not yet made


def year_comparison(session: Session, year: int) -> YearComparison:
    """Done trips of `year` against `year` - 1, and what is still planned for `year`.

    Trips count in the year they start. Only columns are read, so one query suffices.
    """
    statuses = (TripStatus.DONE, TripStatus.PLANNED, TripStatus.APPROVED)
    trips = session.scalars(
        select(Trip).where(
            Trip.status.in_(statuses),
            Trip.start_date >= dt.date(year - 1, 1, 1),
            Trip.start_date <= dt.date(year, 12, 31),
        )
    )
    last, this, planned = TripFigures(), TripFigures(), TripFigures()
    for trip in trips:
        assert trip.start_date is not None
        if trip.status is TripStatus.DONE:
            if trip.start_date.year == year:
                this = this.plus(trip)
            else:
                last = last.plus(trip)
        elif trip.start_date.year == year:
            planned = planned.plus(trip)
    return YearComparison(year, last, this, planned)

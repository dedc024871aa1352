"""A year's trips against the year before: costs, CO2 and number of trips made, and what
is still planned, for the overview page. The trips are read with their means of
transport, which decide whether a trip without CO2 lacks a figure."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..domain.enums import TripStatus
from ..domain.models import Trip
from .known_figures import NO_TONNES, KnownSum, cost_parts, expects_co2


@dataclass(frozen=True)
class TripFigures:
    """Costs (travel and stay, other costs and CO2 offset together) and CO2 of a set of
    trips; each sum counts the trips that lack the figure, so unknown is not shown as 0.
    `council_costs` is what the council report totals: the costs without the offset."""

    costs: KnownSum = KnownSum()
    co2: KnownSum = KnownSum(NO_TONNES)
    trips: int = 0
    council_costs: KnownSum = KnownSum()

    def plus(self, trip: Trip) -> TripFigures:
        return TripFigures(
            self.costs.plus_parts(cost_parts(trip)),
            self.co2.plus(trip.co2_tonnes, expected=expects_co2(trip)),
            self.trips + 1,
            self.council_costs.plus_parts([trip.travel_and_stay, trip.other_costs]),
        )


@dataclass(frozen=True)
class YearComparison:
    year: int
    done_last_year: TripFigures
    done_this_year: TripFigures
    planned_this_year: TripFigures  # planned or approved: committed, not yet made


def year_comparison(session: Session, year: int) -> YearComparison:
    """Done trips of `year` against `year` - 1, and what is still planned for `year`.

    Trips count in the year they start.
    """
    statuses = (TripStatus.DONE, TripStatus.PLANNED, TripStatus.APPROVED)
    trips = session.scalars(
        select(Trip)
        .where(
            Trip.status.in_(statuses),
            Trip.start_date >= dt.date(year - 1, 1, 1),
            Trip.start_date <= dt.date(year, 12, 31),
        )
        .options(selectinload(Trip.transport))
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

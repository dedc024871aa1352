"""A year's trips against the year before: costs, CO2 (reported and estimated), CO2 per
traveller, the CO2 offset paid and the number of trips made, and what is planned with its
estimated costs, for the overview page. While the year runs, like is compared with like:
1 January to today against 1 January to the same day a year earlier, not against the
whole of last year. The trips are read with their means of transport, which decide
whether a trip without CO2 lacks a figure, and their travellers."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..domain.costs import estimate_or_costs
from ..domain.enums import TripStatus
from ..domain.models import Trip
from ..formatting import change
from ..i18n import _
from .cost_columns import estimate_comparison
from .known_figures import (
    NO_TONNES,
    ZERO,
    KnownSum,
    cost_parts,
    expects_co2,
    per_traveller,
    unknown_text,
)
from .outlook import years_earlier

TONNE_PLACES = Decimal("0.001")


@dataclass(frozen=True)
class TripFigures:
    """Costs (travel and stay, other costs and CO2 offset together) and CO2 of a set of
    trips; each sum counts the trips that lack the figure, so unknown is not shown as 0.
    `council_costs` is what the council report totals: the costs without the offset."""

    costs: KnownSum = KnownSum()
    co2: KnownSum = KnownSum(NO_TONNES)
    trips: int = 0
    council_costs: KnownSum = KnownSum()
    # The estimate from each trip's journey (issue 20); a trip without a journey lacks it.
    co2_estimate: KnownSum = KnownSum(NO_TONNES)
    # The CO2 offset paid: expected, like the CO2 figure, of a trip that flew.
    co2_offset: KnownSum = KnownSum()
    travellers: int = 0  # officials travelling, each counted once per trip
    # Issue 21: the cancellation costs, in neither total (of the trips made and those
    # called off), and the made trips' actual costs against their estimate.
    cancellation: KnownSum = KnownSum()
    estimated: Decimal = ZERO
    actual: Decimal = ZERO
    compared: int = 0

    def plus(self, trip: Trip, *, estimate: bool = False) -> TripFigures:
        """With `trip` added; with `estimate` (a trip not yet made) its estimate counts
        as its costs, as the planned-trips letter has it."""
        expected = expects_co2(trip)
        parts = cost_parts(trip)
        if estimate:
            parts[0] = estimate_or_costs(trip.estimated_travel_and_stay, trip.travel_and_stay)
            parts[1] = estimate_or_costs(trip.estimated_other_costs, trip.other_costs)
        compared = estimate_comparison(trip)
        return TripFigures(
            self.costs.plus_parts(parts),
            self.co2.plus(trip.co2_tonnes, expected=expected),
            self.trips + 1,
            self.council_costs.plus_parts(parts[:2]),
            self.co2_estimate.plus(trip.co2_estimate),
            self.co2_offset.plus(trip.co2_offset, expected=expected),
            self.travellers + len(trip.travellers),
            self.cancellation.plus(trip.cancellation_costs, expected=False),
            self.estimated + (compared.estimated if compared else ZERO),
            self.actual + (compared.actual if compared else ZERO),
            self.compared + int(compared is not None),
        )

    def called_off(self, trip: Trip) -> TripFigures:
        """With the cancellation costs of a trip called off: not a trip made."""
        return dataclasses.replace(
            self, cancellation=self.cancellation.plus(trip.cancellation_costs, expected=False)
        )

    @property
    def co2_per_traveller(self) -> Decimal | None:
        """The reported CO2 over the officials travelling; None when either is unknown."""
        return per_traveller(self.co2, self.travellers, TONNE_PLACES)


@dataclass(frozen=True)
class YearComparison:
    year: int
    done_last_year: TripFigures
    done_this_year: TripFigures
    # Planned or approved trips of the whole year: committed, not yet made. Their amounts
    # are estimates; a trip without one is counted as missing, not as € 0.
    planned_this_year: TripFigures
    # The last day counted in `year` while it runs (today), and its counterpart a year
    # earlier; None when whole years are compared (a year gone by, or one to come).
    until: dt.date | None = None
    until_last_year: dt.date | None = None


def year_comparison(session: Session, year: int, today: dt.date | None = None) -> YearComparison:
    """Done trips of `year` against `year` - 1, and what is planned for `year`.

    Trips count in the year they start. When `today` falls in `year`, only the trips
    started by today count, against those started by the same day last year (29 February
    becomes 28 February): half a year is not compared with a whole one.
    """
    until = today if today is not None and today.year == year else None
    until_last_year = years_earlier(until, 1) if until is not None else None
    statuses = (TripStatus.DONE, TripStatus.PLANNED, TripStatus.APPROVED, TripStatus.CANCELLED)
    trips = session.scalars(
        select(Trip)
        .where(
            Trip.status.in_(statuses),
            Trip.start_date >= dt.date(year - 1, 1, 1),
            Trip.start_date <= dt.date(year, 12, 31),
        )
        .options(selectinload(Trip.transport), selectinload(Trip.travellers))
    )
    last, this, planned = TripFigures(), TripFigures(), TripFigures()
    for trip in trips:
        assert trip.start_date is not None
        if trip.status in (TripStatus.DONE, TripStatus.CANCELLED):
            limit = until if trip.start_date.year == year else until_last_year
            if limit is not None and trip.start_date > limit:
                continue  # later in its year than today: not the same period
            done = trip.status is TripStatus.DONE
            if trip.start_date.year == year:
                this = this.plus(trip) if done else this.called_off(trip)
            else:
                last = last.plus(trip) if done else last.called_off(trip)
        elif trip.start_date.year == year:
            planned = planned.plus(trip, estimate=True)
    return YearComparison(year, last, this, planned, until, until_last_year)


def difference_text(this: Decimal | int | None, last: Decimal | int | None, kind: str) -> str:
    """The change from last year in sign and words, never by colour alone: "+0,52 more",
    "−1,20 less", "the same"; "unknown" when either year's figure is. `kind` is the
    notation of formatting.change ("money", "tonnes", "count")."""
    if this is None or last is None:
        return unknown_text()
    difference = this - last
    if not difference:
        return _("the same")
    text = _("{change} more") if difference > 0 else _("{change} less")
    return text.format(change=change(difference, kind))

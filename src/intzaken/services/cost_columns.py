"""The sums of the columns councils ask for (issue 21), for the annual overview, the
dashboard and the exports: what third parties paid, the cancellation costs (apart from
both totals) and the estimate against the actual costs.

Cancellation costs are kept out of the council report's total (travel and stay plus
other costs of the trips made) and out of the total with the CO2 offset: they buy no
trip, and a trip cancelled as a whole is not among the trips made at all. They are
reported on a line of their own, for the trips made and the cancelled ones alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from ..domain.costs import council_costs
from ..domain.enums import TripStatus
from ..domain.models import Trip
from .known_figures import ZERO, KnownSum
from .reporting import trips_between

# Whose cancellation costs a year reports: what was made, and what was called off.
CANCELLATION_STATUSES = (TripStatus.DONE, TripStatus.CANCELLED)


@dataclass(frozen=True)
class EstimateComparison:
    """A trip's estimate against its actual costs, per block and together; a block
    without both figures is left out (None)."""

    travel_and_stay: tuple[Decimal, Decimal] | None
    other_costs: tuple[Decimal, Decimal] | None

    @property
    def estimated(self) -> Decimal:
        return sum((pair[0] for pair in self.pairs), ZERO)

    @property
    def actual(self) -> Decimal:
        return sum((pair[1] for pair in self.pairs), ZERO)

    @property
    def difference(self) -> Decimal:
        """Actual minus estimate: more spent than estimated is positive."""
        return self.actual - self.estimated

    @property
    def pairs(self) -> list[tuple[Decimal, Decimal]]:
        return [p for p in (self.travel_and_stay, self.other_costs) if p is not None]


def estimate_comparison(trip: Trip) -> EstimateComparison | None:
    """The made trip's estimate against its costs; None when no block has both."""
    if trip.status is not TripStatus.DONE:
        return None

    def pair(estimate: Decimal | None, actual: Decimal | None) -> tuple[Decimal, Decimal] | None:
        return None if estimate is None or actual is None else (estimate, actual)

    found = EstimateComparison(
        pair(trip.estimated_travel_and_stay, trip.travel_and_stay),
        pair(trip.estimated_other_costs, trip.other_costs),
    )
    return found if found.pairs else None


def has_columns(trip: Trip) -> bool:
    """Whether the trip has any of the columns councils ask for filled in."""
    return (
        trip.third_party_costs is not None
        or bool(trip.third_party_payer)
        or trip.cancellation_costs is not None
        or estimate_comparison(trip) is not None
    )


@dataclass(frozen=True)
class ColumnSums:
    """A year's sums of the new columns."""

    third_party: KnownSum = KnownSum()
    cancellation: KnownSum = KnownSum()
    cancellation_trips: int = 0  # how many trips the cancellation costs are of
    estimated: Decimal = ZERO  # of the trips compared
    actual: Decimal = ZERO
    compared: int = 0  # made trips with an estimate and actual costs

    @property
    def difference(self) -> Decimal:
        return self.actual - self.estimated

    @property
    def anything(self) -> bool:
        return bool(self.third_party.any_known or self.cancellation.any_known or self.compared)


def column_sums(made: Iterable[Trip], cancelled: Iterable[Trip] = ()) -> ColumnSums:
    """The sums over the trips `made` and, for their cancellation costs only, the
    trips `cancelled`."""
    sums = ColumnSums()
    for trip in [*made, *cancelled]:
        compared = estimate_comparison(trip)
        cancellation = trip.cancellation_costs
        sums = ColumnSums(
            sums.third_party.plus(trip.third_party_costs, expected=False)
            if trip.status is TripStatus.DONE
            else sums.third_party,
            sums.cancellation.plus(cancellation, expected=False),
            sums.cancellation_trips + int(bool(cancellation)),
            sums.estimated + (compared.estimated if compared else ZERO),
            sums.actual + (compared.actual if compared else ZERO),
            sums.compared + int(compared is not None),
        )
    return sums


def cancelled_trips(session: Session, year: int) -> list[Trip]:
    """The trips of `year` called off, whose cancellation costs the year reports."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    return [
        trip
        for trip in trips_between(session, first, last, [TripStatus.CANCELLED])
        if trip.cancellation_costs is not None
    ]


def trip_council_costs(trip: Trip) -> Decimal | None:
    return council_costs(trip.travel_and_stay, trip.other_costs)

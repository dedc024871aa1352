"""Sums over trips, exact (Decimal), per official and for the whole set; each sum knows
how many trips lack its figure (services/known_figures.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..domain.models import Official, Trip
from ..services.known_figures import TripSums


@dataclass
class Totals:
    sums: TripSums = field(default_factory=TripSums)
    last_trip: Trip | None = field(default=None, repr=False)

    @property
    def trips(self) -> int:
        return self.sums.trips

    def add(self, trip: Trip) -> None:
        self.sums = self.sums.plus(trip)
        self.last_trip = trip


def responsible(trip: Trip) -> Official | None:
    """Whose trip it counts as: the delegation leader, else the first traveller."""
    if trip.lead is not None:
        return trip.lead
    return trip.travellers[0].official if trip.travellers else None


def totals(trips: Sequence[Trip]) -> Totals:
    result = Totals()
    for trip in trips:
        result.add(trip)
    return result


def totals_per_official(trips: Sequence[Trip]) -> list[tuple[Official, Totals]]:
    """Per leading official, in the order of their short names."""
    per: dict[int, tuple[Official, Totals]] = {}
    for trip in trips:
        official = responsible(trip)
        if official is None:
            continue
        per.setdefault(official.id, (official, Totals()))[1].add(trip)
    return sorted(per.values(), key=lambda item: (item[0].short_name.lower(), item[0].id))

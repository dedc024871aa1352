"""Sums over trips, exact (Decimal), per official and for the whole set."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from ..domain.models import Official, Trip

ZERO = Decimal("0.00")


@dataclass
class Totals:
    trips: int = 0
    travel_and_stay: Decimal = ZERO
    other_costs: Decimal = ZERO
    co2_tonnes: Decimal = Decimal("0.000")
    co2_offset: Decimal = ZERO
    last_trip: Trip | None = field(default=None, repr=False)

    def add(self, trip: Trip) -> None:
        self.trips += 1
        self.travel_and_stay += trip.travel_and_stay or ZERO
        self.other_costs += trip.other_costs or ZERO
        self.co2_tonnes += trip.co2_tonnes or ZERO
        self.co2_offset += trip.co2_offset or ZERO
        self.last_trip = trip

    @property
    def total_costs(self) -> Decimal:
        return self.travel_and_stay + self.other_costs + self.co2_offset


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

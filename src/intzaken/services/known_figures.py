"""Sums of figures some trips do not know yet: unknown is not zero.

A trip's costs and CO2 may be unknown (None). A sum adds what is known and counts the
trips that lack the figure, so every total can say how many trips it leaves out, and a
sum over trips that all lack it is itself unknown instead of € 0. CO2 and its offset are
only expected of a trip that flew (or whose means of transport are not known): a train
journey without a CO2 figure lacks nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from ..domain.costs import known_total_costs
from ..domain.enums import TransportMode
from ..domain.models import Trip
from ..i18n import _, ngettext

ZERO = Decimal("0.00")
NO_TONNES = Decimal("0.000")


@dataclass(frozen=True)
class KnownSum:
    """The sum of the known values, and how many trips lacked (part of) the figure."""

    known: Decimal = ZERO
    missing: int = 0
    any_known: bool = False  # some value was added, if only a part of a trip's

    def plus(self, value: Decimal | None, *, expected: bool = True) -> KnownSum:
        if value is None:
            return KnownSum(self.known, self.missing + int(expected), self.any_known)
        return KnownSum(self.known + value, self.missing, True)

    def plus_parts(self, parts: list[Decimal | None]) -> KnownSum:
        """A figure made of parts (a trip's total costs): missing when any part is."""
        known = [p for p in parts if p is not None]
        return KnownSum(
            self.known + sum(known, ZERO),
            self.missing + int(len(known) < len(parts)),
            self.any_known or bool(known),
        )

    @property
    def value(self) -> Decimal | None:
        """The sum, or None when trips lack the figure and none has any of it."""
        if self.missing and not self.any_known:
            return None
        return self.known


class Figure(StrEnum):
    """Which figure a sum is of: decides how its missing trips are named."""

    AMOUNT = "amount"
    TOTAL_COSTS = "total_costs"
    CO2 = "co2"
    CO2_ESTIMATE = "co2_estimate"
    CO2_OFFSET = "co2_offset"


def expects_co2(trip: Trip) -> bool:
    """Whether a trip should have CO2 figures: it flew, or its transport is not known."""
    modes = [t.mode for t in trip.transport]
    return not modes or TransportMode.PLANE in modes


def cost_parts(trip: Trip) -> list[Decimal | None]:
    """The amounts a trip's total costs are made of; the offset only where CO2 is expected."""
    parts = [trip.travel_and_stay, trip.other_costs]
    if expects_co2(trip) or trip.co2_offset is not None:
        parts.append(trip.co2_offset)
    return parts


def known_total(trip: Trip) -> Decimal | None:
    """A trip's total costs, or None when none of its amounts is known (not € 0)."""
    return known_total_costs(trip.travel_and_stay, trip.other_costs, trip.co2_offset)


@dataclass(frozen=True)
class TripSums:
    """Costs and CO2 of a set of trips, each a sum that knows what it lacks."""

    trips: int = 0
    travel_and_stay: KnownSum = KnownSum()
    other_costs: KnownSum = KnownSum()
    co2_tonnes: KnownSum = KnownSum(NO_TONNES)
    co2_offset: KnownSum = KnownSum()
    total_costs: KnownSum = KnownSum()
    # What the council report totals: travel and stay plus other costs, without the CO2
    # offset that total_costs adds (Rotterdam's report on 2024: € 130.001, not 131.240,54).
    council_costs: KnownSum = KnownSum()

    def plus(self, trip: Trip) -> TripSums:
        co2 = expects_co2(trip)
        return TripSums(
            self.trips + 1,
            self.travel_and_stay.plus(trip.travel_and_stay),
            self.other_costs.plus(trip.other_costs),
            self.co2_tonnes.plus(trip.co2_tonnes, expected=co2),
            self.co2_offset.plus(trip.co2_offset, expected=co2),
            self.total_costs.plus_parts(cost_parts(trip)),
            self.council_costs.plus_parts([trip.travel_and_stay, trip.other_costs]),
        )


def sums_of(trips: list[Trip]) -> TripSums:
    result = TripSums()
    for trip in trips:
        result = result.plus(trip)
    return result


def per_traveller(figure: KnownSum, travellers: int, places: Decimal) -> Decimal | None:
    """A sum divided over the travellers, to `places`; None when there are no travellers
    or nothing of the figure is known."""
    value = figure.value
    if not travellers or value is None or not figure.any_known:
        return None
    return (value / travellers).quantize(places, ROUND_HALF_UP)


def unknown_text() -> str:
    """What a figure nobody knows prints as."""
    return _("unknown")


def shown(value: Decimal | None, notation: Callable[[Decimal], str]) -> str:
    """A value in its notation, or "onbekend"."""
    return unknown_text() if value is None else notation(value)


def shown_sum(figures: KnownSum, notation: Callable[[Decimal], str]) -> str:
    return shown(figures.value, notation)


def missing_note(figures: KnownSum, figure: Figure) -> str:
    """Under a total: "3 reizen zonder bedrag" when none is known, "waarvan 2 reizen zonder
    CO2-opgave" when some are; "" when nothing is missing."""
    count = figures.missing
    if not count:
        return ""
    if figures.value is None:
        texts = {
            Figure.AMOUNT: ngettext(
                "{count} trip without an amount", "{count} trips without an amount", count
            ),
            Figure.TOTAL_COSTS: ngettext(
                "{count} trip without an amount", "{count} trips without an amount", count
            ),
            Figure.CO2: ngettext(
                "{count} trip without a CO₂ figure", "{count} trips without a CO₂ figure", count
            ),
            Figure.CO2_ESTIMATE: ngettext(
                "{count} trip without a CO₂ estimate",
                "{count} trips without a CO₂ estimate",
                count,
            ),
            Figure.CO2_OFFSET: ngettext(
                "{count} trip without a CO₂ offset", "{count} trips without a CO₂ offset", count
            ),
        }
    else:
        texts = {
            Figure.AMOUNT: ngettext(
                "of which {count} trip without an amount",
                "of which {count} trips without an amount",
                count,
            ),
            Figure.TOTAL_COSTS: ngettext(
                "of which {count} trip without a complete amount",
                "of which {count} trips without a complete amount",
                count,
            ),
            Figure.CO2: ngettext(
                "of which {count} trip without a CO₂ figure",
                "of which {count} trips without a CO₂ figure",
                count,
            ),
            Figure.CO2_ESTIMATE: ngettext(
                "of which {count} trip without a CO₂ estimate",
                "of which {count} trips without a CO₂ estimate",
                count,
            ),
            Figure.CO2_OFFSET: ngettext(
                "of which {count} trip without a CO₂ offset",
                "of which {count} trips without a CO₂ offset",
                count,
            ),
        }
    return texts[figure].format(count=count)

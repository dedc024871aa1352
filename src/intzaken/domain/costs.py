"""A trip's total costs from its parts, without SQLAlchemy: the mapped Trip, column
queries and the rows of a listing (services/trip_records.py) all add them up here."""

from __future__ import annotations

from decimal import Decimal


def total_costs(
    travel_and_stay: Decimal | None, other_costs: Decimal | None, co2_offset: Decimal | None
) -> Decimal:
    """Everything paid for a trip, the CO2 offset included (also for column queries)."""
    parts = (travel_and_stay, other_costs, co2_offset)
    return sum((p for p in parts if p is not None), Decimal("0.00"))


def known_total_costs(
    travel_and_stay: Decimal | None, other_costs: Decimal | None, co2_offset: Decimal | None
) -> Decimal | None:
    """The total, or None when none of its amounts is known (not € 0)."""
    if travel_and_stay is None and other_costs is None and co2_offset is None:
        return None
    return total_costs(travel_and_stay, other_costs, co2_offset)


def estimate_or_costs(estimate: Decimal | None, costs: Decimal | None) -> Decimal | None:
    """A not yet made trip's estimate of one cost block: the estimate it was approved
    with, or (a trip saved before estimates were kept apart) its costs."""
    return estimate if estimate is not None else costs


def council_costs(travel_and_stay: Decimal | None, other_costs: Decimal | None) -> Decimal | None:
    """What the council report totals for a trip: travel and stay plus other costs; None
    when neither is known."""
    return known_total_costs(travel_and_stay, other_costs, None)

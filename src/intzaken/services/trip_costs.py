"""The columns councils ask for on a trip (issue 21): what a third party paid and who,
the cancellation costs, the estimate per cost block, and the gifts received.

A trip not yet made (an idea, planned or approved) has its estimate in its cost fields:
the planned-trips letter and the dashboard have always read them as the "raming". So
while a trip is not made, its estimate follows its costs unless the user gave another
estimate; once it is made (or cancelled) the estimate stays as it was, and the actual
costs entered then are compared with it (reports/annual_columns.py, the dashboard).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..domain.enums import TripStatus
from ..domain.models import Trip, TripGift
from ..i18n import _
from .checks import Checker
from .data import GiftData, TripData
from .fields import field_label

# The statuses whose costs are still the estimate the trip is (to be) approved with.
NOT_YET_MADE = frozenset({TripStatus.IDEA, TripStatus.PLANNED, TripStatus.APPROVED})


@dataclass(frozen=True)
class CheckedGift:
    description: str
    giver: str
    value: Decimal | None
    kept_at: str


@dataclass(frozen=True)
class CheckedCostColumns:
    third_party_costs: Decimal | None
    third_party_payer: str
    cancellation_costs: Decimal | None
    estimated_travel_and_stay: Decimal | None
    estimated_other_costs: Decimal | None
    gifts: list[CheckedGift]


def check_cost_columns(check: Checker, data: TripData) -> CheckedCostColumns:
    """The rules of the new columns; problems go to `check`, named by field."""
    paid = check.amount("third_party_costs", data.third_party_costs)
    payer = check.text("third_party_payer", data.third_party_payer, max_length=200)
    if paid and not payer:
        # An amount paid by "someone" is what the council asks about: who?
        check.fail(
            "third_party_payer",
            _("{field}: say who paid the {amount_field}.").format(
                field=field_label("third_party_payer"),
                amount_field=field_label("third_party_costs").lower(),
            ),
        )
    return CheckedCostColumns(
        third_party_costs=paid,
        third_party_payer=payer,
        cancellation_costs=check.amount("cancellation_costs", data.cancellation_costs),
        estimated_travel_and_stay=check.amount(
            "estimated_travel_and_stay", data.estimated_travel_and_stay
        ),
        estimated_other_costs=check.amount("estimated_other_costs", data.estimated_other_costs),
        gifts=check_gifts(check, data.gifts),
    )


def check_gifts(check: Checker, items: list[GiftData]) -> list[CheckedGift]:
    result = []
    for index, item in enumerate(items):
        prefix = f"gifts[{index}]"
        result.append(
            CheckedGift(
                description=check.text(
                    f"{prefix}.description", item.description, required=True, max_length=300
                ),
                giver=check.text(f"{prefix}.giver", item.giver, max_length=200),
                value=check.amount(f"{prefix}.value", item.value),
                kept_at=check.text(f"{prefix}.kept_at", item.kept_at, max_length=200),
            )
        )
    return result


def kept_estimate(
    not_yet_made: bool,
    given: Decimal | None,
    stored: Decimal | None,
    stored_cost: Decimal | None,
    cost: Decimal | None,
) -> Decimal | None:
    """The estimate to store for one cost block.

    An estimate the user changed (`given` differs from the `stored` one) is theirs. Else,
    while the trip is not yet made and its estimate was its cost (or none), the estimate
    follows the cost: correcting a planned trip's figure corrects its "raming" too.
    """
    if given != stored or not not_yet_made:
        return given
    if stored is None or stored == stored_cost:
        return cost
    return given


def apply_cost_columns(
    trip: Trip,
    checked: CheckedCostColumns,
    status: TripStatus,
    costs: tuple[Decimal | None, Decimal | None],
) -> None:
    """Set the new columns on `trip`, before its costs are set to `costs` (travel and
    stay, other costs): the estimate is kept against the costs stored until now."""
    not_yet_made = status in NOT_YET_MADE
    trip.estimated_travel_and_stay = kept_estimate(
        not_yet_made,
        checked.estimated_travel_and_stay,
        trip.estimated_travel_and_stay,
        trip.travel_and_stay,
        costs[0],
    )
    trip.estimated_other_costs = kept_estimate(
        not_yet_made,
        checked.estimated_other_costs,
        trip.estimated_other_costs,
        trip.other_costs,
        costs[1],
    )
    trip.third_party_costs = checked.third_party_costs
    trip.third_party_payer = checked.third_party_payer
    trip.cancellation_costs = checked.cancellation_costs
    trip.gifts = [
        TripGift(
            position=i,
            description=gift.description,
            giver=gift.giver,
            value=gift.value,
            kept_at=gift.kept_at,
        )
        for i, gift in enumerate(checked.gifts)
    ]

"""What the CO2 estimate lets a controller question (issue 20): a reported figure far
from the estimate, and a flight below the travel policy's train distance without a
reason. Warnings for services/plausibility.py, never a refusal.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..domain.enums import TransportMode
from ..formatting import number
from ..i18n import _
from .co2_estimate import great_circle_km
from .travel_policy import TravelPolicy
from .trip_facts import TripFacts

# A reported figure more than this many times the estimate, or less than its inverse,
# is questioned: the estimate is rough (average aircraft, no stopovers), a typing slip
# (190,9 t for 0,19 t) is not.
MISMATCH_FACTOR = Decimal(3)


@dataclass(frozen=True)
class FlightBelowPolicy:
    from_name: str
    to_name: str
    km: Decimal  # great circle, without the uplift


def estimate_text(tonnes: Decimal) -> str:
    """'0,19 t': two decimals are enough for an estimate."""
    return _("{tonnes} t").format(tonnes=number(tonnes, 2 if tonnes < 10 else 1))


def mismatch_message(trip: TripFacts) -> str | None:
    reported, estimate = trip.co2_tonnes, trip.co2_estimate
    if not reported or not estimate:
        return None
    if reported > estimate * MISMATCH_FACTOR:
        text = _(
            "reports {reported} of CO2, more than three times the {estimated} estimated "
            "from its journey; is the figure right?"
        )
    elif reported * MISMATCH_FACTOR < estimate:
        text = _(
            "reports {reported} of CO2, less than a third of the {estimated} estimated "
            "from its journey; is the figure right?"
        )
    else:
        return None
    return text.format(reported=estimate_text(reported), estimated=estimate_text(estimate))


def flights_below_policy(trip: TripFacts, policy: TravelPolicy) -> list[FlightBelowPolicy]:
    """The trip's flight legs shorter (as the crow flies) than the policy's distance."""
    if policy.train_below_km is None:
        return []
    found = []
    for leg in trip.journey:
        if leg.mode is not TransportMode.PLANE or leg.start is None or leg.end is None:
            continue
        km = great_circle_km(leg.start, leg.end)
        if km < policy.train_below_km:
            found.append(FlightBelowPolicy(leg.from_name, leg.to_name, km))
    return found


def policy_message(trip: TripFacts, policy: TravelPolicy) -> str | None:
    if trip.policy_reason.strip():
        return None
    below = flights_below_policy(trip, policy)
    if not below:
        return None
    first = below[0]
    return _(
        "flies from {start} to {end} ({km} km), below the travel policy's {limit} km for "
        "the train, without a reason given on the trip."
    ).format(
        start=first.from_name,
        end=first.to_name,
        km=number(first.km, 0),
        limit=number(policy.train_below_km, 0),
    )

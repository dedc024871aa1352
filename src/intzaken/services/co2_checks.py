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
from .train_time import TrainTime, duration_text, train_time, train_time_text
from .travel_policy import TravelPolicy
from .trip_facts import TripFacts

# A reported figure more than this many times the estimate, or less than its inverse,
# is questioned: the estimate is rough (average aircraft, no stopovers), a typing slip
# (190,9 t for 0,19 t) is not.
MISMATCH_FACTOR = Decimal(3)


@dataclass(frozen=True)
class FlightBelowPolicy:
    """A flight the travel policy would have had go by train: below its distance, or
    below its train time (looked up or estimated), or both."""

    from_name: str
    to_name: str
    km: Decimal  # great circle, without the uplift
    train: TrainTime
    below_distance: bool
    below_time: bool


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
    """The trip's flight legs shorter (as the crow flies) than the policy's distance, or
    whose train time (looked up, else estimated) is below the policy's train time."""
    if policy.train_below_km is None and policy.train_below_minutes is None:
        return []
    found = []
    for leg in trip.journey:
        if leg.mode is not TransportMode.PLANE or leg.start is None or leg.end is None:
            continue
        km = great_circle_km(leg.start, leg.end)
        train = train_time(leg.train_minutes, km, policy.train_speed_kmh)
        below_distance = policy.train_below_km is not None and km < policy.train_below_km
        below_time = (
            policy.train_below_minutes is not None and train.minutes < policy.train_below_minutes
        )
        if below_distance or below_time:
            found.append(
                FlightBelowPolicy(leg.from_name, leg.to_name, km, train, below_distance, below_time)
            )
    return found


def policy_message(trip: TripFacts, policy: TravelPolicy) -> str | None:
    if trip.policy_reason.strip():
        return None
    below = flights_below_policy(trip, policy)
    if not below:
        return None
    first = below[0]
    if first.below_distance:
        return _(
            "flies from {start} to {end} ({km} km), below the travel policy's {limit} km "
            "for the train, without a reason given on the trip."
        ).format(
            start=first.from_name,
            end=first.to_name,
            km=number(first.km, 0),
            limit=number(policy.train_below_km or 0, 0),
        )
    assert policy.train_below_minutes is not None
    return _(
        "flies from {start} to {end}, which takes {time} by train, below the travel "
        "policy's {limit} for the train, without a reason given on the trip."
    ).format(
        start=first.from_name,
        end=first.to_name,
        time=train_time_text(first.train),
        limit=duration_text(policy.train_below_minutes),
    )

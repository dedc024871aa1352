"""The annual overview's list of flights below the travel policy's threshold (its train
distance, or its train time), with the train time (looked up, or estimated and marked
so), the reason given for each and the trip's estimated CO2 per traveller beside the
delegation's (issue 20): what councils ask after a "by train below 700 km" or "by train
up to six hours" rule."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from ..domain.models import Trip
from ..formatting import number, tonnes
from ..i18n import _
from ..services.co2_checks import flights_below_policy
from ..services.train_time import DEFAULT_TRAIN_SPEED_KMH, duration_text, train_time_text
from ..services.travel_policy import travel_policy
from ..services.trip_facts import facts_of
from .content import Block, Gap, Grid, Heading, Text
from .wording import capitalised, trip_when


def _estimate(value: Decimal | None) -> str:
    return "" if value is None else _("{tonnes} t").format(tonnes=tonnes(value))


def policy_flights_section(session: Session, trips: list[Trip]) -> list[Block]:
    """Nothing without a policy or without such flights."""
    policy = travel_policy(session)
    if policy.train_below_km is None and policy.train_below_minutes is None:
        return []
    rows = []
    for trip in trips:
        per_traveller = None
        if trip.co2_estimate is not None and trip.co2_estimate_travellers:
            per_traveller = trip.co2_estimate / trip.co2_estimate_travellers
        for flight in flights_below_policy(facts_of(trip), policy):
            rows.append(
                [
                    f"{trip.title} ({capitalised(trip_when(trip))})",
                    f"{flight.from_name} – {flight.to_name}",
                    _("{km} km").format(km=number(flight.km, 0)),
                    train_time_text(flight.train),
                    _estimate(per_traveller),
                    _estimate(trip.co2_estimate),
                    trip.policy_reason.strip() or _("no reason given"),
                ]
            )
    if not rows:
        return []
    heading, rule = _wording(policy.train_below_km, policy.train_below_minutes)
    return [
        Gap(4),
        Heading(heading, 0),
        Text(
            _(
                "The travel policy makes the train the rule {rule}. These flights were "
                "below it. A train time marked as estimated was not looked up: it is the "
                "distance plus 20 % at an average speed of {speed} km/h, a rule of thumb "
                "of the team. The CO₂ figures are estimated from the trips' routes."
            ).format(
                rule=rule,
                speed=number(policy.train_speed_kmh or DEFAULT_TRAIN_SPEED_KMH, 0),
            )
        ),
        Grid(
            (
                _("Trip"),
                _("Flight"),
                _("Distance"),
                _("By train"),
                _("CO₂ per traveller"),
                _("CO₂ delegation"),
                _("Reason"),
            ),
            rows,
            (1.75, 1.3, 0.75, 0.95, 0.8, 0.95, 1.6),
        ),
    ]


def _wording(km: int | None, minutes: int | None) -> tuple[str, str]:
    """The section's heading and the rule as its text says it, for the distance, the
    train time or both."""
    values = {
        "km": number(km, 0) if km is not None else "",
        "time": duration_text(minutes) if minutes is not None else "",
    }
    if km is not None and minutes is not None:
        heading = _("Flights below the train distance of {km} km or the train time of {time}")
        rule = _("below {km} km or below {time} by train")
    elif km is not None:
        heading, rule = _("Flights below the train distance of {km} km"), _("below {km} km")
    else:
        heading, rule = _("Flights below the train time of {time}"), _("below {time} by train")
    return heading.format(**values), rule.format(**values)

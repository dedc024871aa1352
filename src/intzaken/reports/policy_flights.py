"""The annual overview's list of flights below the travel policy's train distance, with
the reason given for each and the trip's estimated CO2 per traveller beside the
delegation's (issue 20): what councils ask after a "by train below 700 km" rule."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from ..domain.models import Trip
from ..formatting import number, tonnes
from ..i18n import _
from ..services.co2_checks import flights_below_policy
from ..services.travel_policy import travel_policy
from ..services.trip_facts import facts_of
from .content import Block, Gap, Grid, Heading, Text
from .wording import capitalised, trip_when


def _estimate(value: Decimal | None) -> str:
    return "" if value is None else _("{tonnes} t").format(tonnes=tonnes(value))


def policy_flights_section(session: Session, trips: list[Trip]) -> list[Block]:
    """Nothing without a policy or without such flights."""
    policy = travel_policy(session)
    if policy.train_below_km is None:
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
                    _estimate(per_traveller),
                    _estimate(trip.co2_estimate),
                    trip.policy_reason.strip() or _("no reason given"),
                ]
            )
    if not rows:
        return []
    limit = number(policy.train_below_km, 0)
    return [
        Gap(4),
        Heading(_("Flights below the train distance of {km} km").format(km=limit), 0),
        Text(
            _(
                "The travel policy makes the train the rule below {km} km. These flights "
                "were shorter; the CO₂ figures are estimated from the trips' routes."
            ).format(km=limit)
        ),
        Grid(
            (
                _("Trip"),
                _("Flight"),
                _("Distance"),
                _("CO₂ per traveller"),
                _("CO₂ delegation"),
                _("Reason"),
            ),
            rows,
            (2.0, 1.5, 0.8, 0.9, 0.9, 2.0),
        ),
    ]

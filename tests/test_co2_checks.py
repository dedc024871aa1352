"""Checked after: a reported CO2 figure far from the estimate, and flights below the
travel policy's train distance without a reason (issue 20)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from intzaken.domain.models import Trip
from intzaken.i18n import language_scope
from intzaken.services.errors import ValidationError
from intzaken.services.journey import JourneyLegData, set_journey
from intzaken.services.plausibility import Questioned, record_findings
from intzaken.services.travel_policy import TravelPolicy, travel_policy
from intzaken.services.travel_policy_settings import set_travel_policy

TODAY = dt.date(2025, 3, 1)


@pytest.fixture
def rotterdam(rotterdam_session: Session) -> Session:
    return rotterdam_session


def _trip(session: Session, **where: object) -> Trip:
    query = select(Trip)
    for name, value in where.items():
        query = query.where(getattr(Trip, name) == value)
    trip = session.scalar(query)
    assert trip is not None
    return trip


def _messages(session: Session, trip: Trip) -> list[str]:
    with language_scope("nl"):
        return [f.message for f in record_findings(session, "trips", trip.id, TODAY)]


def test_the_nantes_trip_of_190_9_tonnes_is_flagged_with_its_estimate(rotterdam: Session) -> None:
    trip = _trip(rotterdam, co2_tonnes=Decimal("190.9"))
    with language_scope("nl"):
        findings = record_findings(rotterdam, "trips", trip.id, TODAY)
    found = [f for f in findings if "geschat" in f.message]
    assert len(found) == 1
    assert "190,9 t" in found[0].message and "geschat op 0,19 t" in found[0].message
    assert Questioned.CO2 in found[0].questions


def test_a_figure_within_three_times_the_estimate_is_not_questioned(rotterdam: Session) -> None:
    trip = _trip(rotterdam, co2_tonnes=Decimal("190.9"))
    trip.co2_tonnes = (trip.co2_estimate or Decimal(0)) * 2
    assert not [m for m in _messages(rotterdam, trip) if "geschat" in m]
    trip.co2_tonnes = Decimal("0.001")
    assert [m for m in _messages(rotterdam, trip) if "minder dan een derde" in m]


def test_a_flight_below_the_train_distance_needs_a_reason(rotterdam: Session) -> None:
    trip = _trip(rotterdam, co2_tonnes=Decimal("190.9"))  # Rotterdam-Nantes, 680 km
    assert not [m for m in _messages(rotterdam, trip) if "reisbeleid" in m]
    set_travel_policy(rotterdam, TravelPolicy(700, None, True))
    assert travel_policy(rotterdam).train_below_km == 700
    below = [m for m in _messages(rotterdam, trip) if "reisbeleid" in m]
    assert below and "Rotterdam" in below[0] and "Nantes" in below[0] and "700 km" in below[0]
    legs = [JourneyLegData(leg.from_place_id, leg.to_place_id, leg.mode) for leg in trip.journey]
    set_journey(rotterdam, trip.id, legs, policy_reason="Geen treinverbinding op tijd terug.")
    assert not [m for m in _messages(rotterdam, trip) if "reisbeleid" in m]
    set_travel_policy(rotterdam, TravelPolicy(500, None, True))
    set_journey(rotterdam, trip.id, legs, policy_reason="")
    assert not [m for m in _messages(rotterdam, trip) if "reisbeleid" in m]


def test_a_policy_distance_out_of_range_is_refused_by_field(rotterdam: Session) -> None:
    with pytest.raises(ValidationError) as caught:
        set_travel_policy(rotterdam, TravelPolicy(0, 100_000, True))
    assert caught.value.fields == {"train_rule_km", "train_rule_minutes"}


def test_compensation_prices_are_replaced_and_a_bad_row_is_named(rotterdam: Session) -> None:
    from intzaken.services.compensation import compensation_prices, replace_compensation_prices

    replace_compensation_prices(rotterdam, [("2025", Decimal("15.50")), (2024, Decimal("14"))])
    assert compensation_prices(rotterdam) == {2024: Decimal("14.00"), 2025: Decimal("15.50")}
    with pytest.raises(ValidationError) as caught:
        replace_compensation_prices(
            rotterdam, [("twintig", Decimal("1")), ("2024", None), ("2024", Decimal("2"))]
        )
    with language_scope("nl"):
        assert caught.value.fields == {
            "compensation_prices[0].year",
            "compensation_prices[1].price_per_tonne",
            "compensation_prices[2].year",
        }
    replace_compensation_prices(rotterdam, [])
    assert compensation_prices(rotterdam) == {}

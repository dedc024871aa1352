"""A trip's journey: proposed from the home place, edited, estimated and kept with its
factor set (issue 20)."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from intzaken.domain.enums import CabinClass, TransportMode
from intzaken.domain.models import Trip
from intzaken.services.compensation import expected_compensation
from intzaken.services.emission_factors import clear_cache, default_folder
from intzaken.services.errors import ValidationError
from intzaken.services.journey import (
    JourneyLegData,
    estimate_trip,
    propose_journey,
    set_journey,
    trip_estimate,
)


@pytest.fixture
def rotterdam(rotterdam_session: Session) -> Session:
    return rotterdam_session


def _nantes(session: Session) -> Trip:
    trip = session.scalar(select(Trip).where(Trip.co2_tonnes == Decimal("190.9")))
    assert trip is not None
    return trip


def test_the_demo_proposes_home_nantes_home_by_plane_and_estimates_it(rotterdam: Session) -> None:
    trip = _nantes(rotterdam)
    names = [(leg.from_place.name, leg.to_place.name, leg.mode) for leg in trip.journey]
    assert names == [
        ("Rotterdam", "Nantes", TransportMode.PLANE),
        ("Nantes", "Rotterdam", TransportMode.PLANE),
    ]
    assert trip.co2_estimate is not None
    assert Decimal("0.1") <= trip.co2_estimate <= Decimal("0.5")
    assert (trip.co2_estimate_set, trip.co2_estimate_year) == ("uk-desnz-2025", 2025)
    assert trip.co2_estimate_rf is True and trip.co2_estimate_travellers == 1
    # Rotterdam paid EUR 14 a tonne in 2024: the estimate's compensation is a few euros.
    compensation = expected_compensation(rotterdam, trip)
    assert compensation == (trip.co2_estimate * 14).quantize(Decimal("0.01"))


def test_the_proposal_follows_the_destinations_in_order(rotterdam: Session) -> None:
    trip = rotterdam.scalar(select(Trip).where(Trip.title.like("Vervolgmissie Shanghai%")))
    assert trip is not None
    proposal = propose_journey(rotterdam, trip)
    assert proposal[0].from_place_id == proposal[-1].to_place_id
    for before, after in zip(proposal, proposal[1:], strict=False):
        assert before.to_place_id == after.from_place_id


def test_airports_and_cabin_change_the_estimate(rotterdam: Session) -> None:
    trip = _nantes(rotterdam)
    before = trip.co2_estimate
    legs = [
        JourneyLegData(
            leg.from_place_id,
            leg.to_place_id,
            TransportMode.PLANE,
            "AMS",
            "NTE",
            CabinClass.BUSINESS,
        )
        for leg in trip.journey
    ]
    legs[1].from_airport, legs[1].to_airport = "NTE", "AMS"
    trip = set_journey(rotterdam, trip.id, legs)
    assert trip.co2_estimate is not None and before is not None
    assert trip.co2_estimate > before
    estimate = trip_estimate(rotterdam, trip)
    assert estimate is not None and estimate.complete and len(estimate.legs) == 2


def test_an_unknown_airport_or_an_airport_on_a_train_is_refused_by_name(rotterdam: Session) -> None:
    trip = _nantes(rotterdam)
    leg = trip.journey[0]
    legs = [
        JourneyLegData(leg.from_place_id, leg.to_place_id, TransportMode.PLANE, "QQ1"),
        JourneyLegData(leg.to_place_id, leg.from_place_id, TransportMode.TRAIN, "", "AMS"),
    ]
    with pytest.raises(ValidationError) as caught:
        set_journey(rotterdam, trip.id, legs)
    assert caught.value.fields == {"journey[0].from_airport", "journey[1].to_airport"}
    messages = " ".join(problem.message for problem in caught.value.problems)
    assert "QQ1" in messages and "(regel 1)" in messages


def test_old_trips_keep_their_set_until_estimated_again(rotterdam: Session, tmp_path: Path) -> None:
    text = (default_folder() / "uk-desnz-2025.toml").read_text(encoding="utf-8")
    shutil.copy(default_folder() / "uk-desnz-2025.toml", tmp_path)
    newer = text.replace('"uk-desnz-2025"', '"uk-desnz-2026"').replace("year = 2025", "year = 2026")
    newer = newer.replace('average = "0.12786"', 'average = "0.20000"')
    (tmp_path / "uk-desnz-2026.toml").write_text(newer, encoding="utf-8")
    clear_cache()
    trip = _nantes(rotterdam)
    kept = trip.co2_estimate
    legs = [JourneyLegData(leg.from_place_id, leg.to_place_id, leg.mode) for leg in trip.journey]
    trip = set_journey(rotterdam, trip.id, legs, folder=tmp_path)
    assert (trip.co2_estimate_set, trip.co2_estimate) == ("uk-desnz-2025", kept)
    trip = estimate_trip(rotterdam, trip.id, again=True, folder=tmp_path)
    assert trip.co2_estimate_set == "uk-desnz-2026" and trip.co2_estimate_year == 2026
    assert kept is not None and trip.co2_estimate is not None and trip.co2_estimate > kept

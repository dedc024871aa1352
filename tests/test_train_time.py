"""The travel policy's train-time rule (issue 20): a flight's train time as looked up, or a
rough estimate from the distance marked as estimated, checked against the policy's time
and listed in the annual overview with its reason."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from intzaken.domain.enums import DatePrecision, TransportMode, TripStatus
from intzaken.domain.models import Trip
from intzaken.i18n import language_scope
from intzaken.reports import build_report
from intzaken.services.co2_checks import flights_below_policy
from intzaken.services.co2_estimate import Point, great_circle_km
from intzaken.services.errors import ValidationError
from intzaken.services.history_query import record_entries
from intzaken.services.journey import JourneyLegData, set_journey
from intzaken.services.plausibility import record_findings
from intzaken.services.train_time import (
    estimated_minutes,
    parse_duration,
    train_time,
    train_time_text,
)
from intzaken.services.travel_policy import TravelPolicy, travel_policy
from intzaken.services.travel_policy_settings import set_travel_policy
from intzaken.services.trip_facts import JourneyFacts, TripFacts, facts_of, read_trip_facts
from intzaken.store.database import open_database

from .conftest import run_cli
from .pdf_reading import flat_text

TODAY = dt.date(2025, 3, 1)
ROTTERDAM = Point(51.9225, 4.47917, "NL")
BRUSSELS = Point(50.85045, 4.34878, "BE")


def test_the_estimate_is_the_distance_plus_a_fifth_at_the_chosen_speed() -> None:
    # 680 km as the crow flies: 816 km by rail; at 100 km/h 8.16 h = 489.6 -> 490 minutes.
    assert estimated_minutes(Decimal("680.0"), None) == 490
    assert estimated_minutes(Decimal("680.0"), 100) == 490
    # At 150 km/h: 816 * 60 / 150 = 326.4 -> 326 minutes.
    assert estimated_minutes(Decimal("680.0"), 150) == 326
    # Rotterdam-Brussels, 120 km: 144 km by rail, 86.4 -> 86 minutes at 100 km/h.
    km = great_circle_km(ROTTERDAM, BRUSSELS)
    assert Decimal("119") < km < Decimal("121")
    assert estimated_minutes(Decimal("120.0"), None) == 86


def test_a_looked_up_time_wins_over_the_estimate_and_only_the_estimate_says_so() -> None:
    looked_up = train_time(300, Decimal("680.0"), 150)
    assert (looked_up.minutes, looked_up.estimated) == (300, False)
    estimate = train_time(None, Decimal("680.0"), 150)
    assert (estimate.minutes, estimate.estimated) == (326, True)
    with language_scope("nl"):
        assert train_time_text(looked_up) == "5:00 u"
        assert train_time_text(estimate) == "ca. 5:26 u (geschat)"
    with language_scope("en"):
        assert train_time_text(estimate) == "about 5:26 h (estimated)"


@pytest.mark.parametrize(
    ("typed", "minutes"),
    [("5:30", 330), ("5u30", 330), (" 5.30 ", 330), ("330", 330), ("0:45", 45), ("5:30 u", 330)],
)
def test_a_typed_duration_is_read_as_minutes(typed: str, minutes: int) -> None:
    assert parse_duration(typed) == minutes


@pytest.mark.parametrize("typed", ["5:75", "vijf uur", "5:3", "-30", "5:30:00"])
def test_a_duration_that_is_none_of_the_forms_is_not_read(typed: str) -> None:
    assert parse_duration(typed) is None


def _facts(train_minutes: int | None) -> TripFacts:
    nantes = Point(47.21725, -1.55336, "FR")
    leg = JourneyFacts(TransportMode.PLANE, "Rotterdam", "Nantes", ROTTERDAM, nantes, train_minutes)
    train = JourneyFacts(TransportMode.TRAIN, "Nantes", "Parijs", nantes, ROTTERDAM, 60)
    return TripFacts(
        id=1,
        title="Nantes",
        status=TripStatus.DONE,
        date_precision=DatePrecision.DAY,
        start_date=None,
        end_date=None,
        travel_and_stay=None,
        other_costs=None,
        co2_tonnes=None,
        co2_offset=None,
        destinations=(),
        modes=(),
        travellers=(),
        journey=(leg, train),
    )


def test_the_time_rule_takes_the_looked_up_time_else_the_estimate() -> None:
    six_hours = TravelPolicy(None, 360, True)
    # Estimated at 100 km/h: about 8:10, above six hours: the train is not the rule.
    assert flights_below_policy(_facts(None), six_hours) == []
    # At 150 km/h the estimate is 5:26, below six hours.
    fast = TravelPolicy(None, 360, True, 150)
    [below] = flights_below_policy(_facts(None), fast)
    assert below.below_time and not below.below_distance and below.train.estimated
    # A looked-up 7:00 overrules the estimate; a looked-up 5:00 is below at any speed.
    assert flights_below_policy(_facts(420), fast) == []
    [looked_up] = flights_below_policy(_facts(300), six_hours)
    assert (looked_up.train.minutes, looked_up.train.estimated) == (300, False)
    # Only flights count: the train leg of 60 minutes is what the rule asks for.
    assert [f.from_name for f in flights_below_policy(_facts(300), six_hours)] == ["Rotterdam"]


@pytest.fixture
def rotterdam(rotterdam_session: Session) -> Session:
    return rotterdam_session


def _nantes(session: Session) -> Trip:
    trip = session.scalar(select(Trip).where(Trip.co2_tonnes == Decimal("190.9")))
    assert trip is not None
    return trip


def _policy_messages(session: Session, trip: Trip) -> list[str]:
    with language_scope("nl"):
        found = record_findings(session, "trips", trip.id, TODAY)
    return [f.message for f in found if "reisbeleid" in f.message]


def test_a_flight_below_the_train_time_without_a_reason_is_a_finding(rotterdam: Session) -> None:
    trip = _nantes(rotterdam)
    set_travel_policy(rotterdam, TravelPolicy(None, 360, True))
    assert travel_policy(rotterdam).train_below_minutes == 360
    # Nobody looked the time up: about 8:10 by the estimate, not below six hours.
    assert _policy_messages(rotterdam, trip) == []
    legs = [
        JourneyLegData(leg.from_place_id, leg.to_place_id, leg.mode, train_minutes="5:45")
        for leg in trip.journey
    ]
    set_journey(rotterdam, trip.id, legs)
    assert [leg.train_minutes for leg in trip.journey] == [345, 345]
    [message] = _policy_messages(rotterdam, trip)
    assert "Rotterdam" in message and "Nantes" in message
    assert "5:45 u met de trein" in message and "6:00 u" in message
    assert "geschat" not in message
    # The rows the check reads without the ORM say the same as the mapped trip.
    [row_facts] = read_trip_facts(rotterdam, ids=[trip.id])
    assert row_facts.journey == facts_of(trip).journey
    set_journey(rotterdam, trip.id, legs, policy_reason="Terug voor de raadsvergadering")
    assert _policy_messages(rotterdam, trip) == []


def test_the_team_s_speed_makes_the_estimate_and_the_finding_says_estimated(
    rotterdam: Session,
) -> None:
    trip = _nantes(rotterdam)
    set_travel_policy(rotterdam, TravelPolicy(None, 360, True, 150))
    [message] = _policy_messages(rotterdam, trip)
    assert "ca. 5:2" in message and "(geschat)" in message


def test_a_train_time_on_a_train_leg_or_a_strange_one_is_refused_by_name(
    rotterdam: Session,
) -> None:
    trip = _nantes(rotterdam)
    first, second = trip.journey
    legs = [
        JourneyLegData(
            first.from_place_id, first.to_place_id, TransportMode.TRAIN, "", "", "average", 300
        ),
        JourneyLegData(
            second.from_place_id, second.to_place_id, second.mode, train_minutes="vijf uur"
        ),
    ]
    with language_scope("nl"), pytest.raises(ValidationError) as caught:
        set_journey(rotterdam, trip.id, legs)
    assert caught.value.fields == {"journey[0].train_minutes", "journey[1].train_minutes"}
    messages = [p.message for p in caught.value.problems]
    assert any("alleen bij een vlucht" in m for m in messages)
    assert any("5:30" in m and "330" in m for m in messages)
    with pytest.raises(ValidationError):
        set_travel_policy(rotterdam, TravelPolicy(None, 360, True, 1000))


def test_the_annual_overview_lists_the_flight_with_its_train_time_and_reason(
    demo_copy: Callable[[str], Path], tmp_path: Path
) -> None:
    path = demo_copy("rotterdam")
    database = open_database(path)
    with database.sessions.begin() as session:
        set_travel_policy(session, TravelPolicy(None, 360, True))
        trip = _nantes(session)
        legs = [
            JourneyLegData(leg.from_place_id, leg.to_place_id, leg.mode, train_minutes=345)
            for leg in trip.journey
        ]
        set_journey(session, trip.id, legs, policy_reason="Geen nachttrein beschikbaar")
    with database.sessions() as session:
        build_report("annual", session, tmp_path / "jaar.pdf", year=2024, printed_on=TODAY)
    database.close()
    text = flat_text(tmp_path / "jaar.pdf")
    section = text[text.index("Vluchten onder de treinreistijd van 6:00 u") :]
    assert "onder 6:00 u met de trein" in section
    assert "gemiddelde snelheid van 100 km/u" in section
    assert "680 km 5:45 u 0,188 t 0,188 t Geen nachttrein" in section


def test_the_train_time_goes_out_and_back_in_through_the_workbook(
    demo_copy: Callable[[str], Path], tmp_path: Path
) -> None:
    path = demo_copy("rotterdam")
    database = open_database(path)
    with database.sessions.begin() as session:
        trip = _nantes(session)
        legs = [
            JourneyLegData(leg.from_place_id, leg.to_place_id, leg.mode, train_minutes=345)
            for leg in trip.journey
        ]
        set_journey(session, trip.id, legs)
    database.close()
    workbook = tmp_path / "r.xlsx"
    assert run_cli("export", "--out", str(workbook), "--db", str(path))[0] == 0
    book = load_workbook(workbook)
    sheet = book["Reisroute"]
    header = [cell.value for cell in sheet[1]]
    column = header.index("Treinreistijd (minuten)")
    filled = [row for row in sheet.iter_rows(min_row=2) if row[column].value is not None]
    assert [row[column].value for row in filled] == [345, 345]
    filled[1][column].value = 300
    book.save(workbook)
    code, out, err = run_cli("import", str(workbook), "--db", str(path))
    assert code == 0 and err == "" and "1 gewijzigd" in out
    database = open_database(path)
    with database.sessions() as session:
        assert [leg.train_minutes for leg in _nantes(session).journey] == [345, 300]
    database.close()


def test_the_history_names_the_train_time_a_leg_got(rotterdam: Session) -> None:
    trip = _nantes(rotterdam)
    legs = [
        JourneyLegData(leg.from_place_id, leg.to_place_id, leg.mode, train_minutes=345)
        for leg in trip.journey
    ]
    set_journey(rotterdam, trip.id, legs)
    rotterdam.flush()
    changed = [e for e in record_entries(rotterdam, "trips", trip.id) if e.field == "Reisroute"]
    assert changed and "met de trein 5:45 u" in (changed[0].new_value or "")
    assert "met de trein" not in (changed[0].old_value or "")

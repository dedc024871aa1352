"""The Rotterdam demo's example mission: always ahead of the day the demo is written,
marked as made up, complete enough for a real briefing pack, and linked to the real
relation with Shanghai and its MoU."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from intzaken.demo.mission import DemoDateError, DemoDates
from intzaken.domain.enums import AgreementKind
from intzaken.domain.models import Trip
from intzaken.services.country_facts import facts_by_country
from intzaken.services.readiness import ReadinessKind, readiness
from intzaken.store.database import open_database
from intzaken.store.location import Location

from .conftest import DEMO_WRITTEN, run_cli


@pytest.fixture(scope="module")
def rotterdam(demo_template: Callable[[str], Location]) -> Location:
    return demo_template("rotterdam")


def _upcoming(session, today: dt.date) -> list[Trip]:  # noqa: ANN001
    return list(session.scalars(select(Trip).where(Trip.start_date > today)))


def test_the_demo_has_one_upcoming_mission_marked_as_made_up(rotterdam: Location) -> None:
    today = DEMO_WRITTEN  # the mission's dates count from the day the demo is written
    database = open_database(rotterdam)
    try:
        with database.sessions() as session:
            [mission] = _upcoming(session, today)
            assert mission.notes.startswith("Fictief voorbeeld")
            assert mission.start_date >= today + dt.timedelta(weeks=5) - dt.timedelta(days=1)
            days = {item.day for item in mission.programme}
            assert len(days) >= 2
            meetings = [p for p in mission.programme if p.purpose]
            assert len(meetings) >= 6
            for meeting in meetings:
                assert meeting.contacts and meeting.talking_points, meeting.activity
            met = {c for p in mission.programme for c in p.contacts}
            assert all(c.name.endswith("(voorbeeld)") and c.phone and c.email for c in met)
            assert [leg.number for leg in mission.legs] == ["KL 895", "KL 896"]
            assert mission.legs[0].departure_time_zone == "Europe/Amsterdam"
            assert mission.stays[0].check_in == mission.programme[1].day
            assert mission.ground_contact is not None and mission.local_transport
            assert [r.place.name for r in mission.relations] == ["Shanghai"]
            assert [a.kind for a in mission.agreements] == [AgreementKind.MOU]
            assert [t.role for t in mission.travellers] == [
                "delegatieleider",
                "woordvoerder duurzaam bouwen",
            ]
            facts = facts_by_country(session, ["CN"])["CN"]
            assert facts.embassy_phone and facts.local_emergency_number.startswith("110")
            assert facts.travel_advice_checked == today - dt.timedelta(days=1)
            # Ready but for one deliberate item: the travel advice is checked again in the
            # last two weeks before departure.
            found = readiness(mission, {"CN": facts}, today)
            assert [item.kind for item in found] == [ReadinessKind.TRAVEL_ADVICE]
            assert "bekijk het opnieuw" in found[0].message
            assert readiness(mission, {"CN": facts}, mission.start_date - dt.timedelta(days=10))
    finally:
        database.close()


def test_the_past_shanghai_trip_names_the_mou_signed_on_it(rotterdam: Location) -> None:
    database = open_database(rotterdam)
    try:
        with database.sessions() as session:
            trip = session.scalars(select(Trip).where(Trip.start_date == dt.date(2024, 7, 1))).one()
            assert [a.kind for a in trip.agreements] == [AgreementKind.MOU]
    finally:
        database.close()


def test_the_command_line_lists_the_missions_last_item(tmp_path: Path) -> None:
    # Written today, as a user would, because `check` measures readiness against today.
    demo = tmp_path / "demo.sqlite"
    assert run_cli("demo", "--db", str(demo))[0] == 0
    database = open_database(demo)
    try:
        with database.sessions() as session:
            [mission] = _upcoming(session, dt.date.today())
            number = mission.id
    finally:
        database.close()
    code, out, err = run_cli("check", "--db", str(demo), "--trip", str(number))
    assert (code, err) == (1, "")
    assert "nog aan te vullen (1 punt)" in out and "China: Het reisadvies" in out


def test_relative_dates_count_from_the_day_the_demo_is_written() -> None:
    dates = DemoDates(dt.date(2026, 12, 3))  # a Thursday
    assert dates.mission_monday == dt.date(2027, 1, 11)
    assert dates.date("M-1") == dt.date(2027, 1, 10)
    assert dates.date("D-1") == dt.date(2026, 12, 2)
    assert dates.moment("M+0 08:40") == dt.datetime(2027, 1, 11, 8, 40)
    assert DemoDates(dt.date(2026, 12, 7)).mission_monday == dt.date(2027, 1, 11)  # a Monday
    assert dates.date(dt.date(2024, 7, 1)) == dt.date(2024, 7, 1)
    for wrong in ("M+1 25:00", "volgende week", "M+0 08:40"):
        with pytest.raises(DemoDateError):
            dates.date(wrong)

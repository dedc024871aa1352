"""A prepared mission travels whole: exported to a workbook and imported into another
file, copied for the journey and merged back, and checked for readiness from the
command line."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from intzaken.domain.models import Trip
from intzaken.new_database import create_database
from intzaken.services import trips
from intzaken.services.country_facts import facts_by_country
from intzaken.services.data import OrganisationData
from intzaken.services.organisation import set_organisation
from intzaken.services.readiness import ReadinessKind, readiness
from intzaken.services.snapshots import trip_data
from intzaken.store.database import Database, open_database
from intzaken.travel.applying import apply_merge
from intzaken.travel.merge_plan import settle
from intzaken.travel.planning import plan_merge
from intzaken.travel.writer import write_travel_copy

from .conftest import run_cli
from .exchange_helpers import canonical, registers_of
from .mission_helpers import START, mission_base, mission_data, save_china_facts
from .test_exchange import export, import_into

D = dt.date


@pytest.fixture
def mission(database: Database) -> int:
    with database.sessions.begin() as session:
        set_organisation(session, OrganisationData(name="Gemeente Proef"))
        base = mission_base(session)
        return trips.create_trip(session, mission_data(base)).id


def test_a_workbook_round_trip_keeps_every_mission_field(
    database: Database, mission: int, tmp_path: Path
) -> None:
    workbook = export(database.location, tmp_path / "missie.xlsx")
    sheets = load_workbook(workbook, read_only=True).sheetnames
    assert {"Reisprogramma", "Reisschema", "Verblijf", "Gastheren"} <= set(sheets)
    target = tmp_path / "doel.sqlite"
    create_database(target, "Gemeente Proef").close()
    plan, counts = import_into(target, workbook)
    assert plan.ok, [str(p) for p in plan.problems]
    assert registers_of(target)["trips"] == registers_of(database.location)["trips"]
    opened = open_database(target)
    try:
        with opened.sessions() as session:
            trip = session.get(Trip, 1)
            meeting = trip.programme[1]
            assert meeting.talking_points == "Walstroom vanaf 2028\nGroene corridor"
            assert [c.name for c in meeting.contacts][0] == "Li Wei (voorbeeld)"
            assert trip.legs[0].departure == dt.datetime(2027, 1, 10, 14, 5)
            assert trip.legs[1].arrival_time_zone == "Europe/Amsterdam"
    finally:
        opened.close()
    plan, counts = import_into(target, workbook)  # the same file again changes nothing
    assert plan.ok and counts is not None and sum(c.changed for c in counts.values()) == 0


def test_a_travel_copy_carries_the_mission_and_brings_changes_back(
    database: Database, mission: int, tmp_path: Path
) -> None:
    with database.sessions.begin() as session:
        save_china_facts(session, START - dt.timedelta(days=3))
    copy = tmp_path / "reis.sqlite"
    with database.sessions() as session:
        write_travel_copy(session, copy, trip_id=mission)
        team_data = canonical(session, trip_data(session.get(Trip, mission)))
    opened = open_database(copy, daily_backup=False)
    try:
        with opened.sessions.begin() as session:
            trip = session.get(Trip, mission)
            assert canonical(session, trip_data(trip)) == team_data
            assert facts_by_country(session, ["CN"])["CN"].embassy_phone == "+86 21 0000 0000"
            data = trip_data(trip)
            item = data.programme[1]
            data.programme[1] = dataclasses.replace(
                item,
                talking_points=item.talking_points + "\nUitnodiging Wereldhavendagen",
                contact_ids=item.contact_ids[::-1],
            )
            data.traveller_roles[data.traveller_ids[1]] = "notulist"
            trips.update_trip(session, mission, data)
    finally:
        opened.close()
    with database.sessions() as session:
        planned = plan_merge(session, copy)
    with database.sessions.begin() as session:
        apply_merge(session, planned, settle(planned))
    with database.sessions() as session:
        trip = session.get(Trip, mission)
        assert trip.programme[1].talking_points.endswith("Uitnodiging Wereldhavendagen")
        assert [c.name for c in trip.programme[1].contacts] == [
            "Chen Jing (voorbeeld)",
            "Li Wei (voorbeeld)",
        ]
        assert [t.role for t in trip.travellers] == ["delegatieleider", "notulist"]


def test_readiness_lists_what_is_missing_and_nothing_when_ready(
    database: Database, mission: int
) -> None:
    today = START - dt.timedelta(days=30)
    with database.sessions() as session:
        trip = session.get(Trip, mission)
        found = readiness(trip, facts_by_country(session, ["CN"]), today)
    assert [(i.kind, i.field) for i in found] == [
        (ReadinessKind.TRAVEL_ADVICE, "destinations[0].travel_advice"),
        (ReadinessKind.NO_EMERGENCY_NUMBER, "destinations[0].local_emergency_number"),
        (ReadinessKind.NO_EMERGENCY_NUMBER, "destinations[0].embassy_emergency_phone"),
        (ReadinessKind.CONTACT_WITHOUT_PHONE, "programme[2].contact_ids[0]"),
    ]
    assert found[3].message == (
        "Wang Fang (voorbeeld) (Havenbedrijf Shanghai) heeft geen telefoonnummer."
    )
    with database.sessions.begin() as session:
        save_china_facts(session, START - dt.timedelta(days=10))
        trip = session.get(Trip, mission)
        trip.programme[2].contact_links[0].contact.phone = "+86 21 5555 0103"
    with database.sessions() as session:
        trip = session.get(Trip, mission)
        assert readiness(trip, facts_by_country(session, ["CN"]), today) == []
        past = START + dt.timedelta(days=3)
        trip.legs.clear()
        assert readiness(trip, {}, past) == []  # over: nothing to prepare


def test_readiness_names_each_gap(database: Database, mission: int) -> None:
    with database.sessions.begin() as session:
        save_china_facts(session, START - dt.timedelta(days=60), advice="orange")
        data = trip_data(session.get(Trip, mission))
        data.programme = [data.programme[0], dataclasses.replace(data.programme[1], contact_ids=[])]
        data.legs, data.stays, data.hosts, data.ground_contact_id = data.legs[:1], [], [], None
        trips.update_trip(session, mission, data)
    with database.sessions() as session:
        trip = session.get(Trip, mission)
        found = readiness(trip, facts_by_country(session, ["CN"]), START - dt.timedelta(days=5))
    kinds = [i.kind for i in found]
    assert kinds == [
        ReadinessKind.MEETING_WITHOUT_CONTACT,
        ReadinessKind.EMPTY_DAY,
        ReadinessKind.EMPTY_DAY,
        ReadinessKind.NO_STAY,
        ReadinessKind.NO_RETURN_LEG,
        ReadinessKind.NO_GROUND_CONTACT,
        ReadinessKind.TRAVEL_ADVICE,
    ]
    messages = [i.message for i in found]
    assert messages[0] == (
        "Programma, maandag 11 januari 2027, 14:00 Gesprek havenbedrijf: er is geen "
        "gesprekspartner vastgelegd."
    )
    assert messages[1] == "Programma: op dinsdag 12 januari 2027 staat niets gepland."
    assert messages[-1] == "China: Het reisadvies is oranje."


def test_the_command_line_prints_the_checklist_and_says_ready_by_its_exit_status(
    database: Database, mission: int
) -> None:
    location = str(database.location)
    code, out, err = run_cli("check", "--db", location, "--trip", str(mission))
    assert code == 1, err
    assert out.splitlines()[0] == "Reis 1 'Missie Shanghai': nog aan te vullen (4 punten):"
    assert "- China: Het reisadvies is niet vastgelegd." in out.splitlines()
    code, out, err = run_cli("check", "--db", location, "--trip", "99")
    assert code == 1 and out == ""
    assert err == "Fout: Reis met nummer 99 bestaat niet (meer).\n"

"""Mission preparation in the services: everything a trip now holds is saved and read back
exactly, the rules refuse what cannot be right (naming field and row, in Dutch), and the
country facts are kept per country with their travel-advice warning."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy.orm import Session

from intzaken.domain.enums import TravelAdvice
from intzaken.domain.models import Contact, CountryFacts, Trip
from intzaken.services import trips
from intzaken.services.country_facts import (
    CountryFactsData,
    country_facts_data,
    get_country_facts,
    save_country_facts,
    travel_advice_warning,
)
from intzaken.services.data import ContactData
from intzaken.services.errors import ValidationError
from intzaken.services.history_query import record_entries
from intzaken.services.organisation import create_contact, update_contact
from intzaken.services.plausibility import record_findings
from intzaken.services.snapshots import contact_data, trip_data
from intzaken.store.database import Database

from .conftest import dump
from .mission_helpers import START, mission_base, mission_data, save_china_facts

D, T, DT = dt.date, dt.time, dt.datetime
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


@pytest.fixture
def base(database: Database) -> dict[str, int]:
    with database.sessions.begin() as session:
        return mission_base(session)


def _saved(database: Database, data: trips.TripData) -> int:
    with database.sessions.begin() as session:
        return trips.create_trip(session, data).id


def test_a_mission_is_read_back_exactly_as_saved(database: Database, base: dict[str, int]) -> None:
    data = mission_data(base)
    trip_id = _saved(database, data)
    with database.sessions() as session:
        trip = session.get(Trip, trip_id)
        # Saved without a route for the CO2 estimate (None: not given), read back as none.
        assert trip_data(trip) == dataclasses.replace(data, journey=[], policy_reason="")
        meeting = trip.programme[1]
        assert [c.name for c in meeting.contacts] == ["Li Wei (voorbeeld)", "Chen Jing (voorbeeld)"]
        assert [o.name for o in meeting.attendees] == ["Robert Simons"]
        assert [(p.day, p.position) for p in trip.programme] == [
            (START, 0),
            (START, 1),
            (START + dt.timedelta(days=1), 0),
            (START + dt.timedelta(days=2), 0),
        ]
        assert trip.ground_contact is not None and trip.ground_contact.name.startswith("Li Wei")
        assert [(t.official.name, t.role) for t in trip.travellers] == [
            ("Ahmed Aboutaleb", "delegatieleider"),
            ("Robert Simons", "woordvoerder"),
        ]


def test_the_order_within_a_day_is_the_order_given(
    database: Database, base: dict[str, int]
) -> None:
    trip_id = _saved(database, mission_data(base))
    with database.sessions.begin() as session:
        data = trip_data(session.get(Trip, trip_id))
        first, second = data.programme[0], data.programme[1]
        data.programme[0], data.programme[1] = second, first  # the meeting first
        trips.update_trip(session, trip_id, data)
    with database.sessions() as session:
        programme = session.get(Trip, trip_id).programme
        assert [p.activity for p in programme[:2]] == [
            "Gesprek havenbedrijf",
            "Aankomst en briefing",
        ]
        assert programme[0].contact_ids == [base["li"], base["chen"]]
        history = record_entries(session, "trips", trip_id)
        assert any(e.field == "Programma" for e in history)


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (
            {"programme": [trips.ProgrammeItemData(START, "Lunch", T(13, 0), end_time=T(12, 0))]},
            "programme[0].end_time",
            "Programma (regel 1): eindtijd (12:00) ligt vóór de begintijd (13:00)",
        ),
        (
            {"programme": [trips.ProgrammeItemData(START, "Lunch", time_zone="Mars/Olympus")]},
            "programme[0].time_zone",
            "'Mars/Olympus' is geen bekende tijdzone",
        ),
        (
            {
                "legs": [
                    # 20:00 in Shanghai is 12:00 UTC, before leaving Amsterdam at 13:05 UTC.
                    trips.LegData(
                        "plane",
                        departure=DT(2027, 1, 10, 14, 5),
                        departure_time_zone="Europe/Amsterdam",
                        arrival=DT(2027, 1, 10, 20, 0),
                        arrival_time_zone="Asia/Shanghai",
                    )
                ]
            },
            "legs[0].arrival",
            "Reisschema (regel 1): aankomst (10-01-2027 20:00 Asia/Shanghai) ligt niet na",
        ),
        (
            {"legs": [trips.LegData("plane", departure=DT(2027, 1, 10, 14, 5))]},
            "legs[0].departure_time_zone",
            "vul de tijdzone van vertrek in",
        ),
        (
            {"stays": [trips.StayData("Hotel", check_in=START, check_out=START)]},
            "stays[0].check_out",
            "Verblijf (regel 1): uitcheckdatum moet na de incheckdatum liggen",
        ),
        (
            {"stays": [trips.StayData("")]},
            "stays[0].hotel",
            "Verblijf (regel 1): hotel ontbreekt",
        ),
        (
            {"time_zone": "Shanghai"},
            "time_zone",
            "Tijdzone 'Shanghai' is geen bekende tijdzone",
        ),
        (
            {"legs": [trips.LegData("rocket")]},
            "legs[0].mode",
            "'rocket' is onbekend",
        ),
    ],
)
def test_what_cannot_be_right_is_refused_naming_field_and_row(
    database: Database, base: dict[str, int], change: dict[str, object], field: str, words: str
) -> None:
    before = dump(database)
    with pytest.raises(ValidationError) as caught, database.sessions.begin() as session:
        trips.create_trip(session, mission_data(base, **change))
    assert field in caught.value.fields
    assert words in str(caught.value)
    assert dump(database) == before


def test_attendees_and_roles_must_be_travellers(database: Database, base: dict[str, int]) -> None:
    data = mission_data(
        base,
        traveller_ids=[base["mayor"]],
        traveller_roles={base["alderman"]: "woordvoerder"},
    )
    data.programme[1].attendee_ids = [base["alderman"]]
    with pytest.raises(ValidationError) as caught, database.sessions.begin() as session:
        trips.create_trip(session, data)
    messages = {p.field: p.message for p in caught.value.problems}
    assert messages["programme[1].attendee_ids[0]"] == (
        "Programma (regel 2): aanwezige reizigers (nummer 1): Robert Simons is geen van de "
        "reizigers."
    )
    assert "Robert Simons is geen van de reizigers" in messages["traveller_roles"]


def test_a_host_named_twice_or_not_at_all_is_refused(
    database: Database, base: dict[str, int]
) -> None:
    data = mission_data(
        base,
        hosts=[trips.HostData(base["chen"]), trips.HostData(base["chen"]), trips.HostData(None)],
    )
    with pytest.raises(ValidationError) as caught, database.sessions.begin() as session:
        trips.create_trip(session, data)
    assert {"hosts[1]", "hosts[2].contact_id"} <= caught.value.fields


def test_a_programme_day_outside_the_trip_is_a_warning_not_an_error(
    database: Database, base: dict[str, int]
) -> None:
    data = mission_data(base)
    data.programme.append(trips.ProgrammeItemData(START + dt.timedelta(days=9), "Nazit"))
    trip_id = _saved(database, data)
    with database.sessions() as session:
        findings = record_findings(session, "trips", trip_id, START)
    assert [f.message for f in findings] == [
        "heeft een programmaonderdeel op 20 januari 2027, buiten de reisdata."
    ]


def test_deleting_a_contact_takes_it_out_of_the_programme_and_hosts(
    database: Database, base: dict[str, int]
) -> None:
    from intzaken.services.organisation import delete_contact

    trip_id = _saved(database, mission_data(base))
    with database.sessions.begin() as session:
        delete_contact(session, base["chen"])
        delete_contact(session, base["li"])
    with database.sessions() as session:
        trip = session.get(Trip, trip_id)
        assert trip.programme[1].contact_ids == []
        assert trip.hosts == [] and trip.ground_contact_id is None


def test_a_contacts_photo_and_notes_are_kept(database: Database) -> None:
    with database.sessions.begin() as session:
        data = ContactData(
            "Li Wei", notes="Spreekt Nederlands", photo=PNG, photo_media_type="image/png"
        )
        contact_id = create_contact(session, data).id
    with database.sessions.begin() as session:
        assert contact_data(session.get(Contact, contact_id)) == data
        update_contact(session, contact_id, dataclasses.replace(data, photo=None))
    with database.sessions() as session:
        contact = session.get(Contact, contact_id)
        assert (contact.photo, contact.photo_media_type, contact.notes) == (
            None,
            None,
            "Spreekt Nederlands",
        )
    gif = ContactData("X", photo=b"GIF89a", photo_media_type="image/gif")
    with (
        pytest.raises(ValidationError, match="Foto: alleen PNG of JPEG"),
        database.sessions.begin() as session,
    ):
        create_contact(session, gif)


def test_country_facts_are_kept_once_per_country(database: Database) -> None:
    with database.sessions.begin() as session:
        save_china_facts(session, D(2026, 12, 1))
    with database.sessions.begin() as session:
        facts = get_country_facts(session, "cn")
        assert facts is not None and facts.travel_advice is TravelAdvice.YELLOW
        data = country_facts_data(facts)
        data.local_emergency_number = "110 (politie), 120 (ambulance)"
        save_country_facts(session, "CN", data)
    with database.sessions() as session:
        assert session.query(CountryFacts).count() == 1
        assert get_country_facts(session, "CN").local_emergency_number.startswith("110 (politie)")


@pytest.mark.parametrize(
    ("data", "fields"),
    [
        (CountryFactsData(time_zone="China/Beijing"), {"time_zone"}),
        (CountryFactsData(currency="RMB"), {"currency"}),
        (CountryFactsData(travel_advice="purple"), {"travel_advice"}),
        (CountryFactsData(travel_advice_checked=D(2026, 12, 1)), {"travel_advice"}),
    ],
)
def test_country_facts_that_cannot_be_right_are_refused(
    database: Database, data: CountryFactsData, fields: set[str]
) -> None:
    with pytest.raises(ValidationError) as caught, database.sessions.begin() as session:
        save_country_facts(session, "CN", data)
    assert caught.value.fields == fields
    with database.sessions() as session:
        assert get_country_facts(session, "CN") is None


def test_the_travel_advice_warns_when_orange_red_unknown_or_stale(session: Session) -> None:
    departure = D(2027, 1, 10)
    assert travel_advice_warning(None, departure) == "Het reisadvies is niet vastgelegd."
    facts = CountryFacts(country_code="CN", travel_advice=TravelAdvice.YELLOW)
    facts.travel_advice_checked = departure - dt.timedelta(days=14)
    assert travel_advice_warning(facts, departure) is None
    facts.travel_advice_checked = departure - dt.timedelta(days=15)
    assert travel_advice_warning(facts, departure) == (
        "Het reisadvies is het laatst bekeken op 26 december 2026, meer dan 14 dagen voor "
        "vertrek: bekijk het opnieuw."
    )
    facts.travel_advice, facts.travel_advice_checked = TravelAdvice.ORANGE, departure
    assert travel_advice_warning(facts, departure) == "Het reisadvies is oranje."
    facts.travel_advice_checked = None
    facts.travel_advice = TravelAdvice.GREEN
    assert travel_advice_warning(facts, departure) == (
        "Bij het reisadvies staat niet wanneer het is bekeken."
    )

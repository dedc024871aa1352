"""Find anything (services/search): one query across the registers, on SQLite and
PostgreSQL, without case or accents, every word in any field of a record."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

import pytest
from sqlalchemy import literal, select
from sqlalchemy.orm import Session

from intzaken.registers import RegisterKey
from intzaken.services.agreements import create_agreement
from intzaken.services.budget import create_budget_line
from intzaken.services.data import (
    AgreementData,
    BudgetEntryData,
    BudgetLineData,
    ContactData,
    DestinationData,
    NetworkData,
    PlaceData,
    ProgrammeItemData,
    RelationData,
    RelationEventData,
    TripData,
)
from intzaken.services.networks import create_network
from intzaken.services.organisation import create_contact
from intzaken.services.places import create_place
from intzaken.services.relations import create_relation
from intzaken.services.search import SearchOutcome, search, warm_up
from intzaken.services.search.folding import _postgresql_tables, fold, postgresql_fold
from intzaken.services.trips import create_trip
from intzaken.store.database import Database

from .conftest import add_official, dump


@dataclass
class World:
    shanghai_relation: int
    zurich_relation: int
    old_trip: int
    new_trip: int
    zurich_trip: int
    met_in_shanghai: int
    relation_contact: int
    stranger: int
    agreement: int


def _trip(session: Session, title: str, start: str, places: list[tuple[str, int]], **more) -> int:
    day = dt.date.fromisoformat(start)
    travellers = more.pop("travellers")
    data = TripData(
        title=title,
        kind="working_visit",
        status=more.pop("status", "done"),
        start_date=day,
        end_date=day + dt.timedelta(days=3),
        destinations=[DestinationData(country_code=c, place_id=p) for c, p in places],
        traveller_ids=travellers,
        lead_official_id=travellers[0],
        **more,
    )
    return create_trip(session, data).id


@pytest.fixture
def world(database: Database) -> tuple[Database, World]:
    """Relations, trips, contacts, an agreement, a network and a budget line around
    Shanghai, Zürich and Łódź, in a fresh database."""
    with database.sessions.begin() as session:
        mayor = add_official(session)
        alderman = add_official(session, "Carola Schouten", "alderman", "2018-01-01")
        shanghai = create_place(session, PlaceData("Shanghai", "CN")).id
        zurich = create_place(session, PlaceData("Zürich", "CH")).id
        lodz = create_place(session, PlaceData("Łódź", "PL")).id
        met = create_contact(
            session, ContactData("Li Wei", "Shanghai Port Authority", "directeur", phone="+86 21")
        ).id
        ours = create_contact(session, ContactData("Chen Jing", "Foreign Affairs Office")).id
        stranger = create_contact(session, ContactData("Jan Jansen", "Kamer van Koophandel")).id
        shanghai_relation = create_relation(
            session,
            RelationData(
                "twin_city",
                shanghai,
                "active",
                contact_ids=[ours],
                events=[RelationEventData(dt.date(1979, 6, 1), "signing", "Stedenband getekend")],
            ),
        ).id
        zurich_relation = create_relation(
            session, RelationData("friendship", zurich, "active", notes="Kennisuitwisseling")
        ).id
        create_relation(session, RelationData("other", lodz, "dormant", notes="Textielstad"))
        old = _trip(session, "Handelsmissie", "2019-05-10", [("CN", shanghai)], travellers=[mayor])
        new = _trip(
            session,
            "Missie haven",
            "2024-07-01",
            [("CN", shanghai)],
            travellers=[alderman],
            purpose="MoU verlengen",
            programme=[
                ProgrammeItemData(
                    dt.date(2024, 7, 2), "Gesprek met de havenautoriteit", contact_ids=[met]
                )
            ],
        )
        zurich_trip = _trip(
            session,
            "Congres",
            "2022-03-01",
            [("CH", zurich)],
            notes="Smart city congres",
            travellers=[mayor],
        )
        _trip(
            session, "Later", "2027-01-10", [("CN", shanghai)], status="planned", travellers=[mayor]
        )
        agreement = create_agreement(
            session,
            AgreementData(
                "mou",
                "MoU haven en logistiek",
                "active",
                counterparts="Stadsbestuur",
                signed_on=dt.date(2024, 7, 3),
                relation_ids=[shanghai_relation],
            ),
        ).id
        create_network(
            session, NetworkData("Eurocities", scope="Europese steden", contact_ids=[stranger])
        )
        create_budget_line(
            session,
            BudgetLineData(
                2024,
                "Internationale reizen",
                Decimal("50000.00"),
                entries=[
                    BudgetEntryData(
                        "expense", dt.date(2024, 7, 9), "Vlucht Shanghai", Decimal("1234.50")
                    )
                ],
            ),
        )
    return database, World(
        shanghai_relation, zurich_relation, old, new, zurich_trip, met, ours, stranger, agreement
    )


def _find(world: tuple[Database, World], query: str) -> SearchOutcome:
    database, _ = world
    with database.sessions() as session:
        return search(session, query)


def _ids(outcome: SearchOutcome, register: RegisterKey) -> list[int]:
    for group in outcome.groups:
        if group.register == register:
            return [result.record_id for result in group.results]
    return []


def test_a_place_finds_its_relation_trips_newest_first_and_the_contacts_met_there(world) -> None:
    _, w = world
    outcome = _find(world, "Shanghai")
    assert _ids(outcome, RegisterKey.RELATIONS) == [w.shanghai_relation]
    trips = _ids(outcome, RegisterKey.TRIPS)
    assert trips[1:] == [w.new_trip, w.old_trip]  # the planned trip of 2027 first
    assert set(_ids(outcome, RegisterKey.CONTACTS)) == {w.met_in_shanghai, w.relation_contact}
    assert _ids(outcome, RegisterKey.AGREEMENTS) == [w.agreement]
    assert [g.register for g in outcome.groups][:3] == [
        RegisterKey.RELATIONS,
        RegisterKey.TRIPS,
        RegisterKey.CONTACTS,
    ]
    assert RegisterKey.NETWORKS not in [g.register for g in outcome.groups]


def test_results_say_why_they_matched_and_when(world) -> None:
    _, w = world
    outcome = _find(world, "shanghai")
    groups = {group.register: group for group in outcome.groups}
    relation = groups[RegisterKey.RELATIONS].results[0]
    assert relation.title == "Shanghai, China"
    assert relation.title_marks == ((0, 8),)
    assert "1 juli 2024" in relation.detail  # the last trip carried out there
    trip = next(r for r in groups[RegisterKey.TRIPS].results if r.record_id == w.new_trip)
    assert trip.when == "1 t/m 4 juli 2024"
    assert trip.start_date == dt.date(2024, 7, 1)
    assert [(hit.field, hit.snippet) for hit in trip.hits] == [("Bestemming", "Shanghai")]
    contact = next(
        r for r in groups[RegisterKey.CONTACTS].results if r.record_id == w.met_in_shanghai
    )
    assert contact.detail == "directeur · Shanghai Port Authority · laatst ontmoet 2 juli 2024"
    # Its organisation holds the word too, but is in the detail line already: the trip
    # it was met on says more.
    assert [(hit.field, hit.snippet) for hit in contact.hits] == [
        ("Ontmoet tijdens reis naar", "Shanghai")
    ]
    assert contact.opens == (RegisterKey.TRIPS, w.new_trip)  # no relation or network
    chen = next(
        r for r in groups[RegisterKey.CONTACTS].results if r.record_id == w.relation_contact
    )
    assert chen.opens == (RegisterKey.RELATIONS, w.shanghai_relation)
    assert [hit.field for hit in chen.hits] == ["Relatie"]


def test_accents_and_case_do_not_matter_either_way(world) -> None:
    _, w = world
    assert _ids(_find(world, "zurich"), RegisterKey.RELATIONS) == [w.zurich_relation]
    assert _ids(_find(world, "ZÜRICH"), RegisterKey.RELATIONS) == [w.zurich_relation]
    decomposed = unicodedata.normalize("NFD", "Zürich")
    assert _ids(_find(world, decomposed), RegisterKey.RELATIONS) == [w.zurich_relation]
    lodz = _find(world, "lodz")
    assert [r.title for r in lodz.groups[0].results] == ["Łódź, Polen"]
    assert lodz.groups[0].results[0].title_marks == ((0, 4),)


def test_every_word_must_match_somewhere_in_the_record(world) -> None:
    _, w = world
    # "schouten" is a traveller, "shanghai" a destination: only the trip with both.
    outcome = _find(world, "Schouten shanghai")
    assert [g.register for g in outcome.groups] == [RegisterKey.TRIPS]
    assert _ids(outcome, RegisterKey.TRIPS) == [w.new_trip]
    assert {hit.field for hit in outcome.groups[0].results[0].hits} == {
        "Bestemming",
        "Reizigers",
    }
    assert _find(world, "shanghai zurich").groups == ()
    assert _ids(_find(world, "shanghai 2019"), RegisterKey.TRIPS) == [w.old_trip]


def test_kinds_and_statuses_are_found_by_their_words(world) -> None:
    _, w = world
    assert _ids(_find(world, "vriendschapsrelatie"), RegisterKey.RELATIONS) == [w.zurich_relation]
    assert _ids(_find(world, "stedenband shanghai"), RegisterKey.RELATIONS) == [w.shanghai_relation]


def test_notes_programmes_bookings_and_networks_are_searched(world) -> None:
    _, w = world
    assert _ids(_find(world, "havenautoriteit"), RegisterKey.TRIPS) == [w.new_trip]
    assert _ids(_find(world, "smart city"), RegisterKey.TRIPS) == [w.zurich_trip]
    budget = _find(world, "vlucht")
    assert budget.groups[0].register == RegisterKey.BUDGET
    assert budget.groups[0].results[0].hits[0].snippet == "Vlucht Shanghai"
    network = _find(world, "europese")
    assert network.groups[0].results[0].title == "Eurocities"
    assert _ids(_find(world, "koophandel"), RegisterKey.CONTACTS) == [w.stranger]


def test_nothing_to_look_for_and_characters_of_sql(world) -> None:
    assert _find(world, "").groups == ()
    assert _find(world, "  a  ").words == ()  # one letter matches nearly everything
    assert _find(world, "%").groups == ()
    assert _find(world, "_h").groups == ()  # LIKE's wildcards are plain characters
    assert _find(world, "'; drop table trips; --").groups == ()
    assert _find(world, "Shanghai,").total == _find(world, "shanghai").total


def test_the_count_covers_results_beyond_the_limit(world) -> None:
    database, w = world
    with database.sessions() as session:
        outcome = search(session, "shanghai", limit=1)
    trips = next(g for g in outcome.groups if g.register == RegisterKey.TRIPS)
    assert trips.total == 3
    assert len(trips.results) == 1
    assert trips.more == 2


def test_the_folding_in_sql_is_the_folding_in_python(world) -> None:
    """On PostgreSQL the folding is an SQL expression generated from `fold`: the same
    for every letter it covers. (SQLite calls `fold` itself.)"""
    database, _ = world
    several, source, _target = _postgresql_tables()
    letters = [char for char, _ in several] + list(source)
    text = "".join(letters) + "ABCxyz"
    with database.sessions() as session:
        if session.get_bind().dialect.name != "postgresql":
            pytest.skip("SQLite folds with the Python function itself")
        folded = session.scalar(select(postgresql_fold(literal(text))))
    assert folded == fold(text)


def test_warming_up_prepares_without_reading_or_changing_anything(world) -> None:
    database, w = world
    before = dump(database)
    with database.sessions() as session:
        warm_up(session, most_words=2)
        assert _ids(search(session, "shanghai schouten"), RegisterKey.TRIPS) == [w.new_trip]
    assert dump(database) == before

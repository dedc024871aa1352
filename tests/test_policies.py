"""Policies and their priorities (issue 23): what the team keeps of a policy framework,
how its priorities are checked, and how trips, relations and networks come to serve them."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from intzaken.domain.enums import ChangeAction, PriorityKind
from intzaken.domain.models import Change, Policy, Trip
from intzaken.registers import RegisterKey
from intzaken.services import networks, places, relations, trips
from intzaken.services.data import NetworkData, PolicyData, PriorityData, RelationData
from intzaken.services.errors import ValidationError
from intzaken.services.history_query import record_entries
from intzaken.services.policies import create_policy, delete_policy, update_policy
from intzaken.services.priority_proposals import (
    linked_priority_ids,
    proposed_priority_ids,
    set_linked_priorities,
    with_proposed_links,
)
from intzaken.services.records import priority_records
from intzaken.services.snapshots import policy_data
from intzaken.store.database import Database
from tests.conftest import add_official, file_only, run_cli

GULF = ["AE", "SA", "QA", "KW", "BH", "OM"]


def _policy(**changes: object) -> PolicyData:
    data = PolicyData(
        title="Internationaal beleidskader 2021-2025",
        period_from=2021,
        period_to=2025,
        adopted_on=dt.date(2021, 3, 11),
        source="Internationaal beleidskader Rotterdam 2021-2025",
        priorities=[
            PriorityData(PriorityKind.PRIORITY_COUNTRY, "Duitsland", ["DE"]),
            PriorityData(PriorityKind.PRIORITY_COUNTRY, "Golfregio", GULF),
            PriorityData(PriorityKind.MARKET_EXPLORED, "Japan", ["JP"]),
            PriorityData(
                PriorityKind.SECTOR, "Energie en weerbaarheid", themes=["energietransitie"]
            ),
        ],
    )
    for name, value in changes.items():
        setattr(data, name, value)
    return data


def _trip(session: Session, title: str, country: str, themes: list[str]) -> int:
    mayor = add_official(session, f"Reiziger {title}")
    return trips.create_trip(
        session,
        trips.TripData(
            title=title,
            kind="working_visit",
            status="done",
            start_date=dt.date(2024, 5, 1),
            end_date=dt.date(2024, 5, 3),
            destinations=[trips.DestinationData(country)],
            traveller_ids=[mayor],
            lead_official_id=mayor,
            themes=themes,
        ),
    ).id


def test_a_policy_keeps_its_period_source_and_priorities_in_order(session: Session) -> None:
    policy = create_policy(session, _policy())
    session.flush()
    again = policy_data(session.get(Policy, policy.id))
    assert again.source == "Internationaal beleidskader Rotterdam 2021-2025"
    assert (again.period_from, again.period_to) == (2021, 2025)
    assert [p.name for p in again.priorities] == [
        "Duitsland",
        "Golfregio",
        "Japan",
        "Energie en weerbaarheid",
    ]
    assert again.priorities[1].country_codes == GULF


def test_wrong_priorities_are_refused_naming_the_line(session: Session) -> None:
    bad = _policy(
        period_from=2025,
        period_to=2021,
        priorities=[
            PriorityData(PriorityKind.PRIORITY_COUNTRY, "Golfregio", ["AE", "XX"]),
            PriorityData("favourite", "Japan", ["JP"]),
            PriorityData(PriorityKind.SECTOR, ""),
        ],
    )
    with pytest.raises(ValidationError) as refused:
        create_policy(session, bad)
    messages = [p.message for p in refused.value.problems]
    assert refused.value.fields == {
        "period_to",
        "priorities[0].country_codes[1]",
        "priorities[1].kind",
        "priorities[2].name",
    }
    assert any("Prioriteiten (regel 1)" in m and "'XX'" in m for m in messages)


def test_a_priority_is_named_once_per_kind(session: Session) -> None:
    twice = PriorityData(PriorityKind.PRIORITY_COUNTRY, "Duitsland", ["DE"])
    with pytest.raises(ValidationError) as refused:
        create_policy(session, _policy(priorities=[twice, twice]))
    assert refused.value.fields == {"priorities[1].name"}


def test_two_policies_may_not_share_a_title(session: Session) -> None:
    create_policy(session, _policy())
    with pytest.raises(ValidationError) as refused:
        create_policy(session, _policy(title="INTERNATIONAAL beleidskader 2021-2025"))
    assert refused.value.fields == {"title"}


def test_trips_and_relations_are_proposed_from_their_countries_and_themes(
    session: Session,
) -> None:
    dubai = _trip(session, "Missie Dubai", "AE", [])
    hamburg = _trip(session, "Waterstofbeurs Hamburg", "DE", ["energietransitie"])
    lima = _trip(session, "Bezoek Lima", "PE", ["cultuur"])
    osaka = places.create_place(session, places.PlaceData(name="Osaka", country_code="JP"))
    twin = relations.create_relation(
        session, RelationData(kind="twin_city", place_id=osaka.id, status="active")
    )
    network = networks.create_network(
        session, NetworkData(name="Eurocities", themes=["energietransitie"])
    )
    policy = create_policy(session, _policy())
    proposed = with_proposed_links(session, policy.id)
    by_name = {p.name: p for p in proposed.priorities}
    assert by_name["Golfregio"].trip_ids == [dubai]
    assert by_name["Duitsland"].trip_ids == [hamburg]
    assert by_name["Japan"].relation_ids == [twin.id]
    assert by_name["Energie en weerbaarheid"].trip_ids == [hamburg]
    assert by_name["Energie en weerbaarheid"].network_ids == [network.id]
    assert all(lima not in p.trip_ids for p in proposed.priorities)
    # Only proposed: nothing is linked until the user saves the proposal.
    assert linked_priority_ids(session, RegisterKey.TRIPS, dubai) == []
    update_policy(session, policy.id, proposed)
    golf = next(p for p in policy.priorities if p.name == "Golfregio")
    assert linked_priority_ids(session, RegisterKey.TRIPS, dubai) == [golf.id]


def test_a_form_proposes_and_the_user_confirms_the_links(session: Session) -> None:
    hamburg = _trip(session, "Waterstofbeurs Hamburg", "DE", ["energietransitie"])
    policy = create_policy(session, _policy())
    germany, _gulf, _japan, energy = (p.id for p in policy.priorities)
    proposal = proposed_priority_ids(session, ["DE"], ["energietransitie"])
    assert proposal == [germany, energy]
    # The user unticks the sector: only the country is linked.
    set_linked_priorities(session, RegisterKey.TRIPS, hamburg, [germany])
    assert linked_priority_ids(session, RegisterKey.TRIPS, hamburg) == [germany]
    set_linked_priorities(session, RegisterKey.TRIPS, hamburg, [])
    assert linked_priority_ids(session, RegisterKey.TRIPS, hamburg) == []


def test_the_history_names_each_link_made_and_the_priorities_keep_their_numbers(
    session: Session,
) -> None:
    hamburg = _trip(session, "Waterstofbeurs Hamburg", "DE", [])
    policy = create_policy(session, _policy())
    numbers = [p.id for p in policy.priorities]
    set_linked_priorities(session, RegisterKey.TRIPS, hamburg, [numbers[0]])
    changed = session.scalars(
        select(Change).where(Change.register == "policies", Change.action == ChangeAction.CHANGED)
    ).all()
    assert [c.field for c in changed] == ["Prioriteiten"]
    assert "Waterstofbeurs Hamburg" in changed[0].new_value or str(hamburg) in changed[0].new_value
    assert [p.id for p in session.get(Policy, policy.id).priorities] == numbers


def test_deleting_a_policy_keeps_the_trips_it_named(session: Session) -> None:
    hamburg = _trip(session, "Waterstofbeurs Hamburg", "DE", [])
    policy = create_policy(session, _policy())
    update_policy(session, policy.id, with_proposed_links(session, policy.id))
    delete_policy(session, policy.id)
    session.flush()
    assert session.get(Policy, policy.id) is None
    assert session.get(trips.Trip, hamburg) is not None
    assert priority_records(session) == []


def test_the_priorities_of_the_policies_in_force_are_listed(session: Session) -> None:
    create_policy(session, _policy())
    create_policy(session, _policy(title="Oud beleid", period_from=2015, period_to=2020))
    in_2024 = priority_records(session, 2024)
    assert {r["policy"] for r in in_2024} == {"Internationaal beleidskader 2021-2025"}
    assert in_2024[1] | {"id": 0, "policy_id": 0} == {
        "id": 0,
        "policy_id": 0,
        "policy": "Internationaal beleidskader 2021-2025",
        "kind": "priority_country",
        "name": "Golfregio",
        "country_codes": GULF,
        "themes": [],
        "trip_ids": [],
        "relation_ids": [],
        "network_ids": [],
    }
    assert len(priority_records(session)) == 8


def test_list_priorities_on_the_command_line(database: Database) -> None:
    with database.sessions.begin() as session:
        create_policy(session, _policy())
    path = file_only(database.location)
    code, out, _err = run_cli("list", "priorities", "--db", str(path), "--format", "json")
    assert code == 0
    assert [r["name"] for r in json.loads(out)][:2] == ["Duitsland", "Golfregio"]
    code, out, _err = run_cli("list", "priorities", "--db", str(path))
    assert code == 0
    assert "Golfregio" in out and "prioriteitsland" in out and "(4 regels)" in out


def test_a_trips_history_names_the_priorities_it_serves_before_and_after(
    session: Session,
) -> None:
    """The Beleid tab's change shows in the trip's own History tab, in Dutch words."""
    hamburg = _trip(session, "Waterstofbeurs Hamburg", "DE", [])
    policy = create_policy(session, _policy())
    germany, _gulf, _japan, energy = (p.id for p in policy.priorities)
    version = session.get(Trip, hamburg).version
    set_linked_priorities(session, RegisterKey.TRIPS, hamburg, [germany, energy])
    set_linked_priorities(session, RegisterKey.TRIPS, hamburg, [energy])
    entries = record_entries(session, "trips", hamburg)
    changed = [(e.field, e.old_value, e.new_value) for e in entries if e.field is not None]
    assert changed == [
        (
            "Gediende prioriteiten",
            "prioriteitsland Duitsland\nsector Energie en weerbaarheid",
            "sector Energie en weerbaarheid",
        ),
        ("Gediende prioriteiten", "", "prioriteitsland Duitsland\nsector Energie en weerbaarheid"),
    ]
    assert session.get(Trip, hamburg).version == version  # the links are the policy's

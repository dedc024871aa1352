"""The plan of merging a travel copy back, as the traveller and the colleague at home
would state its rules: what is taken over, what stays, what is asked, what the questions
show, and that a plan made before either database changed again is not carried out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from intzaken.domain.models import Contact, Network, Place, TravelCopyReturn, Trip
from intzaken.i18n import language_scope
from intzaken.services.history import log_created
from intzaken.services.networks import NetworkData, create_network, delete_network
from intzaken.services.organisation import ContactData, create_contact, delete_contact
from intzaken.services.places import PlaceData, create_place
from intzaken.services.trips import DestinationData, ProgrammeItemData, delete_trip
from intzaken.store.database import Database, open_database
from intzaken.travel.applying import apply_merge
from intzaken.travel.errors import TravelCopyError
from intzaken.travel.identities import Identities
from intzaken.travel.merge_plan import Case, MergePlan, RecordMerge, Side
from intzaken.travel.planning import fingerprint, plan_merge
from intzaken.travel.registers import REGISTERS

from .travel_helpers import STAY_AT_HOME, TRAVELLER, change, edited, opened_team, plan, team_ids

MISSION = "reis 'Handelsmissie Japan en Portugal'"


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    """The team database and a travel copy for the mission (copied for each test)."""
    yield from opened_team(tmp_path)


@pytest.fixture
def team(database: Database) -> dict[str, int]:
    return team_ids()


def by_title(planned: MergePlan) -> dict[str, RecordMerge]:
    return {record.title: record for record in planned.records}


def fields_of(record: RecordMerge) -> dict[str, tuple[Any, Any, Any, Side | None]]:
    """Each field the plan lists: (base, mine, theirs, the side proposed)."""
    return {f.name: (f.base, f.mine, f.theirs, f.proposed) for f in record.fields}


def uuid_text(session: Session, model: type[Any], record_id: int) -> str:
    return str(session.get(model, record_id).uuid)


def programme_with(session: Session, trip_id: int, *items: ProgrammeItemData) -> Any:
    return [*REGISTERS["trips"].to_data(session.get(Trip, trip_id)).programme, *items]


def merge_unmarked(database: Database, planned: MergePlan) -> None:
    """Merge `planned` as it stands, the copy left unmarked (the drive pulled out)."""
    with database.sessions() as session:
        apply_merge(session, planned, {})
        session.delete(session.scalar(select(TravelCopyReturn)))
        session.commit()


def test_two_people_editing_different_fields_of_one_trip_are_asked_nothing(
    database: Database, tmp_path: Path, team: dict[str, int]
) -> None:
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        change(session, "trips", team["mission"], notes="Gesprekken goed verlopen")
    with edited(database.path, STAY_AT_HOME) as session:
        change(session, "trips", team["mission"], purpose="Havens en waterstof")
    planned = plan(database, tmp_path)
    mission = by_title(planned)[MISSION]
    assert mission.case is Case.CHANGED_ON_BOTH
    assert fields_of(mission) == {
        "purpose": (
            "Havens en innovatie",
            "Havens en innovatie",
            "Havens en waterstof",
            Side.THEIRS,
        ),
        "notes": ("", "Gesprekken goed verlopen", "", Side.MINE),
    }
    assert planned.unresolved({}) == [] and planned.kept == 0


def test_the_same_field_changed_differently_on_both_sides_must_be_chosen(
    database: Database, tmp_path: Path, team: dict[str, int]
) -> None:
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        change(session, "trips", team["mission"], notes="Uit Osaka")
    with edited(database.path, STAY_AT_HOME) as session:
        change(session, "trips", team["mission"], notes="Van thuis")
    planned = plan(database, tmp_path)
    mission = by_title(planned)[MISSION]
    assert fields_of(mission) == {"notes": ("", "Uit Osaka", "Van thuis", None)}
    assert planned.unresolved({}) == [mission]
    assert planned.unresolved({(mission.uuid, "notes"): Side.THEIRS}) == []


def test_the_same_change_made_on_both_sides_is_no_question(
    database: Database, tmp_path: Path, team: dict[str, int]
) -> None:
    for path in (tmp_path / "reis.sqlite", database.path):
        with edited(path, TRAVELLER) as session:
            change(session, "trips", team["mission"], notes="Verslag volgt")
    planned = plan(database, tmp_path)
    assert (planned.records, planned.kept) == ([], 0)


def test_a_change_of_the_copy_made_at_home_too_leaves_the_home_version(
    database: Database, tmp_path: Path, team: dict[str, int]
) -> None:
    """The traveller phoned the change home; home changed another field as well."""
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        change(session, "trips", team["mission"], notes="Verslag volgt")
    with edited(database.path, STAY_AT_HOME) as session:
        change(session, "trips", team["mission"], notes="Verslag volgt", purpose="Waterstof")
    planned = plan(database, tmp_path)
    assert (planned.records, planned.kept) == ([], 1)


def test_a_field_changed_and_changed_back_is_no_change(
    database: Database, tmp_path: Path, team: dict[str, int]
) -> None:
    """Saved twice in the copy, the trip is as it was taken: nothing to take over."""
    for notes in ("Misschien Kyoto", ""):
        with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
            change(session, "trips", team["mission"], notes=notes)
    planned = plan(database, tmp_path)
    assert (planned.records, planned.kept) == ([], 0)


def test_a_change_made_at_home_too_and_another_made_in_the_copy_only_is_taken_over(
    database: Database, tmp_path: Path, team: dict[str, int]
) -> None:
    """The traveller phoned the purpose home and also wrote notes: no question."""
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        change(session, "trips", team["mission"], purpose="Waterstof", notes="Verslag volgt")
    with edited(database.path, STAY_AT_HOME) as session:
        change(session, "trips", team["mission"], purpose="Waterstof")
    planned = plan(database, tmp_path)
    mission = by_title(planned)[MISSION]
    assert mission.case is Case.CHANGED_IN_COPY
    assert fields_of(mission) == {"notes": ("", "Verslag volgt", "", Side.MINE)}
    assert planned.unresolved({}) == [] and planned.kept == 0


def test_a_record_changed_in_the_copy_is_taken_over_with_the_base_beside_it(
    database: Database, tmp_path: Path, team: dict[str, int]
) -> None:
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        change(session, "trips", team["osaka_2023"], notes="Foto's toegevoegd")
    record = by_title(plan(database, tmp_path))["reis 'Werkbezoek Osaka'"]
    assert record.case is Case.CHANGED_IN_COPY
    assert fields_of(record) == {"notes": ("", "Foto's toegevoegd", "", Side.MINE)}


def test_a_record_deleted_on_one_side_and_changed_on_the_other_shows_no_value_for_the_deleter(
    database: Database, tmp_path: Path, team: dict[str, int]
) -> None:
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        change(session, "trips", team["osaka_2023"], notes="Foto's toegevoegd")
        delete_trip(session, team["porto_2022"])
    with edited(database.path, STAY_AT_HOME) as session:
        delete_trip(session, team["osaka_2023"])
        change(session, "trips", team["porto_2022"], outcomes="Verslag")
    records = by_title(plan(database, tmp_path))
    osaka, porto = records["reis 'Werkbezoek Osaka'"], records["reis 'Werkbezoek Porto'"]
    assert osaka.case is Case.DELETED_IN_TEAM_CHANGED_IN_COPY
    assert fields_of(osaka) == {"notes": ("", "Foto's toegevoegd", None, Side.MINE)}
    assert porto.case is Case.DELETED_IN_COPY_CHANGED_IN_TEAM
    assert fields_of(porto) == {"outcomes": ("", None, "Verslag", Side.THEIRS)}


def test_a_trip_deleted_at_home_but_changed_in_the_copy_brings_back_what_it_names(
    database: Database, tmp_path: Path, team: dict[str, int]
) -> None:
    """Restoring the trip restores all of it, also the network it names in a field the
    copy did not change, which home deleted after the trip."""
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        change(session, "trips", team["mission"], notes="Gesprekken goed verlopen")
    with edited(database.path, STAY_AT_HOME) as session:
        delete_trip(session, team["mission"])
        delete_network(session, team["mission_network"])
    assert {r.title: r.case for r in plan(database, tmp_path).records} == {
        MISSION: Case.DELETED_IN_TEAM_CHANGED_IN_COPY,
        "netwerk 'Handelsnetwerk Azie'": Case.DELETED_IN_TEAM_USED_IN_COPY,
    }


def test_a_record_deleted_at_home_that_the_copy_left_alone_stays_deleted(
    database: Database, tmp_path: Path, team: dict[str, int]
) -> None:
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        delete_trip(session, team["osaka_2023"])  # deleted on both sides
    with edited(database.path, STAY_AT_HOME) as session:
        delete_trip(session, team["osaka_2023"])
        delete_trip(session, team["porto_2022"])
    assert plan(database, tmp_path).nothing_to_do


def test_a_contact_added_on_both_sides_under_one_name_is_two_contacts(
    database: Database, tmp_path: Path, team: dict[str, int]
) -> None:
    """Unlike a place, two people of the same name are not taken for one."""
    for path in (tmp_path / "reis.sqlite", database.path):
        with edited(path, TRAVELLER) as session:
            create_contact(session, ContactData("Haruki Mori"))
    planned = plan(database, tmp_path)
    assert [(r.title, r.case) for r in planned.records] == [
        ("contactpersoon 'Haruki Mori'", Case.NEW_IN_COPY)
    ]
    assert planned.aliases == {}


def test_what_a_new_record_of_the_copy_refers_to_is_brought_back_with_what_that_refers_to(
    database: Database, tmp_path: Path, team: dict[str, int]
) -> None:
    """The copy's new contact is in the programme; the programme also names a network
    deleted at home, whose contact was deleted at home too: both come back as questions."""
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        haruki = create_contact(session, ContactData("Haruki Mori"))
        change(
            session,
            "trips",
            team["mission"],
            network_ids=[team["mission_network"], team["ports"]],
            programme=programme_with(
                session,
                team["mission"],
                ProgrammeItemData(dt.date(2025, 4, 12), "Lunch", None, "", [haruki.id]),
            ),
        )
    with edited(database.path, STAY_AT_HOME) as session:
        delete_network(session, team["ports"])
        delete_contact(session, team["mia"])  # of the network "Havensteden" only
    planned = plan(database, tmp_path)
    assert {r.title: r.case for r in planned.records} == {
        "contactpersoon 'Haruki Mori'": Case.NEW_IN_COPY,
        MISSION: Case.CHANGED_IN_COPY,
        "netwerk 'Havensteden'": Case.DELETED_IN_TEAM_USED_IN_COPY,
        "contactpersoon 'Mia Koch'": Case.DELETED_IN_TEAM_USED_IN_COPY,
    }


def test_a_contact_deleted_at_home_is_brought_back_for_a_network_new_in_the_copy(
    database: Database, tmp_path: Path, team: dict[str, int]
) -> None:
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        create_network(
            session,
            NetworkData(
                "Waterstofsteden", responsible_official_id=team["bram"], contact_ids=[team["mia"]]
            ),
        )
    with edited(database.path, STAY_AT_HOME) as session:
        delete_contact(session, team["mia"])
    assert {r.title: r.case for r in plan(database, tmp_path).records} == {
        "netwerk 'Waterstofsteden'": Case.NEW_IN_COPY,
        "contactpersoon 'Mia Koch'": Case.DELETED_IN_TEAM_USED_IN_COPY,
    }


def test_a_record_of_the_copy_merged_before_and_changed_at_home_since_is_asked(
    database: Database, tmp_path: Path, team: dict[str, int]
) -> None:
    """The copy was merged but not marked (the drive pulled out); home changed the
    contact the copy added. Without a base, neither side can be proposed."""
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        create_contact(session, ContactData("Haruki Mori", organisation="Stad Osaka"))
    merge_unmarked(database, plan(database, tmp_path))
    with edited(database.path, STAY_AT_HOME) as session:
        haruki = session.scalar(select(Contact).where(Contact.name == "Haruki Mori"))
        change(session, "contacts", haruki.id, organisation="Prefectuur Osaka")
    again = by_title(plan(database, tmp_path))["contactpersoon 'Haruki Mori'"]
    assert again.case is Case.CHANGED_ON_BOTH
    assert fields_of(again) == {"organisation": (None, "Stad Osaka", "Prefectuur Osaka", None)}


def test_a_record_both_databases_hold_is_compared_with_itself_not_a_namesake(
    database: Database, tmp_path: Path, team: dict[str, int]
) -> None:
    """The copy added Kobe, was merged but not marked, then renamed Kobe to Nara; home
    added a Nara of its own meanwhile. Kobe is compared with Kobe, not taken for Nara."""
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        kobe = create_place(session, PlaceData("Kobe", "JP"))
        kobe_id, kobe_uuid = kobe.id, kobe.uuid
    merge_unmarked(database, plan(database, tmp_path))
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        change(session, "places", kobe_id, name="Nara")
    with edited(database.path, STAY_AT_HOME) as session:
        create_place(session, PlaceData("Nara", "JP"))
    planned = plan(database, tmp_path)
    record = by_title(planned)["plaats 'Nara (Japan)'"]
    assert (record.uuid, record.case, planned.aliases) == (kobe_uuid, Case.CHANGED_ON_BOTH, {})
    assert fields_of(record) == {"name": (None, "Nara", "Kobe", None)}


def test_a_record_deleted_at_home_and_named_only_in_a_field_home_changed_stays_deleted(
    database: Database, tmp_path: Path, team: dict[str, int]
) -> None:
    """Home deleted Kenji, which took him out of the mission's programme, and changed the
    purpose; the copy changed the notes. The copy's programme (with Kenji) is not what the
    merge writes, nor is all of the copy's trip (as it would be for a trip new in it)."""
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        change(session, "trips", team["mission"], notes="Gesprekken goed verlopen")
    with edited(database.path, STAY_AT_HOME) as session:
        delete_contact(session, team["kenji"])
        change(session, "trips", team["mission"], purpose="Waterstof")
    planned = plan(database, tmp_path)
    mission = by_title(planned)[MISSION]
    assert {f.name: f.proposed for f in mission.fields} == {
        "purpose": Side.THEIRS,
        "programme": Side.THEIRS,
        "notes": Side.MINE,
    }
    assert [r.title for r in planned.records] == [MISSION]


def test_the_values_beside_a_question_are_shown_by_name(
    database: Database, tmp_path: Path, team: dict[str, int]
) -> None:
    """Places, contacts and countries by what people call them; a contact deleted on
    both sides as deleted."""
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        delete_contact(session, team["kenji"])
        destinations = REGISTERS["trips"].to_data(session.get(Trip, team["mission"])).destinations
        change(
            session, "trips", team["mission"], destinations=[*destinations, DestinationData("DE")]
        )
    with edited(database.path, STAY_AT_HOME) as session:
        kenji = uuid_text(session, Contact, team["kenji"])
        delete_contact(session, team["kenji"])
        dinner = ProgrammeItemData(dt.date(2025, 4, 13), "Diner", None, "", [team["hans"]])
        change(
            session,
            "trips",
            team["mission"],
            programme=programme_with(session, team["mission"], dinner),
        )
        hans, osaka = (
            uuid_text(session, Contact, team["hans"]),
            uuid_text(session, Place, team["osaka_place"]),
        )
    planned = plan(database, tmp_path)
    assert [(r.title, r.case) for r in planned.records] == [(MISSION, Case.CHANGED_ON_BOTH)]
    assert planned.names == {
        osaka: "Osaka (Japan)",  # in both
        hans: "Hans Weber",  # at home only
        kenji: "(verwijderd)",  # on neither side
        "country:JP": "Japan",
        "country:PT": "Portugal",
        "country:DE": "Duitsland",
    }


def test_the_name_of_a_record_made_in_the_copy_is_read_from_the_copy(
    database: Database, tmp_path: Path, team: dict[str, int]
) -> None:
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        haruki = create_contact(session, ContactData("Haruki Mori"))
        lunch = ProgrammeItemData(dt.date(2025, 4, 12), "Lunch", None, "", [haruki.id])
        change(
            session,
            "trips",
            team["mission"],
            programme=programme_with(session, team["mission"], lunch),
        )
        haruki_uuid = str(haruki.uuid)
    planned = plan(database, tmp_path)
    assert planned.names[haruki_uuid] == "Haruki Mori"


def test_in_english_the_countries_beside_a_question_are_named_in_english(
    database: Database, tmp_path: Path, team: dict[str, int]
) -> None:
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        destinations = REGISTERS["trips"].to_data(session.get(Trip, team["mission"])).destinations
        change(
            session, "trips", team["mission"], destinations=[*destinations, DestinationData("DE")]
        )
    with edited(database.path, STAY_AT_HOME) as session:
        change(session, "trips", team["mission"], destinations=[DestinationData("PT")])
    with language_scope("en"):
        planned = plan(database, tmp_path)
    assert {k: v for k, v in planned.names.items() if k.startswith("country:")} == {
        "country:JP": "Japan",
        "country:PT": "Portugal",
        "country:DE": "Germany",
    }


def test_the_open_database_is_not_merged_into_itself(database: Database) -> None:
    with database.sessions() as session, pytest.raises(TravelCopyError) as refused:
        plan_merge(session, database.path)
    assert str(refused.value) == f"{database.path} is de geopende database zelf, geen reiskopie."


def test_a_copy_named_by_a_relative_path_is_planned_under_its_full_path(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with database.sessions() as session:
        planned = plan_merge(session, Path("reis.sqlite"))
    assert planned.copy_path == tmp_path / "reis.sqlite"


def current_fingerprint(database: Database, copy_path: Path) -> str:
    copy = open_database(copy_path, daily_backup=False)
    try:
        with database.sessions() as team, copy.sessions() as mine:
            return fingerprint(Identities(team), Identities(mine))
    finally:
        copy.close()


def test_a_plan_is_stale_once_either_side_changed_a_record_or_its_history(
    database: Database, tmp_path: Path, team: dict[str, int]
) -> None:
    copy_path = tmp_path / "reis.sqlite"
    with edited(copy_path, TRAVELLER) as session:
        change(session, "relations", team["osaka"], notes="Bijgewerkt")
    seen = {plan(database, tmp_path).fingerprint}
    assert current_fingerprint(database, copy_path) in seen  # nothing changed meanwhile

    def changed_meanwhile() -> None:
        now = current_fingerprint(database, copy_path)
        assert now not in seen
        seen.add(now)

    with edited(copy_path, TRAVELLER) as session:  # the traveller saves once more
        change(session, "trips", team["mission"], notes="Nog iets")
    changed_meanwhile()
    with edited(copy_path, TRAVELLER) as session:  # the copy gains a record
        create_contact(session, ContactData("Haruki Mori"))
    changed_meanwhile()
    with edited(database.path, STAY_AT_HOME) as session:  # home deletes one
        delete_trip(session, team["hamburg_2024"])
    changed_meanwhile()
    with edited(database.path, STAY_AT_HOME) as session:  # home's history gains an entry
        network = session.get(Network, team["eurocities"])
        log_created(session, "networks", network, network.name)
    changed_meanwhile()
    with edited(copy_path, TRAVELLER) as session:  # and the copy's
        network = session.get(Network, team["ports"])
        log_created(session, "networks", network, network.name)
    changed_meanwhile()
    with edited(database.path, STAY_AT_HOME) as session:  # a fee changed at home
        change(session, "networks", team["eurocities"], annual_fee=Decimal("1200.00"))
    changed_meanwhile()
    with edited(copy_path, TRAVELLER) as session:  # a record removed by another program,
        haruki = session.scalar(select(Contact).where(Contact.name == "Haruki Mori"))
        session.delete(haruki)  # which writes no history
    changed_meanwhile()

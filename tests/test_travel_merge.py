"""Merging a travel copy back: the three-way rules, record by record and field by field,
in one transaction, with the copy's history carried over."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from intzaken.domain.models import (
    Agreement,
    Change,
    Contact,
    Network,
    Place,
    Relation,
    TravelCopyBase,
    TravelCopyOrigin,
    TravelCopyReturn,
    Trip,
)
from intzaken.services.agreements import attach_document
from intzaken.services.errors import Problem, ValidationError
from intzaken.services.fields import field_label
from intzaken.services.organisation import ContactData, create_contact, delete_contact
from intzaken.services.places import PlaceData, create_place, sync_countries
from intzaken.services.trips import DestinationData, ProgrammeItemData, delete_trip
from intzaken.store.database import Database, open_database
from intzaken.travel import registers
from intzaken.travel.applying import MergeRefused, apply_merge, mark_returned
from intzaken.travel.errors import TravelCopyError
from intzaken.travel.history_sift import NOT_CREATED, sift
from intzaken.travel.identities import Identities
from intzaken.travel.merge_plan import Case, MergePlan, Side, settle
from intzaken.travel.planning import plan_merge
from intzaken.travel.portable import Content, content_of, loads
from intzaken.travel.registers import REGISTERS

from .conftest import dump
from .travel_helpers import (
    STAY_AT_HOME,
    TRAVELLER,
    build_team,
    change,
    edited,
    opened_team,
    plan,
    team_ids,
)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    """The team database (built once per run, copied for each test)."""
    yield from opened_team(tmp_path)


@pytest.fixture
def team(database: Database) -> dict[str, int]:
    return team_ids()


def content(session: Session, register: str, record_id: int) -> Content:
    adapter = REGISTERS[register]
    return content_of(
        adapter, session.get(adapter.model, record_id), Identities(session).uuid_text_of
    )


def merge(database: Database, plan: MergePlan, choices: dict[Any, Side]) -> Any:
    with database.sessions() as session:
        result = apply_merge(session, plan, choices)
        session.commit()
    return result


def by_title(plan: MergePlan) -> dict[str, Any]:
    return {record.title: record for record in plan.records}


def test_edits_on_both_sides_merge_by_the_rules(
    database: Database, tmp_path: Path, team: dict[str, Any]
) -> None:
    copy_path = tmp_path / "reis.sqlite"
    with edited(copy_path, TRAVELLER) as session:
        mission_base = content(session, "trips", team["mission"])
        relation_base = content(session, "relations", team["osaka"])
        haruki = create_contact(
            session, ContactData("Haruki Mori", "Kansai Economic Fed.", email="haruki@example.jp")
        )
        programme = (
            registers.REGISTERS["trips"].to_data(session.get(Trip, team["mission"])).programme
        )
        change(
            session,
            "trips",
            team["mission"],
            notes="Gesprekken goed verlopen",
            outcomes="MoU-verlenging afgesproken",
            other_costs=Decimal("250.00"),
            programme=[
                *programme,
                ProgrammeItemData(
                    dt.date(2025, 4, 12), "Lunch met Haruki", dt.time(12, 0), "Umeda", [haruki.id]
                ),
            ],
        )
        change(session, "relations", team["osaka"], notes="Nieuwe burgemeester sinds april")
        mia = session.get(Contact, team["mia"])
        deleted = {mia.uuid, session.get(Trip, team["porto_2022"]).uuid}
        delete_contact(session, team["mia"])
        delete_trip(session, team["porto_2022"])
        mine = content(session, "trips", team["mission"])
        haruki_uuid = haruki.uuid
    with edited(database.path, STAY_AT_HOME) as session:
        change(
            session,
            "trips",
            team["mission"],
            purpose="Havens, innovatie en waterstof",
            notes="Let op: de ambassade belt nog",
        )
        change(session, "networks", team["mission_network"], annual_fee=Decimal("1500.00"))
        theirs = content(session, "trips", team["mission"])
        network_before = content(session, "networks", team["mission_network"])

    planned = plan(database, tmp_path)
    records = by_title(planned)
    mission = records["reis 'Handelsmissie Japan en Portugal'"]
    assert {r.title: r.case for r in planned.automatic} == {
        "contactpersoon 'Haruki Mori'": Case.NEW_IN_COPY,
        "relatie 'Osaka (stedenband)'": Case.CHANGED_IN_COPY,
    }
    assert planned.conflicts == [mission] and mission.case is Case.CHANGED_ON_BOTH
    assert {f.name: f.proposed for f in mission.fields} == {
        "purpose": Side.THEIRS,
        "notes": None,
        "outcomes": Side.MINE,
        "other_costs": Side.MINE,
        # The mission is not yet made: its estimate follows its costs (issue 21).
        "estimated_other_costs": Side.MINE,
        "programme": Side.MINE,
    }
    notes = next(f for f in mission.fields if f.name == "notes")
    assert (notes.base, notes.mine, notes.theirs) == (
        "",
        "Gesprekken goed verlopen",
        "Let op: de ambassade belt nog",
    )
    assert {r.title for r in planned.deletions} == {
        "contactpersoon 'Mia Koch'",
        "reis 'Werkbezoek Porto'",
    }
    assert planned.kept == 1  # the network's fee, changed in the team database only
    assert planned.unresolved({}) == [mission] and len(planned.unconfirmed({})) == 2

    choices = {
        (mission.uuid, "notes"): Side.MINE,
        (records["contactpersoon 'Mia Koch'"].uuid, None): Side.MINE,
        (records["reis 'Werkbezoek Porto'"].uuid, None): Side.THEIRS,
    }
    with edited(database.path, "samenvoeger") as session:
        result = apply_merge(session, planned, choices)
    assert (result.added, result.changed, result.deleted) == (1, 2, 1)

    with database.sessions() as session:
        # every field of the trip: each from the side the rules give it
        expected = mission_base | {
            "purpose": theirs["purpose"],  # changed in the team database only
            "notes": mine["notes"],  # changed on both: the choice
            "outcomes": mine["outcomes"],
            "other_costs": "250.00",  # in the copy only
            "estimated_other_costs": "250.00",  # followed the costs there (not yet made)
            "programme": mine["programme"],
        }
        assert content(session, "trips", team["mission"]) == expected
        new = session.scalar(select(Contact).where(Contact.uuid == haruki_uuid))
        assert (new.name, new.organisation, new.email) == (
            "Haruki Mori",
            "Kansai Economic Fed.",
            "haruki@example.jp",
        )
        lunch = [
            p
            for p in session.get(Trip, team["mission"]).programme
            if p.activity == "Lunch met Haruki"
        ]
        assert lunch[0].contact_ids == [new.id]
        assert content(session, "relations", team["osaka"]) == relation_base | {
            "notes": "Nieuwe burgemeester sinds april"
        }
        assert session.get(Contact, team["mia"]) is None  # deletion confirmed
        assert session.get(Trip, team["porto_2022"]) is not None  # deletion declined
        assert content(session, "networks", team["mission_network"]) == network_before
        assert session.get(Network, team["ports"]).contacts == []
        assert session.get(TravelCopyReturn, planned.copy_uuid).returned_by == "samenvoeger"

        # the history shows each change made in the copy, by whom and when
        carried = session.scalars(select(Change).where(Change.author == TRAVELLER)).all()
        assert result.history == len(carried)
        mission_uuid = session.get(Trip, team["mission"]).uuid
        # (not the deletion of the trip to Porto: the team database keeps that trip)
        porto_uuid = session.get(Trip, team["porto_2022"]).uuid
        assert {(e.record_uuid, e.action.value) for e in carried} == {
            (haruki_uuid, "created"),
            (mission_uuid, "changed"),
            (session.get(Relation, team["osaka"]).uuid, "changed"),
            *((uuid, "deleted") for uuid in deleted - {porto_uuid}),
        }
        assert len(result.dropped) == 1
        assert {e.field for e in carried if e.record_uuid == mission_uuid} == {
            field_label(name)
            for name in ("notes", "outcomes", "other_costs", "estimated_other_costs", "programme")
        }
        assert all("reiskopie reis.sqlite" in e.context for e in carried)
        assert next(e for e in carried if e.record_uuid == haruki_uuid).record_id == new.id
        # and what the merge wrote, by whom, from where
        merged = session.scalars(select(Change).where(Change.author == "samenvoeger")).all()
        assert {e.context for e in merged} == {"terugzetten reiskopie reis.sqlite"}
        assert {(e.record_uuid, e.action.value, e.field) for e in merged} == {
            (haruki_uuid, "created", None),
            (mia.uuid, "deleted", None),
            *(
                (mission_uuid, "changed", field_label(name))
                for name in (
                    "notes",
                    "outcomes",
                    "other_costs",
                    "estimated_other_costs",
                    "programme",
                )
            ),
            (session.get(Relation, team["osaka"]).uuid, "changed", field_label("notes")),
        }


def test_a_failure_half_way_leaves_the_team_database_as_it_was(
    database: Database, tmp_path: Path, team: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        create_contact(session, ContactData("Haruki Mori"))
        change(session, "trips", team["mission"], notes="Uit de reiskopie")
        delete_contact(session, team["mia"])
    planned = plan(database, tmp_path)
    before = dump(database)

    def refuse(session: Session, record_id: int, data: Any) -> Any:
        raise ValidationError([Problem("title", "Titel: geweigerd.")])

    trips = dataclasses.replace(REGISTERS["trips"], update=refuse)
    monkeypatch.setitem(REGISTERS, "trips", trips)
    with pytest.raises(MergeRefused, match="Titel: geweigerd"):
        merge(database, planned, settle(planned, deletions=Side.MINE))
    assert dump(database) == before  # the contact added first was rolled back too


def test_a_record_deleted_in_the_team_but_changed_in_the_copy_is_a_conflict(
    database: Database, tmp_path: Path, team: dict[str, Any]
) -> None:
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        change(session, "trips", team["osaka_2023"], notes="Foto's toegevoegd")
        uuid = session.get(Trip, team["osaka_2023"]).uuid
    with edited(database.path, STAY_AT_HOME) as session:
        delete_trip(session, team["osaka_2023"])
    planned = plan(database, tmp_path)
    record = by_title(planned)["reis 'Werkbezoek Osaka'"]
    assert record.case is Case.DELETED_IN_TEAM_CHANGED_IN_COPY
    assert planned.unresolved({}) == [record]
    merge(database, planned, {(record.uuid, None): Side.MINE})  # restore it from the copy
    with database.sessions() as session:
        restored = session.scalar(select(Trip).where(Trip.uuid == uuid))
        assert (restored.title, restored.notes) == ("Werkbezoek Osaka", "Foto's toegevoegd")


def test_a_record_deleted_in_the_copy_but_changed_in_the_team_is_a_conflict(
    database: Database, tmp_path: Path, team: dict[str, Any]
) -> None:
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        delete_trip(session, team["porto_2022"])
    with edited(database.path, STAY_AT_HOME) as session:
        change(session, "trips", team["porto_2022"], outcomes="Verslag toegevoegd")
    planned = plan(database, tmp_path)
    record = by_title(planned)["reis 'Werkbezoek Porto'"]
    assert record.case is Case.DELETED_IN_COPY_CHANGED_IN_TEAM
    assert [f.name for f in record.fields] == ["outcomes"]
    merge(database, planned, settle(planned, prefer=Side.THEIRS))  # keep the team's
    with database.sessions() as session:
        assert session.get(Trip, team["porto_2022"]).outcomes == "Verslag toegevoegd"


@pytest.mark.parametrize("side", [Side.MINE, Side.THEIRS])
def test_a_record_deleted_in_the_team_that_the_copy_refers_to_is_a_conflict(
    database: Database, tmp_path: Path, team: dict[str, Any], side: Side
) -> None:
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        programme = REGISTERS["trips"].to_data(session.get(Trip, team["mission"])).programme
        change(
            session,
            "trips",
            team["mission"],
            programme=[
                *programme,
                ProgrammeItemData(dt.date(2025, 4, 13), "Diner", None, "", [team["yuki"]]),
            ],
        )
        yuki = session.get(Contact, team["yuki"]).uuid
    with edited(database.path, STAY_AT_HOME) as session:
        delete_contact(session, team["yuki"])
    planned = plan(database, tmp_path)
    record = by_title(planned)["contactpersoon 'Yuki Sato'"]
    assert record.case is Case.DELETED_IN_TEAM_USED_IN_COPY
    merge(database, planned, settle(planned, prefer=side))
    with database.sessions() as session:
        dinner = next(
            p for p in session.get(Trip, team["mission"]).programme if p.activity == "Diner"
        )
        restored = session.scalar(select(Contact).where(Contact.uuid == yuki))
        if side is Side.MINE:
            assert dinner.contact_ids == [restored.id] and restored.name == "Yuki Sato"
        else:
            assert restored is None and dinner.contact_ids == []


def test_a_deletion_declined_keeps_the_record_in_the_lists_it_was_in(
    database: Database, tmp_path: Path, team: dict[str, Any]
) -> None:
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        delete_contact(session, team["yuki"])  # also takes Yuki out of the relation
        change(session, "relations", team["osaka"], notes="Bijgewerkt")
    planned = plan(database, tmp_path)
    assert [f.name for f in planned.automatic[0].fields] == ["contact_ids", "notes"]
    merge(database, planned, settle(planned, deletions=Side.THEIRS))
    with database.sessions() as session:
        relation = session.get(Relation, team["osaka"])
        assert ([c.name for c in relation.contacts], relation.notes) == (
            ["Yuki Sato"],
            "Bijgewerkt",
        )


def test_a_place_added_on_both_sides_under_the_same_name_is_one_place(
    database: Database, tmp_path: Path, team: dict[str, Any]
) -> None:
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        kobe = create_place(session, PlaceData("Kobe", "JP", latitude=34.69, longitude=135.2))
        destinations = REGISTERS["trips"].to_data(session.get(Trip, team["mission"])).destinations
        change(
            session,
            "trips",
            team["mission"],
            destinations=[*destinations, DestinationData("JP", kobe.id)],
        )
    with edited(database.path, STAY_AT_HOME) as session:
        theirs = create_place(session, PlaceData("kobe", "JP")).uuid
    planned = plan(database, tmp_path)
    place = by_title(planned)["plaats 'Kobe (Japan)'"]
    assert (place.case, place.uuid) == (Case.CHANGED_ON_BOTH, theirs)
    assert [(f.name, f.mine, f.theirs) for f in place.fields] == [
        ("name", "Kobe", "kobe"),
        ("latitude", 34.69, None),
        ("longitude", 135.2, None),
    ]
    choices = settle(planned, prefer=Side.MINE)
    result = merge(database, planned, choices)
    assert result.added == 0
    with database.sessions() as session:
        places = session.scalars(select(Place).where(Place.name.ilike("kobe"))).all()
        assert [(p.uuid, p.name, p.latitude) for p in places] == [(theirs, "Kobe", 34.69)]
        assert session.get(Trip, team["mission"]).destinations[-1].place_id == places[0].id
        # the copy's "created" is not carried: the place was made in the team database
        # (the merge only changed it), which the copy's entry names under the team's uuid
        assert (
            session.scalar(
                select(Change).where(Change.author == TRAVELLER, Change.register == "places")
            )
            is None
        )
    assert [
        (d.entry.record_uuid, d.reason)
        for d in sift(planned, choices).dropped
        if d.entry.register == "places"
    ] == [(theirs, NOT_CREATED)]


def test_a_document_added_in_the_copy_is_merged_with_its_file(
    database: Database, tmp_path: Path, team: dict[str, Any]
) -> None:
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        attach_document(session, team["osaka_mou"], "mou-getekend.pdf", b"%PDF-1.4 ...")
    planned = plan(database, tmp_path)
    assert [f.name for f in planned.automatic[0].fields] == ["documents"]
    merge(database, planned, {})
    with database.sessions() as session:
        documents = session.get(Agreement, team["osaka_mou"]).documents
        assert [(d.filename, d.content) for d in documents] == [
            ("mou-getekend.pdf", b"%PDF-1.4 ...")
        ]


def test_a_copy_is_merged_once_and_planning_writes_nothing(
    database: Database, tmp_path: Path, team: dict[str, Any]
) -> None:
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        change(session, "relations", team["osaka"], notes="Bijgewerkt")
    before = dump(database)
    planned = plan(database, tmp_path)
    assert dump(database) == before
    merge(database, planned, {})
    mark_returned(planned, "samenvoeger")
    with pytest.raises(TravelCopyError, match="al teruggezet"):
        plan(database, tmp_path)
    copy = open_database(tmp_path / "reis.sqlite", daily_backup=False)
    try:
        with copy.sessions() as session:
            assert session.scalar(select(TravelCopyOrigin)).returned_by == "samenvoeger"
    finally:
        copy.close()


def test_merging_again_changes_nothing_twice(
    database: Database, tmp_path: Path, team: dict[str, Any]
) -> None:
    """Should the copy not be marked (a drive pulled out after the merge), the same
    changes merged again are no changes: new records kept their uuid, equal values are
    no conflicts, and the history is not carried twice."""
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        create_contact(session, ContactData("Haruki Mori"))
        change(session, "trips", team["mission"], notes="Uit de reiskopie")
    merge(database, plan(database, tmp_path), {})
    with edited(database.path, STAY_AT_HOME) as session:
        session.delete(session.scalar(select(TravelCopyReturn)))
    again = plan(database, tmp_path)
    assert again.records == [] and again.kept == 0
    assert merge(database, again, {}).history == 0


def test_a_stale_plan_or_another_database_is_refused(
    database: Database, tmp_path: Path, team: dict[str, Any]
) -> None:
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        change(session, "relations", team["osaka"], notes="Bijgewerkt")
    planned = plan(database, tmp_path)
    with edited(database.path, STAY_AT_HOME) as session:
        change(session, "relations", team["hamburg"], notes="Intussen")
    with pytest.raises(MergeRefused, match="opnieuw voor"):
        merge(database, planned, {})

    other = open_database(tmp_path / "ander.sqlite", create=True)
    try:
        with other.sessions.begin() as session:
            sync_countries(session)
            build_team(session)
        with other.sessions() as session, pytest.raises(TravelCopyError, match="andere"):
            plan_merge(session, tmp_path / "reis.sqlite")
    finally:
        other.close()
    with database.sessions() as session, pytest.raises(TravelCopyError, match="geen reis"):
        plan_merge(session, database.path)


def test_the_base_is_read_from_the_copy(
    database: Database, tmp_path: Path, team: dict[str, Any]
) -> None:
    """Unchanged on both sides: nothing to do, whatever the versions say."""
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        change(session, "relations", team["osaka"])  # saved without a change
        base = session.scalar(
            select(TravelCopyBase).where(
                TravelCopyBase.record_uuid == session.get(Relation, team["osaka"]).uuid
            )
        )
        assert loads(base.content)["notes"] == ""
    assert plan(database, tmp_path).nothing_to_do

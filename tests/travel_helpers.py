"""A small team database for the travel copy tests, and edits through the services."""

from __future__ import annotations

import atexit
import dataclasses
import datetime as dt
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from intzaken.services.agreements import AgreementData, create_agreement
from intzaken.services.budget import BudgetLineData, create_budget_line
from intzaken.services.networks import NetworkData, create_network
from intzaken.services.organisation import (
    ContactData,
    OrganisationData,
    create_contact,
    set_organisation,
)
from intzaken.services.places import PlaceData, create_place, sync_countries
from intzaken.services.relations import RelationData, create_relation
from intzaken.services.trips import (
    DestinationData,
    FollowUpData,
    ProgrammeItemData,
    TripData,
    create_trip,
)
from intzaken.store.database import Database, open_database
from intzaken.travel.merge_plan import MergePlan
from intzaken.travel.planning import plan_merge
from intzaken.travel.registers import REGISTERS
from intzaken.travel.writer import write_travel_copy

from .conftest import add_official


def build_team(session: Session) -> dict[str, int]:
    """Officials, places, contacts, relations, agreements, networks, a budget line and
    trips around a trade mission to Osaka and Portugal ("mission"); their numbers by key.

    A copy for "mission" holds: the mission; the earlier visits "osaka_2023" and
    "porto_2022"; relations "osaka" and "porto" (Portugal is visited without a place);
    agreement "osaka_mou"; networks "mission_network" (of the trip) and "ports" (held by
    the traveller Bram); contacts "yuki" (relation), "kenji" (programme), "mia"
    (network); the officials, places and budget line these name. Not "kyoto", "hamburg",
    "hamburg_mou", "eurocities", "hans", "osaka_2026" (a later visit) or "hamburg_2024".
    """
    set_organisation(session, OrganisationData(name="Gemeente Proef"))
    ids = {
        "anna": add_official(session, "Anna Bakker", "mayor", "2020-01-01"),
        "bram": add_official(session, "Bram Claes", "alderman", "2020-01-01"),
        "cees": add_official(session, "Cees Dam", "alderman", "2018-01-01"),
    }
    for key, name, country in (
        ("osaka_place", "Osaka", "JP"),
        ("kyoto_place", "Kyoto", "JP"),
        ("porto_place", "Porto", "PT"),
        ("hamburg_place", "Hamburg", "DE"),
    ):
        ids[key] = create_place(session, PlaceData(name, country)).id
    for key, name in (
        ("yuki", "Yuki Sato"),
        ("kenji", "Kenji Ito"),
        ("mia", "Mia Koch"),
        ("hans", "Hans Weber"),
    ):
        ids[key] = create_contact(session, ContactData(name, organisation="Stad")).id
    ids["budget"] = create_budget_line(
        session, BudgetLineData(2025, "Internationale reizen", Decimal("50000.00"), code="IZ-1")
    ).id
    for key, place, kind, contacts in (
        ("osaka", "osaka_place", "twin_city", ["yuki"]),
        ("kyoto", "kyoto_place", "friendship", []),
        ("porto", "porto_place", "friendship", []),
        ("hamburg", "hamburg_place", "twin_city", ["hans"]),
    ):
        ids[key] = create_relation(
            session,
            RelationData(
                kind,
                ids[place],
                "active",
                since_year=2000,
                themes=["havens"],
                responsible_official_id=ids["anna"],
                contact_ids=[ids[c] for c in contacts],
            ),
        ).id
    ids["osaka_mou"] = create_agreement(
        session,
        AgreementData(
            "mou", "MoU Osaka", "active", signed_on=dt.date(2020, 5, 1), relation_ids=[ids["osaka"]]
        ),
    ).id
    ids["hamburg_mou"] = create_agreement(
        session, AgreementData("mou", "MoU Hamburg", "active", relation_ids=[ids["hamburg"]])
    ).id
    for key, name, holder, contacts in (
        ("ports", "Havensteden", "bram", ["mia"]),
        ("eurocities", "Eurocities", "cees", []),
        ("mission_network", "Handelsnetwerk Azie", "cees", []),
    ):
        ids[key] = create_network(
            session,
            NetworkData(
                name,
                responsible_official_id=ids[holder],
                annual_fee=Decimal("1000.00"),
                contact_ids=[ids[c] for c in contacts],
            ),
        ).id
    ids["mission"] = create_trip(
        session,
        TripData(
            "Handelsmissie Japan en Portugal",
            "trade_mission",
            "approved",
            dt.date(2025, 4, 10),
            dt.date(2025, 4, 16),
            [DestinationData("JP", ids["osaka_place"]), DestinationData("PT")],
            [ids["anna"], ids["bram"]],
            ids["anna"],
            purpose="Havens en innovatie",
            themes=["havens"],
            travel_and_stay=Decimal("8000.00"),
            budget_line_id=ids["budget"],
            network_ids=[ids["mission_network"]],
            programme=[
                ProgrammeItemData(
                    dt.date(2025, 4, 11),
                    "Ontvangst stadhuis",
                    dt.time(9, 30),
                    "Stadhuis",
                    [ids["kenji"]],
                )
            ],
            follow_ups=[FollowUpData("Verslag aan de raad", dt.date(2025, 5, 1))],
        ),
    ).id
    for key, title, start, place, country, who in (
        ("osaka_2023", "Werkbezoek Osaka", dt.date(2023, 5, 2), "osaka_place", "JP", "cees"),
        ("porto_2022", "Werkbezoek Porto", dt.date(2022, 3, 1), "porto_place", "PT", "anna"),
        ("osaka_2026", "Vervolgbezoek Osaka", dt.date(2026, 5, 2), "osaka_place", "JP", "anna"),
        ("hamburg_2024", "Havenbezoek Hamburg", dt.date(2024, 9, 9), "hamburg_place", "DE", "anna"),
    ):
        ids[key] = create_trip(
            session,
            TripData(
                title,
                "working_visit",
                "done" if start.year < 2025 else "planned",
                start,
                start,
                [DestinationData(country, ids[place])],
                [ids[who]],
                ids[who],
            ),
        ).id
    session.flush()
    return ids


def change(session: Session, register: str, record_id: int, **fields: Any) -> Any:
    """Save record `record_id` through its service with `fields` changed."""
    adapter = REGISTERS[register]
    data = adapter.to_data(session.get(adapter.model, record_id))
    return adapter.update(session, record_id, dataclasses.replace(data, **fields))


TRAVELLER, STAY_AT_HOME = "reiziger", "thuisblijver"


_TEMPLATE: dict[str, Any] = {}  # built once per test run: the folder and the numbers


def team_files(folder: Path, *, with_copy: bool = True) -> dict[str, int]:
    """`folder`/test.sqlite with build_team's records (and `folder`/reis.sqlite, a copy
    for the mission), copied from files built once per test run; the records' numbers."""
    if not _TEMPLATE:
        source = Path(tempfile.mkdtemp(prefix="intzaken-travel-"))
        atexit.register(shutil.rmtree, source, True)
        database = open_database(source / "test.sqlite", create=True)
        try:
            with database.sessions.begin() as session:
                sync_countries(session)
            _TEMPLATE["ids"] = team_with_copy(database, source)
        finally:
            database.close()
        _TEMPLATE["folder"] = source
    for name in ("test.sqlite", "reis.sqlite") if with_copy else ("test.sqlite",):
        shutil.copy(_TEMPLATE["folder"] / name, folder / name)
    return dict(_TEMPLATE["ids"])


def team_ids() -> dict[str, int]:
    """The numbers of build_team's records in the files team_files copies."""
    return dict(_TEMPLATE["ids"])


def opened_team(folder: Path, *, with_copy: bool = True) -> Iterator[Database]:
    """team_files in `folder`, the team database open (for a fixture to yield from)."""
    team_files(folder, with_copy=with_copy)
    database = open_database(folder / "test.sqlite", daily_backup=False)
    try:
        yield database
    finally:
        database.close()


def team_with_copy(database: Database, folder: Path) -> dict[str, int]:
    """build_team in `database`, and a copy for the mission at `folder`/reis.sqlite."""
    with database.sessions.begin() as session:
        ids = build_team(session)
    with database.sessions() as session:
        write_travel_copy(session, folder / "reis.sqlite", trip_id=ids["mission"])
    return ids


@contextmanager
def edited(path: Path, author: str) -> Iterator[Session]:
    """A transaction on the database at `path` by `author`."""
    database = open_database(path, daily_backup=False)
    try:
        with database.sessions.begin() as session:
            session.info["author"] = author
            yield session
    finally:
        database.close()


def plan(database: Database, folder: Path) -> MergePlan:
    """The plan of merging `folder`/reis.sqlite into `database`."""
    with database.sessions() as session:
        return plan_merge(session, folder / "reis.sqlite")

"""A travel copy carries the columns councils ask for (issue 21): the gifts received on
the trip and what it cost apart from the totals come back into the team database, and
when both sides changed them the merge asks field by field."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from intzaken.domain.models import Trip
from intzaken.services.data import GiftData
from intzaken.store.database import Database
from intzaken.travel.applying import apply_merge
from intzaken.travel.merge_plan import Case, Side
from intzaken.travel.values import value_text

from .travel_helpers import STAY_AT_HOME, TRAVELLER, change, edited, opened_team, plan, team_ids


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    yield from opened_team(tmp_path)


def _merged(database: Database, tmp_path: Path, choices: dict[Any, Side] | None = None) -> Any:
    planned = plan(database, tmp_path)
    with database.sessions() as session:
        apply_merge(session, planned, choices or {})
        session.commit()
    return planned


def test_the_gifts_and_costs_apart_come_back_from_the_trip(
    database: Database, tmp_path: Path
) -> None:
    team = team_ids()
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        change(
            session,
            "trips",
            team["mission"],
            gifts=[GiftData("Theeservies", "Gouverneur van Osaka", Decimal("240.00"), "Kabinet")],
            cancellation_costs=Decimal("85.00"),
            third_party_costs=Decimal("1200.00"),
            third_party_payer="JETRO",
        )
    planned = _merged(database, tmp_path)
    assert [r.case for r in planned.automatic] == [Case.CHANGED_IN_COPY]
    with database.sessions() as session:
        trip = session.get(Trip, team["mission"])
        assert trip is not None
        assert [(g.description, g.giver, g.value, g.kept_at) for g in trip.gifts] == [
            ("Theeservies", "Gouverneur van Osaka", Decimal("240.00"), "Kabinet")
        ]
        assert trip.cancellation_costs == Decimal("85.00")
        assert (trip.third_party_costs, trip.third_party_payer) == (Decimal("1200.00"), "JETRO")


def test_gifts_changed_on_both_sides_are_a_choice(database: Database, tmp_path: Path) -> None:
    team = team_ids()
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        change(session, "trips", team["mission"], gifts=[GiftData("Theeservies")])
    with edited(database.path, STAY_AT_HOME) as session:
        change(session, "trips", team["mission"], gifts=[GiftData("Zijden sjaal")])
    planned = plan(database, tmp_path)
    (mission,) = planned.conflicts
    gifts = next(f for f in mission.fields if f.name == "gifts")
    assert gifts.proposed is None  # both changed it, differently: the user chooses
    mine = value_text("trips", "gifts", gifts.mine, planned.names)
    theirs = value_text("trips", "gifts", gifts.theirs, planned.names)
    assert (mine, theirs) == ("Theeservies", "Zijden sjaal")
    _merged_choice = {(mission.uuid, "gifts"): Side.MINE}
    with database.sessions() as session:
        apply_merge(session, planned, _merged_choice)
        session.commit()
    with database.sessions() as session:
        trip = session.get(Trip, team["mission"])
        assert trip is not None and [g.description for g in trip.gifts] == ["Theeservies"]

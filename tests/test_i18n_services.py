"""English chosen: the services, the history and a travel copy's merge speak English.

The messages name the field as the English window does; the history keeps storing
Dutch (one history serves the team and its travel copies) and is read in English; a
merge summary is English from its first line to the last. The Dutch of all of these is
tested where they are made (test_services_validation.py, test_travel_*.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from intzaken.domain.changes import Change
from intzaken.i18n import language_scope
from intzaken.services import agreements, budget, networks, officials, relations, trips
from intzaken.services.conflicts import conflict_error
from intzaken.services.editing import EDITORS
from intzaken.services.errors import InUseError, NotFoundError
from intzaken.services.history_query import HistoryRow, entries, headings
from intzaken.services.tracked_records import REGISTERS as TRACKED
from intzaken.store.database import Database
from intzaken.travel.applying import MergeRefused, apply_merge
from intzaken.travel.summary import entry_text, plan_lines

from . import test_services_validation as validation
from .conftest import dump
from .travel_helpers import STAY_AT_HOME, TRAVELLER, change, edited, opened_team, plan, team_ids

D = dt.date
# Words that give a Dutch sentence away (none of them is English).
DUTCH = re.compile(
    r"\b(de|het|een|niet|geen|verplicht|bestaat|moet|mag|kies|ligt|reis|reizen|relatie|"
    r"netwerk|overeenkomst|bestuurder|begrotingspost|reiskopie|teamdatabase|gewijzigd|"
    r"verwijderd|aangemaakt|nieuw|regel|nummer|tekens|onbekend|bewaren|terugzetten)\b",
    re.IGNORECASE,
)


def _no_dutch(text: str) -> None:
    assert not DUTCH.search(text), text


@pytest.fixture
def english() -> Iterator[None]:
    with language_scope("en"):
        yield


# The Dutch tests' records and their refusal check: a mayor, Oslo and a budget line;
# a trip to Oslo; a refusal that leaves the file as it was.
base = validation.base
_trip, _refused = validation._trip, validation._refused

INVALID: dict[str, Callable[[dict[str, int]], Callable[[Session], object]]] = {
    "trip": lambda base: (
        lambda s: trips.create_trip(
            s,
            dataclasses.replace(
                _trip(base),
                title=" ",
                destinations=[],
                travel_and_stay=Decimal("-1.00"),
                co2_offset=Decimal("3.131"),
                budget_line_id=None,
            ),
        )
    ),
    "relation": lambda base: (
        lambda s: relations.create_relation(
            s,
            relations.RelationData(
                kind="twin_city", place_id=base["oslo"], status="sleeping", since_year=1200
            ),
        )
    ),
    "agreement": lambda base: (
        lambda s: agreements.create_agreement(
            s,
            agreements.AgreementData(
                kind="mou",
                title="",
                status="active",
                valid_from=D(2024, 1, 1),
                valid_until=D(2023, 1, 1),
            ),
        )
    ),
    "network": lambda base: (
        lambda s: networks.create_network(
            s, networks.NetworkData(name="Eurocities", annual_fee=Decimal("-5.00"), role="king")
        )
    ),
    "budget line": lambda base: (
        lambda s: budget.create_budget_line(
            s, budget.BudgetLineData(year=1700, name="", amount=Decimal("1.005"))
        )
    ),
    "official": lambda base: (
        lambda s: officials.create_official(
            s,
            officials.OfficialData(
                name="Carola Schouten",
                terms=[
                    officials.TermData(
                        role="mayor", start_date=D(2024, 10, 10), end_date=D(2024, 1, 1)
                    )
                ],
            ),
        )
    ),
}
EXPECTED = {
    "trip": {
        "title": "Title is required.",
        "destinations": "Destinations: give at least one country.",
        "travel_and_stay": "Travel and stay costs may not be negative.",
        "co2_offset": "CO2 offset has more than 2 decimal places.",
    },
    "relation": {
        "status": "Status 'sleeping' is unknown; choose from: active, dormant, ended, pragmatic.",
        "since_year": "Relation since 1200 is not between 1800 and 2200.",
    },
    "agreement": {
        "title": "Title is required.",
        "valid_until": "Valid through is before valid from.",
    },
    "network": {
        "annual_fee": "Annual fee may not be negative.",
        "role": "Role 'king' is unknown; choose from: member, board member, vice-chair, chair.",
    },
    "budget line": {
        "year": "Year 1700 is not between 1800 and 2200.",
        "name": "Name is required.",
        "amount": "Amount has more than 2 decimal places.",
    },
    "official": {
        "terms[0].end_date": (
            "Terms of office (line 1): end date is before terms of office (line 1): start date."
        ),
    },
}


@pytest.mark.parametrize("register", INVALID)
def test_invalid_records_are_refused_in_english_naming_the_field(
    database: Database, base: dict[str, int], english: None, register: str
) -> None:
    error = _refused(database, INVALID[register](base))
    messages = {problem.field: problem.message for problem in error.problems}
    assert {field: messages.get(field) for field in EXPECTED[register]} == EXPECTED[register]
    for message in messages.values():
        _no_dutch(message)


def test_references_and_deletions_are_refused_in_english(
    database: Database, base: dict[str, int], english: None
) -> None:
    with database.sessions.begin() as session:
        trips.create_trip(session, _trip(base))
    error = _refused(
        database,
        lambda s: trips.create_trip(s, _trip(base, traveller_ids=[999], lead_official_id=None)),
    )
    assert [p.message for p in error.problems if p.field == "travellers[0]"] == [
        "Travellers (line 1): number 999 does not exist."
    ]
    with pytest.raises(InUseError) as in_use, database.sessions.begin() as session:
        officials.delete_official(session, base["mayor"])
    assert str(in_use.value) == (
        "Official Ahmed Aboutaleb cannot be deleted: trip 'Werkbezoek Oslo' refer to it."
    )
    with pytest.raises(NotFoundError) as missing, database.sessions.begin() as session:
        EDITORS["trips"].update(session, 999, _trip(base))
    assert str(missing.value) == "Trip number 999 does not exist (any more)."


def test_the_history_is_stored_in_dutch_and_read_in_english(
    database: Database, base: dict[str, int], english: None
) -> None:
    data = relations.RelationData(kind="twin_city", place_id=base["oslo"], status="active")
    # The undo step's text: the window puts it after "New", "Edit", "Delete".
    assert EDITORS["relations"].describe(data) == "relation"
    assert EDITORS["trips"].describe(_trip(base)) == "trip 'Werkbezoek Oslo'"
    with database.sessions.begin() as session:
        relation_id = relations.create_relation(session, data).id
    with database.sessions.begin() as session:
        relations.update_relation(
            session,
            relation_id,
            dataclasses.replace(data, status="dormant", notes="Stil sinds 2020", since_year=1990),
        )
    with database.sessions() as session:
        found = entries(session, register="relations")
        stored = [(e.field, e.old_value, e.new_value) for e in found]
        rows = [HistoryRow.of(e).cells()[2:9] for e in found]
    # One history for the team and its travel copies: Dutch, whoever saved.
    assert ("Status", "actief", "slapend") in stored
    assert ("Aantekeningen", "", "Stil sinds 2020") in stored
    assert headings()[:3] == ["Date and time", "By", "Register"]
    title = "Oslo (stedenband)"  # as it was called when saved
    assert rows[-1] == ["relation", str(relation_id), title, "created", "", "", ""]
    assert ["relation", str(relation_id), title, "changed", "Status", "active", "dormant"] in rows
    assert [
        "relation",
        str(relation_id),
        title,
        "changed",
        "Remarks",
        "",
        "Stil sinds 2020",
    ] in rows


def test_an_edit_conflict_is_told_in_english(
    database: Database, base: dict[str, int], english: None
) -> None:
    with database.sessions.begin() as session:
        trip = trips.create_trip(session, _trip(base))
        trip_id, uuid = trip.id, trip.uuid
    with database.sessions.begin() as session:
        session.info["author"] = "jdevries"
        trips.update_trip(session, trip_id, _trip(base, status="cancelled"))
    with database.sessions() as session:
        error = conflict_error(
            session, TRACKED["trips"], trip_id, uuid, "Werkbezoek Oslo", since=1, current=2
        )
        newest = session.query(Change).order_by(Change.id.desc()).first()
    assert newest is not None and newest.field == "Status"
    lines = str(error).splitlines()
    assert lines[0] == (
        "The trip 'Werkbezoek Oslo' was changed after you opened this data. "
        "Your change has not been saved."
    )
    assert lines[2].startswith("Changed by jdevries on ")
    assert lines[3] == "• Status: 'done' → 'cancelled'"
    _no_dutch(str(error))


@pytest.fixture
def team_database(tmp_path: Path) -> Iterator[Database]:
    """The travel tests' team database with a copy for the mission (travel_helpers)."""
    yield from opened_team(tmp_path)


def test_a_merge_summary_is_english(team_database: Database, tmp_path: Path) -> None:
    team = team_ids()
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        change(session, "trips", team["mission"], notes="Gesprekken goed verlopen")
        change(session, "relations", team["osaka"], notes="Nieuwe burgemeester")
    with edited(team_database.path, STAY_AT_HOME) as session:
        change(session, "relations", team["osaka"], notes="Let op: verkiezingen")
        change(session, "networks", team["mission_network"], annual_fee=Decimal("1500.00"))
    with language_scope("en"):
        merge = plan(team_database, tmp_path)
        lines = list(plan_lines(merge, {}))
        history = [entry_text(entry) for entry in merge.copy_history.entries]
    text = "\n".join(lines)
    assert lines[0].startswith(f"Travel copy {tmp_path / 'reis.sqlite'}, taken from ")
    assert " by " in lines[0] and ", for trip 'Handelsmissie Japan en Portugal'." in lines[0]
    assert "Automatic (1):" in lines
    automatic = "  trip 'Handelsmissie Japan en Portugal': changed in the travel copy (Remarks)"
    assert automatic in lines
    assert "Changed only in the team database, stays so: 1 record." in lines
    assert "Conflicts (1):" in lines
    assert "  relation 'Osaka (twin city)': changed in both" in lines
    assert "    Remarks" in lines
    assert "    -> still to choose" in lines
    assert any(line.startswith("      travel copy:") for line in lines)
    assert any(line.startswith("      team database:") for line in lines)
    assert "History from the travel copy, to take over (1):" in lines
    assert "1 history line from the travel copy not taken over:" in lines
    assert lines[-1].endswith(": Remarks changed: depends on a choice that is still open")
    # The copy's history holds what was stored (Dutch titles); what is said of it is English.
    assert [line.split(" ", 2)[2] for line in history] == [
        f"{TRAVELLER}, trip 'Handelsmissie Japan en Portugal': Remarks changed",
        f"{TRAVELLER}, relation 'Osaka (stedenband)': Remarks changed",
    ]
    _no_dutch(text.replace("Handelsmissie Japan en Portugal", "").replace("reis.sqlite", ""))
    before = dump(team_database)
    with language_scope("en"), team_database.sessions() as session:
        with pytest.raises(MergeRefused) as refused:
            apply_merge(session, merge, {})
        session.rollback()
    assert str(refused.value) == ("Nothing has been merged: 1 question has not been answered yet.")
    assert dump(team_database) == before

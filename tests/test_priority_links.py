"""Links to the policy's priorities made from a trip's form (issue 23), through the
services the form calls, on SQLite and PostgreSQL: what the form offers, why it proposes,
what the year's policy sentence then counts, and what `list priorities` shows."""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from intzaken.i18n import language_scope
from intzaken.registers import RegisterKey
from intzaken.services.policies import create_policy
from intzaken.services.policy_year import policy_sentence, policy_year
from intzaken.services.priority_proposals import priority_choices, set_linked_priorities
from intzaken.store.database import Database
from tests.conftest import file_only, run_cli

from .test_policies import _policy, _trip


def test_the_form_offers_the_policies_in_force_and_those_linked(session: Session) -> None:
    current = create_policy(session, _policy())
    old = create_policy(session, _policy(title="Oud beleid", period_from=2015, period_to=2019))
    trip = _trip(session, "Dubai", "AE", ["haven"])
    offered = priority_choices(session, 2024, RegisterKey.TRIPS, trip)
    assert {c.policy for c in offered} == {current.title}
    # A link to the old policy stays on offer: saving the form must not undo it unseen.
    old_gulf = next(p.id for p in old.priorities if p.name == "Golfregio")
    set_linked_priorities(session, RegisterKey.TRIPS, trip, [old_gulf])
    offered = priority_choices(session, 2024, RegisterKey.TRIPS, trip)
    assert old_gulf in [c.id for c in offered]
    gulf = next(c for c in offered if c.name == "Golfregio" and c.policy == current.title)
    assert gulf.reasons(["AE", "NL"], ["haven"]) == (["AE"], [])
    energy = next(c for c in offered if c.kind == "sector")
    assert energy.reasons(["AE"], ["energietransitie"]) == ([], ["energietransitie"])
    # No policy in force (a team whose policy ran out): every policy is offered.
    assert {c.policy for c in priority_choices(session, 2030, RegisterKey.TRIPS, None)} == {
        current.title,
        old.title,
    }


def test_a_trip_linked_to_a_priority_country_counts_in_the_year(session: Session) -> None:
    policy = create_policy(session, _policy())
    _trip(session, "Hamburg", "DE", [])
    brussels = _trip(session, "Brussel met de Golfstaten", "BE", ["eu-lobby"])
    japan = next(p.id for p in policy.priorities if p.name == "Japan")
    gulf = next(p.id for p in policy.priorities if p.name == "Golfregio")
    before = policy_year(session, 2024)
    assert before is not None
    assert (before.to_priority_countries, before.to_markets_explored) == (1, 0)

    set_linked_priorities(session, RegisterKey.TRIPS, brussels, [gulf, japan])
    session.expire_all()

    after = policy_year(session, 2024)
    assert after is not None
    assert (after.to_priority_countries, after.to_markets_explored) == (2, 1)
    with language_scope("nl"):
        assert policy_sentence(after).startswith(
            "2 van 2 reizen naar prioriteitslanden; 1 naar een verkende markt"
        )


def test_list_priorities_shows_the_links_made_from_a_form(database: Database) -> None:
    with database.sessions.begin() as session:
        policy = create_policy(session, _policy())
        trip = _trip(session, "Brussel", "BE", [])
        japan = next(p.id for p in policy.priorities if p.name == "Japan")
        set_linked_priorities(session, RegisterKey.TRIPS, trip, [japan])
    path = file_only(database.location)
    code, out, _err = run_cli("list", "priorities", "--db", str(path), "--format", "json")
    assert code == 0
    listed = {r["name"]: r for r in json.loads(out)}
    assert listed["Japan"]["trip_ids"] == [trip]
    assert listed["Duitsland"]["trip_ids"] == []

"""Succession after an election, as the team states it: a network or relation still held
by an official who left office is a point of attention, and the handover gives every such
responsibility to a successor at once (the one now holding the same portfolio, proposed),
all or nothing, each change in the history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from intzaken.domain.models import Change, Network, Relation
from intzaken.i18n import language_scope
from intzaken.registers import RegisterKey
from intzaken.services.data import NetworkData, OfficialData, PlaceData, RelationData, TermData
from intzaken.services.errors import EditConflictError, ValidationError
from intzaken.services.networks import create_network
from intzaken.services.officials import create_official
from intzaken.services.places import create_place
from intzaken.services.plausibility import plausibility_findings, record_findings
from intzaken.services.relations import create_relation
from intzaken.services.succession import (
    Assignment,
    hand_over,
    responsibilities_to_hand_over,
)
from intzaken.store.location import Location

from .conftest import file_only, run_cli

TODAY = dt.date(2026, 5, 1)
ELECTION = dt.date(2026, 3, 31)


@pytest.fixture(autouse=True)
def _dutch() -> object:
    with language_scope("nl"):
        yield


def _official(session: Session, name: str, code: str = "", *, left: dt.date | None = None) -> int:
    term = TermData("alderman", dt.date(2022, 6, 16), left, portfolio_code=code)
    return create_official(session, OfficialData(name=name, terms=[term])).id


def _network(session: Session, name: str, holder: int, code: str = "") -> int:
    data = NetworkData(name=name, responsible_official_id=holder, portfolio_code=code)
    return create_network(session, data).id


def _relation(session: Session, city: str, holder: int) -> int:
    place = create_place(session, PlaceData(name=city, country_code="DE"))
    data = RelationData("twin_city", place.id, "active", responsible_official_id=holder)
    return create_relation(session, data).id


def _texts(session: Session) -> list[str]:
    return [f.text for f in plausibility_findings(session, TODAY)]


def test_a_network_held_by_an_official_who_left_is_a_point_of_attention(
    session: Session,
) -> None:
    gone = _official(session, "Vincent Karremans", "MJT", left=dt.date(2024, 7, 2))
    serving = _official(session, "Chantal Zeegers", "DLE")
    polis = _network(session, "Polis", gone, "MJT")
    _network(session, "ICLEI", serving, "DLE")

    assert _texts(session) == [
        "Netwerk Polis: verantwoordelijk bestuurder Vincent Karremans is sinds 2 juli 2024 "
        "niet meer in functie."
    ]
    # The network's form shows it too.
    assert [f.record_id for f in record_findings(session, "networks", polis, TODAY)] == [polis]


def test_a_relation_is_questioned_too_but_not_on_the_last_day_of_the_term(
    session: Session,
) -> None:
    leaving = _official(session, "Arno Bonte", left=TODAY)
    relation = _relation(session, "Bremen", leaving)

    assert _texts(session) == []  # the end date is still in office
    later = [f.text for f in plausibility_findings(session, TODAY + dt.timedelta(days=1))]
    assert later == [
        "Relatie met Bremen: verantwoordelijk bestuurder Arno Bonte is sinds 1 mei 2026 "
        "niet meer in functie."
    ]
    assert record_findings(session, "relations", relation, TODAY + dt.timedelta(days=1))


def test_the_successor_proposed_is_the_one_now_holding_the_same_portfolio_code(
    session: Session,
) -> None:
    gone = _official(session, "Judith Bokhove", "MJT, HBIS", left=ELECTION)
    _official(session, "Robert Simons", "EWK, FOHGP")
    new = _official(session, "Tim de Jong", "mjt")  # codes are compared whatever their case
    _network(session, "Polis", gone, "MJT")
    _relation(session, "Hamburg", gone)  # no code of its own: the holder's codes decide

    rows = responsibilities_to_hand_over(session, TODAY)

    assert [(r.subject, r.holder_name) for r in rows] == [
        ("Netwerk Polis", "Judith Bokhove"),
        ("Relatie met Hamburg", "Judith Bokhove"),
    ]
    assert [r.proposed.official_id if r.proposed else None for r in rows] == [new, new]
    # The proposal is a derivation, and says so.
    assert rows[0].proposed is not None
    assert rows[0].proposed.reason == "afgeleid: heeft portefeuille MJT"
    assert rows[0].left_on == ELECTION


def test_no_proposal_when_nobody_or_more_than_one_holds_the_portfolio(session: Session) -> None:
    gone = _official(session, "Vincent Karremans", "MJT", left=ELECTION)
    _official(session, "Chantal Zeegers", "DLE, BWEG")
    _official(session, "Faouzi Achbar", "BWEG")
    _network(session, "Polis", gone, "MJT")
    _network(session, "Metrex", gone, "BWEG")

    rows = responsibilities_to_hand_over(session, TODAY)

    assert [(r.subject, r.proposed) for r in rows] == [
        ("Netwerk Metrex", None),  # two hold BWEG: a person chooses
        ("Netwerk Polis", None),  # nobody holds MJT now
    ]


def test_one_chosen_official_who_is_still_in_office_can_hand_over(session: Session) -> None:
    leaving = _official(session, "Robert Simons", "EWK")
    other = _official(session, "Chantal Zeegers", "DLE")
    _network(session, "Eurocities", leaving)
    _network(session, "ICLEI", other)

    assert responsibilities_to_hand_over(session, TODAY) == []
    rows = responsibilities_to_hand_over(session, TODAY, leaving_id=leaving)
    assert [(r.subject, r.left_on) for r in rows] == [("Netwerk Eurocities", None)]


def test_the_handover_assigns_everything_and_each_change_is_in_the_history(
    session: Session,
) -> None:
    gone = _official(session, "Vincent Karremans", "MJT", left=ELECTION)
    new = _official(session, "Tim de Jong", "MJT")
    polis = _network(session, "Polis", gone, "MJT")
    hamburg = _relation(session, "Hamburg", gone)
    rows = responsibilities_to_hand_over(session, TODAY)

    done = hand_over(
        session,
        [Assignment(r.register, r.record_id, new, r.version) for r in rows],
        TODAY,
    )

    assert [(d.subject, d.previous, d.successor) for d in done] == [
        ("Netwerk Polis", "Vincent Karremans", "Tim de Jong"),
        ("Relatie met Hamburg", "Vincent Karremans", "Tim de Jong"),
    ]
    assert session.get(Network, polis).responsible_official_id == new  # type: ignore[union-attr]
    assert session.get(Relation, hamburg).responsible_official_id == new  # type: ignore[union-attr]
    history = session.execute(
        select(Change.register, Change.old_value, Change.new_value).where(Change.field.is_not(None))
    ).all()
    assert sorted(history) == [
        ("networks", "Vincent Karremans", "Tim de Jong"),
        ("relations", "Vincent Karremans", "Tim de Jong"),
    ]
    assert responsibilities_to_hand_over(session, TODAY) == []
    assert _texts(session) == []


def test_a_successor_not_in_office_refuses_the_whole_handover(session: Session) -> None:
    gone = _official(session, "Vincent Karremans", "MJT", left=ELECTION)
    new = _official(session, "Tim de Jong", "MJT")
    also_gone = _official(session, "Arno Bonte", left=ELECTION)
    polis = _network(session, "Polis", gone)
    walk21 = _network(session, "Walk21", gone)

    with pytest.raises(ValidationError) as refused:
        hand_over(
            session,
            [
                Assignment(RegisterKey.NETWORKS, polis, new),
                Assignment(RegisterKey.NETWORKS, walk21, also_gone),
            ],
            TODAY,
        )

    assert str(refused.value) == (
        "Rij 2: Arno Bonte is niet in functie en kan het dus niet overnemen."
    )
    assert session.get(Network, polis).responsible_official_id == gone  # type: ignore[union-attr]


def test_a_record_changed_since_it_was_read_refuses_the_handover_and_nothing_stays(
    database,  # noqa: ANN001 -- the Database fixture: a transaction per user action
) -> None:
    with database.sessions.begin() as session:
        gone = _official(session, "Vincent Karremans", "MJT", left=ELECTION)
        new = _official(session, "Tim de Jong", "MJT")
        _network(session, "Polis", gone)
        walk21 = _network(session, "Walk21", gone)
        rows = responsibilities_to_hand_over(session, TODAY)
    with database.sessions.begin() as session:  # someone saves Walk21 meanwhile
        session.get(Network, walk21).notes = "x"  # type: ignore[union-attr]
        session.get(Network, walk21).version += 1  # type: ignore[union-attr]

    with pytest.raises(EditConflictError), database.sessions.begin() as session:
        hand_over(
            session, [Assignment(r.register, r.record_id, new, r.version) for r in rows], TODAY
        )

    with database.sessions() as session:
        holders = session.scalars(select(Network.responsible_official_id).order_by(Network.id))
        assert list(holders) == [gone, gone]  # Polis, handed over first, too


def test_check_on_the_rotterdam_demo_names_the_networks_whose_holder_left(
    demo_template: Callable[[str], Location],
) -> None:
    path = file_only(demo_template("rotterdam"))

    code, out, _ = run_cli("check", "--db", str(path))

    assert code == 0
    for network in (
        "Polis",
        "Walk21 The Global Walking Network",
        "Transport Decarbonization Alliance",
    ):
        assert (
            f"- Netwerk {network}: verantwoordelijk bestuurder Vincent Karremans is sinds "
            "2 juli 2024 niet meer in functie." in out
        )


def test_handover_on_the_command_line_dry_run_then_for_real(
    demo_copy: Callable[[str], Location],
) -> None:
    path: Path = file_only(demo_copy("rotterdam"))

    code, out, _ = run_cli("officials", "handover", "--db", str(path), "--dry-run")
    assert code == 0
    assert "Netwerk Polis: Vincent Karremans -> geen opvolger bekend; blijft zoals het is" in out
    assert "Proefronde: er is niets geschreven." in out
    code, out, _ = run_cli("check", "--db", str(path))
    assert "Netwerk Polis: verantwoordelijk" in out  # nothing was written

    code, out, _ = run_cli(
        "officials", "handover", "--db", str(path), "--from", "karremans", "--to", "Zeegers"
    )
    assert code == 0, out
    assert "Overgedragen: 3 verantwoordelijkheden." in out
    code, out, _ = run_cli("check", "--db", str(path))
    assert "verantwoordelijk bestuurder" not in out
    code, out, _ = run_cli("history", "--db", str(path), "--register", "networks")
    assert out.count("Chantal Zeegers") >= 3


def test_an_unknown_official_on_the_command_line_is_named(
    demo_copy: Callable[[str], Location],
) -> None:
    path = file_only(demo_copy("rotterdam"))

    code, _, err = run_cli("officials", "handover", "--db", str(path), "--to", "Nobody")

    assert code == 1
    assert "--to: er is geen bestuurder 'Nobody' bekend" in err


@pytest.mark.parametrize("profile", ["rotterdam", "groningen", "almere"])
def test_the_check_reads_the_same_leavers_as_the_handover(
    demo_template: Callable[[str], Location], profile: str
) -> None:
    # `check` reads rows without the ORM (services/succession_findings.py); the handover
    # reads mapped officials: both must see the same records, subjects and dates.
    from intzaken.services.succession_findings import held_by_leavers
    from intzaken.store.database import open_database

    database = open_database(demo_template(profile))
    try:
        with database.sessions() as session:
            for day in (dt.date(2024, 7, 1), dt.date(2024, 7, 3), dt.date(2026, 12, 4)):
                rows = [
                    (h.register, h.record_id, h.subject, h.holder_name, h.left_on, h.left_precision)
                    for h in held_by_leavers(session, day)
                ]
                mapped = [
                    (r.register, r.record_id, r.subject, r.holder_name, r.left_on, r.left_precision)
                    for r in responsibilities_to_hand_over(session, day)
                ]
                assert rows == mapped, day
    finally:
        database.close()

"""A travel copy's history is data from outside: rows added to it by hand with plain
sqlite3 must not reach the team's history. Only entries that agree with what the merge
writes are carried over, marked as coming from the copy; the others are named in the
merge's summary with their reason (travel/history_sift.py)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid as uuid_module
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from intzaken.domain.models import Change, Contact, Relation, Trip
from intzaken.services.history import now_utc
from intzaken.services.organisation import ContactData, create_contact, delete_contact
from intzaken.store.database import Database
from intzaken.travel import history_sift as rules
from intzaken.travel.applying import apply_merge
from intzaken.travel.merge_plan import Side, settle
from intzaken.travel.planning import plan_merge
from intzaken.travel.writer import write_travel_copy

from .conftest import dump, run_cli
from .travel_helpers import TRAVELLER, build_team, change, edited

FORGER = "oud-burgemeester"
COPY = "reis.sqlite"


@pytest.fixture
def team(database: Database, tmp_path: Path) -> dict[str, Any]:
    """build_team in the database of either kind, and a travel copy for the mission."""
    with database.sessions.begin() as session:
        ids = build_team(session)
    with database.sessions() as session:
        write_travel_copy(session, tmp_path / COPY, trip_id=ids["mission"])
        ids["uuids"] = {
            key: session.get(model, ids[key]).uuid
            for key, model in (
                ("mission", Trip),
                ("hamburg_2024", Trip),
                ("osaka_2023", Trip),
                ("osaka", Relation),
                ("mia", Contact),
            )
        }
    return ids


def _genuine_edits(copy: Path, team: dict[str, Any]) -> None:
    """What the traveller did in the copy, through the services."""
    with edited(copy, TRAVELLER) as session:
        change(
            session,
            "trips",
            team["mission"],
            notes="Gesprekken goed verlopen",
            other_costs=Decimal("250.00"),
        )
        change(session, "relations", team["osaka"], notes="Nieuwe burgemeester")
        create_contact(session, ContactData("Haruki Mori", organisation="Kansai"))
        delete_contact(session, team["mia"])


def _copy_entries(copy: Path, author: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(copy) as connection:
        return connection.execute(
            "SELECT at, author, register, record_uuid, action, field, new_value FROM changes "
            "WHERE author = ? ORDER BY id",
            (author,),
        ).fetchall()


def _forge(copy: Path, team: dict[str, Any]) -> dict[str, str]:
    """Rows added by hand, as an attacker would with plain sqlite3; the reason each must
    be dropped for, by what it says it is."""
    uuids, recent = team["uuids"], now_utc() - dt.timedelta(seconds=1)
    with sqlite3.connect(copy) as connection:
        taken_at = dt.datetime.fromisoformat(
            connection.execute("SELECT taken_at FROM travel_copy_origin").fetchone()[0]
        )
        recent = max(recent, taken_at + dt.timedelta(microseconds=1))

        def add(
            what: str,
            at: Any,
            register: str,
            record: Any,
            action: str,
            field: str | None = None,
            new: str = "",
        ) -> None:
            record_text = record.hex if isinstance(record, uuid_module.UUID) else record
            at_text = at.isoformat(" ", "microseconds") if isinstance(at, dt.datetime) else at
            connection.execute(
                "INSERT INTO changes (at, author, register, record_uuid, record_id, title, "
                "action, version, field, old_value, new_value, context) "
                "VALUES (?, ?, ?, ?, NULL, ?, ?, NULL, ?, '', ?, '')",
                (at_text, FORGER, register, record_text, what, action, field, new),
            )

        # a cost change "by" a former mayor dated 2019, on a trip never in the copy
        add(
            "kosten 2019",
            dt.datetime(2019, 6, 1, 10),
            "trips",
            uuids["hamburg_2024"],
            "changed",
            "Overige kosten",
            "€ 12.000,00",
        )
        add(
            "kosten recent",
            recent,
            "trips",
            uuids["hamburg_2024"],
            "changed",
            "Overige kosten",
            "€ 12.000,00",
        )
        # a "deleted" entry for trips that still exist
        add("weg mission", recent, "trips", uuids["mission"], "deleted")
        add("weg osaka", recent, "trips", uuids["osaka_2023"], "deleted")
        # a "created" entry for a record that does not exist
        add("nieuw", recent, "contacts", uuid_module.uuid4(), "created")
        # a field the merge does not take from the copy
        add("doel", recent, "trips", uuids["mission"], "changed", "Doel", "Vakantie")
        # a value the copy does not hold (after the traveller's own change of the field)
        add(
            "notities",
            recent,
            "relations",
            uuids["osaka"],
            "changed",
            "Aantekeningen",
            "Alles afgeblazen",
        )
        # dated after the merge, and a time that does not read
        add("toekomst", dt.datetime(2099, 1, 1), "contacts", uuids["mia"], "deleted")
        add(
            "onleesbaar",
            "gisteren",
            "trips",
            uuids["mission"],
            "changed",
            "Aantekeningen",
            "Gesprekken goed verlopen",
        )
    return {
        "kosten 2019": rules.BEFORE_COPY,
        "kosten recent": rules.NOT_IN_COPY,
        "weg mission": rules.NOT_DELETED,
        "weg osaka": rules.NOT_MERGED,
        "nieuw": rules.NOT_IN_COPY,
        "doel": rules.FIELD_NOT_TAKEN,
        "notities": rules.OTHER_VALUE,
        "toekomst": rules.IN_FUTURE,
        "onleesbaar": rules.UNREADABLE,
    }


def _team_history(database: Database) -> list[Change]:
    with database.sessions() as session:
        return list(session.scalars(select(Change).order_by(Change.id)).all())


def _assert_only_genuine_carried(
    database: Database, genuine: list[tuple[Any, ...]], team: dict[str, Any]
) -> None:
    history = _team_history(database)
    assert not [e for e in history if e.author == FORGER]
    carried = [e for e in history if e.author == TRAVELLER]
    osaka = team["uuids"]["osaka"]
    # every entry the traveller made, with its own time, marked as from the copy; but
    # not the relation's notes, whose last entry the forger's now contradicts
    expected = [
        (dt.datetime.fromisoformat(at), register, uuid_module.UUID(record), action, field, new)
        for at, _, register, record, action, field, new in genuine
        if uuid_module.UUID(record) != osaka
    ]
    assert [
        (e.at, e.register, e.record_uuid, e.action.value, e.field, e.new_value) for e in carried
    ] == expected
    assert {e.context for e in carried} == {f"uit reiskopie {COPY}"}
    # the merge's own writes are there under the merger, the relation's notes with them
    merged = [e for e in history if e.context == f"terugzetten reiskopie {COPY}"]
    assert (osaka, "Aantekeningen", "Nieuwe burgemeester") in {
        (e.record_uuid, e.field, e.new_value) for e in merged
    }


def test_forged_history_is_not_carried_over_by_the_command_line(
    database: Database, tmp_path: Path, team: dict[str, Any]
) -> None:
    copy, db = tmp_path / COPY, str(database.location)
    _genuine_edits(copy, team)
    genuine = _copy_entries(copy, TRAVELLER)
    reasons = _forge(copy, team)
    before = dump(database)

    code, out, err = run_cli("merge", str(copy), "--db", db, "--deletions", "delete", "--dry-run")
    assert (code, err) == (0, "")
    assert dump(database) == before
    lines = out.splitlines()
    assert f"Geschiedenis uit de reiskopie, over te nemen ({len(genuine) - 1}):" in lines
    heading = lines.index(
        f"{len(reasons) + 1} geschiedenisregels uit de reiskopie niet overgenomen:"
    )
    dropped = lines[heading + 1 : heading + 2 + len(reasons)]
    for title, reason in reasons.items():
        assert [
            line
            for line in dropped
            if f"'{title}'" in line and FORGER in line and line.endswith(f": {reason}")
        ], (title, reason, dropped)
    assert [line for line in dropped if TRAVELLER in line] == [
        next(
            line
            for line in dropped
            if TRAVELLER in line
            and "Aantekeningen gewijzigd" in line
            and line.endswith(rules.OTHER_VALUE)
        )
    ]

    code, out, err = run_cli("merge", str(copy), "--db", db, "--deletions", "delete")
    assert (code, err) == (0, "")
    assert (
        f"; {len(genuine) - 1} wijzigingen uit de geschiedenis van de reiskopie "
        f"overgenomen; {len(reasons) + 1} geschiedenisregels uit de reiskopie niet "
        "overgenomen (zie hierboven)."
    ) in out
    _assert_only_genuine_carried(database, genuine, team)


def test_forged_history_is_not_carried_over_by_the_services(
    database: Database, tmp_path: Path, team: dict[str, Any]
) -> None:
    copy = tmp_path / COPY
    _genuine_edits(copy, team)
    genuine = _copy_entries(copy, TRAVELLER)
    reasons = _forge(copy, team)
    with database.sessions() as session:
        planned = plan_merge(session, copy)
    choices = settle(planned, deletions=Side.MINE)
    sifted = rules.sift(planned, choices)
    assert {d.entry.title: d.reason for d in sifted.dropped if d.entry.author == FORGER} == reasons
    with database.sessions() as session:
        result = apply_merge(session, planned, choices)
        session.commit()
    assert (result.history, len(result.dropped)) == (len(genuine) - 1, len(reasons) + 1)
    _assert_only_genuine_carried(database, genuine, team)


def test_a_deletion_is_carried_only_when_the_merge_deletes(
    database: Database, tmp_path: Path, team: dict[str, Any]
) -> None:
    """The traveller's own deletion, declined at the merge: the team keeps the contact,
    so its history must not say it was deleted."""
    copy = tmp_path / COPY
    with edited(copy, TRAVELLER) as session:
        delete_contact(session, team["mia"])
    with database.sessions() as session:
        planned = plan_merge(session, copy)
    assert [d.reason for d in rules.sift(planned, {}).dropped] == [rules.OPEN_CHOICE]
    keep = settle(planned, deletions=Side.THEIRS)
    assert [d.reason for d in rules.sift(planned, keep).dropped] == [rules.NOT_DELETED]
    with database.sessions() as session:
        assert len(apply_merge(session, planned, keep).dropped) == 1
        session.commit()
    mia = team["uuids"]["mia"]
    assert not [
        e for e in _team_history(database) if e.record_uuid == mia and e.action.value == "deleted"
    ]


def test_a_second_deletion_of_the_same_record_drops_both(
    database: Database, tmp_path: Path, team: dict[str, Any]
) -> None:
    """A forged "deleted" beside the traveller's own: which one is genuine cannot be
    told, so neither names its author in the team's history."""
    copy = tmp_path / COPY
    with edited(copy, TRAVELLER) as session:
        delete_contact(session, team["mia"])
    with sqlite3.connect(copy) as connection:
        connection.execute(
            "INSERT INTO changes (at, author, register, record_uuid, title, action, "
            "old_value, new_value, context) VALUES (?, ?, 'contacts', ?, 'Mia Koch', "
            "'deleted', '', '', '')",
            (now_utc().isoformat(" ", "microseconds"), FORGER, team["uuids"]["mia"].hex),
        )
    with database.sessions() as session:
        planned = plan_merge(session, copy)
    delete = settle(planned, deletions=Side.MINE)
    assert [(d.entry.author, d.reason) for d in rules.sift(planned, delete).dropped] == [
        (TRAVELLER, rules.TWICE),
        (FORGER, rules.TWICE),
    ]
    with database.sessions() as session:
        result = apply_merge(session, planned, delete)
        session.commit()
    assert (result.deleted, result.history, len(result.dropped)) == (1, 0, 2)
    assert not [e for e in _team_history(database) if e.author in (TRAVELLER, FORGER)]


def test_an_unreadable_time_of_taking_is_refused(
    database: Database, tmp_path: Path, team: dict[str, Any]
) -> None:
    """When the copy was taken decides which entries were made in it: a time that does
    not read is refused in Dutch, and nothing is written."""
    copy = tmp_path / COPY
    _genuine_edits(copy, team)
    with sqlite3.connect(copy) as connection:
        connection.execute("UPDATE travel_copy_origin SET taken_at = 'gisteren'")
    before = dump(database)
    code, out, err = run_cli(
        "merge", str(copy), "--db", str(database.location), "--deletions", "delete"
    )
    assert (code, out) == (1, "")
    assert f"De herkomst van de reiskopie {COPY} is onleesbaar" in err
    assert "Traceback" not in err
    assert dump(database) == before

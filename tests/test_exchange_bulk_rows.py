"""store.bulk_insert.insert_rows writes rows with the driver's executemany: it must store
exactly what SQLAlchemy's insert() stores for the same rows, refuse as it refuses, and
never leave out a column insert() would have filled in from its default."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from uuid import uuid4

import pytest
from sqlalchemy import insert, select, text
from sqlalchemy.exc import IntegrityError, StatementError

from intzaken.domain.enums import DatePrecision, TripKind, TripStatus
from intzaken.domain.models import FollowUp, Trip
from intzaken.store.bulk_insert import insert_rows, insert_tuples
from intzaken.store.database import Database


def _trip(number: int, **changes: object) -> dict[str, object]:
    row: dict[str, object] = {
        "id": number,
        "title": f"Reis {number} — Łódź",
        "kind": TripKind.WORKING_VISIT,
        "status": TripStatus.DONE,
        "date_precision": DatePrecision.MONTH,
        "purpose": "",
        "outcomes": "Afspraken",
        "notes": "",
        "start_date": dt.date(2024, 3, 1),
        "end_date": None,
        "travel_and_stay": Decimal("1100.50"),
        "other_costs": None,
        "co2_tonnes": Decimal("0.221"),
        "co2_offset": Decimal("0"),
        "budget_line_id": None,
        "time_zone": "Europe/Warsaw",
        "local_transport": "",
        "ground_contact_id": None,
        "co2_estimate_set": "",
        "policy_reason": "",
        "source": "Verslag 2024",
        "source_date": dt.date(2025, 3, 1),
        "source_page": "p. 7",
        "source_note": "",
        "derived_from": "",
        "third_party_payer": "",
        "uuid": uuid4(),
        "version": 1,
    }
    row.update(changes)
    return row


def test_rows_are_stored_as_insert_stores_them(database: Database) -> None:
    rows = [
        _trip(1),
        _trip(2, status="planned", end_date=dt.date(2024, 3, 31)),
        _trip(3, co2_tonnes=None, travel_and_stay=Decimal("12345678901.23")),
    ]
    with database.sessions.begin() as session:
        connection = session.connection()
        connection.execute(insert(Trip.__table__), rows)
        insert_rows(
            connection,
            Trip.__table__,
            [{**row, "id": row["id"] + 100, "uuid": uuid4()} for row in rows],
        )
        follow_ups = [
            {"trip_id": 1, "description": "Verslag", "due": None, "done": True},
            {"trip_id": 2, "description": "Brief", "due": dt.date(2024, 5, 1), "done": False},
        ]
        connection.execute(insert(FollowUp.__table__), follow_ups)
        insert_rows(
            connection,
            FollowUp.__table__,
            [{**row, "trip_id": row["trip_id"] + 100} for row in follow_ups],
        )
        stored = [
            dict(row._mapping)
            for row in connection.execute(text("SELECT * FROM trips ORDER BY id"))
        ]
        # Stored as 32 hex digits in SQLite, as a uuid by PostgreSQL.
        assert all(
            re.fullmatch("[0-9a-f]{32}", str(row.pop("uuid")).replace("-", "")) for row in stored
        )
        assert [{**row, "id": 0} for row in stored[:3]] == [{**row, "id": 0} for row in stored[3:]]
        done = [
            tuple(row)[2:]
            for row in connection.execute(text("SELECT * FROM follow_ups ORDER BY id"))
        ]
        assert done[:2] == done[2:]


def test_a_refusal_is_sqlalchemy_s_and_an_inexact_amount_is_refused_as_by_insert(
    database: Database,
) -> None:
    with database.sessions() as session:
        connection = session.connection()
        with pytest.raises(IntegrityError):
            insert_rows(connection, Trip.__table__, [_trip(1), _trip(1)])
        session.rollback()
        connection = session.connection()
        with pytest.raises(Exception) as by_insert:
            connection.execute(insert(Trip.__table__), [_trip(1, other_costs=Decimal("1.001"))])
        session.rollback()
        connection = session.connection()
        with pytest.raises(Exception) as by_rows:
            insert_rows(connection, Trip.__table__, [_trip(1, other_costs=Decimal("1.001"))])
        assert type(by_rows.value) is type(by_insert.value) is StatementError
        assert str(by_rows.value.orig) == str(by_insert.value.orig)
        assert str(by_rows.value).split("\n")[0] == str(by_insert.value).split("\n")[0]


def test_a_column_insert_would_fill_in_must_be_given(database: Database) -> None:
    row = _trip(1)
    del row["date_precision"], row["notes"], row["uuid"], row["version"]
    with database.sessions() as session, pytest.raises(ValueError) as refused:
        insert_rows(session.connection(), Trip.__table__, [row])
    message = str(refused.value)
    assert message.startswith("insert_rows(trips): no value for ")
    assert all(name in message for name in ("date_precision", "notes", "uuid", "version"))
    with database.sessions() as session, pytest.raises(ValueError, match="different columns"):
        insert_rows(session.connection(), Trip.__table__, [_trip(1), row])


def test_the_row_with_a_refused_value_is_the_one_named(database: Database) -> None:
    # A refusal is reported with its row: the first row with a value refused.
    rows = [_trip(number) for number in range(1, 6)]
    rows[2]["other_costs"] = Decimal("1.001")
    keys = list(rows[0])
    with database.sessions() as session, pytest.raises(StatementError) as refused:
        insert_tuples(session.connection(), Trip.__table__, keys, [tuple(r.values()) for r in rows])
    assert refused.value.params["id"] == 3 and refused.value.params["title"] == "Reis 3 — Łódź"
    # Refused in two columns: the first row refused is named, whichever column.
    rows[3]["travel_and_stay"] = Decimal("0.001")
    with database.sessions() as session, pytest.raises(StatementError) as refused:
        insert_tuples(session.connection(), Trip.__table__, keys, [tuple(r.values()) for r in rows])
    assert refused.value.params["id"] == 3
    rows[2]["other_costs"] = None
    with database.sessions() as session, pytest.raises(StatementError) as refused:
        insert_tuples(session.connection(), Trip.__table__, keys, [tuple(r.values()) for r in rows])
    assert refused.value.params["id"] == 4
    short = [tuple(_trip(number).values()) for number in range(1, 6)]
    short[4] = short[4][:-1]
    with database.sessions() as session, pytest.raises(ValueError, match="different columns"):
        insert_tuples(session.connection(), Trip.__table__, keys, short)
    with database.sessions() as session, session.begin():  # the columns in another order
        insert_tuples(
            session.connection(),
            Trip.__table__,
            keys[::-1],
            [tuple(r.values())[::-1] for r in rows[:2]],
        )
    with database.sessions() as session:
        stored = session.execute(select(Trip.id, Trip.title, Trip.other_costs)).all()
    assert [tuple(row) for row in stored] == [
        (1, "Reis 1 — Łódź", None),
        (2, "Reis 2 — Łódź", None),
    ]

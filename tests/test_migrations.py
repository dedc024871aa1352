"""Migrations keep every row: a demo database (a file, and a team database on a server)
taken back to an older schema and opened again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.exc import IntegrityError

from intzaken.domain.models import Base, BudgetLine
from intzaken.services.budget import add_budget_entry
from intzaken.services.data import BudgetEntryData
from intzaken.store.database import open_database
from intzaken.store.engine import make_engine, make_server_engine
from intzaken.store.location import Location, ServerAddress
from intzaken.store.migrations import alembic_config, current_revision
from intzaken.store.rotation import backups_folder
from intzaken.store.schema_version import SCHEMA_REVISION

# Tables added after 0001, empty in the demo file.
ADDED_LATER = {"changes", "travel_copy_origin", "travel_copy_base", "travel_copy_returns"}
# Added by 0004 (mission preparation): their rows go on a downgrade past it, so the tests
# of the older migrations leave them out; tests/test_mission_migration.py follows them.
MISSION_TABLES = {
    "country_facts",
    "trip_legs",
    "trip_stays",
    "trip_hosts",
    "programme_contacts",
    "programme_attendees",
}
# Added by 0011 (policies and priorities, EU projects, issue 23): likewise left out of the older
# migrations' tests, and followed by the test of their own migration below.
POLICY_TABLES = {
    "policies",
    "policy_priorities",
    "priority_themes",
    "priority_trips",
    "priority_relations",
    "priority_networks",
    "projects",
    "project_relations",
    "project_networks",
    "project_trips",
}
# Added by 0009 (the journey and compensation prices of the CO2 estimate); likewise.
MISSION_TABLES |= {"journey_legs", "compensation_prices"}
# Added by 0010 (the gifts register, issue 21); likewise.
MISSION_TABLES |= {"trip_gifts"}
TRACKED = [
    "agreements",
    "budget_lines",
    "contacts",
    "networks",
    "officials",
    "organisations",
    "places",
    "policies",
    "projects",
    "relations",
    "trips",
]


def _row_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            name: connection.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one()
            for name in inspect(connection).get_table_names()
            if name != "alembic_version" and name not in MISSION_TABLES | POLICY_TABLES
        }


def _engine(location: Location, *, foreign_keys: bool = True) -> Engine:
    if isinstance(location, ServerAddress):
        return make_server_engine(location)
    return make_engine(location, foreign_keys=foreign_keys)


def _downgrade(path: Location, revision: str) -> None:
    engine = _engine(path, foreign_keys=False)  # as the app migrates: see PITFALLS
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), revision)
    finally:
        engine.dispose()


def test_identities_and_versions_are_added_to_a_full_file_without_losing_a_row(
    demo_copy: Callable[[str], Location],
) -> None:
    path = demo_copy("rotterdam")
    engine = _engine(path)
    before = _row_counts(engine)
    engine.dispose()
    assert before["trips"] > 0 and before["trip_destinations"] > 0

    _downgrade(path, "0001")
    engine = _engine(path)
    assert current_revision(engine) == "0001"
    older = _row_counts(engine)
    engine.dispose()
    assert not ADDED_LATER & set(older)
    assert older == {name: count for name, count in before.items() if name not in ADDED_LATER}

    database = open_database(path)  # migrates, with a backup first
    try:
        assert current_revision(database.engine) == SCHEMA_REVISION
        after = _row_counts(database.engine)
        assert after == before | dict.fromkeys(ADDED_LATER, 0)
        with database.engine.connect() as connection:
            for name in TRACKED:
                rows = connection.execute(text(f"SELECT uuid, version FROM {name}")).all()
                uuids = [uuid for uuid, _ in rows]
                assert None not in uuids, name
                assert len(set(uuids)) == len(uuids), name
                assert {version for _, version in rows} <= {1}, name
            if isinstance(path, Path):  # a server checks its foreign keys at each write
                assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
    finally:
        database.close()
    if isinstance(path, Path):  # a team database's backups are the server's
        assert any(backups_folder(path).iterdir())


def test_every_record_table_has_an_identity_and_a_version() -> None:
    tables = {t.name for t in Base.metadata.sorted_tables if {"uuid", "version"} <= set(t.c.keys())}
    assert sorted(tables) == TRACKED


def test_the_travel_copy_tables_are_added_to_a_full_file_without_losing_a_row(
    demo_copy: Callable[[str], Location],
) -> None:
    path = demo_copy("rotterdam")
    engine = _engine(path)
    before = _row_counts(engine)
    engine.dispose()
    _downgrade(path, "0002")
    engine = _engine(path)
    older = _row_counts(engine)
    engine.dispose()
    travel = {"travel_copy_origin", "travel_copy_base", "travel_copy_returns"}
    assert older == {name: count for name, count in before.items() if name not in travel}

    database = open_database(path)
    try:
        assert current_revision(database.engine) == SCHEMA_REVISION
        assert _row_counts(database.engine) == before
        if isinstance(path, Path):  # a server checks its foreign keys at each write
            with database.engine.connect() as connection:
                assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
    finally:
        database.close()


def test_a_budget_amount_not_known_survives_the_round_trip_of_its_migration(
    demo_copy: Callable[[str], Location],
) -> None:
    # Rotterdam's lines have no known amount; their bookings, and the trips booked on
    # them, hang on the table the migration rebuilds on SQLite.
    path = demo_copy("rotterdam")
    database = open_database(path)
    with database.sessions.begin() as session:
        line = session.scalars(select(BudgetLine).order_by(BudgetLine.id)).first()
        assert line is not None
        add_budget_entry(
            session,
            line.id,
            BudgetEntryData("expense", dt.date(line.year, 3, 1), "Visum", Decimal("60.00")),
        )
    database.close()
    engine = _engine(path)
    before = _row_counts(engine)
    with engine.connect() as connection:
        amounts = connection.execute(text("SELECT amount FROM budget_lines")).scalars().all()
        booked = connection.execute(
            text("SELECT count(*) FROM trips WHERE budget_line_id IS NOT NULL")
        ).scalar_one()
    engine.dispose()
    assert None in amounts and booked > 0 and before["budget_entries"] > 0
    _downgrade(path, "0004")  # to just before 0005, which made the amount optional
    engine = _engine(path)
    with engine.connect() as connection:
        older = connection.execute(text("SELECT amount FROM budget_lines")).scalars().all()
    assert _row_counts(engine) == before
    engine.dispose()
    assert None not in older  # required again: a line not known has zero

    database = open_database(path)
    try:
        assert current_revision(database.engine) == SCHEMA_REVISION
        assert _row_counts(database.engine) == before
        with database.engine.connect() as connection:
            assert (
                connection.execute(
                    text("SELECT count(*) FROM trips WHERE budget_line_id IS NOT NULL")
                ).scalar_one()
                == booked
            )
            if isinstance(path, Path):
                assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
    finally:
        database.close()


def test_study_trips_and_years_survive_the_round_trip_of_their_migration(
    demo_copy: Callable[[str], Location],
) -> None:
    """0006 adds the trip kind study_trip and the precision year: an older file (at 0005)
    opens with its trips and takes the new values; downgrading gives every trip an older
    value that says the same as far as it can, with no row lost."""
    path = demo_copy("rotterdam")
    _downgrade(path, "0005")
    engine = _engine(path)
    before = _row_counts(engine)
    engine.dispose()
    assert before["trips"] > 0 and before["trip_travellers"] > 0

    database = open_database(path)  # the migration runs at open
    try:
        assert current_revision(database.engine) == SCHEMA_REVISION
        assert _row_counts(database.engine) == before
        with database.engine.begin() as connection:
            first = connection.execute(text("SELECT min(id) FROM trips")).scalar_one()
            connection.execute(
                text(
                    "UPDATE trips SET kind = 'study_trip', date_precision = 'year', "
                    "start_date = '2016-01-01', end_date = '2016-12-31' WHERE id = :id"
                ),
                {"id": first},
            )
            if isinstance(path, Path):
                assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
    finally:
        database.close()
    engine = _engine(path)
    # The CHECK constraints know the new values, and still refuse unknown ones.
    with engine.begin() as connection, pytest.raises(IntegrityError), connection.begin_nested():
        connection.execute(text("UPDATE trips SET kind = 'holiday' WHERE id = :id"), {"id": first})
    engine.dispose()

    _downgrade(path, "0005")
    engine = _engine(path)
    with engine.connect() as connection:
        row = connection.execute(
            text("SELECT kind, date_precision, start_date, end_date FROM trips WHERE id = :id"),
            {"id": first},
        ).one()
    assert _row_counts(engine) == before
    engine.dispose()
    # January to December of 2016 with month precision: what the year said.
    assert (row[0], row[1]) == ("working_visit", "month")
    assert str(row[2]) == "2016-01-01" and str(row[3]) == "2016-12-31"


def test_the_open_data_licence_and_woo_flag_are_added_without_losing_a_row(
    demo_copy: Callable[[str], Location],
) -> None:
    """0007 gives the organisation an open-data licence (CC0 on a file of before) and
    every agreement a 'document published' flag (false until someone says so); the
    licence's CHECK constraint refuses an unknown licence; the way back loses no row."""
    path = demo_copy("rotterdam")
    _downgrade(path, "0006")
    engine = _engine(path)
    before = _row_counts(engine)
    engine.dispose()
    assert before["agreements"] > 0 and before["organisations"] == 1

    database = open_database(path)  # the migration runs at open
    try:
        assert _row_counts(database.engine) == before
        with database.engine.begin() as connection:
            assert connection.execute(
                text("SELECT open_data_licence FROM organisations")
            ).scalars().all() == ["cc0"]
            published = (
                connection.execute(text("SELECT DISTINCT document_published FROM agreements"))
                .scalars()
                .all()
            )
            assert [bool(p) for p in published] == [False]
            connection.execute(text("UPDATE organisations SET open_data_licence = 'cc_by'"))
        with (
            database.engine.begin() as connection,
            pytest.raises(IntegrityError),
            connection.begin_nested(),
        ):
            connection.execute(text("UPDATE organisations SET open_data_licence = 'all-rights'"))
    finally:
        database.close()

    _downgrade(path, "0006")
    engine = _engine(path)
    assert _row_counts(engine) == before
    assert "open_data_licence" not in {
        c["name"] for c in inspect(engine).get_columns("organisations")
    }
    engine.dispose()


def test_the_policy_and_project_tables_come_and_go_without_touching_another_row(
    demo_copy: Callable[[str], Location],
) -> None:
    path = demo_copy("rotterdam")
    engine = _engine(path)
    before = _row_counts(engine)
    engine.dispose()
    _downgrade(path, "0008")
    engine = _engine(path)
    with engine.connect() as connection:
        assert not POLICY_TABLES & set(inspect(connection).get_table_names())
    assert _row_counts(engine) == before
    engine.dispose()
    database = open_database(path)
    try:
        assert current_revision(database.engine) == SCHEMA_REVISION
        assert _row_counts(database.engine) == before
        with database.engine.connect() as connection:
            assert set(inspect(connection).get_table_names()) >= POLICY_TABLES
    finally:
        database.close()


def test_the_columns_councils_ask_for_copy_the_planned_trips_estimate(
    demo_copy: Callable[[str], Location],
) -> None:
    """0010: a trip not yet made had its estimate in its cost fields, and gets it in the
    estimate too; a trip made has none (no difference to show); the organisations print
    no gifts until they choose; the way back loses no row."""
    path = demo_copy("rotterdam")
    _downgrade(path, "0009")
    engine = _engine(path)
    before = _row_counts(engine)
    with engine.begin() as connection:
        # The demo's planned trips have no figures yet: some are given, as a user would.
        connection.execute(
            text(
                "UPDATE trips SET travel_and_stay = 123400, other_costs = 5600"
                " WHERE status IN ('planned', 'approved') AND id % 2 = 0"
            )
        )
    engine.dispose()

    database = open_database(path)  # the migration runs at open
    try:
        assert _row_counts(database.engine) == before
        with database.engine.begin() as connection:
            rows = connection.execute(
                text(
                    "SELECT id, status, travel_and_stay, other_costs, estimated_travel_and_stay,"
                    " estimated_other_costs, third_party_costs, cancellation_costs,"
                    " third_party_payer FROM trips"
                )
            ).all()
            planned = [row for row in rows if row[1] in ("idea", "planned", "approved")]
            assert any(row[2] is not None for row in planned)
            for trip_id, status, travel, other, est_travel, est_other, paid, cancel, payer in rows:
                if status in ("idea", "planned", "approved"):
                    assert (est_travel, est_other) == (travel, other), trip_id
                else:
                    assert (est_travel, est_other) == (None, None), trip_id
                assert (paid, cancel, payer) == (None, None, "")
            assert [
                bool(v)
                for v in connection.execute(text("SELECT print_gifts FROM organisations")).scalars()
            ] == [False]
            trip_id = rows[0][0]
            connection.execute(
                text(
                    "INSERT INTO trip_gifts (trip_id, position, description, giver, value,"
                    " kept_at) VALUES (:trip, 0, 'Bord', '', 15000, '')"
                ),
                {"trip": trip_id},
            )
    finally:
        database.close()

    _downgrade(path, "0009")
    engine = _engine(path)
    assert _row_counts(engine) == before
    assert "trip_gifts" not in inspect(engine).get_table_names()
    assert "cancellation_costs" not in {c["name"] for c in inspect(engine).get_columns("trips")}
    engine.dispose()

"""Migration 0004 (mission preparation) on a full file and a team database: a programme
item's single contact moves to the list of people met, the order within each day is kept,
nothing else changes; and back down again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from uuid import uuid4

import sqlalchemy as sa
from sqlalchemy import Engine, inspect, text

from intzaken.domain.models import Trip
from intzaken.services import trips
from intzaken.services.data import ContactData
from intzaken.services.organisation import create_contact
from intzaken.services.snapshots import trip_data
from intzaken.store.database import open_database
from intzaken.store.location import Location
from intzaken.store.migrations import current_revision
from intzaken.store.schema_version import SCHEMA_REVISION

from .test_migrations import _downgrade, _engine, _row_counts


def _add_old_programme(engine: Engine) -> tuple[int, list[int]]:
    """At 0003: a trip's programme with one contact on two of its items, entered out of
    order. Returns the trip and the contacts."""
    with engine.begin() as connection:
        trip_id = connection.execute(text("SELECT min(id) FROM trips")).scalar_one()
        contacts = sa.table(
            "contacts",
            *(sa.column(n, sa.String()) for n in ("name", "organisation", "function")),
            *(sa.column(n, sa.String()) for n in ("email", "phone")),
            sa.column("uuid", sa.Uuid()),
            sa.column("version", sa.Integer()),
            sa.column("id", sa.Integer()),
        )
        made = []
        for name in ("Li Wei", "Chen Jing"):
            values = dict.fromkeys(("organisation", "function", "email", "phone"), "")
            made.append(
                connection.execute(
                    contacts.insert()
                    .values(name=name, uuid=uuid4(), version=1, **values)
                    .returning(contacts.c.id)
                ).scalar_one()
            )
        first, second = made
        connection.execute(text("DELETE FROM programme_items WHERE trip_id = :t"), {"t": trip_id})
        rows = [
            ("2024-05-02", "14:00:00.000000", "Havenbezoek", first),
            ("2024-05-01", None, "Aankomst", None),
            ("2024-05-02", "09:30:00.000000", "Ontvangst stadhuis", second),
            ("2024-05-01", "19:00:00.000000", "Diner", None),
        ]
        for day, time, activity, contact in rows:
            connection.execute(
                text(
                    "INSERT INTO programme_items (trip_id, day, time, activity, place, contact_id)"
                    " VALUES (:trip, :day, :time, :activity, '', :contact)"
                ),
                {
                    "trip": trip_id,
                    "day": day,
                    "time": time,
                    "activity": activity,
                    "contact": contact,
                },
            )
    return trip_id, [first, second]


def test_a_programme_with_contacts_is_migrated_without_losing_a_link(
    demo_copy: Callable[[str], Location],
) -> None:
    path = demo_copy("rotterdam")
    _downgrade(path, "0003")
    engine = _engine(path)
    trip_id, (first, second) = _add_old_programme(engine)
    before = _row_counts(engine)
    engine.dispose()

    database = open_database(path)  # migrates, with a backup first
    try:
        assert current_revision(database.engine) == SCHEMA_REVISION
        assert _row_counts(database.engine) == before
        with database.engine.connect() as connection:
            columns = {c["name"] for c in inspect(connection).get_columns("programme_items")}
            assert "contact_id" not in columns
            assert {"position", "talking_points", "time_zone"} <= columns
            if isinstance(path, Path):
                assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
        with database.sessions() as session:
            trip = session.get(Trip, trip_id)
            programme = [(p.day, p.position, p.activity, p.contact_ids) for p in trip.programme]
            assert programme == [
                (dt.date(2024, 5, 1), 0, "Aankomst", []),
                (dt.date(2024, 5, 1), 1, "Diner", []),
                (dt.date(2024, 5, 2), 0, "Ontvangst stadhuis", [second]),
                (dt.date(2024, 5, 2), 1, "Havenbezoek", [first]),
            ]
            assert all(p.talking_points == "" and p.attendees == [] for p in trip.programme)
            assert trip.time_zone == "" and trip.legs == [] and trip.ground_contact_id is None
            assert all(t.role == "" for t in trip.travellers)
    finally:
        database.close()


def test_a_downgrade_keeps_the_first_contact_of_each_item(
    demo_copy: Callable[[str], Location],
) -> None:
    path = demo_copy("rotterdam")
    database = open_database(path)
    try:
        with database.sessions.begin() as session:
            trip_id = session.scalar(sa.select(sa.func.min(Trip.id)))
            data = trip_data(session.get(Trip, trip_id))
            contacts = [
                create_contact(session, ContactData(name=name)).id
                for name in ("Li Wei", "Chen Jing")
            ]
            data.programme = [
                trips.ProgrammeItemData(data.start_date, "Gesprek", contact_ids=contacts[::-1])
            ]
            trips.update_trip(session, trip_id, data)
    finally:
        database.close()
    _downgrade(path, "0003")
    engine = _engine(path)
    try:
        with engine.connect() as connection:
            linked = connection.execute(
                text("SELECT contact_id FROM programme_items WHERE trip_id = :t"), {"t": trip_id}
            ).all()
        assert linked == [(contacts[1],)]
        assert current_revision(engine) == "0003"
    finally:
        engine.dispose()

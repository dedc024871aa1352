"""The calendar's data (services/trip_calendar.py), without Qt, on SQLite and PostgreSQL:
which trips and follow-up deadlines fall in a month or a year."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from intzaken.domain.enums import DatePrecision, TripStatus
from intzaken.services import data as records
from intzaken.services.places import create_place
from intzaken.services.trip_calendar import month_calendar, year_calendar
from intzaken.services.trips import create_trip

from .test_outlook import Builder


@pytest.fixture
def build(session: Session) -> Builder:
    return Builder(session)


def titles(period) -> list[str]:  # noqa: ANN001
    return [t.title for t in period.trips]


def test_a_month_shows_the_trips_with_a_day_in_it_and_not_ideas_or_cancelled_ones(
    build: Builder, session: Session
) -> None:
    build.trip(dt.date(2026, 3, 10), title="Maart gemaakt")
    build.trip(dt.date(2026, 3, 20), "approved", title="Maart goedgekeurd")
    build.trip(dt.date(2026, 3, 24), "planned", title="Maart voorgenomen")
    build.trip(dt.date(2026, 3, 12), "idea", title="Idee")
    build.trip(dt.date(2026, 3, 14), "cancelled", title="Geannuleerd")
    build.trip(dt.date(2026, 4, 1), title="April")
    build.trip(dt.date(2026, 2, 26), title="Februari")  # 26 to 28 February
    session.flush()

    march = month_calendar(session, 2026, 3)

    assert (march.first, march.last) == (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert titles(march) == ["Maart gemaakt", "Maart goedgekeurd", "Maart voorgenomen"]
    assert [t.status for t in march.trips] == [
        TripStatus.DONE,
        TripStatus.APPROVED,
        TripStatus.PLANNED,
    ]
    trip = march.trips[0]
    assert (trip.start, trip.end, trip.when) == (
        dt.date(2026, 3, 10),
        dt.date(2026, 3, 12),
        "10 t/m 12 maart 2026",
    )
    assert trip.destinations == "Duitsland"
    # The nearest trips outside the month, for an empty page to point to.
    assert (march.previous_trip, march.next_trip) == (dt.date(2026, 2, 28), dt.date(2026, 4, 1))


def test_a_trip_names_its_destinations_in_its_own_order(build: Builder, session: Session) -> None:
    lyon = create_place(session, records.PlaceData("Lyon", "FR")).id
    ghent = create_place(session, records.PlaceData("Gent", "BE")).id
    create_trip(
        session,
        records.TripData(
            title="Rondreis",
            kind="working_visit",
            status="approved",
            start_date=dt.date(2026, 5, 4),
            end_date=dt.date(2026, 5, 8),
            destinations=[
                records.DestinationData("FR", lyon),
                records.DestinationData("DE"),  # the country only: its name
                records.DestinationData("BE", ghent),
            ],
            traveller_ids=[build.mayor],
            lead_official_id=build.mayor,
        ),
    )
    session.flush()
    (trip,) = month_calendar(session, 2026, 5).trips
    assert trip.destinations == "Lyon, Duitsland, Gent"


def test_a_trip_over_the_turn_of_a_month_or_year_shows_in_both(
    build: Builder, session: Session
) -> None:
    build.trip(dt.date(2026, 1, 30), title="Over de maand")  # 30 January to 1 February
    build.trip(dt.date(2026, 12, 30), title="Over het jaar")  # to 1 January 2027
    session.flush()

    assert titles(month_calendar(session, 2026, 1)) == ["Over de maand"]
    assert titles(month_calendar(session, 2026, 2)) == ["Over de maand"]
    assert titles(month_calendar(session, 2026, 12)) == ["Over het jaar"]
    assert titles(month_calendar(session, 2027, 1)) == ["Over het jaar"]
    assert titles(year_calendar(session, 2026)) == ["Over de maand", "Over het jaar"]
    assert titles(year_calendar(session, 2027)) == ["Over het jaar"]
    spanning = year_calendar(session, 2027).trips[0]
    assert (spanning.start, spanning.end) == (dt.date(2026, 12, 30), dt.date(2027, 1, 1))


def test_trips_known_only_by_month_or_year_come_with_their_precision(
    build: Builder, session: Session
) -> None:
    build.trip(dt.date(2026, 5, 1), "planned", precision="month", title="Ergens in mei")
    build.trip(dt.date(2026, 1, 1), "planned", precision="year", title="Ergens in 2026")
    session.flush()

    may = month_calendar(session, 2026, 5)
    assert titles(may) == ["Ergens in 2026", "Ergens in mei"]  # by first day
    in_2026, in_may = may.trips
    assert (in_may.precision, in_may.start, in_may.end, in_may.when) == (
        DatePrecision.MONTH,
        dt.date(2026, 5, 1),
        dt.date(2026, 5, 31),
        "mei 2026",
    )
    assert (in_2026.precision, in_2026.when) == (DatePrecision.YEAR, "2026")
    assert titles(month_calendar(session, 2026, 6)) == ["Ergens in 2026"]
    assert titles(month_calendar(session, 2027, 1)) == []
    assert titles(year_calendar(session, 2026)) == ["Ergens in 2026", "Ergens in mei"]


def test_follow_up_deadlines_fall_in_the_month_or_year_of_their_due_date(
    build: Builder, session: Session
) -> None:
    trip = build.trip(
        dt.date(2026, 3, 10),
        title="Werkbezoek Hamburg",
        follow_ups=[
            records.FollowUpData("Verslag", dt.date(2026, 4, 15)),
            records.FollowUpData("Bedankbrief", dt.date(2026, 3, 31), done=True),
            records.FollowUpData("Zonder datum"),
            records.FollowUpData("Evaluatie", dt.date(2027, 1, 5)),
        ],
    )
    build.trip(
        dt.date(2026, 4, 1),
        "cancelled",
        follow_ups=[records.FollowUpData("Annuleren hotel", dt.date(2026, 4, 2))],
    )
    session.flush()

    march, april = month_calendar(session, 2026, 3), month_calendar(session, 2026, 4)
    assert [(d.description, d.due, d.done) for d in march.deadlines] == [
        ("Bedankbrief", dt.date(2026, 3, 31), True)
    ]
    assert [(d.description, d.trip_id, d.trip_title) for d in april.deadlines] == [
        ("Verslag", trip, "Werkbezoek Hamburg")  # the cancelled trip's action is moot
    ]
    assert april.trips == []  # a deadline shows without its trip in the month
    assert [d.description for d in year_calendar(session, 2026).deadlines] == [
        "Bedankbrief",
        "Verslag",
    ]
    assert [d.description for d in year_calendar(session, 2027).deadlines] == ["Evaluatie"]


def test_an_empty_file_has_an_empty_calendar_with_nothing_to_point_to(session: Session) -> None:
    period = year_calendar(session, 2026)
    assert (period.trips, period.deadlines) == ([], [])
    assert (period.previous_trip, period.next_trip) == (None, None)

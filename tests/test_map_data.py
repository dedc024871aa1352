"""What the world map shows (services/map_data.py), on SQLite and PostgreSQL: the home
place, the relations where they are, a year's trips and how often each country was
visited."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from intzaken.domain.enums import RelationKind, RelationStatus, TripStatus
from intzaken.services import data as records
from intzaken.services.map_data import default_year, map_data, trips_map_data
from intzaken.services.organisation import set_organisation
from intzaken.services.places import create_place
from intzaken.services.relations import create_relation
from intzaken.services.reporting import done_trips
from intzaken.services.trips import create_trip

from .test_outlook import Builder


def _place(session: Session, name: str, country: str, lat: float | None, lon: float | None) -> int:
    return create_place(session, records.PlaceData(name, country, latitude=lat, longitude=lon)).id


def _trip(
    build: Builder, start: dt.date, status: str, *destinations: records.DestinationData
) -> int:
    return create_trip(
        build.session,
        records.TripData(
            title=f"Reis {start.isoformat()} {status}",
            kind="working_visit",
            status=status,
            start_date=start,
            end_date=start + dt.timedelta(days=2),
            destinations=list(destinations),
            traveller_ids=[build.mayor],
            lead_official_id=build.mayor,
        ),
    ).id


@pytest.fixture
def build(session: Session) -> Builder:
    return Builder(session)


def test_the_map_of_a_year_has_home_relations_trips_and_visits_per_country(
    build: Builder, session: Session
) -> None:
    rotterdam = _place(session, "Rotterdam", "NL", 51.92, 4.48)
    set_organisation(session, records.OrganisationData("Gemeente Test", home_place_id=rotterdam))
    nantes = _place(session, "Nantes", "FR", 47.22, -1.55)
    lyon = _place(session, "Lyon", "FR", 45.76, 4.84)
    unknown = _place(session, "Nergenshuizen", "BE", None, None)  # no coordinates yet
    twin = create_relation(session, records.RelationData("twin_city", nantes, "active")).id
    create_relation(session, records.RelationData("friendship", unknown, "dormant"))
    france = records.DestinationData("FR", nantes)
    both = (records.DestinationData("FR", nantes), records.DestinationData("FR", lyon))
    tour = _trip(build, dt.date(2024, 3, 4), "done", *both)
    _trip(build, dt.date(2024, 6, 4), "planned", france, records.DestinationData("BE", unknown))
    _trip(build, dt.date(2024, 7, 4), "idea", france)  # not a visit
    _trip(build, dt.date(2024, 8, 4), "cancelled", france)  # neither
    _trip(build, dt.date(2023, 3, 4), "done", france)  # another year
    session.flush()

    shown = map_data(session, 2024)

    assert shown.home is not None and shown.home.name == "Rotterdam"
    assert (shown.home.longitude, shown.home.latitude) == (4.48, 51.92)
    # A relation whose place has no coordinates cannot be drawn.
    assert [(r.relation_id, r.place.name, r.kind, r.status) for r in shown.relations] == [
        (twin, "Nantes", RelationKind.TWIN_CITY, RelationStatus.ACTIVE)
    ]
    assert [t.status for t in shown.trips] == [TripStatus.DONE, TripStatus.PLANNED]
    assert shown.trips[0].trip_id == tour
    assert [p.name for p in shown.trips[0].destinations] == ["Nantes", "Lyon"]
    assert [p.name for p in shown.trips[1].destinations] == ["Nantes"]
    # Two cities of France on one trip are one visit; Belgium counts without coordinates.
    assert shown.visits == {"FR": 2, "BE": 1}
    assert shown.years == (2023, 2024)


def test_a_reports_map_from_its_loaded_trips_is_the_map_of_its_year(
    build: Builder, session: Session
) -> None:
    """The annual overview's map is made from the trips it has loaded (trips_map_data),
    without map_data's scan of the archive: the same trips, in the same order, with the
    same places and visits as map_data gives for the trips made that year."""
    rotterdam = _place(session, "Rotterdam", "NL", 51.92, 4.48)
    set_organisation(session, records.OrganisationData("Gemeente Test", home_place_id=rotterdam))
    nantes = _place(session, "Nantes", "FR", 47.22, -1.55)
    lyon = _place(session, "Lyon", "FR", 45.76, 4.84)
    unknown = _place(session, "Nergenshuizen", "BE", None, None)
    both = (records.DestinationData("FR", lyon), records.DestinationData("FR", nantes))
    # Two trips on one day (with the same title): in the order map_data gives, by id.
    _trip(build, dt.date(2024, 5, 1), "done", records.DestinationData("BE", unknown))
    _trip(build, dt.date(2024, 3, 4), "done", *both)
    _trip(build, dt.date(2024, 3, 4), "done", records.DestinationData("DE"))  # no place
    _trip(build, dt.date(2024, 6, 4), "planned", records.DestinationData("FR", nantes))
    _trip(build, dt.date(2023, 3, 4), "done", records.DestinationData("FR", nantes))
    session.flush()

    expected = map_data(session, 2024, (TripStatus.DONE,))
    shown = trips_map_data(session, 2024, list(reversed(done_trips(session, 2024))))

    assert len(shown.trips) == 3
    assert (shown.year, shown.home, shown.trips, shown.visits) == (
        expected.year,
        expected.home,
        expected.trips,
        expected.visits,
    )
    assert [p.name for t in shown.trips for p in t.destinations] == ["Lyon", "Nantes"]
    assert shown.visits == {"FR": 1, "DE": 1, "BE": 1}
    # What a report's map does not show is not read.
    assert (shown.relations, shown.years) == ((), ())


def test_a_file_without_home_or_trips_gives_an_empty_map(session: Session) -> None:
    shown = map_data(session, None)
    assert (shown.home, shown.relations, shown.trips, shown.visits, shown.years) == (
        None,
        (),
        (),
        {},
        (),
    )


def test_the_map_opens_on_the_data_not_the_clock() -> None:
    assert default_year((2023, 2024, 2026), 2026) == 2026
    assert default_year((2023, 2024), 2026) == 2024  # a demo dated years back
    assert default_year((2030,), 2026) == 2030
    assert default_year((), 2026) is None


def test_the_rotterdam_demo_has_a_home_relations_and_trips_on_the_map(demo_template) -> None:  # noqa: ANN001
    from intzaken.store.database import open_database

    database = open_database(demo_template("rotterdam"))
    try:
        with database.sessions() as session:
            shown = map_data(session, 2024)
    finally:
        database.close()
    assert shown.home is not None and shown.home.name == "Rotterdam"
    assert shown.relations and shown.trips and shown.visits
    assert 2024 in shown.years

"""What the world map shows (the Kaart page and the annual overview's map), as plain
values that cross threads safely: the organisation's home place, the relations with
their coordinates, and a year's trips with their destinations, and how often each
country was visited that year.

Columns, not ORM objects: the map needs a handful of values per trip and relation.
A place without coordinates is left off the map (its country is still counted).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, extract, select
from sqlalchemy.orm import Session

from ..domain.enums import RelationKind, RelationStatus, TripStatus
from ..domain.models import Organisation, Place, Relation, Trip, TripDestination

# A visit is a trip that is made or going to be: not an idea, not cancelled (as the calendar).
VISIT_STATUSES = (TripStatus.PLANNED, TripStatus.APPROVED, TripStatus.DONE)


@dataclass(frozen=True)
class MapPlace:
    name: str
    country_code: str
    longitude: float
    latitude: float


@dataclass(frozen=True)
class MapRelation:
    relation_id: int
    place: MapPlace
    kind: RelationKind
    status: RelationStatus


@dataclass(frozen=True)
class MapTrip:
    trip_id: int
    title: str
    status: TripStatus
    destinations: tuple[MapPlace, ...]  # in the order travelled; those with coordinates


@dataclass(frozen=True)
class MapData:
    year: int | None
    home: MapPlace | None
    relations: tuple[MapRelation, ...]
    trips: tuple[MapTrip, ...]
    visits: dict[str, int]  # trips of the year per destination country (ISO code)
    years: tuple[int, ...]  # the years that have trips, oldest first


def trip_years(session: Session) -> tuple[int, ...]:
    """The years in which a trip (made or going to be) starts, oldest first."""
    year = extract("year", Trip.start_date)
    rows = session.execute(
        select(year).where(Trip.status.in_(VISIT_STATUSES), Trip.start_date.is_not(None)).distinct()
    ).scalars()
    return tuple(sorted(int(value) for value in rows if value is not None))


def default_year(years: tuple[int, ...], this_year: int) -> int | None:
    """The year a map opens on: this year when it has trips, else the latest year before
    it that has (a demo or archive dated years back), else the first year after it."""
    if this_year in years:
        return this_year
    earlier = [year for year in years if year < this_year]
    if earlier:
        return earlier[-1]
    return years[0] if years else None


def map_data(
    session: Session, year: int | None, statuses: tuple[TripStatus, ...] = VISIT_STATUSES
) -> MapData:
    """The home place, every relation with coordinates, and the trips starting in `year`
    (none when `year` is None) that are made or going to be (or of `statuses`: the
    annual overview's map shows the trips made)."""
    home = _home(session)
    relations = tuple(
        MapRelation(relation_id, place, kind, status)
        for relation_id, kind, status, name, code, longitude, latitude in session.execute(
            select(
                Relation.id,
                Relation.kind,
                Relation.status,
                Place.name,
                Place.country_code,
                Place.longitude,
                Place.latitude,
            )
            .join(Place, Place.id == Relation.place_id)
            .order_by(Place.name, Relation.id)
        )
        if (place := _place(name, code, longitude, latitude)) is not None
    )
    trips: tuple[MapTrip, ...] = ()
    visits: Counter[str] = Counter()
    if year is not None:
        trips, visits = _trips_of(session, year, statuses)
    return MapData(year, home, relations, trips, dict(visits), trip_years(session))


def trips_map_data(session: Session, year: int, trips: Sequence[Trip]) -> MapData:
    """What `map_data(session, year, statuses)` gives for the trips of `year`, made from
    those trips as a report has loaded them already (with their destinations and
    places): the two queries of map_data pick a year's trips out of the whole archive by
    a computed year, which no index serves. No relations and no list of years: a
    report's map shows neither."""
    ordered = sorted(trips, key=lambda trip: (trip.start_date or dt.date.min, trip.title, trip.id))
    visits: Counter[str] = Counter()
    map_trips = []
    for trip in ordered:
        places = []
        for destination in trip.destinations:
            place = destination.place
            found = (
                _place(place.name, destination.country_code, place.longitude, place.latitude)
                if place is not None
                else None
            )
            if found is not None:
                places.append(found)
        # A trip to two cities of one country is one visit to it.
        visits.update({destination.country_code for destination in trip.destinations})
        map_trips.append(MapTrip(trip.id, trip.title, trip.status, tuple(places)))
    return MapData(year, _home(session), (), tuple(map_trips), dict(visits), ())


def route_data(session: Session, trip_id: int) -> MapData:
    """One trip's way from the home place (the briefing pack's cover): the home place,
    that trip with its destinations, its countries as visited once; no relations."""
    home = _home(session)
    trips, visits = _trips_where(session, (Trip.id == trip_id,))
    return MapData(None, home, (), trips, dict(visits), ())


def _home(session: Session) -> MapPlace | None:
    row = session.execute(
        select(Place.name, Place.country_code, Place.longitude, Place.latitude)
        .join(Organisation, Organisation.home_place_id == Place.id)
        .order_by(Organisation.id)
        .limit(1)
    ).first()
    return _place(*row) if row is not None else None


def _trips_of(
    session: Session, year: int, statuses: tuple[TripStatus, ...]
) -> tuple[tuple[MapTrip, ...], Counter[str]]:
    return _trips_where(
        session, (Trip.status.in_(statuses), extract("year", Trip.start_date) == year)
    )


def _trips_where(
    session: Session, in_year: tuple[ColumnElement[bool], ...]
) -> tuple[tuple[MapTrip, ...], Counter[str]]:
    """The trips meeting `in_year` (conditions on Trip), with their destinations."""
    heads = session.execute(
        select(Trip.id, Trip.title, Trip.status)
        .where(*in_year)
        .order_by(Trip.start_date, Trip.title, Trip.id)
    ).all()
    destinations: dict[int, list[MapPlace]] = {}
    countries: dict[int, set[str]] = {}
    for trip_id, code, name, longitude, latitude in session.execute(
        select(
            TripDestination.trip_id,
            TripDestination.country_code,
            Place.name,
            Place.longitude,
            Place.latitude,
        )
        .join(Trip, Trip.id == TripDestination.trip_id)
        .outerjoin(Place, Place.id == TripDestination.place_id)
        .where(*in_year)
        .order_by(TripDestination.trip_id, TripDestination.position)
    ):
        countries.setdefault(trip_id, set()).add(code)
        place = _place(name, code, longitude, latitude) if name is not None else None
        if place is not None:
            destinations.setdefault(trip_id, []).append(place)
    # A trip to two cities of one country is one visit to it.
    visits = Counter(code for codes in countries.values() for code in codes)
    trips = tuple(
        MapTrip(trip_id, title, status, tuple(destinations.get(trip_id, ())))
        for trip_id, title, status in heads
    )
    return trips, visits


def _place(
    name: str, country_code: str, longitude: float | None, latitude: float | None
) -> MapPlace | None:
    if longitude is None or latitude is None:
        return None
    return MapPlace(name, country_code, float(longitude), float(latitude))

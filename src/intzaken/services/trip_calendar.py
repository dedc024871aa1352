"""Which trips, follow-up deadlines and EU project dates fall in a month or a year: the data of the
calendar page (ui/calendar/), as plain values that cross threads safely, and for the
command line should it ever print a calendar.

A trip counts in a period when any of its days lies in it, so a trip from 30 January to
2 February shows in both months and one from 29 December to 3 January in both years. A
trip known only by its month or its year is stored over the whole month or year
(services/trips.py) and comes with its precision, for the page to show it as such.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.enums import DatePrecision, TripStatus
from ..domain.models import Country, FollowUp, Place, Trip, TripDestination
from ..formatting import country_name, period_range
from .project_calendar import CalendarProjectDate, project_dates

# The trips a calendar shows: an idea is not yet a plan, a cancelled trip will not be made.
CALENDAR_STATUSES = (TripStatus.PLANNED, TripStatus.APPROVED, TripStatus.DONE)


@dataclass(frozen=True)
class CalendarTrip:
    trip_id: int
    title: str
    status: TripStatus
    precision: DatePrecision
    start: dt.date  # the first day; of a month or year only: the first day of it
    end: dt.date  # the last day; of a month or year only: the last day of it
    when: str  # the dates as precisely as they are known, in the current language
    destinations: str


@dataclass(frozen=True)
class CalendarDeadline:
    """A follow-up action's due date, on the trip it follows up."""

    follow_up_id: int
    trip_id: int
    trip_title: str
    description: str
    due: dt.date
    done: bool


@dataclass(frozen=True)
class CalendarPeriod:
    first: dt.date
    last: dt.date
    trips: list[CalendarTrip]  # by first day, then title
    deadlines: list[CalendarDeadline]  # by due date
    # The nearest trip outside the period, for a page that would otherwise be empty
    # (a demo or archive whose trips lie years back): the last day of the latest trip
    # before the period, the first day of the earliest after it.
    previous_trip: dt.date | None
    next_trip: dt.date | None
    # EU projects' call deadlines, reports due, starts and ends (by date).
    project_dates: list[CalendarProjectDate] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.trips and not self.deadlines and not self.project_dates


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def month_calendar(session: Session, year: int, month: int) -> CalendarPeriod:
    return calendar_period(session, *month_bounds(year, month))


def year_calendar(session: Session, year: int) -> CalendarPeriod:
    return calendar_period(session, dt.date(year, 1, 1), dt.date(year, 12, 31))


def calendar_period(session: Session, first: dt.date, last: dt.date) -> CalendarPeriod:
    """The planned, approved and made trips with a day from `first` to `last`, and the
    deadlines of follow-up actions in it (open or done) of trips not cancelled."""
    shown = Trip.status.in_(CALENDAR_STATUSES)
    in_period = (shown, Trip.start_date <= last, Trip.end_date >= first)
    # Columns, not ORM objects: a year of a large archive holds thousands of trips, and
    # building a Trip (with its long texts) for each cost most of the time.
    trips = session.execute(
        select(
            Trip.id,
            Trip.title,
            Trip.status,
            Trip.date_precision,
            Trip.start_date,
            Trip.end_date,
        )
        .where(*in_period)
        .order_by(Trip.start_date, Trip.title, Trip.id)
    ).all()
    places: dict[int, list[str]] = {}
    for trip_id, place, code, country in session.execute(
        select(TripDestination.trip_id, Place.name, TripDestination.country_code, Country.name)
        .join(Trip, Trip.id == TripDestination.trip_id)
        .join(Country, Country.code == TripDestination.country_code)
        .outerjoin(Place, Place.id == TripDestination.place_id)
        .where(*in_period)
        .order_by(TripDestination.trip_id, TripDestination.position)
    ):
        places.setdefault(trip_id, []).append(place or country_name(code, country))
    deadlines = session.execute(
        select(FollowUp.id, FollowUp.trip_id, Trip.title, FollowUp.description, FollowUp.due)
        .add_columns(FollowUp.done)
        .join(Trip, Trip.id == FollowUp.trip_id)
        .where(
            FollowUp.due >= first,
            FollowUp.due <= last,
            Trip.status != TripStatus.CANCELLED,
        )
        .order_by(FollowUp.due, FollowUp.id)
    )
    return CalendarPeriod(
        first,
        last,
        [
            CalendarTrip(
                trip_id,
                title,
                status,
                precision,
                start,
                end,
                period_range(start, end, precision),
                ", ".join(places.get(trip_id, [])),
            )
            for trip_id, title, status, precision, start, end in trips
            if start is not None and end is not None  # always, by the query
        ],
        [
            CalendarDeadline(follow_up_id, trip_id, title, description, due, done)
            for follow_up_id, trip_id, title, description, due, done in deadlines
            if due is not None  # always, by the query; says so to the type checker
        ],
        session.scalar(select(func.max(Trip.end_date)).where(shown, Trip.end_date < first)),
        session.scalar(select(func.min(Trip.start_date)).where(shown, Trip.start_date > last)),
        project_dates(session, first, last),
    )

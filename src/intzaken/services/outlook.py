"""What needs attention, on any date: upcoming trips, follow-up actions due, agreements
expiring, relations without contact for years. Read-only queries for the overview page
(ui/dashboard.py) that need no Qt and return plain values, so they cross threads safely.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.agreements import agreement_relations
from ..domain.enums import AgreementStatus, DatePrecision, RelationStatus, TripStatus
from ..domain.models import (
    Agreement,
    BudgetLine,
    FollowUp,
    Place,
    Relation,
    RelationEvent,
    Trip,
    TripDestination,
)
from ..domain.trips import trip_relations
from ..formatting import country_name, period_range
from .known_figures import known_total
from .trips import trips_query

UPCOMING_STATUSES = (TripStatus.PLANNED, TripStatus.APPROVED)
# A planned, approved or made trip keeps a relation alive; an idea or a cancelled one not.
CONTACT_STATUSES = (TripStatus.PLANNED, TripStatus.APPROVED, TripStatus.DONE)


def months_later(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, or the month's last day (31 aug + 6 → 28/29 feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def years_earlier(day: dt.date, years: int) -> dt.date:
    return months_later(day, -12 * years)


@dataclass(frozen=True)
class UpcomingTrip:
    trip_id: int
    when: str
    title: str
    destinations: str
    lead: str
    status: TripStatus
    # Days until the first day; 0 on that day and while the trip is under way. A trip
    # known only by its month counts from the month's first day.
    days_to_departure: int
    under_way: bool  # started before today, not yet over
    month_only: bool
    # What the trip is expected to cost: the amounts entered so far, an estimate until it
    # is made; None when none is entered yet (not € 0).
    estimated_costs: Decimal | None


def upcoming_trips(session: Session, today: dt.date, months: int) -> list[UpcomingTrip]:
    """Planned and approved trips not yet over that start within `months`, soonest first.

    A trip known only by its month spans that month, so "maart 2025" still counts on
    15 March: the end date decides, not the start.
    """
    query = trips_query().where(
        Trip.status.in_(UPCOMING_STATUSES),
        Trip.end_date >= today,
        Trip.start_date <= months_later(today, months),
    )
    result = []
    for trip in session.scalars(query):
        assert trip.start_date is not None and trip.end_date is not None
        when = period_range(trip.start_date, trip.end_date, trip.date_precision)
        places = [
            d.place.name if d.place else country_name(d.country_code, d.country.name)
            for d in trip.destinations
        ]
        result.append(
            UpcomingTrip(
                trip.id,
                when,
                trip.title,
                ", ".join(places),
                trip.lead.name if trip.lead else "",
                trip.status,
                max(0, (trip.start_date - today).days),
                trip.start_date < today,
                trip.date_precision is not DatePrecision.DAY,
                known_total(trip),
            )
        )
    return result


@dataclass(frozen=True)
class DueFollowUp:
    trip_id: int
    trip_title: str
    description: str
    due: dt.date
    days_left: int  # negative once overdue


def due_follow_ups(session: Session, today: dt.date, days_ahead: int) -> list[DueFollowUp]:
    """Open follow-up actions of every trip due within `days_ahead` or overdue, earliest
    first. An action without a due date is never "due" and stays on its trip."""
    rows = session.execute(
        select(FollowUp.trip_id, Trip.title, FollowUp.description, FollowUp.due)
        .join(Trip, Trip.id == FollowUp.trip_id)
        .where(
            FollowUp.done.is_(False),
            FollowUp.due.is_not(None),
            FollowUp.due <= today + dt.timedelta(days=days_ahead),
            Trip.status != TripStatus.CANCELLED,
        )
        .order_by(FollowUp.due, FollowUp.id)
    )
    return [
        DueFollowUp(trip_id, title, description, due, (due - today).days)
        for trip_id, title, description, due in rows
        if due is not None  # always, by the query; says so to the type checker
    ]


@dataclass(frozen=True)
class ExpiringAgreement:
    agreement_id: int
    title: str
    valid_until: dt.date
    days_left: int  # negative once expired


def expiring_agreements(session: Session, today: dt.date, months: int) -> list[ExpiringAgreement]:
    """Active agreements ending within `months`, and those already past their end (still
    marked active: someone has to renew them or record that they ended)."""
    query = (
        select(Agreement.id, Agreement.title, Agreement.valid_until)
        .where(
            Agreement.status == AgreementStatus.ACTIVE,
            Agreement.valid_until.is_not(None),
            Agreement.valid_until <= months_later(today, months),
        )
        .order_by(Agreement.valid_until, Agreement.id)
    )
    return [
        ExpiringAgreement(agreement_id, title, until, (until - today).days)
        for agreement_id, title, until in session.execute(query)
        if until is not None  # always, by the query
    ]


@dataclass(frozen=True)
class DormantRelation:
    relation_id: int
    name: str  # the place
    status: RelationStatus
    last_contact: dt.date | None  # None: no trip, event or agreement recorded at all


def _latest_by_relation(session: Session, query: object) -> dict[int, dt.date]:
    return {relation_id: day for relation_id, day in session.execute(query) if day is not None}  # type: ignore[call-overload]


def last_contacts(session: Session, today: dt.date) -> dict[int, dt.date]:
    """relation id -> the latest day up to `today` with a trip to it (linked, or to its
    place), an event of it, or an agreement with it signed (or in force from)."""
    contact_trips = Trip.status.in_(CONTACT_STATUSES), Trip.start_date <= today
    sources = [
        select(trip_relations.c.relation_id, func.max(Trip.start_date))
        .join(Trip, Trip.id == trip_relations.c.trip_id)
        .where(*contact_trips)
        .group_by(trip_relations.c.relation_id),
        select(Relation.id, func.max(Trip.start_date))
        .join(TripDestination, TripDestination.place_id == Relation.place_id)
        .join(Trip, Trip.id == TripDestination.trip_id)
        .where(*contact_trips)
        .group_by(Relation.id),
        select(RelationEvent.relation_id, func.max(RelationEvent.date))
        .where(RelationEvent.date <= today)
        .group_by(RelationEvent.relation_id),
        select(
            agreement_relations.c.relation_id,
            func.max(func.coalesce(Agreement.signed_on, Agreement.valid_from)),
        )
        .join(Agreement, Agreement.id == agreement_relations.c.agreement_id)
        .where(func.coalesce(Agreement.signed_on, Agreement.valid_from) <= today)
        .group_by(agreement_relations.c.relation_id),
    ]
    latest: dict[int, dt.date] = {}
    for query in sources:
        for relation_id, day in _latest_by_relation(session, query).items():
            if relation_id not in latest or day > latest[relation_id]:
                latest[relation_id] = day
    return latest


def relations_in_force(session: Session) -> int:
    """How many relations have not ended: those the dormant list looks at."""
    return (
        session.scalar(
            select(func.count())
            .select_from(Relation)
            .where(Relation.status != RelationStatus.ENDED)
        )
        or 0
    )


def dormant_relations(session: Session, today: dt.date, years: int) -> list[DormantRelation]:
    """Relations not ended with no contact (trip, event, agreement) for `years` years:
    never in contact first, then the longest silent."""
    since = years_earlier(today, years)
    latest = last_contacts(session, today)
    relations = session.execute(
        select(Relation.id, Relation.status, Relation.place_id)
        .where(Relation.status != RelationStatus.ENDED)
        .order_by(Relation.id)
    ).all()
    names = dict(
        session.execute(
            select(Place.id, Place.name).where(Place.id.in_({r.place_id for r in relations}))
        ).all()
    )
    found = [
        DormantRelation(r[0], names.get(r.place_id, ""), r.status, latest.get(r[0]))
        for r in relations
        if latest.get(r[0]) is None or latest[r[0]] < since
    ]
    return sorted(
        found, key=lambda d: (d.last_contact or dt.date.min, d.name.lower(), d.relation_id)
    )


# --- which year to show -----------------------------------------------------------------


def trip_years(session: Session, statuses: tuple[TripStatus, ...] | None = None) -> set[int]:
    """The years in which trips (of `statuses`, or of any) start."""
    query = select(func.extract("year", Trip.start_date)).where(Trip.start_date.is_not(None))
    if statuses is not None:
        query = query.where(Trip.status.in_(statuses))
    return {int(year) for year in session.scalars(query.distinct()) if year is not None}


def budget_years(session: Session) -> set[int]:
    return set(session.scalars(select(BudgetLine.year).distinct()))


@dataclass(frozen=True)
class YearChoice:
    years: list[int]  # newest first: every year with trips or budget lines, and this one
    default: int


def year_choice(session: Session, today: dt.date) -> YearChoice:
    """The years worth showing and the one to start with: this year when it has trips,
    else the most recent year with trips made (whose costs and CO2 are known, so the
    figures and the budget say something), else with any trips up to now (a later one if
    there is none), else the most recent year with budget lines; this year on an empty
    file."""
    with_trips = trip_years(session)
    with_budget = budget_years(session)
    years = sorted(with_trips | with_budget | {today.year}, reverse=True)
    default = (
        (today.year if today.year in with_trips else 0)
        or _most_recent(trip_years(session, (TripStatus.DONE,)), today)
        or _most_recent(with_trips, today)
        or _most_recent(with_budget, today)
        or today.year
    )
    return YearChoice(years, default)


def _most_recent(years: set[int], today: dt.date) -> int:
    """`today`'s year if in `years`, else the latest before it, else the earliest after
    it; 0 for none."""
    past = [y for y in years if y <= today.year]
    if past:
        return max(past)
    return min(years) if years else 0


def report_year(session: Session, today: dt.date) -> int:
    """The year an annual overview starts with: the last year before this one with trips
    made (in January the report of last year is what is due), else this year when it has
    any, else the most recent year with trips made; last year on a file without any."""
    done = trip_years(session, (TripStatus.DONE,))
    before = [y for y in done if y < today.year]
    if before:
        return max(before)
    return _most_recent(done, today) or today.year - 1


def budget_report_year(session: Session, today: dt.date) -> int:
    """This year when it has budget lines, else the nearest year that has; else this year."""
    return _most_recent(budget_years(session), today) or today.year


def planned_period(session: Session, today: dt.date) -> tuple[dt.date, dt.date]:
    """The months of the planned-trips letter: from this month to the last month with a
    planned or approved trip ahead; with none ahead, the most recent year's planned
    trips, first to last month; this month to the year's end on a file without any."""
    this_month = today.replace(day=1)
    ahead = session.execute(
        select(func.max(Trip.start_date)).where(
            Trip.status.in_(UPCOMING_STATUSES), Trip.start_date >= this_month
        )
    ).scalar()
    if ahead is not None:
        return this_month, ahead.replace(day=1)
    years = trip_years(session, UPCOMING_STATUSES)
    if not years:
        return this_month, dt.date(today.year, 12, 1)
    year = _most_recent(years, today)
    first, last = session.execute(
        select(func.min(Trip.start_date), func.max(Trip.start_date)).where(
            Trip.status.in_(UPCOMING_STATUSES),
            Trip.start_date >= dt.date(year, 1, 1),
            Trip.start_date <= dt.date(year, 12, 31),
        )
    ).one()
    assert first is not None and last is not None  # the year has such trips
    return first.replace(day=1), last.replace(day=1)

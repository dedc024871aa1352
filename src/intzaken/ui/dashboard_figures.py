"""The figures of the "Overzicht" page (ui/dashboard.py), gathered without Qt: what is
coming, what expires, and this year's trips against last year's. Plain functions over one
reading session, so no widget ever touches a detached record."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import AgreementStatus, DatePrecision, TripStatus
from ..domain.models import Agreement, Trip
from ..formatting import date_range, month_range
from ..services.trips import trips_query
from .country_names import shown_country

UPCOMING_LIMIT = 10
EXPIRY_MONTHS = 6
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class UpcomingTrip:
    trip_id: int
    when: str
    title: str
    destinations: str
    lead: str


@dataclass(frozen=True)
class ExpiringAgreement:
    agreement_id: int
    title: str
    valid_until: dt.date
    days_left: int  # negative once expired


@dataclass(frozen=True)
class TripFigures:
    costs: Decimal = ZERO
    co2: Decimal = Decimal("0.000")
    trips: int = 0

    def plus(self, trip: Trip) -> TripFigures:
        return TripFigures(
            self.costs + trip.total_costs, self.co2 + (trip.co2_tonnes or 0), self.trips + 1
        )


@dataclass(frozen=True)
class YearComparison:
    year: int
    done_last_year: TripFigures
    done_this_year: TripFigures
    planned_this_year: TripFigures  # planned or approved: committed, not yet made


def months_later(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, or the month's last day (31 aug + 6 → 28/29 feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def upcoming_trips(session: Session, today: dt.date) -> list[UpcomingTrip]:
    """Planned and approved trips not yet over, soonest first.

    A trip known only by its month spans that month, so "maart 2025" still counts on
    15 March: the end date decides, not the start.
    """
    query = trips_query().where(
        Trip.status.in_((TripStatus.PLANNED, TripStatus.APPROVED)), Trip.end_date >= today
    )
    result = []
    for trip in session.scalars(query):
        when = (month_range if trip.date_precision is DatePrecision.MONTH else date_range)(
            trip.start_date, trip.end_date
        )
        places = [
            d.place.name if d.place else shown_country(d.country.name, d.country_code)
            for d in trip.destinations
        ]
        result.append(
            UpcomingTrip(
                trip.id, when, trip.title, ", ".join(places), trip.lead.name if trip.lead else ""
            )
        )
    return result


def expiring_agreements(session: Session, today: dt.date) -> list[ExpiringAgreement]:
    """Active agreements ending within EXPIRY_MONTHS, and those already past their end."""
    horizon = months_later(today, EXPIRY_MONTHS)
    query = (
        select(Agreement)
        .where(
            Agreement.status == AgreementStatus.ACTIVE,
            Agreement.valid_until.is_not(None),
            Agreement.valid_until <= horizon,
        )
        .order_by(Agreement.valid_until, Agreement.id)
    )
    return [
        ExpiringAgreement(a.id, a.title, a.valid_until, (a.valid_until - today).days)
        for a in session.scalars(query)
        if a.valid_until is not None
    ]


def year_comparison(session: Session, year: int) -> YearComparison:
    """Done trips of `year` against `year` - 1, and what is still planned for `year`.

    Trips count in the year they start. Only columns are read, so one query suffices.
    """
    statuses = (TripStatus.DONE, TripStatus.PLANNED, TripStatus.APPROVED)
    trips = session.scalars(
        select(Trip).where(
            Trip.status.in_(statuses),
            Trip.start_date >= dt.date(year - 1, 1, 1),
            Trip.start_date <= dt.date(year, 12, 31),
        )
    )
    last, this, planned = TripFigures(), TripFigures(), TripFigures()
    for trip in trips:
        assert trip.start_date is not None
        if trip.status is TripStatus.DONE:
            if trip.start_date.year == year:
                this = this.plus(trip)
            else:
                last = last.plus(trip)
        elif trip.start_date.year == year:
            planned = planned.plus(trip)
    return YearComparison(year, last, this, planned)

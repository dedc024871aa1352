"""Where each trip and deadline of a calendar period goes, before any pixel: the rows
(one month, or the twelve months of a year), the pieces of each trip per row, and the
lanes that keep overlapping trips apart. Plain values, testable without painting."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from ...domain.enums import DatePrecision
from ...services.project_calendar import CalendarProjectDate
from ...services.trip_calendar import CalendarDeadline, CalendarPeriod, CalendarTrip, month_bounds


class View(StrEnum):
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True)
class Piece:
    """The part of a trip that falls in one row, in the row's day columns (0 = day 1)."""

    trip: CalendarTrip
    first_column: int
    last_column: int
    lane: int
    continues_before: bool  # the trip began in an earlier row (month)
    continues_after: bool


@dataclass(frozen=True)
class CalendarRow:
    first: dt.date
    last: dt.date
    pieces: list[Piece]
    deadlines: list[CalendarDeadline]
    lanes: int  # at least 1, so an empty month still has its height
    # EU project dates, on the deadlines' strip (a follow-up and a project on one day
    # sit side by side: view.py).
    project_dates: list[CalendarProjectDate] = field(default_factory=list)


@dataclass(frozen=True)
class CalendarLayout:
    # Trips known only by their year: no day or month to put them on, so they get a band
    # of their own across the top.
    year_only: list[CalendarTrip]
    rows: list[CalendarRow]
    columns: int  # day columns: the month's days, or 31 in a year


def lay_out(period: CalendarPeriod, view: View) -> CalendarLayout:
    if view is View.MONTH:
        spans = [(period.first, period.last)]
        columns = period.last.day
    else:
        spans = [month_bounds(period.first.year, month) for month in range(1, 13)]
        columns = 31
    year_only = [t for t in period.trips if t.precision is DatePrecision.YEAR]
    placed = [t for t in period.trips if t.precision is not DatePrecision.YEAR]
    rows = [
        _row(
            first,
            last,
            placed,
            [d for d in period.deadlines if first <= d.due <= last],
            [d for d in period.project_dates if first <= d.due <= last],
        )
        for first, last in spans
    ]
    return CalendarLayout(year_only, rows, columns)


def _row(
    first: dt.date,
    last: dt.date,
    trips: list[CalendarTrip],
    deadlines: list[CalendarDeadline],
    project_dates: list[CalendarProjectDate],
) -> CalendarRow:
    lane_ends: list[int] = []  # the last column taken in each lane so far
    pieces = []
    for trip in sorted(trips, key=lambda t: (t.start, -(t.end - t.start).days, t.title)):
        if trip.end < first or trip.start > last:
            continue
        start, end = max(trip.start, first), min(trip.end, last)
        first_column, last_column = start.day - 1, end.day - 1
        # The first lane free from this piece's first day on; a new lane if none is.
        lane = next((i for i, taken in enumerate(lane_ends) if taken < first_column), None)
        if lane is None:
            lane = len(lane_ends)
            lane_ends.append(last_column)
        else:
            lane_ends[lane] = last_column
        pieces.append(
            Piece(trip, first_column, last_column, lane, trip.start < first, trip.end > last)
        )
    return CalendarRow(first, last, pieces, deadlines, max(1, len(lane_ends)), project_dates)


def shift(view: View, first: dt.date, steps: int) -> dt.date:
    """The first day of the month or year `steps` before (negative) or after `first`."""
    if view is View.YEAR:
        return dt.date(first.year + steps, 1, 1)
    index = first.year * 12 + first.month - 1 + steps
    return dt.date(index // 12, index % 12 + 1, 1)


def period_start(view: View, day: dt.date) -> dt.date:
    """The first day of the month or year `day` lies in."""
    return dt.date(day.year, 1, 1) if view is View.YEAR else day.replace(day=1)

"""EU project dates in the calendar (issue 23), without Qt, on SQLite and PostgreSQL: the
call deadline, report due, start and end of every project not rejected, marked open by the
same rule as the dashboard's deadlines."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Session

from intzaken.domain.enums import ProjectStatus
from intzaken.i18n import language_scope
from intzaken.services.data import ProjectData
from intzaken.services.projects import ProjectDateKind, create_project, project_deadlines
from intzaken.services.trip_calendar import month_calendar, year_calendar


def _project(name: str, status: str, **dates: dt.date) -> ProjectData:
    return ProjectData(
        name=name,
        funding_programme="interreg",
        role="partner",
        status=status,
        grant=Decimal("100000.00"),
        **dates,  # type: ignore[arg-type]
    )


def test_a_month_shows_each_project_date_and_whether_it_is_still_to_meet(
    session: Session,
) -> None:
    create_project(
        session,
        _project(
            "Circulaire havens",
            "application",
            call_deadline=dt.date(2026, 3, 14),
            start_date=dt.date(2026, 9, 1),
        ),
    )
    create_project(
        session,
        _project(
            "Groene daken",
            "running",
            call_deadline=dt.date(2025, 3, 1),
            start_date=dt.date(2025, 9, 1),
            report_due=dt.date(2026, 3, 31),
            end_date=dt.date(2027, 8, 31),
        ),
    )
    create_project(session, _project("Afgewezen", "rejected", call_deadline=dt.date(2026, 3, 20)))
    session.flush()

    march = month_calendar(session, 2026, 3)

    assert [(d.project, d.kind, d.due, d.open) for d in march.project_dates] == [
        ("Circulaire havens", ProjectDateKind.CALL_DEADLINE, dt.date(2026, 3, 14), True),
        ("Groene daken", ProjectDateKind.REPORT_DUE, dt.date(2026, 3, 31), True),
    ]
    assert not march.empty  # no trip, yet something to show
    with language_scope("nl"):
        assert [d.what for d in march.project_dates] == ["deadline oproep", "rapportage"]
    # The dashboard's deadlines are the open ones of the calendar, from today on.
    ahead = project_deadlines(session, dt.date(2026, 3, 1), 31)
    assert [(d.project, d.due) for d in ahead] == [
        (d.project, d.due) for d in march.project_dates if d.open
    ]

    year = year_calendar(session, 2025)
    assert [(d.project, d.kind, d.open) for d in year.project_dates] == [
        ("Groene daken", ProjectDateKind.CALL_DEADLINE, False),  # running: applied long ago
        ("Groene daken", ProjectDateKind.START, False),
    ]
    assert year_calendar(session, 2027).project_dates[0].status is ProjectStatus.RUNNING
    assert month_calendar(session, 2026, 4).empty

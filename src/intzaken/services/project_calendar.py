"""The dates of EU projects a calendar shows: the call deadline, the report due, the start
and the end of every project not rejected, each marked open when it is a deadline still
to meet, by the same rule as the dashboard's deadlines (projects.deadline_is_open).
Plain values, read as columns, for the calendar page (ui/calendar/) on a worker thread."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..domain.enums import ProjectStatus
from ..domain.models import Project
from ..i18n import _
from .projects import ProjectDateKind, deadline_is_open


@dataclass(frozen=True)
class CalendarProjectDate:
    project_id: int
    project: str  # its name
    kind: ProjectDateKind
    due: dt.date
    status: ProjectStatus
    open: bool  # a deadline still to meet (the dashboard lists it while it is ahead)

    @property
    def what(self) -> str:
        """'call deadline', 'report due', 'project start', 'project end' (current language)."""
        return date_kind_text(self.kind)


def date_kind_text(kind: StrEnum) -> str:
    return {
        ProjectDateKind.CALL_DEADLINE: _("call deadline"),
        ProjectDateKind.REPORT_DUE: _("report due"),
        ProjectDateKind.START: _("project start"),
        ProjectDateKind.END: _("project end"),
    }[ProjectDateKind(kind)]


_COLUMNS = {
    ProjectDateKind.CALL_DEADLINE: Project.call_deadline,
    ProjectDateKind.REPORT_DUE: Project.report_due,
    ProjectDateKind.START: Project.start_date,
    ProjectDateKind.END: Project.end_date,
}


def project_dates(session: Session, first: dt.date, last: dt.date) -> list[CalendarProjectDate]:
    """Every date of a project not rejected from `first` to `last`, by date, then name."""
    in_period = [column.between(first, last) for column in _COLUMNS.values()]
    rows = session.execute(
        select(Project.id, Project.name, Project.status, *_COLUMNS.values())
        .where(Project.status != ProjectStatus.REJECTED, or_(*in_period))
        .order_by(Project.name, Project.id)
    )
    found = [
        CalendarProjectDate(project_id, name, kind, day, status, deadline_is_open(kind, status))
        for project_id, name, status, *days in rows
        for kind, day in zip(_COLUMNS, days, strict=True)
        if day is not None and first <= day <= last
    ]
    return sorted(found, key=lambda d: (d.due, d.project, list(_COLUMNS).index(d.kind)))

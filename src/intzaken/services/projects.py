"""EU projects and subsidies: applications, grants and the deadlines that come with them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..domain.enums import FundingProgramme, ProjectRole, ProjectStatus
from ..domain.models import Network, Project, Relation, Trip
from ..formatting import money
from ..i18n import _
from ..registers import RegisterKey
from .checks import Checker
from .common import Records, check_references
from .data import ProjectData
from .fields import field_label
from .sources import CheckedSource, apply_source, check_source
from .tracking import deleting, editing, new_record, record_created

# What a project's data (services/snapshots.py project_data) reads, loaded in batches.
PROJECT_LOADS = (
    selectinload(Project.relations),
    selectinload(Project.networks),
    selectinload(Project.trips),
)


@dataclass
class CheckedProject:
    name: str
    funding_programme: FundingProgramme
    role: ProjectRole
    status: ProjectStatus
    call: str
    relations: list[Relation]
    networks: list[Network]
    other_partners: str
    total_budget: Decimal | None
    grant: Decimal | None
    co_financing: Decimal | None
    trips: list[Trip]
    notes: str
    sourced: CheckedSource = CheckedSource()  # services/sources.py


def check_project(
    check: Checker, source: Records, data: ProjectData, twin: Session, project_id: int | None
) -> CheckedProject | None:
    """The project rules: problems go to `check`; None when there are any. `twin` is the
    session asked whether another project has the same name."""
    name = check.text("name", data.name, required=True, max_length=300)
    if name:
        other = twin.scalar(
            select(Project.id).where(func.lower(Project.name) == name.lower()).limit(1)
        )
        if other is not None and other != project_id:
            check.fail(
                "name",
                _("{field}: a project '{name}' already exists.").format(
                    field=field_label("name"), name=name
                ),
            )
    programme = check.choice("funding_programme", FundingProgramme, data.funding_programme)
    role = check.choice("role", ProjectRole, data.role)
    status = check.choice("status", ProjectStatus, data.status)
    call = check.text("call", data.call, max_length=300)
    total = check.amount("total_budget", data.total_budget)
    grant = check.amount("grant", data.grant)
    co_financing = check.amount("co_financing", data.co_financing)
    if total is not None and grant is not None and grant > total:
        check.fail(
            "grant",
            _("{field} ({grant}) is more than the total budget ({total}).").format(
                field=field_label("grant"), grant=money(grant), total=money(total)
            ),
        )
    check.date_order("start_date", data.start_date, "end_date", data.end_date)
    relations = check_references(check, source, Relation, "relation_ids", data.relation_ids)
    networks = check_references(check, source, Network, "network_ids", data.network_ids)
    trips = check_references(check, source, Trip, "trip_ids", data.trip_ids)
    others = check.text("other_partners", data.other_partners, multiline=True)
    notes = check.text("notes", data.notes, multiline=True)
    sourced = check_source(check, data)
    if check.problems:
        return None
    assert programme and role and status
    return CheckedProject(
        name,
        programme,
        role,
        status,
        call,
        relations,
        networks,
        others,
        total,
        grant,
        co_financing,
        trips,
        notes,
        sourced=sourced,
    )


def _apply(session: Session, project: Project, data: ProjectData) -> Project:
    check = Checker()
    checked = check_project(check, session, data, session, project.id)
    check.done()
    assert checked is not None
    apply_source(project, checked.sourced)
    project.name, project.call = checked.name, checked.call
    project.funding_programme, project.role = checked.funding_programme, checked.role
    project.status, project.other_partners = checked.status, checked.other_partners
    project.total_budget, project.grant = checked.total_budget, checked.grant
    project.co_financing = checked.co_financing
    project.call_deadline, project.report_due = data.call_deadline, data.report_due
    project.start_date, project.end_date = data.start_date, data.end_date
    project.notes = checked.notes
    # In the order the relationships load them (domain/projects.py), so a save that
    # changes nothing writes nothing to the history.
    project.relations = sorted(checked.relations, key=lambda r: r.id)
    project.networks = sorted(checked.networks, key=lambda n: (n.name, n.id))
    project.trips = sorted(
        checked.trips, key=lambda t: (t.start_date is not None, t.start_date, t.id)
    )
    session.add(project)
    session.flush()
    return project


def create_project(session: Session, data: ProjectData, *, record_id: int | None = None) -> Project:
    """A new record; `record_id` restores a deleted one under its old number (undo)."""
    project = _apply(session, new_record(session, RegisterKey.PROJECTS, record_id), data)
    record_created(session, RegisterKey.PROJECTS, project)
    return project


def update_project(
    session: Session, project_id: int, data: ProjectData, *, expected_version: int | None = None
) -> Project:
    """`expected_version`: the version the user started from (services/tracking.py)."""
    with editing(session, RegisterKey.PROJECTS, project_id, expected_version) as project:
        return _apply(session, project, data)


def delete_project(
    session: Session, project_id: int, *, expected_version: int | None = None
) -> None:
    """The project and its links; the relations, networks and trips stay."""
    with deleting(session, RegisterKey.PROJECTS, project_id, expected_version) as project:
        session.delete(project)


class ProjectDateKind(StrEnum):
    CALL_DEADLINE = "call_deadline"
    REPORT_DUE = "report_due"
    START = "start"
    END = "end"


# A call deadline is still to meet while the project is an idea or an application; a
# report is due while the grant runs; start and end lie ahead once it is granted. The
# dashboard lists the first two as deadlines, the calendar marks all four by this rule.
_OPEN_WHILE = {
    ProjectDateKind.CALL_DEADLINE: (ProjectStatus.IDEA, ProjectStatus.APPLICATION),
    ProjectDateKind.REPORT_DUE: (ProjectStatus.GRANTED, ProjectStatus.RUNNING),
    ProjectDateKind.START: (ProjectStatus.GRANTED,),
    ProjectDateKind.END: (ProjectStatus.GRANTED, ProjectStatus.RUNNING),
}


def deadline_is_open(kind: ProjectDateKind, status: ProjectStatus) -> bool:
    return status in _OPEN_WHILE[kind]


@dataclass(frozen=True)
class ProjectDeadline:
    project_id: int
    project: str
    what: str  # "call deadline" or "report due", in the current language
    due: dt.date


def project_deadlines(session: Session, today: dt.date, days: int) -> list[ProjectDeadline]:
    """The call deadlines of ideas and applications, and the reports due of granted and
    running projects, from today up to `days` days ahead, the soonest first."""
    last = today + dt.timedelta(days=days)
    found = []
    for project in session.scalars(select(Project).order_by(Project.id)):
        if (
            deadline_is_open(ProjectDateKind.CALL_DEADLINE, project.status)
            and project.call_deadline is not None
            and today <= project.call_deadline <= last
        ):
            found.append(
                ProjectDeadline(project.id, project.name, _("call deadline"), project.call_deadline)
            )
        if (
            deadline_is_open(ProjectDateKind.REPORT_DUE, project.status)
            and project.report_due is not None
            and today <= project.report_due <= last
        ):
            found.append(
                ProjectDeadline(project.id, project.name, _("report due"), project.report_due)
            )
    return sorted(found, key=lambda d: (d.due, d.project))

"""The EU subsidies obtained in a period: the projects granted, running or closed whose
running time (start to end) lies at least partly in it, per funding programme with its
totals. What the subsidies report prints (reports/subsidies.py), as plain values.

A project counts as obtained once the grant is awarded: granted, running and closed
alike; an idea, an application or a rejected one does not. A project without a start or
end date cannot be placed in a period: it is counted apart, so the report can say how
many obtained projects it leaves out and why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..domain.enums import FundingProgramme, ProjectRole, ProjectStatus
from ..domain.models import Project, Relation

OBTAINED = (ProjectStatus.GRANTED, ProjectStatus.RUNNING, ProjectStatus.CLOSED)


@dataclass(frozen=True)
class Subsidy:
    project_id: int
    name: str
    call: str
    programme: FundingProgramme
    role: ProjectRole
    status: ProjectStatus
    partners: list[str]  # relations (their place), networks, then the others named
    total_budget: Decimal | None
    grant: Decimal | None
    co_financing: Decimal | None
    start: dt.date | None
    end: dt.date | None


@dataclass(frozen=True)
class Totals:
    """The sums of the amounts known; None where no project names the amount (a total
    of nothing known is no "0")."""

    projects: int
    total_budget: Decimal | None
    grant: Decimal | None
    co_financing: Decimal | None

    @classmethod
    def of(cls, subsidies: Sequence[Subsidy]) -> Totals:
        def total(name: str) -> Decimal | None:
            known = [getattr(s, name) for s in subsidies if getattr(s, name) is not None]
            return sum(known, Decimal(0)) if known else None

        return cls(len(subsidies), total("total_budget"), total("grant"), total("co_financing"))


@dataclass(frozen=True)
class ProgrammeSubsidies:
    programme: FundingProgramme
    subsidies: list[Subsidy]  # by start date, then name
    totals: Totals


@dataclass(frozen=True)
class SubsidyOverview:
    first: dt.date
    last: dt.date
    programmes: list[ProgrammeSubsidies]  # in the order of FundingProgramme
    totals: Totals
    undated: list[str]  # names of obtained projects without any date: not counted


def _partners(project: Project) -> list[str]:
    named = [relation_name(r) for r in project.relations]
    named += [n.name for n in project.networks]
    named += [line.strip() for line in project.other_partners.splitlines() if line.strip()]
    return named


def relation_name(relation: Relation) -> str:
    return relation.place.name


def obtained_subsidies(session: Session, first: dt.date, last: dt.date) -> SubsidyOverview:
    """The subsidies obtained whose project runs (a day or more) from `first` to `last`."""
    projects = session.scalars(
        select(Project)
        .where(Project.status.in_(OBTAINED))
        .options(
            selectinload(Project.relations).selectinload(Relation.place),
            selectinload(Project.networks),
        )
        .order_by(Project.name, Project.id)
    ).all()
    found: list[Subsidy] = []
    undated: list[str] = []
    for project in projects:
        start = project.start_date or project.end_date
        end = project.end_date or project.start_date
        if start is None or end is None:
            undated.append(project.name)
            continue
        if start > last or end < first:
            continue
        found.append(
            Subsidy(
                project.id,
                project.name,
                project.call,
                project.funding_programme,
                project.role,
                project.status,
                _partners(project),
                project.total_budget,
                project.grant,
                project.co_financing,
                project.start_date,
                project.end_date,
            )
        )
    programmes = []
    for programme in FundingProgramme:
        these = sorted(
            (s for s in found if s.programme is programme),
            key=lambda s: (s.start or s.end or first, s.name),
        )
        if these:
            programmes.append(ProgrammeSubsidies(programme, these, Totals.of(these)))
    return SubsidyOverview(first, last, programmes, Totals.of(found), undated)

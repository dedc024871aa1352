"""EU subsidies obtained in a period (months): per funding programme every project
granted, running or closed with its role, partners, money, status and dates, with totals
per programme and overall; what a council or an audit asks of the EU work. One content
model for the PDF and the Word version (content.py)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..domain.labels import label
from ..formatting import money, month_range, short_date
from ..i18n import N_, _
from ..services.subsidies import (
    ProgrammeSubsidies,
    Subsidy,
    SubsidyOverview,
    Totals,
    obtained_subsidies,
)
from .content import Block, Grid, Heading, Pairs, Text
from .content_pdf import flowables
from .job import Job, ReportError
from .pdf import Report
from .planned import period
from .wording import capitalised

HEADER = (
    N_("Project and partners"),
    N_("Role and status"),
    N_("Dates"),
    N_("Total budget"),
    N_("Grant"),
    N_("Co-financing"),
)
# The project's cell holds its call and partners too: the widest. Role and status share
# a cell (two short words), so the amounts fit whole on portrait A4.
WIDTHS = (3.0, 1.7, 2.1, 1.5, 1.5, 1.6)
AMOUNTS = (3, 4, 5)
SUMMARY_HEADER = (
    N_("Programme"),
    N_("Projects"),
    N_("Total budget"),
    N_("Grant"),
    N_("Co-financing"),
)
SUMMARY_WIDTHS = (3.0, 1.0, 1.6, 1.6, 1.6)


def _amount(value: object) -> str:
    return money(value, whole=True) or "-"  # type: ignore[arg-type]


def _dates(subsidy: Subsidy) -> str:
    start, end = short_date(subsidy.start), short_date(subsidy.end)
    if start and end:
        return _("{first} to {last}").format(first=start, last=end)
    return _("from {date}").format(date=start) if start else _("until {date}").format(date=end)


def _project_cell(subsidy: Subsidy) -> str:
    lines = [subsidy.name]
    if subsidy.call:
        lines.append(subsidy.call)
    if subsidy.partners:
        lines.append(_("Partners: {names}").format(names=", ".join(subsidy.partners)))
    return "\n".join(lines)


def _money_cells(totals: Totals) -> list[str]:
    return [
        _amount(totals.total_budget),
        _amount(totals.grant),
        _amount(totals.co_financing),
    ]


def _programme(part: ProgrammeSubsidies) -> list[Block]:
    rows = [
        [
            _project_cell(s),
            f"{label(s.role)}\n{label(s.status)}",
            _dates(s),
            _amount(s.total_budget),
            _amount(s.grant),
            _amount(s.co_financing),
        ]
        for s in part.subsidies
    ]
    total = [
        _("Total {programme}").format(programme=label(part.programme)),
        "",
        "",
        *_money_cells(part.totals),
    ]
    return [
        Heading(capitalised(label(part.programme)), 1),
        Grid([_(h) for h in HEADER], rows, WIDTHS, numeric=AMOUNTS, total=total),
    ]


def _intro(overview: SubsidyOverview, when: str) -> list[Block]:
    blocks: list[Block] = [
        Text(
            _(
                "The EU subsidies obtained for projects that ran in {period}: per funding "
                "programme each project with the municipality's role, its partners, the "
                "total budget, the municipality's grant and its co-financing, the status "
                "and the dates."
            ).format(period=when)
        ),
        Text(
            _(
                "Obtained means the grant was awarded: projects granted, running or closed "
                "count; ideas, applications and rejected applications do not. A project "
                "counts in the period when its running time (from its start to its end) "
                "falls in it at least in part."
            ),
            "Meta",
        ),
    ]
    if overview.undated:
        blocks.append(
            Text(
                _("Not counted, since no start or end date is known: {names}.").format(
                    names="; ".join(overview.undated)
                ),
                "Meta",
            )
        )
    return blocks


def build(session: Session, job: Job, *, start: object, end: object, **_ignored: object) -> Report:
    first, last = period(start, end)  # type: ignore[arg-type]
    when = month_range(first, last)
    overview = obtained_subsidies(session, first, last)
    if not overview.programmes:
        raise ReportError(
            _("No EU subsidy was obtained for a project running in {period}.").format(period=when)
        )
    job.step(10, _("Describing projects"))
    totals = overview.totals
    title = _("EU subsidies obtained, {period}").format(period=when)
    summary = [
        [capitalised(label(p.programme)), str(p.totals.projects), *_money_cells(p.totals)]
        for p in overview.programmes
    ]
    story: list[Block] = [
        Text(title, "Title"),
        *_intro(overview, when),
        Pairs(
            [
                (_("Projects"), str(totals.projects)),
                (_("Total budget"), _amount(totals.total_budget)),
                (_("Grant to the municipality"), _amount(totals.grant)),
                (_("Co-financing"), _amount(totals.co_financing)),
            ]
        ),
        Heading(_("Per funding programme")),
        Grid(
            [_(h) for h in SUMMARY_HEADER],
            summary,
            SUMMARY_WIDTHS,
            numeric=(1, 2, 3, 4),
            total=[_("Total"), str(totals.projects), *_money_cells(totals)],
        ),
        Heading(_("Projects")),
    ]
    for part in overview.programmes:
        story += _programme(part)
    return Report(
        title=title,
        subject=_("EU subsidies obtained in a period"),
        story=flowables(story),
        content=story,
        meta={"projects": totals.projects, "grant": totals.grant},
    )

"""Begrotingsoverzicht for a year: per budget line what was budgeted, spent, committed and
is left, the share used, overruns marked; totals, a chart and the bookings per line."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer
from sqlalchemy.orm import Session

from ..domain.enums import TripStatus
from ..domain.labels import label
from ..formatting import long_date, money, money_rounded, percent, short_date
from ..i18n import N_, _, ngettext
from ..services.budget import BudgetUse, budget_use
from ..services.budget_sums import COMMITTING_STATUSES, SPENDING_STATUSES
from ..services.known_figures import known_total, shown
from ..services.reporting import trips_on_budget_line
from .charts import Series, bar_chart
from .job import Job, ReportError
from .markup import text
from .pdf import Report, heading
from .styles import OVERRUN, OVERRUN_FILL, styles
from .tables import data_table

ZERO = Decimal("0.00")
HEADER = (N_("Budget line"), N_("Budgeted"), N_("Spent"), N_("Committed"), N_("Left"), N_("Used"))
WIDTHS = (2.6, 1.2, 1.2, 1.2, 1.2, 0.8)


def line_name(use: BudgetUse) -> str:
    line = use.line
    return f"{line.code} {line.name}".strip()


def _row(name: str, budget: Decimal | None, spent: Decimal, committed: Decimal) -> list[str]:
    """A line of the table; a budget not known prints so, and nothing is left or used of it
    (a sum against zero would print a false overrun)."""
    if budget is None:
        return [
            name,
            _("not known"),
            money(spent, whole=True),
            money(committed, whole=True),
            "-",
            "-",
        ]
    left = budget - spent - committed
    used = (spent + committed) / budget if budget else None
    return [
        name,
        money(budget, whole=True),
        money(spent, whole=True),
        money(committed, whole=True),
        money(left, whole=True),
        percent(used) if used is not None else "-",
    ]


def _total_row(uses: list[BudgetUse], spent: Decimal, committed: Decimal) -> list[str]:
    """Totals; with a line whose budget is not known, the budgeted total counts the known
    lines only (the note under the table says so) and nothing is left or used of it."""
    known = [u.line.amount for u in uses if u.line.amount is not None]
    if len(known) == len(uses):
        return _row(_("Total"), sum(known, ZERO), spent, committed)
    row = _row(_("Total"), None, spent, committed)
    if known:
        row[1] = money(sum(known, ZERO), whole=True)
    return row


def _bookings(session: Session, use: BudgetUse) -> list[list[str]]:
    rows = [
        [short_date(e.date), label(e.kind), e.description, money(e.amount)]
        for e in use.line.entries
    ]
    for trip in trips_on_budget_line(session, use.line.id):
        if trip.status in SPENDING_STATUSES:
            kind = _("trip")
        elif trip.status in COMMITTING_STATUSES:
            kind = _("trip ({status}, commitment)").format(status=label(TripStatus(trip.status)))
        else:
            continue
        amount = shown(known_total(trip), money)
        rows.append([short_date(trip.start_date), kind, trip.title, amount])
    return sorted(rows, key=lambda r: r[0][6:] + r[0][3:5] + r[0][:2])  # dd-mm-yyyy


def spending_chart(uses: list[BudgetUse], year: int) -> Flowable:
    """Spent and committed per line against the budget, or a sentence when nothing is
    known: a chart of zeros draws an axis around € 0 that means nothing."""
    if not any(u.spent or u.committed or u.line.amount for u in uses):
        return Paragraph(
            _(
                "Nothing is known to be spent or committed on the lines of {year}, and "
                "their amounts are not known; no chart is drawn."
            ).format(year=year),
            styles()["Body"],
        )
    unknown = sum(1 for u in uses if u.line.amount is None)
    return bar_chart(
        [u.line.name for u in uses],
        [
            Series(_("Spent"), [u.spent for u in uses]),
            Series(_("Committed"), [u.committed for u in uses]),
        ],
        value_text=money_rounded,
        horizontal=True,
        # A line whose budget is not known has no pale budget bar behind it.
        reference=[u.line.amount or ZERO for u in uses] if unknown < len(uses) else None,
        reference_name=_("Budgeted"),
        height_mm=max(50, 14 + 11 * len(uses)),
    )


def build(session: Session, job: Job, *, year: int, as_of: dt.date) -> Report:
    uses = budget_use(session, year)
    if not uses:
        raise ReportError(_("There are no budget lines for {year}.").format(year=year))
    s = styles()
    rows = [_row(line_name(u), u.line.amount, u.spent, u.committed) for u in uses]
    budget = sum((u.line.amount for u in uses if u.line.amount is not None), ZERO)
    unknown = sum(1 for u in uses if u.line.amount is None)
    spent = sum((u.spent for u in uses), ZERO)
    committed = sum((u.committed for u in uses), ZERO)
    overruns = [i for i, u in enumerate(uses) if u.overrun]
    # Row 0 is the header; an overrun row is tinted and its "left" and share turn red.
    marks: list[tuple] = []
    for index in overruns:
        marks += [
            ("BACKGROUND", (0, index + 1), (-1, index + 1), OVERRUN_FILL),
            ("TEXTCOLOR", (4, index + 1), (-1, index + 1), OVERRUN),
        ]
    table = data_table(
        [_(h) for h in HEADER],
        rows,
        WIDTHS,
        numeric=(1, 2, 3, 4, 5),
        total=_total_row(uses, spent, committed),
        extra_style=marks,
    )
    for index in overruns:
        for column in (4, 5):
            table._cellvalues[index + 1][column] = Paragraph(
                f"{text(rows[index][column])}", s["CellOverrun"]
            )
    title = _("International budget overview {year}").format(year=year)
    story: list[Flowable] = [
        Paragraph(text(title), s["Title"]),
        Paragraph(text(_("As of {date}").format(date=long_date(as_of))), s["Subtitle"]),
        Paragraph(
            _(
                "Per budget line the amount budgeted, what has been spent (expenses and "
                "trips made) and what is committed (commitments entered into and planned "
                "or approved trips), what is left and the share of the budget used by "
                "that."
            ),
            s["Body"],
        ),
        table,
        Spacer(0, 2 * mm),
    ]
    if unknown:
        story.append(
            Paragraph(
                ngettext(
                    "The budget of {count} line is not known: nothing is said of what is "
                    "left of it, and the total budgeted counts only the lines with a known "
                    "budget.",
                    "The budget of {count} lines is not known: nothing is said of what is "
                    "left of them, and the total budgeted counts only the lines with a "
                    "known budget.",
                    unknown,
                ).format(count=unknown),
                s["Small"],
            )
        )
    without_amount = sum(u.trips_without_amount for u in uses)
    if without_amount:
        story.append(
            Paragraph(
                ngettext(
                    "{count} trip booked on these lines has no amount yet: what is spent and "
                    "committed counts only the known amounts.",
                    "{count} trips booked on these lines have no amount yet: what is spent "
                    "and committed counts only the known amounts.",
                    without_amount,
                ).format(count=without_amount),
                s["Small"],
            )
        )
    if overruns:
        story.append(
            Paragraph(
                ngettext(
                    "Overrun: {count} line (marked red).",
                    "Overrun: {count} lines (marked red).",
                    len(overruns),
                ).format(count=len(overruns)),
                s["Small"],
            )
        )
    else:
        story.append(Paragraph(_("No line has been overrun."), s["Small"]))
    job.step(12, _("Drawing the chart"))
    story += [Spacer(0, 4 * mm), heading(_("Spent and committed per line"), 1, toc=False)]
    story.append(spending_chart(uses, year))
    bookings = [(u, _bookings(session, u)) for u in uses]
    if any(rows for _, rows in bookings):
        story.append(heading(_("Bookings per line"), 1, toc=False))
        for use, rows in bookings:
            if rows:
                job.check()
                story += [
                    Paragraph(text(line_name(use)), s["Heading3"]),
                    data_table(
                        (_("Date"), _("Kind"), _("Description"), _("Amount")),
                        rows,
                        (0.9, 1.2, 3.4, 1.1),
                        numeric=(3,),
                    ),
                ]
    return Report(
        title=title,
        subject=title,
        story=story,
        meta={
            "lines": len(uses),
            "budget": budget,
            "unknown_budgets": unknown,
            "spent": spent,
            "committed": committed,
            "overruns": len(overruns),
            "trips_without_amount": without_amount,
        },
    )

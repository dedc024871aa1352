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
from ..services.budget import COMMITTING_STATUSES, SPENDING_STATUSES, BudgetUse, budget_use
from ..services.reporting import trips_on_budget_line
from .charts import Series, bar_chart
from .job import Job, ReportError
from .markup import text
from .pdf import Report, heading
from .styles import OVERRUN, OVERRUN_FILL, styles
from .tables import data_table

ZERO = Decimal("0.00")
HEADER = ("Begrotingspost", "Begroot", "Besteed", "Verplicht", "Resterend", "Gebruikt")
WIDTHS = (2.6, 1.2, 1.2, 1.2, 1.2, 0.8)


def line_name(use: BudgetUse) -> str:
    line = use.line
    return f"{line.code} {line.name}".strip()


def _row(name: str, budget: Decimal, spent: Decimal, committed: Decimal) -> list[str]:
    left = budget - spent - committed
    used = (spent + committed) / budget if budget else None
    return [name, money(budget, whole=True), money(spent, whole=True),
            money(committed, whole=True), money(left, whole=True),
            percent(used) if used is not None else "-"]


def _bookings(session: Session, use: BudgetUse) -> list[list[str]]:
    rows = [[short_date(e.date), label(e.kind), e.description, money(e.amount)]
            for e in use.line.entries]
    for trip in trips_on_budget_line(session, use.line.id):
        if trip.status in SPENDING_STATUSES:
            kind = "reis"
        elif trip.status in COMMITTING_STATUSES:
            kind = f"reis ({label(TripStatus(trip.status))}, verplichting)"
        else:
            continue
        rows.append([short_date(trip.start_date), kind, trip.title, money(trip.total_costs)])
    return sorted(rows, key=lambda r: r[0][6:] + r[0][3:5] + r[0][:2])


def build(session: Session, job: Job, *, year: int, as_of: dt.date) -> Report:
    uses = budget_use(session, year)
    if not uses:
        raise ReportError(f"Er zijn geen begrotingsposten voor {year}.")
    s = styles()
    rows = [_row(line_name(u), u.line.amount, u.spent, u.committed) for u in uses]
    budget = sum((u.line.amount for u in uses), ZERO)
    spent = sum((u.spent for u in uses), ZERO)
    committed = sum((u.committed for u in uses), ZERO)
    overruns = [i for i, u in enumerate(uses) if u.left < 0]
    # Row 0 is the header; an overrun row is tinted and its "left" and share turn red.
    marks: list[tuple] = []
    for index in overruns:
        marks += [("BACKGROUND", (0, index + 1), (-1, index + 1), OVERRUN_FILL),
                  ("TEXTCOLOR", (4, index + 1), (-1, index + 1), OVERRUN)]
    table = data_table(HEADER, rows, WIDTHS, numeric=(1, 2, 3, 4, 5),
                       total=_row("Totaal", budget, spent, committed), extra_style=marks)
    for index in overruns:
        for column in (4, 5):
            table._cellvalues[index + 1][column] = Paragraph(
                f"{text(rows[index][column])}", s["CellOverrun"])
    title = f"Begrotingsoverzicht internationaal {year}"
    story: list[Flowable] = [
        Paragraph(text(title), s["Title"]),
        Paragraph(f"Stand per {text(long_date(as_of))}", s["Subtitle"]),
        Paragraph("Per begrotingspost het begrote bedrag, wat is uitgegeven (uitgaven en "
                  "uitgevoerde reizen) en wat is verplicht (aangegane verplichtingen en "
                  "voorgenomen of goedgekeurde reizen), het restant en het deel van de "
                  "begroting dat daarmee is gebruikt.", s["Body"]),
        table,
        Spacer(0, 2 * mm),
    ]
    if overruns:
        story.append(Paragraph(
            f"Overschreden: {len(overruns)} "
            f"{'post' if len(overruns) == 1 else 'posten'} (rood gemarkeerd).", s["Small"]))
    else:
        story.append(Paragraph("Geen enkele post is overschreden.", s["Small"]))
    job.step(12, "Grafiek tekenen")
    story += [
        Spacer(0, 4 * mm),
        heading("Besteed en verplicht per post", 1, toc=False),
        bar_chart([u.line.name for u in uses],
                  [Series("Besteed", [u.spent for u in uses]),
                   Series("Verplicht", [u.committed for u in uses])],
                  value_text=money_rounded, horizontal=True,
                  reference=[u.line.amount for u in uses], reference_name="Begroot",
                  height_mm=max(50, 14 + 11 * len(uses))),
    ]
    bookings = [(u, _bookings(session, u)) for u in uses]
    if any(rows for _, rows in bookings):
        story.append(heading("Boekingen per post", 1, toc=False))
        for use, rows in bookings:
            if rows:
                job.check()
                story += [Paragraph(text(line_name(use)), s["Heading3"]),
                          data_table(("Datum", "Soort", "Omschrijving", "Bedrag"), rows,
                                     (0.9, 1.2, 3.4, 1.1), numeric=(3,))]
    return Report(title=title, subject=f"Begrotingsoverzicht internationaal {year}",
                  story=story, meta={"lines": len(uses), "budget": budget, "spent": spent,
                                     "committed": committed, "overruns": len(overruns)})

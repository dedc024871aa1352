"""Meerjarenoverzicht buitenlandse ambtsreizen (issue 21): per year of a range the trips
carried out, their costs per block with both totals named, CO2, cost and CO2 per
traveller, the number of different destinations and the most visited countries, with
trend charts whose figures are also given as tables.

The figures come from services/multi_year.py (one query per figure over the range); a
year without trips is a row of zeros, never left out, and what nobody recorded prints
as unknown. Like the annual overview it is a council report: the plausibility findings
about its trips come first (preflight.py), and the charts mark the years they question.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from ..domain.enums import TripStatus
from ..domain.models import Trip
from ..formatting import country_name, money_rounded, number, tonnes
from ..i18n import _, ngettext
from ..services.known_figures import Figure, KnownSum, missing_note, shown, shown_sum
from ..services.known_figures import per_traveller as known_per_traveller
from ..services.multi_year import YearFigures, years_figures
from ..services.plausibility import Finding, Questioned, trips_findings
from ..services.reporting import trips_between
from .annual import questioned, whole_euros
from .charts import Series
from .content import Block, Chart, Gap, Grid, Heading, Text, Together
from .content_pdf import flowables
from .job import Job, ReportError
from .pdf import Report

LONGEST_RANGE = 25  # years; a longer table no longer reads, and the charts crowd


def check_range(first: int, last: int) -> None:
    """A ReportError naming the option when the years cannot make an overview."""
    if first > last:
        raise ReportError(
            _("From year (--from) {first} is after to year (--to) {last}.").format(
                first=first, last=last
            )
        )
    if last - first + 1 > LONGEST_RANGE:
        raise ReportError(
            _(
                "From year (--from) {first} to year (--to) {last}: the multi-year overview "
                "covers at most {most} years."
            ).format(first=first, last=last, most=LONGEST_RANGE)
        )


def report_trips(
    session: Session, *, first_year: int, last_year: int, **_other: object
) -> list[Trip]:
    """The trips the overview counts: carried out, starting in the range."""
    check_range(first_year, last_year)
    return trips_between(
        session, dt.date(first_year, 1, 1), dt.date(last_year, 12, 31), [TripStatus.DONE]
    )


def per_traveller(figure: KnownSum, travellers: int, notation: Callable[[Decimal], str]) -> str:
    """A sum divided over the travellers; unknown when there are none or no figure."""
    places = Decimal("0.01") if notation is not tonnes else Decimal("0.001")
    return shown(known_per_traveller(figure, travellers, places), notation)


def most_visited_text(figures: YearFigures) -> str:
    if not figures.most_visited:
        return _("none")
    return ", ".join(
        _("{country} ({trips})").format(country=country_name(code, name), trips=trips)
        for code, name, trips in figures.most_visited
    )


COST_COLUMNS = (
    ("travel_and_stay", Figure.AMOUNT),
    ("other_costs", Figure.AMOUNT),
    ("council_costs", Figure.TOTAL_COSTS),
    ("co2_offset", Figure.AMOUNT),
    ("total_costs", Figure.TOTAL_COSTS),
)


def _sum(rows: Sequence[YearFigures], name: str) -> KnownSum:
    total = KnownSum()
    for row in rows:
        part: KnownSum = getattr(row, name)
        total = KnownSum(
            total.known + part.known,
            total.missing + part.missing,
            total.any_known or part.any_known,
        )
    return total


def costs_table(rows: Sequence[YearFigures]) -> Grid:
    header = [
        _("Year"),
        _("Trips"),
        _("Travel and stay"),
        _("Other costs"),
        _("Council total"),
        _("CO₂ offset"),
        _("Total incl. offset"),
    ]
    return Grid(
        header,
        [
            [str(row.year), str(row.trips)]
            + [shown_sum(getattr(row, name), whole_euros) for name, _figure in COST_COLUMNS]
            for row in rows
        ],
        (0.6, 0.7, 1.15, 1.05, 1.15, 1.45, 1.2),
        numeric=tuple(range(1, 7)),
        total=[_("Total"), str(sum(row.trips for row in rows))]
        + [shown_sum(_sum(rows, name), whole_euros) for name, _figure in COST_COLUMNS],
    )


def travellers_table(rows: Sequence[YearFigures]) -> Grid:
    header = [
        _("Year"),
        _("CO₂ (tonnes)"),
        _("Travellers"),
        _("Costs per traveller"),
        _("CO₂ per traveller"),
        _("Countries"),
        _("Places"),
        _("Most visited countries (trips)"),
    ]
    return Grid(
        header,
        [
            [
                str(row.year),
                shown_sum(row.co2_tonnes, tonnes),
                str(row.travellers),
                per_traveller(row.council_costs, row.travellers, whole_euros),
                per_traveller(row.co2_tonnes, row.travellers, tonnes),
                str(row.countries),
                str(row.places),
                most_visited_text(row),
            ]
            for row in rows
        ],
        (0.55, 0.8, 0.8, 1.0, 0.9, 0.75, 0.65, 2.1),
        numeric=(1, 2, 3, 4, 5, 6),
    )


def missing_notes(rows: Sequence[YearFigures]) -> list[Text]:
    """Per year and column, how many trips its figure leaves out."""
    columns = (
        (_("Travel and stay"), "travel_and_stay", Figure.AMOUNT),
        (_("Other costs"), "other_costs", Figure.AMOUNT),
        (_("CO₂ offset"), "co2_offset", Figure.AMOUNT),
        (_("CO₂ emissions"), "co2_tonnes", Figure.CO2),
    )
    return [
        Text(
            _("{year}, {column}: {note}.").format(
                year=row.year, column=column, note=missing_note(getattr(row, name), figure)
            ),
            "Small",
        )
        for row in rows
        for column, name, figure in columns
        if getattr(row, name).missing
    ]


def build(
    session: Session,
    job: Job,
    *,
    first_year: int,
    last_year: int,
    as_of: dt.date,
    findings: Sequence[Finding] | None = None,
) -> Report:
    trips = report_trips(session, first_year=first_year, last_year=last_year)
    job.step(5, _("Reading data"))
    rows = years_figures(session, first_year, last_year)
    span = f"{first_year}–{last_year}"
    title = _("Official trips abroad {years}").format(years=span)
    # Marks in the charts for the years whose trips the plausibility check questions
    # (the preflight's findings, when it found them already).
    if findings is None:
        findings = trips_findings(session, trips, as_of)
    by_id = {trip.id: trip for trip in trips}

    def year_index(trip: Trip) -> int | None:
        return trip.start_date.year - first_year if trip.start_date is not None else None

    story: list[Block] = [
        Text(title, "Title"),
        Text(_("Multi-year overview of the board of mayor and aldermen"), "Subtitle"),
        Text(
            _(
                "Per year the official trips abroad carried out, counted in the year in "
                "which they began: their number, the costs per block, the CO₂ emissions, "
                "the costs and CO₂ per traveller and the destinations. ‘{council}’ is what "
                "the council report totals: travel and stay plus other costs; ‘{total}’ "
                "adds the CO₂ offset. Costs per traveller are the council total divided by "
                "the officials travelling, each counted once per trip. A year without trips "
                "is shown with zeros."
            ).format(council=_("Council total"), total=_("Total incl. offset"))
        ),
        Gap(4),
        Heading(_("Costs per year"), 0),
        costs_table(rows),
        *missing_notes(rows),
        Gap(4),
        Heading(_("CO₂, travellers and destinations per year"), 0),
        travellers_table(rows),
        Gap(4),
    ]
    job.step(20, _("Drawing charts"))
    story += trends(rows, span, findings, by_id, year_index)
    return Report(
        title=title,
        subject=_("Multi-year overview of official trips abroad {years}").format(years=span),
        story=flowables(story),
        content=story,
        meta={"years": rows, "trips": len(trips)},
    )


def per_year(marks: list[tuple[int, str]], rows: Sequence[YearFigures]) -> list[tuple[int, str]]:
    """One note per questioned year: the finding itself when it is the only one, else
    how many there are (a range of a large archive can hold thousands, which the annual
    overview of each year names)."""
    texts: dict[int, list[str]] = {}
    for index, text in marks:
        texts.setdefault(index, []).append(text)
    return [
        (
            index,
            found[0]
            if len(found) == 1
            else ngettext(
                "the plausibility check questions {count} figure of this year; the annual "
                "overview of {year} names it.",
                "the plausibility check questions {count} figures of this year; the annual "
                "overview of {year} names them.",
                len(found),
            ).format(count=len(found), year=rows[index].year),
        )
        for index, found in sorted(texts.items())
    ]


def trends(
    rows: Sequence[YearFigures],
    span: str,
    findings: Sequence[Finding],
    trips: dict[int, Trip],
    year_index: Callable[[Trip], int | None],
) -> list[Block]:
    """The charts of costs, CO2 and trips per year; the years with a questioned trip
    marked, each chart's figures also as a table."""

    def chart(heading: str, description: str, series: list[Series], **options: Any) -> Together:
        # With its heading and figures on one page: a table's last row alone on the
        # next page reads as a table of its own.
        picture = Chart(
            description.format(years=span),
            _("Year"),
            [str(row.year) for row in rows],
            series,
            **options,
        )
        return Together([Heading(heading, 1), picture])

    costs = chart(
        _("Costs per year"),
        _(
            "Bar chart of the costs per year {years}: travel and stay, other costs and "
            "CO₂ offset, stacked; the figures are in the table below."
        ),
        [
            Series(_("Travel and stay"), [row.travel_and_stay.known for row in rows]),
            Series(_("Other costs"), [row.other_costs.known for row in rows]),
            Series(_("CO₂ offset"), [row.co2_offset.known for row in rows]),
        ],
        value_text=money_rounded,
        figure_text=whole_euros,
        height_mm=70,
        marks=per_year(questioned(findings, Questioned.COSTS, trips, year_index), rows),
    )
    return [
        # The chapter's heading on the page of its first chart, never alone at the foot.
        Together([Heading(_("Trends"), 0), costs]),
        chart(
            _("CO₂ emissions per year"),
            _(
                "Bar chart of the CO₂ emissions in tonnes per year {years}; the figures are "
                "in the table below."
            ),
            [Series(_("CO₂ emissions"), [row.co2_tonnes.known for row in rows])],
            value_text=lambda v: f"{number(v)} t",
            value_label=_("tonnes of CO₂"),
            height_mm=62,
            marks=per_year(questioned(findings, Questioned.CO2, trips, year_index), rows),
        ),
        chart(
            _("Trips per year"),
            _(
                "Bar chart of the number of trips carried out per year {years}; the figures "
                "are in the table below."
            ),
            [Series(_("Trips"), [Decimal(row.trips) for row in rows])],
            value_text=lambda v: number(v, 0),
            height_mm=55,
        ),
    ]

"""Jaaroverzicht buitenlandse ambtsreizen, in the form of Rotterdam's report on 2024.

An introduction (the user's own text, or a default in our words), then per trip that
took place a block: heading with places and travellers, the trip's subject, dates,
summary and the cost block; then totals per official and for the year, and two charts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal

from babel.dates import format_date
from sqlalchemy.orm import Session

from ..domain.models import Official, Organisation, Trip
from ..domain.titles import titled_name
from ..formatting import money, money_rounded, number, tonnes
from ..i18n import N_, _, current_locale, ngettext
from ..services.cost_columns import ColumnSums, cancelled_trips, column_sums
from ..services.known_figures import (
    Figure,
    KnownSum,
    TripSums,
    expects_co2,
    missing_note,
    shown,
    shown_sum,
    unknown_text,
)
from ..services.organisation import get_organisation
from ..services.plausibility import Finding, Questioned, trips_findings
from ..services.policy_year import PolicyYear, policy_sentence, policy_year
from ..services.reporting import done_trips
from .annual_columns import columns_block, gifts_section, year_section
from .charts import Series
from .content import Block, Chart, Gap, Grid, Heading, NewPage, Pairs, Text, Together, body
from .content_pdf import flowables
from .council_letter import as_letter, letter_day, letter_facts
from .destinations_map import destinations_blocks
from .job import Job, ReportError
from .pdf import Report
from .policy_flights import policy_flights_section
from .sources_section import sources_blocks
from .trip_totals import Totals, responsible, totals, totals_per_official
from .wording import themes_text, transport_text, trip_heading, trip_when

COST_GROUPS = (
    (N_("Costs of officials"), 2),
    (N_("Means of transport"), 1),
    (N_("Only for air travel"), 2),
)
COST_HEADER = (
    N_("Travel and stay"),
    N_("Other costs"),
    "",
    N_("CO₂ emissions (in tonnes)"),
    N_("CO₂ offset"),
)
COST_WIDTHS = (1, 1, 1.25, 1.25, 1.1)


def default_intro(
    year: int, organisation: Organisation | None, trips: list[Trip], as_of: dt.date
) -> str:
    """An introduction in our own words; the user may replace it with their own text."""
    city = organisation.name if organisation else _("the municipality")
    parts = [
        _(
            "This overview describes the official trips abroad made in {year} by members of "
            "the board of mayor and aldermen of {city}. With these trips the board works on "
            "the international goals of the municipality: strengthening the economy of the "
            "city and the region, gaining and sharing knowledge, and working with partner "
            "cities and international networks."
        ).format(city=city, year=year),
        _(
            "Per trip the destination, the subject, the dates and a short review are given, "
            "followed by the costs: the costs of travel and stay (such as plane and train "
            "tickets, hotel nights, meals and visas), the other costs (such as hospitality, "
            "receptions, translations and interpreters) and the means of transport used. For "
            "trips by plane the CO₂ emissions in tonnes and the amount of the CO₂ offset are "
            "given too. At the end are the totals per official and for the whole year."
        ),
    ]
    if any(
        t.official.terms
        and all(term.end_date and term.end_date < as_of for term in t.official.terms)
        for trip in trips
        for t in trip.travellers
    ):
        parts.append(
            _("Officials whose term of office has since ended are referred to as ‘former’.")
        )
    if organisation and (organisation.department or organisation.email):
        who = " ".join(
            p
            for p in (
                organisation.department,
                f"({organisation.email})" if organisation.email else "",
            )
            if p
        )
        parts.append(_("For more information, contact {who}.").format(who=who))
    return "\n\n".join(parts)


def _dash(value: str) -> str:
    return value or "-"


def cost_block(trip: Trip) -> Grid:
    """The trip's costs; an amount not known prints as unknown, never as € 0 or "-" (CO2
    and its offset are "-" only for a trip that did not fly)."""
    co2_known_or_absent = _dash if not expects_co2(trip) else lambda v: v or unknown_text()
    row = [
        shown(trip.travel_and_stay, whole_euros),
        shown(trip.other_costs, whole_euros),
        _dash(transport_text(trip)),
        co2_known_or_absent(tonnes(trip.co2_tonnes)),
        co2_known_or_absent(money(trip.co2_offset, whole=True)),
    ]
    return Grid(
        [_(h) if h else h for h in COST_HEADER],
        [row],
        COST_WIDTHS,
        numeric=(0, 1, 3, 4),
        groups=[(_(title), columns) for title, columns in COST_GROUPS],
    )


def trip_block(trip: Trip, as_of: dt.date) -> Together:
    when = trip_when(trip)
    if trip.themes:
        when += " · " + _("Theme: {themes}").format(themes=themes_text(trip.themes))
    parts: list[Block] = [
        Heading(trip_heading(trip, as_of), 1),
        Text(trip.title, "Lead"),
        Text(when, "Meta"),
        Gap(2),
        *body(trip.purpose),
        *body(trip.outcomes),
        cost_block(trip),
        *columns_block(trip),
        Gap(7),
    ]
    # A block moves to the next page whole when it fits there, as in the printed report.
    return Together(parts, whole=True)


def whole_euros(value: Decimal) -> str:
    return money(value, whole=True)


def _totals_row(label: str, figures: Totals) -> list[str]:
    sums = figures.sums
    return [
        label,
        str(figures.trips),
        shown_sum(sums.travel_and_stay, whole_euros),
        shown_sum(sums.other_costs, whole_euros),
        shown_sum(sums.co2_tonnes, tonnes),
        shown_sum(sums.co2_offset, whole_euros),
    ]


def with_note(value: str, figures: KnownSum, figure: Figure) -> str:
    """€ 1.200,- (waarvan 2 reizen zonder bedrag); onbekend (3 reizen zonder bedrag)."""
    note = missing_note(figures, figure)
    return f"{value} ({note})" if note else value


def missing_notes(sums: TripSums) -> list[str]:
    """Under the totals table: per column, how many trips its total leaves out."""
    columns = (
        (_("Travel and stay"), sums.travel_and_stay, Figure.AMOUNT),
        (_("Other costs"), sums.other_costs, Figure.AMOUNT),
        (_("CO₂ emissions"), sums.co2_tonnes, Figure.CO2),
        (_("CO₂ offset"), sums.co2_offset, Figure.AMOUNT),
    )
    return [
        _("{column}: {note}.").format(column=column, note=missing_note(figures, figure))
        for column, figures, figure in columns
        if figures.missing
    ]


def key_figures(grand: Totals) -> list[tuple[str, str]]:
    sums = grand.sums
    co2 = sums.co2_tonnes
    co2_text = (
        unknown_text()
        if co2.value is None
        else _("{tonnes} tonnes").format(tonnes=tonnes(co2.value))
    )
    return [
        (_("Number of trips"), str(grand.trips)),
        (
            _("Costs of travel and stay"),
            with_note(
                shown_sum(sums.travel_and_stay, whole_euros), sums.travel_and_stay, Figure.AMOUNT
            ),
        ),
        (
            _("Other costs"),
            with_note(shown_sum(sums.other_costs, whole_euros), sums.other_costs, Figure.AMOUNT),
        ),
        (
            _("CO₂ offset"),
            with_note(shown_sum(sums.co2_offset, whole_euros), sums.co2_offset, Figure.AMOUNT),
        ),
        # Both totals, each saying what it holds: the council report's, and the app's
        # total costs that add the CO2 offset.
        (
            council_costs_label(),
            with_note(
                shown_sum(sums.council_costs, whole_euros), sums.council_costs, Figure.TOTAL_COSTS
            ),
        ),
        (
            total_costs_label(),
            with_note(
                shown_sum(sums.total_costs, whole_euros), sums.total_costs, Figure.TOTAL_COSTS
            ),
        ),
        (_("CO₂ emissions"), with_note(co2_text, co2, Figure.CO2)),
    ]


def council_costs_label() -> str:
    return _("Costs in the council report (travel and stay plus other costs)")


def total_costs_label() -> str:
    return _("Total costs (travel and stay, other costs and CO₂ offset)")


TOTALS_HEADER = (
    N_("Official"),
    N_("Trips"),
    N_("Travel and stay"),
    N_("Other costs"),
    N_("CO₂ (tonnes)"),
    N_("CO₂ offset"),
)


def summary(
    trips: list[Trip],
    year: int,
    as_of: dt.date,
    job: Job,
    findings: Sequence[Finding] = (),
    policy: PolicyYear | None = None,
    columns: ColumnSums | None = None,
) -> list[Block]:
    per_official = totals_per_official(trips)
    grand = totals(trips)
    names = [
        titled_name(o, t.last_trip.start_date or as_of, as_of)  # type: ignore[union-attr]
        for o, t in per_official
    ]
    rows = [_totals_row(name, t) for name, (_, t) in zip(names, per_official, strict=True)]
    story: list[Block] = [
        NewPage(),
        Heading(_("Totals {year}").format(year=year), 0),
        Text(
            _(
                "Costs and CO₂ emissions per official; a trip counts for the official "
                "who led the delegation."
            )
        ),
        Grid(
            [_(h) for h in TOTALS_HEADER],
            rows,
            (3.1, 0.7, 1.3, 1.3, 0.9, 1.45),
            numeric=(1, 2, 3, 4, 5),
            total=_totals_row(_("Total"), grand),
        ),
    ]
    notes = missing_notes(grand.sums)
    if notes:
        story.append(Gap(1.5))
    story += [Text(note, "Small") for note in notes]
    story += [
        Gap(6),
        Heading(_("Key figures"), 1),
        Pairs(key_figures(grand), label_fraction=0.4),
        *(year_section(columns, year) if columns is not None else []),
    ]
    if policy is not None and policy.trips:
        # What a council debating the policy asks of the year (issue 23).
        story += [
            Gap(4),
            Heading(_("Trips and the policy"), 1),
            Text(f"{policy_sentence(policy)}."),
        ]
    job.step(15, _("Drawing charts"))
    story += [Gap(4), Heading(_("Costs per official"), 1)]
    by_id = {trip.id: trip for trip in trips}
    officials = [official.id for official, _totals in per_official]
    story.append(
        costs_chart(
            per_official,
            year,
            questioned(
                findings, Questioned.COSTS, by_id, lambda trip: _index_of_lead(trip, officials)
            ),
        )
    )
    job.check()
    co2_marks = questioned(findings, Questioned.CO2, by_id, _month_index)
    story += [
        Heading(_("CO₂ emissions per month"), 1),
        *co2_chart(trips, year, grand.sums, co2_marks),
    ]
    return story


def questioned(
    findings: Sequence[Finding],
    figure: Questioned,
    trips: dict[int, Trip],
    category: Callable[[Trip], int | None],
) -> list[tuple[int, str]]:
    """The chart marks for the findings that question `figure`: (the category the
    trip counts in, the finding's text)."""
    marks = []
    for finding in findings:
        trip = trips.get(finding.record_id)
        if figure in finding.questions and trip is not None:
            index = category(trip)
            if index is not None:
                marks.append((index, finding.text))
    return marks


def _index_of_lead(trip: Trip, officials: list[int]) -> int | None:
    official = responsible(trip)
    return officials.index(official.id) if official is not None else None


def _month_index(trip: Trip) -> int | None:
    return trip.start_date.month - 1 if trip.start_date is not None else None


def costs_chart(
    per_official: list[tuple[Official, Totals]],
    year: int,
    marks: Sequence[tuple[int, str]] = (),
) -> Block:
    """The costs per official, or a sentence when no trip has a cost figure above zero
    (a chart of nothing draws an axis around zero that means nothing)."""
    series = [
        Series(_("Travel and stay"), [t.sums.travel_and_stay.known for _o, t in per_official]),
        Series(_("Other costs"), [t.sums.other_costs.known for _o, t in per_official]),
        Series(_("CO₂ offset"), [t.sums.co2_offset.known for _o, t in per_official]),
    ]
    if not any(v > 0 for one in series for v in one.values):
        return Text(
            _("No costs are known for the trips of {year}; no chart is drawn.").format(year=year)
        )
    short = [o.short_name for o, _t in per_official]
    return Chart(
        _(
            "Bar chart of the costs per official in {year}: travel and stay, other costs "
            "and CO₂ offset, stacked; the figures are in the table below."
        ).format(year=year),
        _("Official"),
        short,
        series,
        value_text=money_rounded,
        figure_text=whole_euros,
        horizontal=True,
        height_mm=max(45, 12 + 8 * len(short)),
        marks=marks,
    )


def co2_chart(
    trips: list[Trip], year: int, sums: TripSums, marks: Sequence[tuple[int, str]] = ()
) -> list[Block]:
    """CO2 per month of the start, or a sentence when there is none to draw."""
    per_month = [Decimal("0.000")] * 12
    for trip in trips:
        if trip.start_date is not None and trip.co2_tonnes is not None:
            per_month[trip.start_date.month - 1] += trip.co2_tonnes
    if not any(v > 0 for v in per_month):
        sentence = (
            _("The CO₂ emissions of the trips of {year} are not known; no chart is drawn.")
            if sums.co2_tonnes.value is None
            else _("No CO₂ emissions were recorded for the trips of {year}; no chart is drawn.")
        )
        return [Text(sentence.format(year=year))]
    locale = current_locale()
    months = [format_date(dt.date(year, m, 1), "LLL", locale=locale) for m in range(1, 13)]
    return [
        Chart(
            _(
                "Bar chart of the CO₂ emissions in tonnes per month of {year}; the figures "
                "are in the table below."
            ).format(year=year),
            _("Month"),
            months,
            [Series(_("CO₂ emissions"), per_month)],
            value_text=lambda v: f"{number(v)} t",
            value_label=_("tonnes of CO₂"),
            height_mm=62,
            marks=marks,
        ),
        Text(_("A trip counts in the month in which it began."), "Small"),
    ]


def report_trips(session: Session, *, year: int, **_other: object) -> list[Trip]:
    """The trips the overview of `year` describes: those made that year."""
    return done_trips(session, year)


def build(
    session: Session,
    job: Job,
    *,
    year: int,
    intro: str | None = None,
    as_of: dt.date,
    letter: bool = False,
    reference: str | None = None,
    letter_date: str | dt.date | None = None,
    sources: bool = False,
    findings: Sequence[Finding] | None = None,
) -> Report:
    """The overview of `year`; with `letter`, enclosed with a raadsinformatiebrief
    (council_letter.py) dated `letter_date` (default: `as_of`) with kenmerk `reference`;
    with `sources`, the Bronnen section (sources_section.py) at the end."""
    day = letter_day(letter_date, as_of)
    trips = report_trips(session, year=year)
    if not trips:
        raise ReportError(
            _("There are no trips made in {year}; the annual overview has not been made.").format(
                year=year
            )
        )
    organisation = get_organisation(session)
    title = _("Official trips abroad in {year}").format(year=year)
    story: list[Block] = [
        Text(title, "Title"),
        Text(_("Annual overview of the board of mayor and aldermen"), "Subtitle"),
    ]
    intro_text = default_intro(year, organisation, trips, as_of) if intro is None else intro
    story += body(intro_text)
    story += [Gap(4), Heading(_("Trips in {year}").format(year=year), 0)]
    for index, trip in enumerate(trips):
        job.step(5 + 10 * index / len(trips), _("Describing trips"))
        story.append(trip_block(trip, as_of))
    # Figures the plausibility check questions are marked in the charts (issue 21);
    # the preflight's findings when it asked already, so they are computed once.
    found = trips_findings(session, trips, as_of) if findings is None else findings
    columns = column_sums(trips, cancelled_trips(session, year))
    story += summary(trips, year, as_of, job, found, policy_year(session, year, trips), columns)
    if organisation is not None and organisation.print_gifts:
        story += gifts_section(trips, year)
    story += policy_flights_section(session, trips)
    job.step(18, _("Drawing the map"))
    story += destinations_blocks(session, year, trips)
    if sources:
        story += sources_blocks([(trip.title, trip) for trip in trips])
    grand = totals(trips)
    subject = _("Annual overview of official trips abroad {year}").format(year=year)
    meta: dict[str, object] = {"trips": grand.trips, "totals": grand}
    if letter:
        facts = letter_facts(session, subject=subject, day=day, reference=reference)
        story = as_letter(facts, [Text(_covering_text(year, len(trips)))], enclosure=story)
        meta["letter"] = facts
    return Report(title=title, subject=subject, story=flowables(story), content=story, meta=meta)


def _covering_text(year: int, count: int) -> str:
    return _(
        "With this letter the board informs the council of the official trips abroad made "
        "in {year}: {trips}. The annual overview enclosed describes each trip with its "
        "purpose and its costs, and for trips by plane their CO₂ emissions, with the totals "
        "per official and for the year."
    ).format(year=year, trips=ngettext("{count} trip", "{count} trips", count).format(count=count))

"""Jaaroverzicht buitenlandse ambtsreizen, in the form of Rotterdam's report on 2024.

An introduction (the user's own text, or a default in our words), then per trip that
took place a block: heading with places and travellers, the trip's subject, dates,
summary and the cost block; then totals per official and for the year, and two charts.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.dates import format_date
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer
from sqlalchemy.orm import Session

from ..domain.models import Organisation, Trip
from ..domain.titles import titled_name
from ..formatting import LOCALE, money, money_rounded, number, tonnes
from ..services.organisation import get_organisation
from ..services.reporting import done_trips
from .charts import Series, bar_chart
from .job import Job, ReportError
from .keep_whole import KeepWhole
from .markup import paragraphs, text
from .pdf import Report, heading
from .styles import styles
from .tables import data_table, key_value_table
from .trip_totals import Totals, totals, totals_per_official
from .wording import themes_text, transport_text, trip_heading, trip_when
from .wrap_once import Paragraph

COST_GROUPS = (("Kosten bestuur", 2), ("Vervoersmiddel", 1), ("Alléén voor vliegtuig", 2))
COST_HEADER = ("Reis en verblijf", "Overige kosten", "", "CO₂-uitstoot (in tonnen)",
               "CO₂-compensatie")
COST_WIDTHS = (1, 1, 1.25, 1.25, 1.1)


def default_intro(year: int, organisation: Organisation | None,
                  trips: list[Trip], as_of: dt.date) -> str:
    """An introduction in our own words; the user may replace it with their own text."""
    city = organisation.name if organisation else "de gemeente"
    parts = [
        f"Dit overzicht beschrijft de buitenlandse ambtsreizen die leden van het college "
        f"van burgemeester en wethouders van {city} in {year} hebben gemaakt. Met deze "
        f"reizen werkt het college aan de internationale doelen van de gemeente: de "
        f"economie van stad en regio versterken, kennis halen en delen, en samenwerken "
        f"met partnersteden en internationale netwerken.",
        "Per reis staan de bestemming, het onderwerp, de data en een korte terugblik, "
        "gevolgd door de kosten: de reis- en verblijfkosten (zoals vlieg- en treintickets, "
        "hotelovernachtingen, maaltijden en visa), de overige kosten (zoals representatie, "
        "ontvangsten, vertalingen en tolken) en het gebruikte vervoersmiddel. Bij reizen "
        "per vliegtuig zijn ook de CO₂-uitstoot in tonnen en het bedrag van de "
        "CO₂-compensatie vermeld. Achterin staan de totalen per bestuurder en voor het "
        "hele jaar.",
    ]
    if any(t.official.terms and all(term.end_date and term.end_date < as_of
                                    for term in t.official.terms)
           for trip in trips for t in trip.travellers):
        parts.append("Bestuurders van wie de ambtstermijn inmiddels is beëindigd, worden "
                     "aangeduid als ‘voormalig’.")
    if organisation and (organisation.department or organisation.email):
        who = " ".join(p for p in (organisation.department,
                                   f"({organisation.email})" if organisation.email else "")
                       if p)
        parts.append(f"Neem voor meer informatie contact op met {who}.")
    return "\n\n".join(parts)


def _dash(value: str) -> str:
    return value or "-"


def cost_block(trip: Trip) -> Flowable:
    row = [money(trip.travel_and_stay, whole=True) or "-",
           money(trip.other_costs, whole=True) or "-",
           _dash(transport_text(trip)),
           _dash(tonnes(trip.co2_tonnes)),
           _dash(money(trip.co2_offset, whole=True))]
    return data_table(COST_HEADER, [row], COST_WIDTHS, numeric=(0, 1, 3, 4),
                      groups=COST_GROUPS)


def trip_block(trip: Trip, as_of: dt.date) -> Flowable:
    s = styles()
    parts: list[Flowable] = [
        heading(text(trip_heading(trip, as_of)), 1),
        Paragraph(text(trip.title), s["Lead"]),
        Paragraph(text(trip_when(trip)) + (f" · Thema: {text(themes_text(trip.themes))}"
                                           if trip.themes else ""), s["Meta"]),
        Spacer(0, 2 * mm),
    ]
    parts += [Paragraph(p, s["Body"]) for p in paragraphs(trip.purpose)]
    parts += [Paragraph(p, s["Body"]) for p in paragraphs(trip.outcomes)]
    parts += [cost_block(trip), Spacer(0, 7 * mm)]
    # A block moves to the next page whole when it fits there, as in the printed report.
    return KeepWhole(parts)


def _totals_row(label: str, figures: Totals) -> list[str]:
    return [label, str(figures.trips), money(figures.travel_and_stay, whole=True),
            money(figures.other_costs, whole=True), tonnes(figures.co2_tonnes),
            money(figures.co2_offset, whole=True)]


TOTALS_HEADER = ("Bestuurder", "Reizen", "Reis en verblijf", "Overige kosten",
                 "CO₂ (ton)", "CO₂-compensatie")


def summary(trips: list[Trip], year: int, as_of: dt.date, job: Job) -> list[Flowable]:
    s = styles()
    per_official = totals_per_official(trips)
    grand = totals(trips)
    names = [titled_name(o, t.last_trip.start_date or as_of, as_of)  # type: ignore[union-attr]
             for o, t in per_official]
    rows = [_totals_row(name, t) for name, (_, t) in zip(names, per_official, strict=True)]
    story: list[Flowable] = [
        PageBreak(),
        heading(f"Totalen {year}", 0),
        Paragraph("Kosten en CO₂-uitstoot per bestuurder; een reis telt mee bij de "
                  "bestuurder die de delegatie leidde.", s["Body"]),
        data_table(TOTALS_HEADER, rows, (3.1, 0.7, 1.3, 1.3, 0.9, 1.45),
                   numeric=(1, 2, 3, 4, 5), total=_totals_row("Totaal", grand)),
        Spacer(0, 6 * mm),
        heading("Kerncijfers", 1),
        key_value_table([
            ("Aantal reizen", str(grand.trips)),
            ("Reis- en verblijfkosten", money(grand.travel_and_stay, whole=True)),
            ("Overige kosten", money(grand.other_costs, whole=True)),
            ("CO₂-compensatie", money(grand.co2_offset, whole=True)),
            ("Totale kosten", money(grand.total_costs, whole=True)),
            ("CO₂-uitstoot", f"{tonnes(grand.co2_tonnes)} ton"),
        ], label_fraction=0.4),
    ]
    job.step(15, "Grafieken tekenen")
    short = [o.short_name for o, _ in per_official]
    story += [
        Spacer(0, 4 * mm),
        heading("Kosten per bestuurder", 1),
        bar_chart(short, [
            Series("Reis en verblijf", [t.travel_and_stay for _, t in per_official]),
            Series("Overige kosten", [t.other_costs for _, t in per_official]),
            Series("CO₂-compensatie", [t.co2_offset for _, t in per_official]),
        ], value_text=money_rounded, horizontal=True,
            height_mm=max(45, 12 + 8 * len(short))),
    ]
    job.check()
    per_month = [Decimal("0.000")] * 12
    for trip in trips:
        if trip.start_date is not None and trip.co2_tonnes is not None:
            per_month[trip.start_date.month - 1] += trip.co2_tonnes
    months = [format_date(dt.date(year, m, 1), "LLL", locale=LOCALE) for m in range(1, 13)]
    story += [
        heading("CO₂-uitstoot per maand", 1),
        bar_chart(months, [Series("CO₂-uitstoot", per_month)],
                  value_text=lambda v: f"{number(v)} t", value_label="ton CO₂",
                  height_mm=62),
        Paragraph("Een reis telt mee in de maand waarin zij begon.", s["Small"]),
    ]
    return story


def build(session: Session, job: Job, *, year: int, intro: str | None = None,
          as_of: dt.date) -> Report:
    trips = done_trips(session, year)
    if not trips:
        raise ReportError(f"Er zijn geen uitgevoerde reizen in {year}; "
                          f"het jaaroverzicht is niet gemaakt.")
    s = styles()
    organisation = get_organisation(session)
    title = f"Buitenlandse ambtsreizen in {year}"
    story: list[Flowable] = [
        Paragraph(text(title), s["Title"]),
        Paragraph("Jaaroverzicht van het college van burgemeester en wethouders",
                  s["Subtitle"]),
    ]
    intro_text = default_intro(year, organisation, trips, as_of) if intro is None else intro
    story += [Paragraph(p, s["Body"]) for p in paragraphs(intro_text)]
    story += [Spacer(0, 4 * mm), heading(f"Reizen in {year}", 0)]
    for index, trip in enumerate(trips):
        job.step(5 + 10 * index / len(trips), "Reizen beschrijven")
        story.append(trip_block(trip, as_of))
    story += summary(trips, year, as_of, job)
    grand = totals(trips)
    return Report(title=title, subject=f"Jaaroverzicht buitenlandse ambtsreizen {year}",
                  story=story, meta={"trips": grand.trips, "totals": grand})

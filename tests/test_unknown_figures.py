"""Unknown is not zero: costs and CO2 nobody knows print as "onbekend", every total says
how many trips it leaves out, and a chart of nothing is a sentence instead."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy.orm import Session

from intzaken.reports import build_report
from intzaken.services import budget, places, trips
from intzaken.services.known_figures import Figure, KnownSum, missing_note
from intzaken.services.trip_records import trip_records
from intzaken.services.year_figures import year_comparison

from .conftest import add_official
from .pdf_reading import flat_text

PRINTED = dt.date(2026, 12, 3)


def add_trip(
    session: Session,
    official: int,
    day: dt.date,
    *,
    title: str = "Werkbezoek Oslo",
    transport: tuple[str, ...] = ("plane",),
    status: str = "done",
    budget_line_id: int | None = None,
    **costs: Decimal | None,
) -> int:
    oslo = places.create_place(session, places.PlaceData(name=f"Oslo {title}", country_code="NO"))
    trip = trips.create_trip(
        session,
        trips.TripData(
            title=title,
            kind="working_visit",
            status=status,
            start_date=day,
            end_date=day + dt.timedelta(days=1),
            destinations=[trips.DestinationData("NO", oslo.id)],
            traveller_ids=[official],
            lead_official_id=official,
            transport=list(transport),
            budget_line_id=budget_line_id,
            **costs,  # type: ignore[arg-type]
        ),
    )
    return trip.id


def images(path: Path) -> int:
    return sum(len(page.images) for page in PdfReader(path).pages)


def annual(session: Session, tmp_path: Path, year: int) -> Path:
    path = tmp_path / f"annual-{year}.pdf"
    build_report("annual", session, path, year=year, printed_on=PRINTED)
    return path


def test_a_year_without_any_amount_or_co2_says_so_and_draws_no_chart(
    session: Session, tmp_path: Path
) -> None:
    mayor = add_official(session)
    for month in (3, 5, 9):
        add_trip(session, mayor, dt.date(2023, month, 10), title=f"Reis {month}")
    session.commit()
    path = annual(session, tmp_path, 2023)
    text = flat_text(path)
    # The totals row: unknown, not € 0,- and not an axis down to −0,04 t.
    assert "Totaal 3 onbekend onbekend onbekend onbekend" in text
    assert "€ 0,-" not in text
    assert "Reis en verblijf: 3 reizen zonder bedrag." in text
    assert "CO₂-uitstoot: 3 reizen zonder CO₂-opgave." in text
    assert total_costs(text) == "onbekend (3 reizen zonder bedrag)"
    assert "CO₂-uitstoot onbekend (3 reizen zonder CO₂-opgave)" in text
    assert "Van de reizen van 2023 zijn geen kosten bekend; er is geen grafiek getekend." in text
    assert (
        "De CO₂-uitstoot van de reizen van 2023 is niet bekend; er is geen grafiek getekend."
        in text
    )
    assert images(path) == 1  # no chart: only the map of the destinations
    # Each trip's own cost block says unknown too, not "-".
    assert text.count("onbekend onbekend Vliegtuig onbekend onbekend") == 3


def test_some_unknown_amounts_are_counted_under_the_totals(
    session: Session, tmp_path: Path
) -> None:
    mayor = add_official(session)
    known = {
        "travel_and_stay": Decimal("1000.00"),
        "other_costs": Decimal("250.50"),
        "co2_tonnes": Decimal("1.25"),
        "co2_offset": Decimal("17.50"),
    }
    add_trip(session, mayor, dt.date(2023, 2, 1), title="Bekend", **known)
    add_trip(session, mayor, dt.date(2023, 4, 1), title="Onbekend")
    # A train journey has no CO2 to report: it lacks no figure.
    add_trip(
        session,
        mayor,
        dt.date(2023, 6, 1),
        title="Trein",
        transport=("train",),
        travel_and_stay=Decimal("200.00"),
        other_costs=Decimal("0.00"),
    )
    session.commit()
    path = annual(session, tmp_path, 2023)
    text = flat_text(path)
    assert "Totaal 3 € 1.200,- € 250,50 1,25 € 17,50" in text
    assert "Reis en verblijf: waarvan 1 reis zonder bedrag." in text
    assert "CO₂-uitstoot: waarvan 1 reis zonder CO₂-opgave." in text
    assert "Reis- en verblijfkosten € 1.200,- (waarvan 1 reis zonder bedrag)" in text
    assert total_costs(text) == "€ 1.468,- (waarvan 1 reis zonder volledig bedrag)"
    assert "CO₂-uitstoot 1,25 ton (waarvan 1 reis zonder CO₂-opgave)" in text
    assert "geen grafiek" not in text
    assert images(path) == 3  # costs per official, CO2 per month, the map of destinations
    # The train journey prints "-" for CO2; the trip without figures "onbekend".
    assert "€ 200,- € 0,- Trein - -" in text
    assert "onbekend onbekend Vliegtuig onbekend onbekend" in text


def test_a_year_by_train_only_has_no_co2_chart(session: Session, tmp_path: Path) -> None:
    mayor = add_official(session)
    add_trip(
        session,
        mayor,
        dt.date(2023, 6, 1),
        transport=("train",),
        travel_and_stay=Decimal("200.00"),
        other_costs=Decimal("0.00"),
    )
    session.commit()
    text = flat_text(annual(session, tmp_path, 2023))
    assert (
        "Voor de reizen van 2023 is geen CO₂-uitstoot vastgelegd; er is geen grafiek getekend."
        in text
    )
    assert "zonder CO₂-opgave" not in text  # none was expected
    assert "Kosten per bestuurder" in text and "zijn geen kosten bekend" not in text


def test_the_trip_card_of_a_trip_made_without_figures_says_unknown(
    session: Session, tmp_path: Path
) -> None:
    mayor = add_official(session)
    trip_id = add_trip(session, mayor, dt.date(2023, 3, 1), travel_and_stay=Decimal("500.00"))
    session.commit()
    path = tmp_path / "card.pdf"
    build_report("trip", session, path, trip_ids=[trip_id], printed_on=PRINTED)
    text = flat_text(path)
    assert "Overige kosten onbekend" in text
    assert "CO₂-uitstoot onbekend" in text
    assert "Totale kosten € 500,- (onvolledig: niet elk bedrag is bekend)" in text  # trip card


def test_a_budget_line_without_an_amount_and_a_trip_without_one(
    session: Session, tmp_path: Path
) -> None:
    mayor = add_official(session)
    line = budget.create_budget_line(
        session, budget.BudgetLineData(year=2023, name="Ambtsreizen", amount=None)
    )
    add_trip(session, mayor, dt.date(2023, 3, 1), title="Zonder", budget_line_id=line.id)
    add_trip(
        session,
        mayor,
        dt.date(2023, 5, 1),
        title="Met",
        budget_line_id=line.id,
        travel_and_stay=Decimal("800.00"),
        other_costs=Decimal("0.00"),
        co2_tonnes=Decimal("0.5"),
        co2_offset=Decimal("7.00"),
    )
    session.commit()
    (use,) = budget.budget_use(session, 2023)
    assert (use.spent, use.left, use.overrun, use.trips_without_amount) == (
        Decimal("807.00"),
        None,
        False,
        1,
    )
    path = tmp_path / "budget.pdf"
    report = build_report("budget", session, path, year=2023, printed_on=PRINTED)
    text = flat_text(path)
    # The budget is unknown: spending shows, nothing is "left" and nothing overrun.
    assert "Ambtsreizen onbekend € 807,- € 0,- - -" in text
    assert "Geen enkele post is overschreden." in text
    assert "1 reis op deze posten heeft nog geen bedrag" in text
    assert "Zonder onbekend" in text  # the booking of the trip without an amount
    assert report.meta["trips_without_amount"] == 1


def test_a_budget_with_nothing_known_has_no_chart(session: Session, tmp_path: Path) -> None:
    mayor = add_official(session)
    line = budget.create_budget_line(
        session, budget.BudgetLineData(year=2023, name="Ambtsreizen", amount=None)
    )
    add_trip(session, mayor, dt.date(2023, 9, 1), status="planned", budget_line_id=line.id)
    session.commit()
    path = tmp_path / "budget.pdf"
    build_report("budget", session, path, year=2023, printed_on=PRINTED)
    text = flat_text(path)
    assert "er is geen grafiek getekend" in text
    assert "1 reis op deze posten heeft nog geen bedrag" in text
    assert images(path) == 0


def test_the_overview_figures_count_what_they_leave_out(session: Session) -> None:
    mayor = add_official(session)
    add_trip(session, mayor, dt.date(2024, 3, 1), travel_and_stay=Decimal("100.00"))
    add_trip(session, mayor, dt.date(2025, 3, 1), title="Zonder")
    add_trip(session, mayor, dt.date(2025, 9, 1), title="Voorgenomen", status="planned")
    session.commit()
    figures = year_comparison(session, 2025)
    last, this = figures.done_last_year, figures.done_this_year
    assert (last.costs.value, last.costs.missing) == (Decimal("100.00"), 1)  # other costs
    assert (this.costs.value, this.costs.missing, this.co2.value) == (None, 1, None)
    assert figures.planned_this_year.costs.value is None
    assert missing_note(this.costs, Figure.TOTAL_COSTS) == "1 reis zonder bedrag"
    assert missing_note(last.costs, Figure.TOTAL_COSTS) == "waarvan 1 reis zonder volledig bedrag"
    # The records the command line lists: no total is not a total of 0.00.
    totals = {r["title"]: r["total_costs"] for r in trip_records(session)}
    assert totals == {"Werkbezoek Oslo": "100.00", "Zonder": None, "Voorgenomen": None}


def test_a_sum_of_nothing_known_is_unknown_and_of_nothing_at_all_zero() -> None:
    assert KnownSum().value == Decimal("0.00")
    assert KnownSum().plus(None).value is None
    assert KnownSum().plus(None, expected=False).value == Decimal("0.00")
    assert KnownSum().plus(None).plus(Decimal("2.50")).value == Decimal("2.50")
    assert missing_note(KnownSum().plus(Decimal(1)), Figure.AMOUNT) == ""


def total_costs(text: str) -> str:
    """The key figure 'Totale kosten (...)': its long label wraps in its cell, and the
    text comes out with the value between the label's lines."""
    match = re.search(
        r"Totale kosten \(reis en verblijf, overige (.*?) ?kosten en CO₂-compensatie\)", text
    )
    assert match, "no total costs in the key figures"
    return match[1]

"""The multi-year overview (issue 21): per year the trips carried out, their costs per
block with both totals, CO2, per traveller, destinations and the most visited countries;
the Rotterdam demo's 2024 is the annual overview's figure for figure, an empty year is
zeros and "onbekend", and a range it cannot cover is refused naming the option."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import update

from intzaken.domain.models import Trip
from intzaken.reports import ReportError, build_report
from intzaken.services.multi_year import years_figures
from intzaken.store.database import open_database

from .conftest import file_only, run_cli
from .pdf_reading import flat_text

PRINTED = dt.date(2025, 3, 1)


def written(location, target: Path, **params) -> dict:  # noqa: ANN001
    database = open_database(location)
    try:  # closed also when refused: a template left open cannot be copied on a server
        with database.sessions() as session:
            report = build_report("years", session, target, printed_on=PRINTED, **params)
    finally:
        database.close()
    return report.meta


def test_the_2024_column_is_the_annual_overviews_figures(
    demo_template: Callable[[str], Path], tmp_path: Path
) -> None:
    location = demo_template("rotterdam")
    database = open_database(location)
    with database.sessions() as session:
        annual = build_report("annual", session, tmp_path / "annual.pdf", year=2024)
        (year_2024,) = years_figures(session, 2024, 2024)
    database.close()
    sums = annual.meta["totals"].sums
    assert year_2024.trips == sums.trips == 32
    for name in (
        "travel_and_stay",
        "other_costs",
        "co2_offset",
        "co2_tonnes",
        "council_costs",
        "total_costs",
    ):
        assert getattr(year_2024, name).value == getattr(sums, name).value, name
    written(location, tmp_path / "years.pdf", first_year=2022, last_year=2024)
    text = flat_text(tmp_path / "years.pdf")
    # Both totals, named: the council report's (€ 130.001) and with the offset.
    assert "Raadstotaal" in text and "Totaal incl. compensatie" in text
    assert "2024 32 € 109.206,- € 20.795,- € 130.001,- € 1.239,54 € 131.240,54" in text
    # CO2, the 33 officials travelling (one trip had two), per traveller, destinations.
    assert "2024 278,19 33 € 3.939,42 8,43 19 27 België (7), Duitsland (5), Frankrijk (5)" in text
    # The questioned figures: one note per year and chart, the finding itself when it is
    # the only one, else how many the annual overview names: 4 costs, and 5 CO2 figures
    # (Nantes twice: its offset rate and its estimate; three more against their estimate).
    assert "2024: de plausibiliteitscontrole zet een vraagteken bij 4 cijfers van dit jaar" in text
    assert "2024: de plausibiliteitscontrole zet een vraagteken bij 5 cijfers van dit jaar" in text


def test_a_year_without_trips_is_there_with_zeros_and_unknown(
    demo_template: Callable[[str], Path], tmp_path: Path
) -> None:
    meta = written(demo_template("rotterdam"), tmp_path / "y.pdf", first_year=2022, last_year=2024)
    assert [row.year for row in meta["years"]] == [2022, 2023, 2024]
    text = flat_text(tmp_path / "y.pdf")
    assert "2023 0 € 0,- € 0,- € 0,- € 0,- € 0,-" in text
    # Nothing to divide: unknown per traveller, not € 0; no country visited.
    assert "2023 0,00 0 onbekend onbekend 0 0 geen" in text


def test_an_amount_nobody_recorded_is_unknown_not_zero(
    demo_copy: Callable[[str], Path], tmp_path: Path
) -> None:
    location = demo_copy("rotterdam")
    database = open_database(location)
    with database.sessions.begin() as session:
        session.execute(update(Trip).values(other_costs=None))
    database.close()
    written(location, tmp_path / "y.pdf", first_year=2024, last_year=2024)
    text = flat_text(tmp_path / "y.pdf")
    assert "2024 32 € 109.206,- onbekend € 109.206,- € 1.239,54 € 110.445,54" in text
    assert "2024, Overige kosten: 32 reizen zonder bedrag." in text


@pytest.mark.parametrize(
    ("first", "last", "message"),
    [
        (2025, 2020, "Vanaf jaar (--from) 2025 ligt na tot en met jaar (--to) 2020."),
        (
            1999,
            2024,
            "Vanaf jaar (--from) 1999 tot en met jaar (--to) 2024: het meerjarenoverzicht "
            "beslaat ten hoogste 25 jaren.",
        ),
    ],
)
def test_a_range_it_cannot_cover_is_refused_naming_the_option(
    demo_template: Callable[[str], Path], tmp_path: Path, first: int, last: int, message: str
) -> None:
    with pytest.raises(ReportError, match=message.replace("(", r"\(").replace(")", r"\)")):
        written(demo_template("rotterdam"), tmp_path / "y.pdf", first_year=first, last_year=last)
    assert not (tmp_path / "y.pdf").exists()


def test_command_line_with_preflight_strict_and_word(
    demo_template: Callable[[str], Path], tmp_path: Path
) -> None:
    path = file_only(demo_template("rotterdam"))
    target = tmp_path / "jaren.docx"
    code, out, err = run_cli(
        "--db", str(path), "report", "years", "--from", "2020", "--to", "2024",
        "--format", "docx", "--out", str(target),
    )  # fmt: skip
    assert code == 0, err
    assert "Nantes" in err  # the plausibility findings of its trips first
    assert "Meerjarenoverzicht geschreven naar" in out
    document = Document(str(target))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[:3] == ["Kosten per jaar", "CO₂, reizigers en bestemmingen per jaar", "Trends"]
    costs = document.tables[0]
    assert [c.text for c in costs.rows[0].cells][-2:] == [
        "CO₂-compensatie",
        "Totaal incl. compensatie",
    ]
    assert len(costs.rows) == 1 + 5 + 1  # header, 2020 to 2024, total
    refused = tmp_path / "refused.pdf"
    code, _out, err = run_cli(
        "--db", str(path), "report", "years", "--from", "2020", "--to", "2024",
        "--strict", "--out", str(refused),
    )  # fmt: skip
    assert code == 1 and "--strict" in err and not refused.exists()
    code, _out, err = run_cli(
        "--db", str(path), "report", "years", "--from", "2024", "--to", "2020",
        "--out", str(refused),
    )  # fmt: skip
    assert code == 1 and "--from" in err and "--to" in err and not refused.exists()

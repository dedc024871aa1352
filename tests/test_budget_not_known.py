"""A budget line whose amount no one knows yet: bookings count, nothing is left or
overrun, and the report says so instead of printing a false overrun against zero."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from intzaken.reports import build_report
from intzaken.services.budget import budget_use, create_budget_line, update_budget_line
from intzaken.services.data import BudgetEntryData, BudgetLineData
from intzaken.services.plausibility import plausibility_findings
from intzaken.store.database import open_database

from .pdf_reading import flat_text

PRINTED = dt.date(2026, 12, 3)


def test_a_line_without_an_amount_has_nothing_left_and_no_overrun(session: Session) -> None:
    line = create_budget_line(
        session,
        BudgetLineData(
            2025,
            "Ambtsreizen",
            None,
            entries=[BudgetEntryData("expense", dt.date(2025, 2, 1), "Tickets", Decimal("900"))],
        ),
    )
    use = next(u for u in budget_use(session, 2025) if u.line.id == line.id)
    assert (use.spent, use.left, use.used_fraction, use.overrun) == (
        Decimal("900.00"),
        None,
        None,
        False,
    )
    assert not [
        f for f in plausibility_findings(session, dt.date(2025, 3, 1)) if "Ambts" in f.subject
    ]
    # Known later: from then on it is measured against it.
    data = BudgetLineData(2025, "Ambtsreizen", Decimal("500.00"))
    update_budget_line(session, line.id, data)
    use = next(u for u in budget_use(session, 2025) if u.line.id == line.id)
    assert (use.left, use.overrun) == (Decimal("-400.00"), True)


def test_the_rotterdam_budget_report_prints_the_trips_on_a_budget_not_known(
    demo_template: Callable[[str], Path], tmp_path: Path
) -> None:
    database = open_database(demo_template("rotterdam"))
    path = tmp_path / "budget.pdf"
    with database.sessions() as session:
        report = build_report("budget", session, path, year=2024, printed_on=PRINTED)
    database.close()
    text = flat_text(path)
    # The name wraps in its cell: its second word follows the row's figures.
    assert "Buitenlandse ambtsreizen onbekend € 131.240,54 € 0,- - - college" in text
    assert "Totaal onbekend € 131.240,54 € 0,- - -" in text
    assert "Van 1 post is het begrote bedrag onbekend" in text
    assert "Geen enkele post is overschreden." in text
    assert "Boekingen per post" in text and text.count(" reis ") >= 32
    assert report.meta["unknown_budgets"] == 1 and report.meta["spent"] == Decimal("131240.54")


def test_the_almere_and_groningen_reports_show_their_example_bookings(
    demo_template: Callable[[str], Path], tmp_path: Path
) -> None:
    for profile, year, spent in (
        ("almere", 2022, Decimal("14600.00")),
        ("groningen", 2021, Decimal("276900.00")),
    ):
        database = open_database(demo_template(profile))
        path = tmp_path / f"{profile}.pdf"
        with database.sessions() as session:
            report = build_report("budget", session, path, year=year, printed_on=PRINTED)
        database.close()
        assert report.meta["spent"] == spent, profile
        assert "Voorbeeld:" in flat_text(path)

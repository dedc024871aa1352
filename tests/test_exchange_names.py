"""Names the import looks up are answered from memory until the import itself adds or
changes a record of that kind (exchange/names.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from intzaken.exchange.cells import CellError
from intzaken.exchange.names import SessionNames
from intzaken.services import budget
from intzaken.store.database import Database


def _line(session, name: str, year: int = 2024, code: str = "") -> budget.BudgetLine:  # noqa: ANN001
    return budget.create_budget_line(
        session, budget.BudgetLineData(year, name, Decimal("100.00"), code=code)
    )


def test_a_remembered_answer_follows_what_the_import_adds_and_changes(database: Database) -> None:
    with database.sessions.begin() as session:
        first = _line(session, "Werkbudget", code="WB")
        _line(session, "Werkbudget", 2025)
        names = SessionNames(session)
        assert names.budget_line_id("werkbudget", 2024) == first.id
        assert names.budget_line_id("WERKBUDGET", 2024) == first.id  # remembered
        assert names.budget_line_id("wb", 2024) == first.id  # by code

        named_wb = _line(session, "WB")  # a name comes before another line's code
        names.added(named_wb)
        assert names.budget_line_id("wb", 2024) == named_wb.id
        assert names.budget_line_id("werkbudget", 2024) == first.id

        budget.update_budget_line(
            session, first.id, budget.BudgetLineData(2024, "Reisbudget", Decimal("100.00"))
        )
        names.changed(type(first))
        assert names.budget_line_id("reisbudget", 2024) == first.id
        with pytest.raises(CellError, match="begrotingspost in 2024 'werkbudget' is onbekend"):
            names.budget_line_id("werkbudget", 2024)


def test_a_remembered_reference_follows_what_the_import_adds_and_changes(
    database: Database,
) -> None:
    from intzaken.domain.models import Official

    from .conftest import add_official

    with database.sessions.begin() as session:
        mayor = add_official(session, "Ahmed Aboutaleb")
        names = SessionNames(session)
        assert names.reference_id("official", "aboutaleb") == mayor  # by short name
        assert names.reference_id("official", "Ahmed Aboutaleb") == mayor
        named = session.get(Official, add_official(session, "Aboutaleb", "alderman"))
        names.added(named)  # a name comes before another official's short name
        assert names.reference_id("official", "aboutaleb") == named.id

        session.get(Official, mayor).name = "Ahmed Marcouch"
        session.flush()
        names.changed(Official)
        with pytest.raises(CellError, match="bestuurder 'Ahmed Aboutaleb' is onbekend"):
            names.reference_id("official", "Ahmed Aboutaleb")

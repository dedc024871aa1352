"""Money and CO2 stay exact through the database, sums included."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import StatementError

from intzaken.domain.models import BudgetLine
from intzaken.store.database import Database


def test_large_and_small_amounts_round_trip_exactly(database: Database) -> None:
    amounts = [Decimal("0.01"), Decimal("22360.00"), Decimal("1239.54"), Decimal("98765432109.99")]
    with database.sessions.begin() as session:
        for index, amount in enumerate(amounts):
            session.add(BudgetLine(year=2024, name=f"post {index}", amount=amount))
    with database.sessions() as session:
        stored = session.scalars(select(BudgetLine.amount).order_by(BudgetLine.id)).all()
        total = session.scalar(select(func.sum(BudgetLine.amount)))
    assert stored == amounts
    assert all(isinstance(a, Decimal) for a in stored)
    assert total == sum(amounts) == Decimal("98765455709.54")


def test_amount_with_fractions_of_a_cent_is_refused(database: Database) -> None:
    with database.sessions() as session:
        session.add(BudgetLine(year=2024, name="x", amount=Decimal("1.005")))
        with pytest.raises(StatementError):
            session.flush()


def test_float_is_refused(database: Database) -> None:
    with database.sessions() as session:
        session.add(BudgetLine(year=2024, name="x", amount=0.1))  # type: ignore[arg-type]
        with pytest.raises(StatementError):
            session.flush()

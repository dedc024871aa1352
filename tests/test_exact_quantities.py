"""Money and CO2 on their way into and out of the database: exact or refused, never
rounded in silence (the column types of domain/quantities.py, without a database)."""

from __future__ import annotations

import warnings
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.dialects import sqlite

from intzaken.domain.models import BudgetLine, Trip
from intzaken.domain.quantities import InexactQuantityError, Money, Tonnes


def test_money_is_stored_as_whole_cents_and_read_back_with_two_places() -> None:
    money = Money()
    assert money.process_bind_param(Decimal("1239.54"), None) == 123954
    assert money.process_bind_param(Decimal("-0.01"), None) == -1
    assert money.process_bind_param(Decimal("22360"), None) == 2236000
    assert money.process_bind_param(None, None) is None
    read = money.process_result_value(123954, None)
    assert read == Decimal("1239.54") and str(read) == "1239.54"
    assert str(money.process_result_value(2236000, None)) == "22360.00"
    assert money.process_result_value(None, None) is None


def test_co2_is_stored_as_whole_kilograms() -> None:
    tonnes = Tonnes()
    assert tonnes.process_bind_param(Decimal("23.325"), None) == 23325
    assert str(tonnes.process_result_value(23325, None)) == "23.325"
    with pytest.raises(InexactQuantityError, match=r"1\.0005 has more decimals than 0\.001"):
        tonnes.process_bind_param(Decimal("1.0005"), None)


@pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity")])
def test_a_value_that_is_not_a_number_is_refused(value: Decimal) -> None:
    with pytest.raises(InexactQuantityError, match="is not a finite number"):
        Money().process_bind_param(value, None)


def test_fractions_of_a_cent_and_floats_are_refused() -> None:
    with pytest.raises(InexactQuantityError) as refused:
        Money().process_bind_param(Decimal("1.005"), None)
    assert str(refused.value) == "1.005 has more decimals than 0.01"
    with pytest.raises(TypeError) as wrong:
        Money().process_bind_param(1.5, None)  # type: ignore[arg-type]
    assert str(wrong.value) == "expected Decimal, got float"


def test_queries_on_money_and_co2_columns_are_cached_without_warnings() -> None:
    # A type SQLAlchemy may not cache warns and recompiles every query that uses it.
    query = select(Trip.id).where(Trip.travel_and_stay > Decimal(1), Trip.co2_tonnes > 0)
    lines = select(BudgetLine.id).where(BudgetLine.amount > Decimal(1))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for statement in (query, lines):
            assert statement._generate_cache_key() is not None
            statement.compile(dialect=sqlite.dialect())

"""Exact money and CO2.

SQLite has no exact decimal type (SQLAlchemy binds `Numeric` as float there), so amounts are
stored as integer cents and CO2 as integer kilograms, and become `Decimal` at the edge of the
database. `SUM()` over these columns stays integer and so stays exact.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger
from sqlalchemy.types import TypeDecorator

from .units import CENT, KILOGRAM_IN_TONNES, from_units

__all__ = ["CENT", "KILOGRAM_IN_TONNES", "InexactQuantityError", "Money", "Tonnes", "from_units"]


class InexactQuantityError(ValueError):
    """A value has more decimals than its column can hold exactly."""


def _to_units(value: Decimal, unit: Decimal) -> int:
    if not isinstance(value, Decimal):
        raise TypeError(f"expected Decimal, got {type(value).__name__}")
    if not value.is_finite():
        raise InexactQuantityError(f"{value} is not a finite number")
    units = value / unit
    if units != units.to_integral_value():
        raise InexactQuantityError(f"{value} has more decimals than {unit}")
    return int(units)


class _ScaledDecimal(TypeDecorator[Decimal]):
    impl = BigInteger
    cache_ok = True
    unit: Decimal

    def process_bind_param(self, value: Decimal | None, dialect: Any) -> int | None:
        return None if value is None else _to_units(value, self.unit)

    def process_result_value(self, value: Any, dialect: Any) -> Decimal | None:
        return None if value is None else from_units(value, self.unit)


class Money(_ScaledDecimal):
    """Euros as `Decimal` with two places, stored as integer cents."""

    unit = CENT
    cache_ok = True


class Tonnes(_ScaledDecimal):
    """CO2 in tonnes as `Decimal` with three places, stored as integer kilograms."""

    unit = KILOGRAM_IN_TONNES
    cache_ok = True

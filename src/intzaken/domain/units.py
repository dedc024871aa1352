"""The units money and CO2 are stored in (integer cents and kilograms), without
SQLAlchemy: the window's lists read stored values before the ORM is loaded."""

from __future__ import annotations

from decimal import Decimal

CENT = Decimal("0.01")
KILOGRAM_IN_TONNES = Decimal("0.001")


def from_units(units: int, unit: Decimal) -> Decimal:
    """Stored integer units (cents, kilograms) as the exact Decimal they stand for."""
    return (Decimal(int(units)) * unit).quantize(unit)

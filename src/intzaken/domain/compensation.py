"""What the organisation pays to compensate a tonne of CO2, per year (issue 20).

Rotterdam's 2024 trips paid about EUR 14 a tonne; with the year's price a planned trip
shows its expected compensation beside its CO2 estimate.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Mapped, mapped_column

from .base import Base
from .quantities import Money


class CompensationPrice(Base):
    __tablename__ = "compensation_prices"

    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    price_per_tonne: Mapped[Decimal] = mapped_column(Money)

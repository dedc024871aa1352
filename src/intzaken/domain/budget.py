"""Budget lines per year, with the expenses and commitments booked on them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, enum_column
from .enums import BudgetEntryKind
from .identity import Tracked
from .quantities import Money
from .sourcing import Sourced


class BudgetLine(Sourced, Tracked, Base):
    __tablename__ = "budget_lines"
    __table_args__ = (UniqueConstraint("year", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(index=True)
    code: Mapped[str] = mapped_column(String(40), default="")
    name: Mapped[str] = mapped_column(String(200))
    # None: not known (no source gives it); spending on it is shown, "left" is not.
    amount: Mapped[Decimal | None] = mapped_column(Money)
    notes: Mapped[str] = mapped_column(Text, default="")

    entries: Mapped[list[BudgetEntry]] = relationship(
        back_populates="budget_line",
        cascade="all, delete-orphan",
        order_by="(BudgetEntry.date, BudgetEntry.id)",
    )


class BudgetEntry(Base):
    """An expense (money spent) or a commitment (money promised, not yet spent)."""

    __tablename__ = "budget_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    budget_line_id: Mapped[int] = mapped_column(
        ForeignKey("budget_lines.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[BudgetEntryKind] = mapped_column(enum_column(BudgetEntryKind))
    date: Mapped[dt.date]
    description: Mapped[str] = mapped_column(Text)
    amount: Mapped[Decimal] = mapped_column(Money)

    budget_line: Mapped[BudgetLine] = relationship(back_populates="entries")

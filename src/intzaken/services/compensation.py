"""The price paid to compensate a tonne of CO2, per year, and what a trip's estimate
will cost at it (issue 20: Rotterdam paid about EUR 14 a tonne for its 2024 trips)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.models import CompensationPrice, Trip
from ..i18n import _
from .checks import Checker
from .fields import field_label

CENTS = Decimal("0.01")


def compensation_prices(session: Session) -> dict[int, Decimal]:
    rows = session.scalars(select(CompensationPrice).order_by(CompensationPrice.year))
    return {row.year: row.price_per_tonne for row in rows}


def set_compensation_price(session: Session, year: int, price: Decimal | None) -> None:
    """Set the year's price per tonne; None removes it."""
    check = Checker()
    year_checked = check.year("year", year, required=True)
    amount = check.amount("price_per_tonne", price)
    check.done()
    assert year_checked is not None
    row = session.get(CompensationPrice, year_checked)
    if amount is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(CompensationPrice(year=year_checked, price_per_tonne=amount))
    else:
        row.price_per_tonne = amount
    session.flush()


def replace_compensation_prices(
    session: Session, rows: list[tuple[str | int | None, Decimal | None]]
) -> None:
    """The prices per year as a table gives them (year as typed, price): all at once;
    a year missing from `rows` loses its price."""
    check = Checker()
    prices: dict[int, Decimal] = {}
    seen: set[int] = set()
    for index, (year_text, price) in enumerate(rows):
        prefix = f"compensation_prices[{index}]"
        text = str(year_text or "").strip()
        year = int(text) if text.isdigit() else None
        if year is None:
            check.fail(
                f"{prefix}.year",
                _("{field}: give the year as four digits, such as 2024.").format(
                    field=field_label(f"{prefix}.year")
                ),
            )
        year = check.year(f"{prefix}.year", year)
        amount = check.amount(f"{prefix}.price_per_tonne", price, required=True)
        if year is not None and year in seen:
            check.fail(
                f"{prefix}.year",
                _("{field}: {year} has a price already.").format(
                    field=field_label(f"{prefix}.year"), year=year
                ),
            )
        if year is not None:
            seen.add(year)
            if amount is not None:
                prices[year] = amount
    check.done()
    for year in set(compensation_prices(session)) - set(prices):
        set_compensation_price(session, year, None)
    for year, amount in prices.items():
        set_compensation_price(session, year, amount)


def expected_compensation(session: Session, trip: Trip) -> Decimal | None:
    """The trip's estimate at its year's price; None when either is not known."""
    year = trip.start_date.year if trip.start_date is not None else None
    return compensation_for(session, trip.co2_estimate, year)


def compensation_for(session: Session, tonnes: Decimal | None, year: int | None) -> Decimal | None:
    """`tonnes` at the price of `year`; None when either is not known."""
    if tonnes is None or year is None:
        return None
    price = session.get(CompensationPrice, year)
    if price is None:
        return None
    return (tonnes * price.price_per_tonne).quantize(CENTS, ROUND_HALF_UP)

"""Dutch notation of amounts, CO2 and dates, through Babel (never by hand)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

LOCALE = "nl_NL"


def money(value: Decimal | None, *, whole: bool = False) -> str:
    """€ 1.239,54; with `whole`, € 22.360,- as the council reports print round amounts."""
    if value is None:
        return ""
    if whole and value == value.to_integral_value():
        text = format_currency(value, "EUR", format="¤ #,##0", currency_digits=False,
                               locale=LOCALE)
        return f"{text},-"
    return format_currency(value, "EUR", locale=LOCALE)


def tonnes(value: Decimal | None) -> str:
    """23,32 (at least two decimals, three where the value has them)."""
    if value is None:
        return ""
    return format_decimal(value, format="#,##0.00#", locale=LOCALE)


def long_date(value: dt.date | None) -> str:
    """27 januari 2024."""
    return "" if value is None else format_date(value, "d MMMM y", locale=LOCALE)


def month_year(value: dt.date | None) -> str:
    """januari 2024."""
    return "" if value is None else format_date(value, "MMMM y", locale=LOCALE)


def short_date(value: dt.date | None) -> str:
    """27-01-2024, as lists and tables show dates."""
    return "" if value is None else format_date(value, "dd-MM-y", locale=LOCALE)

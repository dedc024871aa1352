"""Dutch notation of amounts, CO2 and dates, through Babel (never by hand)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.dates import format_date, format_interval
from babel.numbers import format_currency, format_decimal, format_percent

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


def date_range(start: dt.date | None, end: dt.date | None, *, month_only: bool = False) -> str:
    """3–5 mrt 2025, 30 mrt – 2 apr 2025; with `month_only`, maart 2025 or maart–april 2025."""
    if start is None:
        return ""
    end = end or start
    skeleton = "yMMMM" if month_only else "yMMMd"
    return format_interval(start, end, skeleton, locale=LOCALE)


def percent(fraction: Decimal | None) -> str:
    """16%, 125% (whole percents: a chart label, not a figure for the accounts)."""
    return "" if fraction is None else format_percent(fraction, locale=LOCALE)


# A change against an earlier figure always carries its sign, so "+" and "−" (minus sign)
# read at a glance; zero has none. No-break spaces keep "€" with its amount.
_CHANGE_PATTERNS = {
    "money": "+¤\xa0#,##0.00;\u2212¤\xa0#,##0.00",
    "tonnes": "+#,##0.00#;\u2212#,##0.00#",
    "count": "+#,##0;\u2212#,##0",
}


def change(value: Decimal | int, kind: str = "money") -> str:
    """+€ 1.234,50, −€ 80,00, +2,25 (tonnes), −3 (count); zero without a sign."""
    if not value:
        if kind == "money":
            return money(Decimal("0.00"))
        return tonnes(Decimal("0.00")) if kind == "tonnes" else "0"
    pattern = _CHANGE_PATTERNS[kind]
    if kind == "money":
        return format_currency(value, "EUR", format=pattern, currency_digits=False,
                               locale=LOCALE)
    return format_decimal(value, format=pattern, locale=LOCALE)

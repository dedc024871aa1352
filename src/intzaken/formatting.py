"""Notation of amounts, CO2 and dates in the current language, through Babel (never by
hand): Dutch (nl_NL) unless a report or the command line chose English (en_GB)."""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal

from babel import Locale
from babel.dates import format_date, format_datetime
from babel.lists import format_list
from babel.numbers import format_currency, format_decimal, format_percent, parse_pattern

from .i18n import _, current_language, current_locale

# A Locale and parsed patterns rather than their texts: Babel parses a text again on every
# call, and a report of a thousand trips formats tens of thousands of figures.
# LOCALE is Dutch always: what reads Dutch input and writes Dutch workbooks uses it.
LOCALE = Locale.parse("nl_NL")  # str(LOCALE) == "nl_NL"
# Whole euros as each language prints round amounts: Dutch € 22.360,- (the minus after
# the sign, as CLDR's Dutch pattern has it: € -5.000,-), English €22,360.
_WHOLE_EUROS = {
    "nl": (parse_pattern("¤ #,##0;¤ -#,##0"), ",-"),
    "en": (parse_pattern("¤#,##0;-¤#,##0"), ""),
}
_ROUNDED_EUROS = parse_pattern("¤ #,##0")
_TONNES = parse_pattern("#,##0.00#")


def money(value: Decimal | None, *, whole: bool = False) -> str:
    """€ 1.239,54; with `whole`, € 22.360,- as the council reports print round amounts."""
    if value is None:
        return ""
    locale = current_locale()
    if whole and value == value.to_integral_value():
        pattern, suffix = _WHOLE_EUROS[current_language()]
        text = format_currency(value, "EUR", format=pattern, currency_digits=False, locale=locale)
        return f"{text}{suffix}"
    return format_currency(value, "EUR", locale=locale)


def money_rounded(value: Decimal | float | None) -> str:
    """€ 22.360: whole euros without the ",-", for chart axes and labels."""
    if value is None:
        return ""
    return format_currency(
        Decimal(str(value)).quantize(Decimal(1)),
        "EUR",
        format=_ROUNDED_EUROS,
        currency_digits=False,
        locale=current_locale(),
    )


def tonnes(value: Decimal | None) -> str:
    """23,32 (at least two decimals, three where the value has them)."""
    if value is None:
        return ""
    return format_decimal(value, format=_TONNES, locale=current_locale())


def number(value: Decimal | float | int | None, decimals: int = 2) -> str:
    """1.234,5: up to `decimals` decimals, none where they are zero (chart axes)."""
    if value is None:
        return ""
    pattern = "#,##0." + "#" * decimals if decimals else "#,##0"
    return format_decimal(Decimal(str(value)), format=pattern, locale=current_locale())


def date_time(value: dt.datetime | None) -> str:
    """25 november 2026 om 14:30, when a backup was made."""
    return (
        ""
        if value is None
        else format_datetime(value, _("d MMMM y 'at' HH:mm"), locale=current_locale())
    )


def short_date_time(value: dt.datetime | None) -> str:
    """25-11-2026 14:30:05, as the history lists its entries."""
    return (
        ""
        if value is None
        else format_datetime(value, _("dd/MM/y HH:mm:ss"), locale=current_locale())
    )


def long_date(value: dt.date | None) -> str:
    """27 januari 2024."""
    return "" if value is None else format_date(value, "d MMMM y", locale=current_locale())


def month_year(value: dt.date | None) -> str:
    """januari 2024."""
    return "" if value is None else format_date(value, "MMMM y", locale=current_locale())


def month_name(value: dt.date) -> str:
    """januari: the month of a calendar's row."""
    return format_date(value, "LLLL", locale=current_locale())


def weekday_letter(value: dt.date) -> str:
    """ma, di (Mo, Tu): a calendar's day column."""
    return format_date(value, "EEEEEE", locale=current_locale())


def day_month(value: dt.date | None) -> str:
    """4 december: a day of a year named elsewhere (a column "2025 t/m 4 december")."""
    return "" if value is None else format_date(value, "d MMMM", locale=current_locale())


def short_date(value: dt.date | None) -> str:
    """27-01-2024, as lists and tables show dates (27/01/2024 in English)."""
    return _short_date(value, current_language())


@functools.lru_cache(maxsize=65536)
def _short_date(value: dt.date | None, language: str) -> str:
    # Cached per language: a long list repeats its days.
    return "" if value is None else format_date(value, _("dd/MM/y"), locale=current_locale())


def weekday_date(value: dt.date | None) -> str:
    """zaterdag 27 januari 2024, as a programme names its days."""
    return "" if value is None else format_date(value, "EEEE d MMMM y", locale=current_locale())


def date_range(start: dt.date | None, end: dt.date | None) -> str:
    """27 januari t/m 3 februari 2024; 27 t/m 31 januari 2024; 24 januari 2024.

    Dutch official texts write "t/m" (tot en met) between the days and name a month or
    year only once where both ends share it, so the parts are formatted separately.
    """
    if start is None:
        return long_date(end)
    if end is None or end == start:
        return long_date(start)
    if start.year != end.year:
        first = long_date(start)
    elif start.month != end.month:
        first = format_date(start, "d MMMM", locale=current_locale())
    else:
        first = format_date(start, "d", locale=current_locale())
    return _("{first} to {last}").format(first=first, last=long_date(end))


def month_range(start: dt.date | None, end: dt.date | None) -> str:
    """maart 2025; juni t/m september 2025; for what is known only by its month."""
    if start is None:
        return month_year(end)
    if end is None or (end.year, end.month) == (start.year, start.month):
        return month_year(start)
    first = (
        format_date(start, "MMMM", locale=current_locale())
        if start.year == end.year
        else month_year(start)
    )
    return _("{first} to {last}").format(first=first, last=month_year(end))


def year_range(start: dt.date | None, end: dt.date | None) -> str:
    """2016; 2016 t/m 2017; for what is known only by its year."""
    if start is None:
        return "" if end is None else str(end.year)
    if end is None or end.year == start.year:
        return str(start.year)
    return _("{first} to {last}").format(first=start.year, last=end.year)


def period_range(start: dt.date | None, end: dt.date | None, precision: str) -> str:
    """A trip's dates as precisely as they are known: `precision` is a DatePrecision
    value ("day", "month" or "year")."""
    if precision == "year":
        return year_range(start, end)
    if precision == "month":
        return month_range(start, end)
    return date_range(start, end)


def period_start(value: dt.date | None, precision: str) -> str:
    """A start date as precisely as it is known: 27-01-2024, januari 2024 or 2024."""
    if value is None:
        return ""
    if precision == "year":
        return str(value.year)
    if precision == "month":
        return month_year(value)
    return short_date(value)


def period_date(value: dt.date | None, precision: str) -> str:
    """A date in words as precisely as it is known: 2 juli 2024, juli 2024 or 2024."""
    if value is None:
        return ""
    if precision == "year":
        return str(value.year)
    if precision == "month":
        return month_year(value)
    return long_date(value)


def percent(value: Decimal | None, *, decimals: int = 1) -> str:
    """72,5% for Decimal("0.725"); with decimals=0, 73% (a chart label)."""
    if value is None:
        return ""
    pattern = "#,##0." + "0" * decimals + "%" if decimals else "#,##0%"
    return format_percent(value, format=pattern, locale=current_locale())


def country_name(code: str, stored: str) -> str:
    """A country's name in the current language. The database keeps the Dutch name (CLDR),
    which Dutch text uses as it is; another language takes CLDR's name for the code."""
    if current_language() == "nl":
        return stored
    return current_locale().territories.get(code, stored)


def dutch_list(items: list[str]) -> str:
    """a, b en c (a, b and c in English)."""
    return format_list(items, locale=current_locale()) if items else ""


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
        return format_currency(
            value, "EUR", format=pattern, currency_digits=False, locale=current_locale()
        )
    return format_decimal(value, format=pattern, locale=current_locale())

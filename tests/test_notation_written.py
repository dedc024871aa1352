"""Figures and dates as a reader sees them, in Dutch and in English: every notation a
report, a chart or the history writes is pinned here to the character."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from intzaken import formatting
from intzaken.i18n import language_scope

NBSP = "\xa0"


def _nl(text: str) -> str:
    return text.replace(NBSP, " ")


def test_money_in_dutch_and_english() -> None:
    with language_scope("nl"):
        assert _nl(formatting.money(Decimal("1234.5"))) == "€ 1.234,50"
        assert _nl(formatting.money(Decimal("5.5"), whole=True)) == "€ 5,50"
        assert formatting.money(None) == ""
        assert formatting.money(None, whole=True) == ""
    with language_scope("en"):
        assert formatting.money(Decimal("1234.5")) == "€1,234.50"
        # English prints round amounts without the Dutch ",-".
        assert formatting.money(Decimal("22360"), whole=True) == "€22,360"
        assert formatting.money(Decimal("-5000"), whole=True) == "-€5,000"


def test_chart_axes_show_whole_euros() -> None:
    with language_scope("nl"):
        assert _nl(formatting.money_rounded(Decimal("22360.40"))) == "€ 22.360"
        assert _nl(formatting.money_rounded(2.6)) == "€ 3"
        assert formatting.money_rounded(None) == ""
    with language_scope("en"):
        assert formatting.money_rounded(Decimal("22360")) == "€ 22,360"


def test_tonnes_and_plain_numbers() -> None:
    with language_scope("nl"):
        assert formatting.tonnes(Decimal("23.3")) == "23,30"
        assert formatting.tonnes(Decimal("0.125")) == "0,125"
        assert formatting.tonnes(Decimal("1234.5")) == "1.234,50"
        assert formatting.tonnes(None) == ""
        assert formatting.number(Decimal("1234.5")) == "1.234,5"
        assert formatting.number(Decimal("1234.567")) == "1.234,57"
        assert formatting.number(Decimal("1234.567"), 1) == "1.234,6"
        assert formatting.number(Decimal("2.6"), 0) == "3"
        assert formatting.number(7) == "7"
        assert formatting.number(None) == ""
    with language_scope("en"):
        assert formatting.tonnes(Decimal("1234.5")) == "1,234.50"
        assert formatting.number(Decimal("1234.5")) == "1,234.5"


def test_dates_and_times_in_both_languages() -> None:
    moment = dt.datetime(2026, 11, 25, 14, 30, 5)
    day = dt.date(2024, 1, 27)
    with language_scope("nl"):
        assert formatting.date_time(moment) == "25 november 2026 om 14:30"
        assert formatting.short_date_time(moment) == "25-11-2026 14:30:05"
        assert formatting.long_date(day) == "27 januari 2024"
        assert formatting.month_year(day) == "januari 2024"
        assert formatting.short_date(day) == "27-01-2024"
        assert formatting.weekday_date(day) == "zaterdag 27 januari 2024"
    with language_scope("en"):
        assert formatting.date_time(moment) == "25 November 2026 at 14:30"
        assert formatting.short_date_time(moment) == "25/11/2026 14:30:05"
        assert formatting.short_date(day) == "27/01/2024"
        assert formatting.weekday_date(day) == "Saturday 27 January 2024"
    for empty in (
        formatting.date_time(None),
        formatting.short_date_time(None),
        formatting.long_date(None),
        formatting.month_year(None),
        formatting.short_date(None),
        formatting.weekday_date(None),
    ):
        assert empty == ""


def test_a_date_at_the_turn_of_the_year_keeps_its_calendar_year() -> None:
    # Babel's "Y" is the week-year: 30-12-2024 would print as 2025.
    with language_scope("nl"):
        assert formatting.short_date(dt.date(2024, 12, 30)) == "30-12-2024"
        assert formatting.long_date(dt.date(2024, 12, 30)) == "30 december 2024"


def test_ranges_with_an_end_missing_or_before_the_start() -> None:
    with language_scope("nl"):
        assert formatting.date_range(None, dt.date(2024, 2, 3)) == "3 februari 2024"
        assert formatting.date_range(None, None) == ""
        assert formatting.month_range(None, dt.date(2025, 3, 1)) == "maart 2025"
        assert formatting.month_range(dt.date(2025, 3, 1), None) == "maart 2025"
        # Same month, another year: both years are named.
        assert formatting.month_range(dt.date(2024, 3, 1), dt.date(2025, 3, 1)) == (
            "maart 2024 t/m maart 2025"
        )
        assert formatting.date_range(dt.date(2024, 1, 27), dt.date(2025, 1, 28)) == (
            "27 januari 2024 t/m 28 januari 2025"
        )
    with language_scope("en"):
        assert formatting.date_range(dt.date(2024, 1, 27), dt.date(2024, 2, 3)) == (
            "27 January to 3 February 2024"
        )


def test_percentages_for_labels() -> None:
    with language_scope("nl"):
        assert formatting.percent(Decimal("0.725")) == "72,5%"
        assert formatting.percent(Decimal("0.726"), decimals=0) == "73%"
        assert formatting.percent(Decimal("0.7256"), decimals=2) == "72,56%"
        assert formatting.percent(None) == ""


def test_country_names_and_lists_follow_the_language() -> None:
    with language_scope("nl"):
        assert formatting.country_name("DE", "Duitsland") == "Duitsland"
        assert formatting.dutch_list(["Rotterdam", "Shanghai", "Lyon"]) == (
            "Rotterdam, Shanghai en Lyon"
        )
        assert formatting.dutch_list([]) == ""
    with language_scope("en"):
        assert formatting.country_name("DE", "Duitsland") == "Germany"
        assert formatting.country_name("XX", "Onbekend") == "Onbekend"
        assert formatting.dutch_list(["a", "b", "c"]) == "a, b and c"


@pytest.mark.parametrize(
    ("value", "kind", "dutch", "english"),
    [
        (Decimal("1234.5"), "money", "+€\xa01.234,50", "+€\xa01,234.50"),
        (Decimal("-80"), "money", "\u2212€\xa080,00", "\u2212€\xa080.00"),
        (Decimal("0"), "money", "€\xa00,00", "€0.00"),
        (Decimal("2.25"), "tonnes", "+2,25", "+2.25"),
        (Decimal("-1.5"), "tonnes", "\u22121,50", "\u22121.50"),
        (Decimal("0"), "tonnes", "0,00", "0.00"),
        (-3, "count", "\u22123", "\u22123"),
        (1234, "count", "+1.234", "+1,234"),
        (0, "count", "0", "0"),
    ],
)
def test_a_change_in_the_history_carries_its_sign(
    value: Decimal | int, kind: str, dutch: str, english: str
) -> None:
    # The history shows "+€ 1.234,50": a sign, the euro sign, the amount (no "¤").
    with language_scope("nl"):
        assert formatting.change(value, kind) == dutch
    with language_scope("en"):
        assert formatting.change(value, kind) == english


def test_a_change_is_money_unless_said_otherwise() -> None:
    with language_scope("nl"):
        assert formatting.change(Decimal("5")) == "+€\xa05,00"


def test_dutch_text_keeps_the_stored_country_name() -> None:
    # The register may hold a name of its own (as the team writes it); Dutch shows it as
    # stored, English takes CLDR's name for the code.
    with language_scope("nl"):
        assert formatting.country_name("DE", "Bondsrepubliek Duitsland") == (
            "Bondsrepubliek Duitsland"
        )
    with language_scope("en"):
        assert formatting.country_name("DE", "Bondsrepubliek Duitsland") == "Germany"


def test_a_calendar_names_its_months_and_days_in_the_readers_language() -> None:
    """The calendar page's rows (months), day columns and the overview's "t/m 4 december"."""
    with language_scope("nl"):
        assert formatting.month_name(dt.date(2024, 3, 5)) == "maart"
        assert formatting.weekday_letter(dt.date(2024, 12, 2)) == "ma"  # a Monday
        assert formatting.day_month(dt.date(2025, 12, 4)) == "4 december"
        assert formatting.day_month(None) == ""
    with language_scope("en"):
        assert formatting.month_name(dt.date(2024, 3, 5)) == "March"
        assert formatting.weekday_letter(dt.date(2024, 12, 2)) == "Mo"
        assert formatting.day_month(dt.date(2025, 12, 4)) == "4 December"

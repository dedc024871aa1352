"""Dates as people write them: a month, a year alone, a two-digit year, a month's name in
Dutch or English. Written as the rules a user relies on, so a changed boundary or a
dropped line in parsing.py is caught (issue 24, the forms issue 18 added)."""

from __future__ import annotations

import datetime as dt

import pytest

from intzaken.parsing import Period, parse_date, parse_month, parse_period


@pytest.mark.parametrize(
    ("written", "first"),
    [
        ("1-2016", dt.date(2016, 1, 1)),
        ("12-2016", dt.date(2016, 12, 1)),
        ("12/2016", dt.date(2016, 12, 1)),
        ("2016-1", dt.date(2016, 1, 1)),
        ("2016-12", dt.date(2016, 12, 1)),
        ("oktober 2016", dt.date(2016, 10, 1)),
        ("okt. 2016", dt.date(2016, 10, 1)),
        ("October 2016", dt.date(2016, 10, 1)),
        ("  december\u00a0 2016 ", dt.date(2016, 12, 1)),
        ("0001-01", dt.date(1, 1, 1)),
    ],
)
def test_a_month_is_its_first_day(written: str, first: dt.date) -> None:
    assert parse_month(written) == first
    assert parse_period(written) == Period(first, "month")


@pytest.mark.parametrize("written", ["0-2016", "13-2016", "2016-0", "2016-13", "01-0000"])
def test_a_month_that_does_not_exist_is_refused(written: str) -> None:
    with pytest.raises(ValueError, match="is geen bestaande maand"):
        parse_month(written)


def test_a_year_alone_is_the_whole_year() -> None:
    assert parse_period("2016") == Period(dt.date(2016, 1, 1), "year")
    assert parse_period(" 2016\u00a0") == Period(dt.date(2016, 1, 1), "year")
    assert parse_period("0001") == Period(dt.date(1, 1, 1), "year")
    with pytest.raises(ValueError, match="'0000' is geen bestaand jaar"):
        parse_period("0000")


def test_a_day_stays_a_day_and_empty_is_nothing() -> None:
    assert parse_period("27-01-2024") == Period(dt.date(2024, 1, 27), "day")
    assert parse_period("   ") is None
    assert parse_month(" ") is None


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("10-3-00", dt.date(2000, 3, 10)),
        ("10-3-49", dt.date(2049, 3, 10)),
        ("10-3-50", dt.date(1950, 3, 10)),
        ("10-3-99", dt.date(1999, 3, 10)),
    ],
)
def test_a_two_digit_year_lies_within_the_century_around_us(written: str, day: dt.date) -> None:
    assert parse_date(written) == day


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("27 October 2024", dt.date(2024, 10, 27)),
        ("27 Oct 2024", dt.date(2024, 10, 27)),
        ("27 mrt. 2024", dt.date(2024, 3, 27)),
        ("27 augu 2024", dt.date(2024, 8, 27)),  # a prefix naming one month only
    ],
)
def test_a_months_name_in_dutch_or_english(written: str, day: dt.date) -> None:
    assert parse_date(written) == day


def test_a_word_that_names_no_month_is_refused() -> None:
    with pytest.raises(ValueError, match="'xyz' is geen maand"):
        parse_date("27 xyz 2024")

"""Reading Dutch amounts and dates: what we print we read back, and doubt is refused."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from babel.numbers import format_decimal
from hypothesis import given
from hypothesis import strategies as st

from intzaken.formatting import LOCALE, long_date, money, short_date, tonnes
from intzaken.parsing import parse_amount, parse_date, parse_time

amounts = st.decimals(
    min_value=Decimal("-1e12"),
    max_value=Decimal("1e12"),
    places=2,
    allow_nan=False,
    allow_infinity=False,
)
co2 = st.decimals(
    min_value=Decimal(0), max_value=Decimal("1e9"), places=3, allow_nan=False, allow_infinity=False
)
# A four-digit year is required (see parse_date), which is every year the forms allow.
dates = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("22.360,00", "22360"),
        ("€ 22.360,-", "22360"),
        ("€ 1.770,-", "1770"),
        ("1.770", "1770"),
        ("1770", "1770"),
        ("0,22", "0.22"),
        ("€0,22", "0.22"),
        ("1.239,54", "1239.54"),
        ("-5,00", "-5"),
        ("€ 22.360", "22360"),
        ("€\u00a0-1.234,50", "-1234.5"),
        ("-€ 1.234,-", "-1234"),
        ("  12,5 ", "12.5"),
        ("12,340", "12.34"),
        ("EUR 7", "7"),
        ("1.000.000,01", "1000000.01"),
        ("+€ 1.234,50", "1234.5"),
        ("\u2212€ 80,00", "-80"),
    ],
)
def test_dutch_amounts_are_read_exactly(text: str, expected: str) -> None:
    assert parse_amount(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "   ", "\u00a0"])
def test_an_empty_amount_is_none(text: str) -> None:
    assert parse_amount(text) is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("12,345", "'12,345' heeft meer dan 2 decimalen."),
        ("abc", "'abc' is geen bedrag."),
        ("1.23,00", "de punt scheidt groepen van drie cijfers"),
        ("12.34", "de punt scheidt groepen van drie cijfers"),
        ("1,770.00", "geen Nederlandse notatie"),
        ("1.770,00,-", "geen geldig bedrag"),
        ("--5", "geen bedrag"),
        ("+-5", "geen bedrag"),
        ("€", "geen bedrag"),
        ("€ €5", "geen bedrag"),
    ],
)
def test_doubtful_amounts_are_refused_in_dutch(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_amount(text)


def test_places_and_currency_are_the_callers_choice() -> None:
    assert parse_amount("1,770", places=3) == Decimal("1.770")
    with pytest.raises(ValueError, match="meer dan 3 decimalen"):
        parse_amount("1,7705", places=3)
    with pytest.raises(ValueError, match="euroteken"):
        parse_amount("€ 5", currency=False)


@given(amounts)
def test_money_is_read_back(value: Decimal) -> None:
    assert parse_amount(money(value)) == value
    assert parse_amount(money(value, whole=True)) == value


@given(amounts)
def test_babel_decimal_notation_is_read_back(value: Decimal) -> None:
    assert parse_amount(format_decimal(value, locale=LOCALE)) == value


@given(co2)
def test_tonnes_are_read_back(value: Decimal) -> None:
    assert parse_amount(tonnes(value), places=3, currency=False) == value


# Arbitrary text, and text made of the characters amounts and dates are written with, so
# that the examples also reach the deeper branches of the parsers.
texts = st.one_of(st.text(), st.text(alphabet="0123456789.,-/ €:ujanmrtEUR\u00a0\u2212"))


@given(texts)
def test_any_text_is_an_amount_or_a_value_error(text: str) -> None:
    try:
        parse_amount(text)
    except ValueError as error:
        assert str(error)


@pytest.mark.parametrize(
    "text",
    [
        "27-01-2024",
        "27-1-2024",
        "27/01/2024",
        "27.01.2024",
        "2024-01-27",
        "27 januari 2024",
        "27 jan 2024",
        "27 jan. 2024",
        "27 Januari 2024",
        " 27  januari  2024 ",
    ],
)
def test_dutch_dates_are_read(text: str) -> None:
    assert parse_date(text) == dt.date(2024, 1, 27)


def test_month_abbreviations_follow_cldr() -> None:
    assert parse_date("1 mrt 2025") == dt.date(2025, 3, 1)
    assert parse_date("1 sept 2025") == dt.date(2025, 9, 1)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("27 januari", "heeft geen jaartal"),
        ("31-02-2024", "'31-02-2024' is geen bestaande datum."),
        ("27-01-202", "jaartal voluit"),  # two digits are read (TWO_DIGIT_PIVOT)
        ("27 foo 2024", "'foo' is geen maand"),
        ("01/27/2024", "geen bestaande datum"),
        ("morgen", "is geen datum"),
    ],
)
def test_doubtful_dates_are_refused_in_dutch(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_date(text)


def test_an_empty_date_is_none() -> None:
    assert parse_date("  ") is None


@given(dates)
def test_printed_dates_are_read_back(value: dt.date) -> None:
    assert parse_date(short_date(value)) == value
    assert parse_date(long_date(value)) == value
    assert parse_date(value.isoformat()) == value


@given(texts)
def test_any_text_is_a_date_or_a_value_error(text: str) -> None:
    try:
        parse_date(text)
    except ValueError as error:
        assert str(error)


@pytest.mark.parametrize("text", ["09:30", "9:30", "9.30", "9u30", "0930", " 9:30 "])
def test_times_are_read(text: str) -> None:
    assert parse_time(text) == dt.time(9, 30)


def test_a_whole_hour_and_empty_time() -> None:
    assert parse_time("9") == dt.time(9, 0)
    assert parse_time("") is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("25:00", "geen bestaande tijd"),
        ("9:5", "geen tijd"),
        ("half tien", "geen tijd"),
    ],
)
def test_doubtful_times_are_refused_in_dutch(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_time(text)


@given(st.times())
def test_printed_times_are_read_back(value: dt.time) -> None:
    assert parse_time(value.strftime("%H:%M")) == value.replace(second=0, microsecond=0)


@given(texts)
def test_any_text_is_a_time_or_a_value_error(text: str) -> None:
    try:
        parse_time(text)
    except ValueError as error:
        assert str(error)

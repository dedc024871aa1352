"""Amounts as people type them: one sign, one euro sign, a clear refusal for the rest.

Beside test_parsing.py (what we print we read back), these pin the edges a slip of the
keyboard reaches: a euro sign typed twice, decimals without a leading zero, a sign on
both sides of the euro sign, and an abbreviated month that could be two months.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from intzaken.parsing import parse_amount, parse_date, parse_time


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (",50", "0.50"),  # what a calculator shows for half a euro
        ("€ ,50", "0.50"),
        ("5 €", "5"),
        ("5 EUR", "5"),
        ("-5 €", "-5"),
        ("€ +5", "5"),
        ("\u2013 5,00", "-5"),  # an en dash copied from Word
        ("1.234.567", "1234567"),
        ("12,300", "12.30"),  # trailing zeros beyond the cents say nothing more
        ("0,10", "0.1"),
    ],
)
def test_an_amount_a_dutch_reader_reads_without_doubt_is_read(text: str, expected: str) -> None:
    assert parse_amount(text) == Decimal(expected)


@pytest.mark.parametrize(
    "text",
    [
        "€ 5 €",  # the euro sign twice: a slip, not five euros
        "5 € €",
        "€ -5 €",
        "-€ -5",  # two minus signs
        "5,",
        ",",
        ",-",
        "-",
        "NaN",
        "Infinity",
        "1e3",
        "5,-,-",
        "1.000,50,-",
        "٣",  # an Arabic-Indic digit is a digit to Python, not on a Dutch form
    ],
)
def test_an_amount_in_doubt_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="bedrag|notatie|decimal"):
        parse_amount(text)


def test_the_sign_counts_once_and_a_plus_is_no_minus() -> None:
    assert parse_amount("+5") == Decimal(5)
    assert parse_amount("-5") == Decimal(-5)
    assert parse_amount("€ -5") == Decimal(-5)
    assert parse_amount("-€ 5") == Decimal(-5)


def test_round_amounts_in_council_notation() -> None:
    assert parse_amount("€ 22.360,--") == Decimal(22360)
    assert parse_amount("€ 22.360,\u2014") == Decimal(22360)
    assert parse_amount("22.360,\u2013") == Decimal(22360)
    # ",-" means no cents: cents after it cannot be meant.
    with pytest.raises(ValueError, match="geen bedrag"):
        parse_amount("5,50,-")


def test_the_refusal_explains_english_notation() -> None:
    with pytest.raises(ValueError) as refused:
        parse_amount("1,770.00")
    assert "Nederlandse notatie" in str(refused.value)
    assert "'1,770.00'" in str(refused.value)
    # A full stop alone in a wrong place is a grouping slip, not English notation.
    with pytest.raises(ValueError) as refused:
        parse_amount("1.77")
    assert "groepen van drie cijfers" in str(refused.value)
    with pytest.raises(ValueError) as refused:
        parse_amount("1.770,00 euro's")
    assert str(refused.value) == "'1.770,00 euro's' is geen bedrag."


def test_decimal_places_are_counted_exactly() -> None:
    assert parse_amount("1,5", places=1) == Decimal("1.5")
    assert parse_amount("1,50", places=1) == Decimal("1.5")
    with pytest.raises(ValueError) as refused:
        parse_amount("1,55", places=1)
    assert str(refused.value) == "'1,55' heeft meer dan 1 decimaal."
    assert parse_amount("7", places=0) == Decimal(7)
    # A CO2 field: a number without a euro sign, either way round.
    with pytest.raises(ValueError, match="euroteken"):
        parse_amount("5 €", currency=False)
    assert parse_amount("5", currency=False) == Decimal(5)


def test_the_message_quotes_the_text_as_the_user_sees_it() -> None:
    with pytest.raises(ValueError) as refused:
        parse_amount("  12\u00a0\u00a0abc ")
    assert str(refused.value) == "'12 abc' is geen bedrag."


def test_an_abbreviation_of_two_months_is_not_guessed() -> None:
    # "ju" could be juni or juli: refused rather than read as either.
    with pytest.raises(ValueError, match="'ju' kan juni of juli zijn"):
        parse_date("27 ju 2024")
    assert parse_date("27 jun 2024") == dt.date(2024, 6, 27)
    assert parse_date("27 jul 2024") == dt.date(2024, 7, 27)


def test_times_at_the_edges_of_the_day() -> None:
    assert parse_time("0000") == dt.time(0, 0)
    assert parse_time("23:59") == dt.time(23, 59)
    assert parse_time("9U30") == dt.time(9, 30)
    with pytest.raises(ValueError, match="'24:00' is geen bestaande tijd"):
        parse_time("24:00")
    with pytest.raises(ValueError, match="'9:60' is geen bestaande tijd"):
        parse_time("9:60")
    with pytest.raises(ValueError, match="'09300' is geen tijd"):
        parse_time("09300")


def test_surplus_zeros_are_not_kept_as_false_precision() -> None:
    # 12,340 is 12,34: stored and shown with two places, not as 12.340.
    assert str(parse_amount("12,340")) == "12.34"
    assert str(parse_amount("1,7700", places=3, currency=False)) == "1.770"


def test_a_month_by_its_first_three_letters() -> None:
    assert parse_date("27 maa 2024") == dt.date(2024, 3, 27)
    assert parse_date("27 sept. 2024") == dt.date(2024, 9, 27)


def test_a_time_message_quotes_the_text_as_the_user_sees_it() -> None:
    with pytest.raises(ValueError) as refused:
        parse_time(" 9\u00a0\u00a0uur ")
    assert str(refused.value) == "'9 uur' is geen tijd; schrijf bijvoorbeeld 09:30."

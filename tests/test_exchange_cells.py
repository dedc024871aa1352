"""Reading typed and text cells back into exact values (property-based)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intzaken.exchange import cells
from intzaken.exchange.problems import CellError

MONEY = st.decimals(
    min_value=0, max_value=Decimal("9999999999.99"), places=2, allow_nan=False, allow_infinity=False
)
TONNES = st.decimals(
    min_value=0, max_value=Decimal("999999.999"), places=3, allow_nan=False, allow_infinity=False
)


@given(MONEY)
def test_money_survives_excel_floats_and_dutch_text(value: Decimal) -> None:
    codec = cells.Money()
    assert codec.read(float(value), None, {}) == value  # as Excel gives a number back
    assert codec.read(codec.text(value, None), None, {}) == value  # as CSV holds it


@given(TONNES)
def test_tonnes_survive_floats_and_text(value: Decimal) -> None:
    codec = cells.Tonnes()
    assert codec.read(float(value), None, {}) == value
    assert codec.read(codec.text(value, None), None, {}) == value


@given(st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_dates_survive_cells_and_text(day: dt.date) -> None:
    codec = cells.Date()
    assert codec.read(dt.datetime.combine(day, dt.time()), None, {}) == day
    assert codec.read(codec.text(day, None), None, {}) == day


@given(st.text(max_size=300))
def test_text_is_read_or_refused_in_dutch(text: str) -> None:
    try:
        result = cells.plain_text(text)
    except CellError as exc:
        assert str(exc).startswith("de tekst")
    else:
        assert result == " ".join(text.split())


class _Text(str):
    """A str that plain_text does not take for the usual cell: its general checks."""


def _outcome(raw: object, **options: object) -> str:
    try:
        return "read: " + cells.plain_text(raw, **options)  # type: ignore[arg-type]
    except CellError as exc:
        return f"refused: {exc}"


@given(
    st.text(
        alphabet=st.characters(codec="utf-8") | st.sampled_from(" \t\r\n\u00a0\u200b\u00ad\u2028"),
        max_size=40,
    ),
    st.booleans(),
    st.integers(min_value=1, max_value=40),
)
def test_the_usual_cell_is_answered_as_the_general_checks_answer(
    text: str, multiline: bool, limit: int
) -> None:
    assert _outcome(text, limit=limit, multiline=multiline) == _outcome(
        _Text(text), limit=limit, multiline=multiline
    )


@pytest.mark.parametrize(
    "raw", [0.1 + 0.2, 1.005, float("nan"), float("inf"), True, dt.date(2024, 1, 1), "1,770.00"]
)
def test_money_refuses_what_is_not_an_exact_amount(raw: object) -> None:
    with pytest.raises(CellError):
        cells.Money().read(raw, None, {})


def test_destinations_are_read_as_countries_or_places_in_them(database) -> None:  # noqa: ANN001
    """A stop is a country alone (Myanmar (Birma) holds brackets itself) or a place with
    its country; an unknown one is refused naming what is unknown."""
    from intzaken.exchange.names import SessionNames

    codec = cells.Destinations()
    with database.sessions() as session:
        names = SessionNames(session)
        stops = codec.read("Myanmar (Birma); Oslo (Noorwegen); DE", names, {})
        assert [(s.country_code, s.place_id is not None) for s in stops] == [
            ("MM", False),
            ("NO", True),
            ("DE", False),
        ]
        for cell, message in [
            (
                "Atlantis",
                "'Atlantis' is geen bekend land (gebruik de Nederlandse naam, "
                "zoals 'Duitsland', of de landcode, zoals 'DE').",
            ),
            ("Oslo (Atlantis)", "'Atlantis' is geen bekend land"),
            ("Duitsland; Atlantis (", "'Atlantis (' is geen bekend land"),
        ]:
            with pytest.raises(CellError) as refused:
                codec.read(cell, names, {})
            assert str(refused.value).startswith(message), cell
        session.rollback()

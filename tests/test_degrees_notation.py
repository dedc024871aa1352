"""Coordinates as people type them: a Dutch decimal comma, or a point as maps write it."""

from __future__ import annotations

import pytest

from intzaken.parsing import parse_degrees


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("51,9225", 51.9225),
        ("51.9225", 51.9225),  # a map's notation: in degrees a point is never thousands
        (" -0,12574 ", -0.12574),
        ("4,48°", 4.48),
        ("−122,34775", -122.34775),  # the minus sign copied from a web page
        ("", None),
    ],
)
def test_degrees_are_read_in_either_notation(text: str, expected: float | None) -> None:
    assert parse_degrees(text) == expected


@pytest.mark.parametrize("text", ["vijf", "51,92,25", "51°55'", "€ 4"])
def test_anything_else_is_refused_with_an_example(text: str) -> None:
    with pytest.raises(ValueError, match="is geen aantal graden, zoals 51,9225"):
        parse_degrees(text)

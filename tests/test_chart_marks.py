"""A bar's label in the picture names at most three of its notes; the figures table under
the chart names every one (a large archive's year can question dozens of trips of one
official, and the label would run off the page)."""

from __future__ import annotations

from decimal import Decimal

from intzaken.reports.charts import Series
from intzaken.reports.content import Chart


def _chart(marks: list[tuple[int, str]]) -> Chart:
    return Chart(
        "Kosten per bestuurder",
        "Bestuurder",
        ["Brouwer", "De Boer"],
        [Series("Reis en verblijf", [Decimal(100), Decimal(200)])],
        value_text=str,
        marks=marks,
    )


def test_the_picture_names_three_notes_of_a_bar_and_the_table_all_of_them() -> None:
    chart = _chart([(0, "te duur")] * 5 + [(1, "te duur")] * 3)
    assert chart.drawing()["marked"] == {0: "1, 2, 3 …", 1: "6, 7, 8"}
    figures = chart.figures()
    assert [row[-1] for row in figures.rows] == ["1, 2, 3, 4, 5", "6, 7, 8"]
    assert len(chart.notes()) == 1 + 8


def test_a_chart_without_marks_marks_nothing() -> None:
    chart = _chart([])
    assert chart.drawing()["marked"] == {}
    assert chart.drawing()["marked_name"] == ""

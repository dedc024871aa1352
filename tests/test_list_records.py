"""The window's lists read trips with column queries; they must say what the full records say."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from intzaken.formatting import money
from intzaken.register_tables import COSTLY_FIELDS, DATE_FIELDS, cell
from intzaken.services.records import trip_list_records, trip_records
from intzaken.store.database import open_database
from intzaken.ui.register_model import RegisterModel, make_row


@pytest.mark.parametrize("year", [None, 2024])
def test_the_trips_list_records_agree_with_the_full_records(
        demo_template: Callable[[str], Path], year: int | None) -> None:
    database = open_database(demo_template("rotterdam"), daily_backup=False)
    try:
        with database.sessions() as session:
            light = trip_list_records(session, year)
            full = trip_records(session, year)
    finally:
        database.close()
    assert [r["id"] for r in light] == [r["id"] for r in full]
    assert len(light) == (32 if year == 2024 else 39)
    for short, whole in zip(light, full, strict=True):
        assert short == {key: whole[key] for key in short}


def test_amount_cells_are_formatted_when_shown_and_sorted_by_value(qtbot) -> None:  # noqa: ANN001
    fields = ["id", "title", "start_date", "travel_and_stay"]
    records = [{"id": 1, "title": "Brussel", "start_date": "2024-01-23",
                "travel_and_stay": "1239.54"},
               {"id": 2, "title": "Wenen", "start_date": "2024-03-01",
                "travel_and_stay": "980.00"},
               {"id": 3, "title": "Lissabon", "start_date": None, "travel_and_stay": None}]
    format_cell = lambda field, value: cell("trips", field, value)  # noqa: E731
    numeric = {"id", "travel_and_stay"}
    rows = [make_row(r, fields, numeric, DATE_FIELDS, format_cell, COSTLY_FIELDS)
            for r in records]
    assert [row.cells[3] for row in rows] == [None, None, None]  # not made yet

    model = RegisterModel(["Nr", "Titel", "Begin", "Reis en verblijf"], {3}, None, fields,
                          format_cell)
    model.set_rows(rows)
    model.sort(3)
    assert [model.row_id(r) for r in range(3)] == [2, 1, 3]  # by value, empty last
    assert model.data(model.index(1, 3), Qt.ItemDataRole.DisplayRole) == money(
        Decimal("1239.54"))
    assert model.data(model.index(2, 2), Qt.ItemDataRole.DisplayRole) == ""
    model.set_search("wenen 01-03-2024")  # text and dates are searched
    assert model.visible_count == 1


def test_one_records_findings_equal_those_of_the_whole_check(
        demo_template: Callable[[str], Path]) -> None:
    from intzaken.services.plausibility import (
        plausibility_findings,
        record_findings,
        trip_norms,
    )

    today = dt.date(2025, 1, 15)
    database = open_database(demo_template("rotterdam"), daily_backup=False)
    try:
        with database.sessions() as session:
            everything = plausibility_findings(session, today)
            norms = trip_norms(session)
            assert everything, "the demo has findings to compare"
            for register, record_id in {(f.register, f.record_id) for f in everything}:
                expected = [f for f in everything
                            if (f.register, f.record_id) == (register, record_id)]
                assert record_findings(session, register, record_id, today, norms) == expected
    finally:
        database.close()

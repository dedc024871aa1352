"""The window's trips list reads raw rows; they must say what the full records say."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from sqlalchemy import event

from intzaken.formatting import money
from intzaken.services import relation_listing, trip_listing
from intzaken.services.records import relation_records
from intzaken.services.trip_records import trip_records
from intzaken.store.database import open_database
from intzaken.ui.list_columns import list_columns
from intzaken.ui.register_model import Listing, RegisterModel, _reversed_keeping_ties
from intzaken.ui.registers import register_specs


def test_the_trips_list_rows_agree_with_the_full_records(
    demo_template: Callable[[str], Path],
) -> None:
    database = open_database(demo_template("rotterdam"), daily_backup=False)
    try:
        with database.sessions() as session:
            rows = trip_listing.trip_list_rows(session)
            first = trip_listing.trip_list_rows(session, 5)  # another query on PostgreSQL
            newest = trip_listing.trip_list_rows(session, 5, newest_first=True)
            officials = trip_listing.travelling_officials(session)
            countries = trip_listing.destination_countries(session)
            full = trip_records(session)
    finally:
        database.close()
    assert len(rows) == 40

    def unpacked(row: tuple) -> tuple:
        raw = dict(zip(trip_listing.TRIP_LIST_FIELDS, row, strict=True))
        return (
            *row[:5],
            trip_listing.destination_names(raw["destinations"]),
            trip_listing.travellers(raw["travellers"]),
            *row[7:],
        )

    assert [unpacked(row) for row in first] == [unpacked(row) for row in rows[:5]]
    # The window opens the list newest first: those are the same rows as the list's last.
    newest_of_all = sorted(rows, key=lambda row: row[1] or "", reverse=True)[:5]
    assert [unpacked(row) for row in newest] == [unpacked(row) for row in newest_of_all]
    assert [row[0] for row in rows] == [r["id"] for r in full]  # the same order
    for row, whole in zip(rows, full, strict=True):
        raw = dict(zip(trip_listing.TRIP_LIST_FIELDS, row, strict=True))
        assert {key: raw[key] for key in ("id", "start_date", "end_date", "status", "title")} == {
            key: whole[key] for key in ("id", "start_date", "end_date", "status", "title")
        }
        assert trip_listing.destination_names(raw["destinations"]) == [
            d["place"] or d["country"] for d in whole["destinations"]
        ]
        assert trip_listing.travellers(raw["travellers"]) == [
            (t["official_id"], t["lead"], t["name"]) for t in whole["travellers"]
        ]
        for field in ("travel_and_stay", "other_costs"):
            expected = whole[field] and Decimal(whole[field])
            assert trip_listing.euros(raw[field]) == expected
        assert trip_listing.tonnes(raw["co2_tonnes"]) == (
            whole["co2_tonnes"] and Decimal(whole["co2_tonnes"])
        )
        for destination in whole["destinations"]:
            assert trip_listing.goes_to(raw["destinations"], destination["country_code"])
        for traveller in whole["travellers"]:
            assert trip_listing.travelled_by(raw["travellers"], traveller["official_id"])
        assert not trip_listing.goes_to(raw["destinations"], "XX")
        assert not trip_listing.travelled_by(raw["travellers"], 10_000)
    assert {o for o, _ in officials} == {t["official_id"] for r in full for t in r["travellers"]}
    assert {c for c, _ in countries} == {d["country_code"] for r in full for d in r["destinations"]}


def test_the_relations_list_rows_agree_with_the_full_records(
    demo_template: Callable[[str], Path],
) -> None:
    database = open_database(demo_template("rotterdam"), daily_backup=False)
    try:
        with database.sessions() as session:
            rows = relation_listing.relation_list_rows(session)
            full = relation_records(session)
    finally:
        database.close()
    assert len(rows) == len(full) > 10
    for row, whole in zip(rows, full, strict=True):  # the same order too
        raw = dict(zip(relation_listing.RELATION_LIST_FIELDS, row, strict=True))
        assert {key: value for key, value in raw.items() if key != "themes"} == {
            key: whole[key] for key in raw if key != "themes"
        }
        assert relation_listing.theme_names(raw["themes"]) == whole["themes"]
    assert any(r["themes"] for r in full)


def test_cells_are_formatted_when_shown_and_amounts_sorted_by_value(
    qtbot, demo_template: Callable[[str], Path]
) -> None:  # noqa: ANN001
    spec = next(s for s in register_specs() if s.name == "trips")
    model = RegisterModel(list_columns(spec))
    fields = trip_listing.TRIP_LIST_FIELDS
    blank = (None,) * (len(fields) - 5)
    listing = Listing(
        fields,
        [
            (1, "2024-01-23", "2024-01-24", "done", "Brussel", *blank[:2], 123954, None, None, ""),
            (2, "2024-03-01", "2024-03-02", "done", "Wenen", *blank[:2], 98000, None, None, ""),
            (3, None, None, "planned", "Lissabon", *blank[:2], None, None, None, ""),
        ],
    )
    model.set_listing(listing)
    assert model._texts == {}  # nothing formatted before the view asks
    column = [c.field for c in model._columns].index("travel_and_stay")
    model.sort(column)
    assert [model.row_id(r) for r in range(3)] == [2, 1, 3]  # by value, empty last
    model.sort(column, Qt.SortOrder.DescendingOrder)
    assert [model.row_id(r) for r in range(3)] == [1, 2, 3]  # empty still last
    assert model.data(model.index(0, column), Qt.ItemDataRole.DisplayRole) == money(
        Decimal("1239.54")
    )
    assert model.data(model.index(2, column), Qt.ItemDataRole.DisplayRole) == ""
    model.set_search("wenen 01-03-2024")  # text and dates are searched
    assert model.visible_count == 1 and model.row_id(0) == 2
    model.set_search("980")  # amounts are not
    assert model.visible_count == 0


def test_one_records_findings_equal_those_of_the_whole_check(
    demo_template: Callable[[str], Path],
) -> None:
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
                expected = [
                    f for f in everything if (f.register, f.record_id) == (register, record_id)
                ]
                assert record_findings(session, register, record_id, today, norms) == expected
    finally:
        database.close()


@given(st.lists(st.sampled_from(["a", "b", "c", None]), max_size=40))
def test_descending_from_ascending_equals_a_descending_sort(values: list[str | None]) -> None:
    keys = values
    filled = [i for i, key in enumerate(keys) if key is not None]
    ascending = sorted(filled, key=keys.__getitem__)
    assert _reversed_keeping_ties(ascending, keys) == sorted(
        filled, key=keys.__getitem__, reverse=True
    )


def test_listing_every_trip_reads_a_few_batches_not_a_query_per_trip(
    demo_template: Callable[[str], Path],
) -> None:
    # `intzaken list trips` on the demo ran 384 queries before (each trip's programme,
    # legs, stays, ... read when first touched); batches keep it the same for any number.
    database = open_database(demo_template("rotterdam"), daily_backup=False)
    statements: list[str] = []
    try:
        with database.sessions() as session:
            engine = session.get_bind()
            listen = event.listens_for(engine, "before_cursor_execute")
            listen(lambda _c, _cur, statement, *_rest: statements.append(statement))
            records = trip_records(session)
    finally:
        database.close()
    assert len(records) == 40
    assert sum(len(r["programme"]) for r in records) == 12  # the batches hold the content
    assert len(statements) <= 25  # one batch per kind of detail (22), not per trip

"""Issue 19, "Lists that fit": the register lists at the default window size, as the team
reads them (Rotterdam demo, the window in Dutch)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from intzaken.formatting import money, tonnes
from intzaken.services.trip_listing import euros
from intzaken.services.trip_listing import tonnes as trip_tonnes
from intzaken.ui.main_window import MainWindow
from intzaken.ui.register_page import RegisterPage
from intzaken.ui.window.layout import save_layout


def _shown(window: Any, register: str, width: int = 1280, height: int = 800) -> RegisterPage:
    window.resize(width, height)
    window.show_page(register)
    QApplication.processEvents()
    page = window.register_pages[register]
    assert isinstance(page, RegisterPage)
    return page


def _column(page: RegisterPage, field: str) -> int:
    return next(n for n, column in enumerate(page.columns) if column.field == field)


def _cells(page: RegisterPage, field: str) -> list[str]:
    column = _column(page, field)
    return [page.model.cell_text(row, column) for row in range(page.model.visible_count)]


def _right_edge(page: RegisterPage, field: str) -> int:
    header = page.table.horizontalHeader()
    column = _column(page, field)
    return header.sectionViewportPosition(column) + header.sectionSize(column)


# --- counts --------------------------------------------------------------------------------


def test_the_count_says_what_it_counts_in_the_list_and_the_status_bar(window, qtbot) -> None:  # noqa: ANN001
    trips = _shown(window, "trips")
    assert trips.count.text() == "40 reizen"
    assert window.statusBar().currentMessage() == "40 reizen"

    trips.search.setText("Shanghai")
    shown = trips.model.visible_count
    assert 1 < shown < 40
    assert trips.count.text() == f"{shown} van 40 reizen"
    assert window.statusBar().currentMessage() == f"{shown} van 40 reizen"

    trips.search.setText("Vervolgmissie Shanghai")  # the one planned mission
    assert trips.count.text() == "1 van 40 reizen"
    budget = _shown(window, "budget")
    assert budget.count.text() == "2 begrotingsposten"
    assert window.statusBar().currentMessage() == "2 begrotingsposten"


def test_one_record_is_counted_in_the_singular(window) -> None:  # noqa: ANN001
    budget = _shown(window, "budget")
    budget.set_filter("year", 2024)
    assert budget.count.text() == "1 van 2 begrotingsposten"
    budget.model.set_listing(
        type(budget.model.listing)(budget.model.listing.fields, budget.model.listing.rows[:1])
    )
    budget.update_count()
    assert budget.count.text() == "1 begrotingspost"


# --- totals --------------------------------------------------------------------------------


def test_the_trips_totals_add_up_what_the_search_and_filters_leave(window) -> None:  # noqa: ANN001
    trips = _shown(window, "trips")
    bar = trips.totals_bar
    assert bar is not None and bar.isVisible()
    listing = trips.model.listing
    costs = sum(v for v in listing.values("travel_and_stay") if v is not None)
    co2 = sum(v for v in listing.values("co2_tonnes") if v is not None)
    column = _column(trips, "travel_and_stay")
    assert bar.totals.text(column) == money(euros(costs))
    assert bar.totals.text(_column(trips, "co2_tonnes")) == tonnes(trip_tonnes(co2))
    assert bar.totals.text(column - 1) == "Totaal"

    trips.set_filter("year", 2024)
    in_2024 = [
        row[listing.position["travel_and_stay"]] or 0
        for row in listing.rows
        if row[listing.position["start_date"]].startswith("2024")
    ]
    assert bar.totals.text(column) == money(euros(sum(in_2024)))
    trips.search.setText("Hamburg")
    shown = {trips.model.row_id(row) for row in range(trips.model.visible_count)}
    hamburg = [
        row[listing.position["travel_and_stay"]] or 0 for row in listing.rows if row[0] in shown
    ]
    assert len(hamburg) >= 2
    assert bar.totals.text(column) == money(euros(sum(hamburg)))


def test_the_totals_line_is_not_a_row_and_a_sort_leaves_it_as_it_is(window) -> None:  # noqa: ANN001
    trips = _shown(window, "trips")
    bar = trips.totals_bar
    assert bar is not None
    before = [bar.totals.text(column) for column in range(len(trips.columns))]
    rows = trips.model.visible_count
    trips.table.sortByColumn(_column(trips, "travel_and_stay"), Qt.SortOrder.DescendingOrder)
    assert [bar.totals.text(column) for column in range(len(trips.columns))] == before
    assert trips.model.visible_count == rows == 40  # no extra row to sort, search or open
    assert "Totaal" not in _cells(trips, "travellers")


def test_the_budget_adds_up_its_amounts_and_lists_without_amounts_have_no_totals(window) -> None:  # noqa: ANN001
    budget = _shown(window, "budget")
    assert budget.totals_bar is not None
    spent = sum(Decimal(v) for v in budget.model.listing.values("spent") if v is not None)
    assert budget.totals_bar.totals.text(_column(budget, "spent")) == money(spent)
    # Every budget of the demo is unknown: no total of zero for them.
    assert budget.totals_bar.totals.text(_column(budget, "amount")) == ""
    for register in ("relations", "networks", "agreements", "officials"):
        assert _shown(window, register).totals_bar is None


# --- columns -------------------------------------------------------------------------------


def test_text_columns_take_the_room_and_numbers_fit_their_content(window) -> None:  # noqa: ANN001
    budget = _shown(window, "budget")
    header = budget.table.horizontalHeader()
    line, left = _column(budget, "name"), _column(budget, "left")
    assert header.sectionSize(line) > 3 * header.sectionSize(left)
    metrics = budget.table.fontMetrics()
    for text in _cells(budget, "name"):
        assert metrics.horizontalAdvance(text) < header.sectionSize(line)  # not "Economie bu…"
    # The amounts as wide as their content (and total), not half the screen.
    spent = _column(budget, "spent")
    assert header.sectionSize(spent) >= budget.table.sizeHintForColumn(spent)
    assert header.sectionSize(spent) < metrics.horizontalAdvance("M") * 12
    assert _right_edge(budget, "left") <= budget.table.viewport().width()


def test_the_trips_list_opens_newest_first_with_costs_and_co2_in_view(window) -> None:  # noqa: ANN001
    trips = _shown(window, "trips")
    starts = [text for text in trips.model.listing.values("start_date") if text]
    first_id = trips.model.row_id(0)
    newest = max(starts)
    start_column = trips.model.listing.position["start_date"]
    first = next(row for row in trips.model.listing.rows if row[0] == first_id)
    assert first[start_column] == newest
    assert _right_edge(trips, "co2_tonnes") <= trips.table.viewport().width()
    assert trips.table.horizontalScrollBar().maximum() == 0
    assert _right_edge(trips, "travel_and_stay") <= trips.table.viewport().width()


def test_wider_window_gives_text_the_room(window) -> None:  # noqa: ANN001
    trips = _shown(window, "trips")
    header = trips.table.horizontalHeader()
    title, costs = _column(trips, "title"), _column(trips, "travel_and_stay")
    narrow_title, narrow_costs = header.sectionSize(title), header.sectionSize(costs)
    _shown(window, "trips", 1920, 1080)
    assert header.sectionSize(title) > narrow_title
    assert header.sectionSize(costs) == narrow_costs
    assert _right_edge(trips, "co2_tonnes") <= trips.table.viewport().width()


def test_widths_the_user_sets_are_kept_and_restored_per_list(window, qtbot) -> None:  # noqa: ANN001
    trips = _shown(window, "trips")
    header = trips.table.horizontalHeader()
    title = _column(trips, "title")
    header.resizeSection(title, 333)  # as a drag of the heading's edge does
    assert trips.widths_chosen
    window.resize(1600, 900)
    QApplication.processEvents()
    assert header.sectionSize(title) == 333  # not fitted again
    budget = window.register_pages["budget"]
    budget.table.horizontalHeader().resizeSection(_column(budget, "name"), 111)
    budget.widths_chosen = False  # as if saved by an earlier version, never chosen
    save_layout(window)

    again = MainWindow(window.workspace, window.settings)
    try:
        pages = [again.register_pages[name] for name in ("trips", "budget")]
        with qtbot.waitSignals([page.loaded for page in pages], timeout=10000):
            pass
        assert pages[0].widths_chosen
        assert pages[0].table.horizontalHeader().sectionSize(title) == 333
        assert not pages[1].widths_chosen  # fitted again: not the user's
        assert pages[1].table.horizontalHeader().sectionSize(_column(budget, "name")) != 111
    finally:
        again.close()
        again.deleteLater()


# --- dates ---------------------------------------------------------------------------------


def test_terms_of_office_show_their_dates_as_lists_do(window) -> None:  # noqa: ANN001
    officials = _shown(window, "officials")
    terms = _cells(officials, "terms")
    assert "burgemeester 05-01-2009 – 01-10-2024" in terms
    assert not any("2009-01-05" in text for text in terms)
    agreements = _shown(window, "agreements")
    assert all(
        text == "" or (len(text) == 10 and text[2] == text[5] == "-")
        for text in _cells(agreements, "signed_on")
    )

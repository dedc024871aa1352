"""The overview page compares the year's CO2 with the previous year's (issue 20): reported
and estimated, per traveller and the offset paid, the difference in sign and words, and
unknown figures said as unknown. Through the service and through the window."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

import pytest

from intzaken.domain.enums import TripStatus
from intzaken.formatting import money, tonnes
from intzaken.i18n import language_scope
from intzaken.services.snapshots import trip_data
from intzaken.services.trips import list_trips, update_trip
from intzaken.services.year_figures import difference_text, year_comparison

from .test_dashboard import open_workspace, shown_page  # noqa: F401 - the page's fixture

LATER_TODAY = dt.date(2026, 6, 1)  # every Rotterdam trip lies in the past


@pytest.mark.parametrize(
    ("this", "last", "kind", "dutch", "english"),
    [
        (Decimal("2.500"), Decimal("1.250"), "tonnes", "+1,25 meer", "+1.25 more"),
        (Decimal("0.100"), Decimal("0.350"), "tonnes", "\u22120,25 minder", "\u22120.25 less"),
        (Decimal("12.00"), Decimal("12.00"), "money", "gelijk", "the same"),
        (Decimal("14.00"), Decimal("4.50"), "money", "+€\xa09,50 meer", "+€\xa09.50 more"),
        (None, Decimal("1.000"), "tonnes", "onbekend", "unknown"),
        (3, 5, "count", "\u22122 minder", "\u22122 less"),
    ],
)
def test_a_difference_is_said_in_sign_and_words(
    this: Decimal | int | None, last: Decimal | int | None, kind: str, dutch: str, english: str
) -> None:
    with language_scope("nl"):
        assert difference_text(this, last, kind) == dutch
    with language_scope("en"):
        assert difference_text(this, last, kind) == english


def _done(trips, year):  # type: ignore[no-untyped-def]
    return [t for t in trips if t.status is TripStatus.DONE and t.start_date.year == year]


def test_the_service_sums_the_year_s_co2_as_a_direct_computation(open_workspace) -> None:  # noqa: F811
    workspace = open_workspace("rotterdam", LATER_TODAY)
    with workspace.reading() as session:
        trips = list_trips(session)
        comparison = year_comparison(session, 2025, LATER_TODAY)
        done_2024 = _done(trips, 2024)
        travellers = sum(len(t.travellers) for t in done_2024)
        estimated = [t.co2_estimate for t in done_2024 if t.co2_estimate is not None]
        co2 = sum((t.co2_tonnes or Decimal(0) for t in done_2024), Decimal(0))
    last = comparison.done_last_year
    # The report on 2024 gives 278,19 t and € 1.239,54 of offset for its 32 trips.
    assert last.trips == len(done_2024) == 32
    assert last.co2.value == co2 == Decimal("278.19")
    assert last.co2_offset.value == Decimal("1239.54")
    assert last.travellers == travellers
    assert last.co2_per_traveller == (Decimal("278.19") / travellers).quantize(
        Decimal("0.001"), ROUND_HALF_UP
    )
    # The estimate: what the trips with a journey were estimated at; the others counted.
    assert last.co2_estimate.value == sum(estimated, Decimal(0))
    assert last.co2_estimate.missing == len(done_2024) - len(estimated) > 0
    # 2025 has no trip made yet, and its plans carry no reported CO2: unknown, not 0.
    this, planned = comparison.done_this_year, comparison.planned_this_year
    assert this.trips == 0 and this.co2_per_traveller is None
    assert planned.co2.value is None and planned.co2_offset.value is None
    assert planned.co2_estimate.value is not None and planned.co2_estimate.value > 0


def test_the_page_shows_2024_against_2023_with_the_differences_in_words(
    qtbot,
    open_workspace,  # noqa: F811
) -> None:
    page = shown_page(qtbot, open_workspace("rotterdam", LATER_TODAY))
    assert page.year.currentText() == "2024"
    cells = {key: [label.text() for label in labels] for key, labels in page.figures.cells.items()}
    # 2023 has no trip in the demo: nothing to compare with, and the page says so.
    assert cells["co2"][:3] == [tonnes(Decimal(0)), tonnes(Decimal("278.19")), "+278,19 meer"]
    assert cells["co2_offset"][:3] == [
        money(Decimal(0)),
        money(Decimal("1239.54")),
        "+€\xa01.239,54 meer",
    ]
    assert cells["co2_per_traveller"][0] == "onbekend"  # no travellers in 2023
    assert cells["co2_per_traveller"][2] == "onbekend"
    assert cells["co2_estimate"][2].endswith(" meer")
    notes = page.figures.missing.text()
    assert "2023 done: no trips made are recorded" in notes
    assert "reizen zonder CO₂-schatting" in notes  # three 2024 trips have no journey


def test_the_page_shows_2025_against_the_whole_of_2024(qtbot, open_workspace) -> None:  # noqa: F811
    workspace = open_workspace("rotterdam", LATER_TODAY)
    page = shown_page(qtbot, workspace)
    years = [page.year.itemText(i) for i in range(page.year.count())]
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.year.setCurrentIndex(years.index("2025"))
        page.year.activated.emit(years.index("2025"))
    cells = {key: [label.text() for label in labels] for key, labels in page.figures.cells.items()}
    # Nothing made in 2025: its CO2 is 0 t of 0 trips, so 278,19 t less; per traveller
    # is unknown, and so is its difference.
    assert cells["co2"][:3] == [
        tonnes(Decimal("278.19")),
        tonnes(Decimal(0)),
        "\u2212278,19 minder",
    ]
    assert cells["co2_per_traveller"][1:3] == ["onbekend", "onbekend"]
    # The planned trips: an estimate from their routes, no reported CO2 nor offset yet.
    with workspace.reading() as session:
        planned = year_comparison(session, 2025, LATER_TODAY).planned_this_year
    assert cells["co2_estimate"][3] == tonnes(planned.co2_estimate.known)
    assert cells["co2"][3] == "onbekend" and cells["co2_offset"][3] == "onbekend"


def test_a_changed_figure_changes_the_comparison(qtbot, open_workspace) -> None:  # noqa: F811
    workspace = open_workspace("rotterdam", LATER_TODAY)
    with workspace.writing("trips") as session:
        nantes = next(t for t in list_trips(session) if t.co2_tonnes == Decimal("190.9"))
        data = trip_data(nantes)
        data.co2_tonnes = Decimal("0.19")  # the typing slip corrected
        update_trip(session, nantes.id, data)
    page = shown_page(qtbot, workspace)
    cells = {key: [label.text() for label in labels] for key, labels in page.figures.cells.items()}
    assert cells["co2"][1] == tonnes(Decimal("278.19") - Decimal("190.9") + Decimal("0.19"))

"""The window's date fields take dates as people write them (issue 18): "10032026",
"10-3-26", and in a trip's dates a month ("oktober 2016", "06-2025") or a year ("2016"),
which sets the trip's precision; a doubtful date is refused naming what it could be."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from intzaken.domain.enums import DatePrecision, TripKind
from intzaken.domain.models import Trip
from intzaken.ui.forms.inputs import set_combo
from intzaken.ui.widgets.date_edit import OptionalDateEdit, PeriodEdit

from .programme_form_helpers import mission, open_form  # noqa: F401
from .test_widgets import counter, show


@pytest.mark.parametrize(
    ("typed", "expected", "shown"),
    [
        ("10032026", dt.date(2026, 3, 10), "10-03-2026"),
        ("10-3-26", dt.date(2026, 3, 10), "10-03-2026"),
        ("1-1-75", dt.date(1975, 1, 1), "01-01-1975"),  # 50-99 are the 1900s
        ("27 October 2024", dt.date(2024, 10, 27), "27-10-2024"),
    ],
)
def test_a_date_field_takes_short_forms(qtbot, typed: str, expected: dt.date, shown: str) -> None:  # noqa: ANN001
    edit = OptionalDateEdit()
    elsewhere = show(qtbot, edit)
    edit.setFocus()
    qtbot.keyClicks(edit, typed)
    assert edit.value() == expected and edit.error() == ""
    elsewhere.setFocus()
    assert edit.text() == shown


def test_a_doubtful_month_is_refused_naming_both(qtbot) -> None:  # noqa: ANN001
    edit = OptionalDateEdit()
    show(qtbot, edit)
    edit.setFocus()
    qtbot.keyClicks(edit, "27 ju 2024")
    assert edit.value() is None
    assert "juni of juli" in edit.error()
    assert edit.text() == "27 ju 2024"  # kept as typed, with the reason


@pytest.mark.parametrize(
    ("typed", "expected", "precision", "shown"),
    [
        ("oktober 2016", dt.date(2016, 10, 1), "month", "oktober 2016"),
        ("okt. 2016", dt.date(2016, 10, 1), "month", "oktober 2016"),
        ("October 2016", dt.date(2016, 10, 1), "month", "oktober 2016"),
        ("06-2025", dt.date(2025, 6, 1), "month", "juni 2025"),
        ("10/2016", dt.date(2016, 10, 1), "month", "oktober 2016"),
        ("2016-10", dt.date(2016, 10, 1), "month", "oktober 2016"),
        ("2016", dt.date(2016, 1, 1), "year", "2016"),
        ("27-01-2024", dt.date(2024, 1, 27), "day", "27-01-2024"),
    ],
)
def test_a_trip_date_takes_a_month_or_a_year(
    qtbot,  # noqa: ANN001
    typed: str,
    expected: dt.date,
    precision: str,
    shown: str,
) -> None:
    edit = PeriodEdit()
    elsewhere = show(qtbot, edit)
    announced: list[str] = []
    edit.precisionTyped.connect(announced.append)
    edits = counter(edit.valueChanged)
    edit.setFocus()
    qtbot.keyClicks(edit, typed)
    assert edit.value() == expected and edit.precision() == precision and edits
    assert announced[-1:] == ([] if precision == "day" else [precision])
    elsewhere.setFocus()
    assert edit.text() == shown


def _active(qtbot: Any, form: Any) -> Any:
    """The form as the active window, so that moving the focus reformats its fields."""
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form


def _stored(open_form: Any, mission: dict[str, int]) -> Trip:  # noqa: F811
    form = open_form()
    with form.workspace.reading() as session:
        trip = session.get(Trip, mission["trip"])
        assert trip is not None
        session.expunge(trip)
        return trip


def test_typing_a_year_in_the_trip_form_sets_its_precision_and_saves_it(
    qtbot,  # noqa: ANN001
    open_form: Any,  # noqa: F811
    mission: dict[str, int],  # noqa: F811
) -> None:
    form = _active(qtbot, open_form())
    set_combo(form.kind, TripKind.STUDY_TRIP)
    form.start.clear()
    form.end.clear()
    form.start.setFocus()
    qtbot.keyClicks(form.start, "2016")
    assert form.precision.currentData() == DatePrecision.YEAR
    form.title.setFocus()
    assert form.start.text() == "2016"
    assert form.save()
    trip = _stored(open_form, mission)
    assert (trip.kind, trip.date_precision) == (TripKind.STUDY_TRIP, DatePrecision.YEAR)
    assert (trip.start_date, trip.end_date) == (dt.date(2016, 1, 1), dt.date(2016, 12, 31))
    again = open_form()  # a year trip opens showing its year, and its kind
    assert again.start.text() == "2016" and again.end.text() == "2016"
    assert again.precision.currentData() == DatePrecision.YEAR
    assert again.kind.currentText() == "Studiereis"


def test_a_month_typed_in_the_trip_form_as_06_2025(
    qtbot,  # noqa: ANN001
    open_form: Any,  # noqa: F811
    mission: dict[str, int],  # noqa: F811
) -> None:
    form = _active(qtbot, open_form())
    form.start.clear()
    form.end.clear()
    form.start.setFocus()
    qtbot.keyClicks(form.start, "06-2025")
    form.end.setFocus()
    qtbot.keyClicks(form.end, "sep 2025")
    form.title.setFocus()
    assert form.precision.currentData() == DatePrecision.MONTH
    assert (form.start.text(), form.end.text()) == ("juni 2025", "september 2025")
    assert form.save()
    trip = _stored(open_form, mission)
    assert trip.date_precision == DatePrecision.MONTH
    assert (trip.start_date, trip.end_date) == (dt.date(2025, 6, 1), dt.date(2025, 9, 30))

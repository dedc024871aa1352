"""The Rapporten page's months are typed as people write them ("06-2025", "sep 2025"),
stepped with the arrow keys, and a month that cannot be read stops the report with the
field named (issue 19: the month fields took only the arrow keys)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from intzaken.ui.widgets.date_edit import MonthEdit

from .test_reports_page import reports  # noqa: F401  (the page on a demo copy)


def _type(qtbot, field: MonthEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_months_typed_as_people_write_them_are_the_reports_period(qtbot, reports) -> None:  # noqa: F811
    page, _ = reports
    page.select_kind("planned")
    _type(qtbot, page.start, "06-2025")
    _type(qtbot, page.end, "sep 2025")
    params = page.parameters_for("planned")
    assert (params["start"], params["end"]) == (dt.date(2025, 6, 1), dt.date(2025, 9, 1))
    page.end.setFocus()
    page.start.setFocus()  # leaving a field shows what was understood
    assert page.end.text() == "09-2025"


def test_arrow_keys_step_a_month_and_page_keys_a_year(qtbot) -> None:
    field = MonthEdit(accessible_name="Van maand")
    qtbot.addWidget(field)
    field.setValue(dt.date(2025, 12, 1))
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.value() == dt.date(2026, 1, 1)
    qtbot.keyClick(field, Qt.Key.Key_PageDown)
    assert field.value() == dt.date(2025, 1, 1)


def test_a_month_that_cannot_be_read_stops_the_report_naming_the_field(
    qtbot,
    dutch,
    reports,  # noqa: F811
) -> None:
    page, _ = reports
    page.select_kind("planned")
    _type(qtbot, page.start, "13-2025")
    page.make()
    assert page.status.text() == "Vanaf maand: '13-2025' is geen bestaande maand."
    assert page.last_pdf is None and page._task is None  # nothing started
    page.start.clear()
    page.make()
    assert page.status.text() == "Vanaf maand: vul een maand in, bijvoorbeeld 06-2025"

"""A relation's form shows its agreements, the trips to its place and its events on one
timeline, each line opening its record; Ctrl+P on a relation makes its report (issue 19).
The Rotterdam demo, the window in Dutch."""

from __future__ import annotations

from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from sqlalchemy import select

from intzaken.domain.models import Place, Relation
from intzaken.ui.forms.base import RecordForm
from intzaken.ui.forms.relations import RelationForm
from intzaken.ui.register_page import RegisterPage


def _relation(window: Any, place: str) -> int:
    with window.workspace.reading() as session:
        return session.scalars(select(Relation.id).join(Place).where(Place.name == place)).one()


def _shanghai(window: Any) -> int:
    """The demo's relation with Shanghai: an agreement, trips and an event."""
    return _relation(window, "Shanghai")


def _open_relation(window: Any, relation_id: int) -> RelationForm:
    window.open_record("relations", relation_id)
    return next(
        f for f in window.findChildren(RelationForm) if f.isVisible() and f.record_id == relation_id
    )


def _open_forms(window: Any, register: str) -> list[RecordForm]:
    return [f for f in window.findChildren(RecordForm) if f.isVisible() and f.register == register]


def _timeline_tab(form: RelationForm) -> int:
    tabs = form.tab_widget
    assert tabs is not None and form.timeline is not None
    titles = [tabs.tabText(index) for index in range(tabs.count())]
    assert "Tijdlijn" in titles
    return titles.index("Tijdlijn")


def test_the_timeline_lists_agreements_trips_and_events_newest_first(window) -> None:  # noqa: ANN001
    form = _open_relation(window, _shanghai(window))
    form.tab_widget.setCurrentIndex(_timeline_tab(form))
    timeline = form.timeline
    assert timeline is not None and timeline.isVisible()
    lines = [timeline.texts(row) for row in range(timeline.topLevelItemCount())]
    kinds = {what for _date, what, _description in lines}
    assert kinds == {"Overeenkomst", "Reis", "Bezoek"}  # an event: its kind
    header = timeline.headerItem()
    assert [header.text(column) for column in range(3)] == ["Datum", "Wat", "Omschrijving"]
    dated = [entry.date for entry in form.timeline_entries if entry.date is not None]
    assert dated == sorted(dated, reverse=True)
    assert lines[0][0] == form.timeline_entries[0].date_text  # in Dutch: 10-01-2027
    assert lines[-1][0] == ""  # the agreement of unknown date: last


def test_each_line_opens_its_record(window, qtbot) -> None:  # noqa: ANN001
    form = _open_relation(window, _shanghai(window))
    form.tab_widget.setCurrentIndex(_timeline_tab(form))
    timeline = form.timeline
    assert timeline is not None
    rows = {timeline.entry_at(row)[0]: row for row in reversed(range(timeline.topLevelItemCount()))}

    # A trip: its form opens (Return, as from the keyboard; the form stays open).
    _, trip_id = timeline.entry_at(rows["trips"])
    timeline.setCurrentItem(timeline.topLevelItem(rows["trips"]))
    qtbot.keyClick(timeline, Qt.Key.Key_Return)
    assert [f.record_id for f in _open_forms(window, "trips")] == [trip_id]

    # An agreement: its form opens too (activated: Enter, or a double-click on a desktop;
    # QTest's double-click does not reach a view's activation off screen).
    _, agreement_id = timeline.entry_at(rows["agreements"])
    timeline.setCurrentItem(timeline.topLevelItem(rows["agreements"]))
    qtbot.keyClick(timeline, Qt.Key.Key_Enter)
    assert [f.record_id for f in _open_forms(window, "agreements")] == [agreement_id]

    # An event belongs to the relation itself: its line shows the Events tab.
    assert timeline.entry_at(rows["relations"]) == ("relations", form.record_id)
    timeline.setCurrentItem(timeline.topLevelItem(rows["relations"]))
    qtbot.keyClick(timeline, Qt.Key.Key_Return)
    assert form.tab_widget.tabText(form.tab_widget.currentIndex()) == "Gebeurtenissen"
    assert _open_forms(window, "relations") == [form]  # not a second form of itself


def test_a_relation_with_nothing_on_it_says_so(window, qtbot) -> None:  # noqa: ANN001
    form = _open_relation(window, _relation(window, "Keulen"))  # no agreements, trips, events
    timeline = form.timeline
    assert timeline is not None and form.timeline_entries == []
    assert timeline.topLevelItemCount() == 1
    assert timeline.texts(0) == ["", "", "Nog geen overeenkomsten, reizen of gebeurtenissen."]
    timeline.setCurrentItem(timeline.topLevelItem(0))
    qtbot.keyClick(timeline, Qt.Key.Key_Return)  # opens nothing
    assert _open_forms(window, "relations") == [form]
    assert _open_forms(window, "trips") == _open_forms(window, "agreements") == []


def test_a_new_relation_has_no_timeline_yet(window) -> None:  # noqa: ANN001
    window.open_record("relations", None)
    form = next(f for f in _open_forms(window, "relations") if f.record_id is None)
    assert form.timeline is None
    tabs = form.tab_widget
    assert "Tijdlijn" not in [tabs.tabText(index) for index in range(tabs.count())]


def test_report_of_the_selected_relation(
    window,
    qtbot,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: True)
    actions = window.window_actions
    window.show_page("relations")
    page = window.register_pages["relations"]
    assert isinstance(page, RegisterPage)
    page.table.clearSelection()
    assert not actions.report_action.isEnabled()  # nothing chosen: nothing to report
    shanghai = _shanghai(window)
    page.select_id(shanghai)
    assert actions.report_action.isEnabled()
    actions.report_action.trigger()
    reports = window.show_page("reports")
    qtbot.waitUntil(lambda: reports.last_pdf is not None, timeout=30000)
    assert reports.last_pdf.name == f"relatie-{shanghai}.pdf"
    text = " ".join("".join(p.extract_text() for p in PdfReader(reports.last_pdf).pages).split())
    assert "Relatie met Shanghai" in text and "Tijdlijn van Shanghai" in text
    # The page's own "Relaties en netwerken" is still the overview of all of them.
    reports.make()
    # (Making it withdraws the relation's file at once: last_pdf is None until it is made.)
    qtbot.waitUntil(
        lambda: getattr(reports.last_pdf, "name", None) == "relaties-en-netwerken.pdf",
        timeout=30000,
    )

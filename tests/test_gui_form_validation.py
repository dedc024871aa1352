"""The record form's live validation (ui/forms/validation.py): checked after a pause in
typing, not at every keystroke; plausibility findings only where the form asks for them,
with the trip norms worked out once per form."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from intzaken.ui.forms import trips as trip_form
from intzaken.ui.forms import validation
from intzaken.ui.forms.base import RecordForm
from intzaken.ui.main_window import MainWindow
from intzaken.ui.register_page import RegisterPage


def open_first(window: MainWindow, register: str) -> RecordForm:
    page = window.show_page(register)
    assert isinstance(page, RegisterPage)
    window.open_record(register, page.model.row_id(0))
    return next(
        f for f in window.findChildren(RecordForm) if f.isVisible() and f.register == register
    )


def count_findings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The registers record_findings is asked about, in order."""
    asked: list[str] = []
    real = validation.record_findings

    def counting(session: Any, register: str, *args: Any) -> Any:
        asked.append(register)
        return real(session, register, *args)

    monkeypatch.setattr(validation, "record_findings", counting)
    return asked


def test_edits_are_checked_once_after_a_pause_in_typing(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    form = open_first(window, "trips")
    asked = count_findings(monkeypatch)
    qtbot.keyClicks(form.title, " extra")  # six quick edits
    assert not form.save_button.isEnabled()  # at once: the new input is not checked yet
    assert asked == []
    assert form.windowTitle().endswith("* — Intzaken")  # marked as changed at the edit
    qtbot.waitUntil(form.save_button.isEnabled, timeout=5000)
    assert asked == ["trips"]  # one trial save for all of them


def test_findings_are_asked_only_by_the_forms_that_show_them(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = count_findings(monkeypatch)
    for register in ("relations", "networks", "officials", "trips"):
        open_first(window, register).validate()
    assert asked == ["trips", "trips"]  # at open, and asked again


def test_a_trip_form_works_out_the_archive_norms_once(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []
    real = trip_form.trip_norms
    monkeypatch.setattr(trip_form, "trip_norms", lambda session: calls.append(1) or real(session))
    form = open_first(window, "trips")
    form.travel.setValue(Decimal("7"))
    assert form.validate() and form.validate()
    assert len(calls) == 1


def test_the_trip_form_keeps_the_mission_data_it_does_not_show(window: MainWindow) -> None:
    """The form shows one contact per programme item and no legs, stays or hosts yet:
    saving it must give back everything the mission holds."""
    from intzaken.domain.models import Trip
    from intzaken.services.snapshots import trip_data

    page = window.show_page("trips")
    assert isinstance(page, RegisterPage)
    with window.workspace.reading() as session:
        mission = max(session.scalars(select(Trip)), key=lambda t: t.start_date)
        mission_id, stored = mission.id, trip_data(mission)
    window.open_record("trips", mission_id)
    form = next(
        f for f in window.findChildren(RecordForm) if f.isVisible() and f.register == "trips"
    )
    assert stored.legs and stored.programme[2].talking_points
    assert form.collect() == stored

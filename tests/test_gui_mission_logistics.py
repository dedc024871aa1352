"""The trip form's Logistics tab and readiness checklist: legs with local times and
zones, a stay, hosts, roles saved and read back; the checklist follows the input and
leads to the field; a problem with a programme item selects it and marks the field."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from intzaken.domain.enums import TransportMode
from intzaken.services.data import HostData, LegData, ProgrammeItemData, StayData
from intzaken.services.readiness import ReadinessKind
from intzaken.services.zone_proposals import HOME_ZONE

from .programme_form_helpers import day, mission, open_form  # noqa: F401

DT = dt.datetime


def checklist(form: Any) -> set[ReadinessKind]:
    return {item.kind for item in form.readiness.items}


def test_logistics_are_saved_and_read_back(qtbot, open_form, mission) -> None:  # noqa: ANN001, F811
    form = open_form()
    # A new leg out leaves from home and lands in the destination's zone.
    form.legs.add_button.click()
    first = form.legs.rows()[0]
    assert (first["departure_time_zone"], first["arrival_time_zone"]) == (
        HOME_ZONE,
        "Asia/Shanghai",
    )
    form.legs.add_button.click()
    second = form.legs.rows()[1]
    assert (second["departure_time_zone"], second["arrival_time_zone"]) == (
        "Asia/Shanghai",
        HOME_ZONE,
    )
    legs = [
        LegData(
            "plane",
            "KLM",
            "KL 895",
            "Amsterdam",
            "Shanghai Pudong",
            DT(2027, 1, 10, 14, 5),
            HOME_ZONE,
            DT(2027, 1, 11, 7, 30),
            "Asia/Shanghai",
        ),
        LegData(
            "plane",
            "KLM",
            "KL 896",
            "Shanghai Pudong",
            "Amsterdam",
            DT(2027, 1, 13, 10, 50),
            "Asia/Shanghai",
            DT(2027, 1, 13, 16, 0),
            HOME_ZONE,
            "ABC123",
        ),
    ]
    from intzaken.ui.programme.logistics_rows import leg_row

    form.legs.set_rows([leg_row(leg) for leg in legs])
    form.stays.set_rows(
        [
            {
                "hotel": "Hotel Bund",
                "address": "Zhongshan Road 1",
                "phone": "+86 21 5555 0000",
                "check_in": day(0),
                "check_out": day(2),
                "notes": "",
            }
        ]
    )
    form.hosts.set_rows([{"contact_id": mission["chen"], "role": "host for the city"}])
    form.ground_contact.setValue(mission["li"])
    form.local_transport.clear()
    qtbot.keyClicks(form.local_transport, "Host's minibus")
    form.time_zone.setValue("Asia/Shanghai")
    form.traveller_roles.item(1, 1).setText("spokesperson")
    assert form.validate(), form.problems
    assert form.save()

    reopened = open_form().collect()
    assert [
        (leg.departure, leg.departure_time_zone, leg.arrival, leg.arrival_time_zone)
        for leg in reopened.legs
    ] == [
        (leg.departure, leg.departure_time_zone, leg.arrival, leg.arrival_time_zone) for leg in legs
    ]
    assert reopened.legs[0].mode == TransportMode.PLANE and reopened.legs[1].reference == "ABC123"
    assert reopened.stays == [
        StayData("Hotel Bund", "Zhongshan Road 1", "+86 21 5555 0000", day(0), day(2))
    ]
    assert reopened.hosts == [HostData(mission["chen"], "host for the city")]
    assert reopened.ground_contact_id == mission["li"]
    assert reopened.local_transport == "Host's minibus"
    assert reopened.time_zone == "Asia/Shanghai"
    assert reopened.traveller_roles[mission["alderman"]] == "spokesperson"


def test_a_leg_with_a_date_but_no_time_is_refused_at_the_field(open_form) -> None:  # noqa: ANN001, F811
    form = open_form()
    form.legs.add_button.click()
    rows = form.legs.rows()
    rows[0]["departure_date"] = day(-1)
    form.legs.set_rows(rows)
    assert not form.validate()
    assert "leg 1" in form.error_text("legs")


def test_the_checklist_follows_the_input_and_leads_to_the_field(qtbot, open_form, mission) -> None:  # noqa: ANN001, F811
    form = open_form()
    assert form.readiness.isVisible()
    kinds = checklist(form)
    assert {
        ReadinessKind.NO_STAY,
        ReadinessKind.NO_PROGRAMME,
        ReadinessKind.NO_OUTBOUND_LEG,
    } <= kinds
    # Adding a hotel takes "no hotel" off the list at the next check.
    form.stays.add_button.click()
    rows = form.stays.rows()
    rows[0]["hotel"] = "Hotel Bund"
    form.stays.set_rows(rows)
    form.validation.input_changed()
    qtbot.waitUntil(lambda: ReadinessKind.NO_STAY not in checklist(form), timeout=5000)
    assert ReadinessKind.NO_OUTBOUND_LEG in checklist(form)

    # A meeting without a person met: clicking the item selects it, cursor in the people met.
    form.programme.set_items(
        [
            ProgrammeItemData(day(0), "Welcome", dt.time(9)),
            ProgrammeItemData(day(1), "Port talks", dt.time(10), purpose="Shore power"),
        ]
    )
    form.validation.input_changed()
    qtbot.waitUntil(lambda: ReadinessKind.MEETING_WITHOUT_CONTACT in checklist(form), timeout=5000)
    row = next(
        n
        for n, item in enumerate(form.readiness.items)
        if item.kind is ReadinessKind.MEETING_WITHOUT_CONTACT
    )
    entry = form.readiness.list.item(row)
    rect = form.readiness.list.visualItemRect(entry)
    qtbot.mouseClick(form.readiness.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert form.tab_widget.currentWidget().isAncestorOf(form.programme)
    assert form.programme.current() == 1
    assert (
        form.programme.detail.contacts.combo.hasFocus()
        or form.focusWidget() is form.programme.detail.contacts.combo.lineEdit()
    )

    # "no hotel" leads to the Logistics tab's stays.
    form.stays.set_rows([])
    form.validation.input_changed()
    qtbot.waitUntil(lambda: ReadinessKind.NO_STAY in checklist(form), timeout=5000)
    form.go_to_field("stays")
    assert form.tab_widget.currentWidget().isAncestorOf(form.stays)


def test_a_problem_with_an_item_selects_it_and_marks_the_field(open_form) -> None:  # noqa: ANN001, F811
    form = open_form()
    form.programme.set_items(
        [
            ProgrammeItemData(day(0), "Welcome", dt.time(9)),
            ProgrammeItemData(day(1), "Port talks", dt.time(10), end_time=dt.time(9)),
        ]
    )
    assert not form.validate()
    assert form.error_text("programme")
    assert form.programme.model.problem_items == {1}
    form.validation.focus_first_problem()
    assert form.programme.current() == 1
    assert form.programme.detail.end_time.property("invalid") is True
    assert form.programme.detail.time.property("invalid") in (None, False)

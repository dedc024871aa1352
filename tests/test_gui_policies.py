"""The Beleid page (issue 23): a policy's form shows how many records serve each
priority, links the ones the countries and themes propose when asked, and keeps them
once saved."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from sqlalchemy import select

from intzaken.domain.models import Policy, Trip
from intzaken.registers import RegisterKey
from intzaken.services.policies import update_policy
from intzaken.services.priority_proposals import linked_priority_ids
from intzaken.services.snapshots import policy_data
from intzaken.ui.main_window import MainWindow
from intzaken.ui.register_page import RegisterPage

from .test_gui_forms_never_trap import button, open_form


def _unlinked(window: MainWindow) -> int:
    """The demo's policy with every link undone, as if it had just been typed in."""
    with window.workspace.database.sessions.begin() as session:
        policy = session.scalars(select(Policy)).one()
        data = policy_data(policy)
        data.priorities = [
            dataclasses.replace(p, trip_ids=[], relation_ids=[], network_ids=[])
            for p in data.priorities
        ]
        update_policy(session, policy.id, data)
        return policy.id


def test_the_policy_page_lists_the_rotterdam_framework(window: MainWindow) -> None:
    window.show_page(RegisterKey.POLICIES)
    page = next(p for p in window.findChildren(RegisterPage) if p.isVisible())
    model = page.table.model()
    texts = [model.index(0, column).data() for column in range(model.columnCount())]
    assert "Rotterdam Internationaal 2021-2025" in texts
    assert "20" in texts  # its priorities


def test_the_form_links_what_the_countries_and_themes_propose(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    policy_id = _unlinked(window)
    form = open_form(window, RegisterKey.POLICIES, policy_id)
    assert "Japan — reizen: 0, relaties: 0, netwerken: 0" in form.links.text()
    qtbot.mouseClick(
        button(form, "Koppel de gegevens die eraan bijdragen"), Qt.MouseButton.LeftButton
    )
    assert "Japan — reizen: 1, relaties: 0, netwerken: 0" in form.links.text()
    assert "Duitsland — reizen: 5, relaties: 2, netwerken: 0" in form.links.text()
    assert form.save()
    with window.workspace.reading() as session:
        japan_trip = session.scalar(
            select(Trip.id).join(Trip.destinations).where(Trip.destinations.any(country_code="JP"))
        )
        japan = next(p for p in session.get(Policy, policy_id).priorities if p.name == "Japan")
        # Japan, and the sectors its themes (energietransitie, haven) serve.
        assert japan.id in linked_priority_ids(session, RegisterKey.TRIPS, japan_trip)

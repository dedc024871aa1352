"""The Beleid tab of the trip, relation and network forms (issue 23): the priorities of the
Rotterdam policy grouped by kind, the ones the record's countries and themes propose shown
with why, ticked by keyboard, saved with the record in one step of the history and undone
with it; and the year's policy sentence counting a trip linked this way."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem
from sqlalchemy import select

from intzaken.domain.enums import ChangeAction
from intzaken.domain.models import Change, Network, Policy, Priority, Relation, Trip
from intzaken.registers import RegisterKey
from intzaken.services.policy_year import policy_year
from intzaken.services.priority_proposals import linked_priority_ids
from intzaken.ui.forms.priority_picker import PROPOSAL, PriorityPicker
from intzaken.ui.main_window import MainWindow

from .test_gui_forms_never_trap import button, open_form


def _id(window: MainWindow, model: type, **where: object) -> int:
    with window.workspace.reading() as session:
        return session.scalars(select(model.id).filter_by(**where)).one()


def _priority(window: MainWindow, name: str) -> int:
    return _id(window, Priority, name=name)


def _item(picker: PriorityPicker, priority_id: int) -> QTreeWidgetItem:
    return picker._items[priority_id]


def _linked(window: MainWindow, register: RegisterKey, record_id: int) -> list[int]:
    with window.workspace.reading() as session:
        return linked_priority_ids(session, register, record_id)


def test_the_trip_form_groups_the_priorities_and_says_why_one_is_proposed(
    window: MainWindow,
) -> None:
    trip = _id(window, Trip, title="Samenwerking havens, drugs en ondermijning")  # Berlin
    form = open_form(window, RegisterKey.TRIPS, trip)
    picker = form.priority_picker
    assert picker is not None
    tabs = form.tab_widget
    assert "Beleid" in [tabs.tabText(i) for i in range(tabs.count())]
    policy = picker.tree.topLevelItem(0)
    assert policy.text(0) == "Rotterdam Internationaal 2021-2025"
    groups = [policy.child(i).text(0) for i in range(policy.childCount())]
    assert groups[:3] == ["Prioriteitslanden en -regio's", "Verkende markten", "Sectoren"]
    germany = _item(picker, _priority(window, "Duitsland"))
    assert germany.text(PROPOSAL) == "voorgesteld: land Duitsland"
    # The demo stored what the countries and themes propose: ticked as it opens.
    assert germany.checkState(0) == Qt.CheckState.Checked
    assert set(picker.proposed()) == set(_linked(window, RegisterKey.TRIPS, trip))
    assert not form.is_dirty()
    form.close_without_asking()


def test_a_link_made_in_the_form_is_saved_counted_in_history_and_undone(
    qtbot,  # noqa: ANN001
    window: MainWindow,
) -> None:
    trip = _id(window, Trip, title="Samenwerking voor EU-migratie")  # Bucharest
    gulf = _priority(window, "Golfregio")
    with window.workspace.reading() as session:
        before = policy_year(session, 2024)
        changes = session.scalar(select(Change.id).order_by(Change.id.desc()).limit(1))
    assert before is not None
    assert _linked(window, RegisterKey.TRIPS, trip) == []
    form = open_form(window, RegisterKey.TRIPS, trip)
    picker = form.priority_picker
    assert picker is not None
    assert picker.proposed() == []  # Romania and arbeidsmigratie serve no priority
    # By keyboard: the Gulf region made current, Space ticks it.
    picker.tree.setCurrentItem(_item(picker, gulf))
    picker.tree.setFocus()
    qtbot.keyClick(picker.tree, Qt.Key.Key_Space)
    assert picker.values() == [gulf]
    assert form.is_dirty()
    assert form.windowTitle().startswith("Samenwerking voor EU-migratie*")
    assert form.save()

    assert _linked(window, RegisterKey.TRIPS, trip) == [gulf]
    with window.workspace.reading() as session:
        after = policy_year(session, 2024)
        policy_id = session.scalars(select(Policy.id)).one()
        made = session.execute(
            select(Change.register, Change.record_id, Change.action, Change.new_value).where(
                Change.id > changes
            )
        ).all()
    assert after is not None
    assert after.to_priority_countries == before.to_priority_countries + 1
    # The policy's history shows the link, and so does the trip's own (the priorities it
    # serves, before and after; its fields and version are unchanged).
    assert len(made) == 2
    by_register = {r: (i, a, value) for r, i, a, value in made}
    assert sorted(by_register) == sorted([RegisterKey.POLICIES, RegisterKey.TRIPS])
    assert by_register[RegisterKey.POLICIES][:2] == (policy_id, ChangeAction.CHANGED)
    assert "Samenwerking voor EU-migratie" in by_register[RegisterKey.POLICIES][2]
    assert by_register[RegisterKey.TRIPS][:2] == (trip, ChangeAction.CHANGED)
    assert "Golfregio" in by_register[RegisterKey.TRIPS][2]

    # One undo step takes the save and its link back.
    window.workspace.undo_stack.undo()
    assert _linked(window, RegisterKey.TRIPS, trip) == []
    window.workspace.undo_stack.redo()
    assert _linked(window, RegisterKey.TRIPS, trip) == [gulf]


def test_a_new_trip_follows_the_proposal_until_the_user_ticks(
    qtbot,  # noqa: ANN001
    window: MainWindow,
) -> None:
    form = window.open_record(RegisterKey.TRIPS, None)
    picker = form.priority_picker
    assert picker is not None and picker.values() == []
    form.themes.set_tags(["energietransitie"])
    form.validation.edited.emit()
    energy = _priority(window, "Energie en resilience")
    assert energy in picker.values()
    assert _item(picker, energy).text(PROPOSAL) == "voorgesteld: thema energietransitie"
    _item(picker, energy).setCheckState(0, Qt.CheckState.Unchecked)  # the user's choice
    form.themes.set_tags(["energietransitie", "haven"])
    form.validation.edited.emit()
    assert energy not in picker.values()
    assert picker.summary.text() == "0 prioriteiten aangevinkt; 2 voorstellen niet aangevinkt"
    qtbot.mouseClick(button(form, "Voorstellen aanvinken"), Qt.MouseButton.LeftButton)
    assert energy in picker.values()
    assert not button(form, "Voorstellen aanvinken").isEnabled()
    form.close_without_asking()


def test_relations_and_networks_link_from_their_own_forms(window: MainWindow) -> None:
    network = _id(window, Network, name="Polis")
    form = open_form(window, RegisterKey.NETWORKS, network)
    picker = form.priority_picker
    assert picker is not None
    germany = _priority(window, "Duitsland")
    _item(picker, germany).setCheckState(0, Qt.CheckState.Checked)
    assert form.save()
    assert germany in _linked(window, RegisterKey.NETWORKS, network)

    with window.workspace.reading() as session:
        relation = session.scalars(
            select(Relation.id).join(Relation.place).where(Relation.place.has(country_code="CN"))
        ).first()
    assert relation is not None
    form = open_form(window, RegisterKey.RELATIONS, relation)
    picker = form.priority_picker
    assert picker is not None
    china = _item(picker, _priority(window, "China"))
    assert china.text(PROPOSAL) == "voorgesteld: land China"
    form.close_without_asking()


def test_a_new_network_saves_its_proposed_links_in_one_undo_step(window: MainWindow) -> None:
    form = window.open_record(RegisterKey.NETWORKS, None)
    picker = form.priority_picker
    assert picker is not None
    form.name.setText("Energy Cities")
    form.themes.set_tags(["energietransitie"])
    form.validation.edited.emit()
    energy = _priority(window, "Energie en resilience")
    assert picker.values() == [energy]  # followed the proposal: nothing ticked by hand
    assert form.save()
    network = _id(window, Network, name="Energy Cities")
    assert _linked(window, RegisterKey.NETWORKS, network) == [energy]
    stack = window.workspace.undo_stack
    assert stack.undoText() == "Nieuw: netwerk 'Energy Cities'"  # one step, the save's name

    stack.undo()  # the network and its link go together
    with window.workspace.reading() as session:
        assert session.get(Network, network) is None
    stack.redo()
    assert _linked(window, RegisterKey.NETWORKS, network) == [energy]

"""The Beleid tab of the trip, relation and network forms: which priorities of the policy
the record serves. The links belong to the policy's priorities (services/
priority_proposals.py), so they are no part of the record's data: they are written in the
same transaction as the record (RecordForm.write_also), undone with it (one undo step),
and the policy's history shows each link made or undone.

A form mixes this in before RecordForm and calls `prepare_priorities(session)` from its
prepare() and `build_priorities(tabs)` from its build().
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QTabWidget

from ...registers import RegisterKey
from ...services.priority_proposals import (
    linked_priority_ids,
    place_countries,
    priority_choices,
    set_linked_priorities,
)
from ..workspace import USER_ERRORS, Workspace
from . import choices
from .base import RecordForm
from .priority_picker import PriorityPicker

translate = QCoreApplication.translate


def record_facts(data: Any, countries_of_places: dict[int, str]) -> tuple[set[str], set[str]]:
    """(countries, themes) of a form's input, as the proposal compares them: a trip's
    destinations, a relation's city, a network has themes only."""
    countries: set[str] = set()
    for destination in getattr(data, "destinations", None) or []:
        countries.add(destination.country_code)
    place_id = getattr(data, "place_id", None)
    if place_id is not None and place_id in countries_of_places:
        countries.add(countries_of_places[place_id])
    return countries, set(getattr(data, "themes", None) or [])


class PriorityLinks(RecordForm):
    """Mixin of a record form whose record can serve the policy's priorities."""

    priority_picker: PriorityPicker | None = None

    def prepare_priorities(self, session: Any) -> None:
        year = self.workspace.today().year
        register = RegisterKey(self.register)
        self.priority_options = priority_choices(session, year, register, self.record_id)
        self.linked_priorities = (
            linked_priority_ids(session, register, self.record_id)
            if self.record_id is not None
            else []
        )
        self.country_names = dict(choices.countries(session))
        self.countries_of_places = place_countries(session)

    def build_priorities(self, tabs: QTabWidget) -> None:
        """The Beleid tab; none while no policy names priorities."""
        self.priority_picker = None
        if not self.priority_options:
            return
        page = self.form_page(tabs, self.tr("Policy"))
        picker = PriorityPicker(
            self.priority_options, self.country_names, follow_proposals=self.is_new
        )
        self.priority_picker = self.add_field(
            page, "priority_ids", self.tr("&Priorities served"), picker
        )
        picker.set_values(self.linked_priorities)

    def loaded(self) -> None:
        super().loaded()
        self._propose()
        # Each edit may change the countries and themes, and so the proposal.
        self.validation.edited.connect(self._propose)

    def _propose(self) -> None:
        if self.priority_picker is not None:
            self.priority_picker.propose(*record_facts(self.collect(), self.countries_of_places))

    def _links_changed(self) -> bool:
        picker = self.priority_picker
        return picker is not None and set(picker.values()) != set(self.linked_priorities)

    def is_dirty(self) -> bool:
        return super().is_dirty() or self._links_changed()

    def _has_unsaved_input(self) -> bool:
        return super()._has_unsaved_input() or self._links_changed()

    def write_also(self, session: Any, record_id: int) -> None:
        if self._links_changed():
            assert self.priority_picker is not None
            values = self.priority_picker.values()
            set_linked_priorities(session, RegisterKey(self.register), record_id, values)

    def push_undo(self, command: Any) -> None:
        if not self._links_changed():
            super().push_undo(command)
            return
        stack = self.workspace.undo_stack
        stack.beginMacro(command.text())
        stack.push(command)
        stack.push(
            LinksCommand(
                self.workspace,
                self.register,
                command.record_id,
                self.linked_priorities,
                self.priority_picker.values() if self.priority_picker else [],
            )
        )
        stack.endMacro()
        self.linked_priorities = self.priority_picker.values() if self.priority_picker else []
        self.workspace.changed.emit(RegisterKey.POLICIES)  # the policy's links changed


class LinksCommand(QUndoCommand):
    """A record's links to priorities, from `old` to `new`: a step of the save's undo
    macro. The save wrote them already, so the first redo does nothing."""

    def __init__(
        self,
        workspace: Workspace,
        register: str,
        record_id: int,
        old: list[int],
        new: list[int],
    ) -> None:
        super().__init__(translate("Commands", "Links to the policy"))
        self.workspace, self.register, self.record_id = workspace, register, record_id
        self.old, self.new = list(old), list(new)
        self._skip_first_redo = True

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)

    def _set(self, ids: list[int]) -> None:
        register = RegisterKey(self.register)

        def work(session: Any) -> None:
            set_linked_priorities(session, register, self.record_id, ids)

        try:
            self.workspace.write(RegisterKey.POLICIES, work)
        except USER_ERRORS as exc:
            self.setObsolete(True)
            self.workspace.failed.emit(
                translate("Commands", "Not undone: {error}").format(error=exc)
            )

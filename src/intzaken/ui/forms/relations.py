"""The form of a relation with a city abroad, with its history."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QWidget

from ...domain.enums import RelationEventKind, RelationKind, RelationStatus
from ...registers import RegisterKey
from ...services.data import RelationData, RelationEventData
from ...services.relation_timeline import relation_timeline
from ..widgets.ordered_picker import OrderedPicker
from ..widgets.rows_editor import Column, RowsEditor
from ..widgets.search_combo import SearchCombo
from ..widgets.tag_edit import TagEdit
from . import choices
from .base import RecordForm
from .inputs import NO_YEAR, enum_combo, set_combo, year_box
from .new_place import ask_new_place
from .priority_links import PriorityLinks
from .relation_timeline import TimelineList
from .source_section import SourceSection


class RelationForm(PriorityLinks, RecordForm):
    register = RegisterKey.RELATIONS

    def prepare(self, session: Any) -> None:
        self.place_options = choices.places(session)
        self.official_options = choices.officials(session)
        self.contact_options = choices.contacts(session)
        self.known_themes = choices.themes(session)
        self.prepare_priorities(session)
        self.timeline_entries = (
            relation_timeline(session, self.record_id) if self.record_id is not None else []
        )

    def empty_data(self) -> RelationData:
        return RelationData(
            kind=RelationKind.FRIENDSHIP, place_id=None, status=RelationStatus.ACTIVE
        )

    def build(self) -> None:
        tabs = self.tabs()
        form = self.form_page(tabs, self.tr("Relation"))
        self.place = SearchCombo()
        self.place.set_items(self.place_options, empty_text=self.tr("(choose a city)"))
        new_place = QPushButton(self.tr("New place…"))
        new_place.clicked.connect(self._new_place)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.place, 1)
        row.addWidget(new_place)
        # Errors and changes come from the picker.
        self.add_field(form, "place_id", self.tr("&City"), holder, input_widget=self.place)
        self.place.setAccessibleName(self.tr("City"))
        self.kind = self.add_field(
            form, "kind", self.tr("&Kind"), enum_combo(choices.enum_options(RelationKind))
        )
        self.status = self.add_field(
            form, "status", self.tr("&Status"), enum_combo(choices.enum_options(RelationStatus))
        )
        self.since = self.add_field(form, "since_year", self.tr("S&ince"), year_box())
        self.responsible = self.add_field(
            form, "responsible_official_id", self.tr("&Responsible official"), SearchCombo()
        )
        self.responsible.set_items(self.official_options, empty_text=self.tr("(nobody)"))
        self.themes = self.add_field(form, "themes", self.tr("&Themes"), TagEdit())
        self.themes.set_known(self.known_themes)
        self.contacts = self.add_field(form, "contact_ids", self.tr("C&ontacts"), OrderedPicker())
        self.contacts.set_choices(self.contact_options)
        self.notes = self.add_field(form, "notes", self.tr("N&otes"), QPlainTextEdit())
        self.notes.setTabChangesFocus(True)
        # Not "History": that tab is the record's change history (forms/base.py).
        events = self.form_page(tabs, self.tr("Events"))
        self.events_tab = tabs.count() - 1  # its index: the page may sit in a scroll area
        self.events = self.add_field(
            events,
            "events",
            self.tr("&Events"),
            RowsEditor(
                [
                    Column("date", self.tr("Date"), "date"),
                    Column(
                        "kind", self.tr("Kind"), "choice", choices.enum_options(RelationEventKind)
                    ),
                    Column("description", self.tr("Description"), "text"),
                ],
                new_row=lambda: {"date": None, "kind": RelationEventKind.VISIT, "description": ""},
                accessible_name=self.tr("Events"),
            ),
        )
        self.build_priorities(tabs)
        self.timeline: TimelineList | None = None
        if self.record_id is not None:  # a new relation has nothing on it yet
            self.timeline = TimelineList()
            self.timeline.setAccessibleName(self.tr("Timeline"))
            self.timeline.set_entries(self.timeline_entries)
            self.timeline.open_requested.connect(self._open_from_timeline)
            tabs.addTab(self.timeline, self.tr("Timeline"))
        self.sources = SourceSection(self, tabs)

    def _open_from_timeline(self, register: str, record_id: int) -> None:
        """An agreement or trip in its own form; an event is this relation's own: its tab."""
        if register == RegisterKey.RELATIONS:
            if self.tab_widget is not None:
                self.tab_widget.setCurrentIndex(self.events_tab)
            return
        from . import open_form

        open_form(self.parentWidget() or self, self.workspace, register, record_id)

    def _new_place(self) -> None:
        place_id = ask_new_place(self, self.workspace)
        if place_id is None:
            return
        with self.workspace.reading() as session:
            self.place.set_items(choices.places(session), empty_text=self.tr("(choose a city)"))
        self.place.setValue(place_id)
        self.validation.input_changed()  # setValue is no edit by itself: it counts at once

    def load(self, data: RelationData) -> None:
        self.sources.load(data)
        self.place.setValue(data.place_id)
        set_combo(self.kind, RelationKind(data.kind))
        set_combo(self.status, RelationStatus(data.status))
        self.since.setValue(data.since_year or NO_YEAR)
        self.responsible.setValue(data.responsible_official_id)
        self.themes.set_tags(data.themes)
        self.contacts.set_values(data.contact_ids)
        self.notes.setPlainText(data.notes)
        self.events.set_rows(
            [
                {"date": e.date, "kind": RelationEventKind(e.kind), "description": e.description}
                for e in data.events
            ]
        )

    def collect(self) -> RelationData:
        since = self.since.value()
        return RelationData(
            **self.sources.values(),
            kind=self.kind.currentData(),
            place_id=self.place.value(),
            status=self.status.currentData(),
            since_year=None if since == NO_YEAR else since,
            themes=self.themes.tags(),
            responsible_official_id=self.responsible.value(),
            contact_ids=self.contacts.values(),
            notes=self.notes.toPlainText(),
            events=[
                RelationEventData(r["date"], r["kind"], r["description"] or "")
                for r in self.events.rows()
            ],
        )

    def title_text(self) -> str:
        text = self.place.currentText().strip()
        return (
            self.tr("Relation with {place}").format(place=text)
            if self.place.value()
            else self.tr("New relation")
        )

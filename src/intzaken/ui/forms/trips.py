"""The form of an official trip: plan, travellers, costs and CO2, programme, logistics,
delegation, outcomes; and the readiness checklist of a mission still ahead."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import DatePrecision, TransportMode, TripKind, TripStatus
from ...registers import RegisterKey
from ...services.compensation import compensation_for
from ...services.data import (
    DelegateData,
    DestinationData,
    FollowUpData,
    JourneyLegData,
    TripData,
)
from ...services.journey import preview_estimate, propose_legs
from ...services.plausibility import TripNorms, trip_norms
from ...services.travel_policy import travel_policy
from ..programme.traveller_roles import TravellerRoles
from ..programme.trip_parts import TripPreparation
from ..widgets.date_edit import PeriodEdit
from ..widgets.money_edit import AmountEdit
from ..widgets.ordered_picker import OrderedPicker
from ..widgets.rows_editor import Column, RowsEditor
from ..widgets.search_combo import SearchCombo
from ..widgets.tag_edit import TagEdit
from . import choices
from .inputs import enum_combo, set_combo
from .journey_panel import JourneyPanel, legs_to_rows
from .new_place import ask_new_place
from .priority_links import PriorityLinks
from .source_section import SourceSection
from .trip_columns import TripColumns


class TripForm(PriorityLinks, TripColumns, TripPreparation):
    register = RegisterKey.TRIPS
    field_aliases = {"lead_official_id": "travellers", "traveller_ids": "travellers"}
    shows_findings = True

    def findings_norms(self, session: Any, known: TripNorms | None) -> TripNorms | None:
        # Once per form: what is usual across the archive, which one edit hardly moves.
        return known if known is not None else trip_norms(session)

    def prepare(self, session: Any) -> None:
        self.official_options = choices.officials(session)
        self.destination_options = choices.destinations(session)
        self.contact_options = choices.contacts(session)
        self.relation_options = choices.relations(session)
        self.network_options = choices.networks(session)
        self.agreement_options = choices.agreements(session)
        self.budget_options = choices.budget_lines(session)
        self.known_themes = choices.themes(session)
        self.place_options = choices.places(session)
        self.prepare_mission(session)
        self.prepare_priorities(session)

    def empty_data(self) -> TripData:
        return TripData(
            title="",
            kind=TripKind.WORKING_VISIT,
            status=TripStatus.PLANNED,
            start_date=None,
            end_date=None,
            destinations=[],
            traveller_ids=[],
            lead_official_id=None,
        )

    def build(self) -> None:
        tabs = self.tabs()
        self._build_general(self.form_page(tabs, self.tr("General")))
        self._build_costs(self.form_page(tabs, self.tr("Costs and CO₂")))
        self.build_programme(tabs)
        self.build_logistics(tabs)
        delegation = self.form_page(tabs, self.tr("Delegation"))
        self.traveller_roles = self.add_field(
            delegation, "traveller_roles", self.tr("Roles of the &travellers"), TravellerRoles()
        )
        self.delegation = self.add_field(
            delegation,
            "delegation",
            self.tr("&Delegation"),
            RowsEditor(
                [
                    Column("organisation", self.tr("Organisation"), "text"),
                    Column("name", self.tr("Name"), "text"),
                    Column("function", self.tr("Function"), "text"),
                    Column("role", self.tr("Role"), "text"),
                ],
                new_row=lambda: {"organisation": "", "name": "", "function": "", "role": ""},
                accessible_name=self.tr("Delegation"),
            ),
        )
        links = self.form_page(tabs, self.tr("Links"))
        self.relations = self.add_field(
            links, "relation_ids", self.tr("&Relations"), OrderedPicker()
        )
        self.relations.set_choices(self.relation_options)
        self.networks = self.add_field(links, "network_ids", self.tr("&Networks"), OrderedPicker())
        self.networks.set_choices(self.network_options)
        self.agreements = self.add_field(
            links, "agreement_ids", self.tr("&Agreements"), OrderedPicker()
        )
        self.agreements.set_choices(self.agreement_options)
        self.build_priorities(tabs)
        result = self.form_page(tabs, self.tr("Outcomes"))
        self.outcomes = self.add_field(result, "outcomes", self.tr("&Outcomes"), QPlainTextEdit())
        self.outcomes.setTabChangesFocus(True)
        self.follow_ups = self.add_field(
            result,
            "follow_ups",
            self.tr("&Follow-up"),
            RowsEditor(
                [
                    Column("description", self.tr("Action"), "text"),
                    Column("due", self.tr("Due"), "date"),
                    Column("done", self.tr("Done"), "bool"),
                ],
                new_row=lambda: {"description": "", "due": None, "done": False},
                accessible_name=self.tr("Follow-up"),
            ),
        )
        self.notes = self.add_field(result, "notes", self.tr("N&otes"), QPlainTextEdit())
        self.notes.setTabChangesFocus(True)
        self.build_gifts(tabs)
        self.build_readiness()
        self.connect_preparation()
        self.sources = SourceSection(self, tabs)

    def _build_general(self, form: Any) -> None:
        self.title = self.add_field(form, "title", self.tr("&Title"), QLineEdit())
        self.kind = self.add_field(
            form, "kind", self.tr("&Kind"), enum_combo(choices.enum_options(TripKind))
        )
        self.status = self.add_field(
            form, "status", self.tr("&Status"), enum_combo(choices.enum_options(TripStatus))
        )
        self.precision = self.add_field(
            form,
            "date_precision",
            self.tr("Dates &known"),
            enum_combo(
                [
                    (DatePrecision.DAY, self.tr("to the day")),
                    (DatePrecision.MONTH, self.tr("only the month")),
                    (DatePrecision.YEAR, self.tr("only the year")),
                ]
            ),
        )
        self.start = self.add_field(form, "start_date", self.tr("St&art"), PeriodEdit())
        self.end = self.add_field(form, "end_date", self.tr("&End"), PeriodEdit())
        # "oktober 2016" typed in a date sets the precision; the precision shows the dates.
        for edit in (self.start, self.end):
            edit.precisionTyped.connect(self._precision_typed)
        self.precision.currentIndexChanged.connect(self._show_precision)
        self.destinations = OrderedPicker()
        self.destinations.set_choices(self.destination_options)
        new_place = QPushButton(self.tr("New place…"))
        new_place.clicked.connect(self._new_place)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.destinations)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(new_place)
        column.addLayout(row)
        self.add_field(
            form, "destinations", self.tr("&Destinations"), holder, input_widget=self.destinations
        )
        self.destinations.setAccessibleName(self.tr("Destinations"))
        self.travellers = self.add_field(
            form, "travellers", self.tr("T&ravellers"), OrderedPicker(with_lead=True)
        )
        self.travellers.set_choices(self.official_options)
        self.themes = self.add_field(form, "themes", self.tr("T&hemes"), TagEdit())
        self.themes.set_known(self.known_themes)
        self.purpose = self.add_field(form, "purpose", self.tr("&Purpose"), QPlainTextEdit())
        self.purpose.setTabChangesFocus(True)

    def _build_costs(self, form: Any) -> None:
        self.travel = self.add_field(
            form, "travel_and_stay", self.tr("Travel and &stay"), AmountEdit()
        )
        self.other = self.add_field(form, "other_costs", self.tr("&Other costs"), AmountEdit())
        self.build_estimates(form)
        self.transport = self.add_field(
            form, "transport", self.tr("&Means of transport"), OrderedPicker()
        )
        self.transport.set_choices(choices.enum_options(TransportMode))
        self.co2 = self.add_field(
            form, "co2_tonnes", self.tr("CO₂ (&tonnes)"), AmountEdit(currency=False, places=3)
        )
        self.offset = self.add_field(form, "co2_offset", self.tr("CO₂ &compensation"), AmountEdit())
        self.build_apart(form)
        self.budget_line = self.add_field(
            form, "budget_line_id", self.tr("&Budget line"), SearchCombo()
        )
        self.budget_line.set_items(self.budget_options, empty_text=self.tr("(none)"))
        self.journey = JourneyPanel(self.place_options, self._proposed_journey)
        self.add_field(
            form,
            "journey",
            self.tr("&Route for the estimate"),
            self.journey,
            input_widget=self.journey.editor,
        )
        self.policy_reason = self.add_field(
            form,
            "policy_reason",
            self.tr("Reason for &flying below the train distance"),
            QPlainTextEdit(),
        )
        self.policy_reason.setTabChangesFocus(True)
        self.policy_reason.setMaximumHeight(self.fontMetrics().height() * 4)
        for signal in (self.journey.editor.changed, self.travellers.changed):
            signal.connect(self._show_estimate)
        for edit in (self.co2, self.start):
            edit.valueChanged.connect(self._show_estimate)

    def _proposed_journey(self) -> list[JourneyLegData]:
        places = [place for _code, place in self.destinations.values()]
        modes = self.transport.values()
        with self.workspace.reading() as session:
            return propose_legs(session, places, modes[0] if modes else None)

    def _show_estimate(self) -> None:
        # The estimate of what the form holds now, with the set the trip keeps.
        start = self.start.value()
        with self.workspace.reading() as session:
            estimate = preview_estimate(
                session, self.record_id, self.journey.editor.legs(), len(self.travellers.values())
            )
            compensation = compensation_for(
                session,
                estimate.delegation if estimate is not None else None,
                start.year if start is not None else None,
            )
            speed = travel_policy(session).train_speed_kmh
        self.journey.show_estimate(estimate, self.co2.value(), compensation, speed)

    def _precision_typed(self, precision: str) -> None:
        set_combo(self.precision, DatePrecision(precision))

    def _show_precision(self) -> None:
        precision = self.precision.currentData() or DatePrecision.DAY
        for edit in (self.start, self.end):
            edit.setPrecision(str(precision))

    def _new_place(self) -> None:
        place_id = ask_new_place(self, self.workspace)
        if place_id is None:
            return
        chosen, lead = self.destinations.values(), None
        with self.workspace.reading() as session:
            self.destination_options = choices.destinations(session)
        self.destinations.set_choices(self.destination_options)
        added = next(key for key, _ in self.destination_options if key[1] == place_id)
        self.destinations.set_values([*chosen, added], lead)
        self.validation.input_changed()

    def load(self, data: TripData) -> None:
        self.sources.load(data)
        self.title.setText(data.title)
        set_combo(self.kind, TripKind(data.kind))
        set_combo(self.status, TripStatus(data.status))
        set_combo(self.precision, DatePrecision(data.date_precision))
        self.start.setValue(data.start_date)
        self.end.setValue(data.end_date)
        self.destinations.set_values([(d.country_code, d.place_id) for d in data.destinations])
        self.travellers.set_values(data.traveller_ids, data.lead_official_id)
        self.themes.set_tags(data.themes)
        self.purpose.setPlainText(data.purpose)
        self.travel.setValue(data.travel_and_stay)
        self.other.setValue(data.other_costs)
        self.transport.set_values([TransportMode(m) for m in data.transport])
        self.co2.setValue(data.co2_tonnes)
        self.offset.setValue(data.co2_offset)
        self.budget_line.setValue(data.budget_line_id)
        self.delegation.set_rows([dataclasses.asdict(d) for d in data.delegation])
        self.relations.set_values(data.relation_ids)
        self.networks.set_values(data.network_ids)
        self.agreements.set_values(data.agreement_ids)
        self.outcomes.setPlainText(data.outcomes)
        self.follow_ups.set_rows(
            [{"description": f.description, "due": f.due, "done": f.done} for f in data.follow_ups]
        )
        self.notes.setPlainText(data.notes)
        self.journey.editor.set_rows(legs_to_rows(data.journey or []))
        self.policy_reason.setPlainText(data.policy_reason or "")
        self.load_preparation(data)
        self.load_columns(data)
        self._show_estimate()

    def collect(self) -> TripData:
        return TripData(
            **self.sources.values(),
            title=self.title.text(),
            kind=self.kind.currentData(),
            status=self.status.currentData(),
            date_precision=self.precision.currentData(),
            start_date=self.start.value(),
            end_date=self.end.value(),
            destinations=[
                DestinationData(code, place) for code, place in self.destinations.values()
            ],
            traveller_ids=self.travellers.values(),
            lead_official_id=self.travellers.lead(),
            themes=self.themes.tags(),
            purpose=self.purpose.toPlainText(),
            travel_and_stay=self.travel.value(),
            other_costs=self.other.value(),
            transport=self.transport.values(),
            co2_tonnes=self.co2.value(),
            co2_offset=self.offset.value(),
            budget_line_id=self.budget_line.value(),
            programme=self.programme.values(),
            delegation=[
                DelegateData(
                    r["organisation"] or "",
                    r["name"] or "",
                    r["function"] or "",
                    r.get("role") or "",
                )
                for r in self.delegation.rows()
            ],
            relation_ids=self.relations.values(),
            network_ids=self.networks.values(),
            agreement_ids=self.agreements.values(),
            outcomes=self.outcomes.toPlainText(),
            follow_ups=[
                FollowUpData(r["description"] or "", r["due"], bool(r["done"]))
                for r in self.follow_ups.rows()
            ],
            notes=self.notes.toPlainText(),
            traveller_roles=self.traveller_roles.roles(),
            journey=self.journey.editor.legs(),
            policy_reason=self.policy_reason.toPlainText(),
            **self.collect_logistics(),
            **self.collect_columns(),
        )

    def title_text(self) -> str:
        title = " ".join(self.title.text().split())
        return title[:60] + ("…" if len(title) > 60 else "") if title else self.tr("New trip")

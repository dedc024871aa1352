"""The form of an official trip: plan, travellers, costs and CO2, programme, outcomes."""

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
from ...services.data import (
    DelegateData,
    DestinationData,
    FollowUpData,
    ProgrammeItemData,
    TripData,
)
from ...services.plausibility import TripNorms, trip_norms
from ..widgets.date_edit import OptionalDateEdit
from ..widgets.money_edit import AmountEdit
from ..widgets.ordered_picker import OrderedPicker
from ..widgets.rows_editor import Column, RowsEditor
from ..widgets.search_combo import SearchCombo
from ..widgets.tag_edit import TagEdit
from . import choices
from .base import RecordForm
from .inputs import enum_combo, set_combo
from .new_place import ask_new_place


class TripForm(RecordForm):
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
        programme = self.form_page(tabs, self.tr("Programme"))
        self.programme = self.add_field(
            programme,
            "programme",
            self.tr("&Programme"),
            RowsEditor(
                [
                    Column("day", self.tr("Day"), "date"),
                    Column("time", self.tr("Time"), "time"),
                    Column("activity", self.tr("Activity"), "text"),
                    Column("place", self.tr("Place"), "text"),
                    Column(
                        "contact_id",
                        self.tr("Contact"),
                        "choice",
                        [(None, "")] + self.contact_options,
                    ),
                ],
                new_row=lambda: {
                    "day": None,
                    "time": None,
                    "activity": "",
                    "place": "",
                    "contact_id": None,
                },
                accessible_name=self.tr("Programme"),
            ),
        )
        delegation = self.form_page(tabs, self.tr("Delegation"))
        self.delegation = self.add_field(
            delegation,
            "delegation",
            self.tr("&Delegation"),
            RowsEditor(
                [
                    Column("organisation", self.tr("Organisation"), "text"),
                    Column("name", self.tr("Name"), "text"),
                    Column("function", self.tr("Function"), "text"),
                ],
                new_row=lambda: {"organisation": "", "name": "", "function": ""},
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
                ]
            ),
        )
        self.start = self.add_field(form, "start_date", self.tr("St&art"), OptionalDateEdit())
        self.end = self.add_field(form, "end_date", self.tr("&End"), OptionalDateEdit())
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
        self.transport = self.add_field(
            form, "transport", self.tr("&Means of transport"), OrderedPicker()
        )
        self.transport.set_choices(choices.enum_options(TransportMode))
        self.co2 = self.add_field(
            form, "co2_tonnes", self.tr("CO₂ (&tonnes)"), AmountEdit(currency=False, places=3)
        )
        self.offset = self.add_field(form, "co2_offset", self.tr("CO₂ &compensation"), AmountEdit())
        self.budget_line = self.add_field(
            form, "budget_line_id", self.tr("&Budget line"), SearchCombo()
        )
        self.budget_line.set_items(self.budget_options, empty_text=self.tr("(none)"))

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
        # What this form does not edit yet (mission preparation: legs, stays, hosts, the
        # programme's details) is kept as loaded and saved again unchanged.
        self._loaded = data
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
        # Each row keeps the item's other fields along with the columns shown.
        self.programme.set_rows(
            [
                dataclasses.asdict(p) | {"contact_id": p.contact_ids[0] if p.contact_ids else None}
                for p in data.programme
            ]
        )
        self.delegation.set_rows([dataclasses.asdict(d) for d in data.delegation])
        self.relations.set_values(data.relation_ids)
        self.networks.set_values(data.network_ids)
        self.agreements.set_values(data.agreement_ids)
        self.outcomes.setPlainText(data.outcomes)
        self.follow_ups.set_rows(
            [{"description": f.description, "due": f.due, "done": f.done} for f in data.follow_ups]
        )
        self.notes.setPlainText(data.notes)

    def collect(self) -> TripData:
        loaded = getattr(self, "_loaded", None) or self.empty_data()
        return TripData(
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
            programme=[_programme_item(r) for r in self.programme.rows()],
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
            traveller_roles={
                official_id: role
                for official_id, role in loaded.traveller_roles.items()
                if official_id in self.travellers.values()
            },
            legs=loaded.legs,
            stays=loaded.stays,
            hosts=loaded.hosts,
            local_transport=loaded.local_transport,
            ground_contact_id=loaded.ground_contact_id,
            time_zone=loaded.time_zone,
        )

    def title_text(self) -> str:
        title = " ".join(self.title.text().split())
        return title[:60] + ("…" if len(title) > 60 else "") if title else self.tr("New trip")


def _programme_item(row: dict[str, Any]) -> ProgrammeItemData:
    """A programme row as shown (one contact) with the item's other fields as loaded: the
    contact chosen comes first, the other people met stay."""
    chosen, loaded = row["contact_id"], list(row.get("contact_ids") or [])
    contact_ids = ([chosen] if chosen is not None else []) + [
        contact for contact in loaded[1:] if contact != chosen
    ]
    names = {f.name for f in dataclasses.fields(ProgrammeItemData)}
    kept = {key: value for key, value in row.items() if key in names}
    return ProgrammeItemData(
        **kept
        | {
            "activity": row["activity"] or "",
            "place": row["place"] or "",
            "contact_ids": contact_ids,
        }
    )

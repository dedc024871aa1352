"""The form of an EU project: programme, call, role and status, partners, money and the
dates it must not miss, and the trips that serve it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from ...domain.enums import FundingProgramme, ProjectRole, ProjectStatus
from ...registers import RegisterKey
from ...services.data import ProjectData
from ..widgets.date_edit import OptionalDateEdit
from ..widgets.money_edit import AmountEdit
from ..widgets.ordered_picker import OrderedPicker
from . import choices
from .base import RecordForm
from .inputs import enum_combo, set_combo
from .source_section import SourceSection


class ProjectForm(RecordForm):
    register = RegisterKey.PROJECTS

    def prepare(self, session: Any) -> None:
        self.relation_options = choices.relations(session)
        self.network_options = choices.networks(session)
        self.trip_options = choices.trips(session)

    def empty_data(self) -> ProjectData:
        return ProjectData(
            name="",
            funding_programme=FundingProgramme.INTERREG,
            role=ProjectRole.PARTNER,
            status=ProjectStatus.IDEA,
        )

    def build(self) -> None:
        tabs = self.tabs()
        form = self.form_page(tabs, self.tr("EU project"))
        self.name = self.add_field(form, "name", self.tr("&Name"), QLineEdit())
        self.programme = self.add_field(
            form,
            "funding_programme",
            self.tr("Funding &programme"),
            enum_combo(choices.enum_options(FundingProgramme)),
        )
        self.call = self.add_field(form, "call", self.tr("&Call"), QLineEdit())
        self.role = self.add_field(
            form, "role", self.tr("&Role"), enum_combo(choices.enum_options(ProjectRole))
        )
        self.status = self.add_field(
            form, "status", self.tr("&Status"), enum_combo(choices.enum_options(ProjectStatus))
        )
        self.total_budget = self.add_field(
            form, "total_budget", self.tr("&Total budget"), AmountEdit()
        )
        self.grant = self.add_field(
            form, "grant", self.tr("&Grant to the municipality"), AmountEdit()
        )
        self.co_financing = self.add_field(
            form, "co_financing", self.tr("Co-&financing"), AmountEdit()
        )
        self.call_deadline = self.add_field(
            form, "call_deadline", self.tr("Call &deadline"), OptionalDateEdit()
        )
        self.start_date = self.add_field(
            form, "start_date", self.tr("Start dat&e"), OptionalDateEdit()
        )
        self.end_date = self.add_field(form, "end_date", self.tr("End date"), OptionalDateEdit())
        self.report_due = self.add_field(
            form, "report_due", self.tr("Report d&ue"), OptionalDateEdit()
        )
        more = self.form_page(tabs, self.tr("Partners and trips"))
        self.relations = self.add_field(
            more, "relation_ids", self.tr("Partner &relations"), OrderedPicker()
        )
        self.relations.set_choices(self.relation_options)
        self.networks = self.add_field(
            more, "network_ids", self.tr("Partner &networks"), OrderedPicker()
        )
        self.networks.set_choices(self.network_options)
        self.other_partners = self.add_field(
            more, "other_partners", self.tr("&Other partners"), QPlainTextEdit()
        )
        self.other_partners.setTabChangesFocus(True)
        self.trips = self.add_field(more, "trip_ids", self.tr("&Trips"), OrderedPicker())
        self.trips.set_choices(self.trip_options)
        self.notes = self.add_field(more, "notes", self.tr("N&otes"), QPlainTextEdit())
        self.notes.setTabChangesFocus(True)
        self.sources = SourceSection(self, tabs)

    def load(self, data: ProjectData) -> None:
        self.sources.load(data)
        self.name.setText(data.name)
        set_combo(self.programme, FundingProgramme(data.funding_programme))
        self.call.setText(data.call)
        set_combo(self.role, ProjectRole(data.role))
        set_combo(self.status, ProjectStatus(data.status))
        self.total_budget.setValue(data.total_budget)
        self.grant.setValue(data.grant)
        self.co_financing.setValue(data.co_financing)
        self.call_deadline.setValue(data.call_deadline)
        self.start_date.setValue(data.start_date)
        self.end_date.setValue(data.end_date)
        self.report_due.setValue(data.report_due)
        self.relations.set_values(data.relation_ids)
        self.networks.set_values(data.network_ids)
        self.other_partners.setPlainText(data.other_partners)
        self.trips.set_values(data.trip_ids)
        self.notes.setPlainText(data.notes)

    def collect(self) -> ProjectData:
        return ProjectData(
            **self.sources.values(),
            name=self.name.text(),
            funding_programme=self.programme.currentData(),
            role=self.role.currentData(),
            status=self.status.currentData(),
            call=self.call.text(),
            relation_ids=self.relations.values(),
            network_ids=self.networks.values(),
            other_partners=self.other_partners.toPlainText(),
            total_budget=self.total_budget.value(),
            grant=self.grant.value(),
            co_financing=self.co_financing.value(),
            call_deadline=self.call_deadline.value(),
            start_date=self.start_date.value(),
            end_date=self.end_date.value(),
            report_due=self.report_due.value(),
            trip_ids=self.trips.values(),
            notes=self.notes.toPlainText(),
        )

    def title_text(self) -> str:
        return self.name.text().strip() or self.tr("New EU project")

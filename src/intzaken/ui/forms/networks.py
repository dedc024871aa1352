"""The form of a network membership."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from ...domain.enums import MembershipStatus, NetworkRole
from ...registers import RegisterKey
from ...services.data import NetworkData
from ..widgets.money_edit import AmountEdit
from ..widgets.ordered_picker import OrderedPicker
from ..widgets.search_combo import SearchCombo
from ..widgets.tag_edit import TagEdit
from . import choices
from .base import RecordForm
from .inputs import NO_YEAR, enum_combo, set_combo, year_box
from .priority_links import PriorityLinks
from .source_section import SourceSection


class NetworkForm(PriorityLinks, RecordForm):
    register = RegisterKey.NETWORKS

    def prepare(self, session: Any) -> None:
        self.official_options = choices.officials(session)
        self.contact_options = choices.contacts(session)
        self.known_themes = choices.themes(session)
        self.prepare_priorities(session)

    def empty_data(self) -> NetworkData:
        return NetworkData(name="")

    def build(self) -> None:
        tabs = self.tabs()
        form = self.form_page(tabs, self.tr("Network"))
        self.name = self.add_field(form, "name", self.tr("&Name"), QLineEdit())
        self.acronym = self.add_field(form, "acronym", self.tr("&Abbreviation"), QLineEdit())
        self.role = self.add_field(
            form, "role", self.tr("&Role"), enum_combo(choices.enum_options(NetworkRole))
        )
        self.membership = self.add_field(
            form,
            "membership",
            self.tr("Mem&bership"),
            enum_combo(choices.enum_options(MembershipStatus)),
        )
        self.responsible = self.add_field(
            form, "responsible_official_id", self.tr("&Portfolio holder"), SearchCombo()
        )
        self.responsible.set_items(self.official_options, empty_text=self.tr("(nobody)"))
        self.portfolio_code = self.add_field(
            form, "portfolio_code", self.tr("Portfolio &code"), QLineEdit()
        )
        self.member_since = self.add_field(
            form, "member_since", self.tr("&Member since"), year_box()
        )
        self.annual_fee = self.add_field(form, "annual_fee", self.tr("Annual &fee"), AmountEdit())
        self.themes = self.add_field(form, "themes", self.tr("&Themes"), TagEdit())
        self.themes.set_known(self.known_themes)
        more = self.form_page(tabs, self.tr("Details"))
        self.scope = self.add_field(more, "scope", self.tr("&Scope"), QPlainTextEdit())
        self.scope.setTabChangesFocus(True)
        self.contacts = self.add_field(more, "contact_ids", self.tr("&Contacts"), OrderedPicker())
        self.contacts.set_choices(self.contact_options)
        self.notes = self.add_field(more, "notes", self.tr("N&otes"), QPlainTextEdit())
        self.notes.setTabChangesFocus(True)
        self.build_priorities(tabs)
        self.sources = SourceSection(self, tabs)

    def load(self, data: NetworkData) -> None:
        self.sources.load(data)
        self.name.setText(data.name)
        self.acronym.setText(data.acronym)
        set_combo(self.role, NetworkRole(data.role))
        set_combo(self.membership, MembershipStatus(data.membership))
        self.responsible.setValue(data.responsible_official_id)
        self.portfolio_code.setText(data.portfolio_code)
        self.member_since.setValue(data.member_since or NO_YEAR)
        self.annual_fee.setValue(data.annual_fee)
        self.themes.set_tags(data.themes)
        self.scope.setPlainText(data.scope)
        self.contacts.set_values(data.contact_ids)
        self.notes.setPlainText(data.notes)

    def collect(self) -> NetworkData:
        since = self.member_since.value()
        return NetworkData(
            **self.sources.values(),
            name=self.name.text(),
            acronym=self.acronym.text(),
            scope=self.scope.toPlainText(),
            themes=self.themes.tags(),
            member_since=None if since == NO_YEAR else since,
            annual_fee=self.annual_fee.value(),
            responsible_official_id=self.responsible.value(),
            portfolio_code=self.portfolio_code.text(),
            role=self.role.currentData(),
            membership=self.membership.currentData(),
            contact_ids=self.contacts.values(),
            notes=self.notes.toPlainText(),
        )

    def title_text(self) -> str:
        return self.name.text().strip() or self.tr("New network")

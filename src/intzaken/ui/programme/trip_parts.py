"""What mission preparation adds to the trip form: the Programme and Logistics tabs, the
travellers' roles, and the readiness checklist under the tabs, worked out in each trial
save and leading to the field it names. A part of TripForm (a mixin on RecordForm)."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.models import Trip
from ...services.country_facts import facts_by_country
from ...services.data import TripData
from ...services.readiness import ReadinessItem, needs_preparation, readiness
from ...services.zone_proposals import destination_zones, kept_zones, zone_choices
from ..forms import choices
from ..forms.base import RecordForm
from ..forms.validation import field_key
from ..widgets.date_edit import PeriodEdit
from ..widgets.ordered_picker import OrderedPicker
from ..widgets.search_combo import SearchCombo
from .editor import ProgrammeEditor
from .logistics_rows import (
    HostsEditor,
    LegsEditor,
    StaysEditor,
    host_data,
    host_row,
    leg_data,
    leg_row,
    stay_data,
    stay_row,
)
from .new_contact import ask_new_contact
from .readiness_panel import ReadinessPanel
from .traveller_roles import TravellerRoles


class TripPreparation(RecordForm):
    """The base of TripForm, which builds the inputs named here."""

    travellers: OrderedPicker
    destinations: OrderedPicker
    start: PeriodEdit
    end: PeriodEdit
    traveller_roles: TravellerRoles
    official_options: list[tuple[Any, str]]
    contact_options: list[tuple[Any, str]]

    def prepare_mission(self, session: Any) -> None:
        self.kept_zones = kept_zones(session)

    # --- building --------------------------------------------------------------------------------
    def build_programme(self, tabs: QTabWidget) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        self.programme = ProgrammeEditor()
        self.programme.setAccessibleName(self.tr("Programme"))
        error = self.validation.add_field("programme", self.programme)
        column.addWidget(self.programme, 1)
        column.addWidget(error)
        self.programme.set_contact_choices(self.contact_options)
        self.programme.new_contact_wanted.connect(self._new_contact)
        tabs.addTab(page, self.tr("Programme"))

    def build_logistics(self, tabs: QTabWidget) -> None:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Labels above the inputs: the journey's twelve columns need the whole width.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        tabs.addTab(scroll, self.tr("Logistics"))
        zones = [(zone, zone) for zone in zone_choices(self.destination_zones())]
        self.time_zone = self.add_field(
            form, "time_zone", self.tr("Local &time zone"), SearchCombo()
        )
        self.time_zone.set_items(zones, empty_text="")
        self.time_zone.setToolTip(self.tr("The time zone the programme's times are in"))
        self.legs = self.add_field(
            form, "legs", self.tr("&Journey"), LegsEditor(zones, self.destination_zones)
        )
        self.stays = self.add_field(form, "stays", self.tr("&Stay"), StaysEditor())
        self.local_transport = self.add_field(
            form, "local_transport", self.tr("&Local transport"), QPlainTextEdit()
        )
        self.local_transport.setTabChangesFocus(True)
        self.local_transport.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.ground_contact = self.add_field(
            form, "ground_contact_id", self.tr("&Contact on the ground"), SearchCombo()
        )
        self.ground_contact.set_items(self.contact_options, empty_text=self.tr("(none)"))
        self.hosts = self.add_field(
            form, "hosts", self.tr("&Hosts"), HostsEditor(self.contact_options)
        )
        for table in (self.legs, self.stays, self.hosts):
            table.view.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
            table.view.setMaximumHeight(self.fontMetrics().lineSpacing() * 9)

    def build_readiness(self) -> None:
        self.readiness = ReadinessPanel()
        self.body.addWidget(self.readiness)
        self.readiness.go_to.connect(self.go_to_field)

    def connect_preparation(self) -> None:
        self.travellers.changed.connect(self._travellers_changed)
        self.start.valueChanged.connect(self._dates_changed)
        self.end.valueChanged.connect(self._dates_changed)

    # --- loading and collecting ------------------------------------------------------------------
    def load_preparation(self, data: TripData) -> None:
        self.programme.set_items(copy.deepcopy(data.programme))
        self.traveller_roles.set_roles(data.traveller_roles)
        self._travellers_changed()
        self._dates_changed()
        self.time_zone.setValue(data.time_zone or None)
        self.legs.set_rows([leg_row(leg) for leg in data.legs])
        self.stays.set_rows([stay_row(stay) for stay in data.stays])
        self.local_transport.setPlainText(data.local_transport)
        self.ground_contact.setValue(data.ground_contact_id)
        self.hosts.set_rows([host_row(host) for host in data.hosts])

    def collect_logistics(self) -> dict[str, Any]:
        return {
            "time_zone": self.time_zone.value() or "",
            "legs": [leg_data(row) for row in self.legs.rows()],
            "stays": [stay_data(row) for row in self.stays.rows()],
            "local_transport": self.local_transport.toPlainText(),
            "ground_contact_id": self.ground_contact.value(),
            "hosts": [host_data(row) for row in self.hosts.rows()],
        }

    def destination_zones(self) -> list[str]:
        """The destinations' likely zones, as chosen in the form now."""
        # Asked while the Logistics tab is built, before or after the destinations.
        picker = getattr(self, "destinations", None)
        codes = [code for code, _place in picker.values()] if picker is not None else []
        return destination_zones(self.kept_zones, codes)

    def _travellers_changed(self) -> None:
        names = dict(self.official_options)
        travellers = [(i, names.get(i, "")) for i in self.travellers.values()]
        self.programme.set_travellers(travellers)
        self.traveller_roles.set_travellers(travellers)

    def _dates_changed(self) -> None:
        self.programme.set_trip_days(self.start.value(), self.end.value())

    def _new_contact(self) -> None:
        contact_id = ask_new_contact(self, self.workspace)
        if contact_id is None:
            return
        with self.workspace.reading() as session:
            self.contact_options = choices.contacts(session)
        self.programme.set_contact_choices(self.contact_options)
        self.ground_contact.set_items(self.contact_options, empty_text=self.tr("(none)"))
        self.programme.add_contact_to_current(contact_id)
        self.validation.input_changed()

    # --- readiness -------------------------------------------------------------------------------
    def trial_extra(self, session: Any, record_id: int) -> Any:
        """(whether the trip needs preparation, the checklist) of the input as saved."""
        trip = session.get(Trip, record_id)
        today: dt.date = self.workspace.today()
        if trip is None or not needs_preparation(trip, today):
            return (False, [])
        facts = facts_by_country(session, [d.country_code for d in trip.destinations])
        return (True, readiness(trip, facts, today))

    def show_trial_extra(self, extra: Any) -> None:
        needed, items = extra
        self.readiness.show_items(needed, items)

    def readiness_items(self) -> list[ReadinessItem]:
        return list(self.readiness.items)

    def go_to_field(self, field: str) -> None:
        """Show the tab that holds the trip's `field` and put the cursor there."""
        key = field_key(field)
        widget = self.validation.fields.get(key)
        tabs = self.tab_widget
        if widget is None or tabs is None:
            return
        for index in range(tabs.count()):
            page = tabs.widget(index)
            if page is not None and (page is widget or page.isAncestorOf(widget)):
                tabs.setCurrentIndex(index)
                break
        if key == "programme":
            self.programme.focus_problem_field(field)
            return
        target = getattr(widget, "view", None) or getattr(widget, "combo", None) or widget
        target.setFocus(Qt.FocusReason.OtherFocusReason)

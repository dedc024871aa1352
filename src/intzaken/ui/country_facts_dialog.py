"""Country information: what staff keep per country for every mission to it (local time,
money, language, the nearest Dutch embassy, emergency numbers, the travel advice).

Reference data, saved at once per country (not part of a trip form's undo). The dialog
stays open to fill in several countries in a row; leaving a country with changes asks
whether to save them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import TravelAdvice
from ..domain.models import CountryFacts
from ..services.country_facts import (
    WORRYING_ADVICE,
    CountryFactsData,
    advice_out_of_date,
    country_facts_data,
    get_country_facts,
    save_country_facts,
    travel_advice_warning,
)
from ..services.time_zones import zones_of_country
from .forms import choices
from .widgets.date_edit import OptionalDateEdit
from .widgets.search_combo import SearchCombo
from .workspace import USER_ERRORS, Workspace

# The colours of the Dutch travel advice map, for a swatch beside each choice.
ADVICE_COLOURS = {
    TravelAdvice.GREEN: "#2e7d32",
    TravelAdvice.YELLOW: "#f2c500",
    TravelAdvice.ORANGE: "#ef6c00",
    TravelAdvice.RED: "#c62828",
}
ERROR_STYLE = "color: #b3261e;"


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class CountryFactsDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, workspace: Workspace, country_code: str | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Country information"))
        self._code: str | None = None
        self._loaded = CountryFactsData()
        with workspace.reading() as session:
            country_options = choices.countries(session)
        self.country = SearchCombo(accessible_name=self.tr("Country"))
        self.country.set_items(country_options)
        self.country.valueChanged.connect(self._country_chosen)
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.time_zone = QComboBox()
        self.time_zone.setEditable(True)
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.time_zone.setAccessibleName(self.tr("Time zone"))
        self.time_zone.setToolTip(
            self.tr("An IANA time zone such as Asia/Shanghai; the zones of the country are offered")
        )
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.currency.setPlaceholderText(self.tr("e.g. CNY"))
        self.languages = QLineEdit()
        self.embassy_name = QLineEdit()
        self.embassy_name.setPlaceholderText(self.tr("e.g. Consulate-General in Shanghai"))
        self.embassy_address = QPlainTextEdit()
        self.embassy_address.setTabChangesFocus(True)
        self.embassy_address.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.embassy_phone = QLineEdit()
        self.embassy_emergency_phone = QLineEdit()
        self.local_emergency_number = QLineEdit()
        self.local_emergency_number.setPlaceholderText(self.tr("e.g. 112"))
        self.travel_advice = QComboBox()
        self.travel_advice.addItem(self.tr("(not recorded)"), None)
        for advice, name in choices.enum_options(TravelAdvice):
            self.travel_advice.addItem(_swatch(ADVICE_COLOURS[advice]), name, advice)
        self.checked_on = OptionalDateEdit(accessible_name=self.tr("Checked on"))
        today_button = QPushButton(self.tr("To&day"))
        today_button.setToolTip(self.tr("The travel advice was checked today"))
        today_button.clicked.connect(lambda: self.checked_on.setValue(workspace.today()))
        checked_row = QHBoxLayout()
        checked_row.setContentsMargins(0, 0, 0, 0)
        checked_row.addWidget(self.checked_on, 1)
        checked_row.addWidget(today_button)
        self.advice_warning = QLabel()
        self.advice_warning.setWordWrap(True)
        self.advice_warning.setStyleSheet(ERROR_STYLE)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)

        form = QFormLayout()
        form.addRow(self.tr("C&ountry"), self.country)
        form.addRow("", self.status)
        form.addRow(self.tr("&Time zone"), self.time_zone)
        form.addRow(self.tr("C&urrency"), self.currency)
        form.addRow(self.tr("&Languages"), self.languages)
        form.addRow(self.tr("&Embassy or consulate"), self.embassy_name)
        form.addRow(self.tr("&Address"), self.embassy_address)
        form.addRow(self.tr("Pho&ne"), self.embassy_phone)
        form.addRow(self.tr("Emergency p&hone (embassy)"), self.embassy_emergency_phone)
        form.addRow(self.tr("Local emergenc&y number"), self.local_emergency_number)
        form.addRow(self.tr("Travel ad&vice"), self.travel_advice)
        # A row holding a layout gets no buddy of its own: the label needs it for its key.
        checked_label = QLabel(self.tr("Chec&ked on"))
        checked_label.setBuddy(self.checked_on)
        form.addRow(checked_label, checked_row)
        form.addRow("", self.advice_warning)
        form.addRow(self.tr("&Notes"), self.notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.travel_advice.currentIndexChanged.connect(self._show_advice_warning)
        # textChanged: also when set by the Today button or on loading, not only by typing.
        self.checked_on.textChanged.connect(self._show_advice_warning)
        self._fields: list[QWidget] = [
            self.time_zone,
            self.currency,
            self.languages,
            self.embassy_name,
            self.embassy_address,
            self.embassy_phone,
            self.embassy_emergency_phone,
            self.local_emergency_number,
            self.travel_advice,
            self.checked_on,
            today_button,
            self.notes,
        ]
        self.resize(560, self.sizeHint().height())
        self._set_enabled(False)
        if country_code:
            self.country.setValue(country_code.upper())
            self._load(country_code.upper())

    # --- the country shown -----------------------------------------------------------------------
    def _country_chosen(self) -> None:
        code = self.country.value()
        if code == self._code:
            return
        if self._code is not None and self.is_changed() and not self._may_leave():
            self.country.setValue(self._code)  # stay: setValue emits no change
            return
        self._load(code)

    def _may_leave(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Country information"),
            self.tr("Save the changes to this country first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _load(self, code: str | None) -> None:
        self._code = code
        self.error.clear()
        data = CountryFactsData()
        if code is not None:
            with self.workspace.reading() as session:
                facts = get_country_facts(session, code)
                if facts is not None:
                    data = country_facts_data(facts)
        self._fill_zones(code, data.time_zone)
        self._show(data)
        # What was shown, the proposed zone included: closing without typing asks nothing.
        self._loaded = self.entered()
        self._set_enabled(code is not None)
        nothing_yet = code is not None and data == CountryFactsData()
        self._show_status(
            self.tr("Nothing has been recorded for this country yet.") if nothing_yet else ""
        )

    def _fill_zones(self, code: str | None, current: str) -> None:
        zones = list(zones_of_country(code or ""))
        if current and current not in zones:
            zones.insert(0, current)
        self.time_zone.clear()
        self.time_zone.addItems(zones)
        # Proposed: the country's most populous zone, which the tz database lists first.
        self.time_zone.setCurrentText(current or (zones[0] if zones else ""))

    def _show(self, data: CountryFactsData) -> None:
        self.currency.setText(data.currency)
        self.languages.setText(data.languages)
        self.embassy_name.setText(data.embassy_name)
        self.embassy_address.setPlainText(data.embassy_address)
        self.embassy_phone.setText(data.embassy_phone)
        self.embassy_emergency_phone.setText(data.embassy_emergency_phone)
        self.local_emergency_number.setText(data.local_emergency_number)
        self.travel_advice.setCurrentIndex(
            max(0, self.travel_advice.findData(data.travel_advice)) if data.travel_advice else 0
        )
        self.checked_on.setValue(data.travel_advice_checked)
        self.notes.setPlainText(data.notes)
        # A long value shows its beginning, not its end (setText leaves the cursor there).
        for field in self.findChildren(QLineEdit):
            if field is not self.country.lineEdit():
                field.setCursorPosition(0)
        self._show_advice_warning()

    def _set_enabled(self, enabled: bool) -> None:
        # Nothing to fill in before a country is chosen.
        for widget in self._fields:
            widget.setEnabled(enabled)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(enabled)

    # --- reading and saving ----------------------------------------------------------------------
    def entered(self) -> CountryFactsData:
        advice = self.travel_advice.currentData()
        return CountryFactsData(
            time_zone=self.time_zone.currentText().strip(),
            currency=self.currency.text().strip().upper(),
            languages=self.languages.text().strip(),
            embassy_name=self.embassy_name.text().strip(),
            embassy_address=self.embassy_address.toPlainText().strip(),
            embassy_phone=self.embassy_phone.text().strip(),
            embassy_emergency_phone=self.embassy_emergency_phone.text().strip(),
            local_emergency_number=self.local_emergency_number.text().strip(),
            travel_advice=TravelAdvice(advice) if advice else None,
            travel_advice_checked=self.checked_on.value(),
            notes=self.notes.toPlainText().strip(),
        )

    def is_changed(self) -> bool:
        return self._code is not None and self.entered() != self._loaded

    def save(self) -> bool:
        """Saves the country shown; False (and the problems shown) when refused."""
        if self._code is None:
            return False
        code, data = self._code, self.entered()
        try:
            self.workspace.write("", lambda session: save_country_facts(session, code, data), self)
        except USER_ERRORS as exc:
            self.error.setText(str(exc))
            return False
        self._loaded = data
        self.error.clear()
        self._show_status(self.tr("Saved."))
        return True

    def _show_status(self, message: str) -> None:
        self.status.setText(message)
        self.status.setVisible(bool(message))  # no empty gap under the country

    def reject(self) -> None:
        if self.is_changed() and not self._may_leave():
            return
        super().reject()

    def _show_advice_warning(self) -> None:
        chosen = self.travel_advice.currentData()
        advice = TravelAdvice(chosen) if chosen else None
        checked = self.checked_on.value()
        warning = ""
        if self._code is None:
            pass
        elif advice in WORRYING_ADVICE:
            unsaved = CountryFacts(travel_advice=advice, travel_advice_checked=checked)
            warning = travel_advice_warning(unsaved, checked) or ""
        elif advice is not None and checked is None:
            warning = self.tr("Give the date the travel advice was checked.")
        elif checked is not None:
            # The readiness checklist measures against the departure; here, against today.
            today = self.workspace.today()
            if advice_out_of_date(checked, today):
                age = (today - checked).days
                # Always more than two weeks: the plural is the only form needed.
                warning = self.tr(
                    "Checked %1 days ago: check the travel advice again before a departure."
                ).replace("%1", str(age))
        self.advice_warning.setText(warning)
        self.advice_warning.setVisible(bool(warning))


def show_country_facts(
    parent: QWidget | None, workspace: Workspace, country_code: str | None = None
) -> None:
    dialog = CountryFactsDialog(parent, workspace, country_code)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.exec()

"""Country information in the window: filled in, saved, refused with the field named, and
never lost by switching country or closing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from intzaken.domain.enums import TravelAdvice
from intzaken.services.country_facts import get_country_facts
from intzaken.services.time_zones import zones_of_country
from intzaken.ui.country_facts_dialog import CountryFactsDialog
from intzaken.ui.main_window import MainWindow


def dialog_for(qtbot, window: MainWindow, code: str | None = None) -> CountryFactsDialog:  # noqa: ANN001
    dialog = CountryFactsDialog(window, window.workspace, code)
    qtbot.addWidget(dialog)
    return dialog


def stored(window: MainWindow, code: str):  # noqa: ANN201
    with window.workspace.reading() as session:
        facts = get_country_facts(session, code)
        if facts is not None:
            session.expunge(facts)
        return facts


def test_a_country_is_filled_in_and_saved(qtbot, window: MainWindow) -> None:
    dialog = dialog_for(qtbot, window)
    assert not dialog.currency.isEnabled()  # nothing to fill in before a country
    dialog.country.setValue("JP")
    dialog._country_chosen()
    assert dialog.currency.isEnabled()
    assert dialog.time_zone.currentText() == "Asia/Tokyo"  # Japan's only zone, proposed
    assert not dialog.is_changed()  # a proposal is not a change to ask about
    dialog.currency.setText("jpy")
    dialog.languages.setText("Japans")
    dialog.embassy_name.setText("Ambassade in Tokio")
    dialog.embassy_address.setPlainText("3-6-3 Shibakoen, Minato-ku, Tokio")
    dialog.embassy_phone.setText("+81 3 5776 5400")
    dialog.local_emergency_number.setText("110 (politie), 119 (brandweer, ambulance)")
    dialog.travel_advice.setCurrentIndex(dialog.travel_advice.findData(TravelAdvice.GREEN))
    dialog.checked_on.setValue(window.workspace.today())
    assert dialog.save()
    facts = stored(window, "JP")
    assert facts is not None
    assert (facts.time_zone, facts.currency, facts.embassy_phone) == (
        "Asia/Tokyo",
        "JPY",
        "+81 3 5776 5400",
    )
    assert facts.travel_advice is TravelAdvice.GREEN
    assert not dialog.is_changed()


def test_a_bad_value_is_refused_with_the_field_named(qtbot, window: MainWindow) -> None:
    dialog = dialog_for(qtbot, window, "JP")
    dialog.time_zone.setCurrentText("Asia/Atlantis")
    dialog.currency.setText("XYZ")
    assert not dialog.save()
    message = dialog.error.text()
    assert "Asia/Atlantis" in message and "XYZ" in message
    assert stored(window, "JP") is None  # nothing half-written


def test_orange_advice_and_an_old_check_are_warned_about(qtbot, window: MainWindow) -> None:
    dialog = dialog_for(qtbot, window, "JP")
    dialog.travel_advice.setCurrentIndex(dialog.travel_advice.findData(TravelAdvice.ORANGE))
    assert dialog.advice_warning.text()
    dialog.travel_advice.setCurrentIndex(dialog.travel_advice.findData(TravelAdvice.GREEN))
    dialog.checked_on.setValue(window.workspace.today() - dt.timedelta(days=40))
    assert dialog.advice_warning.text()
    dialog.checked_on.setValue(window.workspace.today())
    assert not dialog.advice_warning.text()


@pytest.mark.parametrize(
    ("answer", "saved"),
    [(QMessageBox.StandardButton.Save, True), (QMessageBox.StandardButton.Discard, False)],
)
def test_switching_country_with_changes_asks_first(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, answer, saved: bool
) -> None:  # noqa: ANN001
    dialog = dialog_for(qtbot, window, "JP")
    dialog.currency.setText("JPY")
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answer)
    dialog.country.setValue("KR")
    dialog._country_chosen()
    assert dialog._code == "KR"
    assert (stored(window, "JP") is not None) is saved
    assert dialog.currency.text() == ""


def test_cancel_keeps_the_country_and_the_changes(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = dialog_for(qtbot, window, "JP")
    dialog.currency.setText("JPY")
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Cancel)
    dialog.country.setValue("KR")
    dialog._country_chosen()
    assert dialog._code == "JP" and dialog.country.value() == "JP"
    assert dialog.currency.text() == "JPY"
    dialog.reject()
    assert dialog.isVisible() or dialog.result() == 0
    assert dialog.is_changed()


def test_the_edit_menu_opens_it(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str | None] = []
    monkeypatch.setattr(
        "intzaken.ui.country_facts_dialog.show_country_facts",
        lambda parent, workspace, code=None: opened.append(code),
    )
    action = window.window_actions.country_facts_action
    assert action.isEnabled()
    action.trigger()
    assert opened == [None]


def test_zones_of_a_country_come_from_the_tz_database() -> None:
    assert zones_of_country("cn")[0] == "Asia/Shanghai"  # the most populous first
    assert "America/New_York" in zones_of_country("US")
    assert zones_of_country("") == ()

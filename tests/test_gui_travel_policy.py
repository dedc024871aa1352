"""Settings → Reisbeleid en CO₂ (issue 20): the train distance, radiative forcing and the
compensation prices, saved in one go."""

from __future__ import annotations

from decimal import Decimal

from intzaken.services.compensation import compensation_prices
from intzaken.services.travel_policy import travel_policy
from intzaken.ui.main_window import MainWindow
from intzaken.ui.travel_policy_dialog import TravelPolicyDialog


def test_the_policy_and_prices_are_saved(window: MainWindow) -> None:
    dialog = TravelPolicyDialog(window)
    assert dialog.km.value() == 0 and dialog.radiative_forcing.isChecked()
    assert dialog.prices.rows() == [{"year": "2024", "price": Decimal("14.00")}]
    dialog.km.setValue(700)
    dialog.minutes.setValue(360)
    dialog.prices.set_rows([*dialog.prices.rows(), {"year": "2025", "price": Decimal("15")}])
    assert dialog.save()
    with window.workspace.reading() as session:
        policy = travel_policy(session)
        assert (policy.train_below_km, policy.train_below_minutes) == (700, 360)
        assert compensation_prices(session) == {2024: Decimal("14.00"), 2025: Decimal("15.00")}


def test_a_bad_year_is_named_and_nothing_is_saved(window: MainWindow) -> None:
    dialog = TravelPolicyDialog(window)
    dialog.km.setValue(500)
    dialog.prices.set_rows([{"year": "volgend jaar", "price": Decimal("15")}])
    assert not dialog.save()
    assert "Compensatieprijzen (regel 1)" in dialog.problems.text()
    with window.workspace.reading() as session:
        assert travel_policy(session).train_below_km is None


def test_the_team_s_train_speed_is_saved_and_standard_when_not_chosen(window: MainWindow) -> None:
    dialog = TravelPolicyDialog(window)
    assert dialog.speed.value() == 0
    assert dialog.speed.specialValueText() == "standaard (100 km/u)"
    dialog.minutes.setValue(360)
    dialog.speed.setValue(140)
    assert dialog.save()
    with window.workspace.reading() as session:
        assert travel_policy(session).train_speed_kmh == 140
    assert TravelPolicyDialog(window).speed.value() == 140

"""A new place gets its coordinates from GeoNames without typing; an ambiguous name offers
the choice; coordinates stay editable by hand. The home place in Your organisation
(issue 20)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from intzaken.domain.models import Place
from intzaken.new_database import create_database
from intzaken.services.organisation import get_organisation
from intzaken.ui.first_steps.organisation_page import OrganisationPage
from intzaken.ui.forms.new_place import NewPlaceDialog
from intzaken.ui.workspace import Workspace


@pytest.fixture
def workspace(dutch: None, tmp_path: Path, qtbot: Any) -> Iterator[Workspace]:
    space = Workspace()
    space.set_database(create_database(tmp_path / "plaatsen.sqlite", "Gemeente Testdorp"))
    yield space
    space.close()


def _dialog(qtbot: Any, workspace: Workspace, name: str, country: str) -> NewPlaceDialog:
    dialog = NewPlaceDialog(None, workspace)
    qtbot.addWidget(dialog)
    dialog.name.setText(name)
    dialog.name.editingFinished.emit()  # as when the user leaves the field
    _choose_country(dialog, country)
    return dialog


def _choose_country(dialog: NewPlaceDialog, country: str) -> None:
    dialog.country.setValue(country)
    dialog.country.valueChanged.emit()  # as a choice in the list does


def _places(workspace: Workspace) -> list[tuple[str, float | None, float | None]]:
    with workspace.reading() as session:
        return [(p.name, p.latitude, p.longitude) for p in session.scalars(select(Place))]


def test_an_unambiguous_name_fills_in_the_coordinates_and_they_are_stored(
    qtbot: Any, workspace: Workspace
) -> None:
    dialog = _dialog(qtbot, workspace, "Keulen", "DE")
    position = dialog.position
    assert (position.latitude.text(), position.longitude.text()) == ("50,93333", "6,95")
    assert "Gevonden in GeoNames: Köln, Nordrhein-Westfalen, Duitsland" in position.note.text()
    assert position.choice.isHidden()
    dialog.accept()
    assert _places(workspace) == [("Keulen", 50.93333, 6.95)]


def test_an_ambiguous_name_offers_the_choice_and_the_choice_fills_in(
    qtbot: Any, workspace: Workspace
) -> None:
    dialog = _dialog(qtbot, workspace, "Richmond", "US")
    position = dialog.position
    assert not position.choice.isHidden()
    offered = [position.choice.itemText(i) for i in range(position.choice.count())]
    assert offered[0] == "(kies welke bedoeld is)"
    assert offered[1].startswith("Richmond, Virginia, Verenigde Staten (226.610 inwoners")
    assert offered[2].startswith("Richmond, California")
    assert position.latitude.text() == ""  # nothing guessed
    assert "GeoNames kent 5 plaatsen met deze naam" in position.note.text()
    position.choice.activated.emit(2)  # the user picks California
    assert (position.latitude.text(), position.longitude.text()) == ("37,93576", "-122,34775")
    dialog.accept()
    assert _places(workspace) == [("Richmond", 37.93576, -122.34775)]


def test_london_without_a_country_is_a_choice_and_with_one_it_is_not(
    qtbot: Any, workspace: Workspace
) -> None:
    dialog = NewPlaceDialog(None, workspace)
    qtbot.addWidget(dialog)
    dialog.name.setText("Londen")
    dialog.name.editingFinished.emit()
    choice = dialog.position.choice
    assert [choice.itemText(i).split(" (")[0] for i in range(1, 3)] == [
        "London, England, Verenigd Koninkrijk",
        "London, Ontario, Canada",
    ]
    _choose_country(dialog, "GB")
    assert choice.isHidden() and dialog.position.latitude.text() == "51,50853"


def test_choosing_a_city_before_the_country_chooses_its_country_too(
    qtbot: Any, workspace: Workspace
) -> None:
    dialog = NewPlaceDialog(None, workspace)
    qtbot.addWidget(dialog)
    dialog.name.setText("Londen")
    dialog.name.editingFinished.emit()
    dialog.position.choice.activated.emit(2)  # London, Ontario
    assert dialog.country.value() == "CA"
    assert dialog.position.latitude.text() == "42,98339"
    dialog.accept()
    assert _places(workspace) == [("Londen", 42.98339, -81.23304)]


def test_coordinates_typed_by_hand_are_kept_and_wrong_ones_refused_by_name(
    qtbot: Any, workspace: Workspace
) -> None:
    dialog = NewPlaceDialog(None, workspace)
    qtbot.addWidget(dialog)
    position = dialog.position
    position.latitude.setText("52.0")
    position.latitude.textEdited.emit("52.0")
    position.longitude.setText("5,1")
    position.longitude.textEdited.emit("5,1")
    dialog.name.setText("Utrecht")
    dialog.name.editingFinished.emit()
    _choose_country(dialog, "NL")
    assert (position.latitude.text(), position.longitude.text()) == ("52.0", "5,1")
    assert "Gevonden in GeoNames: Utrecht" in position.note.text()

    position.longitude.setText("vijf")
    dialog.accept()
    assert dialog.error.text() == "Lengtegraad: 'vijf' is geen aantal graden, zoals 51,9225."
    assert _places(workspace) == []
    position.longitude.setText("5,1")
    dialog.accept()
    assert _places(workspace) == [("Utrecht", 52.0, 5.1)]


def test_the_home_place_is_chosen_in_your_organisation_also_a_new_one(
    qtbot: Any, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = OrganisationPage(workspace)
    qtbot.addWidget(page)
    assert page.home_place.value() is None

    def add_almere(_parent: object, _workspace: object) -> int:
        dialog = _dialog(qtbot, workspace, "Almere", "NL")
        dialog.accept()
        return dialog.place_id

    monkeypatch.setattr("intzaken.ui.forms.place_picker.ask_new_place", add_almere)
    page.home_place.new_button.click()
    assert page.home_place.combo.currentText().startswith("Almere")
    assert page.save()
    with workspace.reading() as session:
        organisation = get_organisation(session)
        assert organisation is not None and organisation.home_place is not None
        home = organisation.home_place
        assert (home.name, round(home.latitude or 0, 2)) == ("Almere", 52.37)

    # Saving other fields keeps the home place (the page carries it).
    page.department.setText("Internationale Zaken")
    assert page.save()
    with workspace.reading() as session:
        organisation = get_organisation(session)
        assert organisation is not None and organisation.home_place is not None

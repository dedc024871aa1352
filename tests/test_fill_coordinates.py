"""`intzaken places fill-coordinates`: places without coordinates get those of GeoNames
when their name is unambiguous; the others are listed (issue 20)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from intzaken.domain.models import Place
from intzaken.services import places
from intzaken.services.data import PlaceData
from intzaken.services.history_query import entries
from intzaken.services.place_positions import fill_coordinates
from intzaken.store.database import open_database
from intzaken.store.location import Location

from .conftest import run_cli as run


def _add(session: Session) -> None:
    places.sync_countries(session)
    for name, country, kind, lat, lon in (
        ("Nantes", "FR", "city", None, None),
        ("Londen", "GB", "city", None, None),
        ("Richmond", "US", "city", None, None),
        ("Nergenshuizen", "NL", "city", None, None),
        ("Utrecht", "NL", "region", None, None),
        ("Delft", "NL", "city", 52.0, 4.36),  # typed by hand: kept
    ):
        places.create_place(session, PlaceData(name, country, kind, lat, lon))


def _positions(session: Session) -> dict[str, tuple[float | None, float | None]]:
    return {p.name: (p.latitude, p.longitude) for p in session.scalars(select(Place))}


def test_unambiguous_cities_are_filled_in_and_the_rest_is_listed(session: Session) -> None:
    _add(session)
    result = fill_coordinates(session)
    assert [(p.name, city.name) for p, city in result.filled] == [
        ("Londen", "London"),
        ("Nantes", "Nantes"),
    ]
    assert [p.name for p in result.ambiguous] == ["Richmond"]
    assert [c.region for c in result.ambiguous[0].candidates][:2] == ["Virginia", "California"]
    assert [p.name for p in result.unknown] == ["Nergenshuizen"]
    assert [p.name for p in result.regions] == ["Utrecht"]
    assert _positions(session) == {
        "Nantes": (47.21725, -1.55336),
        "Londen": (51.50853, -0.12574),
        "Richmond": (None, None),
        "Nergenshuizen": (None, None),
        "Utrecht": (None, None),
        "Delft": (52.0, 4.36),
    }
    # Saved as the form saves: the history says who gave Nantes its coordinates.
    fields = {e.field for e in entries(session, register="places") if e.field}
    assert fields == {"Breedtegraad", "Lengtegraad"}


def test_a_dry_run_changes_nothing(session: Session) -> None:
    _add(session)
    result = fill_coordinates(session, dry_run=True)
    assert len(result.filled) == 2
    assert _positions(session)["Nantes"] == (None, None)


def test_the_command_fills_in_lists_the_choices_and_a_dry_run_writes_nothing(
    new_location: Callable[[str], Location],
) -> None:
    db = new_location("plaatsen")
    assert run("init", "--organisation", "Gemeente Proef", "--db", str(db))[0] == 0
    database = open_database(db)
    try:
        with database.sessions.begin() as session:
            _add(session)
    finally:
        database.close()

    code, out, err = run("places", "fill-coordinates", "--dry-run", "--db", str(db))
    assert (code, err) == (0, "")
    assert "Nantes (FR, nummer 1): Nantes, Pays de la Loire, Frankrijk (325.070 inwoners" in out
    assert "Proefronde: 2 plaatsen zouden coördinaten uit GeoNames krijgen." in out
    assert "Richmond (US, nummer 3):\n  - Richmond, Virginia, Verenigde Staten" in out
    assert "Niet in de stedenlijst van GeoNames:\n  - Nergenshuizen (NL, nummer 4)" in out
    assert "  - Utrecht (NL, nummer 5)" in out

    code, out, _ = run("places", "fill-coordinates", "--db", str(db))
    assert code == 0 and "2 plaatsen kregen coördinaten uit GeoNames." in out
    code, out, _ = run("places", "fill-coordinates", "--db", str(db))
    assert code == 0 and "0 plaatsen kregen coördinaten uit GeoNames." in out


def test_the_command_has_help() -> None:
    for words in (["places", "--help"], ["places", "fill-coordinates", "--help"]):
        with pytest.raises(SystemExit) as exit_info:
            run(*words)
        assert exit_info.value.code == 0

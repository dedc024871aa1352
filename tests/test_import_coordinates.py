"""An import gives places without coordinates those of GeoNames when the name is
unambiguous, and says so in the preview; an ambiguous name stays empty with a notice
naming the choices (issue 20)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from intzaken.domain.models import Place
from intzaken.exchange import apply_import, plan_import
from intzaken.new_database import create_database
from intzaken.store.database import Database

from .exchange_helpers import write_workbook


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Database]:
    database = create_database(tmp_path / "doel.sqlite", "Gemeente Proef")
    yield database
    database.close()


def _imported(target: Database, file: Path) -> list[str]:
    with target.sessions() as session, session.begin():
        plan = plan_import(session, file)
        assert plan.ok, [str(p) for p in plan.problems]
        apply_import(session, plan)
        return [str(notice) for notice in plan.notices]


def _positions(target: Database) -> dict[str, tuple[float | None, float | None]]:
    with target.sessions() as session:
        return {p.name: (p.latitude, p.longitude) for p in session.scalars(select(Place))}


def test_place_rows_without_coordinates_get_those_of_geonames_when_unambiguous(
    target: Database, tmp_path: Path
) -> None:
    file = write_workbook(
        tmp_path / "plaatsen.xlsx",
        {
            "Plaatsen": [
                ["Naam", "Land", "Soort", "Breedtegraad", "Lengtegraad"],
                ["Nantes", "Frankrijk", "stad", None, None],
                ["Richmond", "Verenigde Staten", "stad", None, None],
                ["Delft", "Nederland", "stad", "52,0", "4,36"],
            ]
        },
    )
    notices = _imported(target, file)
    assert _positions(target) == {
        "Nantes": (47.21725, -1.55336),
        "Richmond": (None, None),
        "Delft": (52.0, 4.36),  # typed in the file: kept as it is
    }
    assert notices[0] == (
        "Blad 'Plaatsen', rij 2: coördinaten van 'Nantes' uit GeoNames: "
        "Nantes, Pays de la Loire, Frankrijk (325.070 inwoners; 47,22°\u00a0NB 1,55°\u00a0WL)."
    )
    assert notices[1].startswith(
        "Blad 'Plaatsen', rij 3: 'Richmond' zonder coördinaten gelaten: GeoNames kent "
        "Richmond, Virginia, Verenigde Staten (226.610 inwoners"
    )
    assert notices[1].endswith("; vul ze zelf in.")
    assert len(notices) == 2


def test_a_place_a_relation_row_adds_gets_coordinates_with_a_notice(
    target: Database, tmp_path: Path
) -> None:
    file = write_workbook(
        tmp_path / "relaties.xlsx",
        {
            "Relaties": [
                ["Plaats", "Land", "Soort", "Status"],
                ["Keulen", "Duitsland", "stedenband", "actief"],
            ]
        },
    )
    notices = _imported(target, file)
    assert _positions(target) == {"Keulen": (50.93333, 6.95)}
    assert [n for n in notices if "GeoNames" in n] == [
        "Blad 'Relaties', rij 2: coördinaten van 'Keulen' uit GeoNames: "
        "Köln, Nordrhein-Westfalen, Duitsland (1.024.621 inwoners; 50,93°\u00a0NB 6,95°\u00a0OL)."
    ]


def test_a_file_without_coordinates_keeps_those_a_stored_place_has(
    target: Database, tmp_path: Path
) -> None:
    sheet = [["Naam", "Land", "Soort", "Breedtegraad", "Lengtegraad"]]
    _imported(
        target,
        write_workbook(
            tmp_path / "a.xlsx", {"Plaatsen": [*sheet, ["Gent", "België", "stad", "51,05", "3,72"]]}
        ),
    )
    older = write_workbook(tmp_path / "b.xlsx", {"Plaatsen": [*sheet, ["Gent", "België", "stad"]]})
    with target.sessions() as session:
        plan = plan_import(session, older)
        assert plan.ok and plan.counts["places"].unchanged == 1 and plan.notices == []
    assert _positions(target) == {"Gent": (51.05, 3.72)}

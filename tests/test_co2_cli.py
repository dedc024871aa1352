"""The CO2 estimate on the command line: `intzaken list trips --format json` carries it,
`intzaken estimate` makes it (issue 20)."""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from .conftest import run_cli


@pytest.fixture
def rotterdam(demo_copy: Callable[[str], Path]) -> Path:
    return demo_copy("rotterdam")


def _nantes(path: Path) -> dict[str, object]:
    code, out, err = run_cli("list", "trips", "--format", "json", "--db", str(path))
    assert (code, err) == (0, "")
    return next(t for t in json.loads(out) if t["co2_tonnes"] == "190.90")


def test_the_json_list_gives_the_estimate_as_a_string_with_its_method(rotterdam: Path) -> None:
    nantes = _nantes(rotterdam)
    estimate = nantes["co2_estimate_tonnes"]
    assert isinstance(estimate, str) and Decimal("0.1") <= Decimal(estimate) <= Decimal("0.5")
    assert nantes["co2_estimate_method"] == "uk-desnz-2025 (2025), with radiative forcing"
    journey = nantes["journey"]
    assert isinstance(journey, list)
    assert [(leg["from_place"], leg["to_place"]) for leg in journey] == [
        ("Rotterdam", "Nantes"),
        ("Nantes", "Rotterdam"),
    ]
    code, out, _err = run_cli("list", "trips", "--format", "json", "--db", str(rotterdam))
    unknown = [t for t in json.loads(out) if t["co2_estimate_tonnes"] is None]
    assert all(t["co2_estimate_method"] is None for t in unknown)


def test_estimate_again_says_what_it_used_and_refuses_an_unknown_trip(rotterdam: Path) -> None:
    trip_id = _nantes(rotterdam)["id"]
    code, out, err = run_cli("estimate", "--trip", str(trip_id), "--again", "--db", str(rotterdam))
    assert (code, err) == (0, "")
    assert out.startswith(f"Reis {trip_id}: 0,188 t CO2 (uk-desnz-2025 (2025)")
    code, out, err = run_cli("estimate", "--trip", "9999", "--db", str(rotterdam))
    assert code == 1 and "9999" in err

"""`intzaken search`: the same search as the window's, grouped, as text or JSON."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from intzaken.store.location import Location

from .conftest import run_cli


@pytest.fixture(scope="module")
def rotterdam(demo_template: Callable[[str], Location]) -> Location:
    return demo_template("rotterdam")


def test_grouped_text_names_each_record_by_register_and_number(rotterdam: Location) -> None:
    code, out, err = run_cli("search", "--db", str(rotterdam), "Shanghai")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Relaties (1)"
    assert lines[1].startswith("  Shanghai, China  [relatie ")
    assert "stedenband · actief · laatste bezoek 1 juli 2024" in lines[2]
    # The demo's example mission comes first (newest first), then the trip of 2024.
    assert lines[lines.index("Reizen (2)") + 1].startswith("  Vervolgmissie Shanghai")
    trips = next(i for i, line in enumerate(lines) if "Delegatieleiderschap" in line) - 1
    assert lines[trips + 1].startswith(
        "  Delegatieleiderschap handelsmissie smart en green shipping  [reis "
    )
    assert lines[trips + 2] == "      1 t/m 7 juli 2024 · Shanghai · uitgevoerd"
    # The destination is in the line above already: the purpose says more.
    assert lines[trips + 3].startswith("      Doel: …de 45 jaar oude stedenband met Shanghai")
    assert "Overeenkomsten (1)" in lines


def test_json_has_every_group_with_ids_dates_and_why(rotterdam: Location) -> None:
    code, out, err = run_cli(
        "search", "--db", str(rotterdam), "--format", "json", "BURGEMEESTER", "shanghai"
    )
    assert code == 0, err
    found = json.loads(out)
    assert found["words"] == ["burgemeester", "shanghai"]
    groups = {group["register"]: group for group in found["groups"]}
    assert list(groups)[:2] == ["relations", "trips"] and "agreements" in groups
    trip = next(t for t in groups["trips"]["results"] if t["start_date"] == "2024-07-01")
    assert trip["start_date"] == "2024-07-01"
    assert trip["end_date"] == "2024-07-07"
    assert trip["opens"] == {"register": "trips", "id": trip["id"]}
    assert trip["matched"][0]["field"] == "Doel"
    assert "burgemeester" in trip["matched"][0]["text"].lower()


def test_a_limit_says_how_many_more_there_are(rotterdam: Location) -> None:
    code, out, _ = run_cli("search", "--db", str(rotterdam), "--limit", "2", "burgemeester")
    assert code == 0
    assert "  … en " in out
    assert "meer (--limit toont meer)" in out
    code, out, _ = run_cli(
        "search", "--db", str(rotterdam), "--limit", "2", "--format", "json", "burgemeester"
    )
    trips = next(g for g in json.loads(out)["groups"] if g["register"] == "trips")
    assert len(trips["results"]) == 2
    assert trips["total"] > 2


def test_nothing_found_and_nothing_to_look_for(rotterdam: Location) -> None:
    code, out, _ = run_cli("search", "--db", str(rotterdam), "Timboektoe")
    assert (code, out) == (0, "Niets gevonden voor 'Timboektoe'.\n")
    code, out, err = run_cli("search", "--db", str(rotterdam), "a", "-")
    assert code == 1
    assert err == "Fout: Geef ten minste één woord van twee of meer tekens om te zoeken.\n"
    with pytest.raises(SystemExit):
        run_cli("search", "--db", str(rotterdam), "--limit", "0", "rotterdam")


def test_in_english(rotterdam: Location) -> None:
    code, out, _ = run_cli("search", "--language", "en", "--db", str(rotterdam), "shanghai")
    assert code == 0
    assert out.startswith("Relations (1)\n  Shanghai, China  [relation ")
    assert "twin city · active · last visit 1 July 2024" in out

"""The command line end to end on temporary files and team databases."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from intzaken.store.location import Location

from .conftest import damage
from .conftest import run_cli as run


@pytest.mark.parametrize("command", ["demo", "init", "list", "check"])
def test_every_subcommand_has_help(command: str) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(command, "--help")
    assert exit_info.value.code == 0


def test_init_list_and_check(new_location: Callable[[str], Location]) -> None:
    db = str(new_location("nieuw"))
    assert run("init", "--organisation", "Gemeente Almere", "--db", db)[0] == 0
    code, _, err = run("init", "--organisation", "Nogmaals", "--db", db)
    assert code == 1 and ("bestaat al" in err or "is al ingericht" in err)
    code, out, _ = run("list", "trips", "--format", "json", "--db", db)
    assert code == 0 and json.loads(out) == []
    code, out, _ = run("check", "--db", db)
    assert code == 0 and "in orde" in out


def test_environment_variable_chooses_the_database(
    new_location: Callable[[str], Location], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INTZAKEN_DB", str(new_location("env")))
    assert run("demo", "--profile", "groningen")[0] == 0
    code, out, _ = run("list", "budget", "--year", "2023", "--format", "csv")
    assert code == 0
    lines = out.strip().splitlines()
    assert lines[0].startswith("id,year,code,name,amount,spent,committed")
    assert len(lines) == 7


def test_list_formats_and_years(new_location: Callable[[str], Location]) -> None:
    db = str(new_location("demo"))
    assert run("demo", "--db", db)[0] == 0
    code, out, _ = run("list", "trips", "--year", "2024", "--db", db)
    assert code == 0 and "(32 regels)" in out and "€\xa022.360,00" in out
    code, out, _ = run("list", "budget", "--format", "json", "--db", db)
    assert code == 0
    for register in ("relations", "networks", "agreements", "officials"):
        code, out, _ = run("list", register, "--format", "json", "--db", db)
        records = json.loads(out)
        assert code == 0 and records and all("id" in r for r in records)
    code, out, _ = run("check", "--db", db)
    assert code == 0 and "aandachtspunten" in out


def test_missing_and_damaged_files_get_a_dutch_message(tmp_path: Path) -> None:
    code, _, err = run("list", "trips", "--db", str(tmp_path / "weg.sqlite"))
    assert code == 1 and "bestaat niet" in err
    damaged = tmp_path / "kapot.sqlite"
    assert run("demo", "--profile", "almere", "--db", str(damaged))[0] == 0
    damage(damaged)
    code, _, err = run("check", "--db", str(damaged))
    assert code == 3 and "beschadigd" in err


def test_installed_command_runs(new_location: Callable[[str], Location]) -> None:
    env = {**os.environ, "INTZAKEN_DB": str(new_location("sub"))}
    result = subprocess.run(
        [sys.executable, "-m", "intzaken", "demo", "--profile", "almere"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Demodatabase 'almere'" in result.stdout

"""`intzaken history` end to end: the changes of a record, a register or the whole file,
on the screen or into a CSV file or workbook."""

from __future__ import annotations

import csv
import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from intzaken.domain.models import Trip
from intzaken.services.editing import EDITORS, snapshot
from intzaken.services.history import AUTHOR_KEY
from intzaken.store.database import open_database

from .conftest import run_cli as run


@pytest.fixture
def changed_demo(demo_copy: Callable[[str], Path]) -> tuple[Path, int]:
    path = demo_copy("rotterdam")
    database = open_database(path)
    try:
        with database.sessions.begin() as session:
            session.info[AUTHOR_KEY] = "anna"
            trip_id = session.scalar(select(Trip.id).order_by(Trip.id))
            data = snapshot(session, "trips", trip_id)
            EDITORS["trips"].update(
                session,
                trip_id,
                dataclasses.replace(
                    data, title="=SOM(1) Werkbezoek", notes="Eerste regel\nTweede regel"
                ),
            )
    finally:
        database.close()
    return path, trip_id


def test_the_history_of_one_record(changed_demo: tuple[Path, int]) -> None:
    path, trip_id = changed_demo
    code, out, err = run("history", "--db", str(path), "--register", "trips", "--id", str(trip_id))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert "  anna  gewijzigd reis " in lines[0] and ": Titel: '" in lines[0]
    assert lines[0].endswith("→ '=SOM(1) Werkbezoek'")
    assert lines[1].endswith("Aantekeningen: (leeg) → 'Eerste regel; Tweede regel'")
    assert "aangemaakt reis" in lines[2] and lines[2].endswith("[demo rotterdam]")
    assert lines[-1] == "(3 regels)"


def test_the_whole_history_to_csv_and_a_workbook(
    changed_demo: tuple[Path, int], tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    path, trip_id = changed_demo
    code, out, _ = run("history", "--db", str(path), "--out", str(tmp_path / "h.csv"))
    assert code == 0 and out.startswith("Geschiedenis geschreven naar ")
    with (tmp_path / "h.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == [
        "Datum en tijd",
        "Door",
        "Register",
        "Nr.",
        "Record",
        "Actie",
        "Veld",
        "Oude waarde",
        "Nieuwe waarde",
        "Versie",
        "Herkomst",
    ]
    assert rows[1][1:4] == ["anna", "reis", str(trip_id)]
    assert rows[1][4] == "'=SOM(1) Werkbezoek"  # never a formula in a spreadsheet
    assert rows[2][8] == "Eerste regel\nTweede regel"
    assert {row[5] for row in rows[3:]} == {"aangemaakt"}

    code, _, _ = run(
        "history", "--db", str(path), "--register", "trips", "--out", str(tmp_path / "h.xlsx")
    )
    assert code == 0
    sheet = load_workbook(tmp_path / "h.xlsx").active
    values = list(sheet.values)
    assert values[1][1:6] == ("anna", "reis", trip_id, "=SOM(1) Werkbezoek", "gewijzigd")
    assert sheet.cell(2, 5).data_type == "s"
    assert {row[2] for row in values[1:]} == {"reis"}


def test_history_refuses_what_it_cannot_do(changed_demo: tuple[Path, int], tmp_path: Path) -> None:
    path, _ = changed_demo
    code, _, err = run("history", "--db", str(path), "--id", "1")
    assert code == 1 and err == (
        "Fout: Geef bij --id ook het register op, bijvoorbeeld --register trips --id 12.\n"
    )
    code, _, err = run("history", "--db", str(path), "--out", str(tmp_path / "h.pdf"))
    assert code == 1 and "eindigt op .csv of .xlsx" in err
    code, out, _ = run("history", "--db", str(path), "--register", "budget", "--id", "999")
    assert (code, out) == (0, "Geen wijzigingen gevonden van begrotingspost 999.\n")
    with pytest.raises(SystemExit) as exit_info:
        run("history", "--help")
    assert exit_info.value.code == 0

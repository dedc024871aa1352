"""An import from an older export does not silently overwrite what a colleague saved since:
the row is a conflict, shown with both sides and who changed the record when, and nothing
is imported until it is settled (`--prefer database|file`, or per record in the window)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from intzaken.domain.models import Change, Trip
from intzaken.exchange import apply_import, plan_import
from intzaken.new_database import create_database
from intzaken.services.editing import EDITORS, snapshot
from intzaken.services.history import AUTHOR_KEY
from intzaken.store.database import Database, open_database
from intzaken.store.location import Location

from .conftest import dump
from .conftest import run_cli as run

EDITOR = EDITORS["trips"]
ANNAS_PURPOSE = "Bijgewerkt door Anna na de export"
FILES_NOTES = "Aangevuld in het bestand"


@pytest.fixture
def db(demo_copy: Callable[[str], Location]) -> Location:
    return demo_copy("rotterdam")


@pytest.fixture
def opened(db: Location) -> Iterator[Database]:
    database = open_database(db)
    yield database
    database.close()


@pytest.fixture
def workbook(db: Location, tmp_path: Path) -> Path:
    """The register as exported before a colleague's edit."""
    path = tmp_path / "reizen.xlsx"
    assert run("export", "trips", "--out", str(path), "--db", str(db))[0] == 0
    return path


def column(sheet: Any, heading: str) -> str:
    return next(cell.column_letter for cell in sheet[1] if cell.value == heading)


def edit_file(path: Path, row: int, **values: str | None) -> str:
    """Set cells of row `row` of 'Reizen' by heading; the row's uuid."""
    book = load_workbook(path)
    sheet = book["Reizen"]
    for heading, value in values.items():
        sheet[f"{column(sheet, heading)}{row}"] = value
    uuid = sheet[f"{column(sheet, 'uuid')}{row}"].value
    book.save(path)
    return uuid


def as_anna(database: Database, uuid: str, change: Callable[[Any], None] | None) -> None:
    """A colleague saves (or, without `change`, deletes) the trip through the services."""
    with database.sessions.begin() as session:
        session.info[AUTHOR_KEY] = "anna"
        trip_id = session.scalar(select(Trip.id).where(Trip.uuid == _uuid(uuid)))
        if change is None:
            EDITOR.delete(session, trip_id)
            return
        data = snapshot(session, "trips", trip_id)
        change(data)
        EDITOR.update(session, trip_id, data)


def _uuid(text: str) -> Any:
    from uuid import UUID

    return UUID(text)


def trip(database: Database, uuid: str) -> tuple[str | None, str | None, int]:
    with database.sessions() as session:
        found = session.scalar(select(Trip).where(Trip.uuid == _uuid(uuid)))
        return found.purpose, found.notes, found.version


def entries(database: Database, uuid: str) -> list[tuple[str, str | None, str, str]]:
    with database.sessions() as session:
        return [
            (e.author, e.field, e.new_value, e.context)
            for e in session.scalars(
                select(Change).where(Change.record_uuid == _uuid(uuid)).order_by(Change.id)
            )
        ]


def test_a_refused_file_shows_its_conflicts_in_the_same_round(
    db: Location, opened: Database, workbook: Path
) -> None:
    uuid = edit_file(workbook, 2, Aantekeningen=FILES_NOTES)
    as_anna(opened, uuid, lambda data: setattr(data, "purpose", ANNAS_PURPOSE))
    edit_file(workbook, 3, **{"Overige kosten": "veel"})
    code, out, err = run("import", str(workbook), "--dry-run", "--db", str(db))
    assert code == 1
    assert err.startswith("Er is niets ingelezen: 1 probleem in 1 rij.\n")
    assert "(blad 'Reizen', rij 2) is na de export gewijzigd door anna op " in out
    assert "conflict is nog niet opgelost" not in err  # said once: nothing was imported


def test_an_unchanged_export_imports_as_nothing_to_do(
    db: Location, opened: Database, workbook: Path
) -> None:
    sheet = load_workbook(workbook)["Reizen"]
    assert sheet.column_dimensions[column(sheet, "uuid")].hidden
    assert sheet.column_dimensions[column(sheet, "versie")].hidden
    before = dump(opened)
    code, out, err = run("import", str(workbook), "--db", str(db))
    assert (code, err) == (0, "")
    assert "Niets te doen" in out and "Conflict" not in out
    assert dump(opened) == before


def test_an_older_export_is_a_conflict_until_settled(
    db: Location, opened: Database, workbook: Path
) -> None:
    uuid = edit_file(workbook, 2, Aantekeningen=FILES_NOTES)
    original_purpose, original_notes, _ = trip(opened, uuid)
    as_anna(opened, uuid, lambda data: setattr(data, "purpose", ANNAS_PURPOSE))
    before = dump(opened)

    for options in (["--dry-run"], []):
        code, out, err = run("import", str(workbook), *options, "--db", str(db))
        assert code == 1
        assert "(blad 'Reizen', rij 2) is na de export gewijzigd door anna op " in out
        assert "(versie 1 in het bestand, nu versie 2)." in out
        assert (
            f"  Doel: in het bestand '{original_purpose}', in de database '{ANNAS_PURPOSE}'" in out
        )
        assert f"  Aantekeningen: in het bestand '{FILES_NOTES}'" in out
        assert "Keuze: nog niet gekozen." in out
        assert (
            "Er is niets ingelezen: 1 conflict is nog niet opgelost. Kies met --prefer "
            "database" in err
        )
        assert dump(opened) == before

    code, out, err = run("import", str(workbook), "--dry-run", "--prefer", "file", "--db", str(db))
    assert code == 0 and "Keuze: het bestand wordt overgenomen." in out
    assert "reizen: 0 nieuw, 1 gewijzigd" in out and "Proefronde" in out
    assert dump(opened) == before

    # Anna's later save stays: nothing else in the file differs, so nothing is written.
    code, out, err = run("import", str(workbook), "--prefer", "database", "--db", str(db))
    assert (code, err) == (0, "")
    assert "Keuze: de database blijft zoals hij is." in out and "Niets te doen" in out
    assert dump(opened) == before
    assert trip(opened, uuid) == (ANNAS_PURPOSE, original_notes, 2)

    code, out, err = run("import", str(workbook), "--prefer", "file", "--db", str(db))
    assert (code, err) == (0, "")
    assert "Ingelezen: 1 record nieuw of gewijzigd." in out
    assert trip(opened, uuid) == (original_purpose, FILES_NOTES, 3)
    history = entries(opened, uuid)
    assert ("anna", "Doel", ANNAS_PURPOSE, "") in history
    context = "import reizen.xlsx (conflict: het bestand gekozen boven versie 2 in de database)"
    assert history[-2:] == [
        (history[-2][0], "Doel", original_purpose, context),
        (history[-1][0], "Aantekeningen", FILES_NOTES, context),
    ]


def test_no_conflict_where_the_file_agrees_or_is_as_new(
    db: Location, opened: Database, workbook: Path, tmp_path: Path
) -> None:
    # Anna's change typed into the file too: the row says what the database says.
    uuid = edit_file(workbook, 2, Doel=ANNAS_PURPOSE)
    as_anna(opened, uuid, lambda data: setattr(data, "purpose", ANNAS_PURPOSE))
    code, out, err = run("import", str(workbook), "--dry-run", "--db", str(db))
    assert (code, err) == (0, "") and "Conflict" not in out

    # An export made after her save holds her version: the file's edit goes in as usual.
    newer = tmp_path / "nieuwer.xlsx"
    assert run("export", "trips", "--out", str(newer), "--db", str(db))[0] == 0
    trips = load_workbook(newer)["Reizen"]
    row = next(cell.row for cell in trips[column(trips, "uuid")] if cell.value == uuid)
    edit_file(newer, row, Aantekeningen=FILES_NOTES)
    code, out, err = run("import", str(newer), "--db", str(db))
    assert (code, err) == (0, "") and "Conflict" not in out
    assert trip(opened, uuid) == (ANNAS_PURPOSE, FILES_NOTES, 3)


def test_a_record_deleted_since_the_export_is_not_made_again(
    db: Location, opened: Database, workbook: Path
) -> None:
    uuid = edit_file(workbook, 3, Aantekeningen=FILES_NOTES)
    with opened.sessions() as session:
        title = session.scalar(select(Trip.title).where(Trip.uuid == _uuid(uuid)))
    as_anna(opened, uuid, None)
    before = dump(opened)
    code, out, err = run("import", str(workbook), "--prefer", "file", "--db", str(db))
    assert code == 1
    assert f"- Blad 'Reizen', rij 3: reis '{title}' is na de export verwijderd door anna op " in err
    assert "een import maakt een verwijderd record niet opnieuw aan" in err
    assert dump(opened) == before


def test_a_copied_row_and_a_damaged_version_are_named(
    db: Location, opened: Database, workbook: Path
) -> None:
    book = load_workbook(workbook)
    sheet = book["Reizen"]
    uuid, version = column(sheet, "uuid"), column(sheet, "versie")
    sheet[f"{uuid}5"] = sheet[f"{uuid}4"].value  # row 4 copied for a new trip
    sheet[f"{version}6"] = "twee"
    book.save(workbook)
    before = dump(opened)
    code, _, err = run("import", str(workbook), "--db", str(db))
    assert code == 1
    assert (
        "- Blad 'Reizen', rij 5: rij 4 en rij 5 gaan over hetzelfde record. Is een rij "
        "gekopieerd voor een nieuw record? Maak daar de kolommen 'uuid' en 'versie' "
        "leeg." in err
    )
    assert "- Blad 'Reizen', rij 6, kolom 'versie': 'twee' is geen versienummer." in err
    assert dump(opened) == before


def test_a_csv_export_carries_the_identity_too(
    db: Location, opened: Database, tmp_path: Path
) -> None:
    path = tmp_path / "Reizen.csv"
    assert run("export", "trips", "--format", "csv", "--out", str(path), "--db", str(db))[0] == 0
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0][-2:] == ["uuid", "versie"]
    uuid = rows[1][-2]
    as_anna(opened, uuid, lambda data: setattr(data, "purpose", ANNAS_PURPOSE))
    before = dump(opened)
    code, out, err = run("import", str(path), "--db", str(db))
    assert code == 1 and "is na de export gewijzigd door anna" in out
    assert "1 conflict is nog niet opgelost" in err
    assert dump(opened) == before


def test_a_file_from_another_database_is_matched_by_name_without_conflicts(
    db: Location, tmp_path: Path
) -> None:
    workbook = tmp_path / "alles.xlsx"
    assert run("export", "--out", str(workbook), "--db", str(db))[0] == 0
    other = create_database(tmp_path / "ander.sqlite", "Gemeente Proef")
    try:
        with other.sessions.begin() as session:  # the same trips, under uuids of its own
            plan = plan_import(session, workbook)
            assert plan.ok, [str(p) for p in plan.problems]
            apply_import(session, plan)
        book = load_workbook(workbook)
        sheet = book["Reizen"]
        title = sheet["A2"].value
        with other.sessions() as session:
            trip = session.scalar(select(Trip).where(Trip.title == title))
            assert str(trip.uuid) != sheet[f"{column(sheet, 'uuid')}2"].value
            uuid = str(trip.uuid)
        as_anna(other, uuid, lambda data: setattr(data, "notes", "Alleen in de andere"))
        assert trip_version(other, uuid) == 2  # newer than the file's version 1

        code, out, err = run(
            "import", str(workbook), "--dry-run", "--db", str(tmp_path / "ander.sqlite")
        )
        assert (code, err) == (0, "") and "Conflict" not in out
        assert "reizen: 0 nieuw, 1 gewijzigd" in out
    finally:
        other.close()


def trip_version(database: Database, uuid: str) -> int:
    return trip(database, uuid)[2]

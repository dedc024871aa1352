"""Export and import on real files: the round trip, idempotence, and all or nothing."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from intzaken.domain.models import Trip
from intzaken.exchange import (
    ImportRefused,
    apply_import,
    export_csv,
    export_csv_folder,
    export_workbook,
    plan_import,
)
from intzaken.new_database import create_database
from intzaken.store.database import open_database
from intzaken.store.location import Location

from .conftest import dump
from .exchange_helpers import registers_of


def export(database: Location, target: Path, **options: object) -> Path:
    opened = open_database(database)
    try:
        with opened.sessions() as session:
            export_workbook(session, target, **options)  # type: ignore[arg-type]
    finally:
        opened.close()
    return target


def import_into(database: Location, source: Path):  # -> (plan, counts or None)
    opened = open_database(database)
    try:
        with opened.sessions() as session:
            plan = plan_import(session, source)
            session.rollback()
        if not plan.ok:
            return plan, None
        with opened.sessions() as session, session.begin():
            return plan, apply_import(session, plan)
    finally:
        opened.close()


def empty_database(location: Location) -> Location:
    create_database(location, "Gemeente Proef").close()
    return location


@pytest.mark.parametrize("profile", ["rotterdam", "groningen", "almere"])
def test_workbook_round_trip_gives_back_every_record(
    profile: str,
    demo_template: Callable[[str], Location],
    tmp_path: Path,
    new_location: Callable[[str], Location],
) -> None:
    original = demo_template(profile)
    workbook = export(original, tmp_path / f"{profile}.xlsx")
    target = empty_database(new_location("leeg"))
    plan, counts = import_into(target, workbook)
    assert plan.ok, [str(p) for p in plan.problems]
    assert counts is not None and sum(c.new for c in counts.values()) > 0
    before, after = registers_of(original), registers_of(target)
    for register in before:
        assert after[register] == before[register], register


def test_csv_folder_round_trip(
    demo_template: Callable[[str], Location],
    tmp_path: Path,
    new_location: Callable[[str], Location],
) -> None:
    original = demo_template("groningen")
    opened = open_database(original)
    with opened.sessions() as session:
        files = export_csv_folder(session, tmp_path / "csv")
    opened.close()
    assert {f.name for f in files} >= {"Begroting.csv", "Relaties.csv", "Boekingen.csv"}
    target = empty_database(new_location("leeg"))
    plan, _ = import_into(target, tmp_path / "csv")
    assert plan.ok, [str(p) for p in plan.problems]
    assert registers_of(target) == registers_of(original)


def test_one_register_as_csv_round_trip(
    demo_template: Callable[[str], Location],
    tmp_path: Path,
    new_location: Callable[[str], Location],
) -> None:
    original = demo_template("groningen")
    opened = open_database(original)
    with opened.sessions() as session:
        export_csv(session, tmp_path / "posten 2024.csv", "budget")
    opened.close()
    text = (tmp_path / "posten 2024.csv").read_bytes()
    assert text.startswith(b"\xef\xbb\xbfJaar;Code;Naam;Bedrag;")
    target = empty_database(new_location("leeg"))
    # Named otherwise, the file is recognised by its headings.
    plan, counts = import_into(target, tmp_path / "posten 2024.csv")
    assert plan.ok, [str(p) for p in plan.problems]
    assert counts["budget"].new == 24
    # One register's file holds the lines; their bookings are a sheet of their own.
    without_bookings = [
        re.sub(r"'entries': \[.*\]\}$", "'entries': []}", line)
        for line in registers_of(original)["budget"]
    ]
    assert registers_of(target)["budget"] == without_bookings


def test_importing_the_same_file_again_writes_nothing(
    demo_copy: Callable[[str], Location], tmp_path: Path
) -> None:
    database = demo_copy("rotterdam")
    workbook = export(database, tmp_path / "r.xlsx")
    opened = open_database(database)
    content = dump(opened)
    with opened.sessions() as session:
        plan = plan_import(session, workbook)
    assert plan.ok
    assert all(c.new == c.changed == 0 for c in plan.counts.values())
    assert plan.counts["trips"].unchanged == 40
    with opened.sessions() as session, session.begin():
        counts = apply_import(session, plan)
    assert sum(c.written for c in counts.values()) == 0
    assert dump(opened) == content
    opened.close()


def test_one_edited_cell_changes_one_record(
    demo_copy: Callable[[str], Location], tmp_path: Path
) -> None:
    database = demo_copy("rotterdam")
    workbook = export(database, tmp_path / "r.xlsx")
    book = load_workbook(workbook)
    sheet = book["Reizen"]
    headings = [c.value for c in sheet[1]]
    title = sheet.cell(row=5, column=headings.index("Titel") + 1).value
    sheet.cell(row=5, column=headings.index("Overige kosten") + 1).value = "€ 1.234,56"
    book.save(workbook)
    plan, counts = import_into(database, workbook)
    assert plan.ok, [str(p) for p in plan.problems]
    assert counts["trips"].changed == 1
    assert sum(c.written for c in counts.values()) == 1
    opened = open_database(database)
    with opened.sessions() as session:
        trip = session.scalar(select(Trip).where(Trip.title == title))
        assert trip.other_costs == Decimal("1234.56")
    opened.close()


def _set(book, sheet_name: str, row: int, heading: str, value: object) -> None:
    sheet = book[sheet_name]
    headings = [c.value for c in sheet[1]]
    sheet.cell(row=row, column=headings.index(heading) + 1).value = value


def test_bad_rows_in_several_sheets_refuse_the_whole_file(
    demo_copy: Callable[[str], Location], tmp_path: Path
) -> None:
    database = demo_copy("rotterdam")
    workbook = export(database, tmp_path / "r.xlsx")
    book = load_workbook(workbook)
    _set(book, "Reizen", 3, "Begindatum", "31-02-2024")
    _set(book, "Reizen", 4, "Overige kosten", "12,345")
    _set(book, "Reizen", 5, "Reizigers", "Jan Onbekend")
    _set(book, "Reizen", 6, "Einddatum", "01-01-2020")  # before the start: the service says no
    _set(book, "Netwerken", 2, "Afkorting", "=1+1")
    _set(book, "Netwerken", 3, "Werkterrein", "x" * 10_001)
    _set(book, "Relaties", 2, "Aantekeningen", "bel \x9b terug")
    _set(book, "Ambtstermijnen", 2, "Einddatum", "01-01-1900")
    book["Reizen"].cell(row=2, column=1).value = "Twee\nregels"
    book.save(workbook)

    opened = open_database(database)
    content = dump(opened)
    with opened.sessions() as session:
        plan = plan_import(session, workbook)
    found = {(p.sheet, p.row, p.column) for p in plan.problems}
    assert found >= {
        ("Reizen", 2, "Titel"),
        ("Reizen", 3, "Begindatum"),
        ("Reizen", 4, "Overige kosten"),
        ("Reizen", 5, "Reizigers"),
        ("Reizen", 6, "Einddatum"),
        ("Netwerken", 2, "Afkorting"),
        ("Netwerken", 3, "Werkterrein"),
        ("Relaties", 2, "Aantekeningen"),
        ("Ambtstermijnen", 2, "Einddatum"),
    }, [str(p) for p in plan.problems]
    lines = [str(p) for p in plan.problems]
    assert (
        "Blad 'Reizen', rij 3, kolom 'Begindatum': '31-02-2024' is geen bestaande datum." in lines
    )
    assert any("formule" in line and "Netwerken', rij 2" in line for line in lines)
    assert not plan.ok
    with opened.sessions() as session, pytest.raises(ImportRefused) as refused, session.begin():
        apply_import(session, plan)
    assert refused.value.problems == plan.problems
    assert "niets ingelezen" in str(refused.value)
    assert dump(opened) == content
    opened.close()


def test_a_bad_child_row_and_a_row_for_no_record(
    demo_copy: Callable[[str], Location], tmp_path: Path
) -> None:
    database = demo_copy("rotterdam")
    workbook = export(database, tmp_path / "r.xlsx")
    book = load_workbook(workbook)
    book["Delegatie"].append(["Reis die niet bestaat", None, "Haven"])
    book.save(workbook)
    plan, _ = import_into(database, workbook)
    rows = book["Delegatie"].max_row
    assert [(p.sheet, p.row) for p in plan.problems] == [("Delegatie", rows)]
    assert "hoort bij geen rij op blad 'Reizen'" in plan.problems[0].message


def test_new_records_name_each_other_in_one_file(
    tmp_path: Path, new_location: Callable[[str], Location]
) -> None:
    """A template filled in by hand: an official, a network naming her, a trip with both,
    in Dutch notation as text; a new place is added on the way."""
    target = empty_database(new_location("leeg"))
    template = export(target, tmp_path / "sjabloon.xlsx", empty=True)
    book = load_workbook(template)
    book["Bestuurders"].append(["Carola Schouten", "", ""])
    book["Ambtstermijnen"].append(
        ["Carola Schouten", "burgemeester", "27 januari 2024", None, "", ""]
    )
    book["Netwerken"].append(
        [
            "Eurocities",
            "EC",
            "",
            "klimaat; energie",
            "2002",
            "€ 22.360,-",
            "Schouten",
            "",
            "lid",
            "",
            "",
        ]
    )
    reizen = book["Reizen"]
    headings = [c.value for c in reizen[1]]
    row = dict.fromkeys(headings, None)
    row.update(
        {
            "Titel": "Werkbezoek Gdańsk",
            "Soort": "werkbezoek",
            "Status": "uitgevoerd",
            "Begindatum": "3-6-2024",
            "Einddatum": "2024-06-05",
            "Bestemmingen": "Gdańsk (Polen); Duitsland",
            "Reizigers": "Carola Schouten",
            "Delegatieleider": "Carola Schouten",
            "Netwerken": "EC",
            "Reis- en verblijfkosten": "1.770,00",
            "CO2-uitstoot (ton)": "0,22",
        }
    )
    reizen.append([row[h] for h in headings])
    book.save(template)
    plan, counts = import_into(target, template)
    assert plan.ok, [str(p) for p in plan.problems]
    assert (counts["officials"].new, counts["networks"].new, counts["trips"].new) == (1, 1, 1)
    opened = open_database(target)
    with opened.sessions() as session:
        trip = session.scalar(select(Trip))
        assert trip.travel_and_stay == Decimal("1770.00")
        assert trip.co2_tonnes == Decimal("0.220")
        assert [d.place.name if d.place else d.country_code for d in trip.destinations] == [
            "Gdańsk",
            "DE",
        ]
        assert trip.networks[0].annual_fee == Decimal("22360.00")
    opened.close()

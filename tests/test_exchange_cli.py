"""`intzaken export` and `intzaken import` on demo copies."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook

from intzaken.exchange.ics import escape, fold
from intzaken.store.database import open_database
from intzaken.store.location import Location

from .conftest import dump
from .conftest import run_cli as run


@pytest.mark.parametrize("command", ["export", "import"])
def test_help(command: str) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(command, "--help")
    assert exit_info.value.code == 0


def test_export_all_one_csv_and_template(
    demo_copy: Callable[[str], Location], tmp_path: Path
) -> None:
    db = str(demo_copy("rotterdam"))
    code, out, _ = run("export", "--out", str(tmp_path / "alles.xlsx"), "--db", db)
    assert code == 0 and "Excel-werkmap geschreven" in out
    book = load_workbook(tmp_path / "alles.xlsx", read_only=True)
    assert "Reizen" in book.sheetnames and "Begroting" in book.sheetnames
    book.close()
    code, out, _ = run("export", "officials", "--out", str(tmp_path / "b.xlsx"), "--db", db)
    assert load_workbook(tmp_path / "b.xlsx").sheetnames == ["Bestuurders", "Ambtstermijnen"]
    code, out, _ = run(
        "export", "trips", "--format", "csv", "--out", str(tmp_path / "r.csv"), "--db", db
    )
    with (tmp_path / "r.csv").open(encoding="utf-8-sig", newline="") as exported:
        rows = list(csv.reader(exported, delimiter=";"))  # a field may hold line breaks
    assert code == 0 and len(rows) == 41  # a heading and the demo's 40 trips
    code, out, _ = run("export", "--format", "csv", "--out", str(tmp_path / "map"), "--db", db)
    # A file a sheet: organisation, places, mission sheets and country facts included.
    assert code == 0 and "24 CSV-bestanden" in out
    code, out, _ = run("export", "--empty", "--out", str(tmp_path / "leeg.xlsx"), "--db", db)
    assert code == 0 and "leeg sjabloon" in out
    assert load_workbook(tmp_path / "leeg.xlsx")["Reizen"].max_row == 1
    code, _, err = run("export", "networks", "--format", "ics", "--db", db)
    assert code == 1 and "alleen voor de reizen" in err


def test_import_with_problems_dry_run_and_for_real(
    demo_copy: Callable[[str], Location], tmp_path: Path
) -> None:
    db = demo_copy("rotterdam")
    workbook = tmp_path / "r.xlsx"
    assert run("export", "--out", str(workbook), "--db", str(db))[0] == 0
    book = load_workbook(workbook)
    book["Reizen"]["D2"] = "31-02-2024"
    book["Netwerken"]["B3"] = "=1+1"
    book.save(workbook)
    opened = open_database(db)
    before = dump(opened)
    code, out, err = run("import", str(workbook), "--db", str(db))
    assert code == 1
    # The trip's route rows (issue 20) are named with it: they wait for its correction.
    assert err.startswith("Er is niets ingelezen: 3 problemen in 3 rijen.\n")
    assert "- Blad 'Reisroute', rij 2: rijen 2, 3 horen bij rij 2 op blad 'Reizen'" in err
    assert (
        "- Blad 'Reizen', rij 2, kolom 'Begindatum': '31-02-2024' is geen bestaande datum." in err
    )
    # worded as what correcting the rows would give, not as a result
    assert "Er is niets geschreven. Zijn de rijen met een probleem verbeterd" in out
    assert (
        "reizen: 0 zouden nieuw zijn, 0 zouden wijzigen, 39 ongewijzigd; 1 met een probleem" in out
    )
    assert " nieuw, " not in out
    assert dump(opened) == before

    book["Reizen"]["D2"] = dt.datetime(2024, 1, 22)
    for cell in ("B2", "B3"):  # its route rows name the trip by its title and start
        book["Reisroute"][cell] = dt.datetime(2024, 1, 22)
    book["Netwerken"]["B3"] = "ICLEI-afkorting"
    book.save(workbook)
    code, out, err = run("import", str(workbook), "--dry-run", "--db", str(db))
    assert code == 0 and "Proefronde" in out and err == ""
    # The row keeps the trip's uuid (hidden column): its start date, part of the natural
    # key, is edited in the file, and the same trip changes instead of a second appearing.
    assert "reizen: 0 nieuw, 1 gewijzigd" in out
    assert dump(opened) == before
    code, out, err = run("import", str(workbook), "--db", str(db))
    assert code == 0 and "Ingelezen: 2 records" in out
    if isinstance(db, Path):  # a team database's backups are the server's
        assert "Back-up gemaakt" in out
        assert list((tmp_path / "rotterdam-backups").glob("rotterdam-*-voor-import.sqlite"))
    else:
        assert "Back-up" not in out
    code, out, _ = run("import", str(workbook), "--db", str(db))
    assert code == 0 and "Niets te doen" in out
    opened.close()


def _events(path: Path) -> list[dict[str, str]]:
    """A minimal RFC 5545 reader: unfold, split properties, one dict per VEVENT."""
    raw = path.read_bytes().decode("utf-8")
    assert "\r\n" in raw and all(len(line.encode()) <= 75 for line in raw.split("\r\n"))
    lines = raw.replace("\r\n ", "").split("\r\n")
    events, current = [], None
    for line in lines:
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None:
            name, _, value = line.partition(":")
            current[name] = value
    return events


def test_trips_to_icalendar(demo_copy: Callable[[str], Location], tmp_path: Path) -> None:
    location = demo_copy("rotterdam")
    db = str(location)
    assert (
        run(
            "export",
            "trips",
            "--format",
            "ics",
            "--year",
            "2024",
            "--out",
            str(tmp_path / "a.ics"),
            "--db",
            db,
        )[0]
        == 0
    )
    assert (
        run(
            "export",
            "--format",
            "ics",
            "--year",
            "2024",
            "--out",
            str(tmp_path / "b.ics"),
            "--db",
            db,
        )[0]
        == 0
    )
    first, second = _events(tmp_path / "a.ics"), _events(tmp_path / "b.ics")
    assert len(first) == 32
    assert [e["UID"] for e in first] == [e["UID"] for e in second]
    assert len({e["UID"] for e in first}) == 32
    opened = open_database(location)
    with opened.sessions() as session:
        from intzaken.services.trips import list_trips

        trips = list_trips(session, 2024)
        for trip, event in zip(trips, first, strict=True):
            assert event["DTSTART;VALUE=DATE"] == trip.start_date.strftime("%Y%m%d")
            end = trip.end_date + dt.timedelta(days=1)  # exclusive, as RFC 5545 counts
            assert event["DTEND;VALUE=DATE"] == end.strftime("%Y%m%d")
            assert event["SUMMARY"] == escape(trip.title)
            assert trip.travellers[0].official.name in event["DESCRIPTION"]
    opened.close()
    assert re.fullmatch(r"\d{8}T\d{6}Z", first[0]["DTSTAMP"])


def test_ics_escaping_and_folding() -> None:
    assert escape("a;b,c\\d\ne") == "a\\;b\\,c\\\\d\\ne"
    folded = fold("SUMMARY:" + "ą" * 80)
    assert all(len(line.encode()) <= 75 for line in folded.split("\r\n"))
    assert folded.replace("\r\n ", "").rstrip("\r\n") == "SUMMARY:" + "ą" * 80

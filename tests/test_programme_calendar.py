"""The programme as calendar events, read back with `icalendar`: one event per item,
local times with their zone (and its VTIMEZONE), location, description, stable UIDs;
and both commands end to end on a file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from intzaken.exchange.programme_ics import export_programme_ics
from intzaken.store.database import Database, open_database

from .briefing_mission import FullMission, build_full_mission
from .conftest import run_cli

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def mission(database: Database) -> FullMission:
    with database.sessions() as session, session.begin():
        return build_full_mission(session)


def _events(path: Path) -> tuple[Calendar, list]:
    calendar = Calendar.from_ical(path.read_bytes())
    return calendar, list(calendar.walk("VEVENT"))


def test_one_event_per_item_in_local_time_with_its_zone(
    database: Database, mission: FullMission, tmp_path: Path
) -> None:
    path = tmp_path / "programma.ics"
    with database.sessions() as session:
        count = export_programme_ics(session, mission.trip_id, path)
    calendar, events = _events(path)
    assert count == len(events) == 5
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Shanghai"]
    meeting = next(e for e in events if str(e["SUMMARY"]) == "Gesprek havenbedrijf")
    start, end = meeting.decoded("DTSTART"), meeting.decoded("DTEND")
    assert start == dt.datetime(2027, 1, 11, 14, 0, tzinfo=SHANGHAI)
    assert end == dt.datetime(2027, 1, 11, 15, 30, tzinfo=SHANGHAI)
    assert meeting["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert start.astimezone(dt.UTC).hour == 6  # 14:00 in Shanghai is 06:00 UTC
    assert str(meeting["LOCATION"]) == "Havenkantoor, 1 Dongdaming Road"
    description = str(meeting["DESCRIPTION"])
    for phrase in (
        "Samenwerking walstroom",
        "Li Wei (voorbeeld), Directeur, Havenbedrijf Shanghai, +86 21 5555 0101",
        "- Walstroom vanaf 2028",
        "- Groene corridor",
        "Welke terminals eerst?",
        "Delfts blauw",
    ):
        assert phrase in description, phrase
    # an item without an end lasts an hour
    terminal = next(e for e in events if str(e["SUMMARY"]) == "Bezoek terminal")
    assert terminal.decoded("DTEND") - terminal.decoded("DTSTART") == dt.timedelta(hours=1)


def test_uids_are_stable_across_exports(
    database: Database, mission: FullMission, tmp_path: Path
) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    with database.sessions() as session:
        export_programme_ics(session, mission.trip_id, first)
        export_programme_ics(session, mission.trip_id, second)
    uids = [str(e["UID"]) for e in _events(first)[1]]
    assert len(set(uids)) == len(uids) == 5
    assert uids == [str(e["UID"]) for e in _events(second)[1]]


def test_commands_write_the_calendar_and_the_pocket_programme(tmp_path: Path) -> None:
    path = tmp_path / "missie.sqlite"
    database = open_database(path, create=True)
    try:
        from intzaken.services.places import sync_countries

        with database.sessions() as session, session.begin():
            sync_countries(session)
            mission = build_full_mission(session)
    finally:
        database.close()
    ics = tmp_path / "programma.ics"
    code, out, _err = run_cli(
        "export", "programme", "--id", str(mission.trip_id), "--format", "ics",
        "--out", str(ics), "--db", str(path),
    )  # fmt: skip
    assert code == 0, _err
    assert "5" in out and len(_events(ics)[1]) == 5
    code, _out, err = run_cli("export", "programme", "--format", "ics", "--db", str(path))
    assert code != 0 and "--id" in err
    pdf = tmp_path / "zak.pdf"
    code, out, _err = run_cli(
        "report", "programme", "--id", str(mission.trip_id), "--two-up",
        "--out", str(pdf), "--db", str(path),
    )  # fmt: skip
    assert code == 0, _err
    page = PdfReader(pdf).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # A4 landscape

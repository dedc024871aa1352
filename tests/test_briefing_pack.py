"""The briefing pack read back: on a full mission every section has content and names
what the official needs; on a bare trip it is short and has no empty section."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from intzaken.reports import build_report
from intzaken.reports.briefing import CONTENTS_FROM_PAGES
from intzaken.services import trips
from intzaken.services.reporting import get_trip
from intzaken.services.snapshots import trip_data
from intzaken.store.database import Database

from .briefing_mission import FullMission, build_full_mission
from .pdf_reading import assert_fonts_embedded, flat_text, outline, page_texts

SECTIONS_NL = (
    "In één oogopslag",
    "Programma",
    "Wie is wie",
    "Achtergrond: relaties",
    "Achtergrond: netwerken",
    "Logistiek en noodgevallen",
    "Budget en kosten",
)
# Dutch headings that must not appear in the English pack.
DUTCH_HEADINGS = SECTIONS_NL + ("Kernboodschappen", "Gesprekspunten", "Noodnummers", "Wie")


@pytest.fixture
def mission(database: Database) -> FullMission:
    with database.sessions() as session, session.begin():
        return build_full_mission(session)


def _pack(database: Database, trip_id: int, path: Path, language: str | None = None) -> dict:
    with database.sessions() as session:
        report = build_report("briefing", session, path, trip_id=trip_id, language=language)
    return report.meta


def _no_empty_sections(text: str) -> None:
    assert not re.search(r"[Gg]een\b.{0,80}vastgelegd", text)
    assert "No programme" not in text and "not recorded" not in text


def test_full_mission_has_every_section_with_content(
    database: Database, mission: FullMission, tmp_path: Path
) -> None:
    path = tmp_path / "briefing.pdf"
    meta = _pack(database, mission.trip_id, path)
    texts = page_texts(path)
    text = flat_text(path)
    headings = [title for level, title in outline(path) if level == 0]
    assert headings == list(SECTIONS_NL), headings
    # at a glance is exactly one page: the page after the cover, and the programme
    # starts on the next one
    glance = texts[1]
    assert "In één oogopslag" in glance and "Programma" not in glance
    assert "In één oogopslag" not in texts[2]
    assert "Kernboodschappen" in glance and "MoU verlengen tot 2032" in glance
    assert "Noodnummers" in glance and "+31 247 247 247" in glance
    assert "De drie belangrijkste gesprekken" in glance
    assert "Diner met de loco-burgemeester" in glance  # meets the first host
    assert "Gesprek havenbedrijf" in glance  # meets the second host, talking points
    assert "burgemeester Aboutaleb (delegatieleider)" in " ".join(glance.split())
    # every meeting with its contacts and talking points
    programme = text[text.index("Programma Alle tijden") : text.index("Wie is wie")]
    for phrase in (
        "Gesprek havenbedrijf",
        "Li Wei (voorbeeld), Directeur, Havenbedrijf Shanghai",
        "Chen Jing (voorbeeld)",
        "Walstroom vanaf 2028",
        "Groene corridor",
        "Welke terminals eerst?",
        "Havenkantoor, 1 Dongdaming Road",
        "Delfts blauw",
        "zakelijk",
        "Bezoek terminal",
        "Wang Fang (voorbeeld)",
        "Zhang Min (voorbeeld), Loco-burgemeester, Gemeente Shanghai",
        "MoU verlengen tot 2032",
        "Terugreis",
    ):
        assert phrase in programme, phrase
    # who's who with the earlier meeting from the 2024 programme
    people = text[text.index("Wie is wie") : text.index("Achtergrond: relaties")]
    assert "Rondleiding haven (Havenmissie Shanghai 2024; Ahmed Aboutaleb)" in people
    assert "Studeerde in Delft" in people or "studeerde in Delft" in people
    # background: earlier visit with its result, open follow-up, agreement with expiry
    background = text[text.index("Achtergrond: relaties") : text.index("Logistiek")]
    assert "Afspraak om walstroom samen te onderzoeken." in background
    assert "Onderzoek walstroom delen" in background
    assert "30-04-2027" in background and "(verloopt binnen een jaar)" in background
    assert "Stedenband getekend" in background
    assert "World Ports Climate Action Program" in background
    # logistics and emergencies
    logistics = text[text.index("Logistiek en noodgevallen") : text.index("Budget en kosten")]
    # the logistics and emergency page starts a page of its own
    assert any(page.split("\n")[2:3] == ["Logistiek en noodgevallen"] for page in texts)
    for phrase in (
        "KL 895",
        "10-01-2027 14:05",
        "11-01-2027 07:30",
        "Europe/Amsterdam",
        "Asia/Shanghai",
        "Hotel Bund (voorbeeld)",
        "Busje van de gastheer",
        "Consulaat-generaal Shanghai (voorbeeld)",
        "+86 21 0000 0000",
        "+31 247 247 247",
        "110",
        "geel (gecontroleerd op 6 januari 2027)",
        "7 uur later dan in Nederland",
    ):
        assert phrase in logistics, phrase
    assert "Werkbudget internationaal (2027)" in text
    assert "Geraamde kosten" in text and "€ 9.650,00" in text
    _no_empty_sections(text)
    assert_fonts_embedded(path)
    # a photo is printed in the who's who
    assert any(page.images for page in PdfReader(path).pages)
    assert meta["contents"] is False and meta["pages"] < CONTENTS_FROM_PAGES
    assert "Inhoud" not in text


def test_bare_trip_gives_a_short_pack_without_empty_sections(
    database: Database, mission: FullMission, tmp_path: Path
) -> None:
    path = tmp_path / "bare.pdf"
    meta = _pack(database, mission.bare_trip_id, path)
    text = flat_text(path)
    # the cover alone: "at a glance" would only repeat it
    assert meta["pages"] == 1
    assert outline(path) == []
    assert "Werkbezoek Gent" in text and "4 maart 2027" in text
    assert "Delegatie wethouder Simons (delegatieleider)" in text
    for missing in SECTIONS_NL + ("Kernboodschappen", "Noodnummers", "Inhoud"):
        assert missing not in text, missing
    _no_empty_sections(text)


def test_long_pack_gets_contents_on_its_cover(
    database: Database, mission: FullMission, tmp_path: Path
) -> None:
    with database.sessions() as session, session.begin():
        data = trip_data(get_trip(session, mission.trip_id))
        extra = data.programme[1]
        for day in range(6):
            for hour in range(8, 18, 2):
                data.programme.append(
                    trips.ProgrammeItemData(
                        extra.day,
                        f"Werksessie {day}-{hour}",
                        dt.time(hour),
                        extra.place,
                        list(extra.contact_ids),
                        purpose="Uitwerking",
                        talking_points="Punt een\nPunt twee\nPunt drie",
                    )
                )
        trips.update_trip(session, mission.trip_id, data)
    path = tmp_path / "long.pdf"
    meta = _pack(database, mission.trip_id, path)
    texts = page_texts(path)
    assert meta["contents"] is True
    assert meta["pages"] == meta["pages_without_contents"]  # the contents cost no page
    cover = texts[0]
    assert "Inhoud" in cover
    match = re.search(r"^Wie is wie[ .]*(\d+)$", cover, re.MULTILINE)
    assert match and "Wie is wie" in texts[int(match[1]) - 1]


def test_english_pack_has_no_dutch_headings(
    database: Database, mission: FullMission, tmp_path: Path
) -> None:
    path = tmp_path / "briefing-en.pdf"
    _pack(database, mission.trip_id, path, language="en")
    text = flat_text(path)
    for english in (
        "At a glance",
        "The three most important meetings",
        "Key messages",
        "Emergency numbers",
        "Programme",
        "Talking points",
        "Who's who",
        "Background: relations",
        "Earlier visits and their results",
        "Logistics and emergencies",
        "7 h ahead of the Netherlands",
        "Budget and costs",
        "Monday 11 January 2027",
    ):
        assert english in text, english
    for dutch in DUTCH_HEADINGS:
        assert not re.search(rf"(?<!\w){re.escape(dutch)}(?!\w)", text), dutch


def test_at_a_glance_stays_one_page_with_long_texts(
    database: Database, mission: FullMission, tmp_path: Path
) -> None:
    with database.sessions() as session, session.begin():
        data = trip_data(get_trip(session, mission.trip_id))
        data.purpose = ("Lange toelichting over de havensamenwerking. " * 60).strip()
        data.purpose += "\n\nTweede alinea met het slot: EINDE-doel."
        item = data.programme[1]
        item.talking_points = "\n".join(
            f"Gesprekspunt {n} over walstroom en de groene corridor tussen beide havens"
            for n in range(30)
        )
        trips.update_trip(session, mission.trip_id, data)
    path = tmp_path / "long-glance.pdf"
    _pack(database, mission.trip_id, path)
    texts = page_texts(path)
    assert "In één oogopslag" in texts[1]
    assert "Over de reis" in texts[2].split("\n")[:4]
    # the purpose is cut on the summary page and printed whole after it
    assert "EINDE-doel" not in texts[1] and "EINDE-doel" in texts[2]
    assert "Gesprekspunt 5 " in texts[1] and "Gesprekspunt 6 " not in texts[1]

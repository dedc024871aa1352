"""The reports on the Rotterdam and Groningen demos, read back from the written PDFs."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from intzaken.domain.enums import TripKind, TripStatus
from intzaken.reports import build_report
from intzaken.services.trips import list_trips
from intzaken.store.database import open_database

from .pdf_reading import (
    assert_fonts_embedded,
    assert_page_numbers,
    flat_text,
    metadata,
    outline,
    page_texts,
    pdf_text,
)

PRINTED = dt.date(2025, 3, 1)


def trip_headings(path: Path) -> list[str]:
    """The trips' headings, from the PDF outline under "Reizen in 2024"."""
    entries = outline(path)
    start = entries.index((0, "Reizen in 2024"))
    end = entries.index((0, "Totalen 2024"))
    return [title for level, title in entries[start + 1 : end] if level == 1]


@pytest.fixture(scope="module")
def rotterdam_db(demo_template: Callable[[str], Path]) -> Path:
    return demo_template("rotterdam")


@pytest.fixture(scope="module")
def rotterdam(rotterdam_db: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every report the demo can make, written once for the whole module."""
    database = open_database(rotterdam_db)
    folder = tmp_path_factory.mktemp("reports")
    with database.sessions() as session:
        trips_2025 = list_trips(session, 2025)
        manchester = next(t for t in trips_2025 if "creative health" in t.title)
        copenhagen = next(
            t
            for t in list_trips(session, 2024)
            if "Kopenhagen" in {d.place.name for d in t.destinations if d.place}
        )
        requests = {
            "annual": {"year": 2024},
            "planned": {"start": "2025-06", "end": "2025-09"},
            "relations": {},
            "trip": {"trip_ids": [manchester.id]},
            "briefing": {"trip_id": copenhagen.id},
        }
        paths = {}
        for kind, params in requests.items():
            paths[kind] = folder / f"{kind}.pdf"
            build_report(kind, session, paths[kind], printed_on=PRINTED, **params)
    database.close()
    return paths


@pytest.fixture(scope="module")
def groningen_budget(
    demo_template: Callable[[str], Path], tmp_path_factory: pytest.TempPathFactory
) -> Path:
    database = open_database(demo_template("groningen"))
    path = tmp_path_factory.mktemp("budget") / "budget.pdf"
    with database.sessions() as session:
        build_report("budget", session, path, year=2022, printed_on=PRINTED)
    database.close()
    return path


def test_annual_overview_lists_all_32_trips_with_the_reports_totals(
    rotterdam: dict[str, Path], rotterdam_db: Path
) -> None:
    headings = trip_headings(rotterdam["annual"])
    assert len(headings) == 32
    # Each heading names the trip's own kind, with the preposition the kind takes.
    starts = ("Werkbezoek ", "Congres in ", "Netwerkbijeenkomst in ", "Handelsmissie naar ")
    assert all(h.startswith(starts) for h in headings)
    database = open_database(rotterdam_db)
    with database.sessions() as session:
        kinds = [t.kind for t in list_trips(session, 2024) if t.status is TripStatus.DONE]
    database.close()
    counts = {start: sum(h.startswith(start) for h in headings) for start in starts}
    assert counts == {
        "Werkbezoek ": kinds.count(TripKind.WORKING_VISIT),
        "Congres in ": kinds.count(TripKind.CONFERENCE),
        "Netwerkbijeenkomst in ": kinds.count(TripKind.NETWORK_MEETING),
        "Handelsmissie naar ": kinds.count(TripKind.TRADE_MISSION),
    }
    text = flat_text(rotterdam["annual"])
    assert text.count("Kosten bestuur") == 32  # one cost block per trip
    assert (
        "Werkbezoek Ecuador, Peru, Costa Rica en Colombia door voormalig burgemeester "
        "Aboutaleb" in text
    )
    assert "27 januari t/m 3 februari 2024" in text
    assert "€ 22.360,- € 0,- Vliegtuig 23,32 € 326,64" in text
    # The totals as printed, not as computed from the data.
    assert re.search(r"Totaal 32 € 109\.206,- € 20\.795,- 278,19 € 1\.239,54", text)
    assert "Reis- en verblijfkosten € 109.206,-" in text
    assert "Overige kosten € 20.795,-" in text
    assert "CO₂-uitstoot 278,19 ton" in text
    assert "CO₂-compensatie € 1.239,54" in text


def test_annual_overview_titles_and_default_introduction(rotterdam: dict[str, Path]) -> None:
    text = flat_text(rotterdam["annual"])
    assert "Buitenlandse ambtsreizen in 2024" in text
    assert "door burgemeester Schouten" in text  # mayor since October 2024
    assert "door voormalig wethouder Karremans" in text
    assert "Neem voor meer informatie contact op met Public Affairs" in text
    assert "Kosten per bestuurder" in text and "CO₂-uitstoot per maand" in text


def test_planned_trips_follow_the_letter(rotterdam: dict[str, Path]) -> None:
    text = flat_text(rotterdam["planned"])
    # A raadsinformatiebrief (test_council_letter.py) whose subject names the period.
    assert "Raadsinformatiebrief" in text
    assert "Onderwerp Voorgenomen buitenlandse ambtsreizen juni t/m september 2025" in text
    assert "Werkbezoek Malmö, Botkyrka en Stockholm (Zweden)" in text
    assert "door wethouder Kasmi Juni 2025" in text
    # Seven trips, each headed by its own kind: four working visits, two trade missions
    # and a network meeting.
    assert text.count("Werkbezoek ") == 4
    assert text.count("Handelsmissie naar ") == 2
    assert text.count("Netwerkbijeenkomst in ") == 1


def test_trip_card_of_a_planned_trip_known_by_its_month(rotterdam: dict[str, Path]) -> None:
    texts = page_texts(rotterdam["trip"])
    assert len(texts) == 1
    text = " ".join(texts[0].split())
    assert "Kennisuitwisseling creative health" in text
    assert "juni 2025 (precieze data nog niet bekend)" in text
    assert "Reis en verblijf nog niet bekend" in text
    assert "Reizigers wethouder Kasmi" in text
    assert "Status Voorgenomen" in text


def test_briefing_pack_of_a_short_trip_has_no_contents_page(
    rotterdam: dict[str, Path],
) -> None:
    texts = page_texts(rotterdam["briefing"])
    assert "Briefingsmap" in texts[0]
    assert "In één oogopslag" in texts[1]
    text = flat_text(rotterdam["briefing"])
    assert "Inhoud" not in text and "vastgelegd" not in text
    assert "Kopenhagen (Denemarken)" in text
    assert "Rotterdam-Kopenhagen" in text


def test_relations_overview_has_every_network_with_its_holder(rotterdam: dict[str, Path]) -> None:
    lines = pdf_text(rotterdam["relations"]).splitlines()
    assert "ICLEI - Local Governments for Sustainability wethouder DLE bestuurslid -" in lines
    text = flat_text(rotterdam["relations"])
    assert "European Forum for Urban Security (EFUS)" in text
    assert "vicevoorzitter" in text
    assert "Shanghai" in text and "stedenband 1979 actief" in text


def test_long_tables_repeat_their_header_row(rotterdam: dict[str, Path]) -> None:
    texts = page_texts(rotterdam["relations"])
    network_pages = [t for t in texts if "Global" in t or "Walk21" in t or "Polis" in t]
    assert len(network_pages) >= 2
    for text in network_pages:
        assert "Netwerk Portefeuillehouder Rol Lid sinds" in text


def test_groningen_budget_2022_has_six_lines_and_375000(groningen_budget: Path) -> None:
    text = flat_text(groningen_budget)
    assert "Begrotingsoverzicht internationaal 2022" in text
    rows = re.findall(r"€ [\d.]+,- € [\d.]+,- € 0,- € [\d.]+,- [\d,]+%", text)
    assert len(rows) == 7  # six lines and the total
    # The demo's example bookings of 2022, all spent by now.
    assert re.search(r"Totaal € 375\.000,- € 276\.900,- € 0,- € 98\.100,- 73,8%", text)


def test_every_report_embeds_its_fonts_and_numbers_its_pages(
    rotterdam: dict[str, Path], groningen_budget: Path
) -> None:
    for path in [*rotterdam.values(), groningen_budget]:
        assert_fonts_embedded(path)
        assert_page_numbers(path)
        assert "Afgedrukt op 1 maart 2025" in pdf_text(path)


def test_every_report_has_its_metadata(rotterdam: dict[str, Path], groningen_budget: Path) -> None:
    expected = {
        "annual": (
            "Buitenlandse ambtsreizen in 2024",
            "Jaaroverzicht buitenlandse ambtsreizen 2024",
        ),
        "planned": (
            "Voorgenomen buitenlandse ambtsreizen juni t/m september 2025",
            "Voorgenomen buitenlandse ambtsreizen juni t/m september 2025",
        ),
        "relations": (
            "Relaties en netwerken",
            "Overzicht van internationale relaties en netwerken",
        ),
        "trip": (
            "Reiskaart Kennisuitwisseling creative health",
            "Reiskaart van een buitenlandse ambtsreis",
        ),
    }
    for kind, (title, subject) in expected.items():
        assert metadata(rotterdam[kind]) == {
            "title": title,
            "author": "Gemeente Rotterdam",
            "subject": subject,
            "lang": "nl-NL",
        }
    assert metadata(groningen_budget)["author"] == "Gemeente Groningen"
    assert metadata(rotterdam["briefing"])["title"].startswith("Briefingsmap ")


def test_trip_cards_print_one_page_per_trip(tmp_path: Path, rotterdam_db: Path) -> None:
    database = open_database(rotterdam_db)
    with database.sessions() as session:
        planned = [t.id for t in list_trips(session, 2025) if t.status is TripStatus.PLANNED]
        report = build_report("trip", session, tmp_path / "cards.pdf", trip_ids=planned)
    database.close()
    assert report.meta["pages"] == len(planned) == 7

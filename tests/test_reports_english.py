"""Every report printed in English: English headings, labels, dates and amounts, and none
of the Dutch words the Dutch report prints (the records' own text stays as typed)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest

from intzaken.domain.models import Trip
from intzaken.i18n import current_language
from intzaken.reports import REPORTS, ReportError, build_report, default_filename
from intzaken.services.data import ProjectData
from intzaken.services.projects import create_project
from intzaken.services.trips import DestinationData, TripData, create_trip
from intzaken.store.database import Database

from .pdf_reading import flat_text, metadata, page_texts
from .report_showcase import TITLE, build_showcase

PRINTED_ON = dt.date(2024, 6, 14)

# Headings, labels and phrases of the Dutch reports, and the words Dutch dates, amounts
# and lists are written with. None of them is in the showcase's own data.
DUTCH = (
    "Afgedrukt op",
    "pagina",
    "Reiskaart",
    "Briefingsmap",
    "Jaaroverzicht",
    "Begroting",
    "Begrotingspost",
    "Begroot",
    "Besteed",
    "Verplicht",
    "Resterend",
    "Gebruikt",
    "Boekingen",
    "Totaal",
    "Totalen",
    "Kerncijfers",
    "Aantal reizen",
    "Overige kosten",
    "Reis en verblijf",
    "CO₂-uitstoot",
    "CO₂-compensatie",
    "Kosten",
    "Vervoer",
    "Vervoersmiddel",
    "Bestuurder",
    "Reizigers",
    "Bestemmingen",
    "Bestemming",
    "Doel",
    "Delegatie",
    "Relaties",
    "Relatie",
    "Netwerken",
    "Overeenkomsten",
    "Resultaten",
    "Soort",
    "Thema",
    "Werkbezoek",
    "door",
    "Stand per",
    "Inhoud",
    "Programma",
    "Onderdeel",
    "Tijd",
    "Plaats",
    "Contactpersonen",
    "Naam",
    "Functie",
    "Organisatie",
    "Eerdere bezoeken",
    "Geschiedenis",
    "Portefeuillehouder",
    "Toelichting",
    "Lid sinds",
    "Sinds",
    "Afspraken",
    "Uiterlijk",
    "Gedaan",
    "Wanneer",
    "Onderwerp",
    "Overzicht",
    "Voorgenomen",
    "Internationale netwerken",
    "Partijen",
    "geldig",
    "getekend",
    "nog niet bekend",
    "geen",
    "ja",
    "nee",
    "ton",
    "t/m",
    "en",
    "van",
    "januari",
    "februari",
    "maart",
    "juni",
    "juli",
    "handelsmissie",
    "werkbezoek",
    "uitgevoerd",
    "voorgenomen",
    "vliegtuig",
    "trein",
    "burgemeester",
    "wethouder",
    "vriendschapsrelatie",
    "actief",
    "bestuurslid",
    "verplichting",
    "ondertekening",
    # Country names: the database keeps them in Dutch; English text takes CLDR's.
    "Brazilië",
    "Polen",
    "Duitsland",
    "Zweden",
    "Zwitserland",
    "Namibië",
    "België",
)
# The showcase's own texts in Dutch (titles, purposes, names) may hold some of those
# words; they are the user's data, printed as typed, and removed before the check.
DATA = (
    TITLE,
    "Team <Internationaal>",
    "Eerste kennismaking",
    "Verslag aan de raad",
    "Tolken & vertalingen",
    "Intentie getekend",
    "Netwerk van grote Europese steden",
    "Tweede alinea: Lüderitz volgt later.",
    "Kennis over CO₂-opslag halen bij",
    "Gemeente Malmö & Zürich",
    "directeur",
    "Ontvangst door de marszałek",
    "Bezoek aan de haven van Santos",
    "Havenbedrijf <Rotterdam>",
    "Urząd Marszałkowski",
    "Havenbezoek",
)


@pytest.fixture
def showcase(database: Database):
    with database.sessions.begin() as session:
        made = build_showcase(session)
        mayor = session.get_one(Trip, made.trip_id).lead.id  # type: ignore[union-attr]
        create_trip(
            session,
            TripData(
                title="Havenbezoek",
                kind="working_visit",
                status="planned",
                start_date=dt.date(2024, 9, 10),
                end_date=dt.date(2024, 9, 12),
                destinations=[DestinationData("BR")],
                traveller_ids=[mayor],
                lead_official_id=mayor,
                transport=["plane"],
                travel_and_stay=Decimal("1500.00"),
            ),
        )
        # An EU project for the subsidies report (its name is data, not a heading).
        create_project(
            session,
            ProjectData(
                name="Green Harbours",
                funding_programme="interreg",
                role="lead",
                status="running",
                total_budget=Decimal("2400000.00"),
                grant=Decimal("350000.00"),
                co_financing=Decimal("150000.00"),
                start_date=dt.date(2023, 3, 1),
                end_date=dt.date(2025, 2, 28),
            ),
        )
        return made


def _english(database: Database, kind: str, target: Path, **params) -> str:
    with database.sessions() as session:
        build_report(kind, session, target, printed_on=PRINTED_ON, language="en", **params)
    return flat_text(target)


def _dutch_left(text: str) -> list[str]:
    for phrase in DATA:
        text = text.replace(phrase, " ")
    return [word for word in DUTCH if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text)]


def _params(kind: str, showcase) -> dict:
    return {
        "trip": {"trip_ids": [showcase.trip_id]},
        "briefing": {"trip_id": showcase.trip_id},
        "programme": {"trip_id": showcase.trip_id},
        "annual": {"year": 2024},
        "planned": {"start": "2024-09", "end": "2024-10"},
        "years": {"first_year": 2023, "last_year": 2024},
        "budget": {"year": 2024},
        "relations": {},
        "agreements": {},
        "subsidies": {"start": "2024-01", "end": "2024-12"},
    }[kind]


# The English headings each report must print (and its title in the PDF's metadata).
ENGLISH = {
    "trip": (
        "Trip card",
        "Travellers",
        "Destinations",
        "Purpose",
        "Travel and stay",
        "CO₂ emissions",
        "23.32 tonnes",
        "€22,360",
        "Budget line",
        "Trade mission",
        "27 January to 3 February 2024",
    ),
    "briefing": (
        "Briefing pack",
        "At a glance",
        "Purpose",
        "Delegation",
        "About the trip",
        "Programme",
        "Saturday 27 January 2024",
        "Who's who",
        "Background: relations",
        "Earlier visits and their results",
        "Open follow-up actions",
        "Background: networks",
        "Budget and costs",
        "Budgeted",
        "Costs",
    ),
    "programme": (
        "Pocket programme",
        "Saturday 27 January 2024",
        "09:30 Ontvangst door de marszałek",
        "With: Zofia Wójcik",
    ),
    "annual": (
        "Official trips abroad in 2024",
        "Trips in 2024",
        "Totals 2024",
        "Key figures",
        "Number of trips",
        "Costs per official",
        "CO₂ emissions per month",
        "Costs of officials",
        "Only for air travel",
    ),
    "planned": (
        "Planned official trips abroad",
        "September 2024",
        "Overview",
        "Destination",
        "Subject",
        "Brazil",
    ),
    "years": (
        "Official trips abroad 2023–2024",
        "Multi-year overview of the board of mayor and aldermen",
        "Costs per year",
        "Council total",
        "Total incl. offset",
        "CO₂, travellers and destinations per year",
        "Most visited countries",
        "Trends",
    ),
    "budget": (
        "International budget overview 2024",
        "As of 14 June 2024",
        "Budgeted",
        "Spent",
        "Committed",
        "Left",
        "Bookings per line",
        "commitment",
    ),
    "subsidies": (
        "EU subsidies obtained",
        "January to December 2024",
        "Obtained means the grant was awarded",
        "Grant to the municipality",
        "Per funding programme",
        "Green Harbours",
        "€350,000",
        "lead partner",
    ),
    "agreements": (
        "Agreements (Woo)",
        "Open Government Act",
        "Parties",
        "Valid until",
        "Published",
    ),
    "relations": (
        "Relations and networks",
        "International networks",
        "Portfolio holder",
        "Member since",
        "friendship relation",
        "board member",
        "Agreements",
    ),
}


@pytest.mark.parametrize("kind", sorted(REPORTS))
def test_each_report_in_english(kind: str, database: Database, showcase, tmp_path: Path) -> None:
    target = tmp_path / f"{kind}.pdf"
    text = _english(database, kind, target, **_params(kind, showcase))
    assert _dutch_left(text) == []
    missing = [phrase for phrase in ENGLISH[kind] if phrase not in text]
    assert missing == []
    pages = page_texts(target)
    assert all(f"page {n} of {len(pages)}" in page for n, page in enumerate(pages, 1))
    assert "Printed on 14 June 2024" in pages[0]
    assert metadata(target)["lang"] == "en"
    assert current_language() == "nl"  # the report's language ended with the report


def test_dutch_stays_the_default(database: Database, showcase, tmp_path: Path) -> None:
    target = tmp_path / "card.pdf"
    with database.sessions() as session:
        build_report("trip", session, target, trip_ids=[showcase.trip_id], printed_on=PRINTED_ON)
    text = flat_text(target)
    assert "Reiskaart" in text and "Afgedrukt op 14 juni 2024" in text
    assert "€ 22.360,-" in text and "Trip card" not in text
    assert len(_dutch_left(text)) > 20  # the list of Dutch words is what Dutch reports print
    assert metadata(target)["lang"] == "nl-NL"


def test_english_file_names_and_errors(database: Database, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert default_filename("trip", trip_ids=[3, 4], language="en") == "trip-card-3-4.pdf"
    assert default_filename("trip", trip_ids=[3, 4]) == "reiskaart-3-4.pdf"
    with (
        database.sessions() as session,
        pytest.raises(ReportError, match="no budget lines for 1990"),
    ):
        build_report("budget", session, out / "b.pdf", year=1990, language="en")
    with database.sessions() as session, pytest.raises(ReportError, match="not a valid month"):
        build_report(
            "planned", session, out / "p.pdf", start="2024-13", end="2024-10", language="en"
        )
    assert not list(out.iterdir())

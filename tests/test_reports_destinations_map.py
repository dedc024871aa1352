"""The annual overview's "Bestemmingen in <year>" (reports/destinations_map.py) read back
from the PDF and the Word version of the Rotterdam demo's 2024: the heading, the map as
a picture with its alternative text, and the trips per country as a table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pytest
from docx import Document
from pypdf import PdfReader
from sqlalchemy.orm import Session

from intzaken.domain.enums import TripStatus
from intzaken.reports import build_report
from intzaken.reports.destinations_map import (
    description,
    map_height_mm,
    map_pixels,
    route_lines,
)
from intzaken.services import data as records
from intzaken.services.map_data import MapData, MapPlace, MapTrip
from intzaken.services.organisation import set_organisation
from intzaken.services.places import create_place
from intzaken.services.trips import create_trip
from intzaken.store.database import open_database

from .pdf_reading import outline
from .test_outlook import Builder

PRINTED = dt.date(2025, 3, 1)


@pytest.fixture(scope="module")
def written(demo_template: Callable[[str], Path], tmp_path_factory) -> dict[str, Path]:  # noqa: ANN001
    database = open_database(demo_template("rotterdam"))
    folder = tmp_path_factory.mktemp("map")
    paths = {form: folder / f"annual.{form}" for form in ("pdf", "docx")}
    with database.sessions() as session:
        for form, path in paths.items():
            build_report("annual", session, path, year=2024, printed_on=PRINTED, format=form)
    database.close()
    return paths


def test_the_pdf_shows_the_destinations_of_2024_on_a_map(written: dict[str, Path]) -> None:
    path = written["pdf"]
    assert (1, "Bestemmingen in 2024") in outline(path)
    with pdfplumber.open(path) as pdf:
        (page,) = [p for p in pdf.pages if "Bestemmingen in 2024" in (p.extract_text() or "")]
        text = page.extract_text()
        # The maps, the world's and Europe's: pictures nearly the frame's width, at the
        # charts' 200 dpi.
        world, europe = page.images
        for picture in (world, europe):
            assert picture["width"] > 450 and picture["srcsize"][0] > 1200
    assert "Elke lijn is een reis vanuit Rotterdam" in text
    # The same as figures: Belgium most visited, seven trips.
    assert "Land Reizen" in text and "België 7" in text


def test_the_word_map_has_its_heading_and_alternative_text(written: dict[str, Path]) -> None:
    document = Document(str(written["docx"]))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert "Bestemmingen in 2024" in headings
    (shape,) = [
        s for s in document.inline_shapes if s._inline.docPr.get("title") == "Bestemmingen in 2024"
    ]
    alt = shape._inline.docPr.get("descr")
    assert alt.startswith("Wereldkaart van de 32 reizen gemaakt in 2024 vanuit Rotterdam: Brussel")
    assert alt.endswith("andere plaatsen.")
    (europe,) = [
        s
        for s in document.inline_shapes
        if s._inline.docPr.get("title") == "Bestemmingen in Europa in 2024"
    ]
    europe_alt = europe._inline.docPr.get("descr")
    assert europe_alt.startswith("Kaart van Europa met de bestemmingen daar: Aalborg, Antwerpen")
    assert europe_alt.endswith("Parijs en Straatsburg.")
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Land")
    assert [c.text for c in table.rows[1].cells] == ["België", "7"]


def test_the_alternative_text_names_places_by_how_often_they_were_visited() -> None:
    home = MapPlace("Almere", "NL", 5.21, 52.37)
    nantes, tokyo = MapPlace("Nantes", "FR", -1.55, 47.22), MapPlace("Tokio", "JP", 139.7, 35.7)
    data = MapData(
        2024,
        home,
        (),
        (
            MapTrip(1, "Nantes", TripStatus.DONE, (nantes,)),
            MapTrip(2, "Japan", TripStatus.DONE, (tokyo, nantes)),
        ),
        {"FR": 2, "JP": 1},
        (2024,),
    )
    assert description(data, 2024) == (
        "Wereldkaart van de 2 reizen gemaakt in 2024 vanuit Almere: Nantes (2) en Tokio."
    )
    pixels = map_pixels(data)
    # As wide as the frame at 200 dpi, as tall as the projection keeps it.
    width, height = pixels.size
    assert abs(width - 170 / 25.4 * 200) <= 1 and abs(height - map_height_mm() / 25.4 * 200) <= 1


def test_a_leg_many_trips_share_is_drawn_once() -> None:
    """A year of a large archive has a thousand trips over a few hundred legs; each leg is
    one line (drawing it again changes no pixel, it only costs time)."""
    home = MapPlace("Almere", "NL", 5.21, 52.37)
    nantes, tokyo = MapPlace("Nantes", "FR", -1.55, 47.22), MapPlace("Tokio", "JP", 139.7, 35.7)

    def lines(*trips: tuple[MapPlace, ...]) -> list[list[tuple[float, float]]]:
        mapped = tuple(
            MapTrip(n, "Reis", TripStatus.DONE, stops) for n, stops in enumerate(trips, 1)
        )
        return route_lines(MapData(2024, home, (), mapped, {}, (2024,)))

    once = lines((tokyo, nantes))  # Almere → Tokio → Nantes
    assert len(once) >= 2
    assert lines((tokyo, nantes), (tokyo, nantes), (nantes,), (nantes,)) == [
        *once,
        *lines((nantes,)),
    ]


def test_names_on_the_map_keep_apart_and_only_what_is_on_it_takes_room() -> None:
    from matplotlib.figure import Figure

    from intzaken.reports.destinations_map import _name_places, europe_extent

    left, right, south, north = europe_extent()
    axes = Figure().add_axes((0, 0, 1, 1))
    brussel, mechelen = (
        MapPlace("Brussel", "BE", 4.35, 50.85),
        MapPlace("Mechelen", "BE", 4.48, 51.03),
    )
    lisbon = MapPlace("Lissabon", "PT", -9.14, 38.72)
    reykjavik = MapPlace("Reykjavik", "IS", -21.9, 64.1)  # near the picture's west edge
    beyond = MapPlace("Buiten beeld", "GL", -28.0, 64.0)  # just past it, within a name's room
    places = [brussel, brussel, mechelen, lisbon, beyond, beyond, beyond, reykjavik]
    _name_places(axes, None, places, (left, right, south, north))
    # Most visited first; Mechelen would run into Brussel; the place off the picture is
    # not named and takes no room from Reykjavik, which is on it.
    assert [text.get_text() for text in axes.texts] == ["Brussel", "Lissabon", "Reykjavik"]


def _cover_images(session: Session, trip_id: int, path: Path) -> int:
    build_report("briefing", session, path, trip_id=trip_id, printed_on=PRINTED)
    return len(PdfReader(path).pages[0].images)


def test_the_briefing_cover_shows_the_way_to_the_destination_when_it_is_known(
    session: Session, tmp_path: Path
) -> None:
    build = Builder(session)
    rotterdam = create_place(
        session, records.PlaceData("Rotterdam", "NL", latitude=51.92, longitude=4.48)
    )
    set_organisation(session, records.OrganisationData("Gemeente Test", home_place_id=rotterdam.id))
    nantes = create_place(
        session, records.PlaceData("Nantes", "FR", latitude=47.22, longitude=-1.55)
    )
    somewhere = create_place(session, records.PlaceData("Ergens", "BE"))  # no coordinates yet
    trips = {}
    for name, place in (("nantes", nantes.id), ("unknown", somewhere.id)):
        country = "FR" if name == "nantes" else "BE"
        trips[name] = create_trip(
            session,
            records.TripData(
                title=f"Werkbezoek {name}",
                kind="working_visit",
                status="approved",
                start_date=dt.date(2025, 5, 4),
                end_date=dt.date(2025, 5, 6),
                destinations=[records.DestinationData(country, place)],
                traveller_ids=[build.mayor],
                lead_official_id=build.mayor,
            ),
        ).id
    session.flush()
    # The cover: the map of the region from Rotterdam to Nantes, as one picture.
    assert _cover_images(session, trips["nantes"], tmp_path / "nantes.pdf") == 1
    # A destination nobody has placed yet: no map rather than an empty one.
    assert _cover_images(session, trips["unknown"], tmp_path / "unknown.pdf") == 0

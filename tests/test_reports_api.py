"""build_report as the interface calls it: progress, cancelling, atomic files, names."""

from __future__ import annotations

from pathlib import Path

import pytest

from intzaken.reports import (
    REPORTS,
    ReportCancelled,
    ReportError,
    build_report,
    default_filename,
)
from intzaken.store.database import Database

from .pdf_reading import assert_fonts_embedded, assert_page_numbers, flat_text
from .report_showcase import build_showcase


@pytest.fixture
def showcase(database: Database):
    with database.sessions.begin() as session:
        return build_showcase(session)


def test_registry_names_every_report_in_dutch() -> None:
    assert set(REPORTS) == {
        "trip",
        "briefing",
        "programme",
        "annual",
        "planned",
        "years",
        "budget",
        "relations",
        "agreements",
        "subsidies",
    }
    assert REPORTS["annual"].name == "Jaaroverzicht buitenlandse ambtsreizen"
    assert default_filename("annual", year=2024) == "jaaroverzicht-ambtsreizen-2024.pdf"
    assert default_filename("trip", trip_ids=[3, 4]) == "reiskaart-3-4.pdf"


def test_progress_rises_to_100(database: Database, showcase, tmp_path: Path) -> None:
    seen: list[tuple[int, str]] = []
    with database.sessions() as session:
        build_report(
            "briefing",
            session,
            tmp_path / "b.pdf",
            trip_id=showcase.trip_id,
            progress=lambda percent, message: seen.append((percent, message)),
        )
    percents = [p for p, _ in seen]
    assert percents == sorted(set(percents))
    assert percents[0] == 0 and percents[-1] == 100


def test_cancelling_leaves_no_file_and_keeps_an_earlier_one(
    database: Database, showcase, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "jaar.pdf"
    target.write_bytes(b"earlier")
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 5  # somewhere in the middle of the layout

    with database.sessions() as session, pytest.raises(ReportCancelled):
        build_report("annual", session, target, year=2024, cancelled=cancelled)
    assert target.read_bytes() == b"earlier"
    assert [p.name for p in folder.iterdir()] == ["jaar.pdf"]


def test_relations_report_and_missing_folder(database: Database, showcase, tmp_path: Path) -> None:
    path = tmp_path / "rel.pdf"
    with database.sessions() as session:
        build_report("relations", session, path)
        with pytest.raises(ReportError, match="bestaat niet"):
            build_report("relations", session, tmp_path / "nergens" / "rel.pdf")
        with pytest.raises(ReportError, match="Onbekend rapport"):
            build_report("poster", session, tmp_path / "x.pdf")
    text = flat_text(path)
    assert "Śląskie" in text and "MoU Śląskie – CO₂-arme warmte" in text
    assert "Eurocities" in text
    assert_fonts_embedded(path)
    assert_page_numbers(path)


def test_a_logo_prints_in_the_header(database: Database, tmp_path: Path) -> None:
    import io

    from PIL import Image

    from intzaken.services.organisation import OrganisationData, set_organisation

    buffer = io.BytesIO()
    Image.new("RGB", (120, 60), (21, 66, 115)).save(buffer, format="PNG")
    with database.sessions.begin() as session:
        build_showcase(session)
        set_organisation(
            session,
            OrganisationData(
                name="Gemeente Malmö & Zürich", logo=buffer.getvalue(), logo_media_type="image/png"
            ),
        )
    path = tmp_path / "rel.pdf"
    with database.sessions() as session:
        build_report("relations", session, path)
    assert b"/Subtype /Image" in path.read_bytes()
    assert "Gemeente Malmö & Zürich" in flat_text(path)

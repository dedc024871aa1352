"""The pocket programme read back: A5, two A5 pages per A4 sheet, or a phone's page;
every programme item with its local time, and the emergency numbers."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, A5, landscape

from intzaken.reports import REPORTS, build_report
from intzaken.reports.job import ReportError
from intzaken.store.database import Database

from .briefing_mission import FullMission, build_full_mission
from .pdf_reading import assert_fonts_embedded, flat_text, page_texts

ITEMS = (
    "09:00–10:00 Aankomst en briefing",
    "14:00–15:30 Gesprek havenbedrijf",
    "19:00–21:00 Diner met de loco-burgemeester",
    "10:00 Bezoek terminal",
    "08:00 Terugreis",
)


@pytest.fixture
def mission(database: Database) -> FullMission:
    with database.sessions() as session, session.begin():
        return build_full_mission(session)


def _programme(database: Database, trip_id: int, path: Path, layout: str = "a5") -> dict:
    with database.sessions() as session:
        return build_report("programme", session, path, trip_id=trip_id, layout=layout).meta


def _sizes(path: Path) -> list[tuple[float, float]]:
    return [
        (round(float(p.mediabox.width)), round(float(p.mediabox.height)))
        for p in PdfReader(path).pages
    ]


def test_a5_programme_has_every_item_in_local_time_and_the_emergency_numbers(
    database: Database, mission: FullMission, tmp_path: Path
) -> None:
    path = tmp_path / "pocket.pdf"
    meta = _programme(database, mission.trip_id, path)
    assert set(_sizes(path)) == {(round(A5[0]), round(A5[1]))}
    text = flat_text(path)
    for item in ITEMS:
        assert item in text, item
    assert "Alle tijden zijn lokale tijd (Asia/Shanghai)." in text
    assert "maandag 11 januari 2027" in text and "dinsdag 12 januari 2027" in text
    assert "Met: Li Wei (voorbeeld), Directeur, Havenbedrijf Shanghai" in text
    assert "Noodnummers" in text and "Lokaal alarmnummer: 110" in text
    assert (
        "+31 247 247 247" in text
        and "Hotel Bund (voorbeeld) (Zhongshan Road 1): +86 21 5555 0000" in text
    )
    texts = page_texts(path)
    assert meta["pages"] == len(texts)
    assert f"pagina {len(texts)} van {len(texts)}" in texts[-1]
    assert_fonts_embedded(path)


def test_two_up_puts_two_a5_pages_on_each_a4_landscape_sheet(
    database: Database, mission: FullMission, tmp_path: Path
) -> None:
    single, double = tmp_path / "a5.pdf", tmp_path / "two-up.pdf"
    pages = _programme(database, mission.trip_id, single)["pages"]
    meta = _programme(database, mission.trip_id, double, "two-up")
    wide, high = landscape(A4)
    assert set(_sizes(double)) == {(round(wide), round(high))}
    assert meta["pages"] == pages  # the same pages, now two a sheet
    assert meta["sheets"] == (pages + 1) // 2
    first = page_texts(double)[0]
    assert f"pagina 1 van {pages}" in first and f"pagina 2 van {pages}" in first
    text = flat_text(double)
    for item in ITEMS:
        assert item in text, item


def test_phone_layout_is_one_narrow_column(
    database: Database, mission: FullMission, tmp_path: Path
) -> None:
    path = tmp_path / "phone.pdf"
    _programme(database, mission.trip_id, path, "phone")
    width, height = _sizes(path)[0]
    assert width < A5[0] and height / width == pytest.approx(16 / 9, rel=0.01)
    text = flat_text(path)
    assert "Gesprek havenbedrijf" in text and "Noodnummers" in text


def test_bare_trip_and_unknown_layout(
    database: Database, mission: FullMission, tmp_path: Path
) -> None:
    path = tmp_path / "bare.pdf"
    meta = _programme(database, mission.bare_trip_id, path)
    assert meta["pages"] == 1
    assert "Noodnummers" not in flat_text(path)
    with pytest.raises(ReportError, match="a5, two-up, phone"):
        _programme(database, mission.trip_id, tmp_path / "x.pdf", "a4")
    assert not (tmp_path / "x.pdf").exists()
    assert REPORTS["programme"].parameters == ("trip_id", "layout")

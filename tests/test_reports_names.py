"""Every name prints exactly, in an embedded font, whatever the user typed."""

from __future__ import annotations

from pathlib import Path

import pytest

from intzaken.reports import build_report
from intzaken.store.database import Database

from .pdf_reading import assert_fonts_embedded, flat_text, page_texts, pdf_text
from .report_showcase import MARKUP, TITLE, build_showcase

NAMES = ("Śląskie", "São Paulo", "CO₂", MARKUP)


@pytest.fixture
def showcase(database: Database):
    with database.sessions.begin() as session:
        return build_showcase(session)


@pytest.mark.parametrize(
    ("kind", "params"),
    [
        ("trip", lambda s: {"trip_ids": [s.trip_id]}),
        ("briefing", lambda s: {"trip_id": s.trip_id}),
        ("annual", lambda s: {"year": 2024}),
    ],
)
def test_names_and_markup_print_exactly(
    kind: str, params, database: Database, showcase, tmp_path: Path
) -> None:
    path = tmp_path / f"{kind}.pdf"
    with database.sessions() as session:
        build_report(kind, session, path, **params(showcase))
    text = pdf_text(path)
    for name in NAMES:
        assert name in text, name
    assert "AT&T <script>" in flat_text(path)
    assert TITLE in flat_text(path)
    assert "Gemeente Malmö & Zürich" in text
    assert_fonts_embedded(path)


def test_briefing_pack_has_programme_profile_networks_and_budget(
    database: Database, showcase, tmp_path: Path
) -> None:
    path = tmp_path / "briefing.pdf"
    with database.sessions() as session:
        build_report("briefing", session, path, trip_id=showcase.trip_id)
    text = flat_text(path)
    assert "zaterdag 27 januari 2024" in text
    assert "09:30 Ontvangst door de marszałek" in text
    assert "Zofia Wójcik, directeur, Urząd Marszałkowski" in text
    assert "Śląskie (Polen)" in text
    # agreement with its signing and expiry dates, the earlier visit, the contact
    assert "12-04-2021 11-04-2026" in text
    visits = text[text.index("Eerdere bezoeken") : text.index("Openstaande vervolgacties")]
    assert "2 t/m 3 maart 2023" in visits and "Eerste kennismaking" in visits
    assert "Verslag aan de raad" in text  # the open follow-up action
    assert "z.wojcik@example.org" in text
    assert "Eurocities" in text and "bestuurslid" in text
    # the budget line: 10.000 budgeted, 900 committed, this trip (22.686,64) spent
    assert "Resterend € -13.586,64" in text
    assert "Kennis over CO₂-opslag halen" in page_texts(path)[1]  # at a glance
    # nothing empty: São Paulo has no relation, and the pack does not say so
    assert "vastgelegd" not in text


def test_budget_overview_marks_an_overrun(database: Database, showcase, tmp_path: Path) -> None:
    path = tmp_path / "budget.pdf"
    with database.sessions() as session:
        report = build_report("budget", session, path, year=2024)
    assert report.meta["overruns"] == 1
    text = flat_text(path)
    assert "Overschreden: 1 post (rood gemarkeerd)." in text
    assert "Tolken & vertalingen" in text
    assert_fonts_embedded(path)


def test_an_empty_introduction_file_leaves_it_out_and_text_is_kept(
    database: Database, showcase, tmp_path: Path
) -> None:
    path = tmp_path / "annual.pdf"
    intro = "Eigen inleiding met <i>tekens</i> & meer.\n\nTweede alinea."
    with database.sessions() as session:
        build_report("annual", session, path, year=2024, intro=intro)
    text = flat_text(path)
    assert "Eigen inleiding met <i>tekens</i> & meer. Tweede alinea." in text
    assert "Dit overzicht beschrijft" not in text

"""What the year says about the policy (issue 23), on the Rotterdam demo, with figures
counted by hand from its 32 trips of 2024 (resources/demo/rotterdam/trips_2024.toml):

- to a priority country of "Rotterdam Internationaal 2021-2025" (Germany, the United
  Kingdom, the United States, Brazil, Russia, India, China, the Gulf region): Rio Grande,
  Miami, Berlin (port security), Shanghai, Berlin (European championship), Hamburg (SMM),
  Shenzhen, Munich (Expo Real), Rio de Janeiro (Urban20), Hamburg (Three Ports): 10;
- to a market explored: Singapore and Ho Chi Minh City, one trip: 1;
- the theme most trips carry: haven, on 11 trips (eu-lobby and economie on 9 each).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document

from intzaken.i18n import language_scope
from intzaken.reports import build_report
from intzaken.services.policy_year import PolicyYear, policy_sentence, policy_year
from intzaken.store.database import open_database
from intzaken.store.location import Location

from .pdf_reading import pdf_text


@pytest.fixture(scope="module")
def rotterdam(demo_template: Callable[[str], Location]) -> Location:
    return demo_template("rotterdam")


def test_the_trips_of_2024_against_the_rotterdam_policy(rotterdam: Location) -> None:
    database = open_database(rotterdam)
    try:
        with database.sessions() as session:
            figures = policy_year(session, 2024)
            before = policy_year(session, 2020)
    finally:
        database.close()
    assert figures == PolicyYear(
        year=2024,
        trips=32,
        to_priority_countries=10,
        to_markets_explored=1,
        top_theme="haven",
        top_theme_trips=11,
    )
    assert before is None  # no policy in force in 2020: nothing to say


def test_the_sentence_in_dutch_and_english() -> None:
    figures = PolicyYear(2024, 32, 10, 1, "haven", 11)
    with language_scope("nl"):
        assert policy_sentence(figures) == (
            "10 van 32 reizen naar prioriteitslanden; 1 naar een verkende markt; "
            "meest gediende thema: haven"
        )
        assert policy_sentence(PolicyYear(2024, 1, 0, 0, None, 0)) == (
            "0 van 1 reis naar prioriteitslanden"
        )
    with language_scope("en"):
        assert policy_sentence(figures) == (
            "10 of 32 trips to priority countries; 1 to a market explored; most served theme: haven"
        )


def test_the_annual_overview_says_it_in_pdf_and_word(rotterdam: Location, tmp_path: Path) -> None:
    database = open_database(rotterdam)
    try:
        with database.sessions() as session:
            build_report("annual", session, tmp_path / "annual.pdf", year=2024)
            build_report("annual", session, tmp_path / "annual.docx", year=2024, format="docx")
    finally:
        database.close()
    sentence = (
        "10 van 32 reizen naar prioriteitslanden; 1 naar een verkende markt; "
        "meest gediende thema: haven."
    )
    assert sentence in " ".join(pdf_text(tmp_path / "annual.pdf").split())
    paragraphs = [p.text for p in Document(str(tmp_path / "annual.docx")).paragraphs]
    assert "Reizen en het beleid" in paragraphs
    assert sentence in paragraphs

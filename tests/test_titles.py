"""The title printed for a trip: held on the trip's date, "voormalig" when it had ended."""

from __future__ import annotations

import datetime as dt

from intzaken.domain.models import Official
from intzaken.domain.titles import titled_name
from intzaken.services.officials import default_short_name
from intzaken.store.database import Database

from .conftest import add_official

REPORT_DATE = dt.date(2025, 3, 1)


def test_titles_around_the_change_of_mayor(database: Database) -> None:
    with database.sessions.begin() as session:
        aboutaleb = session.get(
            Official, add_official(session, "Ahmed Aboutaleb", "mayor", "2009-01-05", "2024-10-01")
        )
        schouten = session.get(
            Official, add_official(session, "Carola Schouten", "mayor", "2024-10-10")
        )
        karremans = session.get(
            Official,
            add_official(session, "Vincent Karremans", "alderman", "2022-06-16", "2024-07-02"),
        )
        assert (
            titled_name(aboutaleb, dt.date(2024, 1, 27), REPORT_DATE)
            == "voormalig burgemeester Aboutaleb"
        )
        assert (
            titled_name(aboutaleb, dt.date(2024, 1, 27), dt.date(2024, 2, 1))
            == "burgemeester Aboutaleb"
        )
        assert titled_name(schouten, dt.date(2024, 11, 20), REPORT_DATE) == "burgemeester Schouten"
        assert (
            titled_name(karremans, dt.date(2024, 1, 29), REPORT_DATE)
            == "voormalig wethouder Karremans"
        )


def test_short_names() -> None:
    assert default_short_name("Ahmed Aboutaleb") == "Aboutaleb"
    assert default_short_name("Tim de Jong") == "De Jong"
    assert default_short_name("Natasha Mohamed-Hoesein") == "Mohamed-Hoesein"

"""The annual overview lists the flights below the travel policy's train distance with
their reasons and estimated CO2 per traveller beside the delegation's (issue 20)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from intzaken.domain.models import Trip
from intzaken.reports import build_report
from intzaken.services.data import JourneyLegData
from intzaken.services.journey import set_journey
from intzaken.services.travel_policy import TravelPolicy
from intzaken.services.travel_policy_settings import set_travel_policy
from intzaken.store.database import open_database

from .pdf_reading import flat_text

TODAY = dt.date(2025, 3, 1)


def _annual(path: Path, out: Path) -> str:
    database = open_database(path)
    with database.sessions() as session:
        build_report("annual", session, out, year=2024, printed_on=TODAY)
    database.close()
    return flat_text(out)


def test_flights_below_the_policy_are_listed_with_their_reasons(
    demo_copy: Callable[[str], Path], tmp_path: Path
) -> None:
    path = demo_copy("rotterdam")
    assert "treingrens" not in _annual(path, tmp_path / "zonder.pdf")  # no policy, no list
    database = open_database(path)
    with database.sessions.begin() as session:
        set_travel_policy(session, TravelPolicy(700, None, True))
        nantes = session.scalar(select(Trip).where(Trip.title.like("Kennis ophalen%")))
        assert nantes is not None
        legs = [
            JourneyLegData(leg.from_place_id, leg.to_place_id, leg.mode) for leg in nantes.journey
        ]
        set_journey(session, nantes.id, legs, policy_reason="Geen nachttrein beschikbaar")
    database.close()
    text = _annual(path, tmp_path / "met.pdf")
    section = text[text.index("Vluchten onder de treingrens van 700 km") :]
    # Rotterdam - Nantes; nobody looked up the train time: 816 km at 100 km/h, estimated.
    assert "680 km ca. 8:10 u 0,188 t 0,188 t Geen" in section
    assert "geen reden" in section  # the other short flights of 2024 (the cell wraps)

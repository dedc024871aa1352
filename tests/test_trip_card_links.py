"""The trip card names everything linked to the trip, read back from the PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from intzaken.domain.models import Agreement, Trip
from intzaken.reports import build_report
from intzaken.services import data as records
from intzaken.services.agreements import create_agreement
from intzaken.services.snapshots import trip_data
from intzaken.services.trip_links import agreements_of_trip
from intzaken.services.trips import list_trips, update_trip
from intzaken.store.database import open_database

from .pdf_reading import flat_text

PRINTED = dt.date(2026, 12, 3)


def shanghai_trip(session) -> Trip:
    return next(
        t
        for t in list_trips(session, 2024)
        if "Shanghai" in {d.place.name for d in t.destinations if d.place}
    )


def test_the_shanghai_card_names_the_mou_renewed_on_the_trip(
    demo_template: Callable[[str], Path], tmp_path: Path
) -> None:
    database = open_database(demo_template("rotterdam"))
    path = tmp_path / "card.pdf"
    with database.sessions() as session:
        trip = shanghai_trip(session)
        build_report("trip", session, path, trip_ids=[trip.id], printed_on=PRINTED)
    database.close()
    text = flat_text(path)
    assert "Overeenkomsten: geen" not in text
    assert "Overeenkomsten Memorandum of Understanding tot verlenging van de stedenband" in text
    assert "Relaties Shanghai (stedenband, actief)" in text
    assert "Vervolgacties geen" in text


def test_follow_ups_with_due_date_and_state_and_an_agreement_signed_during_the_trip(
    demo_copy: Callable[[str], Path], tmp_path: Path
) -> None:
    database = open_database(demo_copy("rotterdam"))
    with database.sessions.begin() as session:
        trip = shanghai_trip(session)
        relation_id = trip.relations[0].id
        data = trip_data(trip)
        data.follow_ups = [
            records.FollowUpData("Verslag naar de raad", dt.date(2024, 9, 1), True),
            records.FollowUpData("Vervolgbezoek architecten plannen", None, False),
        ]
        update_trip(session, trip.id, data)
        # Signed on the trip's fourth day with the relation it visits: named, marked.
        during = create_agreement(
            session,
            records.AgreementData(
                kind="letter_of_intent",
                title="Intentieverklaring waterstofcorridor",
                status="active",
                signed_on=dt.date(2024, 7, 4),
                relation_ids=[relation_id],
            ),
        )
        # Signed in the same days but with no relation the trip visits: not named.
        create_agreement(
            session,
            records.AgreementData(
                kind="mou",
                title="MoU elders getekend",
                status="active",
                signed_on=dt.date(2024, 7, 3),
            ),
        )
        found = agreements_of_trip(session, trip)
        assert [(a.agreement.title, a.linked) for a in found] == [
            (trip.agreements[0].title, True),
            (during.title, False),
        ]
        trip_id = trip.id
    path = tmp_path / "card.pdf"
    with database.sessions() as session:
        build_report("trip", session, path, trip_ids=[trip_id], printed_on=PRINTED)
        unrelated = session.scalars(
            select(Agreement).where(Agreement.title == "MoU elders getekend")
        ).one()
    database.close()
    text = flat_text(path)
    assert (
        "Intentieverklaring waterstofcorridor (intentieverklaring, getekend 4 juli 2024, "
        "actief, getekend tijdens deze reis, niet aan de reis gekoppeld)"
    ) in text
    assert unrelated.title not in text
    assert "Verslag naar de raad (uiterlijk 1 september 2024, uitgevoerd)" in text
    assert "Vervolgbezoek architecten plannen (open)" in text

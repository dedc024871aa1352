"""What the app can fill in, it fills in: one traveller leads their own delegation, in the
services, an import and the form alike. What the user chose, it shows: a trip's heading
names its own kind, with the preposition that kind takes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from intzaken.domain.enums import TripKind
from intzaken.domain.models import Trip
from intzaken.i18n import language_scope
from intzaken.reports import build_report
from intzaken.reports.wording import KIND_HEADINGS, kind_heading
from intzaken.services import places, trips
from intzaken.services.errors import ValidationError
from intzaken.store.database import Database, open_database
from intzaken.store.location import Location

from .conftest import add_official
from .pdf_reading import flat_text
from .test_exchange import empty_database, export, import_into

PRINTED = dt.date(2026, 12, 3)


def trip_data(official_ids: list[int], place_id: int, **changes: object) -> trips.TripData:
    data = trips.TripData(
        title="Kennisuitwisseling",
        kind="working_visit",
        status="done",
        start_date=dt.date(2024, 5, 6),
        end_date=dt.date(2024, 5, 8),
        destinations=[trips.DestinationData("FR", place_id)],
        traveller_ids=official_ids,
        lead_official_id=None,
        transport=["train"],
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


@pytest.fixture
def nantes(session: Session) -> int:
    place = places.create_place(session, places.PlaceData(name="Nantes", country_code="FR"))
    session.commit()
    return place.id


def test_the_only_traveller_leads_without_being_asked(session: Session, nantes: int) -> None:
    mayor = add_official(session)
    trip = trips.create_trip(session, trip_data([mayor], nantes))
    session.commit()
    assert trip.lead is not None and trip.lead.id == mayor
    assert [t.is_lead for t in trip.travellers] == [True]


def test_the_leader_of_several_travellers_is_still_asked(session: Session, nantes: int) -> None:
    mayor = add_official(session)
    alderman = add_official(session, "Robert Simons", "alderman", "2022-06-16")
    with pytest.raises(ValidationError) as caught:
        trips.create_trip(session, trip_data([mayor, alderman], nantes))
    assert caught.value.field == "lead_official_id"


def test_an_imported_trip_with_one_traveller_and_no_leader_goes_in(
    tmp_path: Path, new_location: Callable[[str], Location]
) -> None:
    target = empty_database(new_location("leeg"))
    template = export(target, tmp_path / "sjabloon.xlsx", empty=True)
    book = load_workbook(template)
    book["Bestuurders"].append(["Carola Schouten", "", ""])
    book["Ambtstermijnen"].append(
        ["Carola Schouten", "burgemeester", "27 januari 2024", None, "", ""]
    )
    reizen = book["Reizen"]
    headings = [c.value for c in reizen[1]]
    row = dict.fromkeys(headings, None)
    row.update(
        {
            "Titel": "Congres Nantes",
            "Soort": "congres",
            "Status": "uitgevoerd",
            "Begindatum": "3-6-2024",
            "Einddatum": "2024-06-05",
            "Bestemmingen": "Nantes (Frankrijk)",
            "Reizigers": "Carola Schouten",
        }
    )
    reizen.append([row[h] for h in headings])
    book.save(template)
    plan, counts = import_into(target, template)
    assert plan.ok, [str(p) for p in plan.problems]
    assert counts["trips"].new == 1
    opened = open_database(target)
    with opened.sessions() as session:
        trip = session.scalar(select(Trip))
        assert trip is not None and trip.lead is not None
        assert trip.lead.name == "Carola Schouten"
    opened.close()


def test_the_form_shows_the_only_traveller_as_leader(qtbot, database: Database) -> None:  # noqa: ANN001
    from intzaken.ui.forms.trips import TripForm
    from intzaken.ui.workspace import Workspace

    with database.sessions.begin() as session:
        mayor = add_official(session)
    workspace = Workspace(today=lambda: PRINTED)
    workspace.database = database
    form = TripForm(None, workspace, None)
    qtbot.addWidget(form)
    form.travellers.combo.setValue(mayor)
    form.travellers.add_current()
    assert form.travellers.lead() == mayor
    assert form.travellers.list.item(0).text().endswith(")")  # "… (leider)"
    assert form.travellers.list.item(0).font().bold()
    form.close_without_asking()


HEADINGS = {
    TripKind.WORKING_VISIT: ("Werkbezoek Nantes, Frankrijk", "Working visit to Nantes, France"),
    TripKind.TRADE_MISSION: (
        "Handelsmissie naar Nantes, Frankrijk",
        "Trade mission to Nantes, France",
    ),
    TripKind.CONFERENCE: ("Congres in Nantes, Frankrijk", "Conference in Nantes, France"),
    TripKind.NETWORK_MEETING: (
        "Netwerkbijeenkomst in Nantes, Frankrijk",
        "Network meeting in Nantes, France",
    ),
    TripKind.STUDY_TRIP: ("Studiereis naar Nantes, Frankrijk", "Study trip to Nantes, France"),
}


def test_every_kind_has_its_heading_and_an_unlisted_kind_its_label() -> None:
    assert set(HEADINGS) == set(KIND_HEADINGS)
    for kind, (dutch, english) in HEADINGS.items():
        assert kind_heading(kind, "Nantes, Frankrijk") == dutch
        with language_scope("en"):
            assert kind_heading(kind, "Nantes, France") == english


def test_the_annual_overview_and_trip_card_head_each_trip_by_its_kind(
    session: Session, nantes: int, tmp_path: Path
) -> None:
    mayor = add_official(session)
    ids = [
        trips.create_trip(
            session,
            trip_data(
                [mayor],
                nantes,
                kind=kind.value,
                start_date=dt.date(2024, 3 + i, 1),
                end_date=dt.date(2024, 3 + i, 2),
            ),
        ).id
        for i, kind in enumerate(HEADINGS)
    ]
    session.commit()
    annual = tmp_path / "annual.pdf"
    build_report("annual", session, annual, year=2024, printed_on=PRINTED)
    text = flat_text(annual)
    for dutch, _english in HEADINGS.values():
        assert f"{dutch} door burgemeester Aboutaleb" in text
    cards = tmp_path / "cards.pdf"
    build_report("trip", session, cards, trip_ids=ids, printed_on=PRINTED)
    text = flat_text(cards)
    for dutch, _english in HEADINGS.values():
        assert f"{dutch}, 1 " in text  # the card's subtitle: heading, then the dates
    assert text.count("Werkbezoek Nantes") == 1  # only the working visit says so
    with language_scope("en"):
        build_report("annual", session, annual, year=2024, printed_on=PRINTED)
    text = flat_text(annual)
    for _dutch, english in HEADINGS.values():
        assert f"{english} by mayor Aboutaleb" in text

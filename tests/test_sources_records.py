"""Sources on the records that are not registers (migration 0018, issue 23): places,
contacts, office terms and the organisation carry the same five fields as every
register's record: checked by the same rules, in the history, out and back through the
exchange workbook, through a travel copy's merge, and named by every demo record."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from intzaken.domain.models import Change, Contact, OfficeTerm, Official, Organisation, Place
from intzaken.domain.sourcing import SOURCE_FIELDS
from intzaken.i18n import language_scope
from intzaken.services.data import ContactData, OfficialData, OrganisationData, PlaceData, TermData
from intzaken.services.errors import ValidationError
from intzaken.services.officials import create_official, update_official
from intzaken.services.organisation import create_contact, set_organisation
from intzaken.services.places import create_place, update_place
from intzaken.services.snapshots import official_data, place_data
from intzaken.store.database import Database, open_database
from intzaken.store.location import Location
from intzaken.travel.applying import apply_merge
from intzaken.travel.merge_plan import Side

from .conftest import export_into_new, run_cli
from .pdf_reading import pdf_text
from .travel_helpers import TRAVELLER, change, edited, opened_team, plan, team_ids

NOT_REGISTERS = (Place, Contact, OfficeTerm, Organisation)
MISSING = "ontbreekt: de gegeven datum of pagina hoort bij een document."


@pytest.fixture(autouse=True)
def _dutch() -> Iterator[None]:
    with language_scope("nl"):
        yield


def test_the_four_tables_have_the_source_columns(session: Session) -> None:
    inspector = inspect(session.connection())
    for model in NOT_REGISTERS:
        columns = {c["name"] for c in inspector.get_columns(model.__tablename__)}
        assert set(SOURCE_FIELDS) <= columns, model.__tablename__


def _term(**source: Any) -> OfficialData:
    return OfficialData(
        name="Jan Jansen", terms=[TermData("alderman", dt.date(2022, 6, 16), **source)]
    )


@pytest.mark.parametrize(
    ("save", "message"),
    [
        (
            lambda s: create_place(s, PlaceData("Bergen", "NO", source_page="p. 3")),
            f"Brondocument {MISSING}",
        ),
        (
            lambda s: create_contact(s, ContactData("Ann", source_date=dt.date(2024, 1, 5))),
            f"Brondocument {MISSING}",
        ),
        (
            lambda s: set_organisation(
                s, OrganisationData("Gemeente Proef", source_date=dt.date(2024, 1, 5))
            ),
            f"Brondocument {MISSING}",
        ),
        (
            lambda s: create_official(s, _term(source_date=dt.date(2024, 7, 2))),
            f"Ambtstermijnen (regel 1): brondocument {MISSING}",
        ),
        (
            lambda s: create_official(s, _term(source="Besluit", source_date=dt.date(1024, 7, 2))),
            "Ambtstermijnen (regel 1): brondatum: 1024-07-02 is geen aannemelijke datum van een "
            "document.",
        ),
    ],
)
def test_a_date_without_a_document_is_refused_naming_the_field(
    session: Session, save: Callable[[Session], Any], message: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        save(session)
    assert [p.message for p in raised.value.problems] == [message]


def test_a_place_and_a_term_keep_their_source_and_each_change_is_in_the_history(
    session: Session,
) -> None:
    place = create_place(
        session, PlaceData("Bergen", "NO", source="Reisverslag 2024", source_page="p. 7")
    )
    update_place(
        session,
        place.id,
        dataclasses.replace(place_data(place), source_page="p. 8", derived_from="afgeleid: x"),
    )
    official = create_official(
        session, _term(source="Raadsvoorstel installatie college", source_page="p. 2")
    )
    stored = official_data(official)
    assert (stored.terms[0].source, stored.terms[0].source_page) == (
        "Raadsvoorstel installatie college",
        "p. 2",
    )
    moved = dataclasses.replace(
        stored.terms[0],
        source_date=dt.date(2022, 6, 16),
        source_note="Dag van de beëdiging",
        derived_from="afgeleid: einde benaderd",
    )
    update_official(session, official.id, dataclasses.replace(stored, terms=[moved]))
    changes = session.execute(
        select(Change.record_uuid, Change.field, Change.old_value, Change.new_value).where(
            Change.field.is_not(None)
        )
    ).all()
    of_place = sorted((f, o, n) for u, f, o, n in changes if u == place.uuid)
    assert of_place == [("Afgeleid", "", "afgeleid: x"), ("Pagina of vindplaats", "p. 7", "p. 8")]
    ((field, old, new),) = [(f, o, n) for u, f, o, n in changes if u == official.uuid]
    assert field == "Ambtstermijnen"
    assert "bron: Raadsvoorstel installatie college, p. 2" in old
    assert "bron: Raadsvoorstel installatie college, p. 2, 16 juni 2022" in new
    assert "bronnotitie: Dag van de beëdiging" in new and "afgeleid: einde benaderd" in new


def _sources(location: Location) -> list[tuple[Any, ...]]:
    """(table, what, five source fields) of every place, contact, term and organisation."""
    database = open_database(location)
    try:
        with database.sessions() as session:
            rows = []
            for model in NOT_REGISTERS:
                for record in session.scalars(select(model)):
                    what = getattr(record, "name", None) or (
                        record.official.name,
                        record.start_date,
                    )
                    rows.append(
                        (
                            model.__tablename__,
                            str(what),
                            *(getattr(record, f) for f in SOURCE_FIELDS),
                        )
                    )
            return sorted(rows)
    finally:
        database.close()


@pytest.mark.parametrize("profile", ["rotterdam", "groningen", "almere"])
def test_every_demo_place_contact_term_and_organisation_names_its_source(
    demo_copy: Callable[[str], Location], profile: str
) -> None:
    rows = _sources(demo_copy(profile))
    assert {r[0] for r in rows} >= {"places", "contacts", "organisations"}
    unsourced = [r[:2] for r in rows if not r[2] and not r[6].startswith("(voorbeeld)")]
    assert unsourced == []
    seed = {"rotterdam": "(seed 0", "groningen": "(seed 002)", "almere": "(seed 004)"}[profile]
    assert all(seed in r[2] for r in rows if r[2])
    places = [r for r in rows if r[0] == "places"]
    assert all("openbare geografische gegevens" in r[5] for r in places)


def test_the_rotterdam_demo_says_where_the_terms_dates_come_from(
    demo_copy: Callable[[str], Location],
) -> None:
    rows = {r[1]: r for r in _sources(demo_copy("rotterdam")) if r[0] == "office_terms"}
    karremans = rows["('Vincent Karremans', datetime.date(2022, 6, 16))"]
    assert karremans[2].endswith("(seed 001)")
    assert "2-7-2024" in karremans[5] and "openbare bronnen" in karremans[5]
    assert karremans[6].startswith("afgeleid: portefeuillecode MJT")
    assert all("openbare bronnen" in r[5] for r in rows.values())
    mission = [r for r in _sources(demo_copy("rotterdam")) if r[0] == "contacts"]
    assert mission and all(r[6].startswith("(voorbeeld)") for r in mission)


def test_export_and_import_keep_the_sources_and_a_workbook_without_them_keeps_stored(
    demo_copy: Callable[[str], Location], tmp_path: Path, new_location: Callable[..., Location]
) -> None:
    demo = demo_copy("rotterdam")
    workbook, fresh = tmp_path / "alles.xlsx", new_location("fresh")
    export_into_new(demo, workbook, fresh)
    before = _sources(demo)
    assert _sources(fresh) == before
    assert sum(1 for r in before if r[0] == "office_terms" and r[6]) >= 4

    # A workbook of before the source columns: what is stored stays.
    book = openpyxl.load_workbook(workbook)
    for name in ("Plaatsen", "Ambtstermijnen", "Organisatie", "Contactpersonen"):
        sheet = book[name]
        headings = [cell.value for cell in sheet[1]]
        for heading in ("Afgeleid", "Toelichting bron", "Pagina of vindplaats", "Brondatum"):
            sheet.delete_cols(headings.index(heading) + 1)
        sheet.delete_cols(headings.index("Brondocument") + 1)
    old = tmp_path / "oud.xlsx"
    book.save(old)
    code, _out, err = run_cli("import", str(old), "--db", str(fresh))
    assert code == 0, err
    assert _sources(fresh) == before


@pytest.fixture
def team_database(tmp_path: Path) -> Iterator[Database]:
    yield from opened_team(tmp_path)


def test_a_place_and_a_term_source_changed_in_a_travel_copy_come_back_with_the_merge(
    team_database: Database, tmp_path: Path
) -> None:
    team = team_ids()
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        change(session, "places", team["osaka_place"], source="Stadsgids Osaka", source_page="p. 1")
        official = session.get(Official, team["bram"])
        assert official is not None
        terms = [
            dataclasses.replace(t, source="Raadsbesluit", derived_from="afgeleid: dag benaderd")
            for t in official_data(official).terms
        ]
        change(session, "officials", team["bram"], terms=terms)
    merge_plan = plan(team_database, tmp_path)
    assert merge_plan.conflicts == []
    with team_database.sessions() as session:
        apply_merge(session, merge_plan, {})
        session.commit()
    with team_database.sessions() as session:
        place = session.get(Place, team["osaka_place"])
        official = session.get(Official, team["bram"])
        assert place is not None and official is not None
        assert (place.source, place.source_page) == ("Stadsgids Osaka", "p. 1")
        assert [(t.source, t.derived_from) for t in official.terms] == [
            ("Raadsbesluit", "afgeleid: dag benaderd")
        ]
        fields = set(
            session.scalars(
                select(Change.field).where(
                    Change.record_uuid.in_([place.uuid, official.uuid]), Change.field.is_not(None)
                )
            )
        )
    assert {"Brondocument", "Pagina of vindplaats", "Ambtstermijnen"} <= fields


def test_both_sides_changing_a_place_source_is_a_conflict_the_user_decides(
    team_database: Database, tmp_path: Path
) -> None:
    team = team_ids()
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        change(session, "places", team["osaka_place"], source="Reisgids")
    with team_database.sessions.begin() as session:
        change(session, "places", team["osaka_place"], source="Atlas")
    merge_plan = plan(team_database, tmp_path)
    (conflict,) = merge_plan.conflicts
    assert [f.name for f in conflict.fields] == ["source"]
    with team_database.sessions() as session:
        apply_merge(session, merge_plan, {(conflict.uuid, "source"): Side.MINE})
        session.commit()
    with team_database.sessions() as session:
        place = session.get(Place, team["osaka_place"])
        assert place is not None and place.source == "Reisgids"


def test_the_relations_overview_names_the_terms_behind_its_holders(
    demo_copy: Callable[[str], Location], tmp_path: Path
) -> None:
    out = tmp_path / "relaties.pdf"
    location = demo_copy("rotterdam")
    code, _out, err = run_cli(
        "report", "relations", "--sources", "--out", str(out), "--db", str(location)
    )
    assert code == 0, err
    text = " ".join(pdf_text(out).split())
    # The grid's cells interleave in the text: one row is from its number to the next.
    rows = [row for row in text.split(" Ambtstermijn van ")[1:] if "Karremans" in row[:400]]
    assert rows, text[-2000:]
    karremans = rows[0][:600]
    assert "voormalig wethouder" in karremans
    assert "2-7-2024, beëdiging als staatssecretaris" in karremans
    assert "Afgeleid: portefeuillecode MJT" in karremans
    assert text.count("Ambtstermijn van ") == 5  # each holder once, of 24 networks


def test_list_officials_gives_each_terms_source_in_json(
    demo_copy: Callable[[str], Location],
) -> None:
    code, out, err = run_cli(
        "list", "officials", "--format", "json", "--db", str(demo_copy("rotterdam"))
    )
    assert code == 0, err
    karremans = next(o for o in json.loads(out) if o["name"] == "Vincent Karremans")
    (term,) = karremans["terms"]
    assert term["source"].endswith("(seed 001)") and term["derived"] is True
    assert "2-7-2024" in term["source_note"]

"""Control characters in text: refused by the services with a Dutch message naming the
field, whichever way they come in (a form, an import), and never written raw to an
iCalendar file."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from intzaken.domain.models import Trip
from intzaken.services import networks, officials, organisation, places, relations, trips
from intzaken.services.text_rules import text_fault
from intzaken.store.database import Database, open_database
from intzaken.store.location import Location

from .conftest import add_official, dump
from .conftest import run_cli as run
from .test_services_validation import _refused

# NUL, vertical tab, form feed, escape, DEL, NEL (U+0085), a C1 control (CSI), the line
# and paragraph separators, a right-to-left override, a byte order mark.
STRAY = [
    "\x00",
    "\x0b",
    "\x0c",
    "\x1b",
    "\x7f",
    "\x85",
    "\x9b",
    "\u2028",
    "\u2029",
    "\u202e",
    "\ufeff",
]


def _trip(session: Session, **changes: object) -> trips.TripData:
    mayor = add_official(session)
    oslo = places.create_place(session, places.PlaceData(name="Oslo", country_code="NO"))
    data = trips.TripData(
        title="Werkbezoek Oslo",
        kind="working_visit",
        status="done",
        start_date=dt.date(2024, 3, 1),
        end_date=dt.date(2024, 3, 2),
        destinations=[trips.DestinationData("NO", oslo.id)],
        traveller_ids=[mayor],
        lead_official_id=mayor,
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def _hex(char: str) -> str:
    return f"U+{ord(char):04X}"


@pytest.mark.parametrize("char", STRAY, ids=_hex)
def test_one_line_fields_refuse_control_characters(database: Database, char: str) -> None:
    refused = _refused(
        database,
        lambda s: networks.create_network(
            s, networks.NetworkData(name=f"Euro{char}cities", acronym=f"E{char}C")
        ),
    )
    assert [str(p.message) for p in refused.problems] == [
        f"Naam bevat stuurtekens die er niet in horen ({_hex(char)}).",
        f"Afkorting bevat stuurtekens die er niet in horen ({_hex(char)}).",
    ]


@pytest.mark.parametrize("char", STRAY, ids=_hex)
def test_multi_line_fields_refuse_them_too(database: Database, char: str) -> None:
    refused = _refused(
        database,
        lambda s: trips.create_trip(
            s, _trip(s, notes=f"Regel 1\nRegel{char}2", purpose=f"Doel{char}")
        ),
    )
    assert refused.fields == {"notes", "purpose"}
    assert f"Aantekeningen bevat stuurtekens die er niet in horen ({_hex(char)})." in str(refused)


def test_a_line_break_where_one_line_belongs(database: Database) -> None:
    refused = _refused(
        database,
        lambda s: organisation.create_contact(
            s, organisation.ContactData(name="Piet\nJansen", function="Wet\thouder")
        ),
    )
    assert str(refused) == (
        "Naam mag hier niet over meer regels lopen. Functie mag hier niet over meer regels lopen."
    )


def test_every_kind_of_text_field_is_checked(database: Database) -> None:
    """A field of each service, and those that are lists of rows (named by their row)."""
    bad = "a\x00b"
    with database.sessions.begin() as session:
        mayor = add_official(session)
        oslo = places.create_place(session, places.PlaceData(name="Oslo", country_code="NO")).id
    cases: list[tuple[Callable[[Session], object], str]] = [
        (
            lambda s: officials.create_official(
                s,
                officials.OfficialData(
                    name="Jan",
                    terms=[
                        officials.TermData(
                            role="mayor", start_date=dt.date(2020, 1, 1), portfolio=bad
                        )
                    ],
                    notes=bad,
                ),
            ),
            "Ambtstermijnen (regel 1): portefeuille bevat stuurtekens die er niet in horen "
            "(U+0000). Aantekeningen bevat stuurtekens die er niet in horen (U+0000).",
        ),
        (
            lambda s: places.create_place(s, places.PlaceData(name=bad, country_code="NO")),
            "Naam bevat stuurtekens die er niet in horen (U+0000).",
        ),
        (
            lambda s: relations.create_relation(
                s,
                relations.RelationData(
                    kind="twin_city",
                    place_id=oslo,
                    status="active",
                    themes=[bad],
                    events=[relations.RelationEventData(dt.date(2020, 1, 1), "visit", bad)],
                ),
            ),
            "Gebeurtenissen (regel 1): omschrijving bevat stuurtekens die er niet in horen "
            "(U+0000). Thema's: 'a\ufffdb' bevat stuurtekens die er niet in horen (U+0000).",
        ),
        (
            lambda s: trips.create_trip(
                s,
                trips.TripData(
                    title="Reis",
                    kind="working_visit",
                    status="done",
                    start_date=dt.date(2024, 3, 1),
                    end_date=None,
                    destinations=[trips.DestinationData("NO", oslo)],
                    traveller_ids=[mayor],
                    lead_official_id=mayor,
                    outcomes=bad,
                    delegation=[trips.DelegateData(organisation=bad)],
                    follow_ups=[trips.FollowUpData(description=bad)],
                ),
            ),
            "Delegatie (regel 1): organisatie bevat stuurtekens die er niet in horen (U+0000). "
            "Vervolgacties (regel 1): omschrijving bevat stuurtekens die er niet in horen "
            "(U+0000). Resultaten bevat stuurtekens die er niet in horen (U+0000).",
        ),
    ]
    for action, message in cases:
        assert str(_refused(database, action)) == message


def test_multi_line_text_keeps_its_lines_and_tabs(database: Database) -> None:
    with database.sessions.begin() as session:
        trip = trips.create_trip(
            session,
            _trip(session, title="  Werkbezoek   Oslo ", notes="\r\nEen\r\n\tTwee\rDrie  \n"),
        )
        assert (trip.title, trip.notes) == ("Werkbezoek Oslo", "Een\n\tTwee\nDrie")


@given(
    st.text(
        alphabet=st.characters(codec="utf-8")
        | st.sampled_from("\t\r\n\x00\x0b\x85\u2028\u200d\u200c\u00ad\u202e"),
        max_size=30,
    ),
    st.booleans(),
)
def test_the_import_and_the_services_apply_one_rule(text: str, multiline: bool) -> None:
    """A cell is refused exactly when the service would refuse the text, and what it
    reads is what the service would store."""
    from intzaken.exchange.cells import plain_text
    from intzaken.exchange.problems import CellError
    from intzaken.services.checks import Checker

    check = Checker()
    stored = check.text("notes", text, multiline=multiline)
    try:
        read = plain_text(text, multiline=multiline)
    except CellError as exc:
        assert check.problems and str(exc).removeprefix("de tekst ") == check.problems[
            0
        ].message.removeprefix("Aantekeningen ")
    else:
        assert not check.problems and read == stored
    assert (text_fault(text, multiline=multiline) is None) == (not check.problems)


@pytest.fixture
def networks_file(new_location: Callable[[str], Location]) -> Location:
    from intzaken.new_database import create_database

    location = new_location("leeg")
    create_database(location, "Gemeente Proef").close()
    return location


def test_an_import_refuses_them_by_sheet_row_and_column(
    networks_file: Location, tmp_path: Path
) -> None:
    """U+2028 in a one-line cell became a space before; now it is refused as the form
    refuses it. A vertical tab in a multi-line cell is refused too."""
    path = tmp_path / "Netwerken.csv"
    path.write_text(
        "Naam;Afkorting;Werkterrein\nEuro\u2028cities;EC;\n"
        'ICLEI;I;"Regel 1\nRegel\x0b2"\nPolis;P;"Regel 1\r\nRegel 2"\n',
        encoding="utf-8",
    )
    database = open_database(networks_file)
    before = dump(database)
    code, _, err = run("import", str(path), "--db", str(networks_file))
    assert code == 1
    assert err.splitlines()[1:] == [
        "- Blad 'Netwerken', rij 2, kolom 'Naam': de tekst bevat stuurtekens die er niet "
        "in horen (U+2028).",
        "- Blad 'Netwerken', rij 3, kolom 'Werkterrein': de tekst bevat stuurtekens die er "
        "niet in horen (U+000B).",
    ]
    assert dump(database) == before
    database.close()


@pytest.mark.sqlite_only
def test_older_data_never_reaches_an_icalendar_file_raw(
    demo_copy: Callable[[str], Location], tmp_path: Path
) -> None:
    """A trip saved before the rule (written here with plain sqlite3) is exported with
    its line breaks escaped and its controls left out; saving it again is refused."""
    path = demo_copy("rotterdam")
    with sqlite3.connect(path) as raw:
        trip_id = raw.execute(
            "SELECT id FROM trips WHERE start_date LIKE '2024%' ORDER BY id LIMIT 1"
        ).fetchone()[0]
        raw.execute(
            "UPDATE trips SET title = ?, purpose = ? WHERE id = ?",
            ("Oslo\x0bBergen\x00\u2028END:VEVENT", "Doel\x85BEGIN:VEVENT\x0c", trip_id),
        )
    raw.close()
    out = tmp_path / "reizen.ics"
    assert (
        run(
            "export",
            "trips",
            "--format",
            "ics",
            "--year",
            "2024",
            "--out",
            str(out),
            "--db",
            str(path),
        )[0]
        == 0
    )
    data = out.read_bytes().decode("utf-8")
    lines = data.split("\r\n")
    assert [
        c
        for c in data
        if c not in "\r\n" and (ord(c) < 32 or 0x7F <= ord(c) <= 0x9F or c in "\u2028\u2029")
    ] == []
    assert lines.count("END:VEVENT") == lines.count("BEGIN:VEVENT") == 32
    assert "SUMMARY:OsloBergen\\nEND:VEVENT" in data.replace("\r\n ", "")

    database = open_database(path)
    from intzaken.services.snapshots import trip_data

    with database.sessions() as session:
        data_now = trip_data(session.get(Trip, trip_id))
    refused = _refused(database, lambda s: trips.update_trip(s, trip_id, data_now))
    assert refused.fields == {"title", "purpose"}
    database.close()


def test_a_travel_copy_edited_by_hand_cannot_bring_them_in(tmp_path: Path) -> None:
    """A trip's notes and a contact's name given control characters with plain sqlite3
    in the copy: the merge goes through the services, which refuse, and the team
    database stays as it was."""
    from intzaken.travel.applying import MergeRefused, apply_merge
    from intzaken.travel.merge_plan import Side, settle

    from .travel_helpers import TRAVELLER, change, edited, opened_team, plan, team_ids

    for database in opened_team(tmp_path):
        team = team_ids()
        with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
            change(session, "trips", team["mission"], notes="Uit de reiskopie")
            change(session, "contacts", team["kenji"], function="Gids")
        with sqlite3.connect(tmp_path / "reis.sqlite") as raw:
            raw.execute(
                "UPDATE trips SET notes = ? WHERE notes = ?",
                ("Uit de\x0breiskopie\u2028", "Uit de reiskopie"),
            )
            raw.execute("UPDATE contacts SET name = ? WHERE function = ?", ("Kenji\x00Ito", "Gids"))
        raw.close()
        planned = plan(database, tmp_path)
        before = dump(database)
        with pytest.raises(MergeRefused) as refused, database.sessions() as session:
            apply_merge(session, planned, settle(planned, deletions=Side.MINE))
        # Contacts are merged before the trips that name them: the first refusal ends it.
        assert str(refused.value) == (
            "Er is niets teruggezet. Contactpersoon 'Kenji\ufffdIto': Naam bevat stuurtekens "
            "die er niet in horen (U+0000)."
        )
        assert dump(database) == before

"""`intzaken travel-copy` and `intzaken merge` end to end on temporary files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from intzaken.domain.models import Contact, Trip
from intzaken.services.organisation import delete_contact
from intzaken.store.database import Database

from .conftest import dump
from .conftest import run_cli as run
from .travel_helpers import STAY_AT_HOME, TRAVELLER, change, edited, opened_team, team_ids


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    """The team database (built once per run, copied for each test)."""
    yield from opened_team(tmp_path, with_copy=False)


@pytest.fixture
def team(database: Database) -> dict[str, int]:
    return team_ids()


@pytest.mark.parametrize("command", ["travel-copy", "merge"])
def test_help(command: str) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(command, "--help")
    assert exit_info.value.code == 0


def test_travel_copy_writes_a_new_file_only(
    database: Database, tmp_path: Path, team: dict[str, Any]
) -> None:
    db, out = str(database.path), str(tmp_path / "reis.sqlite")
    code, text, _ = run("travel-copy", "--db", db, "--trip", str(team["mission"]), "--out", out)
    assert code == 0
    assert text == (
        f"Reiskopie voor reis 'Handelsmissie Japan en Portugal' geschreven naar "
        f"{out}: 3 bestuurders, 3 contactpersonen, 2 plaatsen, 1 begrotingspost, "
        f"2 relaties, 2 netwerken, 1 overeenkomst, 3 reizen.\n"
    )
    code, _, err = run("travel-copy", "--db", db, "--out", out)
    assert code == 1 and "bestaat al" in err and "--force" in err
    code, text, _ = run("travel-copy", "--db", db, "--out", out, "--force")
    assert code == 0 and text.startswith("Reiskopie met alles")
    code, _, err = run(
        "travel-copy", "--db", db, "--trip", "999", "--out", str(tmp_path / "x.sqlite")
    )
    assert code == 1 and "Reis met nummer 999 bestaat niet" in err
    assert not (tmp_path / "x.sqlite").exists()


def test_merge_writes_nothing_while_a_conflict_is_open(
    database: Database, tmp_path: Path, team: dict[str, Any]
) -> None:
    db, copy = str(database.path), tmp_path / "reis.sqlite"
    run("travel-copy", "--db", db, "--trip", str(team["mission"]), "--out", str(copy))
    with edited(copy, TRAVELLER) as session:
        change(session, "trips", team["mission"], notes="Uit de reiskopie", outcomes="Afspraken")
        delete_contact(session, team["mia"])
    with edited(database.path, STAY_AT_HOME) as session:
        change(session, "trips", team["mission"], notes="Uit het team")
    before = dump(database)

    code, text, err = run("merge", "--db", db, str(copy))
    assert code == 1 and dump(database) == before
    assert "Conflicten (1):" in text and "in beide gewijzigd" in text
    assert "      reiskopie:      Uit de reiskopie\n" in text
    assert "      teamdatabase:   Uit het team\n" in text
    assert "    Resultaten: uit de reiskopie (alleen daar gewijzigd)\n" in text
    assert "  contactpersoon 'Mia Koch': nog te kiezen\n" in text
    assert "1 conflict is nog niet opgelost" in err and "--prefer" in err
    assert "1 verwijdering is niet bevestigd" in err

    code, _, err = run("merge", "--db", db, str(copy), "--prefer", "theirs")
    assert code == 1 and "verwijdering" in err and "conflict" not in err
    code, text, _ = run(
        "merge", "--db", db, str(copy), "--prefer", "theirs", "--deletions", "keep", "--dry-run"
    )
    assert code == 0 and "Proefronde" in text and dump(database) == before

    code, text, err = run(
        "merge", "--db", db, str(copy), "--prefer", "theirs", "--deletions", "delete"
    )
    assert code == 0, err
    assert "-> gekozen: teamdatabase" in text and "Back-up gemaakt" in text
    assert "Teruggezet: 0 toegevoegd, 1 gewijzigd, 1 verwijderd" in text
    with database.sessions() as session:
        trip = session.get(Trip, team["mission"])
        assert (trip.notes, trip.outcomes) == ("Uit het team", "Afspraken")
        assert session.get(Contact, team["mia"]) is None
    code, _, err = run("merge", "--db", db, str(copy))
    assert code == 1 and "al teruggezet" in err


def test_merge_with_prefer_mine(database: Database, tmp_path: Path, team: dict[str, Any]) -> None:
    db, copy = str(database.path), tmp_path / "reis.sqlite"
    run("travel-copy", "--db", db, "--out", str(copy))
    with edited(copy, TRAVELLER) as session:
        change(session, "trips", team["mission"], notes="Uit de reiskopie")
    with edited(database.path, STAY_AT_HOME) as session:
        change(session, "trips", team["mission"], notes="Uit het team")
    code, text, _ = run("merge", "--db", db, str(copy), "--prefer", "mine")
    assert code == 0 and "-> gekozen: reiskopie" in text
    with database.sessions() as session:
        assert session.get(Trip, team["mission"]).notes == "Uit de reiskopie"


def test_merge_refuses_what_is_not_a_travel_copy(
    database: Database, tmp_path: Path, team: dict[str, Any]
) -> None:
    code, _, err = run("merge", "--db", str(database.path), str(database.path))
    assert code == 1 and "geen reiskopie" in err
    code, _, err = run("merge", "--db", str(database.path), str(tmp_path / "weg.sqlite"))
    assert code == 1 and "bestaat niet" in err

"""A dry run reports every problem of a file in one round (exchange/follow_on.py): a row
with a refused cell is still put to the service's rules, a row refused by its key still
has its other cells read, and what names a refused row says it is in the file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from intzaken.exchange import plan_import
from intzaken.store.database import Database

from .exchange_helpers import write_workbook

TRIP_HEADINGS = [
    "Titel",
    "Soort",
    "Status",
    "Begindatum",
    "Einddatum",
    "Bestemmingen",
    "Reizigers",
    "Delegatieleider",
    "Reis- en verblijfkosten",
    "Overige kosten",
    "Begrotingspost",
    "Relaties",
]


def _workbook(path: Path, trips: list[list[object]], delegation: list[list[object]]) -> Path:
    sheets = {
        "Contactpersonen": [["Naam", "Organisatie"], ["Marie Curie", "=1+1"]],
        "Bestuurders": [
            ["Naam", "Verkorte naam", "Aantekeningen"],
            ["Ahmed Aboutaleb", "Aboutaleb", ""],
            ["Carola Kapot", "Kapot", "=2+2"],  # refused: a formula
            ["Dirk Dam", "Dam", ""],
        ],
        "Ambtstermijnen": [
            ["Bestuurder", "Rol", "Begindatum", "Einddatum", "Portefeuille", "Portefeuillecode"],
            *(
                [name, "wethouder", dt.datetime(2022, 6, 1), None, "", ""]
                for name in ("Ahmed Aboutaleb", "Carola Kapot", "Dirk Dam")
            ),
        ],
        "Begroting": [
            ["Jaar", "Code", "Naam", "Bedrag"],
            [2024, "WB", "Werkbudget IZ", "veel"],  # refused: not an amount
        ],
        "Relaties": [
            ["Plaats", "Land", "Soort", "Status", "Relatie sinds"],
            ["Lyon", "Frankrijk", "stedenband", "actief", "ooit"],  # refused: not a year
        ],
        "Reizen": [TRIP_HEADINGS, *trips],
        "Delegatie": [
            ["Reis", "Begindatum reis", "Organisatie", "Naam", "Functie", "Rol"],
            *delegation,
        ],
    }
    return write_workbook(path, sheets)


def _trip(title: str | None, start: object, **cells: object) -> list[object]:
    row: dict[str, object] = {
        "Titel": title,
        "Soort": "werkbezoek",
        "Status": "uitgevoerd",
        "Begindatum": start,
        "Einddatum": start,
        "Bestemmingen": "Lyon (Frankrijk)",
        "Reizigers": "Ahmed Aboutaleb",
        "Delegatieleider": "Ahmed Aboutaleb",
    }
    row.update(cells)
    return [row.get(heading) for heading in TRIP_HEADINGS]


def _problems(database: Database, path: Path) -> set[tuple[str, int | None, str | None, str]]:
    with database.sessions() as session:
        plan = plan_import(session, path)
        session.rollback()
    assert not plan.ok
    return {(p.sheet, p.row, p.column, p.message) for p in plan.problems}


def test_every_problem_of_the_file_comes_in_the_first_round(
    database: Database, tmp_path: Path
) -> None:
    march = dt.datetime(2024, 3, 5)
    path = _workbook(
        tmp_path / "reizen.xlsx",
        [
            # 2: a bad amount, and a leader who is not among the travellers
            _trip("Lyon", march, **{"Overige kosten": "x", "Delegatieleider": "Dirk Dam"}),
            # 3: refused by its key (no title); its other cells are still read
            _trip(None, march, **{"Reis- en verblijfkosten": "y"}),
            # 4: a bad start date hides the checks that need it, not the leader's
            _trip(
                "Parijs",
                "31-02-2024",
                Einddatum=march,
                Delegatieleider="Dam",
                Begrotingspost="WB",
            ),
            # 5: names records whose own rows are refused
            _trip(
                "Nantes",
                march,
                Reizigers="Ahmed Aboutaleb; Kapot",
                Begrotingspost="Werkbudget IZ",
                Relaties="Lyon (Frankrijk)",
            ),
            # 6: a formula for its start date
            _trip("Gent", "=DATE(2024,3,5)"),
        ],
        [
            ["Lyon", march, "", "Iemand"],  # organisation is required
            ["Gent", march, "Gemeente", "Iemand"],
            ["Gent", march, "Provincie", "Iemand anders"],
        ],
    )
    problems = _problems(database, path)
    messages = {(sheet, row, column): message for sheet, row, column, message in problems}

    # the service's check beside a refused cell
    assert messages[("Reizen", 2, "Overige kosten")]
    assert "een van de reizigers" in messages[("Reizen", 2, "Delegatieleider")]
    assert messages[("Delegatie", 2, "Organisatie")]
    # a row without its key: its other cells
    assert ("Reizen", 3, "Titel") in messages
    assert messages[("Reizen", 3, "Reis- en verblijfkosten")]
    # a refused date: the leader still checked; nothing about the dates' follow-ons
    assert "een van de reizigers" in messages[("Reizen", 4, "Delegatieleider")]
    assert ("Reizen", 4, "Begrotingspost") not in messages
    assert ("Reizen", 4, "Einddatum") not in messages
    assert [k for k in messages if k[:2] == ("Reizen", 4) and k[2] == "Begindatum"]
    # the child row of a trip whose own row was refused is named as such
    # (once for all of them)
    assert messages[("Delegatie", 3, None)] == (
        "rijen 3, 4 horen bij rij 6 op blad 'Reizen', die zelf een probleem heeft."
    )
    assert ("Delegatie", 4, None) not in messages
    # refused rows named by what refers to them, in every register
    for column, what in (
        ("Reizigers", "Bestuurder 'Kapot'"),
        ("Begrotingspost", "'Werkbudget IZ'"),
        ("Relaties", "'Lyon (Frankrijk)'"),
    ):
        message = messages[("Reizen", 5, column)]
        assert what.casefold() in message.casefold(), message
        assert "staat in dit bestand, maar die rij heeft zelf een probleem" in message
        assert "onbekend" not in message
    # no other row of the trips has a problem
    assert {row for sheet, row, _, _ in problems if sheet == "Reizen"} == {2, 3, 4, 5, 6}


def test_a_corrected_file_finds_nothing_new(database: Database, tmp_path: Path) -> None:
    """What the first round did not report is not there: correcting only the reported
    cells leaves a file that imports."""
    march = dt.datetime(2024, 3, 5)
    bad = _workbook(
        tmp_path / "bad.xlsx",
        [_trip("Lyon", march, **{"Overige kosten": "x", "Delegatieleider": "Dirk Dam"})],
        [["Lyon", march, "", "Iemand"]],
    )
    reported = {(sheet, row, column) for sheet, row, column, _ in _problems(database, bad)}
    assert {k for k in reported if k[0] in ("Reizen", "Delegatie")} == {
        ("Reizen", 2, "Overige kosten"),
        ("Reizen", 2, "Delegatieleider"),
        ("Delegatie", 2, "Organisatie"),
    }


def test_only_the_checks_that_use_a_refused_value_are_left_out() -> None:
    from intzaken.exchange.follow_on import is_follow_on

    refused = {"traveller_ids"}
    assert is_follow_on("lead_official_id", refused)
    assert is_follow_on("travellers", refused)  # the service's name for the column
    assert is_follow_on("programme[1].attendee_ids[0]", refused)
    assert not is_follow_on("programme[1].activity", refused)
    assert not is_follow_on("other_costs", refused)
    assert is_follow_on("budget_line_id", {"start_date"})
    assert not is_follow_on("budget_line_id", {"title"})
    # a list missing a refused row: its own rows' checks stay, not those of the whole
    assert not is_follow_on("delegation[0].organisation", set(), {"delegation"})
    assert is_follow_on("delegation", set(), {"delegation"})

"""Where a fact comes from (issue 23): every record may carry its source and a derived
mark; the rules, the history, the export and import, the travel copy's merge, the lists,
the handover and the demos carry them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from intzaken.domain.models import (
    Agreement,
    BudgetLine,
    Change,
    Network,
    Official,
    Policy,
    Project,
    Relation,
    Trip,
)
from intzaken.i18n import language_scope
from intzaken.services.data import NetworkData, OfficialData, TermData
from intzaken.services.errors import ValidationError
from intzaken.services.networks import create_network, update_network
from intzaken.services.officials import create_official
from intzaken.services.snapshots import network_data
from intzaken.services.succession import (
    assignment_for,
    hand_over,
    responsibilities_to_hand_over,
)
from intzaken.store.database import Database, open_database
from intzaken.store.location import Location
from intzaken.travel.applying import apply_merge
from intzaken.travel.merge_plan import Side

from .conftest import export_into_new, run_cli
from .pdf_reading import pdf_text
from .travel_helpers import TRAVELLER, change, edited, opened_team, plan, team_ids

SOURCED = (Trip, Relation, Network, Agreement, Official, BudgetLine, Policy, Project)
TABLE = "Rotterdam Internationaal 2021-2025, internationaal beleidskader (seed 000)"


@pytest.fixture(autouse=True)
def _dutch() -> Iterator[None]:
    with language_scope("nl"):
        yield


def _network(**source: Any) -> NetworkData:
    return NetworkData(name="Polis", portfolio_code="MJT", **source)


def test_a_source_is_checked_stored_and_each_change_is_in_the_history(session: Session) -> None:
    network = create_network(
        session,
        _network(
            source="Rotterdam Internationaal 2021-2025",
            source_date=dt.date(2021, 3, 11),
            source_page="hoofdstuk 4, tabel",
            source_note="  De tabel telt 24 netwerken. ",
        ),
    )
    assert network_data(network).source_note == "De tabel telt 24 netwerken."

    data = dataclasses.replace(
        network_data(network), source_page="p. 14", derived_from="afgeleid: heeft portefeuille MJT"
    )
    update_network(session, network.id, data)

    changes = session.execute(
        select(Change.field, Change.old_value, Change.new_value)
        .where(Change.field.is_not(None))
        .order_by(Change.field)
    ).all()
    assert sorted(changes) == [
        ("Afgeleid", "", "afgeleid: heeft portefeuille MJT"),
        ("Pagina of vindplaats", "hoofdstuk 4, tabel", "p. 14"),
    ]


@pytest.mark.parametrize(
    ("source", "field", "message"),
    [
        (
            {"source_page": "p. 3"},
            "source",
            "Brondocument ontbreekt: de gegeven datum of pagina hoort bij een document.",
        ),
        (
            {"source": "Verslag", "source_date": dt.date(202, 1, 1)},
            "source_date",
            "Brondatum: 0202-01-01 is geen aannemelijke datum van een document.",
        ),
        (
            {"source": "x" * 501},
            "source",
            "Brondocument: de tekst is te lang (501 tekens, hoogstens 500).",
        ),
        (
            {"derived_from": "afgeleid\x07"},
            "derived_from",
            "Afgeleid bevat stuurtekens die er niet in horen (U+0007).",
        ),
    ],
)
def test_bad_sources_are_refused_with_a_dutch_message_naming_the_field(
    session: Session, source: dict[str, Any], field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        create_network(session, _network(**source))
    assert [(p.field, p.message) for p in refused.value.problems] == [(field, message)]
    assert session.scalars(select(Network)).all() == []


def test_a_handover_to_the_proposed_successor_marks_the_holder_derived(session: Session) -> None:
    election = dt.date(2026, 3, 31)
    gone = create_official(
        session,
        OfficialData(
            name="Vincent Karremans",
            terms=[TermData("alderman", dt.date(2022, 6, 16), election, portfolio_code="MJT")],
        ),
    ).id
    new = create_official(
        session,
        OfficialData(
            name="Tim de Jong",
            terms=[TermData("alderman", dt.date(2026, 4, 20), portfolio_code="MJT")],
        ),
    ).id
    other = create_official(
        session,
        OfficialData(name="Said Kasmi", terms=[TermData("alderman", dt.date(2022, 6, 16))]),
    ).id
    polis = create_network(
        session, _network(responsible_official_id=gone, source="Beleidskader")
    ).id
    walk21 = create_network(
        session,
        NetworkData(
            name="Walk21",
            responsible_official_id=gone,
            portfolio_code="MJT",
            derived_from="afgeleid: eerder zo ingevuld",
        ),
    ).id
    day = dt.date(2026, 5, 1)
    rows = {r.record_id: r for r in responsibilities_to_hand_over(session, day)}

    hand_over(session, [assignment_for(rows[polis], new), assignment_for(rows[walk21], other)], day)

    derived = dict(session.execute(select(Network.id, Network.derived_from)).all())
    # Followed the proposal: derived, with the proposal's reason (in Dutch, as stored).
    assert derived[polis] == "afgeleid: heeft portefeuille MJT"
    # A person's own choice is no derivation: the record keeps what it said.
    assert derived[walk21] == "afgeleid: eerder zo ingevuld"
    history = session.scalars(select(Change.new_value).where(Change.field == "Afgeleid")).all()
    assert history == ["afgeleid: heeft portefeuille MJT"]


def _sourced_records(location: Location) -> Iterator[tuple[str, str, str]]:
    """(kind, title, source or derived mark) of every sourced record of a database."""
    database = open_database(location)
    try:
        with database.sessions() as session:
            for model in SOURCED:
                for record in session.scalars(select(model)):
                    title = getattr(record, "title", None) or getattr(record, "name", None)
                    yield (
                        model.__name__,
                        str(title or record.id),
                        record.source,
                        record.derived_from,
                    )
    finally:
        database.close()


@pytest.mark.parametrize("profile", ["rotterdam", "groningen", "almere"])
def test_every_demo_record_names_its_source_or_is_an_example(
    demo_copy: Callable[[str], Location], profile: str
) -> None:
    records = list(_sourced_records(demo_copy(profile)))
    assert len(records) > 10
    unsourced = [
        (kind, title)
        for kind, title, source, derived in records
        if not source and not derived.startswith("(voorbeeld)")
    ]
    assert unsourced == []
    seeds = {source.rsplit("(seed ", 1)[-1][:3] for _k, _t, source, _d in records if source}
    assert (
        seeds
        == {"rotterdam": {"000", "001", "003"}, "groningen": {"002"}, "almere": {"004"}}[profile]
    )


def test_the_rotterdam_demo_marks_its_inferences(demo_copy: Callable[[str], Location]) -> None:
    location = demo_copy("rotterdam")
    code, out, err = run_cli("list", "networks", "--format", "json", "--db", str(location))
    assert code == 0, err
    polis = next(n for n in json.loads(out) if n["name"] == "Polis")
    assert polis["source"] == TABLE
    assert polis["source_page"] == "hoofdstuk 4, tabel 'Internationale bestuurlijke netwerken'"
    assert polis["derived"] is True
    assert polis["derived_from"].startswith("afgeleid: heeft portefeuille MJT")

    code, out, err = run_cli("list", "trips", "--format", "json", "--db", str(location))
    assert code == 0, err
    trips = json.loads(out)
    mission = next(t for t in trips if "fictief voorbeeld" in t["title"])
    assert mission["source"] == "" and mission["derived_from"].startswith("(voorbeeld)")
    miami = next(t for t in trips if t["title"] == "Bezoek aan Seatrade Cruise Global beurs")
    assert miami["source"].endswith("(seed 001)") and miami["derived"] is True
    assert sum(1 for t in trips if t["source"].endswith("(seed 003)")) == 7

    code, out, err = run_cli("list", "policies", "--format", "json", "--db", str(location))
    assert code == 0, err
    (policy,) = json.loads(out)
    assert "Golfregio" in policy["derived_from"] and policy["source"] == TABLE


def test_export_and_import_keep_every_source(
    demo_copy: Callable[[str], Location], tmp_path: Path, new_location: Callable[..., Location]
) -> None:
    demo = demo_copy("rotterdam")
    workbook, fresh = tmp_path / "alles.xlsx", new_location("fresh")
    export_into_new(demo, workbook, fresh)

    before = sorted(r for r in _sourced_records(demo))
    after = sorted(r for r in _sourced_records(fresh))
    assert after == before
    assert sum(1 for r in before if r[3]) > 30  # the derived marks went along too


@pytest.fixture
def team_database(tmp_path: Path) -> Iterator[Database]:
    yield from opened_team(tmp_path)


def test_a_source_changed_in_a_travel_copy_comes_back_with_its_merge(
    team_database: Database, tmp_path: Path
) -> None:
    team = team_ids()
    with edited(tmp_path / "reis.sqlite", TRAVELLER) as session:
        change(
            session,
            "trips",
            team["mission"],
            source="Programma van de gastheer",
            source_date=dt.date(2025, 4, 1),
            source_page="p. 2",
            derived_from="afgeleid: tijden omgerekend naar Nederlandse tijd",
        )
    merge_plan = plan(team_database, tmp_path)
    with team_database.sessions() as session:
        apply_merge(session, merge_plan, {c.key: Side.COPY for c in merge_plan.conflicts})
        session.commit()
    with team_database.sessions() as session:
        trip = session.get(Trip, team["mission"])
        assert trip is not None
        assert (trip.source, trip.source_date, trip.source_page, trip.derived_from) == (
            "Programma van de gastheer",
            dt.date(2025, 4, 1),
            "p. 2",
            "afgeleid: tijden omgerekend naar Nederlandse tijd",
        )
        changed = session.scalars(
            select(Change.field).where(Change.record_uuid == trip.uuid, Change.field.is_not(None))
        ).all()
    assert {"Brondocument", "Brondatum", "Pagina of vindplaats", "Afgeleid"} <= set(changed)


def _report(location: Location, tmp_path: Path, *args: str) -> str:
    out = tmp_path / f"{args[0]}.pdf"
    code, _out, err = run_cli("report", *args, "--out", str(out), "--db", str(location))
    assert code == 0, err
    return " ".join(pdf_text(out).split())


def _row(text: str, first: str, next_row: str) -> str:
    return text[text.index(first) : text.index(next_row)]


def test_reports_print_their_sources_on_request(
    demo_copy: Callable[[str], Location], tmp_path: Path
) -> None:
    demo = demo_copy("rotterdam")
    plain = _report(demo, tmp_path, "relations")
    assert "Bronnen" not in plain

    text = _report(demo, tmp_path, "relations", "--sources")
    section = text[text.index("Bronnen Waar de gegevens in dit rapport vandaan komen") :]
    # Per record (a table row, its cells wrapped line by line): document, page, and the
    # derived mark in words.
    polis = _row(section, "Netwerk Polis", "Netwerk Radicalisation")
    for fragment in (
        "Rotterdam Internationaal 2021-2025,",
        "(seed 000),",
        "hoofdstuk 4, tabel 'Internationale",
        "Afgeleid: heeft portefeuille MJT",
    ):
        assert fragment in polis
    keulen = _row(section, "Relatie met Keulen", "Relatie met Kopenhagen")
    assert "Rotterdam Internationaal 2021-2025, - internationaal beleidskader" in keulen
    assert "Afgeleide records: " in section

    card = _report(demo, tmp_path, "trip", "--id", "8", "--sources")
    card_row = card[card.index("1 Bezoek aan Seatrade") :]
    assert "Buitenlandse ambtsreizen in 2024 van" in card_row
    assert "Afgeleid: het kostenblok staat in" in card_row

    annual = _report(demo, tmp_path, "annual", "--year", "2024", "--sources")
    sources = annual[annual.rindex("Bronnen Waar de gegevens") :]
    assert sources.count("(seed 001)") == 32  # each trip of the year names the report
    assert "Afgeleide records: 7 van de 32." in sources


def test_the_template_explains_the_source_columns(
    demo_copy: Callable[[str], Location], tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    template = tmp_path / "sjabloon.xlsx"
    code, _out, err = run_cli(
        "export", "--empty", "--out", str(template), "--db", str(demo_copy("almere"))
    )
    assert code == 0, err
    book = load_workbook(template)
    guide = " ".join(
        str(cell) for row in book["Toelichting"].iter_rows(values_only=True) for cell in row if cell
    )
    assert "Waar in het document: een pagina, een tabel of een adres." in guide
    assert (
        "anders waaruit het is afgeleid, bijvoorbeeld 'afgeleid: heeft portefeuille EWK'" in guide
    )
    for sheet in ("Reizen", "Relaties", "Netwerken", "Overeenkomsten", "Bestuurders", "Begroting"):
        headings = [cell.value for cell in book[sheet][1]]
        assert headings[-5:] == [
            "Brondocument",
            "Brondatum",
            "Pagina of vindplaats",
            "Toelichting bron",
            "Afgeleid",
        ], sheet


def test_the_search_finds_records_by_their_source(demo_copy: Callable[[str], Location]) -> None:
    location = demo_copy("groningen")
    code, out, err = run_cli("search", "internationaliseringsbeleid", "--db", str(location))
    assert code == 0, err
    assert "Relaties (8)" in out
    assert "Brondocument: Groningen Internationaal, internationaliseringsbeleid 2021-2024" in out


def test_the_annual_overview_in_word_has_its_sources_too(
    demo_copy: Callable[[str], Location], tmp_path: Path
) -> None:
    import docx

    out = tmp_path / "jaar.docx"
    code, _out, err = run_cli(
        "report", "annual", "--year", "2024", "--sources", "--format", "docx", "--out", str(out),
        "--db", str(demo_copy("rotterdam")),
    )  # fmt: skip
    assert code == 0, err
    document = docx.Document(str(out))
    assert [p.text for p in document.paragraphs if p.style.name.startswith("Heading")][-1] == (
        "Bronnen"
    )
    table = document.tables[-1]
    assert [cell.text for cell in table.rows[0].cells] == ["Nr.", "Record", "Bron", "Afgeleid"]
    miami = next(row for row in table.rows if row.cells[1].text.startswith("Bezoek aan Seatrade"))
    assert miami.cells[2].text.endswith("(seed 001)")
    assert miami.cells[3].text.startswith("Afgeleid: het kostenblok staat in de tekstextractie")

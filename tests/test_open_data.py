"""Open data: the trips of a year as a CSV file with DCAT-AP-DONL metadata, read back as a
portal (or a journalist) would, and checked against the annual overview sent to the
council."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from intzaken.domain.enums import OpenDataLicence
from intzaken.exchange.open_data import COLUMNS, OpenDataError, export_open_data
from intzaken.reports import build_report
from intzaken.services.organisation import get_organisation
from intzaken.store.database import open_database
from intzaken.store.location import Location

from .conftest import file_only, run_cli

MODIFIED = dt.date(2025, 3, 1)


@pytest.fixture(scope="module")
def rotterdam(demo_template: Callable[[str], Location]) -> Location:
    return demo_template("rotterdam")


@pytest.fixture(scope="module")
def published(rotterdam: Location, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The open data of 2024 and the annual overview of 2024, made from the same demo."""
    folder = tmp_path_factory.mktemp("open-data")
    database = open_database(rotterdam)
    with database.sessions() as session:
        written = export_open_data(session, 2024, folder, modified=MODIFIED)
        overview = build_report("annual", session, folder / "overview.pdf", year=2024)
    database.close()
    with written.csv_path.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    metadata = json.loads(written.metadata_path.read_text(encoding="utf-8"))
    return {"rows": rows, "metadata": metadata, "overview": overview, "written": written}


def column_sum(rows: list[dict[str, str]], column: str) -> Decimal:
    return sum((Decimal(row[column]) for row in rows if row[column]), Decimal("0"))


def test_the_32_trips_of_2024_one_row_each(published: dict) -> None:
    rows = published["rows"]
    assert len(rows) == 32
    assert list(rows[0]) == list(COLUMNS)
    assert len({row["trip_id"] for row in rows}) == 32
    # ISO dates, all in 2024, in date order as the overview lists them.
    starts = [dt.date.fromisoformat(row["start_date"]) for row in rows]
    assert all(start.year == 2024 for start in starts)
    assert starts == sorted(starts)
    assert all(dt.date.fromisoformat(row["end_date"]) >= dt.date(2024, 1, 1) for row in rows)


def test_the_totals_are_the_annual_overviews(published: dict) -> None:
    rows, sums = published["rows"], published["overview"].meta["totals"].sums
    assert published["overview"].meta["trips"] == len(rows)
    assert column_sum(rows, "travel_and_stay_eur") == sums.travel_and_stay.known
    assert column_sum(rows, "other_costs_eur") == sums.other_costs.known
    assert column_sum(rows, "co2_offset_eur") == sums.co2_offset.known
    assert column_sum(rows, "co2_tonnes") == sums.co2_tonnes.known
    # Both totals the council reads: € 130.001 and, with the offset, € 131.240,54.
    assert column_sum(rows, "council_costs_eur") == sums.council_costs.known
    assert column_sum(rows, "total_costs_eur") == sums.total_costs.known
    assert round(column_sum(rows, "council_costs_eur")) == 130001
    assert column_sum(rows, "total_costs_eur") == Decimal("131240.54")


def test_amounts_with_a_point_and_unknown_left_empty(published: dict) -> None:
    for row in published["rows"]:
        for column in ("travel_and_stay_eur", "other_costs_eur", "total_costs_eur"):
            value = row[column]
            assert value == "" or (value.count(".") == 1 and len(value.split(".")[1]) == 2)
            assert "," not in value
        if row["co2_tonnes"]:
            assert len(row["co2_tonnes"].split(".")[1]) == 3
        # A trip by train lacks no CO2 figure: it has none, as the overview says "-".
    codes = {code for row in published["rows"] for code in row["countries"].split("; ")}
    assert all(len(code) == 2 and code.isupper() for code in codes)
    assert {"train", "plane"} <= {
        mode for row in published["rows"] for mode in row["transport"].split("; ") if mode
    }


def test_metadata_in_the_dutch_open_data_profile(published: dict) -> None:
    metadata = published["metadata"]
    assert metadata["@type"] == "dcat:Dataset"
    for required in (
        "dct:identifier",
        "dct:title",
        "dct:description",
        "dct:language",
        "dct:license",
        "dct:modified",
        "dct:publisher",
        "dcat:contactPoint",
        "dcat:theme",
        "dcat:distribution",
        "dct:temporal",
    ):
        assert metadata[required], required
    assert "2024" in metadata["dct:title"]["@value"]
    assert "Rotterdam" in metadata["dct:title"]["@value"]
    assert metadata["dct:title"]["@language"] == "nl"
    assert "32" in metadata["dct:description"]["@value"]
    assert metadata["dct:publisher"]["foaf:name"] == "Gemeente Rotterdam"
    assert metadata["dct:publisher"]["@id"].endswith("/Rotterdam_(gemeente)")
    # CC0 until the organisation chooses otherwise.
    assert metadata["dct:license"]["@id"].startswith(
        "http://creativecommons.org/publicdomain/zero/1.0"
    )
    assert metadata["dct:modified"]["@value"] == "2025-03-01"
    assert metadata["dct:temporal"]["dcat:startDate"]["@value"] == "2024-01-01"
    assert metadata["dct:temporal"]["dcat:endDate"]["@value"] == "2024-12-31"
    (distribution,) = metadata["dcat:distribution"]
    written = published["written"]
    assert distribution["dcat:downloadURL"]["@id"] == written.csv_path.name
    assert int(distribution["dcat:byteSize"]["@value"]) == written.csv_path.stat().st_size
    assert metadata["dct:identifier"].startswith("urn:uuid:")


def test_the_same_dataset_keeps_its_identifier_and_takes_the_chosen_licence(
    demo_copy: Callable[[str], Location], tmp_path: Path
) -> None:
    database = open_database(demo_copy("rotterdam"))
    with database.sessions() as session:
        first = export_open_data(session, 2024, tmp_path / "first", modified=MODIFIED)
    with database.sessions.begin() as session:
        organisation = get_organisation(session)
        assert organisation is not None
        organisation.open_data_licence = OpenDataLicence.CC_BY
    with database.sessions() as session:
        again = export_open_data(session, 2024, tmp_path / "again", modified=MODIFIED)
    database.close()
    before = json.loads(first.metadata_path.read_text(encoding="utf-8"))
    after = json.loads(again.metadata_path.read_text(encoding="utf-8"))
    assert after["dct:identifier"] == before["dct:identifier"]
    assert after["dct:license"]["@id"] == "http://creativecommons.org/licenses/by/4.0/deed.nl"
    assert after["dcat:distribution"][0]["dct:license"] == after["dct:license"]


def test_a_year_without_trips_writes_nothing(rotterdam: Location, tmp_path: Path) -> None:
    database = open_database(rotterdam)
    with database.sessions() as session, pytest.raises(OpenDataError, match="1990"):
        export_open_data(session, 1990, tmp_path / "out", modified=MODIFIED)
    database.close()
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_command_line_writes_both_files(rotterdam: Location, tmp_path: Path) -> None:
    folder = tmp_path / "portaal"
    code, out, err = run_cli(
        "export",
        "open-data",
        "--year",
        "2024",
        "--out",
        str(folder),
        "--db",
        str(file_only(rotterdam)),
    )
    assert (code, err) == (0, "")
    assert "Open data met 32 reizen geschreven naar" in out
    assert "Metadata (DCAT-AP-DONL)" in out
    assert sorted(p.name for p in folder.iterdir()) == [
        "official-trips-2024.csv",
        "official-trips-2024.metadata.jsonld",
    ]


def test_command_line_says_what_is_wrong(rotterdam: Location, tmp_path: Path) -> None:
    file_only(rotterdam)
    code, out, err = run_cli("export", "open-data", "--out", str(tmp_path), "--db", str(rotterdam))
    assert code == 1
    assert "--year" in err
    code, out, err = run_cli(
        "export",
        "open-data",
        "--year",
        "1990",
        "--out",
        str(tmp_path / "x"),
        "--db",
        str(rotterdam),
    )
    assert code == 1
    assert "Er zijn geen reizen gemaakt in 1990" in err or "1990" in err
    assert "Traceback" not in err
    a_file = tmp_path / "file.txt"
    a_file.write_text("x", encoding="utf-8")
    code, out, err = run_cli(
        "export", "open-data", "--year", "2024", "--out", str(a_file), "--db", str(rotterdam)
    )
    assert code == 1
    assert str(a_file) in err
    assert a_file.read_text(encoding="utf-8") == "x"

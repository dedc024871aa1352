"""The demo databases hold the source documents' facts and figures exactly."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from intzaken.demo.build import DemoTargetInUseError, write_demo
from intzaken.services.records import budget_records, network_records
from intzaken.services.trip_records import trip_records
from intzaken.store.database import open_database
from intzaken.store.location import Location

from .conftest import SEEDS, run_cli

REPORT_2024 = SEEDS / "001_8c546923ac27c1f7.txt"
# A cost block of the 2024 report: travel and stay, other costs, transport, CO2, offset.
COST_LINE = re.compile(
    r"^\s*(?P<travel>€\s?[\d.]+,\s?-)\s+(?P<other>€\s?[\d.]+(?:[,.]\s?-)?)\s+"
    r"(?P<transport>[A-Za-z& ]+?)\s+(?P<co2>-|[\d,]+)\s+(?P<offset>-|€?\s?[\d.,]+)\s*$"
)
TRANSPORT = {"dienstauto": "official_car", "trein": "train", "vliegtuig": "plane"}


def _euro(text: str) -> Decimal:
    text = text.replace("€", "").replace(" ", "").rstrip("-").rstrip(",.")
    whole, _, cents = text.partition(",")
    return Decimal(f"{whole.replace('.', '')}.{cents or '00'}")


def _report_cost_blocks() -> Counter:
    blocks = Counter()
    for line in REPORT_2024.read_text(encoding="utf-8").splitlines():
        match = COST_LINE.match(line)
        if match:
            modes = frozenset(
                TRANSPORT[word] for word in re.split(r"\s+(?:en|&)\s+", match["transport"].lower())
            )
            co2 = None if match["co2"] == "-" else Decimal(match["co2"].replace(",", "."))
            offset = None if match["offset"] == "-" else _euro(match["offset"])
            blocks[(_euro(match["travel"]), _euro(match["other"]), modes, co2, offset)] += 1
    return blocks


@pytest.fixture(scope="module")
def rotterdam(demo_template: Callable[[str], Location]) -> Location:
    return demo_template("rotterdam")


@pytest.mark.skipif(not REPORT_2024.exists(), reason="source documents not beside the repo")
def test_2024_trips_carry_the_reports_figures(rotterdam: Location) -> None:
    code, out, _ = run_cli(
        "list", "trips", "--year", "2024", "--format", "json", "--db", str(rotterdam)
    )
    assert code == 0
    trips = json.loads(out)
    assert len(trips) == 32
    ours = Counter(
        (
            Decimal(t["travel_and_stay"]),
            Decimal(t["other_costs"]),
            frozenset(t["transport"]),
            Decimal(t["co2_tonnes"]) if t["co2_tonnes"] else None,
            Decimal(t["co2_offset"]) if t["co2_offset"] else None,
        )
        for t in trips
    )
    report = _report_cost_blocks()
    assert sum(report.values()) == 32
    assert ours == report
    assert sum(Decimal(t["co2_offset"] or 0) for t in trips) == Decimal("1239.54")
    [south_america] = [t for t in trips if t["start_date"] == "2024-01-27"]
    assert (
        south_america["end_date"],
        south_america["travel_and_stay"],
        south_america["co2_tonnes"],
        south_america["co2_offset"],
    ) == ("2024-02-03", "22360.00", "23.32", "326.64")
    assert [d["country_code"] for d in south_america["destinations"]] == ["EC", "PE", "CR", "CO"]


def test_rotterdam_has_the_policy_networks_with_their_holders(rotterdam: Location) -> None:
    database = open_database(rotterdam)
    with database.sessions() as session:
        networks = network_records(session)
        planned = [t for t in trip_records(session, 2025) if t["status"] == "planned"]
    database.close()
    # The network table of the policy framework 2021-2025 has 24 rows (see the note in
    # resources/demo/rotterdam/base.toml); every network has its portfolio holder.
    assert len(networks) == 24
    assert all(n["responsible_official"] for n in networks)
    efus = next(n for n in networks if n["acronym"] == "EFUS")
    assert efus["role"] == "vice_chair"
    assert len(planned) == 7
    assert all(t["date_precision"] == "month" for t in planned)


def test_groningen_budget_adds_up_to_375000_each_year(
    new_location: Callable[[str], Location],
) -> None:
    path = new_location("groningen")
    write_demo(path, "groningen")
    database = open_database(path)
    with database.sessions() as session:
        for year in (2021, 2022, 2023, 2024):
            lines = budget_records(session, year)
            assert len(lines) == 6
            assert sum(Decimal(line["amount"]) for line in lines) == Decimal("375000.00")
    database.close()


def test_almere_demo_loads(new_location: Callable[[str], Location]) -> None:
    counts = write_demo(new_location("almere"), "almere")
    assert counts["relations"] >= 9 and counts["networks"] >= 6


@pytest.mark.sqlite_only
def test_demo_never_overwrites_real_data(tmp_path: Path) -> None:
    path = tmp_path / "werk.sqlite"
    assert run_cli("init", "--organisation", "Gemeente Delft", "--db", str(path))[0] == 0
    before = path.read_bytes()
    with pytest.raises(DemoTargetInUseError):
        write_demo(path, "almere")
    assert path.read_bytes() == before
    write_demo(path, "almere", force=True)  # replaced only after a backup
    backups = list((tmp_path / "werk-backups").glob("werk-*-voor-demo.sqlite"))
    assert len(backups) == 1
    assert b"Gemeente Delft" in backups[0].read_bytes()


def test_demo_may_replace_an_earlier_demo(new_location: Callable[[str], Location]) -> None:
    path = new_location("demo")
    write_demo(path, "almere")
    write_demo(path, "groningen")
    database = open_database(path)
    with database.sessions() as session:
        assert len(budget_records(session, 2021)) == 6
    database.close()

"""The benchmark's generator (benchmarks/generate.py) keeps working: a tiny database,
written through the services, has what was asked. Nothing is timed here."""

from __future__ import annotations

import sqlite3

from benchmarks.generate import generate, tiny, trips_per_year


def test_tiny_database_has_the_requested_records(tmp_path):
    size = tiny(50)
    path = tmp_path / "tiny.sqlite"
    counts = generate(path, size, progress=None)
    assert counts["trips"] == 50
    connection = sqlite3.connect(path)
    try:

        def count(sql: str) -> int:
            return connection.execute(sql).fetchone()[0]

        assert count("SELECT count(*) FROM trips") == 50
        assert count("SELECT count(*) FROM relations") == size.relations
        assert count("SELECT count(*) FROM networks") == size.networks
        assert count("SELECT count(*) FROM agreements") == size.agreements
        assert count("SELECT count(*) FROM officials") == size.officials
        years = size.last_year - size.first_year + 1
        assert count("SELECT count(*) FROM budget_lines") == years * size.budget_lines_per_year
        assert (
            count(
                "SELECT count(*) FROM trips WHERE status = 'done' AND "
                f"start_date LIKE '{size.report_year}-%'"
            )
            == size.report_trips
        )
        # Every trip has a destination and a traveller, as the services demand.
        assert (
            count(
                "SELECT count(*) FROM trips WHERE id NOT IN (SELECT trip_id FROM trip_destinations)"
            )
            == 0
        )
        assert (
            count(
                "SELECT count(*) FROM trips WHERE id NOT IN (SELECT trip_id FROM trip_travellers)"
            )
            == 0
        )
        # The exchange layout knows a trip by title and start date: an export must import.
        assert count("SELECT count(*) FROM (SELECT DISTINCT title, start_date FROM trips)") == 50
    finally:
        connection.close()


def test_same_seed_same_trips(tmp_path):
    rows = []
    for name in ("a.sqlite", "b.sqlite"):
        generate(tmp_path / name, tiny(20), progress=None)
        connection = sqlite3.connect(tmp_path / name)
        rows.append(
            connection.execute(
                "SELECT title, start_date, travel_and_stay FROM trips ORDER BY id"
            ).fetchall()
        )
        connection.close()
    assert rows[0] == rows[1]


def test_large_size_spreads_100000_trips_with_1000_in_the_report_year():
    from benchmarks.generate import LARGE

    per_year = trips_per_year(LARGE)
    assert sum(per_year.values()) == 100_000
    assert len(per_year) == 30
    assert per_year[2024] >= 1_000

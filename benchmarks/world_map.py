"""The map page (issue 20): reading a year's map and painting it, on the Rotterdam demo,
against a bare QPainter filling the same outlines. Target: under 300 ms to draw."""

from __future__ import annotations

from .command_line import demo_database
from .session import Row, Session, median

YEAR = 2024  # the demo's busiest year: 32 trips
TARGET = 0.3


def world_map(session: Session) -> list[Row]:
    from .run import probe  # run.py imports this module for its table of operations

    demo = str(demo_database(session))
    rows = []
    for ratio in (1.0, 2.0):
        session.log(f"  map page: load and paint 2024 at pixel ratio {ratio:g}")
        _, result = probe(session, "map", database=demo, year=YEAR, runs=session.runs, ratio=ratio)
        value = median(result["seconds"])
        load, paint = median(result["load"]), median(result["paint"])
        rows.append(
            Row(
                f"Map page: {YEAR} drawn (demo, {result['trips']} trips, 1200 × 640 px "
                f"at pixel ratio {ratio:g})",
                value,
                median(result["floor"]),
                "≤ 300 ms",
                value is not None and value <= TARGET,
                runs=len(result["seconds"]),
                size_free=True,  # the demo, whatever database the run uses
                note=f"read {load * 1000:.0f} ms + paint {paint * 1000:.0f} ms; the first "
                f"in a process {result['first'] * 1000:.0f} ms (projects the outlines "
                "once); floor: the same outlines as plain polygons in one colour",
            )
        )
    return rows

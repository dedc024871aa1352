"""What the benchmark's operations share: a row of the table, the run's session, a
failed probe and the median (benchmarks/run.py and the modules of its operations)."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Row:
    operation: str
    value: float | None  # seconds, or MB for memory
    floor: float | None
    target: str  # in words: "≤ 1.5× floor", "≤ 100 ms"
    met: bool | None
    unit: str = "s"
    note: str = ""
    runs: int = 0
    # False where the measure grows with the database (lists, reports, the import,
    # memory): a quick run's smaller database and import cannot judge its target.
    size_free: bool = False
    comparable: bool = True  # False: measured in a quick run, target not judged
    # True where the operation itself went wrong (a file not opened): a miss whatever
    # the database's size, so a quick run reports it as missed too.
    failed: bool = False

    @property
    def relative(self) -> bool:
        """The target is a multiple of the floor (else a bound in ms or MB)."""
        return "× floor" in self.target

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.floor:
            return None
        return self.value / self.floor


@dataclass
class Session:
    """What the probes of one benchmark run share: the database copy, HOME, options."""

    database: Path  # a private copy of the cached large database
    report_year: int
    tmp: Path
    runs: int
    expensive_runs: int
    timeout: float
    budget: float  # seconds one operation may take in all its runs before we stop repeating
    import_rows: int
    quick: bool
    env: dict[str, str] = field(default_factory=dict)
    log: Callable[[str], None] = print


class ProbeFailed(Exception):
    pass


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def quick_verdict(row: Row) -> Row:
    """`row` as a quick run may state it: a measure that grows with the database is not
    judged against the full run's target (issue 22: not reported as missed), unless the
    operation failed, which no size excuses, or a bound in ms or MB was exceeded even
    on the smaller database. A ratio to a floor can move either way with the size."""
    if row.size_free or row.met is None or row.failed:
        return row
    if row.met is False and not row.relative:
        # A bound in ms or MB (a pause, a search, the memory) already exceeded on the
        # smaller database: the full one only adds to what is measured.
        row.note = "quick run, smaller database: over the bound already there; " + row.note
        return row
    row.met = None
    row.comparable = False
    row.note = "quick run, smaller database: not comparable with the target; " + row.note
    return row

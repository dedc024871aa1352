"""Issue 22, item 4: the window never freezes. The longest moment the event loop does not
answer (benchmarks/lateness_probe.py) while the app opens the large file with a
migration pending: target ≤ 100 ms, an absolute figure (no floor: a floor window that
does nothing answers at once)."""

from __future__ import annotations

import shutil
from collections.abc import Callable

from .session import Row, Session

TARGET_MS = 100
# Before 0006 rebuilt the trips table: the pending migration does real work per trip.
PENDING_FROM = "0005"


BUSY_LABELS = {
    "import": "importing {rows} trip rows (read, checked, applied)",
    "annual": "the annual overview {year}",
    "travel": "a travel copy of everything, taken and merged back",
    "restore": "restoring a backup of the file",
}


def responsiveness(session: Session, probe: Callable[..., tuple[float, dict]]) -> list[Row]:
    return opening(session, probe) + busy_work(session, probe)


def busy_work(session: Session, probe: Callable[..., tuple[float, dict]]) -> list[Row]:
    """The window's longest pause while each long operation runs through its own code
    path (benchmarks/busy_probe.py), on a copy of the benchmark database."""
    from .run import import_file  # the import row's workbook, cached

    database = session.tmp / "busy.sqlite"
    backup = session.tmp / "busy-backup.sqlite"
    shutil.copyfile(session.database, database)
    shutil.copyfile(session.database, backup)
    workbook = import_file(session.import_rows, session.log, own_names=True)
    session.log("  window answering while importing, reporting, copying and restoring")
    _, result = probe(
        session,
        "busy",
        database=str(database),
        workbook=str(workbook),
        backup=str(backup),
        copy=str(session.tmp / "busy-copy.sqlite"),
        year=session.report_year,
        limit=session.timeout,
    )
    rows = []
    for name, label in BUSY_LABELS.items():
        measured = result["results"].get(name)
        text = label.format(rows=f"{session.import_rows:,}", year=session.report_year)
        if measured is None:
            rows.append(
                Row(
                    f"Window answers while {text}",
                    None,
                    None,
                    f"≤ {TARGET_MS} ms",
                    None,
                    note="not measured: " + str(result.get("error")),
                    runs=0,
                )
            )
            continue
        longest = measured["longest_ms"] / 1000
        said = measured["said"]
        rows.append(
            Row(
                f"Window answers while {text} (longest pause)",
                longest,
                None,
                f"≤ {TARGET_MS} ms",
                longest * 1000 <= TARGET_MS,
                unit="s",
                note=f"done in {measured['seconds']:.1f} s"
                + (f"; {said[:120]}" if "refused" in said else ""),
                runs=1,
            )
        )
    return rows


def opening(session: Session, probe: Callable[..., tuple[float, dict]]) -> list[Row]:
    pending = session.tmp / "pending.sqlite"
    shutil.copyfile(session.database, pending)
    session.log(f"  downgrading a copy to {PENDING_FROM} (not measured)")
    _downgrade(pending, PENDING_FROM)
    _, result = probe(session, "open-pending", database=str(pending), limit=session.timeout)
    longest = result["longest_ms"] / 1000
    note = f"opened, migrated, every page made and its list loaded in {result['seconds']:.1f} s"
    if not result.get("opened"):
        note = "the file was not opened"
    return [
        Row(
            "Window answers while opening with a migration (longest pause)",
            longest,
            None,
            f"≤ {TARGET_MS} ms",
            longest * 1000 <= TARGET_MS and bool(result.get("opened")),
            unit="s",
            note=note,
            runs=1,
            size_free=False,
            failed=not result.get("opened"),
        )
    ]


def _downgrade(path, revision: str) -> None:
    from alembic import command

    from intzaken.store.engine import make_engine
    from intzaken.store.migrations import alembic_config

    engine = make_engine(path, foreign_keys=False)  # as the app migrates: see PITFALLS
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), revision)
    finally:
        engine.dispose()

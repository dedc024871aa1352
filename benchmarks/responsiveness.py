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


def responsiveness(session: Session, probe: Callable[..., tuple[float, dict]]) -> list[Row]:
    pending = session.tmp / "pending.sqlite"
    shutil.copyfile(session.database, pending)
    session.log(f"  downgrading a copy to {PENDING_FROM} (not measured)")
    _downgrade(pending, PENDING_FROM)
    _, result = probe(session, "open-pending", database=str(pending), limit=session.timeout)
    longest = result["longest_ms"] / 1000
    note = f"opened, migrated and listed in {result['seconds']:.1f} s"
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

"""A process that keeps writing to a database until it is killed (see test_kill.py).

`saves`: one small transaction after another, printing the number of officials after
each commit. `bulk`: one long transaction adding many officials, printing `started`
first and `committed` only at the end. `import FILE`: a real import of a workbook,
printing `applying` when its transaction has begun and `written` when every record is in
it but not yet committed; it then waits, so that it can be killed right there.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from intzaken.domain.models import Official
from intzaken.exchange import apply_import, plan_import
from intzaken.services.officials import OfficialData, TermData, create_official
from intzaken.store.database import Database, open_database

WAIT_BEFORE_COMMIT = 30  # seconds: the test kills the process long before


def _official(number: int) -> OfficialData:
    return OfficialData(
        name=f"Wethouder {number:06d}",
        terms=[TermData(role="alderman", start_date=dt.date(2022, 6, 1), end_date=None)],
    )


def _import(database: Database, workbook: Path) -> None:
    with database.sessions() as session:
        plan = plan_import(session, workbook)
        session.rollback()
    assert plan.ok, plan.problems[:3]
    with database.sessions() as session, session.begin():
        print("applying", flush=True)
        apply_import(session, plan)
        session.flush()
        print("written", flush=True)
        time.sleep(WAIT_BEFORE_COMMIT)
    print("committed", flush=True)


def main(path: Path, mode: str, *extra: str) -> None:
    database = open_database(path, daily_backup=False)
    if mode == "import":
        _import(database, Path(extra[0]))
        return
    number = 0
    if mode == "saves":
        while True:
            number += 1
            with database.sessions.begin() as session:
                create_official(session, _official(number))
                count = session.scalar(select(func.count()).select_from(Official))
            print(count, flush=True)
    with database.sessions.begin() as session:
        print("started", flush=True)
        for number in range(1, 200_001):
            create_official(session, _official(number))
            if number % 500 == 0:
                session.flush()
    print("committed", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], *sys.argv[3:])

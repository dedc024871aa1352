"""A process that keeps writing to a database until it is killed (see test_kill.py).

`saves`: one small transaction after another, printing the number of officials after
each commit. `bulk`: one long transaction adding many officials, like an import,
printing `started` first and `committed` only at the end.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from sqlalchemy import func, select

from intzaken.domain.models import Official
from intzaken.services.officials import OfficialData, TermData, create_official
from intzaken.store.database import open_database


def _official(number: int) -> OfficialData:
    return OfficialData(name=f"Wethouder {number:06d}", terms=[TermData(
        role="alderman", start_date=dt.date(2022, 6, 1), end_date=None)])


def main(path: Path, mode: str) -> None:
    database = open_database(path, daily_backup=False)
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
    main(Path(sys.argv[1]), sys.argv[2])

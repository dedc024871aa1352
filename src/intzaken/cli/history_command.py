"""`intzaken history`: who changed which record when, field by field; or to a file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from ..services.errors import ServiceError
from ..services.history_query import HistoryRow, entries, register_label
from ..services.tracked_records import REGISTERS
from ..store.errors import DatabaseMissingError
from ..store.location import Location
from ..store.reading import open_for_reading

MAX_VALUE = 60  # characters of a value on the screen; a file gets them whole


def add_history_parser(sub: Any, db: argparse.ArgumentParser) -> None:
    history = sub.add_parser(
        "history",
        parents=[db],
        help="toon de wijzigingsgeschiedenis",
        description="Toon wie wat wanneer wijzigde, nieuwste eerst: van het hele bestand, "
        "van een register of van één record; of schrijf het naar een CSV-bestand "
        "of Excel-werkmap.",
    )
    history.add_argument("--register", choices=tuple(REGISTERS), help="alleen dit register")
    history.add_argument(
        "--id", type=int, metavar="NR", help="alleen het record met dit nummer (met --register)"
    )
    history.add_argument(
        "--out", type=Path, metavar="BESTAND", help="schrijf naar een .csv- of .xlsx-bestand"
    )


def run_history(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    if args.id is not None and args.register is None:
        raise ServiceError(
            "Geef bij --id ook het register op, bijvoorbeeld --register trips --id 12."
        )
    if isinstance(database, Path) and not database.exists():
        raise DatabaseMissingError(database)
    opened = open_for_reading(database)
    try:
        with opened.sessions() as session:
            rows = [
                HistoryRow.of(e)
                for e in entries(session, register=args.register, record_id=args.id)
            ]
    finally:
        opened.close()
    if args.out is not None:
        from ..exchange.history_export import UnknownFormatError, write_history

        target = args.out.expanduser().resolve()
        try:
            write_history(target, rows)
        except UnknownFormatError as exc:
            raise ServiceError(str(exc)) from None
        out.write(f"Geschiedenis geschreven naar {target}: {_count(rows)}.\n")
        return 0
    if not rows:
        what = f" van {register_label(args.register)} {args.id}" if args.id is not None else ""
        out.write(f"Geen wijzigingen gevonden{what}.\n")
        return 0
    for row in rows:
        out.write(_line(row) + "\n")
    out.write(f"({_count(rows)})\n")
    return 0


def _count(rows: list[HistoryRow]) -> str:
    return "1 regel" if len(rows) == 1 else f"{len(rows)} regels"


def _line(row: HistoryRow) -> str:
    record = f"{row.register} {row.record_id} '{row.title}'"
    change = f": {row.field}: {_shown(row.old)} → {_shown(row.new)}" if row.field else ""
    origin = f" [{row.context}]" if row.context else ""
    return f"{row.when}  {row.author}  {row.action} {record}{change}{origin}"


def _shown(value: str) -> str:
    if not value:
        return "(leeg)"
    value = value.replace("\n", "; ")
    return f"'{value[: MAX_VALUE - 1]}…'" if len(value) > MAX_VALUE else f"'{value}'"

"""`intzaken history`: who changed which record when, field by field; or to a file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from ..i18n import _, ngettext
from ..services.errors import ServiceError
from ..services.history_query import HistoryRow, entries, register_label
from ..store.errors import DatabaseMissingError
from ..store.location import Location
from ..store.reading import open_for_reading

MAX_VALUE = 60  # characters of a value on the screen; a file gets them whole


def run_history(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    if args.id is not None and args.register is None:
        raise ServiceError(
            _("With --id, give the register too, for example --register trips --id 12.")
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
        written = _("History written to {path}: {count}.")
        out.write(written.format(path=target, count=_count(rows)) + "\n")
        return 0
    if not rows:
        if args.id is not None:
            found = _("No changes found of {register} {number}.").format(
                register=register_label(args.register), number=args.id
            )
        else:
            found = _("No changes found.")
        out.write(found + "\n")
        return 0
    for row in rows:
        out.write(_line(row) + "\n")
    out.write(f"({_count(rows)})\n")
    return 0


def _count(rows: list[HistoryRow]) -> str:
    return ngettext("{count} line", "{count} lines", len(rows)).format(count=len(rows))


def _line(row: HistoryRow) -> str:
    record = f"{row.register} {row.record_id} '{row.title}'"
    change = f": {row.field}: {_shown(row.old)} → {_shown(row.new)}" if row.field else ""
    origin = f" [{row.context}]" if row.context else ""
    return f"{row.when}  {row.author}  {row.action} {record}{change}{origin}"


def _shown(value: str) -> str:
    if not value:
        return _("(empty)")
    value = value.replace("\n", "; ")
    return f"'{value[: MAX_VALUE - 1]}…'" if len(value) > MAX_VALUE else f"'{value}'"

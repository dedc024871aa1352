"""`intzaken demo` and `intzaken init`: a database to start with."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from ..demo.build import write_demo
from ..i18n import _
from ..new_database import create_database
from ..store.errors import StoreError
from ..store.location import Location
from ..store.recovery import COUNTED, counted_records
from .commands import EXIT_OK, shown


def run_demo(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    counts = write_demo(database, args.profile, force=args.force)
    contents = ", ".join(counted_records(table, counts[table]) for table, _key in COUNTED)
    out.write(
        _("Demo database '{profile}' written to {database}: {contents}.").format(
            profile=args.profile, database=shown(database), contents=contents
        )
        + "\n"
    )
    return EXIT_OK


def run_init(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    if isinstance(database, Path) and database.exists() and database.stat().st_size > 0:
        raise StoreError(
            database,
            _("{path} already exists; choose another name with --db.").format(path=database),
        )
    create_database(database, args.organisation, exclusive=True).close()
    out.write(
        _("New database for {organisation} made: {database}").format(
            organisation=args.organisation.strip(), database=shown(database)
        )
        + "\n"
    )
    return EXIT_OK

"""`intzaken list`: a register as a table, JSON or CSV."""

from __future__ import annotations

import argparse
from typing import TextIO

from ..i18n import ngettext
from ..registers import RegisterKey
from ..services.register_records import records_function
from ..store.location import Location
from ..store.reading import open_for_reading
from .commands import EXIT_OK
from .output import write_csv, write_json, write_rows, write_table


def run_list(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    priorities = args.register == "priorities"
    opened = open_for_reading(database)
    try:
        # A Core connection: the trips' records are rows, read without the ORM.
        with opened.engine.connect() as connection:
            if priorities:
                from ..services.records import priority_records

                records = priority_records(connection, args.year)
            else:
                records = records_function(RegisterKey(args.register))(connection, args.year)
    finally:
        opened.close()
    if args.format == "json":
        write_json(records, out)
    elif args.format == "csv":
        write_csv(records, out)
    else:
        if priorities:
            from ..register_tables import priority_cells  # Babel: for a table only

            write_rows(*priority_cells(records), out)
        else:
            write_table(args.register, records, out)
        lines = ngettext("{count} line", "{count} lines", len(records))
        out.write(f"({lines.format(count=len(records))})\n")
    return EXIT_OK

"""`intzaken export open-data --year YYYY --out FOLDER`: the year's trips that took place
as open data, a CSV file and its DCAT-AP-DONL metadata (exchange/open_data.py)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TextIO

from ..exchange.open_data import export_open_data
from ..i18n import _, ngettext
from ..store.errors import StoreError
from ..store.location import Location
from .exchange_command import write_from

EXIT_OK = 0


def run_open_data(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    if args.year is None:
        raise StoreError(database, _("Give the year with --year YYYY."))
    folder: Path = args.out or Path.cwd() / _("open-data-{year}").format(year=args.year)
    if folder.exists() and not folder.is_dir():
        raise StoreError(folder, _("{path} is a file, not a folder.").format(path=folder))
    today = dt.date.today()
    written = write_from(
        database,
        folder,
        lambda session: export_open_data(session, args.year, folder, modified=today),
    )
    out.write(
        ngettext(
            "Open data with {count} trip written to {path}",
            "Open data with {count} trips written to {path}",
            written.trips,
        ).format(count=written.trips, path=written.csv_path.resolve())
        + "\n"
    )
    out.write(
        _("Metadata (DCAT-AP-DONL): {path}").format(path=written.metadata_path.resolve()) + "\n"
    )
    return EXIT_OK

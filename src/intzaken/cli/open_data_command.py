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
from ..store.reading import open_for_reading

EXIT_OK = 0


def run_open_data(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    if args.year is None:
        raise StoreError(database, _("Give the year with --year YYYY."))
    folder: Path = args.out or Path.cwd() / _("open-data-{year}").format(year=args.year)
    if folder.exists() and not folder.is_dir():
        raise StoreError(folder, _("{path} is a file, not a folder.").format(path=folder))
    opened = open_for_reading(database)
    try:
        with opened.sessions() as session:
            try:
                written = export_open_data(session, args.year, folder, modified=dt.date.today())
            except OSError as exc:
                raise StoreError(
                    folder,
                    _("{path} cannot be written: {error}").format(
                        path=folder, error=exc.strerror or exc
                    ),
                ) from exc
    finally:
        opened.close()
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

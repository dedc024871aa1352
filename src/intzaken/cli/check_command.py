"""`intzaken check`: the file's soundness with the points of attention in its figures,
or one trip's readiness (--trip)."""

from __future__ import annotations

import argparse
from typing import TextIO

from ..i18n import _, ngettext
from ..services.plausibility import plausibility_findings
from ..store.location import Location, ServerAddress
from ..store.reading import open_for_reading
from .commands import EXIT_OK, shown


def run_check(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    if getattr(args, "trip", None) is not None:
        from .readiness_command import run_trip_check  # the readiness rules: only here

        return run_trip_check(args, database, out)
    # A server keeps its own pages sound (and checks them itself); a file is checked once,
    # thoroughly, as it is opened for reading only: a check must also work on a full disk
    # or a read-only file.
    opened = open_for_reading(database, thorough=True)
    try:
        # A Core connection: the findings are read as rows, without the ORM.
        with opened.engine.connect() as connection:
            findings = plausibility_findings(connection)
    finally:
        opened.close()
    sound = (
        _("Team database {database}: sound.")
        if isinstance(database, ServerAddress)
        else _("File {database}: sound.")
    )
    out.write(sound.format(database=shown(database)) + "\n")
    if not findings:
        out.write(_("No points of attention.") + "\n")
    else:
        count = len(findings)
        out.write(
            ngettext("{count} point of attention:", "{count} points of attention:", count).format(
                count=count
            )
            + "\n"
        )
        for finding in findings:
            out.write(f"- {finding.subject} {finding.message}\n")
    return EXIT_OK

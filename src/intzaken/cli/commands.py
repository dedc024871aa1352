"""What each subcommand does; errors become a message (in the chosen language) and a
non-zero exit status."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path
from typing import TextIO

from sqlalchemy.exc import DBAPIError

from ..demo.build import DemoTargetInUseError, write_demo
from ..demo.loader import DemoDataError
from ..formatting import date_time
from ..i18n import _, ngettext
from ..new_database import create_database
from ..paths import user_database_path
from ..registers import RegisterKey
from ..services.errors import ServiceError
from ..services.plausibility import plausibility_findings
from ..services.register_specs import SPECS
from ..store.errors import DatabaseDamagedError, ForeignSchemaError, StoreError
from ..store.failures import failure_for
from ..store.instance_lock import describe_process
from ..store.location import Location, ServerAddress
from ..store.reading import open_for_reading
from ..store.recovery import COUNTED, counted_records, newest_sound_backup
from ..store.rotation import backups_folder
from ..store.sync_folders import sync_warning
from ..travel.origin import TravelCopyError
from .backup_command import run_backup, run_restore
from .exchange_command import run_export, run_import
from .history_command import run_history
from .output import write_csv, write_json, write_table
from .readiness_command import run_trip_check
from .report_command import run_report
from .search_command import run_search
from .travel_command import run_merge, run_travel_copy

EXIT_OK, EXIT_ERROR, EXIT_DAMAGED = 0, 1, 3


def run(
    command: str, args: argparse.Namespace, database: Location, out: TextIO, err: TextIO
) -> int:
    if isinstance(database, Path):
        database = database.expanduser()
        # Said once per command, whatever it does: the file is at risk there either way.
        warning = sync_warning(database, user_database_path().parent)
        if warning is not None:
            err.write(f"{warning}\n")
    # Named to whoever is refused.
    describe_process(_("the command 'intzaken {command}'").format(command=command))
    try:
        return COMMANDS[command](args, database, out)
    except DatabaseDamagedError as exc:
        assert exc.path is not None  # only a file can be damaged in a way we can see
        err.write(f"{exc}\n{_newest_sound_backup_hint(exc.path)}")
        return EXIT_DAMAGED
    except ForeignSchemaError as exc:
        # The database itself (not a backup or travel copy named on the command line):
        # its backups from before the foreign object came in are the way back.
        ours = isinstance(database, Path) and exc.path == database.resolve()
        hint = _newest_sound_backup_hint(exc.path) if ours and exc.path is not None else ""
        err.write(f"{_error_text(exc)}\n{hint}")
        return EXIT_ERROR
    except (StoreError, ServiceError, DemoTargetInUseError, DemoDataError, TravelCopyError) as exc:
        err.write(f"{_error_text(exc)}\n")
        return EXIT_ERROR
    except (OSError, sqlite3.Error, DBAPIError) as exc:
        where = database if isinstance(database, ServerAddress) else database.resolve()
        failure = failure_for(where, exc)
        if failure is None:
            raise
        err.write(f"{_error_text(failure)}\n")
        return EXIT_ERROR


def _error_text(error: object) -> str:
    """`Fout: ...` ("Error: ...") before a message."""
    return _("Error: {message}").format(message=error)


def _shown(database: Location) -> str:
    return str(database) if isinstance(database, ServerAddress) else str(database.resolve())


def _newest_sound_backup_hint(path: Path) -> str:
    found = newest_sound_backup(path)
    if found is None:
        return (
            _("No sound backup was found in {folder}.").format(folder=backups_folder(path)) + "\n"
        )
    backup, summary = found
    return (
        _("The newest sound backup is from {moment} ({contents}). To restore it:").format(
            moment=date_time(backup.taken_at), contents=summary.contents()
        )
        + f"\n  intzaken restore --db {path} {backup.path}\n"
    )


def _demo(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    counts = write_demo(database, args.profile, force=args.force)
    contents = ", ".join(counted_records(table, counts[table]) for table, _key in COUNTED)
    out.write(
        _("Demo database '{profile}' written to {database}: {contents}.").format(
            profile=args.profile, database=_shown(database), contents=contents
        )
        + "\n"
    )
    return EXIT_OK


def _init(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    if isinstance(database, Path) and database.exists() and database.stat().st_size > 0:
        raise StoreError(
            database,
            _("{path} already exists; choose another name with --db.").format(path=database),
        )
    create_database(database, args.organisation, exclusive=True).close()
    out.write(
        _("New database for {organisation} made: {database}").format(
            organisation=args.organisation.strip(), database=_shown(database)
        )
        + "\n"
    )
    return EXIT_OK


def _list(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    opened = open_for_reading(database)
    try:
        with opened.sessions() as session:
            records = SPECS[RegisterKey(args.register)].records(session, args.year)
    finally:
        opened.close()
    if args.format == "json":
        write_json(records, out)
    elif args.format == "csv":
        write_csv(records, out)
    else:
        write_table(args.register, records, out)
        lines = ngettext("{count} line", "{count} lines", len(records))
        out.write(f"({lines.format(count=len(records))})\n")
    return EXIT_OK


def _check(args: argparse.Namespace, database: Location, out: TextIO) -> int:
    if getattr(args, "trip", None) is not None:
        return run_trip_check(args, database, out)
    # A server keeps its own pages sound (and checks them itself); a file is checked once,
    # thoroughly, as it is opened for reading only: a check must also work on a full disk
    # or a read-only file.
    opened = open_for_reading(database, thorough=True)
    try:
        with opened.sessions() as session:
            findings = plausibility_findings(session)
    finally:
        opened.close()
    sound = (
        _("Team database {database}: sound.")
        if isinstance(database, ServerAddress)
        else _("File {database}: sound.")
    )
    out.write(sound.format(database=_shown(database)) + "\n")
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


COMMANDS = {
    "demo": _demo,
    "init": _init,
    "list": _list,
    "check": _check,
    "report": run_report,
    "backup": run_backup,
    "restore": run_restore,
    "export": run_export,
    "import": run_import,
    "history": run_history,
    "travel-copy": run_travel_copy,
    "merge": run_merge,
    "search": run_search,
}

"""What each subcommand does; errors become a message (in the chosen language) and a
non-zero exit status.

Each command's module is imported only when that command runs: `intzaken list trips`
need not load the reports, the import or the travel copies (measured with
`python -X importtime`, benchmarks/run.py's command-line rows).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import TextIO

from sqlalchemy.exc import DBAPIError

from ..demo.errors import DemoDataError, DemoTargetInUseError
from ..heap import collect_from_here_on
from ..i18n import _
from ..paths import user_database_path
from ..services.errors import ServiceError
from ..store.errors import DatabaseDamagedError, ForeignSchemaError, StoreError
from ..store.failures import failure_for
from ..store.instance_lock import describe_process
from ..store.location import Location, ServerAddress
from ..store.sync_folders import sync_warning
from ..travel.errors import TravelCopyError

EXIT_OK, EXIT_ERROR, EXIT_DAMAGED = 0, 1, 3

Runner = Callable[[argparse.Namespace, Location, TextIO], int]

# command -> (module in intzaken.cli, function): imported when the command runs.
COMMANDS: dict[str, tuple[str, str]] = {
    "demo": ("demo_command", "run_demo"),
    "init": ("demo_command", "run_init"),
    "list": ("register_command", "run_list"),
    "check": ("check_command", "run_check"),
    "report": ("report_command", "run_report"),
    "backup": ("backup_command", "run_backup"),
    "restore": ("backup_command", "run_restore"),
    "export": ("exchange_command", "run_export"),
    "import": ("exchange_command", "run_import"),
    "history": ("history_command", "run_history"),
    "officials": ("officials_command", "run_officials"),
    "travel-copy": ("travel_command", "run_travel_copy"),
    "merge": ("travel_command", "run_merge"),
    "search": ("search_command", "run_search"),
    "places": ("places_command", "run_places"),
    "estimate": ("estimate_command", "run_estimate"),
}


def runner(command: str) -> Runner:
    module, function = COMMANDS[command]
    found: Runner = getattr(import_module(f"{__package__}.{module}"), function)
    return found


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
        command_function = runner(command)
        collect_from_here_on()  # the command's code is imported; what it makes may be garbage
        return command_function(args, database, out)
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
    except Exception as exc:
        # The row readers (services/trip_records.py) query through the driver's own
        # connection: a server's refusal comes as psycopg's error, not SQLAlchemy's.
        psycopg = sys.modules.get("psycopg")
        if not (isinstance(database, ServerAddress) and psycopg and isinstance(exc, psycopg.Error)):
            raise
        failure = failure_for(database, exc)
        if failure is None:
            raise
        err.write(f"{_error_text(failure)}\n")
        return EXIT_ERROR


def _error_text(error: object) -> str:
    """`Fout: ...` ("Error: ...") before a message."""
    return _("Error: {message}").format(message=error)


def shown(database: Location) -> str:
    """The database as a command's output names it: a file's full path, or an address."""
    return str(database) if isinstance(database, ServerAddress) else str(database.resolve())


def _newest_sound_backup_hint(path: Path) -> str:
    # Only after damage was found: the backups are read and checked then (and Babel,
    # which `list` does not need, is loaded for the moment's date).
    from ..formatting import date_time
    from ..store.recovery import newest_sound_backup
    from ..store.rotation import backups_folder

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

"""Opening, creating and locating databases for the window (files, and team databases on
a server), with refusals in the window's language (the store's and services' own in
theirs)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths

from ..paths import APP_NAME
from ..services.errors import ServiceError
from ..store.errors import StoreError
from ..store.location import Location, ServerAddress

if TYPE_CHECKING:
    from ..store.database import Database, StepListener

# The store, the services and the demo builder (SQLAlchemy, Alembic) are imported when a
# file is first opened: the window is on screen before that.

SUFFIX = ".sqlite"
translate = QCoreApplication.translate


class OpenRefused(Exception):
    """A database that could not be opened or created; `str()` is the reason."""


def open_file(
    location: Location,
    *,
    create_organisation: str | None = None,
    on_step: StepListener | None = None,
) -> Database:
    """Open (or create) a database; `on_step` hears of the long steps of opening a file
    (ui/opening.py runs this off the GUI thread and shows them)."""
    import sqlite3

    from ..store.database import open_database

    if isinstance(location, ServerAddress):
        return _open_server(location, create_organisation)
    path = location
    try:
        # Exclusive: one window per file, so no one works on a copy of the truth.
        if create_organisation is not None:
            from ..new_database import create_database

            return create_database(path, create_organisation, exclusive=True)
        if on_step is None:
            return open_database(path, exclusive=True, check_in_background=True)
        return open_database(path, exclusive=True, check_in_background=True, on_step=on_step)
    except (StoreError, ServiceError) as exc:
        raise OpenRefused(str(exc)) from exc
    except sqlite3.OperationalError as exc:
        raise OpenRefused(_cannot_open(path, exc)) from exc
    except PermissionError as exc:
        raise OpenRefused(
            translate("Files", "No access to {path}: you may not read or write this file.").format(
                path=path
            )
        ) from exc
    except OSError as exc:
        raise OpenRefused(_cannot_open(path, exc.strerror or exc)) from exc


def _cannot_open(path: Path, reason: object) -> str:
    return translate("Files", "The file {path} cannot be opened: {reason}.").format(
        path=path, reason=reason
    )


def _open_server(address: ServerAddress, create_organisation: str | None) -> Database:
    """A team database: no lock (the whole team works in it) and no check of ours."""
    from sqlalchemy.exc import DBAPIError

    from ..store.database import open_database
    from ..store.server_errors import server_failure

    try:
        if create_organisation is not None:
            from ..new_database import create_database

            return create_database(address, create_organisation)
        return open_database(address)
    except (StoreError, ServiceError) as exc:
        raise OpenRefused(str(exc)) from exc
    except DBAPIError as exc:
        failure = server_failure(address, exc)
        if failure is None:
            raise
        raise OpenRefused(str(failure)) from failure


def with_suffix(path: Path) -> Path:
    return path if path.suffix else path.with_suffix(SUFFIX)


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def demo_path() -> Path:
    """The demo lives apart from real work, in the user's data folder."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "demo" / "rotterdam-demo.sqlite"


def write_demo_file(path: Path) -> str | None:
    """(Re)write the Rotterdam demo at `path`; a message when that is refused."""
    from ..demo.build import DemoTargetInUseError, write_demo

    try:
        write_demo(path, "rotterdam")
    except (DemoTargetInUseError, StoreError, ServiceError) as exc:
        return str(exc)
    except OSError as exc:
        return translate("Files", "The demo cannot be written to {path}: {reason}.").format(
            path=path, reason=exc.strerror or exc
        )
    return None

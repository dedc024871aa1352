"""Making a new, empty database for an organisation (command line and window alike)."""

from __future__ import annotations

from pathlib import Path

from .services.organisation import OrganisationData, set_organisation
from .services.places import sync_countries
from .store.database import Database, open_database
from .store.errors import StoreError


def create_database(path: Path, organisation: str, *, exclusive: bool = False) -> Database:
    """A new database at `path` with the organisation and the world's countries.

    Refuses an existing file; if the organisation is refused, no file stays behind.
    """
    if path.exists() and path.stat().st_size > 0:
        raise StoreError(path, f"{path} bestaat al; kies een andere naam.")
    database = open_database(path, create=True, exclusive=exclusive)
    try:
        with database.sessions.begin() as session:
            sync_countries(session)
            set_organisation(session, OrganisationData(name=organisation))
    except BaseException:
        database.close()
        for leftover in (path, path.with_name(path.name + "-wal"),
                         path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)  # nothing half-made stays behind
        raise
    return database

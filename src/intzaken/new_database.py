"""Making a new, empty database for an organisation (command line and window alike)."""

from __future__ import annotations

from .i18n import _
from .services.data import OrganisationData
from .services.organisation import set_organisation
from .services.places import sync_countries
from .store.database import Database, open_database
from .store.errors import StoreError
from .store.location import Location, ServerAddress


def create_database(location: Location, organisation: str, *, exclusive: bool = False) -> Database:
    """A new database at `location` with the organisation and the world's countries.

    Refuses an existing file; if the organisation is refused, no file stays behind. On a
    server the database itself is made by its administrator; this sets up its tables and
    refuses one that already has an organisation.
    """
    if isinstance(location, ServerAddress):
        return _set_up_on_server(location, organisation)
    path = location
    if path.exists() and path.stat().st_size > 0:
        raise StoreError(path, _("{path} already exists; choose another name.").format(path=path))
    database = open_database(path, create=True, exclusive=exclusive)
    try:
        with database.sessions.begin() as session:
            sync_countries(session)
            set_organisation(session, OrganisationData(name=organisation))
    except BaseException:
        database.close()
        for leftover in (
            path,
            path.with_name(path.name + "-wal"),
            path.with_name(path.name + "-shm"),
        ):
            leftover.unlink(missing_ok=True)  # nothing half-made stays behind
        raise
    return database


def _set_up_on_server(address: ServerAddress, organisation: str) -> Database:
    """Under the schema lock (store/server.py), so that of two first opens or `init`s at
    once the second waits and finds the organisation there: set up by the first with
    the same name it is what was asked for; with another name it is refused."""
    from .services.organisation import get_organisation
    from .store.server import hold_schema_lock

    database = open_database(address, create=True)
    try:
        with database.sessions.begin() as session:
            hold_schema_lock(session.connection())
            existing = get_organisation(session)
            if existing is not None and existing.name == organisation.strip():
                return database
            if existing is not None:
                raise StoreError(
                    address,
                    _(
                        "The team database {database} on {server} has already been set up, "
                        "for {organisation}; just open it."
                    ).format(
                        database=address.database_name,
                        server=address.server,
                        organisation=existing.name,
                    ),
                )
            sync_countries(session)
            set_organisation(session, OrganisationData(name=organisation))
    except BaseException:
        database.close()
        raise
    return database

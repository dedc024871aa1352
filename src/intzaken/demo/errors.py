"""What can go wrong writing a demo, apart from the code that writes it: the command
line names these among the errors it reports without loading the services for them."""

from __future__ import annotations

from ..i18n import _
from ..store.location import Location, ServerAddress


class DemoTargetInUseError(Exception):
    def __init__(self, location: Location) -> None:
        if isinstance(location, ServerAddress):
            message = _(
                "The team database {database} on {server} already holds data that is not "
                "a demo. Intzaken does not replace it, not even with --force: choose "
                "another, empty database with --db."
            ).format(database=location.database_name, server=location.server)
        else:
            message = _(
                "{path} already holds data that is not a demo. Choose another file with "
                "--db, or use --force to replace it (a backup is made first)."
            ).format(path=location)
        super().__init__(message)


class DemoDataError(Exception):
    """A demo file that does not fit the services: a bug in resources/demo, not user error."""

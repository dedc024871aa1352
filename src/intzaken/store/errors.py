"""Why a database could not be opened, in words for the user (in the current language)."""

from __future__ import annotations

from pathlib import Path

from ..i18n import N_, _, ngettext
from .location import Location


class StoreError(Exception):
    """A database that cannot be used as it is. `str()` is the message for the user.

    `location` is the file or the server's database; `path` the file, None for a server."""

    def __init__(self, location: Location, message: str) -> None:
        super().__init__(message)
        self.location = location
        self.path = location if isinstance(location, Path) else None


class DatabaseMissingError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(path, _("The database file {path} does not exist.").format(path=path))


class DatabaseDamagedError(StoreError):
    def __init__(self, path: Path, details: list[str]) -> None:
        shown = "; ".join(details[:5])
        super().__init__(
            path,
            _(
                "The database file {path} is damaged ({details}). Nothing has been written "
                "to it. Restore a recent backup."
            ).format(path=path, details=shown),
        )
        self.details = details


class NotAnIntzakenDatabaseError(StoreError):
    def __init__(self, location: Location) -> None:
        if isinstance(location, Path):
            message = _("The file {path} is not an Intzaken database.").format(path=location)
        else:
            message = _(
                "The database {database} on {server} is not an Intzaken database: it "
                "already holds tables of another program. Ask the administrator for an "
                "empty database of its own for Intzaken."
            ).format(database=location.database_name, server=location.server)
        super().__init__(location, message)


# What is not done with a foreign file, translated where the message is made.
NOT_OPENED = N_("it is not opened")


class ForeignSchemaError(NotAnIntzakenDatabaseError):
    """A file whose schema is not the one Intzaken itself makes (store/schema_trust.py):
    an object of someone else's would run inside our transactions. `findings` are
    phrases (translated) that each complete "The file <path> ..."; `refusal` says what is
    not done with it, an untranslated id such as schema_trust.OPENED ("it is not
    opened"), translated here."""

    SHOWN = 5  # findings named in the message; `findings` keeps them all

    def __init__(self, path: Path, findings: list[str], refusal: str = NOT_OPENED) -> None:
        shown = findings[: self.SHOWN]
        listed = (
            shown[0]
            if len(shown) == 1
            else _("{first} and {last}").format(first=", ".join(shown[:-1]), last=shown[-1])
        )
        more = len(findings) - len(shown)
        if more:
            listed += ngettext(
                " (and {count} other difference)", " (and {count} other differences)", more
            ).format(count=more)
        StoreError.__init__(
            self,
            path,
            _("The file {path} {findings}; {refusal}.").format(
                path=path, findings=listed, refusal=_(refusal)
            ),
        )
        self.findings = findings


class DatabaseTooNewError(StoreError):
    def __init__(self, location: Location, revision: str) -> None:
        if isinstance(location, Path):
            message = _(
                "The database file {path} was made or updated with a newer version of "
                "Intzaken (schema version {revision}). Install the latest version to open it."
            ).format(path=location, revision=revision)
        else:
            message = _(
                "The team database {database} on {server} was made or updated with a newer "
                "version of Intzaken (schema version {revision}). Install the latest version "
                "to open it."
            ).format(database=location.database_name, server=location.server, revision=revision)
        super().__init__(location, message)
        self.revision = revision


class MigrationFailedError(StoreError):
    def __init__(self, path: Path, backup: Path, reason: str) -> None:
        super().__init__(
            path,
            _(
                "Updating {path} to the new schema version failed ({reason}). The file has "
                "been restored from the copy {backup}."
            ).format(path=path, reason=reason, backup=backup),
        )
        self.backup = backup


class FileInUseError(StoreError):
    """Another Intzaken (a window or a writing command) has the file (see
    store.instance_lock)."""

    def __init__(self, path: Path, holder: str) -> None:
        who = f" ({holder})" if holder else ""
        super().__init__(
            path,
            _(
                "The file {path} is already open in Intzaken{holder}. Close it there, or "
                "wait until that command has finished, and then try again: two writing to "
                "one file at the same time can make each other's changes disappear. Nothing "
                "has been changed."
            ).format(path=path, holder=who),
        )
        self.holder = holder


class ReadOnlyFileError(StoreError):
    def __init__(self, path: Path, *, folder: bool = False) -> None:
        where = (
            _("You may not write in the folder {folder}").format(folder=path.parent)
            if folder
            else _("The file {path} is read-only").format(path=path)
        )
        super().__init__(
            path,
            _(
                "{where}, and Intzaken must be able to save changes and backups. Copy the "
                "file to a folder you may write in (for example Documents), or have the "
                "administrator change the write permissions."
            ).format(where=where),
        )
        self.folder = folder


class UpdateNeedsWriteError(StoreError):
    """A file at an older schema, to be read where it may not be written."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            _(
                "The file {path} was made with an older version of Intzaken and must first "
                "be updated to the new schema version. For that Intzaken must be able to "
                "write in it, and that is not allowed here. Open a copy in a folder you may "
                "write in, or have the administrator change the write permissions."
            ).format(path=path),
        )


class NoAccessError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            _(
                "You have no access to {path}: Windows or the network administrator does not "
                "allow reading or writing. Ask the administrator for permissions, or copy the "
                "file to a folder of your own."
            ).format(path=path),
        )


class DiskFullError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            _(
                "The disk that holds {path} is full, so nothing has been saved. Free some "
                "space (for example by deleting old downloads) and try again."
            ).format(path=path),
        )


class FileUnreachableError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            _(
                "The file {path} can no longer be reached: was the network drive or USB "
                "stick disconnected, or was the file moved? Nothing has been saved. Reconnect "
                "it and try again."
            ).format(path=path),
        )


class FileBusyError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            _(
                "The file {path} is busy in another program for a moment (for example an "
                "import or a backup). Nothing has been saved; try again shortly."
            ).format(path=path),
        )


class SameFileError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            _("{path} is the database file itself, not a backup of it. Choose a backup.").format(
                path=path
            ),
        )

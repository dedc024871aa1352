"""Why a database file could not be opened, in words for the user (Dutch)."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """A database file that cannot be used as it is. `str()` is the message for the user."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path


class DatabaseMissingError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(path, f"Het databasebestand {path} bestaat niet.")


class DatabaseDamagedError(StoreError):
    def __init__(self, path: Path, details: list[str]) -> None:
        shown = "; ".join(details[:5])
        super().__init__(
            path,
            f"Het databasebestand {path} is beschadigd ({shown}). Er is niets naar "
            "geschreven. Zet een recente back-up terug.")
        self.details = details


class NotAnIntzakenDatabaseError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(path, f"Het bestand {path} is geen Intzaken-database.")


class DatabaseTooNewError(StoreError):
    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            path,
            f"Het databasebestand {path} is gemaakt met een nieuwere versie van Intzaken "
            f"(schemaversie {revision}). Installeer de nieuwste versie om het te openen.")
        self.revision = revision


class MigrationFailedError(StoreError):
    def __init__(self, path: Path, backup: Path, reason: str) -> None:
        super().__init__(
            path,
            f"Het bijwerken van {path} naar de nieuwe schemaversie is mislukt ({reason}). "
            f"Het bestand is teruggezet uit de kopie {backup}.")
        self.backup = backup

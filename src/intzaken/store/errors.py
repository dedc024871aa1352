"""Why a database could not be opened, in words for the user (Dutch)."""

from __future__ import annotations

from pathlib import Path

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
        super().__init__(path, f"Het databasebestand {path} bestaat niet.")


class DatabaseDamagedError(StoreError):
    def __init__(self, path: Path, details: list[str]) -> None:
        shown = "; ".join(details[:5])
        super().__init__(
            path,
            f"Het databasebestand {path} is beschadigd ({shown}). Er is niets naar "
            "geschreven. Zet een recente back-up terug.",
        )
        self.details = details


class NotAnIntzakenDatabaseError(StoreError):
    def __init__(self, location: Location) -> None:
        if isinstance(location, Path):
            message = f"Het bestand {location} is geen Intzaken-database."
        else:
            message = (
                f"De database {location.database_name} op {location.server} is geen "
                "Intzaken-database: er staan al tabellen van een ander programma in. "
                "Vraag de beheerder om een eigen, lege database voor Intzaken."
            )
        super().__init__(location, message)


class ForeignSchemaError(NotAnIntzakenDatabaseError):
    """A file whose schema is not the one Intzaken itself makes (store/schema_trust.py):
    an object of someone else's would run inside our transactions. `findings` are
    Dutch phrases that each complete "Het bestand <pad> ..."; `refusal` says what is
    not done with it ("het wordt niet geopend")."""

    SHOWN = 5  # findings named in the message; `findings` keeps them all

    def __init__(
        self, path: Path, findings: list[str], refusal: str = "het wordt niet geopend"
    ) -> None:
        shown = findings[: self.SHOWN]
        listed = shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} en {shown[-1]}"
        more = len(findings) - len(shown)
        if more:
            listed += f" (en nog {more} andere afwijking{'en' if more > 1 else ''})"
        StoreError.__init__(self, path, f"Het bestand {path} {listed}; {refusal}.")
        self.findings = findings


class DatabaseTooNewError(StoreError):
    def __init__(self, location: Location, revision: str) -> None:
        what = (
            f"Het databasebestand {location} is"
            if isinstance(location, Path)
            else f"De teamdatabase {location.database_name} op {location.server} is"
        )
        super().__init__(
            location,
            f"{what} gemaakt of bijgewerkt met een nieuwere versie van Intzaken "
            f"(schemaversie {revision}). Installeer de nieuwste versie om "
            f"{'het' if isinstance(location, Path) else 'haar'} te openen.",
        )
        self.revision = revision


class MigrationFailedError(StoreError):
    def __init__(self, path: Path, backup: Path, reason: str) -> None:
        super().__init__(
            path,
            f"Het bijwerken van {path} naar de nieuwe schemaversie is mislukt ({reason}). "
            f"Het bestand is teruggezet uit de kopie {backup}.",
        )
        self.backup = backup


class FileInUseError(StoreError):
    """Another Intzaken (a window or a writing command) has the file (see
    store.instance_lock)."""

    def __init__(self, path: Path, holder: str) -> None:
        who = f" ({holder})" if holder else ""
        super().__init__(
            path,
            f"Het bestand {path} is al geopend in Intzaken{who}. Sluit het daar, of wacht "
            "tot die opdracht klaar is, en probeer het dan opnieuw: wie tegelijk in één "
            "bestand schrijft, kan elkaars wijzigingen laten verdwijnen. Er is niets "
            "gewijzigd.",
        )
        self.holder = holder


class ReadOnlyFileError(StoreError):
    def __init__(self, path: Path, *, folder: bool = False) -> None:
        where = (
            f"In de map {path.parent} mag u niet schrijven"
            if folder
            else f"Het bestand {path} is alleen-lezen"
        )
        super().__init__(
            path,
            f"{where}, en Intzaken moet wijzigingen en back-ups kunnen opslaan. Kopieer het "
            "bestand naar een map waarin u mag schrijven (bijvoorbeeld Documenten), of laat "
            "de beheerder de schrijfrechten aanpassen.",
        )
        self.folder = folder


class UpdateNeedsWriteError(StoreError):
    """A file at an older schema, to be read where it may not be written."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"Het bestand {path} is gemaakt met een oudere versie van Intzaken en moet eerst "
            "worden bijgewerkt naar de nieuwe schemaversie. Daarvoor moet Intzaken erin "
            "kunnen schrijven, en dat mag hier niet. Open een kopie in een map waarin u mag "
            "schrijven, of laat de beheerder de schrijfrechten aanpassen.",
        )


class NoAccessError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"U heeft geen toegang tot {path}: Windows of de netwerkbeheerder staat lezen "
            "of schrijven niet toe. Vraag de beheerder om rechten, of kopieer het bestand "
            "naar een map van uzelf.",
        )


class DiskFullError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"De schijf waarop {path} staat is vol, dus er is niets opgeslagen. Maak ruimte "
            "vrij (bijvoorbeeld door oude downloads te verwijderen) en probeer het opnieuw.",
        )


class FileUnreachableError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"Het bestand {path} is niet meer bereikbaar: is de netwerkschijf of USB-stick "
            "losgekoppeld, of is het bestand verplaatst? Er is niets opgeslagen. Sluit de "
            "verbinding weer aan en probeer het opnieuw.",
        )


class FileBusyError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"Het bestand {path} is even bezet door een ander programma (bijvoorbeeld een "
            "import of een back-up). Er is niets opgeslagen; probeer het zo opnieuw.",
        )


class SameFileError(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path, f"{path} is het databasebestand zelf, geen back-up ervan. Kies een back-up."
        )

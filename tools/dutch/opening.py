"""Dutch of opening a file off the GUI thread (issue 22): what the wait is for."""

DUTCH = {
    "Opening the file…": "Het bestand wordt geopend…",
    "Please wait": "Even geduld",
    "Checking the file…": "Controleren van het bestand…",
    "Copying the file aside before it is brought up to date…": (
        "Het bestand wordt eerst apart gekopieerd voordat het wordt bijgewerkt…"
    ),
    "Bringing the file up to date for this version of Intzaken. This cannot be "
    "cancelled: a copy made just before is put back if it fails.": (
        "Het bestand wordt bijgewerkt voor deze versie van Intzaken. Dit kan niet worden "
        "afgebroken: als het mislukt, wordt de kopie van zojuist teruggezet."
    ),
    "Cancelling…": "Afbreken…",
    "Putting the backup back…": "De back-up wordt teruggezet…",
    "Cancel": "Annuleren",
}

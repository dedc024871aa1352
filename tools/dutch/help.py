"""Dutch for Help → Handleiding (ui/help_viewer.py)."""

DUTCH = {
    "The user guide was not installed with this program.": "De handleiding is niet met dit programma meegeïnstalleerd.",
    "&User guide": "&Handleiding",
    "The user guide, in Dutch, without a network": "De handleiding, ook zonder netwerk",
    "User guide": "Handleiding",
    # In English the title says that the pages are Dutch; in Dutch there is no need.
    "User guide (in Dutch)": "Handleiding",
    "The user guide is not installed with this program. Ask whoever installed Intzaken to "
    "install it again.": "De handleiding is niet met dit programma meegeïnstalleerd. Vraag wie Intzaken heeft "
    "geïnstalleerd om het opnieuw te installeren.",
    "Back": "Terug",
    "Forward": "Vooruit",
    "Contents": "Inhoud",
    "Find in this page": "Zoeken op deze pagina",
}

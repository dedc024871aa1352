"""Dutch for restoring backups (ui/restore_dialog.py, ui/recovery.py, the File menu)."""

DUTCH = {
    "Restore a b&ackup…": "Bac&k-up terugzetten…",
    "Put a backup back into this file, after showing what it holds": "Zet een back-up terug in dit bestand, nadat is getoond wat erin staat",
    # reasons a backup was made
    "daily (automatic)": "dagelijks (automatisch)",
    "before a schema update": "vóór een schema-update",
    "before an import": "vóór een import",
    "before a restore": "vóór het terugzetten",
    "before the demo was written": "vóór het schrijven van de demo",
    "made by hand": "met de hand gemaakt",
    # what a backup holds
    "This file is damaged and cannot be put back.": "Dit bestand is beschadigd en kan niet worden teruggezet.",
    "Organisation: {name}": "Organisatie: {name}",
    "Contains: {contents}": "Bevat: {contents}",
    "Latest trip starts on {date}": "Laatste reis begint op {date}",
    # the dialog
    "Restore a backup": "Back-up terugzetten",
    "Choose the copy to put back into {file}. What the file holds now is kept as a backup "
    "first, so this can be undone by restoring that copy.": "Kies de kopie die terug moet in {file}. Wat er nu in staat, wordt eerst als "
    "back-up bewaard; zo kunt u dit ongedaan maken door die kopie terug te zetten.",
    "Made on": "Gemaakt op",
    "Why": "Aanleiding",
    "Backups": "Back-ups",
    "What the backup holds": "Inhoud van de back-up",
    "&Restore": "&Terugzetten",
    "&Other file…": "&Ander bestand…",
    "There are no backups in {folder} yet.": "Er staan nog geen back-ups in {folder}.",
    "Choose a backup": "Kies een back-up",
    # restoring and the offer after damage
    "Restore failed": "Terugzetten mislukt",
    "Nothing was changed. {error}": "Er is niets veranderd. {error}",
    "The damaged file is kept untouched as {file}.": "Het beschadigde bestand is onaangeroerd bewaard als {file}.",
    "What the file held before is kept as {file}.": "Wat er eerst in het bestand stond, is bewaard als {file}.",
    "Backup restored": "Back-up teruggezet",
    "{file} now holds the backup: {contents}.": "{file} bevat nu de back-up: {contents}.",
    "The file is damaged": "Het bestand is beschadigd",
    "The newest sound backup was made on {when}.\n{details}\n\nThe damaged file is not "
    "changed: it is moved, untouched, into {folder}.": "De nieuwste goede back-up is gemaakt op {when}.\n{details}\n\nAan het beschadigde "
    "bestand wordt niets veranderd: het wordt onaangeroerd verplaatst naar {folder}.",
    "&Restore this backup": "Deze back-up &terugzetten",
    "&Choose another backup…": "&Andere back-up kiezen…",
    "No sound backup was found in {folder}. Ask the service desk for the copy on the "
    "network or in the municipality's backup.": "Geen goede back-up gevonden in {folder}. Vraag de servicedesk om de kopie op het "
    "netwerk of uit de back-up van de gemeente.",
}

"""Dutch for texts with a count (Qt's plural forms: singular, plural), the icons' and the
welcome dialog's texts, and sentences reworded so that they start with a capital."""

DUTCH = {
    # The welcome dialog
    "Choose the file to work in.": "Kies het bestand waarin u wilt werken.",
    # Counts: (one, more)
    "%n day(s) ago": ("%n dag geleden", "%n dagen geleden"),
    "in %n day(s)": ("over %n dag", "over %n dagen"),
    "in at least %n day(s)": ("over ten minste %n dag", "over ten minste %n dagen"),
    "expired %n day(s) ago": ("%n dag geleden verlopen", "%n dagen geleden verlopen"),
    "and %n more trip(s)": ("en nog %n reis", "en nog %n reizen"),
    "%n point(s)": ("%n punt", "%n punten"),
    "%n record(s) added or changed.": (
        "%n record is toegevoegd of gewijzigd.",
        "%n records zijn toegevoegd of gewijzigd.",
    ),
    "%n entry(s), by {authors}": ("%n regel, door {authors}", "%n regels, door {authors}"),
    "%n problem(s)": ("%n probleem", "%n problemen"),
    "{found} in %n row(s)": ("{found} in %n rij", "{found} in %n rijen"),
    "%n record(s) changed only in the team database stay as they are.": (
        "%n record dat alleen in de teamdatabase is gewijzigd, blijft zoals het is.",
        "%n records die alleen in de teamdatabase zijn gewijzigd, blijven zoals ze zijn.",
    ),
    "%Ln record(s)": ("%Ln record", "%Ln records"),
    "%n record(s) found": ("%n record gevonden", "%n records gevonden"),
    "The travel copy is merged: {added} added, {changed} changed, {deleted} deleted, "
    "%n change(s) of its history carried over.": (
        "De reiskopie is teruggezet: {added} toegevoegd, {changed} gewijzigd, {deleted} "
        "verwijderd, %n wijziging uit de geschiedenis overgenomen.",
        "De reiskopie is teruggezet: {added} toegevoegd, {changed} gewijzigd, {deleted} "
        "verwijderd, %n wijzigingen uit de geschiedenis overgenomen.",
    ),
}

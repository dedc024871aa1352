"""Dutch for the change history and for saves refused because someone else saved first."""

DUTCH = {
    # A save refused: someone else saved or deleted the record since the form read it
    "Changed by someone else": "Gewijzigd door iemand anders",
    "Your input is still in the form and has not been saved.": "Uw invoer staat nog in het formulier en is niet opgeslagen.",
    "Put my changes on the newest version": "Mijn wijzigingen op de nieuwste versie zetten",
    "Reload (discard my input)…": "Opnieuw laden (mijn invoer vervalt)…",
    "Back to the form": "Terug naar het formulier",
    "Deleted by someone else": "Verwijderd door iemand anders",
    "Your input is still in the form. You can save it as a new record.": "Uw invoer staat nog in het formulier. U kunt deze opslaan als nieuw record.",
    "Save as a new record": "Opslaan als nieuw record",
    "Reload": "Opnieuw laden",
    "Load the stored version? Your input in this form is lost.": "De opgeslagen versie laden? Uw invoer in dit formulier gaat verloren.",
    "The newest version (saved by {authors}) is in the form, with your changes on top. "
    "Check it, then save.": "De nieuwste versie (opgeslagen door {authors}) staat in het formulier, met uw "
    "wijzigingen erop. Controleer en sla dan op.",
    "Changed by you and by the other: {fields}. The form shows your input there.": "Door u én de ander gewijzigd: {fields}. Daar staat nu uw invoer.",
    "The newest version (saved by {authors}) is in the form; your input was discarded.": "De nieuwste versie (opgeslagen door {authors}) staat in het formulier; uw invoer "
    "is vervallen.",
    "Not saved: {authors} saved this record after you opened it. Save again to see what "
    "changed and choose how to go on.": "Niet opgeslagen: {authors} heeft dit record opgeslagen nadat u het opende. Klik "
    "opnieuw op Opslaan om te zien wat er veranderde en te kiezen hoe verder.",
    "The newest version (saved by {authors}) is in the form. Your changes could not be "
    "put on it: they name something that was deleted meanwhile.": "De nieuwste versie (opgeslagen door {authors}) staat in het formulier. Uw "
    "wijzigingen konden er niet op worden gezet: ze noemen iets dat intussen is "
    "verwijderd.",
    "Notice": "Melding",
    "Not undone: {error}": "Niet ongedaan gemaakt: {error}",
    "Not redone: {error}": "Niet opnieuw gedaan: {error}",
    # The history of a record
    "History of {title} — Intzaken": "Geschiedenis van {title} — Intzaken",
    "Date and time": "Datum en tijd",
    "By": "Door",
    "Field": "Veld",
    "Old value": "Oude waarde",
    "New value": "Nieuwe waarde",
    "Origin": "Herkomst",
    "Export…": "Exporteren…",
    "Write this history to a CSV file or an Excel workbook": "Schrijf deze geschiedenis naar een CSV-bestand of een Excel-werkmap",
    "No changes recorded yet.": "Nog geen wijzigingen vastgelegd.",
    "Export the history": "Geschiedenis exporteren",
    "Excel workbook (*.xlsx);;CSV file (*.csv)": "Excel-werkmap (*.xlsx);;CSV-bestand (*.csv)",
    "Not exported": "Niet geëxporteerd",
    "The history was not exported: {error}": "De geschiedenis is niet geëxporteerd: {error}",
    "&History…": "&Geschiedenis…",
    "Who changed the selected record when, field by field": "Wie het geselecteerde record wanneer wijzigde, veld voor veld",
}

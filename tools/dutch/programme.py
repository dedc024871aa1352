"""Dutch for the pocket programme and the programme as calendar (Reports page, menu)."""

DUTCH = {
    "A5": "A5",
    "Two A5 pages per A4 sheet": "Twee A5-pagina's per A4-vel",
    "Phone (one narrow column)": "Telefoon (één smalle kolom)",
    "Paper": "Papier",
    "&Paper": "&Papier",
    "Save programme as &calendar (.ics)…": "Programma opslaan als a&genda (.ics)…",
    "Calendar saved as {file}": "Agenda opgeslagen als {file}",
    "Save the programme as calendar": "Programma opslaan als agenda",
    "programme-{id}.ics": "programma-{id}.ics",
    "Calendar files (*.ics)": "Agendabestanden (*.ics)",
    "Not saved": "Niet opgeslagen",
    "The calendar could not be saved: {error}": "De agenda kon niet worden opgeslagen: {error}",
    "Calendar saved": "Agenda opgeslagen",
    "The trip has no programme yet; the calendar holds no events.": "De reis heeft nog geen programma; de agenda bevat geen afspraken.",
    "&Pocket programme of the selected trip": "&Zakprogramma van de gekozen reis",
    "Programme of the selected trip as &calendar (.ics)…": "Programma van de gekozen reis als a&genda (.ics)…",
}

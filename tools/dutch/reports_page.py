"""Dutch for the Reports page."""

DUTCH = {
    "From month": "Vanaf maand",
    "To month": "Tot en met maand",
    "Introduction of the annual overview; left empty, a standard text is used.":
        "Inleiding van het jaaroverzicht; leeg gelaten wordt een standaardtekst gebruikt.",
    "Introduction": "Inleiding",
    "&Trip": "&Reis",
    "&From": "&Vanaf",
    "&To": "&Tot en met",
    "&Introduction": "&Inleiding",
    "Language of the report": "Taal van het rapport",
    "Lan&guage": "Taa&l",
    "&Make the report": "Rapport &maken",
    "Ca&ncel": "&Annuleren",
    "Progress": "Voortgang",
    "&Open (view and print)": "&Openen (bekijken en afdrukken)",
    "&Save as…": "Op&slaan als…",
    "Choose a trip first.": "Kies eerst een reis.",
    "Making {report}…": "{report} wordt gemaakt…",
    "Ready: {file}": "Klaar: {file}",
    "The report could not be made: {error}": "Het rapport kon niet worden gemaakt: {error}",
    "Cancelled; no report was made.": "Geannuleerd; er is geen rapport gemaakt.",
    "Save the report as": "Rapport opslaan als",
    "PDF documents (*.pdf)": "PDF-documenten (*.pdf)",
    "The report could not be saved: {error}":
        "Het rapport kon niet worden opgeslagen: {error}",
    "Saved as {file}": "Opgeslagen als {file}",
}

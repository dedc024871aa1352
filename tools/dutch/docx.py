"""Dutch for the Word versions on the Reports page, its stale-file rules and the
dashboard's two totals (issue 21)."""

DUTCH = {
    "PDF (to print or publish)": "PDF (om af te drukken of te publiceren)",
    "Word document (to finish in your own template)": "Word-document (om in uw eigen sjabloon af te maken)",
    "File format": "Bestandsformaat",
    "Fo&rmat": "&Bestandsformaat",
    "The choice changed while the report was being made; make it again.": "De keuze is veranderd terwijl het rapport werd gemaakt; maak het opnieuw.",
    "Ready: {file}. This computer has no program to open it; use “Save as…” to keep it and open it elsewhere.": "Klaar: {file}. Deze computer heeft geen programma om het te openen; kies “Opslaan als…” om het te bewaren en elders te openen.",
    "Word documents (*.docx)": "Word-documenten (*.docx)",
    "Costs in the council report": "Kosten volgens raadsrapportage",
    "Total costs incl. CO2 offset": "Totale kosten incl. CO2-compensatie",
}

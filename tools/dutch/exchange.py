"""Dutch for import and export in the window (ui/exchange_dialogs.py, ui/exchange_flow.py)."""

DUTCH = {
    # File menu
    "&Export…": "&Exporteren…",
    "Write registers to Excel, CSV or a calendar file": "Schrijf registers naar Excel, CSV of een agendabestand",
    "&Import…": "&Importeren…",
    "Read a workbook or CSV file, after a preview of what changes": "Lees een Excel- of CSV-bestand in, na een voorbeeld van wat er verandert",
    # export dialog
    "Export": "Exporteren",
    "All registers": "Alle registers",
    "Contacts": "Contactpersonen",
    "Places": "Plaatsen",
    "&Register:": "&Register:",
    "Excel workbook (.xlsx)": "Excel-werkmap (.xlsx)",
    "CSV (semicolons, for Excel)": "CSV (puntkomma's, voor Excel)",
    "Calendar for Outlook (.ics, trips only)": "Agenda voor Outlook (.ics, alleen reizen)",
    "&Format:": "&Formaat:",
    "&Only the headings (an empty template to fill in)": "&Alleen de kopjes (een leeg sjabloon om in te vullen)",
    "Each trip becomes an all-day event. Importing the file again in Outlook updates the "
    "trips instead of adding them twice.": "Elke reis wordt een afspraak voor de hele dag. Leest u het bestand opnieuw in "
    "Outlook in, dan worden de reizen bijgewerkt in plaats van dubbel toegevoegd.",
    "All registers as CSV: choose a folder; every sheet becomes a file of its own.": "Alle registers als CSV: kies een map; elk blad wordt een eigen bestand.",
    "The file can be edited in Excel and read back with Import; rows are matched to their "
    "records, so nothing is added twice, and a record someone changed after the export is "
    "shown as a conflict.": "Het bestand kunt u in Excel bewerken en met Importeren weer inlezen; regels worden "
    "bij hun record herkend, dus er komt niets dubbel in, en een record dat iemand na de "
    "export wijzigde, wordt als conflict getoond.",
    # import preview
    "Import {file}": "{file} importeren",
    "Nothing will be imported: {found}.": "Er wordt niets ingelezen: {found}.",
    "Correct them in the file and import it again. The counts below are what the rows "
    "without a problem would do then; nothing has been written.": "Verbeter ze in het bestand en importeer het opnieuw. De aantallen hieronder zijn "
    "wat de rijen zonder probleem dan zouden doen; er is nog niets geschreven.",
    "Would be new": "Zou nieuw zijn",
    "Would change": "Zou wijzigen",
    "Rows with a problem": "Rijen met een probleem",
    "The file can be imported. A backup is made first.": "Het bestand kan worden ingelezen. Eerst wordt een back-up gemaakt.",
    "Everything in this file is already in the database; there is nothing to import.": "Alles in dit bestand staat al in de database; er is niets in te lezen.",
    "Register": "Register",
    "New": "Nieuw",
    "Changed": "Gewijzigd",
    "Unchanged": "Ongewijzigd",
    "What the import would do": "Wat de import zou doen",
    "Sheet": "Blad",
    "Row": "Rij",
    "Column": "Kolom",
    "Problem": "Probleem",
    "Problems": "Problemen",
    "&Import": "&Importeren",
    "&Copy problems": "Problemen &kopiëren",
    # the flow
    "Folder for the CSV files": "Map voor de CSV-bestanden",
    "Export to": "Exporteren naar",
    "Export (*{suffix})": "Export (*{suffix})",
    "Exported to {path}": "Geëxporteerd naar {path}",
    "Exporting…": "Bezig met exporteren…",
    "Import a workbook or CSV file": "Excel- of CSV-bestand importeren",
    "Excel or LibreOffice workbook, or CSV (*.xlsx *.ods *.csv);;All files (*)": "Excel- of LibreOffice-werkmap, of CSV (*.xlsx *.ods *.csv);;Alle bestanden (*)",
    "Reading and checking {file}…": "{file} wordt gelezen en gecontroleerd…",
    "Imported": "Ingelezen",
    "The backup made before the import can be restored under File → Restore a backup.": "De back-up van vóór de import kunt u terugzetten met Bestand → Back-up terugzetten.",
    "Importing…": "Bezig met inlezen…",
    # conflicts with later saves (ui/import_conflicts.py)
    "Changed since the export": "Gewijzigd na de export",
    "In the file": "In het bestand",
    "In the database now": "Nu in de database",
    "By {who}; version {file} in the file, now {database}.": "Door {who}; versie {file} in het bestand, nu {database}.",
    "Open choices: the &file": "Open keuzes: het &bestand",
    "Open choices: the &database": "Open keuzes: de &database",
    "Conflicts: {count}. These records were changed in the database after the file was "
    "exported. Choose for each whether the database keeps that change or the file's values "
    "are taken: click the side to keep. Nothing is imported until every conflict is chosen.": "Conflicten: {count}. Deze records zijn in de database gewijzigd nadat het bestand "
    "werd geëxporteerd. Kies per record of de database die wijziging houdt of dat de "
    "waarden uit het bestand worden overgenomen: klik op de kant die u wilt houden. Er "
    "wordt niets ingelezen voordat elk conflict is gekozen.",
    # File → Save import template
    "An empty workbook to fill in and import: explained, with drop-down lists and an example per sheet": "Een lege werkmap om in te vullen en in te lezen: met toelichting, keuzelijsten en een voorbeeld per blad",
    "Save import template": "Importsjabloon opslaan",
    "import-template.xlsx": "importsjabloon.xlsx",
    "Excel workbook (*.xlsx)": "Excel-werkmap (*.xlsx)",
    "Import template saved as {path}": "Importsjabloon opgeslagen als {path}",
    "Writing the import template…": "Importsjabloon schrijven…",
    # Issue 18: words read other than as written, in the import preview.
    "Rows": "Rijen",
    "Read differently": "Anders gelezen",
    "Read other than as written": "Anders gelezen dan geschreven",
    "These cells were read other than as written. Check that this is what is meant.": "Deze cellen zijn anders gelezen dan geschreven. Controleer of dit bedoeld is.",
    "Some cells are read other than as written; they are listed below.": "Sommige cellen worden anders gelezen dan geschreven; ze staan hieronder.",
}

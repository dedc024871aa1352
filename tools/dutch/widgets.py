"""Dutch for the form widgets (src/intzaken/ui/widgets/)."""

DUTCH = {
    "mm-yyyy": "mm-jjjj",
    "fill in a month, for example 06-2025": "vul een maand in, bijvoorbeeld 06-2025",
    # OptionalDateEdit, OptionalTimeEdit
    "dd-mm-yyyy": "dd-mm-jjjj",
    "Choose from calendar": "Kiezen uit kalender",
    "Choose from calendar (Alt+Down)": "Kiezen uit kalender (Alt+pijl omlaag)",
    "hh:mm": "uu:mm",
    # SearchCombo
    "'{text}' is not in the list.": "'{text}' staat niet in de lijst.",
    # OrderedPicker
    "Item to add": "Toe te voegen",
    "Add": "Toevoegen",
    "Add the chosen item (Enter)": "De keuze toevoegen (Enter)",
    "Move up": "Omhoog",
    "Move up (Ctrl+Up)": "Omhoog (Ctrl+pijl omhoog)",
    "Move down": "Omlaag",
    "Move down (Ctrl+Down)": "Omlaag (Ctrl+pijl omlaag)",
    "Remove": "Verwijderen",
    "Remove the selected item (Delete)": "De geselecteerde verwijderen (Delete)",
    "Make lead": "Leider maken",
    "{name} (lead)": "{name} (leider)",
    # TagEdit
    "Add a theme…": "Thema toevoegen…",
    "Remove {tag}": "Verwijderen: {tag}",
    # RowsEditor
    "Add a row (Insert)": "Regel toevoegen (Insert)",
    "Remove the selected row (Delete)": "De geselecteerde regel verwijderen (Delete)",
    "Up": "Omhoog",
    "Move the selected row up (Ctrl+Up)": "De geselecteerde regel omhoog (Ctrl+pijl omhoog)",
    "Down": "Omlaag",
    "Move the selected row down (Ctrl+Down)": "De geselecteerde regel omlaag (Ctrl+pijl omlaag)",
    "Row {number}, {column}: {message}": "Regel {number}, {column}: {message}",
    "dd-mm-yyyy, mm-yyyy or yyyy": "dd-mm-jjjj, mm-jjjj of jjjj",
}

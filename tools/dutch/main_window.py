"""Dutch for the main window."""

DUTCH = {
    "Intzaken": "Intzaken",
    "No database is open.": "Er is geen database geopend.",
    "(no organisation)": "(geen organisatie)",
    "{organisation} — {file} — Intzaken": "{organisation} — {file} — Intzaken",
    "Trips": "Reizen",
    "Relations": "Relaties",
    "Networks": "Netwerken",
    "Agreements": "Overeenkomsten",
    "Officials": "Bestuurders",
    "Budget": "Begroting",
}

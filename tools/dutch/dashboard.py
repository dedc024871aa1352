"""Dutch for the overview page (ui/dashboard.py) and its budget chart (ui/charts.py)."""

DUTCH = {
    # page and panels
    "Overview": "Overzicht",
    "No database is open.": "Er is geen database geopend.",
    "Upcoming trips": "Komende reizen",
    "Agreements expiring within six months": "Overeenkomsten die binnen zes maanden aflopen",
    "Expiring agreements": "Aflopende overeenkomsten",
    "Costs and CO2 of trips": "Kosten en CO2 van reizen",
    "Budget use {year}": "Uitputting begroting {year}",
    "Points to check": "Aandachtspunten",
    # upcoming trips
    "When": "Wanneer",
    "Trip": "Reis",
    "Destination": "Bestemming",
    "Led by": "Delegatieleider",
    "No planned or approved trips from today on.": "Er zijn vanaf vandaag geen voorgenomen of goedgekeurde reizen.",
    "and 1 more trip": "en nog 1 reis",
    "and {count} more trips": "en nog {count} reizen",
    # agreements
    "Agreement": "Overeenkomst",
    "Valid until": "Geldig t/m",
    "Expires": "Loopt af",
    "No active agreement expires before {date}.": "Geen actieve overeenkomst loopt af vóór {date}.",
    "expired {days} days ago": "{days} dagen geleden verlopen",
    "expired yesterday": "gisteren verlopen",
    "today": "vandaag",
    "tomorrow": "morgen",
    "in {days} days": "over {days} dagen",
    # figures
    "Costs": "Kosten",
    "CO2 (tonnes)": "CO2 (ton)",
    "Trips": "Reizen",
    "{year}\ndone": "{year}\nuitgevoerd",
    "{year} so far\ndone": "{year} tot nu\nuitgevoerd",
    "Difference": "Verschil",
    "{year}\nplanned": "{year}\nvoorgenomen",
    "Trips count in the year they start. Costs are travel and stay, other costs and CO2 "
    "offset together.": "Reizen tellen mee in het jaar waarin ze beginnen. Kosten zijn reis en verblijf, "
    "overige kosten en CO2-compensatie samen.",
    # budget chart
    "Budget use per budget line": "Uitputting per begrotingspost",
    "No budget lines.": "Geen begrotingsposten.",
    "Loading the chart…": "De grafiek wordt geladen…",
    "There are no budget lines for {year} yet. Add them under Budget to see here how much "
    "is spent and committed.": "Er zijn nog geen begrotingsposten voor {year}. Voeg ze toe onder Begroting om hier "
    "te zien hoeveel er is besteed en verplicht.",
    "{used} of {budget}": "{used} van {budget}",
    "Spent": "Besteed",
    "Committed": "Verplicht",
    "Over budget": "Overschreden",
    # findings
    "Subject": "Onderwerp",
    "Finding": "Aandachtspunt",
    "Nothing to check: the figures look plausible.": "Geen aandachtspunten: de cijfers zien er plausibel uit.",
}

"""Dutch for the overview page (ui/dashboard.py) and its budget chart (ui/charts.py)."""

DUTCH = {
    # page and panels
    "Overview": "Overzicht",
    "No database is open.": "Er is geen database geopend.",
    "Upcoming trips": "Komende reizen",
    "Expiring agreements": "Aflopende overeenkomsten",
    "Costs and CO2 of trips": "Kosten en CO2 van reizen",
    "Budget use {year}": "Uitputting begroting {year}",
    "Points to check": "Aandachtspunten",
    # upcoming trips
    "When": "Wanneer",
    "Trip": "Reis",
    "Destination": "Bestemming",
    "Led by": "Delegatieleider",
    "Upcoming trips until {date}": "Komende reizen met vertrek t/m {date}",
    "No planned or approved trip starts by {date}.": "Er vertrekt t/m {date} geen voorgenomen of goedgekeurde reis.",
    "Departure": "Vertrek",
    "under way": "onderweg",
    "To fill in": "Nog aan te vullen",
    # agreements
    "Agreement": "Overeenkomst",
    "Valid until": "Geldig t/m",
    "Expires": "Loopt af",
    "No active agreement expires by {date}.": "Geen actieve overeenkomst loopt af t/m {date}.",
    "expired yesterday": "gisteren verlopen",
    "Agreements expiring": "Aflopende overeenkomsten",
    "Agreements expiring by {date}": "Overeenkomsten die t/m {date} aflopen",
    "yesterday": "gisteren",
    # year picker
    "Situation on {date}": "Stand van zaken op {date}",
    "Year of the figures and the budget": "Jaar van de cijfers en de begroting",
    "&Year of the figures and the budget:": "&Jaar van cijfers en begroting:",
    # follow-up actions
    "Follow-up actions due": "Vervolgacties met een termijn",
    "Follow-up actions due by {date}": "Vervolgacties met een termijn t/m {date}",
    "Due": "Uiterlijk",
    "Action": "Actie",
    "No open follow-up action is due by {date}.": "Geen openstaande vervolgactie heeft een termijn t/m {date}.",
    # dormant relations
    "Relations without contact": "Relaties zonder contact",
    "Relations without contact since {date}": "Relaties zonder contact sinds {date}",
    "Last contact": "Laatste contact",
    "none recorded": "niets vastgelegd",
    "There are no relations yet: add them under Relations.": "Er zijn nog geen relaties: voeg ze toe onder Relaties.",
    "Every relation has had a trip, an event or an agreement since {date}.": "Elke relatie had sinds {date} een reis, een relatiemoment of een overeenkomst.",
    # settings: Settings > Overview… (ui/preferences_dialog.py)
    "&Overview…": "&Overzicht…",
    "How far the Overview page looks ahead, and when a relation counts as dormant": "Hoe ver het overzicht vooruitkijkt, en wanneer een relatie als slapend geldt",
    "Overview settings": "Instellingen overzicht",
    "What the Overview page lists. A relation counts as dormant when it has had no trip, no event and no agreement for the number of years below.": "Wat het overzicht toont. Een relatie geldt als slapend als er het hieronder genoemde aantal jaren geen reis, geen relatiemoment en geen overeenkomst is geweest.",
    "&Upcoming trips, starting within": "&Komende reizen, vertrek binnen",
    "&Agreements, expiring within": "&Overeenkomsten, aflopend binnen",
    "&Follow-up actions, due within": "&Vervolgacties, termijn binnen",
    "&Dormant relations: no contact for": "&Slapende relaties: geen contact gedurende",
    " months": " maanden",
    " days": " dagen",
    " years": " jaar",
    "&Defaults": "&Standaardwaarden",
    "today": "vandaag",
    "tomorrow": "morgen",
    # figures
    "Costs": "Kosten",
    "CO2 (tonnes)": "CO2 (ton)",
    "Trips": "Reizen",
    "{year}\ndone": "{year}\nuitgevoerd",
    "Difference": "Verschil",
    "Trips count in the year they start. Costs are travel and stay, other costs and CO2 "
    "offset together.": "Reizen tellen mee in het jaar waarin ze beginnen. Kosten zijn reis en verblijf, "
    "overige kosten en CO2-compensatie samen.",
    # which trips a column's sums leave out: "2025 voorgenomen: 7 reizen zonder bedrag."
    "{column}: {notes}.": "{column}: {notes}.",
    "The budget lines of {year} have no known amount yet and nothing is spent or committed "
    "on them.": "De begrotingsposten van {year} hebben nog geen bekend bedrag en er is niets op "
    "besteed of verplicht.",
    # budget chart
    "Budget use per budget line": "Uitputting per begrotingspost",
    "No budget lines.": "Geen begrotingsposten.",
    "Loading the chart…": "De grafiek wordt geladen…",
    "There are no budget lines for {year} yet. Add them under Budget to see here how much "
    "is spent and committed.": "Er zijn nog geen begrotingsposten voor {year}. Voeg ze toe onder Begroting om hier "
    "te zien hoeveel er is besteed en verplicht.",
    "{used} of {budget}": "{used} van {budget}",
    "{used} of a budget not known": "{used} van een onbekend budget",
    # budget line form (ui/forms/budget.py): an amount not known
    "not known": "onbekend",
    "Spent {spent}, committed {committed}; the budget is not known.": "Besteed {spent}, verplicht {committed}; het budget is onbekend.",
    "Spent": "Besteed",
    "Committed": "Verplicht",
    "Over budget": "Overschreden",
    # findings
    "Subject": "Onderwerp",
    "Finding": "Aandachtspunt",
    "Nothing to check: the figures look plausible.": "Geen aandachtspunten: de cijfers zien er plausibel uit.",
    "ready": "gereed",
}

"""Dutch for the CO2 estimate in the trip form (ui/forms/journey_panel.py and the
journey fields of ui/forms/trips.py), issue 20."""

DUTCH = {
    "&Route for the estimate": "&Reisroute voor de schatting",
    "Route for the CO₂ estimate": "Reisroute voor de CO₂-schatting",
    "Reason for &flying below the train distance": "Reden om onder de treingrens te &vliegen",
    "From airport": "Luchthaven van",
    "To airport": "Luchthaven naar",
    "Class": "Klasse",
    "&Propose from the home place": "&Voorstellen vanaf de thuisplaats",
    "Home, the destinations in their order, and home again": "Thuis, de bestemmingen op volgorde, en weer naar huis",
    "No estimate: give the journey, or propose it from the home place.": "Geen schatting: geef de reisroute, of laat die voorstellen vanaf de thuisplaats.",
    "{route}: not known (no coordinates or mode)": "{route}: onbekend (geen coördinaten of vervoer)",
    "{route}: {km} km, {kg} kg CO₂ per traveller": "{route}: {km} km, {kg} kg CO₂ per reiziger",
    "Estimated: {each} t per traveller, {all} t for the delegation of {count}": "Geschat: {each} t per reiziger, {all} t voor de delegatie van {count}",
    "Reported by the travel agency: {tonnes} t": "Opgegeven door het reisbureau: {tonnes} t",
    "Expected compensation: {amount}": "Verwachte compensatie: {amount}",
    "Factors: {set}, with radiative forcing": "Factoren: {set}, met stralingsforcering",
    "Factors: {set}, without radiative forcing": "Factoren: {set}, zonder stralingsforcering",
}

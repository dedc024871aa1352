"""Dutch of the map page (issue 20, "On a map")."""

DUTCH = {
    "Map": "Kaart",
    "World map": "Wereldkaart",
    "home": "thuisbasis",
    "%n visit(s)": ("%n bezoek", "%n bezoeken"),
    "%n or more visits": ("%n of meer bezoeken", "%n of meer bezoeken"),
    "&Year:": "&Jaar:",
    "The trips and visits of this year": "De reizen en bezoeken van dit jaar",
    "Trip or relation": "Reis of relatie",
    "Places on the map": "Plaatsen op de kaart",
    "%n relation(s)": ("%n relatie", "%n relaties"),
    "%n trip(s) in {year}": ("%n reis in {year}", "%n reizen in {year}"),
    "%n destination country(s)": ("%n land van bestemming", "%n landen van bestemming"),
    "no home place set (Settings → Your organisation): trips drawn without it": (
        "geen thuisbasis ingesteld (Instellingen → Uw organisatie): reizen zonder"
        " vertrekpunt getekend"
    ),
    "On the map": "Op de kaart",
    "no trips recorded yet": "nog geen reizen vastgelegd",
    "&Region:": "&Gebied:",
    "The whole world, or Europe up close": "De hele wereld, of Europa van dichtbij",
    "World": "Wereld",
    "Europe": "Europa",
    "Nothing on the map yet.": "Nog niets op de kaart.",
    "no trips": "geen reizen",
}

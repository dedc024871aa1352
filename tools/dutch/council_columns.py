"""Dutch of the columns councils ask for (issue 21): paid by a third party, cancellation
costs, the estimate per cost block, the gifts register and its setting."""

DUTCH = {
    "Gift": "Geschenk",
    "Given by": "Gegeven door",
    "Estimated value": "Geschatte waarde",
    "Kept at": "Bewaard bij",
    "Gifts received": "Ontvangen geschenken",
    "Gifts": "Geschenken",
    "Estimate of travel and stay": "Raming reis- en verblijfkosten",
    "Estimate of other costs": "Raming overige kosten",
    "The estimate the trip was approved with. While the trip is not yet made it follows "
    "the costs above; afterwards it stays, and the annual overview shows the difference.": (
        "De raming waarmee de reis is goedgekeurd. Zolang de reis niet gemaakt is, volgt "
        "die de kosten hierboven; daarna blijft ze staan en toont het jaaroverzicht het "
        "verschil."
    ),
    "Cancellation costs": "Annuleringskosten",
    "Reported apart: in neither the council report's total nor the total costs.": (
        "Apart gerapporteerd: niet in het totaal van de raadsrapportage en niet in de "
        "totale kosten."
    ),
    "Paid by a third party": "Betaald door derden",
    "Paid by": "Betaald door",
    "e.g. EU Interreg, the host": "bijv. EU Interreg, de gastheer",
    "Gifts received on this trip, for the gifts register. The annual overview prints them "
    "when the organisation chooses so (Settings, Your organisation).": (
        "Geschenken die op deze reis zijn ontvangen, voor het geschenkenregister. Het "
        "jaaroverzicht drukt ze af als de organisatie daarvoor kiest (Instellingen, Uw "
        "organisatie)."
    ),
    "Print the &gifts received in the annual overview": (
        "&Geschenken afdrukken in het jaaroverzicht"
    ),
    "Cancellation costs (in neither total)": "Annuleringskosten (in geen van beide totalen)",
    "Actual minus estimate": "Werkelijk min raming",
    "Trips count in the year they start. The council report's costs are travel and stay "
    "plus other costs; total costs add the CO2 offset. Planned trips count with their "
    "estimate; actual minus estimate is over the trips made that have both. CO2 per "
    "traveller is the reported CO2 divided by the officials travelling, each counted once "
    "per trip.": (
        "Reizen tellen mee in het jaar waarin ze beginnen. De kosten volgens de "
        "raadsrapportage zijn reis en verblijf plus overige kosten; de totale kosten tellen "
        "daar de CO2-compensatie bij op. Voorgenomen reizen tellen met hun raming; werkelijk "
        "min raming gaat over de uitgevoerde reizen die beide hebben. CO2 per reiziger is de "
        "opgegeven CO2 gedeeld door de reizende bestuurders, elk eenmaal per reis geteld."
    ),
}

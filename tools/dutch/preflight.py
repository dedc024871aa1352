"""Dutch for the preflight of council reports on the Reports page (issue 21)."""

DUTCH = {
    "Before the report goes": "Voordat het rapport verstuurd wordt",
    "The plausibility check questions these points in the trips of “{report}”. Look at a trip first, or make the report anyway: its charts then mark the figures in question.": "De plausibiliteitscontrole vindt deze aandachtspunten bij de reizen in “{report}”. Bekijk eerst een reis, of maak het rapport toch: de grafieken markeren dan de cijfers waar het om gaat.",
    "Points of attention": "Aandachtspunten",
    "&Look first": "&Eerst bekijken",
    "&Make anyway": "&Toch maken",
    "Not made yet: the plausibility check questions its trips.": "Nog niet gemaakt: de plausibiliteitscontrole vindt aandachtspunten bij de reizen erin.",
    "Not made.": "Niet gemaakt.",
    "Not made: the trip is opened; make the report again when it is right.": "Niet gemaakt: de reis is geopend; maak het rapport opnieuw wanneer die klopt.",
}

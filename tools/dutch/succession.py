"""Dutch of succession after an election (issue 23): the handover of responsibilities."""

DUTCH = {
    "&Handover…": "&Overdracht…",
    "Give the networks and relations of officials who left to their successors": (
        "De netwerken en relaties van vertrokken bestuurders aan hun opvolgers geven"
    ),
    "Handover of responsibilities": "Overdracht van verantwoordelijkheden",
    "Who leaves": "Wie vertrekt",
    "&Who leaves:": "&Wie vertrekt:",
    "Every official no longer in office": "Alle bestuurders die niet meer in functie zijn",
    "The networks and relations below are held by an official who has left office (or who "
    "leaves). The successor proposed holds the same portfolio code now; that is derived, so "
    "check it. Rows without a successor stay as they are. Everything is handed over at "
    "once, or nothing.": (
        "De netwerken en relaties hieronder liggen bij een bestuurder die niet meer in "
        "functie is (of die vertrekt). De voorgestelde opvolger heeft nu dezelfde "
        "portefeuillecode; dat is afgeleid, dus controleer het. Rijen zonder opvolger blijven "
        "zoals ze zijn. Alles wordt in één keer overgedragen, of niets."
    ),
    "Responsibilities to hand over": "Over te dragen verantwoordelijkheden",
    "Responsibility": "Verantwoordelijkheid",
    "Official now": "Bestuurder nu",
    "Not in office since": "Niet in functie sinds",
    "Successor": "Opvolger",
    "Basis of the proposal": "Grond van het voorstel",
    "&Hand over": "&Overdragen",
    "Give every row with a successor to that official, in one go": (
        "Elke rij met een opvolger in één keer aan die bestuurder geven"
    ),
    "Nothing to hand over: every network and relation has an official in office.": (
        "Niets over te dragen: elk netwerk en elke relatie heeft een bestuurder in functie."
    ),
    "Successor for {subject}": "Opvolger voor {subject}",
    "(do not hand over)": "(niet overdragen)",
    "Known": "Bekend",
    "Mem&bership": "Lid&maatschap",
    "Handed over: %n responsibility(ies).": (
        "Overgedragen: %n verantwoordelijkheid.",
        "Overgedragen: %n verantwoordelijkheden.",
    ),
}

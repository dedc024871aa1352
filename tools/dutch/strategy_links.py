"""Dutch of the strategy's second round (issue 23): the priorities picker in the trip,
relation and network forms, EU project dates in the calendar, the subsidies report and
the handover in the Edit menu."""

DUTCH = {
    "Han&dover…": "Over&dracht…",
    "After an election: the networks and relations of officials who left, to their successors": (
        "Na een verkiezing: de netwerken en relaties van vertrokken bestuurders naar hun opvolgers"
    ),
    # The priorities picker of the trip, relation and network forms
    "Links to the policy": "Koppelingen met het beleid",
    "&Priorities served": "&Gediende prioriteiten",
    "Priority": "Prioriteit",
    "Proposal": "Voorstel",
    "Priorities of the policy": "Prioriteiten van het beleid",
    "&Tick the proposals": "&Voorstellen aanvinken",
    "Tick every priority the record's countries and themes propose": (
        "Elke prioriteit aanvinken die de landen en thema's van het gegeven voorstellen"
    ),
    "Priority countries and regions": "Prioriteitslanden en -regio's",
    "Markets explored": "Verkende markten",
    "Sectors": "Sectoren",
    "Pillars": "Pijlers",
    "country {name}": "land {name}",
    "theme {name}": "thema {name}",
    "proposed: {reasons}": "voorgesteld: {reasons}",
    "%n priority(ies) ticked": ("%n prioriteit aangevinkt", "%n prioriteiten aangevinkt"),
    "%n proposal(s) not ticked": ("%n voorstel niet aangevinkt", "%n voorstellen niet aangevinkt"),
    # EU project dates in the calendar
    "Trip, action or project": "Reis, actie of project",
    "Trips, deadlines and project dates in this period": (
        "Reizen, termijnen en projectdata in deze periode"
    ),
    "No trip, follow-up deadline or EU project date in {period}.": (
        "Geen reis, termijn van een vervolgactie of datum van een EU-project in {period}."
    ),
    "{sign} {what}: EU project {project}": "{sign} {what}: EU-project {project}",
    "{sign} {what} of EU project {project}: {date} ({status})": (
        "{sign} {what} van EU-project {project}: {date} ({status})"
    ),
    "EU project: deadline ahead": "EU-project: termijn nog te halen",
    "EU project: other date": "EU-project: andere datum",
}

"""Dutch of the policies and their priorities (issue 23): the page, its form and icon."""

DUTCH = {
    "Policy": "Beleid",
    "Priorities": "Prioriteiten",
    "Through": "Tot en met",
    "Adopted": "Vastgesteld",
    "Source document": "Brondocument",
    "Period &from": "Periode &vanaf",
    "Period &through": "Periode &tot en met",
    "&Adopted on": "Vastgesteld o&p",
    "&Priorities": "&Prioriteiten",
    "Countries (codes)": "Landen (codes)",
    "Linked records": "Gekoppelde gegevens",
    "Linked": "Gekoppeld",
    "&Link the records that serve them": "&Koppel de gegevens die eraan bijdragen",
    "Links every trip and relation to a country of a priority, and every trip, "
    "relation and network with one of its themes. Save to keep the links.": (
        "Koppelt elke reis en relatie naar een land van een prioriteit, en elke reis, "
        "relatie en elk netwerk met een van haar thema's. Sla op om de koppelingen te "
        "bewaren."
    ),
    "%1 — trips: %2, relations: %3, networks: %4": ("%1 — reizen: %2, relaties: %3, netwerken: %4"),
    "No priorities yet.": "Nog geen prioriteiten.",
    "New policy": "Nieuw beleidskader",
    "Trips and the policy": "Reizen en het beleid",
    "Against the policy: {sentence}.": "Afgezet tegen het beleid: {sentence}.",
    # EU projects
    "EU project": "EU-project",
    "EU projects": "EU-projecten",
    "Project": "Project",
    "Grant": "Subsidie",
    "Call deadline": "Deadline oproep",
    "Report due": "Rapportage uiterlijk",
    "Funding &programme": "Subsidie&programma",
    "&Call": "&Oproep",
    "&Total budget": "&Totale begroting",
    "&Grant to the municipality": "Subsidie voor de &gemeente",
    "Co-&financing": "Co&financiering",
    "Call &deadline": "&Deadline oproep",
    "Start dat&e": "Startd&atum",
    "End date": "Einddatum",
    "Report d&ue": "Rapportage &uiterlijk",
    "Partners and trips": "Partners en reizen",
    "Partner &relations": "Partnerre&laties",
    "Partner &networks": "Partner&netwerken",
    "&Other partners": "O&verige partners",
    "&Trips": "&Reizen",
    "New EU project": "Nieuw EU-project",
    "Deadlines of EU projects": "Deadlines van EU-projecten",
    "Deadlines of EU projects by {date}": "Deadlines van EU-projecten t/m {date}",
    "No call deadline or report of an EU project falls by {date}.": (
        "Geen deadline van een oproep of rapportage van een EU-project valt t/m {date}."
    ),
}

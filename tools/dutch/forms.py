"""Dutch for forms that never trap (issue 19): what blocks saving, the marked tabs, the
way out of a refused delete, and the month field."""

DUTCH = {
    "What blocks saving": "Wat opslaan tegenhoudt",
    "Still %n problem(s):": ("Nog %n probleem:", "Nog %n problemen:"),
    "{tab} (%n problem(s))": ("{tab} (%n probleem)", "{tab} (%n problemen)"),
    "End the term on {date}": "Termijn beëindigen op {date}",
    "You can end the term that runs on {date} instead; the official then stays in the "
    "trips, networks and relations that refer to them, as former.": "U kunt in plaats daarvan de lopende termijn op {date} beëindigen; de bestuurder blijft dan als voormalig bestuurder in de reizen, netwerken en relaties die naar hem of haar verwijzen.",
}

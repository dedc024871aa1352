"""Dutch for waiting on a team database: a save behind a colleague's lock, a trial save
that could not ask the server (ui/server_wait.py, ui/forms/base.py)."""

DUTCH = {
    "Try again": "Opnieuw proberen",
    "Saving in the team database…": "Opslaan in de teamdatabase…",
    "The input could not be checked yet: {error}": "De invoer kon nog niet worden gecontroleerd: {error}",
    "Saved or not?": "Opgeslagen of niet?",
}

"""Dutch for the register lists (ui/register_page.py, ui/totals_bar.py) and the
relation's timeline (ui/forms/relation_timeline.py)."""

DUTCH = {
    "{count} {records}": "{count} {records}",
    "{shown} of {count} {records}": "{shown} van {count} {records}",
    "Total": "Totaal",
    "Totals of {register}": "Totalen van {register}",
    "Timeline": "Tijdlijn",
    "Double-click or press Enter to open": "Dubbelklik of druk op Enter om te openen",
    "No agreements, trips or events yet.": "Nog geen overeenkomsten, reizen of gebeurtenissen.",
}

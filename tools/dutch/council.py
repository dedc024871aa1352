"""Dutch for the council letter's fields (Rapporten page, Settings → Your organisation)
and the multi-year overview."""

DUTCH = {
    "Enclose with a council information letter": "Als bijlage bij een raadsinformatiebrief",
    "Letter date": "Datum van de brief",
    "empty: the day it is made": "leeg: de dag waarop hij gemaakt wordt",
    "after the prefix under Settings → Your organisation": "na het voorvoegsel onder Instellingen → Uw organisatie",
    "Council &letter": "Raads&brief",
    "Letter &date": "&Datum van de brief",
    "Re&ference": "&Kenmerk",
    "Reference": "Kenmerk",
    "From year": "Vanaf jaar",
    "To year": "Tot en met jaar",
    # Settings → Your organisation
    "Council information letter": "Raadsinformatiebrief",
    "&Addressee": "&Geadresseerde",
    "empty: the municipal council of your municipality": "leeg: de gemeenteraad van uw gemeente",
    "&Secretary": "&Secretaris",
    "empty: the municipal secretary in office on the letter's date": "leeg: de gemeentesecretaris in functie op de datum van de brief",
    "Ma&yor": "&Burgemeester",
    "empty: the mayor in office on the letter's date": "leeg: de burgemeester in functie op de datum van de brief",
    "Reference &prefix": "&Voorvoegsel kenmerk",
    "for example 25BB": "bijvoorbeeld 25BB",
}

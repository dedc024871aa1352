"""Dutch for finding anything (ui/search_popup.py, ui/window/find_anything.py)."""

DUTCH = {
    "Find &anything…": "&Alles doorzoeken…",
    "Search every register, programme, contact and note at once": "Zoek in één keer in alle registers, programma's, contactpersonen en toelichtingen",
    "Find anything (Ctrl+K)": "Alles doorzoeken (Ctrl+K)",
    "Find anything": "Alles doorzoeken",
    "Places, people, trips, agreements, notes… (every word must occur)": "Plaatsen, personen, reizen, overeenkomsten, toelichtingen… (elk woord moet voorkomen)",
    "Search in all registers": "Zoeken in alle registers",
    "Search results": "Zoekresultaten",
    "The search could not be done: {error}": "Het zoeken is niet gelukt: {error}",
    "… and {count} more: press Enter here to show more": "… en nog {count}: druk hier op Enter om meer te tonen",
    "↑↓ choose, Enter opens, Esc closes": "↑↓ kiezen, Enter opent, Esc sluit",
    "Nothing found for '{query}'.": "Niets gevonden voor '{query}'.",
    "Type at least two characters.": "Typ ten minste twee tekens.",
    "This contact belongs to no relation, network or trip to open.": "Deze contactpersoon hoort bij geen relatie, netwerk of reis om te openen.",
}

"""Dutch of where a fact comes from (issue 23): the Bron tab of every form and the
derived mark in the lists."""

DUTCH = {
    "Source": "Bron",
    "Source (derived)": "Bron (afgeleid)",
    "Source &document": "&Brondocument",
    "Title of the document the facts come from": "Titel van het document waaruit de gegevens komen",
    "Source da&te": "Bron&datum",
    "&Page or reference": "&Pagina of vindplaats",
    "p. 12, table 3 or a web address": "p. 12, tabel 3 of een webadres",
    "Deri&ved": "Af&geleid",
    "Empty when read in the source; otherwise from what": (
        "Leeg als het in de bron staat; anders waaruit het is afgeleid"
    ),
    "A record or value the app or a person derived rather than read, with the reason: "
    "'derived: holds portfolio EWK'. Lists and reports mark it.": (
        "Een record of waarde die de app of iemand heeft afgeleid in plaats van gelezen, met "
        "de reden: 'afgeleid: heeft portefeuille EWK'. Lijsten en rapporten markeren het."
    ),
    "Source n&ote": "&Toelichting bron",
    "Derived": "Afgeleid",
    "Sour&ces": "B&ronnen",
    "Name each record's source document, date and page": (
        "Bij elk record het brondocument, de datum en de pagina vermelden"
    ),
}
DUTCH |= {
    # An office term's own source (ui/forms/term_source.py).
    "&Source…": "&Bron…",
    "Where the selected term's dates come from (document, date, page)": (
        "Waar de data van de gekozen ambtstermijn vandaan komen (document, datum, pagina)"
    ),
    "derived": "afgeleid",
    "Source of the term of office": "Bron van de ambtstermijn",
}

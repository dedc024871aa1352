"""The parts of the import template that are file format, Dutch in either language: the
names of its two extra sheets (which the import passes over), which columns each sheet
needs, and one example row per sheet as a user would type it.

The example rows together are one small, consistent set (the trip names the official,
budget line, relation, network, agreement and contact of the other examples), so a
workbook filled with exactly these rows imports without a problem; a test does that.
"""

from __future__ import annotations

GUIDE_SHEET = "Toelichting"
CHOICES_SHEET = "Keuzelijsten"
# The import reads neither: it passes over them without a word (compared casefolded).
# The export's sheet of totals (totals_sheet.py): both totals of each year, each saying
# what it holds. It is figures made from the trips, not a register: the import passes
# over it, as over the template's own sheets.
TOTALS_SHEET = "Totalen"
TOTALS_HEADINGS = ("Jaar", "Totaal", "Bedrag", "Aantal reizen", "Wat het omvat")
TEMPLATE_SHEETS = frozenset(
    {GUIDE_SHEET.casefold(), CHOICES_SHEET.casefold(), TOTALS_SHEET.casefold()}
)

_TRIP = {"Reis": "Werkbezoek Shanghai", "Begindatum reis": "14-09-2026"}
_RELATION = {"Plaats": "Shanghai", "Land": "China"}

# What a row of the sheet cannot do without; the key columns first.
REQUIRED: dict[str, tuple[str, ...]] = {
    "Organisatie": ("Naam",),
    "Plaatsen": ("Naam", "Land"),
    "Contactpersonen": ("Naam",),
    "Bestuurders": ("Naam",),
    "Ambtstermijnen": ("Bestuurder", "Rol", "Begindatum"),
    "Begroting": ("Jaar", "Naam"),
    "Boekingen": ("Jaar", "Begrotingspost", "Soort", "Datum", "Omschrijving", "Bedrag"),
    "Netwerken": ("Naam",),
    "Relaties": ("Plaats", "Land", "Soort", "Status"),
    "Relatiemomenten": ("Plaats", "Land", "Soort relatie", "Datum", "Soort", "Omschrijving"),
    "Overeenkomsten": ("Titel", "Soort", "Status"),
    "Reizen": ("Titel", "Soort", "Status", "Begindatum", "Reizigers"),
    "Reisprogramma": ("Reis", "Begindatum reis", "Dag", "Activiteit"),
    "Delegatie": ("Reis", "Begindatum reis", "Organisatie"),
    "Vervolgacties": ("Reis", "Begindatum reis", "Omschrijving"),
    "Reisschema": ("Reis", "Begindatum reis", "Vervoermiddel"),
    "Reisroute": ("Reis", "Begindatum reis", "Van", "Naar", "Vervoermiddel"),
    "Verblijf": ("Reis", "Begindatum reis", "Hotel"),
    "Gastheren": ("Reis", "Begindatum reis", "Contactpersoon"),
    "Geschenken": ("Reis", "Begindatum reis", "Omschrijving"),
    "Landeninformatie": ("Land",),
    "Beleid": ("Titel",),
    "Prioriteiten": ("Beleid", "Soort", "Naam"),
    "EU-projecten": ("Naam", "Programma", "Rol", "Status"),
}

EXAMPLES: dict[str, dict[str, str]] = {
    "Organisatie": {
        "Naam": "Gemeente Voorbeeld",
        "Afdeling": "Internationale Zaken",
        "E-mailadres": "internationaal@example.nl",
    },
    "Plaatsen": {
        "Naam": "Shanghai",
        "Land": "China",
        "Soort": "stad",
        "Breedtegraad": "31,2304",
        "Lengtegraad": "121,4737",
    },
    "Contactpersonen": {
        "Naam": "Li Wei",
        "Organisatie": "Gemeente Shanghai",
        "Functie": "Hoofd buitenlandse betrekkingen",
        "E-mailadres": "li.wei@example.com",
        "Telefoonnummer": "+86 21 1234 5678",
    },
    "Bestuurders": {"Naam": "Anna de Vries", "Verkorte naam": "De Vries"},
    "Ambtstermijnen": {
        "Bestuurder": "Anna de Vries",
        "Rol": "wethouder",
        "Begindatum": "01-06-2022",
        "Portefeuille": "Economie, haven en internationale zaken",
        "Portefeuillecode": "EHI",
    },
    "Begroting": {
        "Jaar": "2026",
        "Code": "IZ-01",
        "Naam": "Internationale reizen",
        "Bedrag": "25.000,00",
    },
    "Boekingen": {
        "Jaar": "2026",
        "Begrotingspost": "Internationale reizen",
        "Soort": "uitgave",
        "Datum": "15-08-2026",
        "Omschrijving": "Vliegtickets werkbezoek Shanghai",
        "Bedrag": "2.400,00",
    },
    "Netwerken": {
        "Naam": "Eurocities",
        "Afkorting": "EC",
        "Werkterrein": "Netwerk van grote Europese steden",
        "Thema's": "klimaat; economie",
        "Lid sinds": "2002",
        "Jaarlijkse contributie": "22.360,00",
        "Verantwoordelijk bestuurder": "Anna de Vries",
        "Rol": "lid",
    },
    "Relaties": {
        **_RELATION,
        "Soort": "stedenband",
        "Status": "actief",
        "Relatie sinds": "1979",
        "Thema's": "haven; economie",
        "Verantwoordelijk bestuurder": "Anna de Vries",
        "Contactpersonen": "Li Wei",
    },
    "Relatiemomenten": {
        **_RELATION,
        "Soort relatie": "stedenband",
        "Datum": "12-05-2025",
        "Soort": "bezoek",
        "Omschrijving": "Delegatie uit Shanghai op bezoek",
    },
    "Overeenkomsten": {
        "Titel": "MoU haven en logistiek",
        "Soort": "Memorandum of Understanding",
        "Status": "actief",
        "Partijen": "Gemeente Shanghai",
        "Ondertekend op": "12-05-2025",
        "Ondertekend door": "Anna de Vries",
        "Geldig vanaf": "12-05-2025",
        "Geldig tot en met": "11-05-2029",
        "Relaties": "Shanghai (China)",
    },
    "Reizen": {
        "Titel": "Werkbezoek Shanghai",
        "Soort": "werkbezoek",
        "Status": "goedgekeurd",
        "Begindatum": "14-09-2026",
        "Einddatum": "18-09-2026",
        "Datumnauwkeurigheid": "dag",
        "Bestemmingen": "Shanghai (China)",
        "Reizigers": "Anna de Vries",
        "Delegatieleider": "Anna de Vries",
        "Doel": "Samenwerking van de havens verdiepen",
        "Thema's": "haven",
        "Vervoersmiddelen": "vliegtuig",
        "Reis- en verblijfkosten": "2.400,00",
        "Overige kosten": "350,00",
        "CO2-uitstoot (ton)": "1,850",
        "CO2-compensatie": "26,00",
        "Raming reis- en verblijfkosten": "2.600,00",
        "Raming overige kosten": "300,00",
        "Betaald door derden": "800,00",
        "Betaald door": "EU Interreg",
        "Begrotingspost": "Internationale reizen",
        "Relaties": "Shanghai (China)",
        "Netwerken": "Eurocities",
        "Overeenkomsten": "MoU haven en logistiek",
        "Tijdzone": "Asia/Shanghai",
        "Contactpersoon ter plaatse": "Li Wei",
    },
    "Reisprogramma": {
        **_TRIP,
        "Dag": "15-09-2026",
        "Tijd": "09:30",
        "Tot": "11:00",
        "Activiteit": "Gesprek met de havenautoriteit",
        "Plaats": "Havenkantoor",
        "Contactpersonen": "Li Wei",
        "Aanwezige reizigers": "Anna de Vries",
    },
    "Delegatie": {
        **_TRIP,
        "Organisatie": "Havenbedrijf",
        "Naam": "Jan Jansen",
        "Functie": "Directeur",
        "Rol": "delegatielid",
    },
    "Vervolgacties": {
        **_TRIP,
        "Omschrijving": "Verslag aan de raad sturen",
        "Uiterste datum": "30-10-2026",
        "Gereed": "nee",
    },
    "Reisschema": {
        **_TRIP,
        "Vervoermiddel": "vliegtuig",
        "Vervoerder": "KLM",
        "Nummer": "KL895",
        "Van": "Amsterdam",
        "Naar": "Shanghai",
        "Vertrek": "14-09-2026 17:45",
        "Tijdzone vertrek": "Europe/Amsterdam",
        "Aankomst": "15-09-2026 10:30",
        "Tijdzone aankomst": "Asia/Shanghai",
    },
    "Reisroute": {
        **_TRIP,
        "Van": "Rotterdam (Nederland)",
        "Naar": "Shanghai (China)",
        "Vervoermiddel": "vliegtuig",
        "Luchthaven van": "AMS",
        "Luchthaven naar": "PVG",
        "Klasse": "economy",
        "Treinreistijd (minuten)": "",
    },
    "Verblijf": {
        **_TRIP,
        "Hotel": "Hotel aan de Bund",
        "Incheckdatum": "15-09-2026",
        "Uitcheckdatum": "18-09-2026",
    },
    "Gastheren": {**_TRIP, "Contactpersoon": "Li Wei", "Rol": "gastheer"},
    "Geschenken": {
        **_TRIP,
        "Omschrijving": "Porseleinen vaas",
        "Gegeven door": "Burgemeester van Shanghai",
        "Geschatte waarde": "150,00",
        "Bewaard bij": "Kabinet, vitrine stadhuis",
    },
    "Landeninformatie": {
        "Land": "China",
        "Tijdzone": "Asia/Shanghai",
        "Valuta": "CNY",
        "Talen": "Chinees (Mandarijn)",
        "Ambassade of consulaat": "Consulaat-generaal der Nederlanden in Shanghai",
        "Lokaal alarmnummer": "110 (politie), 120 (ambulance)",
        "Reisadvies": "geel",
        "Reisadvies gecontroleerd op": "01-09-2026",
    },
    "Beleid": {
        "Titel": "Internationaal beleid 2025-2028",
        "Periode vanaf": "2025",
        "Periode tot en met": "2028",
        "Brondocument": "Raadsvoorstel internationaal beleid, maart 2025",
        "Brondatum": "11-03-2025",
        "Pagina of vindplaats": "p. 4",
    },
    "Prioriteiten": {
        "Beleid": "Internationaal beleid 2025-2028",
        "Soort": "prioriteitsland",
        "Naam": "China",
        "Landen": "China",
        "Thema's": "haven",
        "Reizen": "Werkbezoek Shanghai (2026-09-14)",
        "Relaties": "Shanghai (China): stedenband",
        "Netwerken": "Eurocities",
    },
    "EU-projecten": {
        "Naam": "Slimme havens",
        "Programma": "Interreg",
        "Oproep": "Interreg North Sea, oproep 4",
        "Rol": "partner",
        "Status": "aanvraag",
        "Relaties": "Shanghai (China): stedenband",
        "Netwerken": "Eurocities",
        "Totale begroting": "2.400.000,00",
        "Subsidie gemeente": "350.000,00",
        "Cofinanciering": "150.000,00",
        "Deadline oproep": "01-12-2026",
        "Reizen": "Werkbezoek Shanghai (2026-09-14)",
    },
}

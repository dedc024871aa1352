"""Dutch names of input fields, as messages name them."""

from __future__ import annotations

FIELD_LABELS: dict[str, str] = {
    "name": "Naam",
    "short_name": "Verkorte naam",
    "department": "Afdeling",
    "email": "E-mailadres",
    "phone": "Telefoonnummer",
    "organisation": "Organisatie",
    "function": "Functie",
    "role": "Rol",
    "portfolio": "Portefeuille",
    "portfolio_code": "Portefeuillecode",
    "terms": "Ambtstermijnen",
    "start_date": "Begindatum",
    "end_date": "Einddatum",
    "country_code": "Land",
    "place_kind": "Soort plaats",
    "latitude": "Breedtegraad",
    "longitude": "Lengtegraad",
    "kind": "Soort",
    "place_id": "Plaats",
    "since_year": "Relatie sinds",
    "status": "Status",
    "themes": "Thema's",
    "responsible_official_id": "Verantwoordelijk bestuurder",
    "contact_ids": "Contactpersonen",
    "events": "Gebeurtenissen",
    "date": "Datum",
    "description": "Omschrijving",
    "acronym": "Afkorting",
    "member_since": "Lid sinds",
    "annual_fee": "Jaarlijkse contributie",
    "title": "Titel",
    "counterparts": "Partijen",
    "signed_on": "Ondertekend op",
    "signed_by": "Ondertekend door",
    "valid_from": "Geldig vanaf",
    "valid_until": "Geldig tot en met",
    "renewal_date": "Verlengingsdatum",
    "relation_ids": "Relaties",
    "network_ids": "Netwerken",
    "agreement_ids": "Overeenkomsten",
    "document": "Document",
    "purpose": "Doel",
    "date_precision": "Datumnauwkeurigheid",
    "destinations": "Bestemmingen",
    "travellers": "Reizigers",
    "lead_official_id": "Delegatieleider",
    "delegation": "Delegatie",
    "transport": "Vervoersmiddelen",
    "travel_and_stay": "Reis- en verblijfkosten",
    "other_costs": "Overige kosten",
    "co2_tonnes": "CO2-uitstoot (ton)",
    "co2_offset": "CO2-compensatie",
    "budget_line_id": "Begrotingspost",
    "programme": "Programma",
    "day": "Dag",
    "place": "Plaats",
    "time": "Tijd",
    "activity": "Activiteit",
    "contact_id": "Contactpersoon",
    "follow_ups": "Vervolgacties",
    "due": "Uiterste datum",
    "year": "Jaar",
    "code": "Code",
    "amount": "Bedrag",
    "entries": "Uitgaven en verplichtingen",
    "documents": "Documenten",
    "traveller_ids": "Reizigers",
    "outcomes": "Resultaten",
    "notes": "Aantekeningen",
    "scope": "Werkterrein",
    "logo": "Logo",
    "logo_media_type": "Soort logo",
}


def field_label(field: str) -> str:
    """'travellers[2].official_id' -> 'Reizigers (regel 3)'."""
    base, _, rest = field.partition("[")
    label = FIELD_LABELS.get(base, base)
    if rest:
        index = int(rest.split("]", 1)[0])
        inner = rest.split("].", 1)[1] if "]." in rest else ""
        label = f"{label} (regel {index + 1})"
        if inner:
            label = f"{label}: {FIELD_LABELS.get(inner, inner).lower()}"
    return label

"""The trips' sheets of the exchange files: the trip itself, and its programme,
delegation, follow-up actions, legs of the journey, stays and hosts on sheets of their own.
"""

from __future__ import annotations

from ..domain.enums import CabinClass, DatePrecision, TransportMode, TripKind, TripStatus
from ..services.data import (
    DelegateData,
    FollowUpData,
    GiftData,
    HostData,
    JourneyLegData,
    LegData,
    ProgrammeItemData,
    StayData,
)
from . import cells as c
from . import mission_cells as mc
from . import period_cells as pc
from .sheets import NOTES, SOURCE_COLUMNS, THEMES, Column, Sheet, child

# --- trips --------------------------------------------------------------------------------------
TRIP_SHEET = Sheet(
    "Reizen",
    (
        Column("Titel", "title", c.Text(300), 40),
        Column("Soort", "kind", c.Choice(TripKind), 18),
        Column("Status", "status", c.Choice(TripStatus), 13),
        Column("Begindatum", "start_date", pc.Period("date_precision"), 13),
        Column("Einddatum", "end_date", pc.Period("date_precision"), 13),
        Column(
            "Datumnauwkeurigheid",
            "date_precision",
            pc.Precision(DatePrecision, pc.PRECISION_WORDS),
            10,
        ),
        Column("Bestemmingen", "destinations", c.Destinations(), 30),
        Column("Reizigers", "traveller_ids", c.Officials(), 30),
        Column("Delegatieleider", "lead_official_id", c.Official(), 22),
        Column("Doel", "purpose", c.Note(), 40),
        THEMES,
        Column("Vervoersmiddelen", "transport", c.ChoiceList(TransportMode), 18),
        Column("Reis- en verblijfkosten", "travel_and_stay", c.Money(), 14),
        Column("Overige kosten", "other_costs", c.Money(), 14),
        Column("CO2-uitstoot (ton)", "co2_tonnes", c.Tonnes(), 12),
        Column("CO2-compensatie", "co2_offset", c.Money(), 14),
        # The columns councils ask for (issue 21); optional, so a workbook written before
        # them still reads (a trip then keeps what it has).
        Column(
            "Raming reis- en verblijfkosten",
            "estimated_travel_and_stay",
            c.Money(),
            14,
            optional=True,
        ),
        Column("Raming overige kosten", "estimated_other_costs", c.Money(), 14, optional=True),
        Column("Annuleringskosten", "cancellation_costs", c.Money(), 14, optional=True),
        Column("Betaald door derden", "third_party_costs", c.Money(), 14, optional=True),
        Column("Betaald door", "third_party_payer", c.Text(200), 22, optional=True),
        Column("Begrotingspost", "budget_line_id", c.BudgetLine("start_date"), 24),
        Column("Relaties", "relation_ids", c.References("relation"), 24),
        Column("Netwerken", "network_ids", c.References("network"), 24),
        Column("Overeenkomsten", "agreement_ids", c.References("agreement"), 24),
        Column("Resultaten", "outcomes", c.Note(), 40),
        NOTES,
        Column("Rollen reizigers", "traveller_roles", mc.OfficialRoles(), 30),
        Column("Tijdzone", "time_zone", c.Text(64), 18),
        Column("Vervoer ter plaatse", "local_transport", c.Note(), 30),
        Column("Contactpersoon ter plaatse", "ground_contact_id", c.Reference("contact"), 24),
        *SOURCE_COLUMNS,
    ),
    key=("Titel", "Begindatum"),
)
_TRIP_KEY = {"Titel": "Reis", "Begindatum": "Begindatum reis"}
PROGRAMME = child(
    "Reisprogramma",
    TRIP_SHEET,
    _TRIP_KEY,
    (
        Column("Dag", "day", c.Date(), 13),
        Column("Tijd", "time", c.Time(), 8),
        Column("Tot", "end_time", c.Time(), 8),
        Column("Tijdzone", "time_zone", c.Text(64), 16),
        Column("Activiteit", "activity", c.Note(), 40),
        Column("Plaats", "place", c.Text(300), 24),
        Column("Adres", "address", c.Text(300), 30),
        Column("Contactpersonen", "contact_ids", c.References("contact"), 24),
        Column("Aanwezige reizigers", "attendee_ids", c.Officials(), 24),
        Column("Doel", "purpose", c.Note(), 40),
        Column("Kernboodschappen", "talking_points", c.Note(), 40),
        Column("Vragen", "questions", c.Note(), 40),
        Column("Kleding", "dress_code", c.Text(200), 16),
        Column("Geschenken", "gifts", c.Text(300), 20),
    ),
    "programme",
    ProgrammeItemData,
)
DELEGATION = child(
    "Delegatie",
    TRIP_SHEET,
    _TRIP_KEY,
    (
        Column("Organisatie", "organisation", c.Text(200), 30),
        Column("Naam", "name", c.Text(200), 24),
        Column("Functie", "function", c.Text(200), 24),
        Column("Rol", "role", c.Text(200), 20),
    ),
    "delegation",
    DelegateData,
)
FOLLOW_UPS = child(
    "Vervolgacties",
    TRIP_SHEET,
    _TRIP_KEY,
    (
        Column("Omschrijving", "description", c.Note(), 50),
        Column("Uiterste datum", "due", c.Date(), 13),
        Column("Gereed", "done", c.YesNo(), 8),
    ),
    "follow_ups",
    FollowUpData,
)


LEGS = child(
    "Reisschema",
    TRIP_SHEET,
    _TRIP_KEY,
    (
        Column("Vervoermiddel", "mode", c.Choice(TransportMode), 14),
        Column("Vervoerder", "carrier", c.Text(100), 16),
        Column("Nummer", "number", c.Text(40), 10),
        Column("Van", "from_place", c.Text(200), 20),
        Column("Naar", "to_place", c.Text(200), 20),
        Column("Vertrek", "departure", mc.Moment(), 17),
        Column("Tijdzone vertrek", "departure_time_zone", c.Text(64), 18),
        Column("Aankomst", "arrival", mc.Moment(), 17),
        Column("Tijdzone aankomst", "arrival_time_zone", c.Text(64), 18),
        Column("Boekingsnummer", "reference", c.Text(100), 14),
    ),
    "legs",
    LegData,
)
STAYS = child(
    "Verblijf",
    TRIP_SHEET,
    _TRIP_KEY,
    (
        Column("Hotel", "hotel", c.Text(200), 28),
        Column("Adres", "address", c.Text(300), 30),
        Column("Telefoonnummer", "phone", c.Text(50), 18),
        Column("Incheckdatum", "check_in", c.Date(), 13),
        Column("Uitcheckdatum", "check_out", c.Date(), 13),
        NOTES,
    ),
    "stays",
    StayData,
)
HOSTS = child(
    "Gastheren",
    TRIP_SHEET,
    _TRIP_KEY,
    (
        Column("Contactpersoon", "contact_id", c.Reference("contact"), 28),
        Column("Rol", "role", c.Text(200), 24),
    ),
    "hosts",
    HostData,
)
# The route of the CO2 estimate (issue 20); the estimate itself is made again from it.
JOURNEY = child(
    "Reisroute",
    TRIP_SHEET,
    _TRIP_KEY,
    (
        Column("Van", "from_place_id", mc.PlaceInCountry(), 24),
        Column("Naar", "to_place_id", mc.PlaceInCountry(), 24),
        Column("Vervoermiddel", "mode", c.Choice(TransportMode), 14),
        Column("Luchthaven van", "from_airport", c.Text(3), 8),
        Column("Luchthaven naar", "to_airport", c.Text(3), 8),
        Column("Klasse", "cabin", c.Choice(CabinClass), 18),
        Column("Treinreistijd (minuten)", "train_minutes", c.Integer(), 12),
    ),
    "journey",
    JourneyLegData,
)
# The gifts register (issue 21): gifts received on the trip.
GIFTS = child(
    "Geschenken",
    TRIP_SHEET,
    _TRIP_KEY,
    (
        Column("Omschrijving", "description", c.Text(300), 36),
        Column("Gegeven door", "giver", c.Text(200), 28),
        Column("Geschatte waarde", "value", c.Money(), 14),
        Column("Bewaard bij", "kept_at", c.Text(200), 28),
    ),
    "gifts",
    GiftData,
)
TRIP_CHILDREN = (PROGRAMME, DELEGATION, FOLLOW_UPS, LEGS, STAYS, HOSTS, JOURNEY, GIFTS)

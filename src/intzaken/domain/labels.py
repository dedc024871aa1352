"""Dutch labels for the enum values, as printed in lists, reports and messages."""

from __future__ import annotations

from enum import StrEnum

from .enums import (
    AgreementKind,
    AgreementStatus,
    BudgetEntryKind,
    ChangeAction,
    NetworkRole,
    PlaceKind,
    RelationEventKind,
    RelationKind,
    RelationStatus,
    Role,
    TransportMode,
    TripKind,
    TripStatus,
)

LABELS: dict[StrEnum, str] = {
    Role.MAYOR: "burgemeester",
    Role.ALDERMAN: "wethouder",
    Role.MUNICIPAL_SECRETARY: "gemeentesecretaris",
    Role.CIVIL_SERVANT: "ambtenaar",
    Role.OTHER: "overig",
    RelationKind.TWIN_CITY: "stedenband",
    RelationKind.FRIENDSHIP: "vriendschapsrelatie",
    RelationKind.STRATEGIC_PARTNER: "strategische partner",
    RelationKind.OTHER: "overig",
    RelationStatus.ACTIVE: "actief",
    RelationStatus.DORMANT: "slapend",
    RelationStatus.ENDED: "beëindigd",
    RelationStatus.PRAGMATIC: "pragmatisch",
    RelationEventKind.VISIT: "bezoek",
    RelationEventKind.SIGNING: "ondertekening",
    RelationEventKind.DECISION: "besluit",
    RelationEventKind.OTHER: "overig",
    PlaceKind.CITY: "stad",
    PlaceKind.REGION: "regio",
    NetworkRole.MEMBER: "lid",
    NetworkRole.BOARD_MEMBER: "bestuurslid",
    NetworkRole.VICE_CHAIR: "vicevoorzitter",
    NetworkRole.CHAIR: "voorzitter",
    AgreementKind.MOU: "Memorandum of Understanding",
    AgreementKind.LETTER_OF_INTENT: "intentieverklaring",
    AgreementKind.COVENANT: "convenant",
    AgreementKind.ROADMAP: "routekaart",
    AgreementKind.OTHER: "overig",
    AgreementStatus.DRAFT: "concept",
    AgreementStatus.ACTIVE: "actief",
    AgreementStatus.EXPIRED: "verlopen",
    AgreementStatus.TERMINATED: "beëindigd",
    TripKind.WORKING_VISIT: "werkbezoek",
    TripKind.TRADE_MISSION: "handelsmissie",
    TripKind.CONFERENCE: "congres",
    TripKind.NETWORK_MEETING: "netwerkbijeenkomst",
    TripStatus.IDEA: "idee",
    TripStatus.PLANNED: "voorgenomen",
    TripStatus.APPROVED: "goedgekeurd",
    TripStatus.DONE: "uitgevoerd",
    TripStatus.CANCELLED: "geannuleerd",
    TransportMode.PLANE: "vliegtuig",
    TransportMode.TRAIN: "trein",
    TransportMode.OFFICIAL_CAR: "dienstauto",
    TransportMode.CAR: "auto",
    TransportMode.BUS: "bus",
    TransportMode.BOAT: "boot",
    TransportMode.OTHER: "overig",
    BudgetEntryKind.EXPENSE: "uitgave",
    BudgetEntryKind.COMMITMENT: "verplichting",
    ChangeAction.CREATED: "aangemaakt",
    ChangeAction.CHANGED: "gewijzigd",
    ChangeAction.DELETED: "verwijderd",
}


def label(value: StrEnum) -> str:
    """The Dutch word for an enum value."""
    return LABELS[value]

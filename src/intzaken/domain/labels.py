"""Labels for the enum values, as printed in lists, reports and messages.

The words are English message ids, translated by `label` into the current language
(Dutch unless chosen otherwise). LABELS holds the Dutch words always: workbooks and travel
copies write and read the Dutch words, whatever language the window or a report uses.
"""

from __future__ import annotations

import functools
from enum import StrEnum

from ..i18n import N_, _, current_language, dutch, language_scope
from .enums import (
    AgreementKind,
    AgreementStatus,
    BudgetEntryKind,
    CabinClass,
    ChangeAction,
    FundingProgramme,
    MembershipStatus,
    NetworkRole,
    OpenDataLicence,
    PlaceKind,
    PriorityKind,
    ProjectRole,
    ProjectStatus,
    RelationEventKind,
    RelationKind,
    RelationStatus,
    Role,
    TransportMode,
    TravelAdvice,
    TripKind,
    TripStatus,
)

LABEL_IDS: dict[StrEnum, str] = {
    Role.MAYOR: N_("mayor"),
    Role.ALDERMAN: N_("alderman"),
    Role.MUNICIPAL_SECRETARY: N_("municipal secretary"),
    Role.CIVIL_SERVANT: N_("civil servant"),
    Role.OTHER: N_("other"),
    RelationKind.TWIN_CITY: N_("twin city"),
    RelationKind.FRIENDSHIP: N_("friendship relation"),
    RelationKind.STRATEGIC_PARTNER: N_("strategic partner"),
    RelationKind.OTHER: N_("other"),
    RelationStatus.ACTIVE: N_("active"),
    RelationStatus.DORMANT: N_("dormant"),
    RelationStatus.ENDED: N_("ended"),
    RelationStatus.PRAGMATIC: N_("pragmatic"),
    RelationEventKind.VISIT: N_("visit"),
    RelationEventKind.SIGNING: N_("signing"),
    RelationEventKind.DECISION: N_("decision"),
    RelationEventKind.OTHER: N_("other"),
    PlaceKind.CITY: N_("city"),
    PlaceKind.REGION: N_("region"),
    NetworkRole.MEMBER: N_("member"),
    NetworkRole.BOARD_MEMBER: N_("board member"),
    NetworkRole.VICE_CHAIR: N_("vice-chair"),
    NetworkRole.CHAIR: N_("chair"),
    MembershipStatus.MEMBER: N_("member"),
    MembershipStatus.PREPARING: N_("joining in preparation"),
    MembershipStatus.CONSIDERING: N_("considered"),
    PriorityKind.PRIORITY_COUNTRY: N_("priority country"),
    PriorityKind.MARKET_EXPLORED: N_("market explored"),
    PriorityKind.SECTOR: N_("sector"),
    PriorityKind.THEME: N_("theme"),
    PriorityKind.PILLAR: N_("pillar"),
    FundingProgramme.INTERREG: N_("Interreg"),
    FundingProgramme.LIFE: N_("LIFE"),
    FundingProgramme.HORIZON_EUROPE: N_("Horizon Europe"),
    FundingProgramme.CEF: N_("Connecting Europe Facility"),
    FundingProgramme.OTHER: N_("other"),
    ProjectRole.LEAD: N_("lead partner"),
    ProjectRole.PARTNER: N_("partner"),
    ProjectStatus.IDEA: N_("idea"),
    ProjectStatus.APPLICATION: N_("application"),
    ProjectStatus.GRANTED: N_("granted"),
    ProjectStatus.RUNNING: N_("running"),
    ProjectStatus.CLOSED: N_("closed"),
    ProjectStatus.REJECTED: N_("rejected"),
    AgreementKind.MOU: N_("Memorandum of Understanding"),
    AgreementKind.LETTER_OF_INTENT: N_("letter of intent"),
    AgreementKind.COVENANT: N_("covenant"),
    AgreementKind.ROADMAP: N_("roadmap"),
    AgreementKind.OTHER: N_("other"),
    AgreementStatus.DRAFT: N_("draft"),
    AgreementStatus.ACTIVE: N_("active"),
    AgreementStatus.EXPIRED: N_("expired"),
    AgreementStatus.TERMINATED: N_("terminated"),
    OpenDataLicence.CC0: N_("CC0 1.0 (public domain, no conditions)"),
    OpenDataLicence.CC_BY: N_("CC BY 4.0 (reuse with attribution)"),
    TripKind.WORKING_VISIT: N_("working visit"),
    TripKind.TRADE_MISSION: N_("trade mission"),
    TripKind.CONFERENCE: N_("conference"),
    TripKind.NETWORK_MEETING: N_("network meeting"),
    TripKind.STUDY_TRIP: N_("study trip"),
    TripStatus.IDEA: N_("idea"),
    TripStatus.PLANNED: N_("planned"),
    TripStatus.APPROVED: N_("approved"),
    TripStatus.DONE: N_("done"),
    TripStatus.CANCELLED: N_("cancelled"),
    TransportMode.PLANE: N_("plane"),
    TransportMode.TRAIN: N_("train"),
    TransportMode.OFFICIAL_CAR: N_("official car"),
    TransportMode.CAR: N_("car"),
    TransportMode.BUS: N_("bus"),
    TransportMode.BOAT: N_("boat"),
    TransportMode.OTHER: N_("other"),
    CabinClass.AVERAGE: N_("average passenger"),
    CabinClass.ECONOMY: N_("economy"),
    CabinClass.PREMIUM_ECONOMY: N_("premium economy"),
    CabinClass.BUSINESS: N_("business class"),
    CabinClass.FIRST: N_("first class"),
    TravelAdvice.GREEN: N_("green"),
    TravelAdvice.YELLOW: N_("yellow"),
    TravelAdvice.ORANGE: N_("orange"),
    TravelAdvice.RED: N_("red"),
    BudgetEntryKind.EXPENSE: N_("expense"),
    BudgetEntryKind.COMMITMENT: N_("commitment"),
    ChangeAction.CREATED: N_("created"),
    ChangeAction.CHANGED: N_("changed"),
    ChangeAction.DELETED: N_("deleted"),
}


LABELS: dict[StrEnum, str] = {value: dutch(word) for value, word in LABEL_IDS.items()}


def label(value: StrEnum) -> str:
    """The word for an enum value in the current language."""
    return _labels(current_language())[value]


@functools.cache
def _labels(language: str) -> dict[StrEnum, str]:
    # All words of a language at once: lists call this for every row of a long register.
    with language_scope(language):
        return {value: _(word) for value, word in LABEL_IDS.items()}

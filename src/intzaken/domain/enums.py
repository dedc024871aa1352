"""Closed vocabularies of the registers.

Values are stable English identifiers stored in the database; Dutch labels live in
`labels.py` so the database never depends on the interface language.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    MAYOR = "mayor"
    ALDERMAN = "alderman"
    MUNICIPAL_SECRETARY = "municipal_secretary"
    CIVIL_SERVANT = "civil_servant"
    OTHER = "other"


class RelationKind(StrEnum):
    TWIN_CITY = "twin_city"
    FRIENDSHIP = "friendship"
    STRATEGIC_PARTNER = "strategic_partner"
    OTHER = "other"


class RelationStatus(StrEnum):
    ACTIVE = "active"
    DORMANT = "dormant"
    ENDED = "ended"
    PRAGMATIC = "pragmatic"


class RelationEventKind(StrEnum):
    VISIT = "visit"
    SIGNING = "signing"
    DECISION = "decision"
    OTHER = "other"


class PlaceKind(StrEnum):
    CITY = "city"
    REGION = "region"


class NetworkRole(StrEnum):
    MEMBER = "member"
    BOARD_MEMBER = "board_member"
    VICE_CHAIR = "vice_chair"
    CHAIR = "chair"


class MembershipStatus(StrEnum):
    """Where the organisation stands with a network: a member, working on joining, or
    only considering it (the sources say so of Almere and METREX, Living-in.EU)."""

    MEMBER = "member"
    PREPARING = "preparing"
    CONSIDERING = "considering"


class PriorityKind(StrEnum):
    """What a policy's priority is: where (countries, regions), what (sectors, themes) or
    one of the pillars a policy rests on."""

    PRIORITY_COUNTRY = "priority_country"
    MARKET_EXPLORED = "market_explored"
    SECTOR = "sector"
    THEME = "theme"
    PILLAR = "pillar"


class FundingProgramme(StrEnum):
    INTERREG = "interreg"
    LIFE = "life"
    HORIZON_EUROPE = "horizon_europe"
    CEF = "cef"
    OTHER = "other"


class ProjectRole(StrEnum):
    LEAD = "lead"
    PARTNER = "partner"


class ProjectStatus(StrEnum):
    IDEA = "idea"
    APPLICATION = "application"
    GRANTED = "granted"
    RUNNING = "running"
    CLOSED = "closed"
    REJECTED = "rejected"


class AgreementKind(StrEnum):
    MOU = "mou"
    LETTER_OF_INTENT = "letter_of_intent"
    COVENANT = "covenant"
    ROADMAP = "roadmap"
    OTHER = "other"


class AgreementStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    EXPIRED = "expired"
    TERMINATED = "terminated"


class TripKind(StrEnum):
    WORKING_VISIT = "working_visit"
    TRADE_MISSION = "trade_mission"
    CONFERENCE = "conference"
    NETWORK_MEETING = "network_meeting"
    STUDY_TRIP = "study_trip"  # "studiereis": councils report these by name (issue 18)


class TripStatus(StrEnum):
    IDEA = "idea"
    PLANNED = "planned"
    APPROVED = "approved"
    DONE = "done"
    CANCELLED = "cancelled"


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"  # a trip known only by its year: stored as 1 January of that year


class TransportMode(StrEnum):
    PLANE = "plane"
    TRAIN = "train"
    OFFICIAL_CAR = "official_car"
    CAR = "car"
    BUS = "bus"
    BOAT = "boat"
    OTHER = "other"


class CabinClass(StrEnum):
    """A flight's cabin; AVERAGE when not known (the published 'average passenger')."""

    AVERAGE = "average"
    ECONOMY = "economy"
    PREMIUM_ECONOMY = "premium_economy"
    BUSINESS = "business"
    FIRST = "first"


class TravelAdvice(StrEnum):
    """The colour of the Dutch foreign ministry's travel advice for a country."""

    GREEN = "green"
    YELLOW = "yellow"
    ORANGE = "orange"
    RED = "red"


class BudgetEntryKind(StrEnum):
    EXPENSE = "expense"
    COMMITMENT = "commitment"


class ChangeAction(StrEnum):
    CREATED = "created"
    CHANGED = "changed"
    DELETED = "deleted"


class OpenDataLicence(StrEnum):
    """The licence the organisation publishes its open data under (docs/dev/open-data.md)."""

    CC0 = "cc0"  # CC0 1.0, public domain: what the Dutch government recommends
    CC_BY = "cc_by"  # CC BY 4.0: reuse with attribution

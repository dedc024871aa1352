"""The input data of each register's services: what a form, an import or a travel copy
hands to create and update, and what a snapshot gives back.

Its own module, below the services that check and store it: the snapshots
(services/snapshots.py) and the history's record states (services/tracked_records.py) need
these classes, and the services need the history, so the classes living in the services
made an import cycle.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from ..domain.enums import (
    AgreementKind,
    AgreementStatus,
    BudgetEntryKind,
    CabinClass,
    DatePrecision,
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
    TripKind,
    TripStatus,
)


@dataclass(kw_only=True)
class SourceFields:
    """Where a record's facts come from (domain/sourcing.py), part of every register's
    data. Keyword-only, so each register's own fields keep their places and defaults."""

    source: str = ""  # the document's title
    source_date: dt.date | None = None
    source_page: str = ""  # page or reference
    source_note: str = ""
    derived_from: str = ""  # why the record is derived rather than read; "" when read


@dataclass
class DestinationData:
    country_code: str
    place_id: int | None = None


@dataclass
class DelegateData:
    organisation: str
    name: str = ""
    function: str = ""
    role: str = ""  # in the delegation: "woordvoerder"


@dataclass
class ProgrammeItemData:
    """One programme item; the list's order within a day is the order kept."""

    day: dt.date | None
    activity: str
    time: dt.time | None = None
    place: str = ""
    contact_ids: list[int] = field(default_factory=list)  # the people met, in order
    end_time: dt.time | None = None
    address: str = ""
    purpose: str = ""
    talking_points: str = ""  # one point a line
    questions: str = ""  # one question a line
    dress_code: str = ""
    gifts: str = ""
    time_zone: str = ""  # IANA; "" = the trip's time zone
    attendee_ids: list[int] = field(default_factory=list)  # travellers; [] = everyone


@dataclass
class LegData:
    """A leg of the journey; times are local wall times in their own zones."""

    mode: TransportMode | str
    carrier: str = ""
    number: str = ""
    from_place: str = ""
    to_place: str = ""
    departure: dt.datetime | None = None
    departure_time_zone: str = ""
    arrival: dt.datetime | None = None
    arrival_time_zone: str = ""
    reference: str = ""


@dataclass
class JourneyLegData:
    """A leg of the journey the CO2 estimate is made from (services/journey.py)."""

    from_place_id: int | None
    to_place_id: int | None
    mode: TransportMode | str
    from_airport: str = ""
    to_airport: str = ""
    cabin: CabinClass | str = CabinClass.AVERAGE
    # A flight's door-to-door train time as looked up: minutes, or as typed in a form
    # ('5:30'); None or '' when not looked up.
    train_minutes: int | str | None = None


@dataclass
class StayData:
    hotel: str
    address: str = ""
    phone: str = ""
    check_in: dt.date | None = None
    check_out: dt.date | None = None
    notes: str = ""


@dataclass
class HostData:
    contact_id: int | None
    role: str = ""


@dataclass
class GiftData:
    """A gift received on the trip (the gifts register, issue 21)."""

    description: str
    giver: str = ""
    value: Decimal | None = None  # estimated, in euros
    kept_at: str = ""


@dataclass
class FollowUpData:
    description: str
    due: dt.date | None = None
    done: bool = False


@dataclass
class TripData(SourceFields):
    title: str
    kind: TripKind | str
    status: TripStatus | str
    start_date: dt.date | None
    end_date: dt.date | None
    destinations: list[DestinationData]
    traveller_ids: list[int]
    lead_official_id: int | None
    date_precision: DatePrecision | str = DatePrecision.DAY
    purpose: str = ""
    themes: list[str] = field(default_factory=list)
    delegation: list[DelegateData] = field(default_factory=list)
    transport: list[TransportMode | str] = field(default_factory=list)
    travel_and_stay: Decimal | None = None
    other_costs: Decimal | None = None
    co2_tonnes: Decimal | None = None
    co2_offset: Decimal | None = None
    budget_line_id: int | None = None
    relation_ids: list[int] = field(default_factory=list)
    network_ids: list[int] = field(default_factory=list)
    agreement_ids: list[int] = field(default_factory=list)
    programme: list[ProgrammeItemData] = field(default_factory=list)
    follow_ups: list[FollowUpData] = field(default_factory=list)
    outcomes: str = ""
    notes: str = ""
    # Mission preparation.
    traveller_roles: dict[int, str] = field(default_factory=dict)  # official id -> role
    legs: list[LegData] = field(default_factory=list)
    stays: list[StayData] = field(default_factory=list)
    hosts: list[HostData] = field(default_factory=list)
    local_transport: str = ""
    ground_contact_id: int | None = None
    time_zone: str = ""  # IANA; the local time of the programme
    # The journey of the CO2 estimate and the reason for flying below the travel
    # policy's distance (issue 20). None: not given, the stored ones stay (an import of
    # a workbook, which does not carry them).
    journey: list[JourneyLegData] | None = None
    policy_reason: str | None = None
    # The columns councils ask for (issue 21).
    third_party_costs: Decimal | None = None
    third_party_payer: str = ""
    cancellation_costs: Decimal | None = None
    estimated_travel_and_stay: Decimal | None = None
    estimated_other_costs: Decimal | None = None
    gifts: list[GiftData] = field(default_factory=list)


@dataclass
class RelationEventData:
    date: dt.date | None
    kind: RelationEventKind | str
    description: str


@dataclass
class RelationData(SourceFields):
    kind: RelationKind | str
    place_id: int | None
    status: RelationStatus | str
    since_year: int | None = None
    themes: list[str] = field(default_factory=list)
    responsible_official_id: int | None = None
    contact_ids: list[int] = field(default_factory=list)
    notes: str = ""
    events: list[RelationEventData] = field(default_factory=list)


@dataclass
class NetworkData(SourceFields):
    name: str
    acronym: str = ""
    scope: str = ""
    themes: list[str] = field(default_factory=list)
    member_since: int | None = None
    annual_fee: Decimal | None = None
    responsible_official_id: int | None = None
    portfolio_code: str = ""
    role: NetworkRole | str = NetworkRole.MEMBER
    membership: MembershipStatus | str = MembershipStatus.MEMBER
    contact_ids: list[int] = field(default_factory=list)
    notes: str = ""


@dataclass
class DocumentData:
    filename: str
    content: bytes
    added_at: dt.datetime | None = None


@dataclass
class AgreementData(SourceFields):
    kind: AgreementKind | str
    title: str
    status: AgreementStatus | str
    counterparts: str = ""
    signed_on: dt.date | None = None
    signed_by: str = ""
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    renewal_date: dt.date | None = None
    themes: list[str] = field(default_factory=list)
    relation_ids: list[int] = field(default_factory=list)
    notes: str = ""
    document_published: bool = False  # the signed document is public (the Woo)
    # None leaves the signed documents as they are; a list replaces them (undo, duplicate).
    documents: list[DocumentData] | None = None


@dataclass
class TermData(SourceFields):
    role: Role | str
    start_date: dt.date | None
    end_date: dt.date | None = None
    portfolio: str = ""
    portfolio_code: str = ""
    # How precisely each date is known (DatePrecision): "juli 2024" is a month.
    start_precision: DatePrecision | str = DatePrecision.DAY
    end_precision: DatePrecision | str = DatePrecision.DAY


@dataclass
class OfficialData(SourceFields):
    name: str
    terms: list[TermData]
    short_name: str = ""
    notes: str = ""


@dataclass
class BudgetEntryData:
    kind: BudgetEntryKind | str
    date: dt.date | None
    description: str
    amount: Decimal | None


@dataclass
class BudgetLineData(SourceFields):
    year: int | None
    name: str
    amount: Decimal | None
    code: str = ""
    notes: str = ""
    # None leaves the line's expenses and commitments as they are; a list replaces them.
    entries: list[BudgetEntryData] | None = None


# The organisation's settings of the council letter, as named in OrganisationData and on
# the model: text, each empty until chosen.
LETTER_FIELDS = (
    "letter_addressee",
    "letter_secretary",
    "letter_mayor",
    "letter_reference_prefix",
)
LETTER_FIELD_LENGTHS = {
    name: 50 if name == "letter_reference_prefix" else 200 for name in LETTER_FIELDS
}


@dataclass
class OrganisationData(SourceFields):
    name: str
    department: str = ""
    email: str = ""
    logo: bytes | None = None
    logo_media_type: str | None = None
    open_data_licence: OpenDataLicence | str = OpenDataLicence.CC0
    home_place_id: int | None = None
    print_gifts: bool = False  # the gifts register in the annual overview (issue 21)
    # The council letter's (reports/council_letter.py); empty: what it proposes itself.
    letter_addressee: str = ""
    letter_secretary: str = ""
    letter_mayor: str = ""
    letter_reference_prefix: str = ""


@dataclass
class ContactData(SourceFields):
    name: str
    organisation: str = ""
    function: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""
    photo: bytes | None = None
    photo_media_type: str | None = None


@dataclass
class PlaceData(SourceFields):
    name: str
    country_code: str
    kind: PlaceKind | str = PlaceKind.CITY
    latitude: float | None = None
    longitude: float | None = None


@dataclass
class PriorityData:
    """One priority of a policy, with the records linked to it."""

    kind: PriorityKind | str
    name: str
    country_codes: list[str] = field(default_factory=list)  # ISO 3166-1 alpha-2
    themes: list[str] = field(default_factory=list)
    trip_ids: list[int] = field(default_factory=list)
    relation_ids: list[int] = field(default_factory=list)
    network_ids: list[int] = field(default_factory=list)


@dataclass
class PolicyData(SourceFields):
    title: str
    priorities: list[PriorityData] = field(default_factory=list)
    period_from: int | None = None
    period_to: int | None = None
    adopted_on: dt.date | None = None
    notes: str = ""


@dataclass
class ProjectData(SourceFields):
    name: str
    funding_programme: FundingProgramme | str
    role: ProjectRole | str
    status: ProjectStatus | str
    call: str = ""
    relation_ids: list[int] = field(default_factory=list)
    network_ids: list[int] = field(default_factory=list)
    other_partners: str = ""
    total_budget: Decimal | None = None
    grant: Decimal | None = None
    co_financing: Decimal | None = None
    call_deadline: dt.date | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    report_due: dt.date | None = None
    trip_ids: list[int] = field(default_factory=list)
    notes: str = ""

"""Every mapped class, imported in one place so the metadata is complete."""

from .agreements import Agreement, AgreementDocument, agreement_relations, agreement_themes
from .base import Base
from .budget import BudgetEntry, BudgetLine
from .changes import Change
from .compensation import CompensationPrice
from .country_facts import CountryFacts
from .journey import JourneyLeg
from .mission import TripGift, TripHost, TripLeg, TripStay
from .networks import Network, network_contacts, network_themes
from .people import Contact, OfficeTerm, Official, Organisation
from .places import Country, Place
from .policies import (
    Policy,
    Priority,
    priority_networks,
    priority_relations,
    priority_themes,
    priority_trips,
)
from .projects import Project, project_networks, project_relations, project_trips
from .relations import Relation, RelationEvent, relation_contacts, relation_themes
from .themes import Theme
from .travel import TravelCopyBase, TravelCopyOrigin, TravelCopyReturn
from .trips import (
    DelegationMember,
    FollowUp,
    ProgrammeContact,
    ProgrammeItem,
    Trip,
    TripDestination,
    TripTransport,
    TripTraveller,
    programme_attendees,
    trip_agreements,
    trip_networks,
    trip_relations,
    trip_themes,
)

__all__ = [
    "Agreement",
    "AgreementDocument",
    "Base",
    "BudgetEntry",
    "BudgetLine",
    "Change",
    "CompensationPrice",
    "Contact",
    "Country",
    "CountryFacts",
    "DelegationMember",
    "FollowUp",
    "JourneyLeg",
    "Network",
    "OfficeTerm",
    "Official",
    "Organisation",
    "Place",
    "Policy",
    "Priority",
    "ProgrammeContact",
    "Project",
    "ProgrammeItem",
    "Relation",
    "RelationEvent",
    "Theme",
    "TravelCopyBase",
    "TravelCopyOrigin",
    "TravelCopyReturn",
    "Trip",
    "TripDestination",
    "TripGift",
    "TripHost",
    "TripLeg",
    "TripStay",
    "TripTransport",
    "TripTraveller",
    "agreement_relations",
    "agreement_themes",
    "network_contacts",
    "network_themes",
    "priority_networks",
    "priority_relations",
    "priority_themes",
    "priority_trips",
    "programme_attendees",
    "project_networks",
    "project_relations",
    "project_trips",
    "relation_contacts",
    "relation_themes",
    "trip_agreements",
    "trip_networks",
    "trip_relations",
    "trip_themes",
]

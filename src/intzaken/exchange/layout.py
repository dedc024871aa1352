"""The layout of the exchange files: per register a sheet, its columns with Dutch headings
and how each field is written and read. The single source of truth for export, import and
the empty template.

Lists of names go in one cell, separated by "; " (themes, travellers, destinations).
Lists of rows with several fields get their own sheet (programme, delegation, terms of
office, ...), whose first columns repeat the key of the record they belong to.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..domain.enums import (
    AgreementKind,
    AgreementStatus,
    BudgetEntryKind,
    MembershipStatus,
    NetworkRole,
    RelationEventKind,
    RelationKind,
    RelationStatus,
    Role,
)
from ..domain.models import (
    Agreement,
    BudgetLine,
    Contact,
    Network,
    Official,
    Organisation,
    Place,
    Policy,
    Project,
    Relation,
    Trip,
)
from ..registers import MAIN_REGISTERS, NOUNS, RegisterKey
from ..services.data import (
    AgreementData,
    BudgetEntryData,
    BudgetLineData,
    ContactData,
    NetworkData,
    OfficialData,
    OrganisationData,
    PolicyData,
    ProjectData,
    RelationData,
    RelationEventData,
    TermData,
    TripData,
)
from ..services.editing import EDITORS
from ..services.organisation import create_contact, update_contact
from ..services.places import create_place, update_place
from ..services.policies import POLICY_LOADS
from ..services.projects import PROJECT_LOADS
from ..services.snapshots import (
    agreement_data,
    budget_line_data,
    contact_data,
    network_data,
    official_data,
    organisation_data,
    place_data,
    policy_data,
    project_data,
    relation_data,
    trip_data,
)
from . import cells as c
from . import period_cells as pc
from .setting_sheets import (
    ORGANISATION_SHEET,
    PLACE_SHEET,
    empty_place,
    set_organisation_from_file,
)
from .sheets import (  # noqa: F401 -- the parts of a layout, imported from here elsewhere
    CONTACTS,
    NOTES,
    RESPONSIBLE,
    SOURCE_COLUMNS,
    THEMES,
    ChildSheet,
    Column,
    Sheet,
    child,
)
from .strategy_sheets import POLICY_SHEET, PRIORITIES, PROJECT_SHEET
from .trip_sheets import TRIP_CHILDREN, TRIP_SHEET

_DATA_FIELDS: dict[str, frozenset[str]] = {}  # register name -> its data class's fields


@dataclass(frozen=True)
class SheetLayout:
    name: RegisterKey  # equal to the name on the command line: "trips"
    sheet: Sheet
    model: type[Any]
    order: Sequence[Any]
    empty: Callable[[], Any]  # a new record's data before the file fills it in
    to_data: Callable[[Any], Any]
    create: Callable[[Session, Any], Any]
    update: Callable[[Session, int, Any], Any]
    children: tuple[ChildSheet, ...] = field(default=())
    # Loader options for what `to_data` reads, so a register of thousands of records is
    # loaded in a few batch queries instead of several lazy loads per record.
    loads: Sequence[Any] = ()

    @property
    def noun(self) -> str:
        """Dutch, plural, for counts: "reizen"."""
        return NOUNS[self.name].plural

    def data_fields(self) -> frozenset[str]:
        # Asked once per row: the fields of the data class are worked out once.
        fields = _DATA_FIELDS.get(self.name)
        if fields is None:
            fields = _DATA_FIELDS[self.name] = frozenset(
                f.name for f in dataclasses.fields(self.empty())
            )
        return fields

    def records(self, session: Session) -> list[Any]:
        return list(session.scalars(select(self.model).options(*self.loads).order_by(*self.order)))


# --- contacts (reference data for relations, networks and programmes) --------------------------
CONTACT_SHEET = Sheet(
    "Contactpersonen",
    (
        Column("Naam", "name", c.Text(200), 28),
        Column("Organisatie", "organisation", c.Text(200), 28),
        Column("Functie", "function", c.Text(200), 24),
        Column("E-mailadres", "email", c.Text(200), 28),
        Column("Telefoonnummer", "phone", c.Text(50), 18),
        NOTES,
        *SOURCE_COLUMNS,
    ),
    key=("Naam",),
)

# --- officials ----------------------------------------------------------------------------------
OFFICIAL_SHEET = Sheet(
    "Bestuurders",
    (
        Column("Naam", "name", c.Text(200), 28),
        Column("Verkorte naam", "short_name", c.Text(100), 20),
        NOTES,
        *SOURCE_COLUMNS,
    ),
    key=("Naam",),
)
TERMS = child(
    "Ambtstermijnen",
    OFFICIAL_SHEET,
    {"Naam": "Bestuurder"},
    (
        Column("Rol", "role", c.Choice(Role), 18),
        Column("Begindatum", "start_date", pc.Period("start_precision"), 13),
        Column("Einddatum", "end_date", pc.Period("end_precision"), 13),
        Column("Portefeuille", "portfolio", c.Note(), 50),
        Column("Portefeuillecode", "portfolio_code", c.Text(20), 16),
        # Optional: a workbook written before them reads as before (days).
        Column(
            "Nauwkeurigheid begindatum",
            "start_precision",
            pc.PrecisionOf("start_precision", pc.PRECISION_WORDS),
            10,
            optional=True,
        ),
        Column(
            "Nauwkeurigheid einddatum",
            "end_precision",
            pc.PrecisionOf("end_precision", pc.PRECISION_WORDS),
            10,
            optional=True,
        ),
        *SOURCE_COLUMNS,
    ),
    "terms",
    TermData,
)

# --- budget -------------------------------------------------------------------------------------
BUDGET_SHEET = Sheet(
    "Begroting",
    (
        Column("Jaar", "year", c.Integer(), 8),
        Column("Code", "code", c.Text(40), 12),
        Column("Naam", "name", c.Text(200), 36),
        Column("Bedrag", "amount", c.Money(), 14),
        NOTES,
        *SOURCE_COLUMNS,
    ),
    key=("Jaar", "Naam"),
)
ENTRIES = child(
    "Boekingen",
    BUDGET_SHEET,
    {"Naam": "Begrotingspost"},
    (
        Column("Soort", "kind", c.Choice(BudgetEntryKind), 14),
        Column("Datum", "date", c.Date(), 13),
        Column("Omschrijving", "description", c.Note(), 40),
        Column("Bedrag", "amount", c.Money(), 14),
    ),
    "entries",
    BudgetEntryData,
)

# --- networks -----------------------------------------------------------------------------------
NETWORK_SHEET = Sheet(
    "Netwerken",
    (
        Column("Naam", "name", c.Text(200), 36),
        Column("Afkorting", "acronym", c.Text(40), 12),
        Column("Werkterrein", "scope", c.Note(), 40),
        THEMES,
        Column("Lid sinds", "member_since", c.Integer(), 10),
        Column("Jaarlijkse contributie", "annual_fee", c.Money(), 14),
        RESPONSIBLE,
        Column("Portefeuillecode", "portfolio_code", c.Text(20), 16),
        Column("Rol", "role", c.Choice(NetworkRole), 14),
        Column("Lidmaatschap", "membership", c.Choice(MembershipStatus), 18),
        CONTACTS,
        NOTES,
        *SOURCE_COLUMNS,
    ),
    key=("Naam",),
)

# --- relations ----------------------------------------------------------------------------------
RELATION_SHEET = Sheet(
    "Relaties",
    (
        Column("Plaats", "place_id", c.Place("country"), 22),
        Column("Land", "place_id", c.Country(), 18, target="country"),
        Column("Soort", "kind", c.Choice(RelationKind), 20),
        Column("Status", "status", c.Choice(RelationStatus), 12),
        Column("Relatie sinds", "since_year", c.Integer(), 10),
        THEMES,
        RESPONSIBLE,
        CONTACTS,
        NOTES,
        *SOURCE_COLUMNS,
    ),
    key=("Plaats", "Land", "Soort"),
)
EVENTS = child(
    "Relatiemomenten",
    RELATION_SHEET,
    {"Soort": "Soort relatie"},
    (
        Column("Datum", "date", c.Date(), 13),
        Column("Soort", "kind", c.Choice(RelationEventKind), 14),
        Column("Omschrijving", "description", c.Note(), 50),
    ),
    "events",
    RelationEventData,
)

# --- agreements ---------------------------------------------------------------------------------
AGREEMENT_SHEET = Sheet(
    "Overeenkomsten",
    (
        Column("Titel", "title", c.Text(300), 40),
        Column("Soort", "kind", c.Choice(AgreementKind), 20),
        Column("Status", "status", c.Choice(AgreementStatus), 12),
        Column("Partijen", "counterparts", c.Note(), 30),
        Column("Ondertekend op", "signed_on", c.Date(), 13),
        Column("Ondertekend door", "signed_by", c.Text(200), 24),
        Column("Geldig vanaf", "valid_from", c.Date(), 13),
        Column("Geldig tot en met", "valid_until", c.Date(), 13),
        Column("Verlengingsdatum", "renewal_date", c.Date(), 13),
        THEMES,
        Column("Relaties", "relation_ids", c.References("relation"), 28),
        NOTES,
        # Last, so a workbook of before (without it) still reads: the Woo asks it.
        Column("Document gepubliceerd", "document_published", c.YesNo(), 12),
        *SOURCE_COLUMNS,
    ),
    key=("Titel", "Ondertekend op"),
)


def _editor(register: RegisterKey) -> dict[str, Any]:
    editor = EDITORS[register]
    return {"create": lambda session, data: editor.create(session, data), "update": editor.update}


CONTACTS_REGISTER = RegisterKey.CONTACTS
REGISTERS: dict[str, SheetLayout] = {
    RegisterKey.ORGANISATION: SheetLayout(
        RegisterKey.ORGANISATION,
        ORGANISATION_SHEET,
        Organisation,
        (Organisation.id,),
        lambda: OrganisationData(name=""),
        organisation_data,
        create=set_organisation_from_file,
        update=lambda session, _id, data: set_organisation_from_file(session, data),
    ),
    RegisterKey.PLACES: SheetLayout(
        RegisterKey.PLACES,
        PLACE_SHEET,
        Place,
        (Place.country_code, Place.name, Place.id),
        empty_place,
        place_data,
        create=create_place,
        update=lambda session, place_id, data: update_place(session, place_id, data),
    ),
    CONTACTS_REGISTER: SheetLayout(
        CONTACTS_REGISTER,
        CONTACT_SHEET,
        Contact,
        (Contact.name, Contact.id),
        lambda: ContactData(name=""),
        contact_data,
        create=create_contact,
        update=update_contact,
    ),
    RegisterKey.OFFICIALS: SheetLayout(
        RegisterKey.OFFICIALS,
        OFFICIAL_SHEET,
        Official,
        (Official.name, Official.id),
        lambda: OfficialData(name="", terms=[]),
        official_data,
        children=(TERMS,),
        loads=(selectinload(Official.terms),),
        **_editor(RegisterKey.OFFICIALS),
    ),
    RegisterKey.BUDGET: SheetLayout(
        RegisterKey.BUDGET,
        BUDGET_SHEET,
        BudgetLine,
        (BudgetLine.year, BudgetLine.code, BudgetLine.name, BudgetLine.id),
        lambda: BudgetLineData(year=None, name="", amount=None, entries=[]),
        budget_line_data,
        children=(ENTRIES,),
        loads=(selectinload(BudgetLine.entries),),
        **_editor(RegisterKey.BUDGET),
    ),
    RegisterKey.NETWORKS: SheetLayout(
        RegisterKey.NETWORKS,
        NETWORK_SHEET,
        Network,
        (Network.name, Network.id),
        lambda: NetworkData(name=""),
        network_data,
        loads=(selectinload(Network.themes), selectinload(Network.contacts)),
        **_editor(RegisterKey.NETWORKS),
    ),
    RegisterKey.RELATIONS: SheetLayout(
        RegisterKey.RELATIONS,
        RELATION_SHEET,
        Relation,
        (Relation.id,),
        lambda: RelationData(kind="", place_id=None, status=""),
        relation_data,
        children=(EVENTS,),
        loads=(
            selectinload(Relation.themes),
            selectinload(Relation.contacts),
            selectinload(Relation.events),
        ),
        **_editor(RegisterKey.RELATIONS),
    ),
    RegisterKey.AGREEMENTS: SheetLayout(
        RegisterKey.AGREEMENTS,
        AGREEMENT_SHEET,
        Agreement,
        (Agreement.signed_on.nulls_first(), Agreement.id),
        lambda: AgreementData(kind="", title="", status=""),
        lambda record: agreement_data(record, with_documents=False),
        loads=(selectinload(Agreement.themes), selectinload(Agreement.relations)),
        **_editor(RegisterKey.AGREEMENTS),
    ),
    RegisterKey.TRIPS: SheetLayout(
        RegisterKey.TRIPS,
        TRIP_SHEET,
        Trip,
        (Trip.start_date.nulls_first(), Trip.id),
        lambda: TripData(
            title="",
            kind="",
            status="",
            start_date=None,
            end_date=None,
            destinations=[],
            traveller_ids=[],
            lead_official_id=None,
        ),
        trip_data,
        children=TRIP_CHILDREN,
        loads=tuple(
            selectinload(getattr(Trip, name))
            for name in (
                "destinations",
                "travellers",
                "transport",
                "delegation",
                "programme",
                "legs",
                "journey",
                "stays",
                "hosts",
                "follow_ups",
                "themes",
                "relations",
                "networks",
                "agreements",
            )
        ),
        **_editor(RegisterKey.TRIPS),
    ),
    # After the records its priorities name.
    RegisterKey.POLICIES: SheetLayout(
        RegisterKey.POLICIES,
        POLICY_SHEET,
        Policy,
        (Policy.period_from.nulls_first(), Policy.title, Policy.id),
        lambda: PolicyData(title=""),
        policy_data,
        children=(PRIORITIES,),
        loads=POLICY_LOADS,
        **_editor(RegisterKey.POLICIES),
    ),
    RegisterKey.PROJECTS: SheetLayout(
        RegisterKey.PROJECTS,
        PROJECT_SHEET,
        Project,
        (Project.name, Project.id),
        lambda: ProjectData(name="", funding_programme="", role="", status=""),
        project_data,
        loads=PROJECT_LOADS,
        **_editor(RegisterKey.PROJECTS),
    ),
}
"""In the order an import goes through them: what a register names comes before it."""

# The registers as the command line and the GUI name them; contacts come along with any
# register that names them.
# How an import reads the registers (import_run.py): the workbook's order, but the places
# before the organisation, whose home place is one of them: read after, its row finds the
# place with its coordinates instead of adding it.
IMPORT_ORDER = sorted(REGISTERS.values(), key=lambda r: r.name != RegisterKey.PLACES)

# The kind of reference a register's records are named by in other sheets.
REFERENCE_KIND = {
    RegisterKey.OFFICIALS: "official",
    RegisterKey.NETWORKS: "network",
    RegisterKey.AGREEMENTS: "agreement",
    RegisterKey.CONTACTS: "contact",
    RegisterKey.RELATIONS: "relation",
    RegisterKey.BUDGET: "budget",
}

PUBLIC_REGISTERS = MAIN_REGISTERS
# Along with an export of every register: what the registers stand on.
SETTINGS_REGISTERS = {RegisterKey.ORGANISATION, RegisterKey.PLACES}
NAMING_CONTACTS = {RegisterKey.TRIPS, RegisterKey.RELATIONS, RegisterKey.NETWORKS}


def sheets_of(registers: Sequence[str] | None) -> list[tuple[SheetLayout, Sheet]]:
    """The sheets an export of `registers` (None: all) writes, in import order."""
    chosen = set(PUBLIC_REGISTERS if registers is None else registers)
    if registers is None:  # everything the file holds, so that all of it comes back
        chosen |= SETTINGS_REGISTERS
    if chosen & NAMING_CONTACTS:
        chosen.add(CONTACTS_REGISTER)
    result: list[tuple[SheetLayout, Sheet]] = []
    for register in REGISTERS.values():
        if register.name in chosen:
            result.append((register, register.sheet))
            result.extend((register, sheet) for sheet in register.children)
    return result


def file_sheets(registers: Sequence[str] | None) -> list[tuple[SheetLayout | None, Sheet]]:
    """The sheets a file of `registers` holds; with all of them the countries' facts
    too, which belong to no register (country_facts_sheet.py) and are read last."""
    from .country_facts_sheet import COUNTRY_FACTS_SHEET

    chosen: list[tuple[SheetLayout | None, Sheet]] = list(sheets_of(registers))
    return chosen + [(None, COUNTRY_FACTS_SHEET)] if registers is None else chosen


def all_sheet_names() -> list[str]:
    return [sheet.name for _, sheet in file_sheets(None)]

"""What the search looks in: per register, the texts that belong to a record.

A field is one query of (record id, text): a column of the record itself, or of what hangs
from it (a trip's programme items, a relation's place, the places of the trips a contact
was met on). Adding a column to the search is one line in a register's `fields`; the first
field is the record's title, whose matches rank first (trips: newest first instead).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    ColumnExpressionArgument,
    Select,
    String,
    Table,
    and_,
    bindparam,
    cast,
    extract,
    func,
    inspect,
    select,
)
from sqlalchemy.orm import InstrumentedAttribute

from ...domain.enums import (
    AgreementKind,
    AgreementStatus,
    RelationKind,
    RelationStatus,
    TripKind,
    TripStatus,
)
from ...domain.labels import LABELS, label
from ...domain.models import (
    Agreement,
    BudgetEntry,
    BudgetLine,
    Contact,
    Country,
    DelegationMember,
    FollowUp,
    Network,
    OfficeTerm,
    Official,
    Place,
    ProgrammeContact,
    ProgrammeItem,
    Relation,
    RelationEvent,
    Theme,
    Trip,
    TripDestination,
    TripTraveller,
    agreement_relations,
    agreement_themes,
    network_contacts,
    network_themes,
    relation_contacts,
    relation_themes,
    trip_themes,
)
from ...i18n import N_
from ...registers import RegisterKey
from .folding import contains, fold, like_pattern
from .results import found_words


@dataclass(frozen=True)
class Field:
    """A text of a record: `rows` selects (record id, text); `label` names it (a message id)."""

    label: str
    rows: Select[Any, Any]  # (record id, text)

    @property
    def key(self) -> ColumnElement[int]:
        return self.rows.selected_columns[0]

    @property
    def text(self) -> ColumnElement[Any]:
        return self.rows.selected_columns[1]

    def parameter(self, field_index: int, word_index: int) -> str:
        """The name of the bound parameter that holds a word for this field (fields that
        compare the same way share one)."""
        return f"w{word_index}"

    def matches(self, dialect: str, parameter: str) -> ColumnElement[bool]:
        """SQL: this field's text holds the word in `parameter` (see `value`)."""
        return contains(dialect, self.text, bindparam(parameter))

    def match_parts(self, dialect: str, parameter: str) -> tuple[Select[Any], Any]:
        """(the ids of the records with this field, the condition that its text holds
        the word in `parameter`): fields with the same first part are asked in one
        pass over their table (a trip's title, purpose, outcomes and notes)."""
        ids = self.rows.with_only_columns(self.key.label("key"), maintain_column_froms=True)
        return ids, self.matches(dialect, parameter)

    def value(self, word: str) -> object:
        """What `parameter` holds for `word`."""
        return like_pattern(word)

    def shown(self, value: object) -> str:
        """The text as the user reads it."""
        return "" if value is None else str(value)

    def holds(self, value: object, words: tuple[str, ...]) -> set[str]:
        """Which of `words` the stored `value` holds."""
        return found_words(self.shown(value), words)


@dataclass(frozen=True)
class LabelField(Field):
    """A kind or status: stored as a code, found by its word in the current language or
    in Dutch ("stedenband" finds the twin cities in the English interface too)."""

    vocabulary: type[StrEnum] = StrEnum

    def parameter(self, field_index: int, word_index: int) -> str:
        return f"f{field_index}w{word_index}"

    def matches(self, dialect: str, parameter: str) -> ColumnElement[bool]:
        return self.text.in_(bindparam(parameter, expanding=True))

    def value(self, word: str) -> object:
        """The codes whose word holds `word` (none: IN () is false)."""
        return [
            code
            for code in self.vocabulary
            if word in fold(label(code)) or word in fold(LABELS[code])
        ]

    def shown(self, value: object) -> str:
        return "" if value is None else label(self.vocabulary(str(value)))

    def holds(self, value: object, words: tuple[str, ...]) -> set[str]:
        if value is None:
            return set()
        code = self.vocabulary(str(value))
        return found_words(label(code), words) | found_words(LABELS[code], words)


@dataclass(frozen=True)
class YearField(Field):
    """A year, compared with words of digits only."""

    def parameter(self, field_index: int, word_index: int) -> str:
        return f"y{word_index}"

    def matches(self, dialect: str, parameter: str) -> ColumnElement[bool]:
        # The year is not even worked out for a word that is not a number.
        given = bindparam(parameter, type_=String)
        return and_(given.is_not(None), super().matches(dialect, parameter))

    def value(self, word: str) -> object:
        return like_pattern(word) if word.isdigit() else None


def year_of(column: ColumnExpressionArgument[Any]) -> ColumnElement[str]:
    """A date's year as text ("2024"), the same on SQLite and PostgreSQL."""
    return cast(extract("year", column), String)


@dataclass(frozen=True)
class SearchRegister:
    """A register as the search sees it: its fields, and how its results are ordered."""

    key: RegisterKey
    heading: str  # message id
    record_id: InstrumentedAttribute[int]
    order: tuple[ColumnExpressionArgument[Any], ...]
    fields: tuple[Field, ...]
    # The tables `order` needs beside the record's own, with how they join.
    joins: tuple[tuple[Any, ColumnElement[bool]], ...] = ()
    title_first: bool = True  # records whose title holds every word before the others

    @property
    def title(self) -> Field:
        return self.fields[0]


@dataclass(frozen=True)
class LinkedField(Field):
    """A text in a record that the record points at, directly (a trip's destination's
    place name) or through others (the places of the trips a contact was met on).

    Found from the far end inwards: the few targets whose text holds the word, then the
    rows pointing at them, each step through an index (`reference IN (SELECT ...)`),
    rather than joining every record to its targets and looking at each text."""

    # From the record's table outwards: (column here, column it points at there).
    hops: tuple[tuple[Any, Any], ...] = ()

    def match_parts(self, dialect: str, parameter: str) -> tuple[Select[Any], Any]:
        (reference, target_key), *inward = reversed(self.hops)
        ids: Any = select(target_key).where(self.matches(dialect, parameter))
        for pointing, pointed_at in inward:
            ids = select(pointed_at).where(reference.in_(ids))
            reference = pointing
        base = select(self.key.label("key")).where(self.key.is_not(None))
        return base, reference.in_(ids)


def linked(
    label: str,
    key: Any,
    text: InstrumentedAttribute[Any],
    reference: Any,
    *between: tuple[Any, Any],
) -> LinkedField:
    """A field whose text is in the record `reference` points at (at its primary key).
    Where `reference` is not in the record's own table, `between` leads there: pairs of
    (a column, the column it points at), from the record's table outwards."""
    hops = (*between, (reference, inspect(text.class_).primary_key[0]))
    rows = select(key, text)
    for pointing, pointed_at in hops:
        table = (
            pointed_at.class_ if isinstance(pointed_at, InstrumentedAttribute) else pointed_at.table
        )
        rows = rows.join(table, pointed_at == pointing)
    return LinkedField(label, rows, hops)


def themes(link: Table) -> LinkedField:
    """A record's themes, through its link table to them."""
    return linked(N_("Theme"), link.c[0], Theme.name, link.c[1])


def _with_contact(text: InstrumentedAttribute[str]) -> Select[Any, Any]:
    """(contact id, text) of the programme items each contact was met at."""
    return select(ProgrammeContact.contact_id, text).join(
        ProgrammeItem, ProgrammeItem.id == ProgrammeContact.programme_item_id
    )


# A contact met on a trip: at the places and in the countries that trip went to.
_met_on_trip = (
    (ProgrammeContact.programme_item_id, ProgrammeItem.id),
    (ProgrammeItem.trip_id, TripDestination.trip_id),
)
_relation_place = linked(N_("Place"), Relation.id, Place.name, Relation.place_id)

TRIPS = SearchRegister(
    RegisterKey.TRIPS,
    N_("Trips"),
    Trip.id,
    (Trip.start_date.desc().nulls_last(), Trip.id.desc()),
    (
        Field(N_("Title"), select(Trip.id, Trip.title)),
        linked(N_("Destination"), TripDestination.trip_id, Place.name, TripDestination.place_id),
        linked(N_("Country"), TripDestination.trip_id, Country.name, TripDestination.country_code),
        Field(N_("Purpose"), select(Trip.id, Trip.purpose)),
        Field(N_("Outcomes"), select(Trip.id, Trip.outcomes)),
        Field(N_("Notes"), select(Trip.id, Trip.notes)),
        Field(N_("Source document"), select(Trip.id, Trip.source)),
        Field(N_("Programme"), select(ProgrammeItem.trip_id, ProgrammeItem.activity)),
        Field(N_("Programme: place"), select(ProgrammeItem.trip_id, ProgrammeItem.place)),
        Field(N_("Programme: address"), select(ProgrammeItem.trip_id, ProgrammeItem.address)),
        Field(N_("Programme: purpose"), select(ProgrammeItem.trip_id, ProgrammeItem.purpose)),
        Field(
            N_("Programme: talking points"),
            select(ProgrammeItem.trip_id, ProgrammeItem.talking_points),
        ),
        linked(
            N_("Programme: met"),
            ProgrammeItem.trip_id,
            Contact.name,
            ProgrammeContact.contact_id,
            (ProgrammeItem.id, ProgrammeContact.programme_item_id),
        ),
        linked(N_("Travellers"), TripTraveller.trip_id, Official.name, TripTraveller.official_id),
        Field(N_("Delegation"), select(DelegationMember.trip_id, DelegationMember.name)),
        Field(N_("Delegation"), select(DelegationMember.trip_id, DelegationMember.organisation)),
        Field(N_("Follow-up"), select(FollowUp.trip_id, FollowUp.description)),
        themes(trip_themes),
        LabelField(N_("Kind"), select(Trip.id, Trip.kind), TripKind),
        LabelField(N_("Status"), select(Trip.id, Trip.status), TripStatus),
        YearField(N_("Year"), select(Trip.id, year_of(Trip.start_date))),
    ),
    title_first=False,  # "when were we last there": the newest trip first
)

RELATIONS = SearchRegister(
    RegisterKey.RELATIONS,
    N_("Relations"),
    Relation.id,
    (func.lower(Place.name), Relation.id),
    (
        _relation_place,
        Field(
            N_("Country"),
            _relation_place.rows.with_only_columns(Relation.id, Country.name).join(
                Country, Country.code == Place.country_code
            ),
        ),
        Field(N_("Notes"), select(Relation.id, Relation.notes)),
        Field(N_("Source document"), select(Relation.id, Relation.source)),
        Field(N_("Event"), select(RelationEvent.relation_id, RelationEvent.description)),
        linked(
            N_("Contact"),
            relation_contacts.c.relation_id,
            Contact.name,
            relation_contacts.c.contact_id,
        ),
        linked(
            N_("Contact"),
            relation_contacts.c.relation_id,
            Contact.organisation,
            relation_contacts.c.contact_id,
        ),
        linked(
            N_("Portfolio holder"), Relation.id, Official.name, Relation.responsible_official_id
        ),
        themes(relation_themes),
        LabelField(N_("Kind"), select(Relation.id, Relation.kind), RelationKind),
        LabelField(N_("Status"), select(Relation.id, Relation.status), RelationStatus),
    ),
    joins=((Place, Place.id == Relation.place_id),),
)

CONTACTS = SearchRegister(
    RegisterKey.CONTACTS,
    N_("Contacts"),
    Contact.id,
    (func.lower(Contact.name), Contact.id),
    (
        Field(N_("Name"), select(Contact.id, Contact.name)),
        Field(N_("Organisation"), select(Contact.id, Contact.organisation)),
        Field(N_("Function"), select(Contact.id, Contact.function)),
        Field(N_("E-mail"), select(Contact.id, Contact.email)),
        Field(N_("Phone"), select(Contact.id, Contact.phone)),
        Field(N_("Notes"), select(Contact.id, Contact.notes)),
        linked(
            N_("Relation"),
            relation_contacts.c.contact_id,
            Place.name,
            Relation.place_id,
            (relation_contacts.c.relation_id, Relation.id),
        ),
        linked(
            N_("Network"),
            network_contacts.c.contact_id,
            Network.name,
            network_contacts.c.network_id,
        ),
        linked(
            N_("Met on a trip to"),
            ProgrammeContact.contact_id,
            Place.name,
            TripDestination.place_id,
            *_met_on_trip,
        ),
        linked(
            N_("Met on a trip to"),
            ProgrammeContact.contact_id,
            Country.name,
            TripDestination.country_code,
            *_met_on_trip,
        ),
        Field(N_("Met at"), _with_contact(ProgrammeItem.place)),
        Field(N_("Met for"), _with_contact(ProgrammeItem.activity)),
    ),
)

AGREEMENTS = SearchRegister(
    RegisterKey.AGREEMENTS,
    N_("Agreements"),
    Agreement.id,
    (Agreement.signed_on.desc().nulls_last(), Agreement.id.desc()),
    (
        Field(N_("Title"), select(Agreement.id, Agreement.title)),
        Field(N_("Counterparts"), select(Agreement.id, Agreement.counterparts)),
        linked(
            N_("Relation"),
            agreement_relations.c.agreement_id,
            Place.name,
            Relation.place_id,
            (agreement_relations.c.relation_id, Relation.id),
        ),
        Field(N_("Signed by"), select(Agreement.id, Agreement.signed_by)),
        Field(N_("Notes"), select(Agreement.id, Agreement.notes)),
        Field(N_("Source document"), select(Agreement.id, Agreement.source)),
        themes(agreement_themes),
        LabelField(N_("Kind"), select(Agreement.id, Agreement.kind), AgreementKind),
        LabelField(N_("Status"), select(Agreement.id, Agreement.status), AgreementStatus),
    ),
)

NETWORKS = SearchRegister(
    RegisterKey.NETWORKS,
    N_("Networks"),
    Network.id,
    (func.lower(Network.name), Network.id),
    (
        Field(N_("Name"), select(Network.id, Network.name)),
        Field(N_("Acronym"), select(Network.id, Network.acronym)),
        Field(N_("Scope"), select(Network.id, Network.scope)),
        Field(N_("Notes"), select(Network.id, Network.notes)),
        Field(N_("Source document"), select(Network.id, Network.source)),
        linked(N_("Portfolio holder"), Network.id, Official.name, Network.responsible_official_id),
        linked(
            N_("Contact"),
            network_contacts.c.network_id,
            Contact.name,
            network_contacts.c.contact_id,
        ),
        themes(network_themes),
    ),
)

OFFICIALS = SearchRegister(
    RegisterKey.OFFICIALS,
    N_("Officials"),
    Official.id,
    (func.lower(Official.name), Official.id),
    (
        Field(N_("Name"), select(Official.id, Official.name)),
        Field(N_("Short name"), select(Official.id, Official.short_name)),
        Field(N_("Portfolio"), select(OfficeTerm.official_id, OfficeTerm.portfolio)),
        Field(N_("Notes"), select(Official.id, Official.notes)),
        Field(N_("Source document"), select(Official.id, Official.source)),
    ),
)

BUDGET = SearchRegister(
    RegisterKey.BUDGET,
    N_("Budget lines"),
    BudgetLine.id,
    (BudgetLine.year.desc(), func.lower(BudgetLine.name), BudgetLine.id),
    (
        Field(N_("Name"), select(BudgetLine.id, BudgetLine.name)),
        Field(N_("Code"), select(BudgetLine.id, BudgetLine.code)),
        Field(N_("Notes"), select(BudgetLine.id, BudgetLine.notes)),
        Field(N_("Source document"), select(BudgetLine.id, BudgetLine.source)),
        Field(N_("Booking"), select(BudgetEntry.budget_line_id, BudgetEntry.description)),
        YearField(N_("Year"), select(BudgetLine.id, cast(BudgetLine.year, String))),
    ),
)

# In the order the results show: who and what we have with a place, then when we went.
SEARCH_REGISTERS: tuple[SearchRegister, ...] = (
    RELATIONS,
    TRIPS,
    CONTACTS,
    AGREEMENTS,
    NETWORKS,
    OFFICIALS,
    BUDGET,
)

"""Records by their names, and names by their records: the file speaks in names, the
services in record numbers.

Looked up in the session as it is, so a record added earlier in the same import (an
official, a budget line) can be named by the rows after it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from ..domain.base import table_of
from ..domain.enums import PlaceKind
from ..domain.models import (
    Agreement,
    BudgetLine,
    Contact,
    Country,
    Network,
    Official,
    Place,
    Trip,
)
from ..domain.models import Relation as RelationModel
from ..i18n import _
from ..services import gazetteer
from ..services.checks import Checker
from ..services.data import PlaceData
from ..services.errors import ValidationError
from ..services.gazetteer import Candidate
from ..services.places import check_place
from ..services.sql_text import database_lower
from .cells import _PLACE_IN_COUNTRY, CellError
from .country_lookup import CountryAnswer, CountryLookup
from .record_names import (
    _KIND_AFTER,
    _KINDS,
    _TRIP_ON,
    WHAT,
    relation_name,
    relation_of_kind_name,
    trip_name,
)

# One compiled statement for every place an import adds (a new insert().values() would be
# compiled, or its cache key worked out, for each).
_INSERT_PLACE = insert(table_of(Place))


class SessionNames:
    def __init__(self, session: Session, *, on_added: Callable[[Any], None] | None = None) -> None:
        """`on_added(record)` is told of every record `added` (the places this adds too)."""
        self.session = session
        self._on_added = on_added
        # (kind, name in lower case) -> where that record's own row failed, so a reference
        # to it says so instead of calling it unknown.
        self.failed: dict[tuple[str, str], str] = {}
        self._search: dict[str, Callable[[str], Sequence[int]]] = {
            "official": self._officials,
            "relation": self._relations,
            "network": self._networks,
            "agreement": self._agreements,
            "contact": self._contacts,
            "trip": self._trips,
            "relation_of_kind": self._relations_of_kind,
        }
        self._countries = CountryLookup(session)
        self._indexes: dict[type[Any], dict[str, dict[str, list[tuple[int, Any]]]]] = {}
        self._relations_by_place: dict[int, list[int]] | None = None
        # What _named answered, per model, until the import adds or changes one of its
        # records: a file names the same budget line in thousands of rows, and a name can
        # stand for a line in each of many years, each to be looked at to find the year.
        self._found: dict[type[Any], dict[tuple[Any, ...], tuple[int, ...]]] = {}
        # The same for reference_id's answers, by kind and text as written.
        self._references: dict[str, dict[str, int]] = {}
        # (country code, name as the database's lower() gives it) -> the first such place: the
        # twins check_place looks for, answered from memory (on PostgreSQL the lower() of
        # each place the import adds is asked of the server).
        self._place_twins: dict[tuple[str, str], int] | None = None
        # (uuid, number, title) of the places added, for their history entries.
        self._created_places: list[tuple[UUID, int, str]] = []
        # (as written, as read) for each cell read through a synonym since the last
        # take_readings(): the reader turns them into notices at the cell's sheet and row.
        # Public so the reader can see there are none without a call for each cell.
        self.readings: list[tuple[str, str]] = []
        # (name, what was done) for each place given coordinates from the gazetteer, or
        # left without for a choice, since the last take_remarks(): notices of the row.
        self._remarks: list[tuple[str, str]] = []

    # --- writing ---------------------------------------------------------------------------------
    def country_name(self, code: str) -> str:
        country = self.session.get(Country, code)
        return country.name if country else code

    def place_parts(self, place_id: int) -> tuple[str, str]:
        place = self.session.get(Place, place_id)
        assert place is not None
        return place.name, place.country.name

    def budget_line_name(self, line_id: int) -> str:
        line = self.session.get(BudgetLine, line_id)
        assert line is not None
        return line.name

    def reference_name(self, kind: str, record_id: int) -> str:
        model = {
            "official": Official,
            "relation": RelationModel,
            "network": Network,
            "agreement": Agreement,
            "contact": Contact,
            "trip": Trip,
            "relation_of_kind": RelationModel,
        }[kind]
        record = self.session.get(model, record_id)
        if kind == "relation_of_kind":
            assert isinstance(record, RelationModel)
            return relation_of_kind_name(record)
        if isinstance(record, RelationModel):
            return relation_name(record)
        if isinstance(record, Trip):
            return trip_name(record.title, record.start_date)
        if isinstance(record, Agreement):
            return record.title
        assert isinstance(record, Official | Network | Contact), (kind, record_id)
        return record.name

    # --- reading ---------------------------------------------------------------------------------
    def official_id(self, text: str) -> int:
        return self.reference_id("official", text)

    def read_as(self, written: str, meaning: str) -> None:
        """A cell `written` so was read as `meaning` (a synonym, synonyms.py)."""
        self.readings.append((" ".join(written.split()), meaning))

    def take_readings(self) -> list[tuple[str, str]]:
        """(as written, as read) of the synonyms read since the last call."""
        readings, self.readings = self.readings, []
        return readings

    def take_remarks(self) -> list[tuple[str, str]]:
        remarks, self._remarks = self._remarks, []
        return remarks

    def proposed_position(self, name: str, country_code: str) -> Candidate | None:
        """The city of GeoNames called `name` in the country, when there is one only (a
        notice says where the coordinates came from); None, with a notice naming the
        choices, when there are several; None, silently, when there is none."""
        found = gazetteer.candidates(name, country_code)
        one = gazetteer.unambiguous(name, country_code) if found else None
        if one is not None:
            self._remarks.append(
                (
                    name,
                    _("coordinates of '{name}' from GeoNames: {place}.").format(
                        name=name, place=gazetteer.describe(one)
                    ),
                )
            )
        elif found:
            self._remarks.append(
                (
                    name,
                    _(
                        "'{name}' left without coordinates: GeoNames knows {choices}; "
                        "fill them in by hand."
                    ).format(name=name, choices="; ".join(map(gazetteer.describe, found[:5]))),
                )
            )
        return one

    def with_position(self, data: PlaceData, stored: PlaceData | None) -> PlaceData:
        """A place row without coordinates: a new place gets those of GeoNames when its
        name is unambiguous there (proposed_position); a `stored` place keeps its own,
        so that a file older than they are does not wipe them out. A stored place without
        any is left as it is (`intzaken places fill-coordinates` fills those in)."""
        if data.latitude is not None or data.longitude is not None:
            return data
        if stored is not None:
            return dataclasses.replace(data, latitude=stored.latitude, longitude=stored.longitude)
        if not data.name or not data.country_code or data.kind != PlaceKind.CITY:
            return data  # a problem of the row's own, or a region (GeoNames lists cities)
        position = self.proposed_position(data.name.strip(), data.country_code)
        if position is None:
            return data
        return dataclasses.replace(data, latitude=position.latitude, longitude=position.longitude)

    def known_country_code(self, text: str) -> str | None:
        """country_code's answer, or None where it would refuse `text`."""
        return self._country_answer(text, report=True)[1]

    def country_code(self, text: str) -> str:
        code = self._country_answer(text, report=True)[1]
        if code is None:
            raise CellError(
                _(
                    "'{name}' is not a known country (use the Dutch name, such as "
                    "'Duitsland', or the country code, such as 'DE')."
                ).format(name=text)
            )
        return code

    def _country(self, text: str, *, report: bool = False) -> Country | None:
        """The country by its Dutch name or code (case, accents and spaces aside), else
        by another name (synonyms.py), which `report` reports as read."""
        return self._country_answer(text, report=report)[0]

    def _country_answer(self, text: str, *, report: bool) -> CountryAnswer:
        answer = self._countries.answer(text)
        country, _code, by_synonym = answer
        if by_synonym and report:  # reported each time it is read
            assert country is not None
            self.read_as(text, country.name)
        return answer

    def place_id(self, name: str, country_code: str) -> int:
        places = self._named(Place, "name", text=name, within=country_code)
        if places:
            return places[0]
        # The service's rules; the row written directly, not through a flush of the whole
        # unit of work per place (hundreds of new places in a large file). What is stored
        # is what create_place stores (tests/test_exchange_bulk.py).
        check = Checker()
        place = check_place(
            check,
            self.session,
            PlaceData(name=name, country_code=country_code),
            twin=self.place_twin,
        )
        if place is None:
            raise CellError(
                _("place '{name}' cannot be added: {problems}").format(
                    name=name, problems=ValidationError(check.problems)
                )
            )
        position = self.proposed_position(place.name, place.country_code)
        if position is not None:
            place.latitude, place.longitude = position.latitude, position.longitude
        place.uuid, place.version = uuid4(), 1  # what insert() would give them
        # An INSERT of one row has its key.
        place.id = (
            self.session.connection()  # type: ignore[index]
            .execute(
                _INSERT_PLACE,
                {
                    "uuid": place.uuid,
                    "version": place.version,
                    "name": place.name,
                    "kind": place.kind,
                    "country_code": place.country_code,
                    "latitude": place.latitude,
                    "longitude": place.longitude,
                },
            )
            .inserted_primary_key[0]
        )
        self.added(place)
        # Titled as services.tracked_records titles a stored place: "Oslo (Noorwegen)".
        country = self.session.get(Country, place.country_code)
        self._created_places.append(
            (
                place.uuid,
                place.id,
                f"{place.name} ({country.name if country else place.country_code})",
            )
        )
        return place.id

    def take_created_places(self) -> list[tuple[UUID, int, str]]:
        """(uuid, number, title) of the places added since the last call."""
        created, self._created_places = self._created_places, []
        return created

    def place_twin(self, country_code: str, name: str) -> int | None:
        """services.places.place_twin's answer, from the places read once (in the order
        of their numbers, as that query reads them) and those the import added."""
        if self._place_twins is None:
            self._place_twins = {}
            for place_id, lowered, code in self.session.execute(
                select(Place.id, func.lower(Place.name), Place.country_code).order_by(Place.id)
            ):
                self._place_twins.setdefault((code, lowered), place_id)
        return self._place_twins.get((country_code, name.lower()))

    def budget_line_id(self, text: str, year: int | None) -> int:
        lines = self._named(BudgetLine, "name", "code", text=text, within=year)
        if len(lines) == 1:
            return lines[0]
        in_year = _(" in {year}").format(year=year) if year is not None else ""
        if lines:  # two or more
            raise CellError(
                _("'{name}' matches {count} budget lines{in_year}; give the exact name.").format(
                    name=text, count=len(lines), in_year=in_year
                )
            )
        raise CellError(self._failed_or_unknown("budget", text, _("budget line") + in_year))

    def reference_id(self, kind: str, text: str) -> int:
        known = self._references.get(kind, {}).get(text)
        if known is not None:
            return known
        found = list(dict.fromkeys(self._search[kind](text)))
        if len(found) == 1:
            if kind in _REMEMBERED.values():
                self._references.setdefault(kind, {})[text] = found[0]
            return found[0]
        if found:
            raise CellError(
                _("'{name}' matches {count} records ({what}); give the full name.").format(
                    name=text, count=len(found), what=_(WHAT[kind])
                )
            )
        return self._refuse(kind, text)

    def _refuse(self, kind: str, text: str) -> int:
        raise CellError(self._failed_or_unknown(kind, text, _(WHAT[kind])))

    def _failed_or_unknown(self, kind: str, text: str, what: str) -> str:
        where = self.failed.get((kind, text.casefold()))
        match = _PLACE_IN_COUNTRY.match(text) if kind == "relation" else None
        if not where and match:  # "Oslo (Noorwegen)": the relation's row names the place
            where = self.failed.get((kind, match["place"].casefold()))
        if where:
            return _(
                "{what} '{name}' is in this file, but that row has a problem of its own ({where})."
            ).format(what=what, name=text, where=where)
        return _("{what} '{name}' is unknown.").format(what=what, name=text)

    # SQLite's lower() folds ASCII only ("Łódź" stays "Łódź"), so names are compared in
    # Python, where casefold() knows every alphabet. Each model's names are read once
    # into an index (a file names the same few hundred records thousands of times);
    # `added` and `changed` keep it in step with what the import itself writes.
    def _index(self, model: type[Any]) -> dict[str, dict[str, list[tuple[int, Any]]]]:
        index = self._indexes.get(model)
        if index is None:
            columns, scope = _SEARCHED[model]
            index = {column: {} for column in columns}
            attributes = [getattr(model, c) for c in (*columns, scope) if c]
            for row in self.session.execute(select(model.id, *attributes).order_by(model.id)):
                self._enter(index, model, row[0], row[1:])
            self._indexes[model] = index
        return index

    @staticmethod
    def _enter(
        index: dict[str, dict[str, list[tuple[int, Any]]]],
        model: type[Any],
        record_id: int,
        values: Sequence[Any],
    ) -> None:
        columns, scope = _SEARCHED[model]
        within = values[len(columns)] if scope else None
        for column, value in zip(columns, values, strict=False):
            index[column].setdefault((value or "").casefold(), []).append((record_id, within))

    def added(self, record: Any) -> None:
        """`record` was created by the import; names after it find it."""
        model = type(record)
        self._forget(model)
        if model is RelationModel:
            self._relations_by_place = None
        if model is Place and self._place_twins is not None:
            lowered = database_lower(self.session.connection())(record.name)
            self._place_twins.setdefault((record.country_code, lowered), record.id)
        if self._on_added is not None:
            self._on_added(record)
        if model in self._indexes:
            columns, scope = _SEARCHED[model]
            self._enter(
                self._indexes[model],
                model,
                record.id,
                [getattr(record, c) for c in (*columns, scope) if c],
            )

    def changed(self, model: type[Any]) -> None:
        """A record of `model` was changed by the import: its names are read again."""
        self._indexes.pop(model, None)
        self._forget(model)
        if model in (RelationModel, Place):
            self._relations_by_place = None
        if model is Place:
            self._place_twins = None

    def _forget(self, model: type[Any]) -> None:
        self._found.pop(model, None)
        self._references.pop(_REMEMBERED.get(model, ""), None)

    def _named(self, model: type[Any], *columns: str, text: str, within: Any = None) -> list[int]:
        """The numbers of the records whose first column in `columns` equals `text` (case
        aside); `within`: only those in that country (places) or year (budget lines)."""
        wanted = text.casefold()
        answers = self._found.setdefault(model, {})
        key = (columns, wanted, within)
        found = answers.get(key)
        if found is None:
            found = answers[key] = self._look_up(model, columns, wanted, within)
        return list(found)

    def _look_up(
        self, model: type[Any], columns: tuple[str, ...], wanted: str, within: Any
    ) -> tuple[int, ...]:
        index = self._index(model)
        for column in columns:
            found = tuple(
                record_id
                for record_id, scope in index[column].get(wanted, ())
                if within is None or scope == within
            )
            if found:
                return found
        return ()

    def _officials(self, text: str) -> Sequence[int]:
        return self._named(Official, "name", "short_name", text=text)

    def _relations(self, text: str) -> Sequence[int]:
        match = _PLACE_IN_COUNTRY.match(text)
        within = None
        if match:
            country = self._country(match["country"], report=True)
            if country is None:
                return []
            within = country.code
        places = self._named(Place, "name", text=match["place"] if match else text, within=within)
        if self._relations_by_place is None:
            self._relations_by_place = {}
            for relation_id, place_id in self.session.execute(
                select(RelationModel.id, RelationModel.place_id).order_by(RelationModel.id)
            ):
                self._relations_by_place.setdefault(place_id, []).append(relation_id)
        return [r for place_id in places for r in self._relations_by_place.get(place_id, ())]

    def _networks(self, text: str) -> Sequence[int]:
        return self._named(Network, "name", "acronym", text=text)

    def _agreements(self, text: str) -> Sequence[int]:
        return self._named(Agreement, "title", text=text)

    def _contacts(self, text: str) -> Sequence[int]:
        return self._named(Contact, "name", text=text)

    def _relations_of_kind(self, text: str) -> Sequence[int]:
        """relation_of_kind_name's text, or a relation named as elsewhere ("Oslo (Noorwegen)")."""
        match = _KIND_AFTER.match(text)
        kind = _KINDS.get(match["kind"].strip().casefold()) if match else None
        if match is None or kind is None:
            return self._relations(text)
        found = self._relations(match["relation"])
        return [
            r
            for r in found
            if (relation := self.session.get(RelationModel, r)) and relation.kind is kind
        ]

    def _trips(self, text: str) -> Sequence[int]:
        # A priority's trips (policies' sheet "Prioriteiten"), by title and start date as
        # trip_name writes them, or by title alone when that is unique.
        match = _TRIP_ON.match(text)
        if match is None:
            return self._named(Trip, "title", text=text)
        start = dt.date.fromisoformat(match["start"])
        # A date the same file changes (or a typo in it) leaves the title: found when that
        # is unique, refused as ambiguous otherwise.
        return self._named(Trip, "title", text=match["title"], within=start) or self._named(
            Trip, "title", text=match["title"]
        )


# What each model is searched by, and what narrows the search ("" for nothing).
_SEARCHED: dict[type[Any], tuple[tuple[str, ...], str]] = {
    Official: (("name", "short_name"), ""),
    Network: (("name", "acronym"), ""),
    Agreement: (("title",), ""),
    Contact: (("name",), ""),
    Trip: (("title",), "start_date"),
    Place: (("name",), "country_code"),
    BudgetLine: (("name", "code"), "year"),
}

# The kinds whose references are remembered, by the model they are found in alone (a
# relation is found through its place, so it is looked up each time).
_REMEMBERED: dict[type[Any], str] = {
    Official: "official",
    Network: "network",
    Agreement: "agreement",
    Contact: "contact",
}

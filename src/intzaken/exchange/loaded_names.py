"""Names by record number for an export, each register's read once with a column query.

An export names tens of thousands of references (travellers, destinations, budget lines);
looking each one up in the session costs a query or an identity-map walk per cell. The
database does not change during an export, so the names are loaded once, on first use.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.labels import LABELS
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
from .names import SessionNames, trip_name


class LoadedNames(SessionNames):
    """SessionNames whose writing side answers from dictionaries (reading is unchanged)."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._loaded: dict[str, dict[Any, Any]] = {}
        self._loaders: dict[str, Callable[[], dict[Any, Any]]] = {
            "official": lambda: self._pairs(Official.id, Official.name),
            "contact": lambda: self._pairs(Contact.id, Contact.name),
            "network": lambda: self._pairs(Network.id, Network.name),
            "agreement": lambda: self._pairs(Agreement.id, Agreement.title),
            "trip": self._trip_names,
            "relation_of_kind": self._relation_of_kind_names,
            "budget": lambda: self._pairs(BudgetLine.id, BudgetLine.name),
            "country": lambda: self._pairs(Country.code, Country.name),
            "place": self._places,
            "relation": self._relation_names,
        }

    def _pairs(self, key: Any, value: Any) -> dict[Any, Any]:
        return {k: v for k, v in self.session.execute(select(key, value))}

    def _places(self) -> dict[int, tuple[str, str]]:
        rows = self.session.execute(
            select(Place.id, Place.name, Country.name).join(
                Country, Country.code == Place.country_code
            )
        )
        return {place_id: (name, country) for place_id, name, country in rows}

    def _relation_of_kind_names(self) -> dict[int, str]:
        names = self._names("relation")
        rows = self.session.execute(select(RelationModel.id, RelationModel.kind))
        # The same text as names.relation_of_kind_name.
        return {relation_id: f"{names[relation_id]}: {LABELS[kind]}" for relation_id, kind in rows}

    def _trip_names(self) -> dict[int, str]:
        rows = self.session.execute(select(Trip.id, Trip.title, Trip.start_date))
        return {trip_id: trip_name(title, start) for trip_id, title, start in rows}

    # Not _relations: that is SessionNames' search by text, which reading still uses.
    def _relation_names(self) -> dict[int, str]:
        places = self._names("place")
        rows = self.session.execute(select(RelationModel.id, RelationModel.place_id))
        # The same text as names.relation_name.
        return {
            relation_id: f"{places[place_id][0]} ({places[place_id][1]})"
            for relation_id, place_id in rows
        }

    def _names(self, kind: str) -> dict[Any, Any]:
        if kind not in self._loaded:
            self._loaded[kind] = self._loaders[kind]()
        return self._loaded[kind]

    def country_name(self, code: str) -> str:
        return self._names("country").get(code, code)

    def place_parts(self, place_id: int) -> tuple[str, str]:
        return self._names("place")[place_id]

    def budget_line_name(self, line_id: int) -> str:
        return self._names("budget")[line_id]

    def reference_name(self, kind: str, record_id: int) -> str:
        return self._names(kind)[record_id]

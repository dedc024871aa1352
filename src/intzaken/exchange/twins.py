"""The services' twin tests for an import, answered from memory: a budget line's name in
its year (services.budget.budget_twin) and a network's name (services.networks.network_twin).

Each model's names are read once, in the order of their numbers, as those queries find
the first; the new records the import has accepted but not yet written (import_run.Run.checked)
come after them, as they will when written. What the import saves through a service, or
writes in bulk, is read again at the next question.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.models import BudgetLine, Network, Place
from ..services.budget import CheckedBudgetLine
from ..services.networks import CheckedNetwork
from ..services.sql_text import database_lower, database_lowers

Found = tuple[int | None, str]  # (number, or None when not yet written; name as stored)


# A new place's twin not yet written: no number, but a twin all the same.
NOT_YET_WRITTEN = -1

# The models whose new records' names are compared in the database's lower().
BY_LOWER_NAME = (BudgetLine, Network, Place)


class Twins:
    def __init__(
        self, session: Session, places: Callable[[str, str], int | None] | None = None
    ) -> None:
        self.session = session
        self._places = places  # services.places.place_twin's answer for stored places
        self._lower: Callable[[str], str] | None = None
        self._lowered: dict[str, str] = {}  # lower()'s answers asked before (expect)
        self._stored: dict[type[Any], dict[Hashable, Found]] = {}
        self._accepted: dict[type[Any], dict[Hashable, Found]] = {}

    def budget_line(self, year: int, name: str) -> Found | None:
        """budget_twin's answer: the first line of `year` named `name` in SQL's lower()."""
        return self._find(BudgetLine, (year, name.lower()))

    def network(self, name: str) -> Found | None:
        """network_twin's answer: the first network named `name` in SQL's lower()."""
        return self._find(Network, name.lower())

    def place(self, country_code: str, name: str) -> int | None:
        """place_twin's answer: a stored place (names.py reads them once), else a new one
        accepted earlier in the sheet (NOT_YET_WRITTEN)."""
        found = self._places(country_code, name) if self._places is not None else None
        accepted = self._accepted.get(Place, {})
        if found is None and (country_code, self.lower(name)) in accepted:
            return NOT_YET_WRITTEN
        return found

    def accepted(self, checked: Any) -> None:
        """A new record the rules accepted, to be written later: a twin for the rows after
        it, as it would be had it been written at once."""
        lower = self.lower
        if isinstance(checked, CheckedBudgetLine):
            self._accepted.setdefault(BudgetLine, {}).setdefault(
                (checked.year, lower(checked.name)), (None, checked.name)
            )
        elif isinstance(checked, Place):
            self._accepted.setdefault(Place, {}).setdefault(
                (checked.country_code, lower(checked.name)), (None, checked.name)
            )
        elif isinstance(checked, CheckedNetwork):
            self._accepted.setdefault(Network, {}).setdefault(
                lower(checked.name), (None, checked.name)
            )

    def lower(self, text: str) -> str:
        """The database's lower(): on PostgreSQL a question to the server, once per text
        for the whole import (and none for a text `expect` was given)."""
        found = self._lowered.get(text)
        if found is not None:
            return found
        if self._lower is None:
            self._lower = database_lower(self.session.connection())
        return self._lower(text)

    def expect(self, names: Iterable[str]) -> None:
        """Names the rows of a sheet are likely to ask `lower` for: their answers in one
        question to the server. Only printable ones, which PostgreSQL takes (a NUL would
        fail the transaction); a name asked for that is not among them is asked alone."""
        texts = [
            name
            for name in dict.fromkeys(names)
            if name.isprintable() and name not in self._lowered
        ]
        if texts:
            self._lowered.update(database_lowers(self.session.connection(), texts))

    def written(self, model: type[Any]) -> None:
        """Records of `model` were written (the accepted ones among them): read again."""
        self._stored.pop(model, None)
        self._accepted.pop(model, None)

    def _find(self, model: type[Any], key: Hashable) -> Found | None:
        stored = self._stored.get(model)
        if stored is None:
            stored = self._stored[model] = self._read(model)
        found = stored.get(key)
        if found is None:
            found = self._accepted.get(model, {}).get(key)
        return found

    def _read(self, model: type[Any]) -> dict[Hashable, Found]:
        names: dict[Hashable, Found] = {}
        if model is BudgetLine:
            for line_id, year, name, lowered in self.session.execute(
                select(
                    BudgetLine.id, BudgetLine.year, BudgetLine.name, func.lower(BudgetLine.name)
                ).order_by(BudgetLine.id)
            ):
                names.setdefault((year, lowered), (line_id, name))
        else:
            for network_id, name, lowered in self.session.execute(
                select(Network.id, Network.name, func.lower(Network.name)).order_by(Network.id)
            ):
                names.setdefault(lowered, (network_id, name))
        return names

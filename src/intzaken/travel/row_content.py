"""A trip's base content made straight from its row objects (record_rows.py).

A travel copy of everything makes the content of every record (portable.content_of):
the service's data class first (`trip_data`), its references mapped to uuids, then
plain JSON values, three walks over 100,000 trips and their child rows, about 7 s of
the copy's CPU where the floor copies rows only (issue 22). Here the content is made in
one walk: each field of the data class is taken from the row object's attribute of the
same name (a child list's items likewise, field by field of the child's data class),
its references mapped and its value made plain as it goes.

What `trip_data` derives rather than copies by name (the travellers' numbers, the lead,
the themes' names, ...) is repeated below in `_TRIP`: a mirror of that function. What
keeps it equal to the merge's view of a trip is tests/test_travel_copy_rows.py, which
compares every base of a copy with `content_of` the ORM's record on both backends; a
field added to `TripData` under the name of its column needs nothing here.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from ..registers import RegisterKey
from ..services.data import TripData
from .portable import PLAIN, Content, Mapping_, content_of, in_order, json_value, mapped
from .registers import TravelRegister

Source = Callable[[Any], Any]  # row object -> the data class field's value (ids as such)


def _lead(trip: Any) -> int | None:
    return next((t.official_id for t in trip.travellers if t.is_lead), None)


# trip_data's fields that are not its row's attribute of the same name (services/snapshots).
_TRIP: dict[str, Source] = {
    "traveller_ids": lambda trip: [t.official_id for t in trip.travellers],
    "lead_official_id": _lead,
    "themes": lambda trip: [t.name for t in trip.themes],
    "transport": lambda trip: [t.mode for t in trip.transport],
    "relation_ids": lambda trip: [r.id for r in trip.relations],
    "network_ids": lambda trip: [n.id for n in trip.networks],
    "agreement_ids": lambda trip: [a.id for a in trip.agreements],
    "traveller_roles": lambda trip: {t.official_id: t.role for t in trip.travellers if t.role},
    "programme.attendee_ids": lambda item: [o.id for o in item.attendees],
}
_BY_REGISTER: dict[str, tuple[type[Any], dict[str, Source]]] = {
    RegisterKey.TRIPS: (TripData, _TRIP),
}


@dataclass(frozen=True)
class _Plan:
    """How to make one data class's content from a row object."""

    copied: tuple[str, ...]  # fields that are the row's attribute of the same name, as is
    take: Callable[[Any], tuple[Any, ...]]  # row object -> those attributes' values
    # The others: (field, its source, the model it refers to or None, a child list's plan)
    special: tuple[tuple[str, Source, type[Any] | None, _Plan | None], ...]


def _plan(
    data_class: type[Any],
    derived: Mapping[str, Source],
    references: Mapping[str, type[Any]],
    prefix: str = "",
) -> _Plan:
    hints = typing.get_type_hints(data_class)
    copied: list[str] = []
    special = []
    for field in dataclasses.fields(data_class):
        path = prefix + field.name
        item = _child_class(hints[field.name])
        source = derived.get(path)
        if item is None and source is None and path not in references:
            copied.append(field.name)
            continue
        child = None if item is None else _plan(item, derived, references, path + ".")
        special.append((field.name, source or attrgetter(field.name), references.get(path), child))
    getter = attrgetter(*copied) if copied else (lambda _row: ())
    take = getter if len(copied) != 1 else (lambda row: (getter(row),))
    return _Plan(tuple(copied), take, tuple(special))


def _child_class(hint: Any) -> type[Any] | None:
    """X of a field typed `list[X]` (or `list[X] | None`) with X a data class."""
    for option in typing.get_args(hint) if typing.get_origin(hint) is not list else (hint,):
        if typing.get_origin(option) is list:
            (item,) = typing.get_args(option)
            if dataclasses.is_dataclass(item):
                return typing.cast(type[Any], item)
    return None


def _made(plan: _Plan, record: Any, mapping: Mapping_) -> Content:
    # The copied fields in one comprehension: most of a trip's values, most of them plain.
    content: Content = {
        name: value if type(value) in PLAIN else json_value(value)
        for name, value in zip(plan.copied, plan.take(record), strict=True)
    }
    for name, source, model, child in plan.special:
        value = source(record)
        if child is not None and value is not None:
            content[name] = [_made(child, item, mapping) for item in value]
            continue
        if model is not None and type(value) is list:
            # What mapped() and json_value() make of a list of numbers, without two calls
            # per item: a copy maps 640,404 such lists (issue 22).
            texts = [mapping(model, number) for number in value]
            content[name] = [
                text if type(text) in PLAIN else json_value(text)
                for text in texts
                if text is not None
            ]
            continue
        if model is not None:  # a single number most often: mapped as mapped() would
            value = mapping(model, value) if type(value) is int else mapped(value, model, mapping)
        content[name] = value if type(value) in PLAIN else json_value(value)
    return content


class RowContent:
    """The content of each record of a travel copy: from the row object where a register
    has a plan here (trips), by content_of otherwise."""

    def __init__(self, uuid_text_of: Callable[[type[Any], int], str]) -> None:
        self.uuid_text_of = uuid_text_of
        self._plans: dict[str, _Plan | None] = {}

    def of(self, register: TravelRegister, record: Any) -> Content:
        if register.name not in self._plans:
            found = _BY_REGISTER.get(register.name)
            self._plans[register.name] = (
                None if found is None else _plan(found[0], found[1], register.references)
            )
        plan = self._plans[register.name]
        if plan is None or register.extra is not None:
            return content_of(register, record, self.uuid_text_of)
        return in_order(register, _made(plan, record, self.uuid_text_of))

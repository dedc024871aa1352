"""A record's data in a form that means the same in every database, and back.

Between databases a record is its data with every reference given as the uuid of the
record referred to, in plain JSON values (dates as ISO text, amounts as decimal text,
files by their SHA-256): what a travel copy keeps as the base of each record, and what
a merge compares field by field. Lists whose order means nothing are sorted, so the
same content reads the same in both databases.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Callable, Mapping
from decimal import Decimal
from enum import Enum
from operator import attrgetter, methodcaller
from typing import Any
from uuid import UUID

import orjson

from .registers import TravelRegister

Content = dict[str, Any]  # field -> JSON value
# (model, reference) -> the reference in the other form; None drops it.
Mapping_ = Callable[[type[Any], Any], Any]


def map_references(data: Any, references: Mapping[str, type[Any]], mapping: Mapping_) -> Any:
    """`data` (a service data class, or content) with every reference passed through
    `mapping`, changed in place. A reference mapped to None is left out of a list, or
    cleared."""
    for path, model in references.items():
        name, _, inner = path.partition(".")
        value = _get(data, name)
        if inner:
            for item in value or []:
                _set(item, inner, mapped(_get(item, inner), model, mapping))
        else:
            _set(data, name, mapped(value, model, mapping))
    return data


def mapped(value: Any, model: type[Any], mapping: Mapping_) -> Any:
    """One field's references passed through `mapping`: a list's or a dict's keys (a
    traveller's role) without those mapped to None, a single one as mapped."""
    if isinstance(value, dict):
        mapped_keys = ((mapping(model, key), item) for key, item in value.items())
        return {key: item for key, item in mapped_keys if key is not None}
    if isinstance(value, list):
        mapped_items = (mapping(model, reference) for reference in value)
        return [reference for reference in mapped_items if reference is not None]
    return None if value is None else mapping(model, value)


def _get(holder: Any, name: str) -> Any:
    return holder[name] if isinstance(holder, dict) else getattr(holder, name)


def _set(holder: Any, name: str, value: Any) -> None:
    if isinstance(holder, dict):
        holder[name] = value
    else:
        setattr(holder, name, value)


def json_value(value: Any) -> Any:
    """`value` as plain JSON: dates ISO, amounts as text, enums by value, bytes by hash."""
    # Most values are plain already, and a travel copy asks for millions of them: the
    # exact types first (a StrEnum is no str here), then one conversion per type, found
    # once (a data class's fields looked up once).
    kind = type(value)
    if kind in PLAIN:
        return value
    convert = _CONVERSIONS.get(kind)
    if convert is None:
        convert = _CONVERSIONS[kind] = _conversion(kind, value)
    return convert(value)


def _conversion(kind: type[Any], value: Any) -> Callable[[Any], Any]:
    """How json_value makes a value of type `kind` plain."""
    if kind is list:
        return lambda items: [item if type(item) in PLAIN else json_value(item) for item in items]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = tuple(f.name for f in dataclasses.fields(value))

        def fields(data: Any) -> Any:
            values = [getattr(data, name) for name in names]
            return {
                name: item if type(item) in PLAIN else json_value(item)
                for name, item in zip(names, values, strict=True)
            }

        return fields
    if isinstance(value, dict):  # keys as JSON keys are: text
        return lambda items: {str(key): json_value(item) for key, item in items.items()}
    if isinstance(value, list | tuple):
        return lambda items: [json_value(item) for item in items]
    if isinstance(value, Enum):
        return attrgetter("value")
    if isinstance(value, Decimal | UUID):
        return str
    if isinstance(value, dt.date | dt.time):  # datetime is a date
        return methodcaller("isoformat")
    if isinstance(value, bytes):
        return lambda data: "sha256:" + hashlib.sha256(data).hexdigest()
    return lambda same: same


# What JSON takes as it is, by exact type (a StrEnum is no str here).
PLAIN = frozenset({str, int, float, bool, type(None)})
_CONVERSIONS: dict[type[Any], Callable[[Any], Any]] = {}


def content_of(
    register: TravelRegister, record: Any, uuid_text_of: Callable[[type[Any], int], str]
) -> Content:
    """The record's fields with references as uuid text (`uuid_text_of(model, number)`)."""
    data = map_references(register.to_data(record), register.references, uuid_text_of)
    content = json_value(data)
    if register.extra is not None:
        content.update(register.extra(record))
    return in_order(register, content)


def in_order(register: TravelRegister, content: Content) -> Content:
    """`content` with its lists whose order means nothing sorted, in place."""
    for name in register.unordered:
        content[name] = sorted(content[name], key=_sort_key)
    return content


# The order of an unordered list's items: json's text of each, with one encoder made
# once (json.dumps with any option makes a new encoder per call). It stays json's: the
# bases of copies taken earlier are in this order, and a merge compares lists.
_SORT_KEY = json.JSONEncoder(sort_keys=True, ensure_ascii=False).encode
# A base as stored: orjson writes JSON several times faster than json; the 113,741
# bases of a 100,000-trip copy took 1.2-1.5 s of its CPU through json (issue 22). Keys
# sorted, numbers as keys written as text, as json did; the text may differ from json's
# (numeric keys sorted as text), the content `loads` gives back does not.
_DUMPS_OPTIONS = orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS


def _sort_key(value: Any) -> str:
    return _SORT_KEY(value)


def dumps(content: Content) -> str:
    return orjson.dumps(content, option=_DUMPS_OPTIONS).decode()


def loads(text: str) -> Content:
    return dict(json.loads(text))


def references_in(register: TravelRegister, name: str, value: Any) -> list[tuple[type[Any], str]]:
    """The (model, uuid text) pairs a field's content value refers to."""
    found: list[tuple[type[Any], str]] = []
    references = {
        path.partition(".")[2] if "." in path else "": model
        for path, model in register.references.items()
        if path.partition(".")[0] == name
    }

    def note(model: type[Any], reference: Any) -> Any:
        found.append((model, reference))
        return reference

    for inner, model in references.items():
        path = f"field.{inner}" if inner else "field"
        map_references({"field": value}, {path: model}, note)
    return found

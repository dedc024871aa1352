"""Which function gives each register's records (`intzaken list`, the export, the
register specs), imported only when asked for: the trips' are read as rows without the
ORM (trip_records.py), so listing them must not load the modules of the other registers,
which declare the mapped classes (a third of the command's time, issue 22)."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING

from ..register_keys import RegisterKey
from .record_values import Record

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

RecordsFunction = Callable[["Session | Connection", "int | None"], list[Record]]

# register -> (module in intzaken.services, function): each takes a session or a Core
# connection, and a year or None.
_FUNCTIONS: dict[RegisterKey, tuple[str, str]] = {
    RegisterKey.TRIPS: ("trip_records", "trip_records"),
    RegisterKey.RELATIONS: ("records", "relation_records"),
    RegisterKey.NETWORKS: ("records", "network_records"),
    RegisterKey.AGREEMENTS: ("records", "agreement_records"),
    RegisterKey.OFFICIALS: ("records", "official_records"),
    RegisterKey.BUDGET: ("records", "budget_records"),
    RegisterKey.POLICIES: ("records", "policy_records"),
    RegisterKey.PROJECTS: ("records", "project_records"),
}


def records_function(register: RegisterKey) -> RecordsFunction:
    module, name = _FUNCTIONS[register]
    found: RecordsFunction = getattr(import_module(f"{__package__}.{module}"), name)
    return found

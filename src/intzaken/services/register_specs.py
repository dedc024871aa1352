"""One typed spec per register the user keeps: its model, its data class, how a record
becomes that data again, the services that create, change and delete it, how it is
listed and what it is called. Editing, duplicating, undo and the lists are written once
against these, and the layers above key their own per-register tables by the same
`RegisterKey` (see intzaken/registers.py)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from ..domain.identity import Tracked
from ..domain.models import (
    Agreement,
    BudgetLine,
    Network,
    Official,
    Policy,
    Project,
    Relation,
    Trip,
)
from ..i18n import _
from ..registers import NOUNS, Nouns, RegisterKey
from . import agreements, budget, networks, officials, policies, projects, relations, trips
from . import snapshots as s
from .common import fetch
from .data import (
    AgreementData,
    BudgetLineData,
    NetworkData,
    OfficialData,
    PolicyData,
    ProjectData,
    RelationData,
    TripData,
)
from .record_values import Record
from .register_records import records_function


@dataclass(frozen=True)
class RegisterSpec:
    register: RegisterKey
    model: type[Tracked]
    data: type[Any]  # what create and update take and `to_data` gives: TripData, ...
    to_data: Callable[[Any], Any]  # record -> its data (services/snapshots.py)
    create: Callable[..., Any]  # (session, data, *, record_id=None) -> record
    # (session, record_id, data, *, expected_version=None) -> record; the version is the
    # one the user started from, and someone else's save since then is refused
    # (EditConflictError). Likewise delete(session, record_id, *, expected_version=None).
    update: Callable[..., Any]
    delete: Callable[..., None]
    describe: Callable[[Any], str]  # data -> short description, for undo texts
    records: Callable[[Session, int | None], list[Record]]  # (session, year) -> list

    @property
    def nouns(self) -> Nouns:
        return NOUNS[self.register]

    @property
    def noun(self) -> str:
        """In the current language, for messages: "reis" ("trip"), "relatie", ..."""
        return self.nouns.word()

    def duplicate(self, data: Any) -> Any:
        """A copy of `data` for a new record, marked so the user sees it is the copy."""
        copied = copy.deepcopy(data)
        for name in ("title", "name"):
            if hasattr(copied, name) and getattr(copied, name):
                setattr(copied, name, _("{title} (copy)").format(title=getattr(copied, name)))
                break
        if hasattr(copied, "documents"):
            copied.documents = None  # the signed document belongs to the original only
        if hasattr(copied, "entries"):
            copied.entries = []  # bookings belong to the original line
        return copied


SPECS: dict[str, RegisterSpec] = {
    spec.register: spec
    for spec in (
        RegisterSpec(
            RegisterKey.TRIPS,
            Trip,
            TripData,
            s.trip_data,
            trips.create_trip,
            trips.update_trip,
            trips.delete_trip,
            lambda d: _("trip '{title}'").format(title=d.title),
            records_function(RegisterKey.TRIPS),
        ),
        RegisterSpec(
            RegisterKey.RELATIONS,
            Relation,
            RelationData,
            s.relation_data,
            relations.create_relation,
            relations.update_relation,
            relations.delete_relation,
            lambda d: _("relation"),
            records_function(RegisterKey.RELATIONS),
        ),
        RegisterSpec(
            RegisterKey.NETWORKS,
            Network,
            NetworkData,
            s.network_data,
            networks.create_network,
            networks.update_network,
            networks.delete_network,
            lambda d: _("network '{name}'").format(name=d.name),
            records_function(RegisterKey.NETWORKS),
        ),
        RegisterSpec(
            RegisterKey.AGREEMENTS,
            Agreement,
            AgreementData,
            s.agreement_data,
            agreements.create_agreement,
            agreements.update_agreement,
            agreements.delete_agreement,
            lambda d: _("agreement '{title}'").format(title=d.title),
            records_function(RegisterKey.AGREEMENTS),
        ),
        RegisterSpec(
            RegisterKey.OFFICIALS,
            Official,
            OfficialData,
            s.official_data,
            officials.create_official,
            officials.update_official,
            officials.delete_official,
            lambda d: _("official {name}").format(name=d.name),
            records_function(RegisterKey.OFFICIALS),
        ),
        RegisterSpec(
            RegisterKey.BUDGET,
            BudgetLine,
            BudgetLineData,
            s.budget_line_data,
            budget.create_budget_line,
            budget.update_budget_line,
            budget.delete_budget_line,
            lambda d: _("budget line '{name}' ({year})").format(name=d.name, year=d.year),
            records_function(RegisterKey.BUDGET),
        ),
        RegisterSpec(
            RegisterKey.POLICIES,
            Policy,
            PolicyData,
            s.policy_data,
            policies.create_policy,
            policies.update_policy,
            policies.delete_policy,
            lambda d: _("policy '{title}'").format(title=d.title),
            records_function(RegisterKey.POLICIES),
        ),
        RegisterSpec(
            RegisterKey.PROJECTS,
            Project,
            ProjectData,
            s.project_data,
            projects.create_project,
            projects.update_project,
            projects.delete_project,
            lambda d: _("project '{name}'").format(name=d.name),
            records_function(RegisterKey.PROJECTS),
        ),
    )
}


def snapshot(session: Session, register: str, record_id: int) -> object:
    """The data of record `record_id` in `register`, as its form starts from it."""
    spec = SPECS[RegisterKey(register)]
    return spec.to_data(fetch(session, spec.model, record_id, spec.nouns.capitalised))


def version_of(session: Session, register: str, record_id: int) -> int | None:
    """The stored version of a record (None: it does not exist), to expect when saving."""
    record = session.get(SPECS[RegisterKey(register)].model, record_id)
    return None if record is None else record.version

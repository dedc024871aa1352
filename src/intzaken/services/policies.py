"""Policies and their priorities: the strategy the trips, relations and networks serve."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..domain.enums import PriorityKind
from ..domain.models import Country, Network, Policy, Priority, Relation, Trip
from ..i18n import _
from ..registers import RegisterKey
from .checks import Checker
from .common import Records, check_references, themes_named
from .data import PolicyData, PriorityData
from .fields import field_label
from .sources import CheckedSource, apply_source, check_source
from .tracking import deleting, editing, new_record, record_created

# What a policy's data (services/snapshots.py policy_data) reads, loaded in batches.
POLICY_LOADS = (
    selectinload(Policy.priorities).selectinload(Priority.themes),
    selectinload(Policy.priorities).selectinload(Priority.trips),
    selectinload(Policy.priorities).selectinload(Priority.relations),
    selectinload(Policy.priorities).selectinload(Priority.networks),
)


@dataclass
class CheckedPriority:
    kind: PriorityKind
    name: str
    country_codes: list[str]
    themes: list[str]
    trips: list[Trip]
    relations: list[Relation]
    networks: list[Network]


@dataclass
class CheckedPolicy:
    title: str
    period_from: int | None
    period_to: int | None
    adopted_on: dt.date | None
    notes: str
    priorities: list[CheckedPriority]
    sourced: CheckedSource = CheckedSource()  # services/sources.py


def _country_codes(check: Checker, source: Records, field: str, codes: list[str]) -> list[str]:
    """The codes in upper case, each once, every one a known ISO 3166-1 country."""
    result: list[str] = []
    for index, code in enumerate(codes):
        code = (code or "").strip().upper()
        if not code or code in result:
            continue
        if source.get(Country, code) is None:
            check.fail(
                f"{field}[{index}]",
                _("{field}: '{code}' is not a known country code (ISO 3166, e.g. DE).").format(
                    field=field_label(field), code=code[:10]
                ),
            )
            continue
        result.append(code)
    return result


def _check_priority(
    check: Checker, source: Records, prefix: str, data: PriorityData
) -> CheckedPriority | None:
    kind = check.choice(f"{prefix}.kind", PriorityKind, data.kind)
    name = check.text(f"{prefix}.name", data.name, required=True, max_length=200)
    codes = _country_codes(check, source, f"{prefix}.country_codes", data.country_codes)
    if len(" ".join(codes)) > 400:
        check.fail(
            f"{prefix}.country_codes",
            _("{field}: at most 100 countries.").format(
                field=field_label(f"{prefix}.country_codes")
            ),
        )
    themes = check.themes(f"{prefix}.themes", data.themes)
    trips = check_references(check, source, Trip, f"{prefix}.trip_ids", data.trip_ids)
    relations = check_references(
        check, source, Relation, f"{prefix}.relation_ids", data.relation_ids
    )
    networks = check_references(check, source, Network, f"{prefix}.network_ids", data.network_ids)
    if kind is None or not name:
        return None
    return CheckedPriority(kind, name, codes, themes, trips, relations, networks)


def check_policy(
    check: Checker, source: Records, data: PolicyData, twin: Session, policy_id: int | None = None
) -> CheckedPolicy | None:
    """The policy rules: problems go to `check`; None when there are any. `twin` is the
    session asked whether another policy has the same title."""
    title = check.text("title", data.title, required=True, max_length=300)
    if title:
        other = twin.scalar(
            select(Policy.id).where(func.lower(Policy.title) == title.lower()).limit(1)
        )
        if other is not None and other != policy_id:
            check.fail(
                "title",
                _("{field}: a policy '{title}' already exists.").format(
                    field=field_label("title"), title=title
                ),
            )
    period_from = check.year("period_from", data.period_from)
    period_to = check.year("period_to", data.period_to)
    if period_from is not None and period_to is not None and period_to < period_from:
        check.fail(
            "period_to",
            _("{field} ({last}) lies before {start} ({first}).").format(
                field=field_label("period_to"),
                last=period_to,
                start=field_label("period_from").lower(),
                first=period_from,
            ),
        )
    notes = check.text("notes", data.notes, multiline=True)
    seen: set[tuple[str, str]] = set()
    priorities = []
    for index, priority in enumerate(data.priorities):
        prefix = f"priorities[{index}]"
        checked = _check_priority(check, source, prefix, priority)
        if checked is None:
            continue
        key = (checked.kind.value, checked.name.casefold())
        if key in seen:
            check.fail(
                f"{prefix}.name",
                _("{field}: '{name}' is named twice.").format(
                    field=field_label(f"{prefix}.name"), name=checked.name
                ),
            )
        seen.add(key)
        priorities.append(checked)
    sourced = check_source(check, data)
    if check.problems:
        return None
    return CheckedPolicy(
        title, period_from, period_to, data.adopted_on, notes, priorities, sourced=sourced
    )


def _apply(session: Session, policy: Policy, data: PolicyData) -> Policy:
    check = Checker()
    checked = check_policy(check, session, data, session, policy.id)
    check.done()
    assert checked is not None
    apply_source(policy, checked.sourced)
    policy.title, policy.notes = checked.title, checked.notes
    policy.period_from, policy.period_to = checked.period_from, checked.period_to
    policy.adopted_on = checked.adopted_on
    # A priority kept under its kind and name keeps its row (and number), so a form that
    # offered it by number still finds it after someone else saved the policy.
    kept = {(p.kind, p.name.casefold()): p for p in policy.priorities}
    rows = []
    for position, p in enumerate(checked.priorities):
        row = kept.pop((p.kind, p.name.casefold()), None) or Priority(kind=p.kind)
        row.position, row.name, row.country_codes = position, p.name, " ".join(p.country_codes)
        row.themes = themes_named(session, p.themes)
        # In the order the relationships load them (domain/policies.py), so a save that
        # links nothing new changes nothing in the history.
        row.trips = sorted(p.trips, key=lambda t: (t.start_date is not None, t.start_date, t.id))
        row.relations = sorted(p.relations, key=lambda r: r.id)
        row.networks = sorted(p.networks, key=lambda n: (n.name, n.id))
        rows.append(row)
    policy.priorities = rows
    session.add(policy)
    session.flush()
    return policy


def create_policy(session: Session, data: PolicyData, *, record_id: int | None = None) -> Policy:
    """A new record; `record_id` restores a deleted one under its old number (undo)."""
    policy = _apply(session, new_record(session, RegisterKey.POLICIES, record_id), data)
    record_created(session, RegisterKey.POLICIES, policy)
    return policy


def update_policy(
    session: Session, policy_id: int, data: PolicyData, *, expected_version: int | None = None
) -> Policy:
    """`expected_version`: the version the user started from (services/tracking.py)."""
    with editing(session, RegisterKey.POLICIES, policy_id, expected_version) as policy:
        return _apply(session, policy, data)


def delete_policy(session: Session, policy_id: int, *, expected_version: int | None = None) -> None:
    """The policy with its priorities and their links; the linked records stay."""
    with deleting(session, RegisterKey.POLICIES, policy_id, expected_version) as policy:
        session.delete(policy)

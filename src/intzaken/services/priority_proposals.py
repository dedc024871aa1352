"""Which priorities a trip, relation or network serves, proposed from its countries and
themes; a person confirms the proposal (in the form, or for the whole policy at once)
and the links are stored with the policy's priorities.

A priority is served by a record that goes to (or lies in) one of its countries, or that
shares one of its themes. A network has no country: only its themes count.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..domain.enums import PriorityKind
from ..domain.models import Network, Place, Policy, Priority, Relation, Trip
from ..i18n import language_scope
from ..registers import NOUNS, RegisterKey
from .change_texts import scalar_text
from .checks import normalise_themes
from .common import fetch
from .data import PolicyData, PriorityData
from .fields import history_label
from .history import HISTORY_LANGUAGE, log_fields
from .policies import update_policy
from .records import policies_in_force
from .snapshots import policy_data
from .tracked_records import REGISTERS as TRACKED

# The registers whose records link to priorities, and the field of PriorityData holding
# their numbers.
LINK_FIELDS: dict[RegisterKey, str] = {
    RegisterKey.TRIPS: "trip_ids",
    RegisterKey.RELATIONS: "relation_ids",
    RegisterKey.NETWORKS: "network_ids",
}


def serves(
    priority_countries: Iterable[str],
    priority_themes: Iterable[str],
    countries: Iterable[str],
    themes: Iterable[str],
) -> bool:
    """Whether a record of `countries` and `themes` serves a priority of those."""
    return bool(set(priority_countries) & set(countries)) or bool(
        set(priority_themes) & set(themes)
    )


def trip_countries(trip: Trip) -> set[str]:
    return {d.country_code for d in trip.destinations}


def _record_facts(record: Trip | Relation | Network) -> tuple[set[str], set[str]]:
    """(countries, themes) of a record, as the proposals compare them."""
    themes = {t.name for t in record.themes}
    if isinstance(record, Trip):
        return trip_countries(record), themes
    if isinstance(record, Relation):
        return {record.place.country_code}, themes
    return set(), themes


def _all_priorities(session: Session) -> list[Priority]:
    return list(
        session.scalars(
            select(Priority)
            .options(selectinload(Priority.themes), selectinload(Priority.policy))
            .order_by(Priority.policy_id, Priority.position, Priority.id)
        )
    )


@dataclasses.dataclass(frozen=True)
class PriorityChoice:
    """A priority as a form offers it, with what a proposal compares."""

    id: int
    policy: str  # the policy's title
    kind: PriorityKind
    name: str
    countries: tuple[str, ...]
    themes: tuple[str, ...]

    def reasons(
        self, countries: Iterable[str], themes: Iterable[str]
    ) -> tuple[list[str], list[str]]:
        """(countries, themes) of a record by which it serves this priority, in the
        priority's order: why the form proposes it; both empty when it does not."""
        countries, themes = set(countries), set(themes)
        return (
            [code for code in self.countries if code in countries],
            [theme for theme in self.themes if theme in themes],
        )


def priority_choices(
    session: Session, year: int, register: RegisterKey, record_id: int | None
) -> list[PriorityChoice]:
    """The priorities a form offers: those of the policies in force in `year`, and of
    every policy the record is linked to already (so saving the form never undoes a
    link it does not show). With no policy in force, every policy's: a team whose
    policy has run out still links to it. Ordered by policy, then as the policy names
    them."""
    linked = set(linked_priority_ids(session, register, record_id)) if record_id else set()
    in_force = {policy.id for policy in policies_in_force(session, year)}
    return [
        PriorityChoice(
            id=p.id,
            policy=p.policy.title,
            kind=p.kind,
            name=p.name,
            countries=tuple(p.countries),
            themes=tuple(t.name for t in p.themes),
        )
        for p in _all_priorities(session)
        if not in_force or p.policy_id in in_force or p.id in linked
    ]


def place_countries(session: Session) -> dict[int, str]:
    """Every place's country code: a relation's country, from the place a form holds."""
    return {
        place_id: code for place_id, code in session.execute(select(Place.id, Place.country_code))
    }


def proposed_priority_ids(
    session: Session, countries: Iterable[str], themes: Iterable[str]
) -> list[int]:
    """The priorities (of every policy) a record of these countries and themes serves,
    for a form to tick before the user saves."""
    countries, themes = set(countries), set(themes)
    return [
        p.id
        for p in _all_priorities(session)
        if serves(p.countries, (t.name for t in p.themes), countries, themes)
    ]


def with_proposed_links(session: Session, policy_id: int) -> PolicyData:
    """The policy's data with every trip, relation and network that serves one of its
    priorities linked to it, besides the links it has; saved with update_policy once a
    person has looked at them."""
    policy = fetch(session, Policy, policy_id, NOUNS[RegisterKey.POLICIES].capitalised)
    return proposed_links(session, policy_data(policy))


def proposed_links(session: Session, data: PolicyData) -> PolicyData:
    """`data` with every trip, relation and network that serves one of its priorities
    linked to it, besides the links it has (a policy not saved yet, as the demo makes)."""
    sources: dict[str, list[Trip] | list[Relation] | list[Network]] = {
        "trip_ids": list(
            session.scalars(
                select(Trip).options(selectinload(Trip.destinations), selectinload(Trip.themes))
            )
        ),
        "relation_ids": list(
            session.scalars(
                select(Relation).options(
                    selectinload(Relation.place), selectinload(Relation.themes)
                )
            )
        ),
        "network_ids": list(session.scalars(select(Network).options(selectinload(Network.themes)))),
    }
    facts = {
        (name, record.id): _record_facts(record)
        for name, records in sources.items()
        for record in records
    }
    priorities = []
    for priority in data.priorities:
        added = {}
        for name, records in sources.items():
            linked = list(getattr(priority, name))
            for record in records:
                countries, themes = facts[(name, record.id)]
                # As the service will store them: codes in capitals, themes as tags.
                if record.id not in linked and serves(
                    (code.upper() for code in priority.country_codes),
                    normalise_themes(priority.themes),
                    countries,
                    themes,
                ):
                    linked.append(record.id)
            added[name] = linked
        priorities.append(_with_links(priority, added))
    return dataclasses.replace(data, priorities=priorities)


def _with_links(priority: PriorityData, links: dict[str, list[int]]) -> PriorityData:
    """A copy of `priority` with these link fields ("trip_ids", ...) replaced."""
    copied = dataclasses.replace(priority)
    for name, ids in links.items():
        setattr(copied, name, ids)
    return copied


def linked_priority_ids(session: Session, register: RegisterKey, record_id: int) -> list[int]:
    """The priorities record `record_id` of `register` is linked to."""
    linked = {
        RegisterKey.TRIPS: Priority.trips.any(Trip.id == record_id),
        RegisterKey.RELATIONS: Priority.relations.any(Relation.id == record_id),
        RegisterKey.NETWORKS: Priority.networks.any(Network.id == record_id),
    }[register]
    return list(
        session.scalars(
            select(Priority.id)
            .where(linked)
            .order_by(Priority.policy_id, Priority.position, Priority.id)
        )
    )


def set_linked_priorities(
    session: Session, register: RegisterKey, record_id: int, priority_ids: Iterable[int]
) -> None:
    """Link record `record_id` of `register` to exactly `priority_ids`: the form's
    confirmed choice. Each policy whose links change is saved through update_policy, so
    its history shows the link made or undone."""
    wanted = set(priority_ids)
    field = LINK_FIELDS[register]
    before = linked_priority_ids(session, register, record_id)
    with language_scope(HISTORY_LANGUAGE):
        # Named before the policies are saved: a saved policy's priorities are new rows.
        named = {
            p.id: f"{scalar_text('kind', p.kind)} {p.name}"
            for p in session.scalars(
                select(Priority).order_by(Priority.policy_id, Priority.position, Priority.id)
            )
        }
    for policy in session.scalars(select(Policy).order_by(Policy.id)):
        data = policy_data(policy)
        changed = False
        positions = [p.id for p in policy.priorities]
        priorities: list[PriorityData] = []
        for priority_id, priority in zip(positions, data.priorities, strict=True):
            linked = list(getattr(priority, field))
            if priority_id in wanted and record_id not in linked:
                linked.append(record_id)
            elif priority_id not in wanted and record_id in linked:
                linked.remove(record_id)
            else:
                priorities.append(priority)
                continue
            changed = True
            priorities.append(_with_links(priority, {field: linked}))
        if changed:
            update_policy(session, policy.id, dataclasses.replace(data, priorities=priorities))
    if set(before) != wanted:
        _log_links(
            session,
            register,
            record_id,
            [named[i] for i in named if i in before],
            [named[i] for i in named if i in wanted],
        )


def _log_links(
    session: Session, register: RegisterKey, record_id: int, old: list[str], new: list[str]
) -> None:
    """The links in the record's own history too: its History tab shows the priorities
    it serves before and after, as the policy's history shows the link made or undone.
    The links are the policy's data, so the record's version stays."""
    tracked = TRACKED[register]
    record = session.get(tracked.model, record_id)
    if record is None:
        return
    with language_scope(HISTORY_LANGUAGE):
        title = tracked.title(record)
        label = history_label("priority_ids")
    log_fields(session, register, record, title, [(label, "\n".join(old), "\n".join(new))])

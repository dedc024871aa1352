"""Succession after an election: the networks and relations whose responsible official
is no longer in office, a proposed successor for each, and the handover of them all.

The successor proposed for a responsibility is the official now in office who holds the
same portfolio code (OfficeTerm.portfolio_code): a derivation, not a fact, so the reason
is shown beside it and every proposal can be changed before the handover.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..domain.enums import DatePrecision, NetworkRole
from ..domain.models import Network, OfficeTerm, Official, Relation
from ..domain.sourcing import DERIVED_LENGTH
from ..domain.titles import term_on
from ..i18n import N_, _, dutch
from ..registers import RegisterKey
from .errors import Problem, ValidationError
from .tracking import editing

_CODE_SEPARATORS = re.compile(r"[,;/\s]+")
HOLDS_PORTFOLIO = N_("derived: holds portfolio {codes}")


def portfolio_codes(text: str) -> frozenset[str]:
    """ "EWK, FOHGP" -> {"EWK", "FOHGP"}: a term or network may name several."""
    return frozenset(code.upper() for code in _CODE_SEPARATORS.split(text) if code)


def in_office(official: Official, day: dt.date) -> bool:
    return term_on(official, day) is not None


def last_term(official: Official) -> OfficeTerm | None:
    """The term that started last: for one who left, the term that ended last."""
    return max(official.terms, key=lambda t: t.start_date, default=None)


def ended_term(official: Official, day: dt.date) -> OfficeTerm | None:
    """The term that ended last of an official no longer in office on `day`; None when
    the official is in office, or has no term that ended (none yet, or one to come)."""
    if in_office(official, day):
        return None
    ended = [t for t in official.terms if t.end_date is not None and t.end_date < day]
    return max(ended, key=lambda t: t.end_date or day, default=None)


@dataclass(frozen=True)
class Successor:
    official_id: int
    name: str
    # Why this one is proposed, in words: the derivation shown beside the proposal.
    reason: str
    # The portfolio codes the proposal rests on: a handover that follows it marks the
    # record derived for that reason (domain/sourcing.py).
    codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Responsibility:
    """A network or relation held by an official who left (or leaves)."""

    register: RegisterKey  # networks or relations
    record_id: int
    version: int  # as read: the handover refuses a record changed since
    subject: str  # "Netwerk Polis", "Relatie met Shanghai"
    holder_id: int
    holder_name: str
    left_on: dt.date | None  # None: still in office (a chosen official) or never was
    left_precision: DatePrecision  # how precisely the sources give that date
    network_role: NetworkRole | None
    portfolio_code: str
    proposed: Successor | None


def officials_in_office(session: Session, day: dt.date) -> list[Official]:
    """Everyone holding a term on `day`, by name: the successors one may choose."""
    officials = session.scalars(
        select(Official).options(selectinload(Official.terms)).order_by(Official.name)
    ).all()
    return [official for official in officials if in_office(official, day)]


def _holders(serving: Iterable[Official], day: dt.date) -> dict[str, list[Official]]:
    """portfolio code -> the officials whose term on `day` carries it."""
    holders: dict[str, list[Official]] = {}
    for official in serving:
        term = term_on(official, day)
        for code in portfolio_codes(term.portfolio_code if term else ""):
            holders.setdefault(code, []).append(official)
    return holders


def _propose(
    record_codes: frozenset[str],
    holder: Official,
    holders: dict[str, list[Official]],
) -> Successor | None:
    """The one official now holding the codes the responsibility and its old holder share;
    else the record's own codes; else the old holder's. Two candidates on the same tier
    make it a choice for a person, not a proposal."""
    term = last_term(holder)
    holder_codes = portfolio_codes(term.portfolio_code if term else "")
    for codes in (record_codes & holder_codes, record_codes, holder_codes):
        candidates = {
            official.id: official
            for code in sorted(codes)
            for official in holders.get(code, [])
            if official.id != holder.id
        }
        if len(candidates) == 1:
            (official,) = candidates.values()
            held = sorted(code for code in codes if official in holders.get(code, []))
            return Successor(
                official.id,
                official.name,
                _(HOLDS_PORTFOLIO).format(codes=", ".join(held)),
                tuple(held),
            )
        if candidates:
            return None
    return None


def _ended(official: Official, day: dt.date) -> tuple[dt.date | None, DatePrecision]:
    term = ended_term(official, day)
    if term is None:
        return None, DatePrecision.DAY
    return term.end_date, term.end_precision


def responsibilities_to_hand_over(
    session: Session, day: dt.date, leaving_id: int | None = None
) -> list[Responsibility]:
    """The networks and relations of officials not in office on `day` (or, with
    `leaving_id`, of that official, in office or not), networks first, by name."""
    serving = officials_in_office(session, day)
    holders = _holders(serving, day)

    def leaves(official: Official) -> bool:
        return official.id == leaving_id if leaving_id is not None else not in_office(official, day)

    found: list[Responsibility] = []
    networks = session.scalars(
        select(Network)
        .where(Network.responsible_official_id.is_not(None))
        .options(selectinload(Network.responsible_official).selectinload(Official.terms))
        .order_by(Network.name)
    ).all()
    for network in networks:
        holder = network.responsible_official
        if holder is None or not leaves(holder):
            continue
        codes = portfolio_codes(network.portfolio_code)
        found.append(
            Responsibility(
                RegisterKey.NETWORKS,
                network.id,
                network.version,
                _("Network {name}").format(name=network.name),
                holder.id,
                holder.name,
                *_ended(holder, day),
                network.role,
                network.portfolio_code,
                _propose(codes, holder, holders),
            )
        )
    relations = session.scalars(
        select(Relation)
        .where(Relation.responsible_official_id.is_not(None))
        .options(
            selectinload(Relation.place),
            selectinload(Relation.responsible_official).selectinload(Official.terms),
        )
    ).all()
    for relation in sorted(relations, key=lambda r: (r.place.name, r.id)):
        holder = relation.responsible_official
        if holder is None or not leaves(holder):
            continue
        found.append(
            Responsibility(
                RegisterKey.RELATIONS,
                relation.id,
                relation.version,
                _("Relation with {place}").format(place=relation.place.name),
                holder.id,
                holder.name,
                *_ended(holder, day),
                None,
                "",
                _propose(frozenset(), holder, holders),
            )
        )
    return found


@dataclass(frozen=True)
class Assignment:
    """One row of a handover: this record to this official."""

    register: RegisterKey
    record_id: int
    successor_id: int
    expected_version: int | None = None  # the version the user saw; None skips the check
    # The codes of the proposal this successor follows; () for a person's own choice.
    derived_codes: tuple[str, ...] = ()


def assignment_for(held: Responsibility, successor_id: int) -> Assignment:
    """The handover of `held` to `successor_id`, marked derived when that is the
    official proposed (the window and the command line both build them so)."""
    proposed = held.proposed
    codes = proposed.codes if proposed is not None and proposed.official_id == successor_id else ()
    return Assignment(held.register, held.record_id, successor_id, held.version, codes)


@dataclass(frozen=True)
class HandedOver:
    register: RegisterKey
    record_id: int
    subject: str
    previous: str
    successor: str


def hand_over(
    session: Session, assignments: Sequence[Assignment], day: dt.date
) -> list[HandedOver]:
    """Give each record its new responsible official, all or nothing: every successor is
    checked before anything is written, and the caller's transaction (one, around this
    call) rolls every change back if a write is refused. Each change is in the history."""
    if not assignments:
        raise ValidationError(
            [Problem("successor", _("Choose a successor for at least one responsibility."))]
        )
    problems: list[Problem] = []
    successors: dict[int, Official] = {}
    for index, assignment in enumerate(assignments):
        official = session.get(Official, assignment.successor_id)
        if official is None:
            problems.append(
                Problem(
                    f"successor[{index}]",
                    _("Row {row}: official number {number} does not exist.").format(
                        row=index + 1, number=assignment.successor_id
                    ),
                )
            )
        elif not in_office(official, day):
            problems.append(
                Problem(
                    f"successor[{index}]",
                    _("Row {row}: {name} is not in office, so cannot take it over.").format(
                        row=index + 1, name=official.name
                    ),
                )
            )
        else:
            successors[official.id] = official
    if problems:
        raise ValidationError(problems)
    done: list[HandedOver] = []
    for assignment in assignments:
        record: Network | Relation
        with editing(
            session, assignment.register, assignment.record_id, assignment.expected_version
        ) as record:
            previous = record.responsible_official
            record.responsible_official_id = assignment.successor_id
            record.responsible_official = successors[assignment.successor_id]
            if assignment.derived_codes:
                # Stored in Dutch, as the record's other texts: the holder is the value
                # derived, so this explanation replaces one about an earlier holder.
                record.derived_from = dutch(HOLDS_PORTFOLIO).format(
                    codes=", ".join(assignment.derived_codes)
                )[:DERIVED_LENGTH]
            subject = (
                _("Network {name}").format(name=record.name)
                if isinstance(record, Network)
                else _("Relation with {place}").format(place=record.place.name)
            )
        done.append(
            HandedOver(
                assignment.register,
                assignment.record_id,
                subject,
                previous.name if previous is not None else "",
                successors[assignment.successor_id].name,
            )
        )
    return done

"""A council report in the form of a raadsinformatiebrief (issue 21): addressed to the
council, with the letter's date, reference (kenmerk) and subject (onderwerp) at the top
and the college's signature block, the secretaris and the burgemeester, at the end.

What a letter says comes from the organisation's settings (Instellingen → Uw
organisatie): the addressee, the names of the signatories and the prefix of the
reference. A name left empty there is the official in office in that role on the
letter's date, so a letter dated after a new burgemeester took office is signed by them.
The date and reference are the letter's own (`--date`, `--reference`, or the fields on
the Rapporten page).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..domain.enums import Role
from ..domain.models import OfficeTerm, Official, Organisation
from ..formatting import long_date
from ..i18n import _
from ..parsing import parse_date
from ..services.organisation import get_organisation
from .content import Block, Gap, NewPage, Pairs, Signatures, Text
from .job import ReportError

# What a municipality's name starts with in the organisation's name, left out where the
# letter names the city ("Gemeente Rotterdam" signs as "Burgemeester en wethouders van
# Rotterdam").
MUNICIPALITY_WORDS = ("gemeente ", "municipality of ", "city of ")


@dataclass(frozen=True)
class LetterFacts:
    """What the top and the foot of one letter print."""

    addressee: str  # after "Aan": "de gemeenteraad van Rotterdam"
    city: str
    day: dt.date
    reference: str  # "" when neither the organisation nor the letter gives one
    subject: str
    secretary: str  # "" when nobody is known in office
    mayor: str


def letter_day(value: str | dt.date | None, default: dt.date) -> dt.date:
    """The letter's date: as given (a date, or text such as 2025-06-02 or 2 juni 2025),
    else `default`; text that is no date is refused, naming the option."""
    if value is None or isinstance(value, dt.date):
        return value or default
    if not value.strip():
        return default
    try:
        day = parse_date(value)
    except ValueError as exc:
        raise ReportError(_("Letter date (--date): {problem}").format(problem=exc)) from None
    return day or default


def city_of(organisation: Organisation | None) -> str:
    """The municipality's name: "Rotterdam" for "Gemeente Rotterdam"."""
    if organisation is None:
        return _("the municipality")
    name = organisation.name.strip()
    for words in MUNICIPALITY_WORDS:
        if name.lower().startswith(words) and len(name) > len(words):
            return name[len(words) :].strip()
    return name


def full_reference(prefix: str, reference: str | None) -> str:
    """The kenmerk: the organisation's prefix and the letter's own part ("25BB" and
    "003412" make "25BB003412"); a reference that already starts with the prefix is
    taken as it is."""
    own = (reference or "").strip()
    if own.startswith(prefix):
        return own
    return prefix + own if own else prefix


def in_office(session: Session, role: Role, day: dt.date) -> str:
    """The name of the official in `role` on `day` (the latest to take office when terms
    overlap), or ""."""
    name = session.scalar(
        select(Official.name)
        .join(OfficeTerm, OfficeTerm.official_id == Official.id)
        .where(
            OfficeTerm.role == role,
            OfficeTerm.start_date <= day,
            or_(OfficeTerm.end_date.is_(None), OfficeTerm.end_date >= day),
        )
        .order_by(OfficeTerm.start_date.desc(), OfficeTerm.id.desc())
        .limit(1)
    )
    return name or ""


def letter_facts(
    session: Session, *, subject: str, day: dt.date, reference: str | None
) -> LetterFacts:
    organisation = get_organisation(session)
    city = city_of(organisation)
    settings = organisation or Organisation(name="")
    return LetterFacts(
        addressee=(settings.letter_addressee or "").strip()
        or _("the municipal council of {city}").format(city=city),
        city=city,
        day=day,
        reference=full_reference((settings.letter_reference_prefix or "").strip(), reference),
        subject=subject,
        secretary=(settings.letter_secretary or "").strip()
        or in_office(session, Role.MUNICIPAL_SECRETARY, day),
        mayor=(settings.letter_mayor or "").strip() or in_office(session, Role.MAYOR, day),
    )


def letter_top(facts: LetterFacts) -> list[Block]:
    """The letter's head: its kind, the addressee, date, reference and subject."""
    pairs = [(_("Date"), long_date(facts.day))]
    if facts.reference:
        pairs.append((_("Reference"), facts.reference))
    pairs.append((_("Subject"), facts.subject))
    return [
        Text(_("Council information letter"), "Title"),
        Text(_("To {addressee}").format(addressee=facts.addressee), "Lead"),
        Gap(2),
        Pairs(pairs, label_fraction=0.2),
        Gap(4),
        Text(_("Dear members of the council,")),
    ]


def letter_foot(facts: LetterFacts) -> list[Block]:
    """The closing and the college's signature block (a name nobody knows stays open)."""
    return [
        Gap(4),
        Text(_("Yours sincerely,")),
        Text(
            _("The board of mayor and aldermen of {city},").format(city=facts.city),
            "Lead",
        ),
        Signatures(
            [
                (_("the secretary,"), facts.secretary),
                (_("the mayor,"), facts.mayor),
            ]
        ),
    ]


def as_letter(
    facts: LetterFacts, body: Sequence[Block], *, enclosure: Sequence[Block] = ()
) -> list[Block]:
    """`body` as a signed letter; an `enclosure` (the annual overview) follows it on a
    new page, after the signatures."""
    blocks = [*letter_top(facts), *body, *letter_foot(facts)]
    if enclosure:
        blocks += [NewPage(), *enclosure]
    return blocks

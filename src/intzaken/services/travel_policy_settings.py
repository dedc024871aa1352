"""Saving the travel policy on the organisation (Instellingen → Reisbeleid en CO₂).

Apart from travel_policy.py, which reads it as a row for `intzaken check`: saving goes
through the mapped organisation and its history, which the check must not load."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..i18n import _
from ..registers import RegisterKey
from .checks import Checker
from .fields import field_label
from .organisation import get_organisation
from .tracking import tracked_update
from .train_time import MAX_TRAIN_SPEED_KMH
from .travel_policy import MAX_KM, MAX_MINUTES, TravelPolicy


def _whole(check: Checker, field: str, value: int | None, largest: int) -> int | None:
    if value is not None and not 0 < value <= largest:
        check.fail(
            field,
            _("{field} must be between 1 and {largest}.").format(
                field=field_label(field), largest=largest
            ),
        )
    return value


def set_travel_policy(session: Session, policy: TravelPolicy) -> None:
    """Save the policy on the organisation (which must exist: Instellingen → Uw organisatie)."""
    check = Checker()
    km = _whole(check, "train_rule_km", policy.train_below_km, MAX_KM)
    minutes = _whole(check, "train_rule_minutes", policy.train_below_minutes, MAX_MINUTES)
    speed = _whole(check, "train_speed_kmh", policy.train_speed_kmh, MAX_TRAIN_SPEED_KMH)
    organisation = get_organisation(session)
    if organisation is None:
        check.fail("name", _("Give the organisation's name first."))
    check.done()
    assert organisation is not None
    with tracked_update(session, RegisterKey.ORGANISATION, organisation):
        organisation.train_rule_km = km
        organisation.train_rule_minutes = minutes
        organisation.train_speed_kmh = speed
        organisation.co2_with_radiative_forcing = policy.with_radiative_forcing

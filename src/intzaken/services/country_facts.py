"""What staff keep per country for every mission to it (domain/country_facts.py): read,
checked and saved; and the warning a travel advice gives before a departure."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from babel.numbers import get_currency_name
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import TravelAdvice
from ..domain.labels import label
from ..domain.models import Country, CountryFacts
from ..formatting import long_date
from ..i18n import _
from .checks import Checker
from .errors import NotFoundError
from .mission_checks import check_zone

# The travel advice changes; a check older than this before departure is out of date.
ADVICE_FRESH_DAYS = 14
WORRYING_ADVICE = (TravelAdvice.ORANGE, TravelAdvice.RED)


@dataclass
class CountryFactsData:
    time_zone: str = ""  # IANA
    currency: str = ""  # ISO 4217: "CNY"
    languages: str = ""
    embassy_name: str = ""
    embassy_address: str = ""
    embassy_phone: str = ""
    embassy_emergency_phone: str = ""
    local_emergency_number: str = ""
    travel_advice: TravelAdvice | str | None = None
    travel_advice_checked: dt.date | None = None
    notes: str = ""


def country_facts_data(facts: CountryFacts) -> CountryFactsData:
    return CountryFactsData(
        time_zone=facts.time_zone,
        currency=facts.currency,
        languages=facts.languages,
        embassy_name=facts.embassy_name,
        embassy_address=facts.embassy_address,
        embassy_phone=facts.embassy_phone,
        embassy_emergency_phone=facts.embassy_emergency_phone,
        local_emergency_number=facts.local_emergency_number,
        travel_advice=facts.travel_advice,
        travel_advice_checked=facts.travel_advice_checked,
        notes=facts.notes,
    )


def get_country_facts(session: Session, code: str) -> CountryFacts | None:
    """The facts kept for the country `code` (ISO 3166-1 alpha-2), or None."""
    return session.get(CountryFacts, (code or "").upper())


def facts_by_country(session: Session, codes: list[str]) -> dict[str, CountryFacts]:
    """The facts kept for these countries, by code (those without facts left out)."""
    wanted = sorted({code.upper() for code in codes})
    found = session.scalars(select(CountryFacts).where(CountryFacts.country_code.in_(wanted)))
    return {facts.country_code: facts for facts in found}


def _currency(check: Checker, value: str) -> str:
    code = check.text("currency", value, max_length=3).upper()
    if code and (len(code) != 3 or not code.isalpha() or _unknown_currency(code)):
        check.fail(
            "currency",
            _("Currency '{code}' is not an ISO 4217 code such as EUR, USD or CNY.").format(
                code=code
            ),
        )
    return code


def _unknown_currency(code: str) -> bool:
    # CLDR names every current currency; an unknown code comes back as itself.
    return get_currency_name(code, locale="en") == code


def save_country_facts(session: Session, code: str, data: CountryFactsData) -> CountryFacts:
    """Create or replace the facts of the country `code`."""
    country = session.get(Country, (code or "").upper())
    if country is None:
        raise NotFoundError(_("Country"), code)
    check = Checker()
    advice = check.choice("travel_advice", TravelAdvice, data.travel_advice, required=False)
    values = {
        "time_zone": check_zone(check, "time_zone", data.time_zone),
        "currency": _currency(check, data.currency),
        "languages": check.text("languages", data.languages, max_length=200),
        "embassy_name": check.text("embassy_name", data.embassy_name, max_length=200),
        # An address is printed on its lines (street, city) in the briefing pack.
        "embassy_address": check.text(
            "embassy_address", data.embassy_address, max_length=300, multiline=True
        ),
        "embassy_phone": check.text("embassy_phone", data.embassy_phone, max_length=50),
        "embassy_emergency_phone": check.text(
            "embassy_emergency_phone", data.embassy_emergency_phone, max_length=50
        ),
        "local_emergency_number": check.text(
            "local_emergency_number", data.local_emergency_number, max_length=50
        ),
        "travel_advice": advice,
        "travel_advice_checked": data.travel_advice_checked,
        "notes": check.text("notes", data.notes, multiline=True),
    }
    if data.travel_advice_checked is not None and advice is None:
        check.fail(
            "travel_advice",
            _("Travel advice: give the colour checked on {date}.").format(
                date=long_date(data.travel_advice_checked)
            ),
        )
    check.done()
    facts = session.get(CountryFacts, country.code)
    if facts is None:
        facts = CountryFacts(country_code=country.code)
        session.add(facts)
    for name, value in values.items():
        setattr(facts, name, value)
    session.flush()
    return facts


def advice_out_of_date(checked: dt.date, on: dt.date) -> bool:
    """Whether a travel advice checked on `checked` is too old to rely on on `on`."""
    return (on - checked).days > ADVICE_FRESH_DAYS


def travel_advice_warning(facts: CountryFacts | None, departure: dt.date | None) -> str | None:
    """Why the travel advice needs a look before `departure`: orange or red, not
    recorded, or last checked more than two weeks before departure. None when fine."""
    if facts is None or facts.travel_advice is None:
        return _("The travel advice has not been recorded.")
    if facts.travel_advice in WORRYING_ADVICE:
        return _("The travel advice is {colour}.").format(colour=label(facts.travel_advice))
    checked = facts.travel_advice_checked
    if checked is None:
        return _("The travel advice has no date it was checked.")
    if departure is not None and advice_out_of_date(checked, departure):
        return _(
            "The travel advice was last checked on {date}, more than {days} days before "
            "departure: check it again."
        ).format(date=long_date(checked), days=ADVICE_FRESH_DAYS)
    return None

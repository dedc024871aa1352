"""A record's field as the text a person reads: the old and new values in the history.

Names instead of numbers (officials, places, relations, ...), Dutch labels for choices,
amounts and dates through Babel, lists joined with "; " as the exchange layout joins
them, and rows (a programme, terms of office) one per line.

The words are message ids in the current language; the history writes them in Dutch
(services/tracking.py runs them in a Dutch language scope).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from enum import StrEnum
from typing import Any

from babel.dates import format_time
from sqlalchemy.orm import Session

from ..domain.enums import CabinClass, DatePrecision
from ..domain.labels import LABEL_IDS, LABELS, label
from ..domain.models import (
    Agreement,
    BudgetLine,
    Contact,
    Country,
    Network,
    Official,
    Place,
    Relation,
    Trip,
)
from ..formatting import LOCALE, long_date, money, number, period_date, tonnes
from ..i18n import N_, _, dutch
from .fields import FIELD_LABELS
from .train_time import duration_text

LIST_SEPARATOR = "; "
# Fields whose items are rows of several values: shown one row per line.
ROW_FIELDS = frozenset(
    {
        "destinations",
        "delegation",
        "programme",
        "follow_ups",
        "terms",
        "events",
        "entries",
        "documents",
        "legs",
        "stays",
        "hosts",
        "priorities",
        "journey",
        "gifts",
    }
)
YEAR_FIELDS = frozenset({"year", "since_year", "member_since", "period_from", "period_to"})
TONNE_FIELDS = frozenset({"co2_tonnes"})
# Choices the lists never print, so domain/labels.py has no words for them.
MORE_LABELS: dict[StrEnum, str] = {
    DatePrecision.DAY: N_("known to the day"),
    DatePrecision.MONTH: N_("only the month known"),
    DatePrecision.YEAR: N_("only the year known"),
}


class Names:
    """What the numbers in a record's data stand for, looked up in the session (the
    records a save names are mostly in its identity map already) and remembered."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._known: dict[tuple[str, Any], str] = {}

    def __call__(self, kind: str, key: Any) -> str:
        if key is None:
            return ""
        found = self._known.get((kind, key))
        if found is None:
            model, describe = REFERENCES[kind]
            record = self.session.get(model, key)
            found = (
                describe(record) if record is not None else _("number {number}").format(number=key)
            )
            self._known[(kind, key)] = found
        return found


def _place(place: Place) -> str:
    return f"{place.name} ({place.country.name})"


REFERENCES: dict[str, tuple[type, Callable[[Any], str]]] = {
    "official": (Official, lambda o: o.name),
    "place": (Place, _place),
    "country": (Country, lambda c: c.name),
    "contact": (Contact, lambda c: c.name),
    "relation": (Relation, lambda r: f"{r.place.name} ({LABELS[r.kind]})"),
    "network": (Network, lambda n: n.name),
    "agreement": (Agreement, lambda a: a.title),
    "budget": (BudgetLine, lambda b: f"{b.name} ({b.year})"),
    "trip": (Trip, lambda t: t.title),
}
# The field (or, for lists, each item) is the number of a record of this kind.
REFERENCE_FIELDS = {
    "lead_official_id": "official",
    "traveller_ids": "official",
    "responsible_official_id": "official",
    "budget_line_id": "budget",
    "place_id": "place",
    "home_place_id": "place",
    "country_code": "country",
    "contact_id": "contact",
    "contact_ids": "contact",
    "ground_contact_id": "contact",
    "relation_ids": "relation",
    "network_ids": "network",
    "agreement_ids": "agreement",
    "trip_ids": "trip",
}


def value_text(field: str, value: Any, names: Names) -> str:
    """One value of `field` (a list joined with "; ", rows one per line)."""
    if field in ROW_FIELDS:
        return "\n".join(row_texts(field, value or [], names))
    if isinstance(value, dict):  # a traveller's role: official id -> role
        return LIST_SEPARATOR.join(
            f"{names('official', key)}: {role}" for key, role in value.items()
        )
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(value_text(field, item, names) for item in value)
    reference = REFERENCE_FIELDS.get(field)
    if reference is not None:
        return names(reference, value)
    return scalar_text(field, value)


def scalar_text(field: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, StrEnum):
        more = MORE_LABELS.get(value)
        return LABELS.get(value) or (_(more) if more else value.value)
    if isinstance(value, Decimal):
        return tonnes(value) if field in TONNE_FIELDS else money(value)
    if isinstance(value, float):
        return number(value, 6)
    if isinstance(value, int):
        return str(value) if field in YEAR_FIELDS else number(value, 0)
    if isinstance(value, dt.datetime):
        return long_date(value.date())
    if isinstance(value, dt.date):
        return long_date(value)
    if isinstance(value, dt.time):
        return format_time(value, "HH:mm", locale=LOCALE)
    if isinstance(value, bytes):
        return _("file of {size}").format(size=_size(len(value)))
    return str(value).strip()


def row_texts(field: str, rows: list[Any], names: Names) -> list[str]:
    return [ROWS[field](row, names) for row in rows]


def _size(size: int) -> str:
    return f"{number(max(1, round(size / 1024)), 0)} kB"


def _joined(*parts: str, separator: str = ", ") -> str:
    return separator.join(part for part in parts if part)


def _destination(row: Any, names: Names) -> str:
    if row.place_id is not None:
        return names("place", row.place_id)
    return names("country", (row.country_code or "").upper())


def _delegate(row: Any, names: Names) -> str:
    person = _joined(row.name.strip(), row.function.strip(), row.role.strip())
    return _joined(row.organisation.strip(), person, separator=": ")


def _programme_item(row: Any, names: Names) -> str:
    times = _joined(scalar_text("time", row.time), scalar_text("time", row.end_time), separator="-")
    when = _joined(scalar_text("day", row.day), times, row.time_zone, separator=" ")
    contacts = LIST_SEPARATOR.join(names("contact", key) for key in row.contact_ids)
    attendees = LIST_SEPARATOR.join(names("official", key) for key in row.attendee_ids)
    return _joined(
        _joined(when, row.activity.strip(), separator=" "),
        row.place.strip(),
        row.address.strip(),
        _("with {contacts}").format(contacts=contacts) if contacts else "",
        _("attending {officials}").format(officials=attendees) if attendees else "",
        _("purpose: {text}").format(text=row.purpose.strip()) if row.purpose.strip() else "",
        _("talking points: {text}").format(text=_one_line(row.talking_points))
        if row.talking_points
        else "",
        _("questions: {text}").format(text=_one_line(row.questions)) if row.questions else "",
        _("dress code: {text}").format(text=row.dress_code) if row.dress_code else "",
        _("gifts: {text}").format(text=row.gifts) if row.gifts else "",
    )


def _one_line(text: str) -> str:
    return " / ".join(line.strip() for line in text.splitlines() if line.strip())


def _leg(row: Any, names: Names) -> str:
    def moment(when: dt.datetime | None, zone: str) -> str:
        if when is None:
            return ""
        return _joined(long_date(when.date()), format_time(when, "HH:mm", locale=LOCALE), zone)

    route = _joined(row.from_place.strip(), row.to_place.strip(), separator=" - ")
    return _joined(
        scalar_text("mode", row.mode),
        _joined(row.carrier.strip(), row.number.strip(), separator=" "),
        route,
        _("departure {moment}").format(moment=moment(row.departure, row.departure_time_zone))
        if row.departure
        else "",
        _("arrival {moment}").format(moment=moment(row.arrival, row.arrival_time_zone))
        if row.arrival
        else "",
        _("booking {reference}").format(reference=row.reference) if row.reference else "",
    )


def _journey_leg(row: Any, names: Names) -> str:
    airports = f"{row.from_airport}–{row.to_airport}" if row.from_airport or row.to_airport else ""
    return _joined(
        f"{names('place', row.from_place_id)} – {names('place', row.to_place_id)}",
        scalar_text("mode", row.mode),
        airports,
        scalar_text("cabin", row.cabin) if row.cabin != CabinClass.AVERAGE else "",
        _("by train {duration}").format(duration=duration_text(row.train_minutes))
        if getattr(row, "train_minutes", None) is not None
        else "",
    )


def _stay(row: Any, names: Names) -> str:
    dates = _joined(
        long_date(row.check_in) if row.check_in else "",
        long_date(row.check_out) if row.check_out else "",
        separator=_(" to "),
    )
    return _joined(row.hotel.strip(), row.address.strip(), row.phone.strip(), dates, row.notes)


def _gift(row: Any, names: Names) -> str:
    """ "Delfts blauw bord, from the mayor of Nantes, € 150,00, kept at: kast kabinet"."""
    return _joined(
        row.description.strip(),
        _("from {giver}").format(giver=row.giver.strip()) if row.giver.strip() else "",
        money(row.value) if row.value is not None else "",
        _("kept at: {place}").format(place=row.kept_at.strip()) if row.kept_at.strip() else "",
    )


def _host(row: Any, names: Names) -> str:
    return _joined(names("contact", row.contact_id), row.role.strip())


def _follow_up(row: Any, names: Names) -> str:
    due = _("by {date}").format(date=long_date(row.due)) if row.due else ""
    return _joined(row.description.strip(), due, _("completed") if row.done else "")


def _term(row: Any, names: Names) -> str:
    portfolio = row.portfolio.strip()
    if portfolio and row.portfolio_code:
        portfolio = f"{portfolio} ({row.portfolio_code.strip().upper()})"
    start = period_date(row.start_date, getattr(row, "start_precision", "day"))
    period = (
        _("{start} to {end}").format(
            start=start, end=period_date(row.end_date, getattr(row, "end_precision", "day"))
        )
        if row.end_date
        else _("from {date}").format(date=start)
    )
    return _joined(scalar_text("role", row.role), portfolio, period, *_row_source(row))


def _row_source(row: Any) -> list[str]:
    """A row's own source (an office term's), so a change of it shows in the history:
    'bron: Coalitieakkoord, p. 4, 2 juli 2024; notitie ...; afgeleid: ...'."""
    parts = []
    document = (getattr(row, "source", "") or "").strip()
    if document:
        day = getattr(row, "source_date", None)
        where = _joined(document, (row.source_page or "").strip(), long_date(day) if day else "")
        parts.append(_("source: {document}").format(document=where))
    note = (getattr(row, "source_note", "") or "").strip()
    if note:
        parts.append(_("source note: {note}").format(note=" ".join(note.split())))
    derived = (getattr(row, "derived_from", "") or "").strip()
    if derived:
        # The mark is written as "afgeleid: ..." by custom: not "afgeleid: afgeleid: ...".
        reason = re.sub(r"^(afgeleid|derived)\s*:\s*", "", derived, flags=re.IGNORECASE)
        parts.append(_("derived: {reason}").format(reason=reason))
    return parts


def _event(row: Any, names: Names) -> str:
    return _joined(long_date(row.date), scalar_text("kind", row.kind), row.description.strip())


def _entry(row: Any, names: Names) -> str:
    return _joined(
        scalar_text("kind", row.kind),
        long_date(row.date),
        row.description.strip(),
        money(row.amount),
    )


def _priority(row: Any, names: Names) -> str:
    """'prioriteitsland Golfregio: AE, SA; reizen: Missie Dubai; netwerken: Eurocities'."""
    linked = [
        f"{_(FIELD_LABELS[field]).lower()}: {value_text(field, ids, names)}"
        for field, ids in (
            ("country_codes", row.country_codes),
            ("themes", row.themes),
            ("trip_ids", row.trip_ids),
            ("relation_ids", row.relation_ids),
            ("network_ids", row.network_ids),
        )
        if ids
    ]
    return _joined(f"{scalar_text('kind', row.kind)} {row.name}", *linked, separator="; ")


def _document(row: Any, names: Names) -> str:
    return f"{row.filename} ({_size(row.size)})"


ROWS: dict[str, Callable[[Any, Names], str]] = {
    "destinations": _destination,
    "delegation": _delegate,
    "programme": _programme_item,
    "follow_ups": _follow_up,
    "terms": _term,
    "events": _event,
    "entries": _entry,
    "documents": _document,
    "legs": _leg,
    "journey": _journey_leg,
    "stays": _stay,
    "hosts": _host,
    "gifts": _gift,
    "priorities": _priority,
}


# Fields whose stored text is a choice's label (a list of them joined): shown again in
# the current language when the history is read.
CHOICE_FIELDS = frozenset(
    {
        "kind",
        "status",
        "role",
        "membership",
        "place_kind",
        "date_precision",
        "transport",
        "funding_programme",
    }
)


@functools.cache
def _stored_choices() -> dict[str, StrEnum]:
    # Choices of different kinds may share a Dutch word ("overig"): it means the same.
    return {dutch(text): member for member, text in LABEL_IDS.items()} | {
        dutch(text): member for member, text in MORE_LABELS.items()
    }


def shown_value(field: str | None, stored: str) -> str:
    """A value as the history stored it (Dutch), in the current language where it is
    the label of a choice ("slapend" -> "dormant"); any other text as stored: names,
    notes and amounts are what was written then."""
    if field not in CHOICE_FIELDS or not stored:
        return stored
    return LIST_SEPARATOR.join(_shown_choice(part) for part in stored.split(LIST_SEPARATOR))


def _shown_choice(text: str) -> str:
    member = _stored_choices().get(text)
    if member is None:
        return text
    more = MORE_LABELS.get(member)
    return _(more) if more is not None else label(member)


def change_texts(field: str, old: Any, new: Any, names: Names) -> tuple[str, str]:
    """The old and new text of a field that changed. Of rows, only those that differ: a
    programme of twenty items with one time changed shows that item before and after
    (a row only added or only removed has an empty side). Rows only reordered show all."""
    if field not in ROW_FIELDS:
        return value_text(field, old, names), value_text(field, new, names)
    before, after = row_texts(field, old or [], names), row_texts(field, new or [], names)
    gone = Counter(before) - Counter(after)
    came = Counter(after) - Counter(before)
    if not gone and not came:  # the same rows in another order
        return "\n".join(before), "\n".join(after)
    return "\n".join(_taken(before, gone)), "\n".join(_taken(after, came))


def _taken(rows: list[str], wanted: Counter[str]) -> list[str]:
    """The rows counted in `wanted`, in their own order."""
    left, taken = Counter(wanted), []
    for row in rows:
        if left[row] > 0:
            left[row] -= 1
            taken.append(row)
    return taken

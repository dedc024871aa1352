"""How each register's list shows, sorts and searches its columns.

Most registers list service records (dicts, made into tuples by `records_listing`) and
show them with the command line's `cell()`. The large ones, trips and relations, read raw
rows (services/trip_listing.py, services/relation_listing.py): their packed and integer
columns have their own texts here.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from ..formatting import money, tonnes
from ..i18n import current_language
from ..register_fields import COSTLY_FIELDS, DATE_FIELDS, ENUM_FIELDS, MONEY_FIELDS
from ..register_tables import cell, traveller_names
from ..registers import RegisterKey
from ..services import relation_listing, trip_listing
from ..services.known_figures import unknown_text
from .country_names import shown_countries, shown_country
from .register_model import ListColumn, Listing, as_stored

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from .registers import RegisterPageSpec


def _numeric(value: Any) -> Any:
    # Service records give amounts as exact text ("22360.00"); raw rows give integers.
    return value if isinstance(value, int) else Decimal(value)


def _trip_destinations(packed: str) -> str:
    return "; ".join(shown_country(name) for name in trip_listing.destination_names(packed))


def _trip_travellers(packed: str) -> str:
    return traveller_names([(name, lead) for _, lead, name in trip_listing.travellers(packed)])


def _trip_euros(cents: int) -> str:
    return money(trip_listing.euros(cents))


def _trip_tonnes(kilograms: int) -> str:
    return tonnes(trip_listing.tonnes(kilograms))


def _packed_names(prefix: str) -> Callable[[str], str]:
    """For the search: the names in a packed column, order and markers left out (a
    regular expression does in C what unpacking does item by item)."""
    pattern = re.compile(f"(?:^|{trip_listing.UNIT}){prefix}")
    return lambda packed: pattern.sub(" ", packed)


def _relation_themes(packed: str) -> str:
    return "; ".join(relation_listing.theme_names(packed))


# The texts of raw listings' columns, where `cell()` (for service records) does not fit.
RAW_TEXTS: dict[str, dict[str, Callable[[Any], str]]] = {
    RegisterKey.TRIPS: {
        "id": str,
        "title": str,
        "destinations": _trip_destinations,
        "travellers": _trip_travellers,
        "travel_and_stay": _trip_euros,
        "other_costs": _trip_euros,
        "co2_tonnes": _trip_tonnes,
    },
    RegisterKey.RELATIONS: {
        "id": str,
        "place": str,
        "country": shown_country,
        "since_year": str,
        "themes": _relation_themes,
    },
}
RAW_SEARCH_TEXTS: dict[str, dict[str, Callable[[Any], str]]] = {
    RegisterKey.TRIPS: {
        "destinations": _packed_names(r"\d+:[A-Z]{2}:"),
        "travellers": _packed_names(r"\d+:\d+:[01]:"),
    },
}


def _total_cents(cents: Iterable[int]) -> str:
    return money(trip_listing.euros(sum(cents)))


def _total_kilograms(kilograms: Iterable[int]) -> str:
    return tonnes(trip_listing.tonnes(sum(kilograms)))


def _total_euros(amounts: Iterable[str]) -> str:
    return money(sum((Decimal(amount) for amount in amounts), Decimal("0.00")))


def _total_tonnes(amounts: Iterable[str]) -> str:
    return tonnes(sum((Decimal(amount) for amount in amounts), Decimal("0.00")))


# The totals under a list (raw trip rows hold cents and kilograms, service records text).
RAW_TOTALS: dict[str, dict[str, Callable[[Iterable[Any]], str]]] = {
    RegisterKey.TRIPS: {
        "travel_and_stay": _total_cents,
        "other_costs": _total_cents,
        "co2_tonnes": _total_kilograms,
    },
}


def _total(register: str, field: str) -> Callable[[Iterable[Any]], str] | None:
    raw = RAW_TOTALS.get(register, {}).get(field)
    if raw is not None:
        return raw
    if field in MONEY_FIELDS:
        return _total_euros
    return _total_tonnes if field == "co2_tonnes" else None


# Columns whose empty cell means "not known" rather than "none": a budget line without an
# amount has no budget of zero (and so nothing left is shown, not a negative remainder).
UNKNOWN_WHEN_EMPTY = {(RegisterKey.BUDGET, "amount")}


def list_columns(spec: RegisterPageSpec) -> list[ListColumn]:
    columns = []
    for field, heading in spec.columns:
        text = RAW_TEXTS.get(spec.name, {}).get(field) or functools.partial(cell, spec.name, field)
        search_text = RAW_SEARCH_TEXTS.get(spec.name, {}).get(field)
        if field == "destinations" and current_language() != "nl":
            search_text = None  # the countries as shown (in English), not as stored
        numeric = field in spec.numeric
        key = _numeric if numeric else as_stored if field in DATE_FIELDS else None
        # Amounts are not searched: Babel would have to format every one of them first.
        columns.append(
            ListColumn(
                field,
                heading,
                text,
                key,
                searched=field not in COSTLY_FIELDS,
                right_aligned=numeric and field != "id",
                search_text=search_text,
                repeats=field in DATE_FIELDS or field in ENUM_FIELDS.get(spec.name, {}),
                empty_text=unknown_text() if (spec.name, field) in UNKNOWN_WHEN_EMPTY else "",
                total=_total(spec.name, field),
            )
        )
    return columns


def load_listing(spec: RegisterPageSpec, session: Session) -> Listing:
    """The rows a register's list shows (on a worker thread)."""
    if spec.name == RegisterKey.TRIPS:
        rows = trip_listing.trip_list_rows(session)
        # The filters' choices are made here, on the worker thread: 100,000 rows.
        years = sorted({int(row[1][:4]) for row in rows if row[1]}, reverse=True)
        return Listing(
            trip_listing.TRIP_LIST_FIELDS,
            rows,
            choices={
                "year": [(year, str(year)) for year in years],
                "official": trip_listing.travelling_officials(session),
                "country": shown_countries(trip_listing.destination_countries(session)),
            },
        )
    if spec.name == RegisterKey.RELATIONS:
        return Listing(
            relation_listing.RELATION_LIST_FIELDS, relation_listing.relation_list_rows(session)
        )
    from ..services.register_specs import SPECS

    return records_listing(SPECS[spec.name].records(session, None), spec)


def load_first_rows(spec: RegisterPageSpec, session: Session, count: int) -> Listing | None:
    """The first `count` rows in the list's own order, fetched in a moment however large
    the register, to show while the whole list loads; None where there is no such query."""
    if spec.name != RegisterKey.TRIPS:
        return None
    newest_first = spec.default_order == Qt.SortOrder.DescendingOrder
    rows = trip_listing.trip_list_rows(session, count, newest_first=newest_first)
    return Listing(trip_listing.TRIP_LIST_FIELDS, rows)


def records_listing(records: list[dict[str, Any]], spec: RegisterPageSpec) -> Listing:
    """Service records as a listing with every field they have."""
    if records:
        names = list(records[0])
    else:  # still the fields the columns and filters look at
        names = [f for f, _ in spec.columns] + [getattr(f, "field", "") for f in spec.filters]
        names += ["valid_until", "status"]  # the expiry filter's
    fields = ["id"] + list(dict.fromkeys(n for n in names if n and n != "id"))
    return Listing(fields, [tuple(record.get(name) for name in fields) for record in records])

"""Which of the services' problems a refused cell makes meaningless.

A row with a cell that cannot be read is still put to the service's rules (with the
record's own value, or the empty one, in place of the refused value), so the user sees
every problem of the file in one round. A problem on a field whose cell was refused, or
on a field whose check uses a refused value (the leader among the travellers, the budget
line's year from the start date), would only be a false follow-on: it is left out.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..registers import RegisterKey

# Service fields whose problems belong to a column of another name.
FIELD_ALIASES = {"travellers": "traveller_ids"}

_TRIP_DATES = frozenset({"start_date", "end_date", "date_precision"})
_AGREEMENT_DATES = frozenset({"signed_on", "valid_from", "valid_until", "renewal_date"})

# field -> the fields its checks read besides its own value.
DEPENDS: dict[str, frozenset[str]] = {
    # trips
    "start_date": _TRIP_DATES | {"status"},
    "end_date": _TRIP_DATES,
    "date_precision": _TRIP_DATES,
    "budget_line_id": _TRIP_DATES,
    "lead_official_id": frozenset({"traveller_ids"}),
    "traveller_roles": frozenset({"traveller_ids"}),
    # a programme item's attendees must be travellers (its other checks are its own)
    "programme.attendee_ids": frozenset({"traveller_ids"}),
    # relations: the place is read within its country
    "place_id": frozenset({"country"}),
    # agreements
    **{name: _AGREEMENT_DATES for name in _AGREEMENT_DATES},
    # budget lines: the bookings within the line's year
    "entries": frozenset({"year"}),
}


def base_field(field_path: str) -> str:
    """ "programme[2].day" -> "programme"; "travellers" -> "traveller_ids"."""
    base = field_path.partition("[")[0].split(".")[0]
    return FIELD_ALIASES.get(base, base)


def is_follow_on(field_path: str, refused: Iterable[str], partial: Iterable[str] = ()) -> bool:
    """Whether a problem on `field_path` only follows from the `refused` fields (cells that
    could not be read) or from a list in `partial` (one of its child rows refused): a
    problem about such a list as a whole, not one of its rows, may be about the missing row."""
    refused = set(refused)
    base = base_field(field_path)
    leaf = field_path.partition("].")[2].partition("[")[0]  # "programme[2].day" -> "day"
    depends = DEPENDS.get(base, frozenset()) | DEPENDS.get(f"{base}.{leaf}", frozenset())
    if base in refused or depends & refused:
        return True
    return base in set(partial) and "[" not in field_path


# The columns by which other sheets name a register's records (names.py _SEARCHED): a
# reference to a refused row by any of them says that row has a problem of its own.
REFERRED_BY = {
    RegisterKey.OFFICIALS: ("Naam", "Verkorte naam"),
    RegisterKey.NETWORKS: ("Naam", "Afkorting"),
    RegisterKey.AGREEMENTS: ("Titel",),
    RegisterKey.CONTACTS: ("Naam",),
    RegisterKey.RELATIONS: ("Plaats",),
    RegisterKey.BUDGET: ("Naam", "Code"),
}

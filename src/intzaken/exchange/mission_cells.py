"""The cells of a trip's mission data that no other sheet has: a leg's local date and time,
and the travellers' roles in one cell (exchange/trip_sheets.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..formatting import short_date
from ..i18n import _
from ..parsing import parse_date, parse_time
from .cells import _PLACE_IN_COUNTRY, SEPARATOR, Codec, Names, _items, _Parsed, plain_text, quoted
from .problems import CellError


def _parse_moment(text: str) -> dt.datetime | None:
    """A local date and time: "27-01-2024 14:05" (the date as parse_date reads it)."""
    day_text, _space, time_text = text.strip().rpartition(" ")
    if not day_text:
        if not text.strip():
            return None
        raise ValueError(
            _("'{text}' has no time; write for example 27-01-2024 14:05.").format(text=text)
        )
    day, time = parse_date(day_text), parse_time(time_text)
    if day is None or time is None:
        raise ValueError(
            _("'{text}' is not a date with a time; write for example 27-01-2024 14:05.").format(
                text=text
            )
        )
    return dt.datetime.combine(day, time)


class Moment(_Parsed):
    """A local date and time (a leg's departure or arrival), without its time zone."""

    number_format = "dd-mm-yyyy hh:mm"
    parse = staticmethod(_parse_moment)

    def text(self, value: dt.datetime | None, names: Names) -> str:
        return "" if value is None else f"{short_date(value.date())} {value:%H:%M}"

    def typed(self, raw: object) -> dt.datetime:
        if isinstance(raw, dt.datetime):
            return raw
        raise CellError(
            _("{value} is not a date with a time; write for example 27-01-2024 14:05.").format(
                value=quoted(raw)
            )
        )


class OfficialRoles(Codec):
    """Travellers' roles in one cell: "Ahmed Aboutaleb: delegatieleider; ..."."""

    def write(self, value: dict[int, str], names: Names) -> str:
        return SEPARATOR.join(
            f"{names.reference_name('official', key)}: {role}" for key, role in value.items()
        )

    def read(self, raw: object, names: Names, row: dict[str, Any]) -> dict[int, str]:
        roles = {}
        for item in _items(raw):
            name, colon, role = item.partition(":")
            if not colon:
                raise CellError(
                    _("'{item}': write name: role, for example '{example}'.").format(
                        item=item, example="J. Jansen: woordvoerder"
                    )
                )
            roles[names.official_id(name.strip())] = role.strip()
        return roles


class PlaceInCountry(Codec):
    """One place with its country, as the destinations write it: "Nantes (Frankrijk)"."""

    def write(self, value: int | None, names: Names) -> str:
        if value is None:
            return ""
        place, country = names.place_parts(value)
        return f"{place} ({country})"

    def read(self, raw: object, names: Names, row: dict[str, Any]) -> int | None:
        text = plain_text(raw, limit=300)
        if not text:
            return None
        match = _PLACE_IN_COUNTRY.match(text)
        if match is None:
            raise CellError(
                _("'{text}' is not a place with its country, such as 'Nantes (Frankrijk)'.").format(
                    text=text
                )
            )
        return names.place_id(match["place"], names.country_code(match["country"]))

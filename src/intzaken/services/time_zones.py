"""IANA time zones: which names are real, and a local wall time in UTC.

The zone database comes from the `tzdata` package where the system has none (Windows,
and the installed app, which must know every zone offline).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo


@functools.cache
def known_zones() -> frozenset[str]:
    """Every IANA zone name this installation knows ("Asia/Shanghai", "UTC")."""
    return frozenset(zoneinfo.available_timezones())


def is_known_zone(name: str) -> bool:
    return name in known_zones()


def zone(name: str) -> zoneinfo.ZoneInfo:
    """The zone named `name` (a known one: check with `is_known_zone` first)."""
    return zoneinfo.ZoneInfo(name)


def in_utc(local: dt.datetime, zone_name: str) -> dt.datetime:
    """A naive local wall time in `zone_name` as a naive UTC time (for comparing a
    departure and an arrival in different zones)."""
    aware = local.replace(tzinfo=zone(zone_name))
    return aware.astimezone(dt.UTC).replace(tzinfo=None)


def utc_offset(zone_name: str, at: dt.datetime) -> dt.timedelta:
    """How far `zone_name` is ahead of UTC at the local time `at`."""
    offset = at.replace(tzinfo=zone(zone_name)).utcoffset()
    assert offset is not None  # a ZoneInfo always knows its offset
    return offset

"""IANA time zones: which names are real, and a local wall time in UTC.

The zone database comes from the `tzdata` package where the system has none (Windows,
and the installed app, which must know every zone offline).
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.resources
import zoneinfo
from pathlib import Path


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


@functools.cache
def _zones_by_country() -> dict[str, tuple[str, ...]]:
    # zone.tab of the tz database (public domain) lists each zone with the country it lies
    # in; the tzdata package carries it, as the system's zoneinfo folder does elsewhere.
    try:
        text = importlib.resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text()
    except (ModuleNotFoundError, FileNotFoundError):
        system_table = Path("/usr/share/zoneinfo/zone.tab")
        text = system_table.read_text(encoding="utf-8") if system_table.exists() else ""
    zones: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            fields = line.split("\t")
            if len(fields) >= 3:
                zones.setdefault(fields[0].upper(), []).append(fields[2])
    return {code: tuple(names) for code, names in zones.items()}


def zones_of_country(code: str) -> tuple[str, ...]:
    """The zones that lie in the country `code` (ISO 3166-1 alpha-2), the most populous
    first as the tz database lists them: ("Asia/Shanghai",), or several for the US."""
    return _zones_by_country().get((code or "").upper(), ())

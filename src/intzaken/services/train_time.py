"""How long a flight's journey would take by train, for the travel policy's train-time
rule (issue 20: Amsterdam makes the train the rule up to six hours).

There is no offline timetable. The time that counts is the one the staff looked up
(door to door, at NS International or the rail operator) and entered on the flight leg.
Where none was entered, a rough time is proposed from the distance: the great circle
plus the same 20 % detour the CO2 estimate adds to surface journeys, at an average speed
the team chooses in the settings. That speed is the team's own rule of thumb, not a
published figure; the estimate is always shown as estimated, and a flight near the limit
deserves a looked-up time.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from ..i18n import _

# The average speed over the rail distance when the team has not chosen one (km/h).
# A rule of thumb of ours: direct high-speed journeys are faster, journeys with changes
# or across borders slower.
DEFAULT_TRAIN_SPEED_KMH = 100
MAX_TRAIN_SPEED_KMH = 400
# The rail distance: the great circle plus this allowance (the 20 % detour of the CO2
# estimate's surface legs, resources/emission_factors/*.toml, chosen within the road
# circuity factors of Ballou et al. 2002; railways are no straighter).
RAIL_DETOUR = Decimal("0.20")
MINUTES_PER_HOUR = 60


@dataclass(frozen=True)
class TrainTime:
    minutes: int
    estimated: bool  # True: from the distance, not looked up


def estimated_minutes(great_circle_km: Decimal, speed_kmh: int | None) -> int:
    """The rough train time in whole minutes: (great circle + 20 %) / speed."""
    speed = speed_kmh or DEFAULT_TRAIN_SPEED_KMH
    rail_km = great_circle_km * (1 + RAIL_DETOUR)
    minutes = rail_km * MINUTES_PER_HOUR / speed
    return int(minutes.quantize(Decimal(1), ROUND_HALF_UP))


def train_time(looked_up: int | None, great_circle_km: Decimal, speed_kmh: int | None) -> TrainTime:
    """The looked-up time where there is one, else the estimate."""
    if looked_up is not None:
        return TrainTime(looked_up, estimated=False)
    return TrainTime(estimated_minutes(great_circle_km, speed_kmh), estimated=True)


def duration_text(minutes: int) -> str:
    """'5:30 h' (hours and minutes, as timetables write a journey's length)."""
    hours, rest = divmod(minutes, MINUTES_PER_HOUR)
    return _("{hours}:{minutes:02d} h").format(hours=hours, minutes=rest)


def train_time_text(time: TrainTime) -> str:
    """'5:30 h' for a looked-up time, 'ca. 8:10 h (estimated)' for an estimate."""
    if time.estimated:
        return _("about {duration} (estimated)").format(duration=duration_text(time.minutes))
    return duration_text(time.minutes)


def parse_duration(text: str) -> int | None:
    """Minutes from '5:30' (hours and minutes), '5u30' or '330' (minutes); None when the
    text is none of these. '' is not a duration either: the caller decides what empty is."""
    cleaned = text.strip().lower().replace(" ", "")
    for unit in ("minuten", "min", "uur", "u", "h"):  # '5:30 u', '330 min'
        if cleaned.endswith(unit) and cleaned[: -len(unit)][-1:].isdigit():
            cleaned = cleaned[: -len(unit)]
            break
    for separator in (":", "u", "h", "."):
        if separator in cleaned:
            hours, _sep, minutes = cleaned.partition(separator)
            if hours.isdigit() and minutes.isdigit() and len(minutes) == 2 and int(minutes) < 60:
                return int(hours) * MINUTES_PER_HOUR + int(minutes)
            return None
    return int(cleaned) if cleaned.isdigit() else None

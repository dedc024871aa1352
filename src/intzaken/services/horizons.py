"""How far the overview looks ahead and back: the user's settings (ui/settings.py) for
the queries in services/outlook.py.

A module of its own, without SQLAlchemy: the window reads its settings before the first
paint, and importing the queries there would load the whole data layer first.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Horizons:
    """How far the overview looks; the user sets them under Settings (ui/settings.py)."""

    upcoming_months: int = 6  # trips starting within this many months
    expiry_months: int = 6  # agreements ending within this many months
    dormant_years: int = 3  # a relation without any contact for this many years is dormant
    follow_up_days: int = 14  # follow-up actions due within this many days

"""A plausibility finding: what a careful controller questions, about which record, and
which printed figures it puts in doubt (services/plausibility.py makes them)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ..registers import RegisterKey


class Questioned(StrEnum):
    """Which printed figures of a trip a finding puts in doubt: a report marks those."""

    COSTS = "costs"
    CO2 = "co2"


@dataclass(frozen=True)
class Finding:
    register: RegisterKey  # trips, agreements or budget
    record_id: int
    subject: str  # what the finding is about, for the user
    message: str  # in the current language
    questions: frozenset[Questioned] = frozenset()

    @property
    def text(self) -> str:
        """Subject and message as one sentence: "Trip 'X' (13 November 2024) has ..."."""
        return f"{self.subject} {self.message}"


COSTS = frozenset({Questioned.COSTS})
CO2 = frozenset({Questioned.CO2})

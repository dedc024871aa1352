"""Which fields of the registers are dates, money, kinds: shared by the command line's
tables, the window's lists and their filters. Without Babel, so the window's frame can
import it before its first paint."""

from __future__ import annotations

from enum import StrEnum

from .domain.enums import (
    AgreementKind,
    AgreementStatus,
    FundingProgramme,
    MembershipStatus,
    NetworkRole,
    ProjectRole,
    ProjectStatus,
    RelationKind,
    RelationStatus,
    Role,
    TripKind,
    TripStatus,
)
from .registers import RegisterKey

ENUM_FIELDS: dict[str, dict[str, type[StrEnum]]] = {
    RegisterKey.TRIPS: {"status": TripStatus, "kind": TripKind},
    RegisterKey.RELATIONS: {"status": RelationStatus, "kind": RelationKind},
    RegisterKey.NETWORKS: {"role": NetworkRole, "membership": MembershipStatus},
    RegisterKey.AGREEMENTS: {"status": AgreementStatus, "kind": AgreementKind},
    RegisterKey.OFFICIALS: {"current_role": Role},
    RegisterKey.PROJECTS: {
        "funding_programme": FundingProgramme,
        "role": ProjectRole,
        "status": ProjectStatus,
    },
}
DATE_FIELDS = {
    "start_date",
    "end_date",
    "signed_on",
    "valid_until",
    "valid_from",
    "adopted_on",
    "call_deadline",
    "report_due",
}
MONEY_FIELDS = {
    "travel_and_stay",
    "other_costs",
    "co2_offset",
    "amount",
    "spent",
    "committed",
    "left",
    "annual_fee",
    "total_costs",
    "council_costs",
    "third_party_costs",
    "cancellation_costs",
    "estimated_travel_and_stay",
    "estimated_other_costs",
    "total_budget",
    "grant",
    "co_financing",
}


# Cells Babel formats slowly (tens of microseconds each): a list formats them only when
# the view shows them, and sorts them by value, so 100,000 rows need not wait for them.
COSTLY_FIELDS = MONEY_FIELDS | {"co2_tonnes"}

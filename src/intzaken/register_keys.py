"""The registers by one name each (`RegisterKey`), and the ones the user keeps.

The rest of what a register is called is in registers.py, which re-exports these: this
module imports nothing but `enum`, for the command line's parser (issue 22).
"""

from __future__ import annotations

from enum import StrEnum


class RegisterKey(StrEnum):
    """Every kind of record the history follows."""

    TRIPS = "trips"
    RELATIONS = "relations"
    NETWORKS = "networks"
    AGREEMENTS = "agreements"
    OFFICIALS = "officials"
    BUDGET = "budget"
    CONTACTS = "contacts"
    PLACES = "places"
    ORGANISATION = "organisation"
    POLICIES = "policies"
    PROJECTS = "projects"


# The registers the user keeps, in the order the window and the command line show them:
# each has a page, a form and a list. Contacts, places and the organisation are edited
# inside them (or in Instellingen) and travel along in the history and the travel copy.
MAIN_REGISTERS: tuple[RegisterKey, ...] = (
    RegisterKey.TRIPS,
    RegisterKey.RELATIONS,
    RegisterKey.NETWORKS,
    RegisterKey.AGREEMENTS,
    RegisterKey.OFFICIALS,
    RegisterKey.BUDGET,
    RegisterKey.POLICIES,
    RegisterKey.PROJECTS,
)

"""One register spec: every table kept per register covers every register it must, keyed
by the one enum, and the enum's values are the names stored and typed before it."""

from __future__ import annotations

import ast
import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from intzaken.cli import main as cli_main
from intzaken.exchange.layout import REGISTERS as SHEET_LAYOUTS
from intzaken.register_fields import ENUM_FIELDS
from intzaken.register_tables import TABLE_COLUMNS
from intzaken.registers import MAIN_REGISTERS, NOUNS, RegisterKey
from intzaken.services import agreements, budget, data, networks, officials, relations, trips
from intzaken.services.conflicts import TITLE_FIELDS
from intzaken.services.editing import EDITORS
from intzaken.services.register_specs import SPECS
from intzaken.services.tracked_records import REGISTERS as TRACKED
from intzaken.travel.registers import REGISTERS as TRAVEL_REGISTERS

SERVICES = Path(__file__).resolve().parents[1] / "src" / "intzaken" / "services"

EVERY = set(RegisterKey)
MAIN = set(MAIN_REGISTERS)

# table -> the registers it must have, exactly
TABLES: dict[str, tuple[dict[Any, Any], set[RegisterKey]]] = {
    "NOUNS": (NOUNS, EVERY),
    "services.register_specs.SPECS": (SPECS, MAIN),
    "services.tracked_records.REGISTERS": (TRACKED, EVERY),
    "travel.registers.REGISTERS": (TRAVEL_REGISTERS, EVERY),
    "exchange.layout.REGISTERS": (
        SHEET_LAYOUTS,
        MAIN | {RegisterKey.CONTACTS, RegisterKey.PLACES, RegisterKey.ORGANISATION},
    ),
    "register_tables.TABLE_COLUMNS": (TABLE_COLUMNS, MAIN),
}


@pytest.mark.parametrize("name", TABLES)
def test_every_table_covers_every_register(name: str) -> None:
    table, expected = TABLES[name]
    assert set(table) == expected
    assert all(type(key) is RegisterKey for key in table), "keyed by the enum, not by text"


def test_tables_of_some_registers_name_only_registers() -> None:
    for table in (ENUM_FIELDS, TITLE_FIELDS):
        assert all(type(key) is RegisterKey for key in table)
    assert set(ENUM_FIELDS) <= MAIN


def test_the_window_has_a_page_and_a_form_for_every_main_register(qapp: Any) -> None:
    from intzaken.ui.forms import FORMS
    from intzaken.ui.registers import register_specs

    assert [spec.name for spec in register_specs()] == list(MAIN_REGISTERS)
    assert set(FORMS) == MAIN
    assert all(type(form.register) is RegisterKey for form in FORMS.values())


def test_specs_are_in_the_order_the_window_shows_them() -> None:
    assert tuple(SPECS) == MAIN_REGISTERS
    assert EDITORS is SPECS  # the forms and undo edit through the same specs


def test_each_spec_names_its_own_register_and_data() -> None:
    for key, spec in SPECS.items():
        assert spec.register is key
        assert dataclasses.is_dataclass(spec.data)
        assert spec.noun == NOUNS[key].singular
    for key, tracked in TRACKED.items():
        assert tracked.name is key
    for key, register in TRAVEL_REGISTERS.items():
        assert register.name is key
    for key, layout in SHEET_LAYOUTS.items():
        assert layout.name is key


def test_stored_and_typed_names_are_unchanged() -> None:
    assert [str(key) for key in MAIN_REGISTERS] == [
        "trips",
        "relations",
        "networks",
        "agreements",
        "officials",
        "budget",
        "policies",
        "projects",
    ]
    assert {str(key) for key in RegisterKey} == {
        *map(str, MAIN_REGISTERS),
        "contacts",
        "places",
        "organisation",
    }
    # What the history's column, a settings file and the command line hold finds the key.
    assert SPECS["trips"] is SPECS[RegisterKey.TRIPS]  # type: ignore[index]
    assert json.dumps({"register": RegisterKey.TRIPS}) == '{"register": "trips"}'
    assert f"{RegisterKey.BUDGET}" == "budget"
    assert cli_main.REGISTERS == (
        "trips",
        "relations",
        "networks",
        "agreements",
        "officials",
        "budget",
        "policies",
        "projects",
    )
    assert all(type(name) is str for name in cli_main.REGISTERS)  # argparse's help


def test_nouns_as_the_messages_used_them() -> None:
    assert TRACKED[RegisterKey.NETWORKS].noun == "het netwerk"
    assert TRACKED[RegisterKey.TRIPS].what == "Reis"
    assert SHEET_LAYOUTS[RegisterKey.BUDGET].noun == "begrotingsposten"
    assert NOUNS[RegisterKey.OFFICIALS].english_plural == "officials"


@pytest.mark.parametrize(
    ("module", "names"),
    [
        (
            trips,
            ("TripData", "DestinationData", "DelegateData", "ProgrammeItemData", "FollowUpData"),
        ),
        (relations, ("RelationData", "RelationEventData")),
        (networks, ("NetworkData",)),
        (agreements, ("AgreementData", "DocumentData")),
        (officials, ("OfficialData", "TermData")),
        (budget, ("BudgetLineData", "BudgetEntryData")),
    ],
)
def test_services_still_offer_their_data_classes(module: Any, names: tuple[str, ...]) -> None:
    for name in names:
        assert getattr(module, name) is getattr(data, name)


def test_services_import_each_other_at_module_level() -> None:
    """With the data classes below the services there is no cycle to break by importing
    inside a function; one that appears again is a cycle coming back."""
    inside = []
    for path in SERVICES.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                inside += [
                    f"{path.name}:{child.lineno}"
                    for child in ast.walk(node)
                    if isinstance(child, ast.ImportFrom) and child.level == 1
                ]
    assert inside == []

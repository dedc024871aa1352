"""The sheet of the countries' facts a team keeps for its briefing packs (embassy,
emergency numbers, travel advice, ...), one row a country.

Not a register (the facts have no uuid or version and no history): exported with every
register, read back after them by `import_country_facts` with the service's own rules
(services/country_facts.py), new, changed or unchanged per country.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import TravelAdvice
from ..domain.models import CountryFacts
from ..services.country_facts import CountryFactsData, country_facts_data, save_country_facts
from ..services.errors import ServiceError, ValidationError
from . import cells as c
from .problems import ImportCounts
from .setting_sheets import CountryCode
from .sheets import NOTES, Column, Sheet

if TYPE_CHECKING:
    from .sheet_tables import SheetReader

COUNTRY_FACTS = "country_facts"  # its counts' name, beside the registers'
_ADVICE = {"green": "groen", "yellow": "geel", "orange": "oranje", "red": "rood"}

COUNTRY_FACTS_SHEET = Sheet(
    "Landeninformatie",
    (
        Column("Land", "country_code", CountryCode(), 20),
        Column("Tijdzone", "time_zone", c.Text(64), 18),
        Column("Valuta", "currency", c.Text(3), 8),
        Column("Talen", "languages", c.Text(200), 24),
        Column("Ambassade of consulaat", "embassy_name", c.Text(200), 30),
        Column("Adres ambassade", "embassy_address", c.Text(300, multiline=True), 36),
        Column("Telefoonnummer ambassade", "embassy_phone", c.Text(50), 18),
        Column("Noodnummer ambassade", "embassy_emergency_phone", c.Text(50), 18),
        Column("Lokaal alarmnummer", "local_emergency_number", c.Text(50), 24),
        Column("Reisadvies", "travel_advice", c.Choice(TravelAdvice, _ADVICE), 10),
        Column("Reisadvies gecontroleerd op", "travel_advice_checked", c.Date(), 13),
        NOTES,
    ),
    key=("Land",),
)
_FIELDS = [f.name for f in dataclasses.fields(CountryFactsData)]


def stored_facts(session: Session) -> dict[str, CountryFactsData]:
    facts = session.scalars(select(CountryFacts).order_by(CountryFacts.country_code))
    return {f.country_code: country_facts_data(f) for f in facts}


def country_facts_rows(session: Session, write: Callable[[Any, Any], Any]) -> Iterator[list[Any]]:
    """The sheet's rows, each cell made by `write(codec, value)`."""
    for code, data in stored_facts(session).items():
        values = {"country_code": code, **dataclasses.asdict(data)}
        yield [write(col.codec, values[col.field]) for col in COUNTRY_FACTS_SHEET.columns]


def import_country_facts(reader: SheetReader, session: Session) -> ImportCounts | None:
    """Read the sheet (None when the file has none) and save each country's facts in its
    own savepoint; problems go to `reader` by row and column."""
    sheet = COUNTRY_FACTS_SHEET
    table = reader.table(sheet, all_required=False)
    if table is None:
        return None
    counts = ImportCounts()
    stored = stored_facts(session)
    for row in reader.rows(table):
        code = str(row.key[0]) if row.key else ""
        base = stored.get(code, CountryFactsData())
        values: dict[str, Any] = dataclasses.asdict(base)
        quiet = frozenset(sheet.key) if row.failed else frozenset()  # reported already
        if (
            not reader.read_cells(sheet, table, row.number, row.cells, values, quiet=quiet)
            or row.failed
        ):
            counts.refused += 1
            continue
        data = CountryFactsData(**{name: values[name] for name in _FIELDS})
        if code in stored and data == base:
            counts.unchanged += 1
            continue
        savepoint = session.begin_nested()
        try:
            save_country_facts(session, code, data)
        except ValidationError as exc:
            savepoint.rollback()
            counts.refused += 1
            for problem in exc.problems:
                reader.problem(
                    sheet.name, row.number, sheet.heading_of(problem.field), problem.message
                )
            continue
        except ServiceError as exc:
            savepoint.rollback()
            counts.refused += 1
            reader.problem(sheet.name, row.number, None, str(exc))
            continue
        savepoint.commit()
        if code in stored:
            counts.changed += 1
        else:
            counts.new += 1
    return counts

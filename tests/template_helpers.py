"""The import template filled in with its own example rows, and plans of importing it."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from intzaken.exchange import ImportPlan, export_workbook, plan_import
from intzaken.exchange.template_words import EXAMPLES
from intzaken.new_database import create_database
from intzaken.store.database import open_database
from intzaken.store.location import Location


def new_empty(location: Location) -> Location:
    create_database(location, "Gemeente Proef").close()
    return location


def write_template(location: Location, path: Path, registers: list[str] | None = None) -> Path:
    database = open_database(location)
    try:
        with database.sessions() as session:
            export_workbook(session, path, registers, empty=True)
    finally:
        database.close()
    return path


def fill_with_examples(template: Path, blank: tuple[str, str] | None = None) -> Path:
    """Each data sheet gets its example row (as text, as typed); `blank` leaves that
    (sheet, heading) empty."""
    book = load_workbook(template)
    for name, example in EXAMPLES.items():
        if name not in book.sheetnames:
            continue
        sheet = book[name]
        headings = [cell.value for cell in sheet[1]]
        row = [None if (name, h) == blank else example.get(h) for h in headings]
        sheet.append(row)
    book.save(template)
    return template


def plan_of(location: Location, path: Path) -> ImportPlan:
    database = open_database(location)
    try:
        with database.sessions() as session:
            plan = plan_import(session, path)
            session.rollback()
        return plan
    finally:
        database.close()

"""What an import writes itself (its bulk path, the places it adds) gets a uuid, its first
version and one "created" entry in the history each, as a service's save would give it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select

from intzaken.domain.enums import ChangeAction
from intzaken.domain.labels import label
from intzaken.domain.models import (
    Agreement,
    BudgetLine,
    Change,
    Network,
    Place,
    Relation,
    Trip,
)
from intzaken.exchange import apply_import, export_workbook, plan_import
from intzaken.new_database import create_database
from intzaken.services.history import AUTHOR_KEY
from intzaken.store.database import open_database

TITLES: dict[str, tuple[type, Callable[[object], str]]] = {
    "trips": (Trip, lambda t: t.title),
    "relations": (Relation, lambda r: f"{r.place.name} ({label(r.kind)})"),
    "budget": (BudgetLine, lambda b: f"{b.name} ({b.year})"),
    "networks": (Network, lambda n: n.name),
    "agreements": (Agreement, lambda a: a.title),
    "places": (Place, lambda p: f"{p.name} ({p.country.name})"),
}


def _exported(database: Path, target: Path) -> Path:
    source = open_database(database)
    try:
        with source.sessions() as session:
            export_workbook(session, target)
    finally:
        source.close()
    return target


def test_every_record_the_import_writes_itself_has_one_created_entry(
        demo_template: Callable[[str], Path], tmp_path: Path) -> None:
    # Rotterdam has trips, networks and agreements; Groningen budget lines.
    files = [_exported(demo_template(profile), tmp_path / f"{profile}.xlsx")
             for profile in ("rotterdam", "groningen")]
    target = create_database(tmp_path / "leeg.sqlite", "Gemeente Proef")
    try:
        for file in files:
            with target.sessions() as session, session.begin():
                session.info[AUTHOR_KEY] = "jdevries"
                plan = plan_import(session, file)
                assert plan.ok, [str(p) for p in plan.problems]
                apply_import(session, plan)
        with target.sessions() as session:
            entries = session.scalars(select(Change).order_by(Change.id)).all()
            assert {(e.action, e.author, e.version, e.field) for e in entries} == {
                (ChangeAction.CREATED, "jdevries", 1, None)}
            assert {e.context for e in entries} == {"import rotterdam.xlsx",
                                                    "import groningen.xlsx"}
            for register, (model, title) in TITLES.items():
                records = session.scalars(select(model).order_by(model.id)).all()
                logged = sorted((e.record_id, e.record_uuid, e.title)
                                for e in entries if e.register == register)
                assert records, register
                assert logged == [(r.id, r.uuid, title(r)) for r in records], register
                assert {r.version for r in records} == {1}
            assert session.scalar(select(func.count(func.distinct(Change.record_uuid)))) == len(
                entries)

        # The same file again changes nothing, and so writes no entry.
        with target.sessions() as session, session.begin():
            counts = apply_import(session, plan_import(session, files[-1]))
            assert sum(c.new + c.changed for c in counts.values()) == 0
        with target.sessions() as session:
            assert session.scalar(select(func.count(Change.id))) == len(entries)
    finally:
        target.close()

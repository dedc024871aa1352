"""What an import writes itself (its bulk path, the places it adds) gets a uuid, its first
version and one "created" entry in the history each, as a service's save gives what it
creates; the entries of both say which file the records came from."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select

from intzaken.domain.enums import ChangeAction
from intzaken.domain.models import Change
from intzaken.exchange import apply_import, export_workbook, plan_import
from intzaken.new_database import create_database
from intzaken.services.history import AUTHOR_KEY, CONTEXT_KEY
from intzaken.services.tracked_records import REGISTERS
from intzaken.store.database import open_database


def _exported(database: Path, target: Path) -> Path:
    source = open_database(database)
    try:
        with source.sessions() as session:
            export_workbook(session, target)
    finally:
        source.close()
    return target


def test_every_record_the_import_writes_itself_has_one_created_entry(
    demo_template: Callable[[str], Path], tmp_path: Path
) -> None:
    # Rotterdam has trips, networks and agreements; Groningen budget lines.
    files = [
        _exported(demo_template(profile), tmp_path / f"{profile}.xlsx")
        for profile in ("rotterdam", "groningen")
    ]
    target = create_database(tmp_path / "leeg.sqlite", "Gemeente Proef")
    try:
        for file in files:
            with target.sessions() as session, session.begin():
                session.info[AUTHOR_KEY] = "jdevries"
                plan = plan_import(session, file)
                assert plan.ok, [str(p) for p in plan.problems]
                apply_import(session, plan)
                assert CONTEXT_KEY not in session.info  # only while it imports
        with target.sessions() as session:
            logged_entries = session.scalars(
                select(Change).where(Change.register != "organisation").order_by(Change.id)
            ).all()
            # A place both demos name (Brussels) carries the source of the file that
            # names it last: Groningen's import changes that, and only that, as a
            # service's save would, with an entry for each field.
            changed = [e for e in logged_entries if e.action != ChangeAction.CREATED]
            assert {(e.register, e.version, e.field, e.context) for e in changed} == {
                ("places", 2, "Brondocument", "import groningen.xlsx"),
                ("places", 2, "Toelichting bron", "import groningen.xlsx"),
            }
            entries = [e for e in logged_entries if e.action == ChangeAction.CREATED]
            assert {(e.action, e.author, e.version, e.field) for e in entries} == {
                (ChangeAction.CREATED, "jdevries", 1, None)
            }
            assert {e.context for e in entries} == {
                "import rotterdam.xlsx",
                "import groningen.xlsx",
            }
            for register, tracked in REGISTERS.items():
                if register == "organisation":
                    continue  # not in the file
                records = session.scalars(select(tracked.model).order_by(tracked.model.id)).all()
                logged = sorted(
                    (e.record_id, e.record_uuid, e.title) for e in entries if e.register == register
                )
                assert records or register == "contacts", register
                assert logged == [(r.id, r.uuid, tracked.title(r)) for r in records], register
                assert {r.version for r in records} <= ({1, 2} if register == "places" else {1})
            assert len({e.record_uuid for e in entries}) == len(entries)

        # The same file again changes nothing, and so writes no entry.
        with target.sessions() as session, session.begin():
            counts = apply_import(session, plan_import(session, files[-1]))
            assert sum(c.new + c.changed for c in counts.values()) == 0
        with target.sessions() as session:
            assert session.scalar(
                select(func.count(Change.id)).where(Change.register != "organisation")
            ) == len(logged_entries)
    finally:
        target.close()

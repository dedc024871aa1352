"""From raw rows to records: read every cell, match each row to a record by its natural
key, and let the services check and save it.

Planning and applying run the same code. Planning runs it inside a savepoint that is
rolled back, so the services' own checks (the same as the forms') are part of the plan and
their refusals are reported with sheet and row; nothing is written. A plan without
problems keeps its savepoint open instead, for an apply in the same transaction to
release (kept_plan.py): run once, not twice. Each record is saved in
its own savepoint: a refused record is rolled back, a record that turns out unchanged too,
so importing the same file twice writes nothing the second time.

New and unchanged records of the large registers take a shorter way with the same rules
(bulk_rules.py): checked against records read once, the new ones written together when
their sheet is done, or before a changed record of that sheet is saved, so the numbers
and what the services see are as if each row had been saved in its turn. On PostgreSQL
they are also written every few thousand rows, from a second thread while the rows
after them are checked (import_run.py, store/copy_behind.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from ..heap import frozen_heap
from ..i18n import _
from . import kept_plan
from .conflicts import Choices, Conflicts, ImportConflict, Keep
from .import_history import importing
from .import_run import Run
from .problems import FileRefused, ImportCounts, ImportNotice, ImportProblem, ImportRefused
from .reading import RawSheet, read_file
from .recognised import named_by_headings
from .template_words import TEMPLATE_SHEETS

# The parts: import_run.py (one pass over the file's registers: match, check, save),
# sheet_tables.py (a sheet's headings, keys and cells read against its layout).


@dataclass
class ImportPlan:
    path: Path
    problems: list[ImportProblem] = field(default_factory=list)
    counts: dict[str, ImportCounts] = field(default_factory=dict)
    sheets: dict[str, RawSheet] = field(default_factory=dict, repr=False)
    # Rows that would change a record saved by someone else since the export.
    conflicts: list[ImportConflict] = field(default_factory=list)
    # How the plan settled them (conflicts.py); apply_import settles them the same way.
    choices: Choices = field(default_factory=dict)
    prefer: Keep | None = None
    # What the import assumed and says so (a sheet recognised by its headings).
    assumptions: list[str] = field(default_factory=list)
    # Words read other than as written (synonyms), to show beside the counts.
    notices: list[ImportNotice] = field(default_factory=list)

    @property
    def open_conflicts(self) -> list[ImportConflict]:
        return [c for c in self.conflicts if c.choice is None]

    @property
    def ok(self) -> bool:
        return not self.problems and not self.open_conflicts


def plan_import(
    session: Session, path: Path, *, choices: Choices | None = None, prefer: Keep | None = None
) -> ImportPlan:
    """Read and check `path` against the database in `session`; writes nothing that is
    committed without apply_import (a plan without problems or open conflicts keeps its
    savepoint open). A conflict is settled by `choices` (record uuid -> side), else by
    `prefer`, else left open."""
    # What the import makes lives until it is done, and hardly any of it is garbage
    # before: no collection while it runs (heap.py).
    with frozen_heap(young=False):
        return _plan(session, Path(path), dict(choices or {}), prefer)


def _plan(session: Session, path: Path, choices: Choices, prefer: Keep | None) -> ImportPlan:
    try:
        sheets = read_file(path)
    except FileRefused as exc:
        return ImportPlan(path, [ImportProblem("", None, None, str(exc))])
    except OSError as exc:
        return ImportPlan(
            path,
            [
                ImportProblem(
                    "",
                    None,
                    None,
                    _("{name} cannot be read: {error}.").format(
                        name=path.name, error=exc.strerror or exc
                    ),
                )
            ],
        )
    # The template's explanation and drop-down lists are not data (template.py).
    sheets = {name: raw for name, raw in sheets.items() if name.casefold() not in TEMPLATE_SHEETS}
    assumptions: list[str] = []
    if path.is_dir() or path.suffix.lower() == ".csv" or len(sheets) == 1:
        # A CSV file is named after its sheet ("Reizen.csv"); a file or a workbook's one
        # sheet named otherwise ("Sheet1") is the sheet whose headings it has.
        sheets, assumptions = named_by_headings(sheets)
    kept_plan.discard(session)  # an earlier plan's writes are not this plan's starting point
    savepoint = session.begin_nested()
    try:
        with importing(session, path):
            run = Run(session, sheets, Conflicts(session, choices, prefer))
            problems, counts = run.all()
    except BaseException:
        savepoint.rollback()
        raise
    plan = ImportPlan(path, problems, counts, sheets, run.conflicts.found, choices, prefer)
    plan.assumptions = assumptions + run.assumptions
    plan.notices = list(run.notices.values())
    if not plan.ok:
        savepoint.rollback()
    else:
        kept_plan.keep(session, plan, savepoint)
    return plan


def apply_import(
    session: Session, plan: ImportPlan, choices: Choices | None = None
) -> dict[str, ImportCounts]:
    """Carry out `plan` in the caller's transaction, which the caller commits; its
    conflicts settled by `choices` (as planned when None) or the plan's `prefer`.

    Raises ImportRefused (and the caller's transaction must then be rolled back) when the
    plan has problems, or when the database changed since the plan so that it now has,
    or a conflict is not settled.
    """
    if plan.problems:
        raise ImportRefused(plan.problems)
    choices = plan.choices if choices is None else choices
    if choices == plan.choices and kept_plan.take(session, plan):
        return plan.counts
    kept_plan.discard(session)  # planned with other choices: run again with these
    with frozen_heap(young=False), importing(session, plan.path):
        run = Run(session, plan.sheets, Conflicts(session, choices, plan.prefer))
        problems, counts = run.all()
    problems += [conflict.problem() for conflict in run.conflicts.open()]
    if problems:
        raise ImportRefused(problems)
    return counts

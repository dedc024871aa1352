"""Travel copies from the window: take one along, and merge one back, off the GUI thread.

Merging is planned first (both files read, nothing written) and shown; only after the
user has decided every conflict is a backup made and the plan carried out in one
transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from . import files
from .busy_work import run_busy, show_failure

if TYPE_CHECKING:
    from ..operations.merging import MergeOutcome
    from ..travel.merge_plan import Choices, MergePlan
    from .window_host import WindowHost
    from .workspace import Workspace

translate = QCoreApplication.translate


class _Counted(QObject):
    """Texts with a count: pyside6-lupdate sees a plural form (%n) only in a QObject's tr."""

    def merged(self, carried: int) -> str:
        return self.tr(
            "The travel copy is merged: {added} added, {changed} changed, "
            "{deleted} deleted, %n change(s) of its history carried over.",
            "",
            carried,
        )


COPY_ROW_SQL = "SELECT 1 FROM travel_copy_origin LIMIT 1"
TRIPS_SQL = "SELECT id, title, start_date FROM trips ORDER BY start_date DESC"


def _as_date(value: Any) -> dt.date:
    """A date column as SQLite's driver gives it (ISO text) or PostgreSQL's (a date)."""
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


@dataclass(frozen=True)
class CopyNote:
    """What the window says about an open travel copy."""

    origin: str  # Dutch: where, when, by whom and for what it was taken
    returned: bool


def travel_copy_note(workspace: Workspace) -> CopyNote | None:
    """None when the open database is not a travel copy."""
    with workspace.reading() as session:
        # Asked first in SQL: the mapped origin would import every mapped class on the
        # GUI thread as a file opens (140 ms and more; issue 22, item 4), and almost no
        # file is a travel copy.
        if session.connection().exec_driver_sql(COPY_ROW_SQL).first() is None:
            return None
        from ..travel.origin import copy_origin, origin_text

        origin = copy_origin(session)
        if origin is None:
            return None
        return CopyNote(origin_text(origin), origin.returned_at is not None)


def take_travel_copy(window: WindowHost) -> None:
    """The trips to choose from are read and named off the GUI thread (every trip with
    its date in words: 180 ms at 5,000 trips, issue 22 item 4), then the dialog."""
    if window.workspace.database is None:
        return
    # Imported here, not on the worker: an import off the GUI thread can crash the
    # process in PySide6's import hook (docs/dev/benchmark.md, issue 22 item 4).
    from ..formatting import short_date

    def read(session: Any) -> list[tuple[int, str]]:
        return [
            (trip_id, f"{title} ({short_date(_as_date(start))})" if start else title)
            for trip_id, title, start in session.connection().exec_driver_sql(TRIPS_SQL)
        ]

    run_busy(
        window,
        translate("Travel", "Take along on a trip"),
        read,
        lambda trips: _choose_and_write(window, trips),
    )


def _choose_and_write(window: WindowHost, trips: list[tuple[int, str]]) -> None:
    from .travel_copy_dialog import TravelCopyDialog

    page = window.register_pages.get("trips")
    selected = page.current_id() if page is not None else None
    parent = window.parent_widget()
    dialog = TravelCopyDialog(parent, trips, selected, files.documents_folder())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    trip_id, target, replace = dialog.choice()

    def write(session: Any) -> Any:
        from ..operations.travel_copying import take_travel_copy as write_copy

        return write_copy(session, target, trip_id=trip_id, replace=replace)

    def done(summary: Any) -> None:
        QMessageBox.information(
            parent,
            translate("Travel", "Take along on a trip"),
            translate(
                "Travel",
                "The travel copy is written to {path}. Open it on the trip with "
                "File → Open; it needs no network.",
            ).format(path=summary.path),
        )

    run_busy(window, translate("Travel", "Writing the travel copy…"), write, done)


def merge_travel_copy(window: WindowHost) -> None:
    if window.workspace.database is None or not window.forms_closed():
        return
    chosen, _ = QFileDialog.getOpenFileName(
        window.parent_widget(),
        translate("Travel", "Merge a travel copy"),
        str(files.documents_folder()),
        translate("Travel", "Intzaken database (*.sqlite);;All files (*)"),
    )
    if chosen:
        plan_and_merge(window, Path(chosen))


def plan_and_merge(window: WindowHost, path: Path) -> None:
    # Imported when first used: this module is loaded as soon as a file opens.
    from ..operations.merging import preview_merge

    run_busy(
        window,
        translate("Travel", "Comparing {file} with this database…").format(file=path.name),
        lambda session: preview_merge(session, path),
        lambda result: preview_and_merge(window, result),
    )


def preview_and_merge(window: WindowHost, plan: MergePlan, choices: Choices | None = None) -> None:
    """Show the plan; once the user has decided, back up and merge in one transaction."""
    from .merge_dialog import MergeDialog

    parent = window.parent_widget()
    dialog = MergeDialog(parent, plan, choices)
    if dialog.exec() != QDialog.DialogCode.Accepted or not window.forms_closed():
        return
    choices = dialog.choices()
    workspace = window.workspace
    database = workspace.database
    if database is None:
        return

    def merge(session: Any) -> MergeOutcome:
        from ..operations.merging import apply_planned

        return apply_planned(database, session, plan, choices)

    def done(outcome: MergeOutcome) -> None:
        result = outcome.result
        # Earlier steps in the undo history may name records the merge changed; going
        # back past a merge is done by restoring the backup made before it.
        workspace.undo_stack.clear()
        workspace.changed.emit("")
        merged = (
            _Counted()
            .merged(result.history)
            .format(added=result.added, changed=result.changed, deleted=result.deleted)
        )
        if result.dropped:
            merged += "\n\n" + _dropped_text(result.dropped)
        undo = (
            translate(
                "Travel", "The backup made before can be restored under File → Restore a backup."
            )
            if database.is_file
            else translate(
                "Exchange",
                "In a team database the server's backups (made by "
                "its administrator) are the way back.",
            )
        )
        QMessageBox.information(parent, translate("Travel", "Merged"), f"{merged} {undo}")

    def refused(exc: BaseException) -> None:
        from ..travel.applying import MergeRefused, StalePlanError

        show_failure(window, exc)
        if isinstance(exc, StalePlanError):
            plan_and_merge(window, plan.copy_path)  # show what is to be merged now
        elif isinstance(exc, MergeRefused):
            preview_and_merge(window, plan, choices)  # choose otherwise, or cancel

    run_busy(window, translate("Travel", "Merging the travel copy…"), merge, done, refused)


DROPPED_SHOWN = 20  # entries named in the message; the preview lists them all


def _dropped_text(dropped: list[Any]) -> str:
    """The copy's history entries not carried over, each with its reason."""
    from ..travel.summary import entry_text

    lines = [
        translate("Travel", "Not carried over from its history ({count}):").format(
            count=len(dropped)
        )
    ]
    lines += [f"{entry_text(d.entry)}: {d.reason}" for d in dropped[:DROPPED_SHOWN]]
    if len(dropped) > DROPPED_SHOWN:
        lines.append(
            translate("Travel", "… and {count} more.").format(count=len(dropped) - DROPPED_SHOWN)
        )
    return "\n".join(lines)

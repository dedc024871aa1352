"""When a record cannot be deleted because others refer to it: say which, offer a way out."""

from __future__ import annotations

import dataclasses
import datetime as dt
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.enums import AgreementStatus, RelationStatus
from ..domain.labels import label
from ..formatting import short_date
from ..registers import RegisterKey
from ..services.editing import EDITORS, snapshot, version_of
from ..services.errors import InUseError
from .commands import UpdateCommand
from .workspace import USER_ERRORS, Workspace

translate = QCoreApplication.translate

# Instead of deleting, these can be ended: the history stays, the lists show it as ended.
END_STATUS: dict[str, StrEnum] = {
    RegisterKey.RELATIONS: RelationStatus.ENDED,
    RegisterKey.AGREEMENTS: AgreementStatus.TERMINATED,
}


@dataclasses.dataclass(frozen=True)
class WayOut:
    """What can be done instead of deleting: the record's data changed, and how to say so."""

    changed: Any  # the register's data class, as it is saved instead
    button: str
    explanation: str


def way_out(register: str, old: Any, today: dt.date) -> WayOut | None:
    """A relation or agreement can be ended, an official's term that runs can be ended
    today; the history stays and the lists show it as ended. None: nothing to offer."""
    status = END_STATUS.get(register)
    if status is not None:
        # Only the status changes; documents=None leaves an agreement's files untouched.
        changes = {"status": status, **({"documents": None} if hasattr(old, "documents") else {})}
        return WayOut(
            dataclasses.replace(old, **changes),
            translate("InUse", "Set to '{status}'").format(status=label(status)),
            translate(
                "InUse",
                "You can set its status to '{status}' instead; it then stays in the "
                "history of the trips that refer to it.",
            ).format(status=label(status)),
        )
    if register == RegisterKey.OFFICIALS and any(t.end_date is None for t in old.terms):
        terms = [
            t
            if t.end_date is not None
            else dataclasses.replace(t, end_date=max(today, t.start_date or today))
            for t in old.terms
        ]
        day = short_date(today)
        return WayOut(
            dataclasses.replace(old, terms=terms),
            translate("InUse", "End the term on {date}").format(date=day),
            translate(
                "InUse",
                "You can end the term that runs on {date} instead; the official then "
                "stays in the trips, networks and relations that refer to them, as former.",
            ).format(date=day),
        )
    return None


def explain_in_use(
    parent: QWidget, workspace: Workspace, register: str, record_id: int, error: InUseError
) -> None:
    """Why the record cannot be deleted (what refers to it), with the way out if any."""
    with workspace.reading() as session:
        old: Any = snapshot(session, register, record_id)  # the register's data class
        before = version_of(session, register, record_id)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("InUse", "Cannot delete"))
    box.setText(str(error))
    box.setDetailedText("\n".join(error.users))
    end_button = None
    instead = way_out(register, old, workspace.today())
    if instead is not None:
        box.setInformativeText(instead.explanation)
        end_button = box.addButton(instead.button, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if instead is None or box.clickedButton() is not end_button:
        return
    editor = EDITORS[register]
    try:
        with workspace.writing(register) as session:
            after = editor.update(
                session, record_id, instead.changed, expected_version=before
            ).version
    except USER_ERRORS as exc:
        QMessageBox.warning(parent, translate("InUse", "Could not be done"), str(exc))
        return
    assert before is not None
    workspace.undo_stack.push(
        UpdateCommand(workspace, editor, record_id, old, instead.changed, before, after)
    )

"""When a record cannot be deleted because others refer to it: say which, offer a way out."""

from __future__ import annotations

import dataclasses
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.enums import AgreementStatus, RelationStatus
from ..domain.labels import label
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


def explain_in_use(
    parent: QWidget, workspace: Workspace, register: str, record_id: int, error: InUseError
) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("InUse", "Cannot delete"))
    box.setText(str(error))
    box.setDetailedText("\n".join(error.users))
    end_button = None
    status = END_STATUS.get(register)
    if status is not None:
        box.setInformativeText(
            translate(
                "InUse",
                "You can set its status to '{status}' instead; it then stays in the "
                "history of the trips that refer to it.",
            ).format(status=label(status))
        )
        end_button = box.addButton(
            translate("InUse", "Set to '{status}'").format(status=label(status)),
            QMessageBox.ButtonRole.AcceptRole,
        )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if end_button is None or box.clickedButton() is not end_button:
        return
    editor = EDITORS[register]
    try:
        with workspace.reading() as session:
            old: Any = snapshot(session, register, record_id)  # the register's data class
            before = version_of(session, register, record_id)
        # Only the status changes; documents=None leaves an agreement's files untouched.
        changes = {"status": status, **({"documents": None} if hasattr(old, "documents") else {})}
        new = dataclasses.replace(old, **changes)
        with workspace.writing(register) as session:
            after = editor.update(session, record_id, new, expected_version=before).version
    except USER_ERRORS as exc:
        QMessageBox.warning(parent, translate("InUse", "Could not be done"), str(exc))
        return
    assert before is not None
    workspace.undo_stack.push(UpdateCommand(workspace, editor, record_id, old, new, before, after))

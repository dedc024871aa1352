"""Undo and redo of saves and deletions, as QUndoCommands over the services.

The first write happens before a command is pushed (so a refused save never enters the
history); the command's first redo() is therefore skipped. Undoing a deletion re-creates
the record under its old number, so earlier commands that name that number still work.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..services.editing import Editor
from .workspace import USER_ERRORS, Workspace

translate = QCoreApplication.translate


class _RecordCommand(QUndoCommand):
    def __init__(self, workspace: Workspace, editor: Editor, record_id: int, text: str) -> None:
        super().__init__(text)
        self.workspace = workspace
        self.editor = editor
        self.record_id = record_id
        self._skip_first_redo = True

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._guarded(self.forward)

    def undo(self) -> None:
        self._guarded(self.backward)

    def _guarded(self, step: Any) -> None:
        # The file may have changed since (another command, another person): a step that is
        # refused is reported and leaves the data as it is; the history cannot go further.
        try:
            with self.workspace.writing(self.editor.register) as session:
                step(session)
        except USER_ERRORS as exc:
            self.setObsolete(True)
            self.workspace.failed.emit(str(exc))

    def forward(self, session: Any) -> None:
        raise NotImplementedError

    def backward(self, session: Any) -> None:
        raise NotImplementedError


class CreateCommand(_RecordCommand):
    def __init__(self, workspace: Workspace, editor: Editor, record_id: int, data: Any) -> None:
        super().__init__(workspace, editor, record_id,
                         translate("Commands", "New {what}").format(what=editor.describe(data)))
        self.data = data

    def forward(self, session: Any) -> None:
        self.editor.create(session, self.data, record_id=self.record_id)

    def backward(self, session: Any) -> None:
        self.editor.delete(session, self.record_id)


class UpdateCommand(_RecordCommand):
    def __init__(self, workspace: Workspace, editor: Editor, record_id: int,
                 old: Any, new: Any) -> None:
        super().__init__(workspace, editor, record_id,
                         translate("Commands", "Edit {what}").format(what=editor.describe(new)))
        self.old, self.new = old, new

    def forward(self, session: Any) -> None:
        self.editor.update(session, self.record_id, self.new)

    def backward(self, session: Any) -> None:
        self.editor.update(session, self.record_id, self.old)


class DeleteCommand(_RecordCommand):
    def __init__(self, workspace: Workspace, editor: Editor, record_id: int, old: Any) -> None:
        super().__init__(workspace, editor, record_id,
                         translate("Commands", "Delete {what}").format(what=editor.describe(old)))
        self.old = old

    def forward(self, session: Any) -> None:
        self.editor.delete(session, self.record_id)

    def backward(self, session: Any) -> None:
        self.editor.create(session, self.old, record_id=self.record_id)

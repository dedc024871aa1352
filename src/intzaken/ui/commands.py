"""Undo and redo of saves and deletions, as QUndoCommands over the services.

The first write happens before a command is pushed (so a refused save never enters the
history); the command's first redo() is therefore skipped. Undoing a deletion re-creates
the record under its old number (and identity), so earlier commands that name that
number still work.

Each step expects the record to be as the step before it left it, and passes that
version to the services: undoing an edit writes the older data back only if nobody else
saved the record since, because their save would otherwise be overwritten without anyone
seeing it. A refused step says what the other person changed (EditConflictError) and
drops out of the history. Which version a step expects is kept by the workspace's
VersionTrail: the undo and redo steps themselves write new versions too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..services.editing import Editor
from ..services.history import CONTEXT_KEY, REDO_CONTEXT, UNDO_CONTEXT
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
        self._guarded(self.forward, REDO_CONTEXT, translate("Commands", "Not redone: {error}"))

    def undo(self) -> None:
        self._guarded(self.backward, UNDO_CONTEXT, translate("Commands", "Not undone: {error}"))

    def _guarded(self, step: Any, context: str, refused: str) -> None:
        # The file may have changed since (another command, another person): a step that is
        # refused is reported and leaves the data as it is; the history cannot go further.
        def work(session: Any) -> None:
            session.info[CONTEXT_KEY] = context
            step(session)

        try:
            # On a team database off the GUI thread (Workspace.write).
            self.workspace.write(self.editor.register, work)
        except USER_ERRORS as exc:
            self.setObsolete(True)
            self.workspace.failed.emit(refused.format(error=exc))

    def expected(self, version: int) -> int:
        """The version under which the state first stored as `version` is stored now."""
        return self.workspace.versions.current(self.editor.register, self.record_id, version)

    def stored_again(self, version: int, record: Any) -> None:
        """The state first stored as `version` is now stored as `record`'s version."""
        self.workspace.versions.moved(
            self.editor.register, self.record_id, version, getattr(record, "version", None)
        )

    def forward(self, session: Any) -> None:
        raise NotImplementedError

    def backward(self, session: Any) -> None:
        raise NotImplementedError


class CreateCommand(_RecordCommand):
    def __init__(
        self, workspace: Workspace, editor: Editor, record_id: int, data: Any, version: int = 1
    ) -> None:
        """`version`: the new record's version as the first save stored it."""
        super().__init__(
            workspace,
            editor,
            record_id,
            translate("Commands", "New {what}").format(what=editor.describe(data)),
        )
        self.data = data
        self.version = version

    def forward(self, session: Any) -> None:
        record = self.editor.create(session, self.data, record_id=self.record_id)
        self.stored_again(self.version, record)

    def backward(self, session: Any) -> None:
        self.editor.delete(session, self.record_id, expected_version=self.expected(self.version))


class UpdateCommand(_RecordCommand):
    def __init__(
        self,
        workspace: Workspace,
        editor: Editor,
        record_id: int,
        old: Any,
        new: Any,
        before: int,
        after: int,
    ) -> None:
        """`before`, `after`: the record's versions before and after the first save."""
        super().__init__(
            workspace,
            editor,
            record_id,
            translate("Commands", "Edit {what}").format(what=editor.describe(new)),
        )
        self.old, self.new = old, new
        self.before, self.after = before, after

    def forward(self, session: Any) -> None:
        record = self.editor.update(
            session, self.record_id, self.new, expected_version=self.expected(self.before)
        )
        self.stored_again(self.after, record)

    def backward(self, session: Any) -> None:
        record = self.editor.update(
            session, self.record_id, self.old, expected_version=self.expected(self.after)
        )
        self.stored_again(self.before, record)


class DeleteCommand(_RecordCommand):
    def __init__(
        self, workspace: Workspace, editor: Editor, record_id: int, old: Any, version: int
    ) -> None:
        """`version`: the record's version when it was deleted."""
        super().__init__(
            workspace,
            editor,
            record_id,
            translate("Commands", "Delete {what}").format(what=editor.describe(old)),
        )
        self.old = old
        self.version = version

    def forward(self, session: Any) -> None:
        self.editor.delete(session, self.record_id, expected_version=self.expected(self.version))

    def backward(self, session: Any) -> None:
        record = self.editor.create(session, self.old, record_id=self.record_id)
        self.stored_again(self.version, record)

"""A save refused because someone else saved or deleted the record since the form read
it: show what they did, keep the user's input, and offer a way forward.

- Put my changes on the newest version: the form loads the record as stored now and
  puts back every field this user changed (a three-way merge per field); nothing is saved
  until the user has looked and saves again. Where both changed a field, the input wins
  in the form and the notice names that field.
- Reload: the stored version replaces the input, after a confirmation.
- Back to the form: nothing changes; the input stays, Save will be refused again.
A record deleted meanwhile can be saved as a new record instead.
"""

from __future__ import annotations

import dataclasses
from enum import Enum, auto
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from ...services.errors import EditConflictError, RecordDeletedError
from ...services.fields import field_label

if TYPE_CHECKING:
    from .base import RecordForm

translate = QCoreApplication.translate


class Choice(Enum):
    BACK = auto()  # keep the input, change nothing
    MERGE = auto()  # the stored version with this user's changes on top
    RELOAD = auto()  # the stored version, the input discarded
    SAVE_AS_NEW = auto()  # the record is gone: save the input as a new one


def merged(base: Any, mine: Any, theirs: Any) -> tuple[Any, list[str]]:
    """`theirs` with every field where `mine` differs from `base` taken from `mine`, and
    the fields both changed to different values. All three are a form's data class."""
    changes, both = {}, []
    for field in dataclasses.fields(base):
        name = field.name
        own, original, stored = (getattr(mine, name), getattr(base, name), getattr(theirs, name))
        if own != original:
            changes[name] = own
            if stored != original and stored != own:
                both.append(name)
    return dataclasses.replace(theirs, **changes), both


def _box(parent: QWidget, title: str, error: Exception, explanation: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(str(error))
    box.setInformativeText(explanation)
    return box


def ask_conflict(parent: QWidget, error: EditConflictError) -> Choice:
    box = _box(
        parent,
        translate("Conflict", "Changed by someone else"),
        error,
        translate("Conflict", "Your input is still in the form and has not been saved."),
    )
    merge = box.addButton(
        translate("Conflict", "Put my changes on the newest version"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    reload = box.addButton(
        translate("Conflict", "Reload (discard my input)…"), QMessageBox.ButtonRole.DestructiveRole
    )
    back = box.addButton(
        translate("Conflict", "Back to the form"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(merge)
    box.setEscapeButton(back)
    box.exec()
    choices: dict[QAbstractButton, Choice] = {merge: Choice.MERGE, reload: Choice.RELOAD}
    return choices.get(box.clickedButton(), Choice.BACK)


def ask_deleted(parent: QWidget, error: RecordDeletedError) -> Choice:
    box = _box(
        parent,
        translate("Conflict", "Deleted by someone else"),
        error,
        translate("Conflict", "Your input is still in the form. You can save it as a new record."),
    )
    again = box.addButton(
        translate("Conflict", "Save as a new record"), QMessageBox.ButtonRole.AcceptRole
    )
    back = box.addButton(
        translate("Conflict", "Back to the form"), QMessageBox.ButtonRole.RejectRole
    )
    box.setEscapeButton(back)
    box.exec()
    return Choice.SAVE_AS_NEW if box.clickedButton() is again else Choice.BACK


def confirm_reload(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("Conflict", "Reload"),
        translate("Conflict", "Load the stored version? Your input in this form is lost."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def resolve_conflict(form: RecordForm, error: EditConflictError | RecordDeletedError) -> bool:
    """Ask what to do after a refused save; True only when the input was saved."""
    if isinstance(error, RecordDeletedError):
        if ask_deleted(form, error) is not Choice.SAVE_AS_NEW:
            return False
        form.record_id, form.version = None, None
        return form.save()
    choice = ask_conflict(form, error)
    authors = ", ".join(dict.fromkeys(change.author for change in error.changes))
    if choice is Choice.MERGE:
        both = take_stored_version(form, keep_own_changes=True)
        text = translate(
            "Conflict",
            "The newest version (saved by {authors}) is in the "
            "form, with your changes on top. Check it, then save.",
        ).format(authors=authors or "?")
        if both is None:
            text = translate(
                "Conflict",
                "The newest version (saved by {authors}) is in the "
                "form. Your changes could not be put on it: they name something "
                "that was deleted meanwhile.",
            ).format(authors=authors or "?")
        elif both:
            text += "\n" + translate(
                "Conflict",
                "Changed by you and by the other: {fields}. The form shows your input there.",
            ).format(fields=", ".join(field_label(name) for name in both))
        form.show_notice(text)
    elif choice is Choice.RELOAD and confirm_reload(form):
        take_stored_version(form, keep_own_changes=False)
        form.show_notice(
            translate(
                "Conflict",
                "The newest version (saved by {authors}) is in the form; your input was discarded.",
            ).format(authors=authors or "?")
        )
    else:
        form.show_notice(
            translate(
                "Conflict",
                "Not saved: {authors} saved this record after you opened it. Save "
                "again to see what changed and choose how to go on.",
            ).format(authors=authors or "?")
        )
    return False


def take_stored_version(form: RecordForm, *, keep_own_changes: bool) -> list[str] | None:
    """Load the record into `form` as stored now. With `keep_own_changes` the fields the
    user changed keep their input (`merged`); returns the fields both changed, or None
    when the input could not be kept (it names a record deleted meanwhile)."""
    from ...services.editing import snapshot, version_of

    assert form.record_id is not None
    mine, base = form.collect(), form.initial
    with form.workspace.reading() as session:
        stored = snapshot(session, form.register, form.record_id)
        form.version = version_of(session, form.register, form.record_id)
        form.reread_choices(session)
    form.load(stored)
    theirs = form.collect()  # as the form holds it, to compare with its own data
    form.initial = theirs  # what the form's changes now count from
    both: list[str] | None = []
    if keep_own_changes:
        data, both = merged(base, mine, theirs)
        try:
            form.load(data)
        except KeyError:  # the input names a record deleted meanwhile: theirs stands
            form.load(stored)
            both = None
    form.update_title()
    form.validate()
    return both

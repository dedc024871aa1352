"""What every page of the first steps shares: its inputs with room for the services'
messages under each, and saving when the user leaves the page forward.

A page saves in one transaction when left with Next (or Finish); Skip leaves it without
saving and puts its inputs back as they are stored, so going Back never shows input that
looks saved but is not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget, QWizardPage

from ...services.errors import Problem
from ..forms.validation import ERROR_STYLE, field_key, message_label, with_message_below
from ..widgets.validity import show_error

if TYPE_CHECKING:
    from ..workspace import Workspace


class StepPage(QWizardPage):
    """Subclasses build their inputs with `with_message()` and implement `save()` and `revert()`."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self._inputs: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        # Problems that belong to no input of the page (the file could not be written).
        self.general_error = message_label(ERROR_STYLE, self.tr("Problems"))
        self.skipping = False  # set by the wizard while it skips this page

    def with_message(self, key: str, widget: QWidget, *, tint: bool = True) -> QWidget:
        """`widget` with a hidden label under it for the services' message about `key`;
        `tint`: whether the widget itself is coloured as wrong too (not a table, which
        marks the cells at fault itself)."""
        if tint:
            self._inputs[key] = widget
        error = message_label(ERROR_STYLE, "")
        self._errors[key] = error
        return with_message_below(widget, error)

    def error_text(self, key: str) -> str:
        """The message shown at `key` ("" for the page's general problems' key)."""
        label = self._errors.get(key) if key else self.general_error
        return label.text() if label is not None and not label.isHidden() else ""

    def show_problems(self, problems: list[Problem]) -> None:
        """Each problem at the input it names, the others above the page's inputs."""
        by_key: dict[str, list[str]] = {}
        general: list[str] = []
        for problem in problems:
            key = field_key(problem.field)
            (by_key.setdefault(key, []) if key in self._errors else general).append(problem.message)
        for key, label in self._errors.items():
            text = "\n".join(by_key.get(key, []))
            label.setText(text)
            label.setVisible(bool(text))
            if key in self._inputs:
                show_error(self._inputs[key], text)
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))
        if problems:
            first = next((k for k in self._errors if k in by_key and k in self._inputs), None)
            if first is not None:
                self._inputs[first].setFocus()

    def clear_problem(self, key: str) -> None:
        """The user changed the input: its message no longer applies."""
        label = self._errors[key]
        if not label.isHidden():
            label.hide()
            label.clear()
            if key in self._inputs:
                show_error(self._inputs[key], "")

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self.skipping:
            self.revert()
            return True
        return self.save()

    def save(self) -> bool:
        """Store the page's input in one transaction; False (with the problems shown)
        when the services refuse it."""
        raise NotImplementedError

    def revert(self) -> None:
        """Show what is stored again, dropping input that was not saved."""
        raise NotImplementedError

    def has_saved(self) -> bool:
        """Whether this page wrote anything to the database."""
        raise NotImplementedError

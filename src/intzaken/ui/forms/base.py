"""What every record form shares: loading, saving with undo, and the guard against losing
unsaved input. The live validation by the services is a part of its own (validation.py).
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...services.editing import EDITORS, snapshot, version_of
from ...services.errors import EditConflictError, Problem, RecordDeletedError, ValidationError
from ...services.plausibility import TripNorms
from ...store.commit_outcome import CommitOutcomeUnknownError
from ..commands import CreateCommand, UpdateCommand
from ..server_wait import ask_to_retry, is_retryable
from ..widgets.ordered_picker import OrderedPicker
from ..workspace import USER_ERRORS, Workspace
from .validation import FormValidation, message_label, with_message_below

NOTICE_STYLE = "background: #e3f0fb; color: #0b3556; padding: 6px; border: 1px solid #8bb8dd;"
W = TypeVar("W", bound=QWidget)  # add_field returns the widget it is given, with its type


class RecordForm(QDialog):
    """Subclasses set `register`, build their widgets in `build()`, and convert between
    widgets and the service's data class in `load()` and `collect()`. What differs per
    register is said by overriding (`field_aliases`, `shows_findings`, `findings_norms`),
    never by asking `self.register` here."""

    register = ""
    saved = Signal(str, int)  # register, record id
    # Problems on these service fields are shown at another field's widget.
    field_aliases: dict[str, str] = {}
    # Whether the services' plausibility findings about the record are shown (as warnings).
    shows_findings = False

    def __init__(
        self,
        parent: QWidget | None,
        workspace: Workspace,
        record_id: int | None,
        data: Any | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.workspace = workspace
        self.editor = EDITORS[self.register]
        self.record_id = record_id
        # The stored version the input started from: a save is refused when someone else
        # saved the record since (services/tracking.py), so nothing is overwritten unseen.
        self.version: int | None = None
        self._tab_widget: QTabWidget | None = None
        self._closing_confirmed = False
        self.validation = FormValidation(self)
        self.validation.edited.connect(self.update_title)

        self.notice = message_label(NOTICE_STYLE, self.tr("Notice"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.close)

        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(self.body, 1)
        # Messages come and go below the fields, never above them: the fields stay put.
        layout.addWidget(self.validation.general_error)
        layout.addWidget(self.validation.warnings)
        bottom = QHBoxLayout()
        bottom.addWidget(self.validation.blockers, 1)  # what still blocks Save, beside it
        bottom.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(bottom)

        with workspace.reading() as session:
            self.prepare(session)
            if record_id is not None:
                self.version = version_of(session, self.register, record_id)
            if data is None:
                data = (
                    snapshot(session, self.register, record_id)
                    if record_id is not None
                    else self.empty_data()
                )
            self.build()
            self.load(data)
        self.loaded()
        self._add_history_tab()
        self.initial = self.collect()  # the input as stored: what "unsaved changes" are
        self.validation.watch_fields()
        self.update_title()
        self.validate()

    # --- for subclasses --------------------------------------------------------------------------
    def prepare(self, session: Any) -> None:
        """Read what the widgets offer (choices for pickers) before they are built."""

    def build(self) -> None:
        raise NotImplementedError

    def empty_data(self) -> Any:
        raise NotImplementedError

    def load(self, data: Any) -> None:
        raise NotImplementedError

    def collect(self) -> Any:
        raise NotImplementedError

    def title_text(self) -> str:
        raise NotImplementedError

    def loaded(self) -> None:
        """The widgets hold the record as it opened (what follows from their input)."""

    def write_also(self, session: Any, record_id: int) -> None:
        """What the form keeps outside the record's data, written in the save's own
        transaction (a trip's links to the policy's priorities)."""

    def push_undo(self, command: Any) -> None:
        """Put the save on the undo stack (with what `write_also` wrote, if anything)."""
        self.workspace.undo_stack.push(command)

    def findings_norms(self, session: Any, known: TripNorms | None) -> TripNorms | None:
        """What the plausibility findings compare the record with, worked out once per form
        (`known` once it has been); nothing for most registers. Runs on any thread."""
        return known

    def trial_extra(self, session: Any, record_id: int) -> Any:
        """What to work out from the input while its trial save is still in `session`
        (any thread, no widgets); shown by `show_trial_extra`. None: nothing."""
        return None

    def show_trial_extra(self, extra: Any) -> None:
        """Show what `trial_extra` worked out from the newest input that would save."""

    def tabs(self) -> QTabWidget:
        tabs = QTabWidget()
        self.body.addWidget(tabs)
        self._tab_widget = tabs
        return tabs

    @property
    def tab_widget(self) -> QTabWidget | None:
        """The form's tabs, if it has them (the history is the last)."""
        return self._tab_widget

    def _add_history_tab(self) -> None:
        """The record's history, read when the tab is first shown."""
        if self.record_id is None or self._tab_widget is None:
            return
        from ..history_view import HistoryView

        self.history = HistoryView(self.workspace, self.register, self.record_id)
        tabs = self._tab_widget
        index = tabs.addTab(self.history, self.tr("History"))

        def shown(current: int) -> None:
            if current == index and not self.history.loaded:
                self.history.load()

        tabs.currentChanged.connect(shown)

    def form_page(self, tabs: QTabWidget, title: str) -> QFormLayout:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Scrolled when the screen is low (1280x800): the fields and the line kept under
        # each for its message fit, and Save stays in reach below them.
        scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        tabs.addTab(scroll, title)
        return form

    def add_field(
        self,
        form: QFormLayout,
        key: str,
        label: str,
        widget: W,
        *,
        input_widget: QWidget | None = None,
    ) -> W:
        """A labelled input with room under it for the service's message about `key`.
        `input_widget`: the input inside `widget` whose changes and errors count, when
        `widget` holds more (a picker with a button beside it)."""
        widget.setAccessibleName(label.replace("&", ""))
        error = self.validation.add_field(key, input_widget or widget)
        holder = with_message_below(widget, error)
        if isinstance(widget, OrderedPicker):
            # A handful of rows shows; more scroll. Otherwise the list eats the whole page.
            widget.setMaximumHeight(self.fontMetrics().height() * 10)
            widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        # The row grows only if its input does (text areas, row tables), not its frame.
        holder.setSizePolicy(QSizePolicy.Policy.Preferred, widget.sizePolicy().verticalPolicy())
        caption = QLabel(label)
        caption.setBuddy(widget)
        form.addRow(caption, holder)
        return widget

    # --- validation (validation.py), as the callers and tests read it ----------------------------
    def error_text(self, key: str) -> str:
        return self.validation.error_text(key)

    def validate(self) -> bool:
        """Ask the services whether this input would save (FormValidation.validate)."""
        return self.validation.validate()

    @property
    def problems(self) -> list[Problem]:
        return self.validation.problems

    @property
    def findings(self) -> list[str]:
        return self.validation.findings

    @property
    def checking(self) -> bool:
        """A trial save runs on a worker thread (team database)."""
        return self.validation.checking

    @property
    def general_error(self) -> QLabel:
        return self.validation.general_error

    @property
    def warnings(self) -> QLabel:
        return self.validation.warnings

    # --- change tracking -------------------------------------------------------------------------
    @property
    def is_new(self) -> bool:
        return self.record_id is None

    def is_dirty(self) -> bool:
        return self.is_new or self.collect() != self.initial

    def update_title(self) -> None:
        """The record's title, marked while it has unsaved changes."""
        mark = "*" if self.record_id is not None and self.is_dirty() else ""
        self.setWindowTitle(f"{self.title_text()}{mark} — Intzaken")

    # --- saving and closing ---------------------------------------------------------------------
    def save(self) -> bool:
        if not self.validation.check_before_save():
            self.validation.focus_first_problem()
            return False
        data = self.collect()
        try:
            record_id, version = self._write(data)
        except ValidationError as exc:  # the file changed since the last check
            self.validation.show_problems(exc.problems)
            return False
        except (EditConflictError, RecordDeletedError) as exc:
            # Someone else saved or deleted the record: the input stays in the form.
            from .conflict import resolve_conflict

            return resolve_conflict(self, exc)
        except (*USER_ERRORS, OSError) as exc:
            # The input stays in the form; nothing was written (a COMMIT cut off is
            # looked up first: store/commit_outcome.py).
            if is_retryable(exc):
                return ask_to_retry(self, self.tr("Not saved"), exc) and self.save()
            if isinstance(exc, CommitOutcomeUnknownError):  # not "not saved": unknown
                QMessageBox.warning(self, self.tr("Saved or not?"), str(exc))
                return False
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("The record was not saved: {error}").format(error=exc),
            )
            return False
        if self.is_new:
            command: Any = CreateCommand(self.workspace, self.editor, record_id, data, version)
        else:
            assert self.version is not None
            command = UpdateCommand(
                self.workspace, self.editor, record_id, self.initial, data, self.version, version
            )
        self.push_undo(command)
        self.record_id, self.initial, self.version = record_id, data, version
        self.saved.emit(self.register, record_id)
        self.close_without_asking()
        return True

    def _write(self, data: Any) -> tuple[int, int]:
        """Create or update the record; its id and new version."""

        def work(session: Any) -> tuple[int, int]:
            if self.is_new:
                record = self.editor.create(session, data)
            else:
                record = self.editor.update(
                    session, self.record_id, data, expected_version=self.version
                )
            self.write_also(session, record.id)
            return record.id, record.version

        return self.workspace.write(self.register, work, self)

    def reread_choices(self, session: Any) -> None:
        """Build the inputs again with what they offer now (the record as stored may name
        an official or relation added since the form opened); load() fills them after."""
        tabs = self._tab_widget
        current = tabs.currentIndex() if tabs is not None else 0
        while self.body.count():
            taken = self.body.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.validation.clear_fields()
        self._tab_widget = None
        self.prepare(session)
        self.build()
        self._add_history_tab()
        self.validation.watch_fields()
        if self._tab_widget is not None:
            self._tab_widget.setCurrentIndex(current)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def close_without_asking(self) -> None:
        """Close, dropping any unsaved input (after a save, or when the input is moot)."""
        self._closing_confirmed = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._closing_confirmed or not self._has_unsaved_input():
            event.accept()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to {what}?").format(what=self.title_text()),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            if self.save():
                event.accept()
            else:
                event.ignore()
        elif answer == QMessageBox.StandardButton.Discard:
            event.accept()
        else:
            event.ignore()

    def _has_unsaved_input(self) -> bool:
        # A new form left as it opened holds nothing worth asking about.
        return self.collect() != self.initial

    def reject(self) -> None:  # Escape goes through the same guard as the close button
        self.close()

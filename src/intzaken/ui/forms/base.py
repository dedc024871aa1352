"""What every record form shares: loading, live validation by the services, saving with
undo, and the guard against losing unsaved input.

Validation is not duplicated here. The form hands its data to the same service call that
saves it, inside a transaction that is always rolled back; the service's Dutch problems
are shown at the fields they name. So the form can never accept what the service refuses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...services.editing import EDITORS, snapshot, version_of
from ...services.errors import (
    EditConflictError,
    NotFoundError,
    Problem,
    RecordDeletedError,
    ValidationError,
)
from ...services.plausibility import TripNorms, record_findings, trip_norms
from ...store.commit_outcome import CommitOutcomeUnknownError
from ..background import Progress, Task, queue
from ..commands import CreateCommand, UpdateCommand
from ..server_wait import ask_to_retry, is_retryable
from ..widgets.ordered_picker import OrderedPicker
from ..workspace import USER_ERRORS, Workspace

VALIDATION_DELAY_MS = 250  # after the last keystroke; keeps typing smooth
ERROR_STYLE = "color: palette(highlighted-text); background: #b3261e; padding: 2px 6px;"
WARNING_STYLE = "background: #fff4ce; color: #3d2e00; padding: 6px; border: 1px solid #e0c060;"
NOTICE_STYLE = "background: #e3f0fb; color: #0b3556; padding: 6px; border: 1px solid #8bb8dd;"
W = TypeVar("W", bound=QWidget)  # add_field returns the widget it is given, with its type


@dataclass
class _Verdict:
    """What a trial save found: problems block saving, findings only warn. `unchecked`:
    the team database could not be asked (busy or away), which blocks nothing."""

    problems: list[Problem]
    findings: list[str] = field(default_factory=list)
    norms: TripNorms | None = None
    unchecked: str = ""


def field_key(field: str) -> str:
    """'terms[0].end_date' -> 'terms': the form widget that holds a problem's field."""
    return field.split("[", 1)[0].split(".", 1)[0]


class RecordForm(QDialog):
    """Subclasses set `register`, build their widgets in `build()`, and convert between
    widgets and the service's data class in `load()` and `collect()`."""

    register = ""
    saved = Signal(str, int)  # register, record id
    # Problems on these service fields are shown at another field's widget.
    field_aliases: dict[str, str] = {}

    def __init__(self, parent: QWidget | None, workspace: Workspace, record_id: int | None,
                 data: Any | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.workspace = workspace
        self.editor = EDITORS[self.register]
        self.record_id = record_id
        # The stored version the input started from: a save is refused when someone else
        # saved the record since (services/tracking.py), so nothing is overwritten unseen.
        self.version: int | None = None
        self._tab_widget: QTabWidget | None = None
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self.problems: list[Problem] = []
        self.findings: list[str] = []
        self._trip_norms: TripNorms | None = None
        self._check_generation = 0  # which input the newest trial save is about
        self.checking = False  # a trial save runs on a worker thread (team database)

        self.general_error = QLabel()
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setAccessibleName(self.tr("Problems"))
        self.general_error.hide()
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.setAccessibleName(self.tr("Warnings"))
        self.warnings.hide()
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setAccessibleName(self.tr("Notice"))
        self.notice.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VALIDATION_DELAY_MS)
        self._timer.timeout.connect(self.validate)

        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.general_error)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(self.buttons)

        with workspace.reading() as session:
            self.prepare(session)
            if record_id is not None:
                self.version = version_of(session, self.register, record_id)
            if data is None:
                data = (snapshot(session, self.register, record_id) if record_id is not None
                        else self.empty_data())
            self.build()
            self.load(data)
        self._add_history_tab()
        self._initial = self.collect()
        for widget in self._fields.values():
            self._watch(widget)
        self._update_title()
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

    def tabs(self) -> QTabWidget:
        tabs = QTabWidget()
        self.body.addWidget(tabs)
        self._tab_widget = tabs
        return tabs

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
        tabs.addTab(page, title)
        return form

    def add_field(self, form: QFormLayout, key: str, label: str, widget: W) -> W:
        """A labelled input with room under it for the service's message about `key`."""
        self._fields[key] = widget
        widget.setAccessibleName(label.replace("&", ""))

        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        self._errors[key] = error
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
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

    def error_text(self, key: str) -> str:
        label = self._errors.get(key)
        return label.text() if label is not None and not label.isHidden() else ""

    # --- change tracking and validation ---------------------------------------------------------
    def _watch(self, widget: QWidget) -> None:
        for signal_name in ("valueChanged", "changed"):
            signal = getattr(widget, signal_name, None)
            if signal is not None and hasattr(signal, "connect") and not isinstance(
                    widget, QAbstractSpinBox):
                signal.connect(self._edited)
                return
        if isinstance(widget, QAbstractSpinBox):
            widget.valueChanged.connect(self._edited)  # type: ignore[attr-defined]
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            widget.textChanged.connect(self._edited)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self._edited)
        elif isinstance(widget, (QCheckBox, QAbstractButton)):
            widget.toggled.connect(self._edited)

    def _edited(self, *_: Any) -> None:
        self.save_button.setEnabled(False)
        self._update_title()
        self._timer.start()

    @property
    def is_new(self) -> bool:
        return self.record_id is None

    def is_dirty(self) -> bool:
        return self.is_new or self.collect() != self._initial

    def _widget_problems(self) -> list[Problem]:
        problems = []
        for key, widget in self._fields.items():
            error = getattr(widget, "error", None)
            message = error() if callable(error) else ""
            if message:
                problems.append(Problem(key, message))
        return problems

    def validate(self) -> bool:
        """Ask the services whether this input would save; show what they say.

        On a team database the answer may wait for the server (a colleague's lock), so
        the question goes to a worker thread and the answer is shown when it comes;
        meanwhile Save waits for it. Returns whether the input is known to be good."""
        self._timer.stop()
        self._check_generation += 1  # an answer still on its way is outdated now
        problems = self._widget_problems()
        if not problems and self.workspace.on_server:
            self._check_in_background(self.collect())
            return False
        verdict = self._trial(self.collect()) if not problems else _Verdict(problems)
        self._show_verdict(verdict)
        return not verdict.problems

    def _trial(self, data: Any) -> _Verdict:
        """The trial save and the plausibility findings (on any thread: no widgets)."""
        findings: list[str] = []
        norms = self._trip_norms
        try:
            with self.workspace.reading() as session:
                record_id = self._try_out(session, data)
                if self.register in ("trips", "agreements", "budget"):
                    if self.register == "trips" and norms is None:
                        # Once per form: what is usual across the archive.
                        norms = trip_norms(session)
                    findings = [f.message for f in record_findings(
                        session, self.register, record_id, self.workspace.today(), norms)]
        except ValidationError as exc:
            return _Verdict(exc.problems, norms=norms)
        except USER_ERRORS as exc:  # the services refuse, or the file cannot be written
            if is_retryable(exc):
                # Nothing wrong with the input: the team database was busy or away.
                # Saving is allowed; the save itself asks the server again.
                return _Verdict([], norms=norms, unchecked=str(exc))
            return _Verdict([Problem("", str(exc))], norms=norms)
        return _Verdict([], findings, norms)

    def _check_in_background(self, data: Any) -> None:
        generation = self._check_generation
        self.save_button.setEnabled(False)

        def check(_progress: Progress) -> tuple[int, _Verdict]:
            return generation, self._trial(data)

        task = Task(check, pool=queue("form-checks"))
        task.succeeded.connect(self._background_verdict)  # a slot: gone with the form
        self.checking = True
        task.start()

    def _background_verdict(self, answer: tuple[int, _Verdict]) -> None:
        generation, verdict = answer
        if generation != self._check_generation:
            return  # the input changed since; a newer check is on its way
        self.checking = False
        self._show_verdict(verdict)

    def _show_verdict(self, verdict: _Verdict) -> None:
        self._trip_norms = verdict.norms or self._trip_norms
        self.problems, self.findings = verdict.problems, verdict.findings
        self._show_problems()
        self.show_notice(self.tr("The input could not be checked yet: {error}").format(
            error=verdict.unchecked) if verdict.unchecked else "")
        self.save_button.setEnabled(not verdict.problems and self.is_dirty())

    def _try_out(self, session: Any, data: Any) -> int:
        """Save `data` in `session` (which is rolled back) to hear what the rules say.
        No version check: whether someone else saved in between is for the real save
        to find out, which then shows what they did."""
        if not self.is_new:
            try:
                self.editor.update(session, self.record_id, data)
                return self.record_id  # type: ignore[return-value]
            except NotFoundError:
                pass  # deleted meanwhile: the rules of a new record; saving will say so
        return self.editor.create(session, data).id

    def _show_problems(self) -> None:
        by_key: dict[str, list[str]] = {}
        general = []
        for problem in self.problems:
            key = self.field_aliases.get(problem.field, field_key(problem.field))
            if key in self._errors:
                by_key.setdefault(key, []).append(problem.message)
            else:
                general.append(problem.message)
        for key, label in self._errors.items():
            messages = by_key.get(key, [])
            label.setText("\n".join(messages))
            label.setVisible(bool(messages))
            self._fields[key].setToolTip("\n".join(messages))
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))
        self.warnings.setText(self.tr("To check (does not block saving):") + "\n• "
                              + "\n• ".join(self.findings) if self.findings else "")
        self.warnings.setVisible(bool(self.findings))

    def _update_title(self) -> None:
        mark = "*" if self.record_id is not None and self.is_dirty() else ""
        self.setWindowTitle(f"{self.title_text()}{mark} — Intzaken")

    # --- saving and closing ---------------------------------------------------------------------
    def save(self) -> bool:
        if not self._ready_to_save():
            self._focus_first_problem()
            return False
        data = self.collect()
        try:
            record_id, version = self._write(data)
        except ValidationError as exc:  # the file changed since the last check
            self.problems = exc.problems
            self._show_problems()
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
            QMessageBox.warning(self, self.tr("Not saved"), self.tr(
                "The record was not saved: {error}").format(error=exc))
            return False
        if self.is_new:
            command: Any = CreateCommand(self.workspace, self.editor, record_id, data,
                                         version)
        else:
            assert self.version is not None
            command = UpdateCommand(self.workspace, self.editor, record_id, self._initial, data,
                                    self.version, version)
        self.workspace.undo_stack.push(command)
        self.record_id, self._initial, self.version = record_id, data, version
        self.saved.emit(self.register, record_id)
        self._close_without_asking()
        return True

    def _ready_to_save(self) -> bool:
        """The check before a save. On a team database only the inputs' own: the save
        itself is the services' check, off the GUI thread, and says what they refuse."""
        if not self.workspace.on_server:
            return self.validate()
        self._timer.stop()
        self._check_generation += 1
        self.checking = False
        problems = self._widget_problems()
        self._show_verdict(_Verdict(problems, self.findings))
        return not problems

    def _write(self, data: Any) -> tuple[int, int]:
        """Create or update the record; its id and new version."""
        def work(session: Any) -> tuple[int, int]:
            if self.is_new:
                record = self.editor.create(session, data)
            else:
                record = self.editor.update(session, self.record_id, data,
                                            expected_version=self.version)
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
        self._fields.clear()
        self._errors.clear()
        self._tab_widget = None
        self.prepare(session)
        self.build()
        self._add_history_tab()
        for widget in self._fields.values():
            self._watch(widget)
        if self._tab_widget is not None:
            self._tab_widget.setCurrentIndex(current)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _focus_first_problem(self) -> None:
        for problem in self.problems:
            key = self.field_aliases.get(problem.field, field_key(problem.field))
            widget = self._fields.get(key)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _close_without_asking(self) -> None:
        self._closing_confirmed = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if getattr(self, "_closing_confirmed", False) or not self._has_unsaved_input():
            event.accept()
            return
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("Save the changes to {what}?").format(what=self.title_text()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
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
        return self.collect() != self._initial

    def reject(self) -> None:  # Escape goes through the same guard as the close button
        self.close()

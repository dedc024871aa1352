"""Live validation of a record form: a trial save after the user pauses typing, and the
problems and warnings it finds shown at the fields they name.

Validation is not duplicated here. The form's data goes to the same service call that
saves it, inside a transaction that is always rolled back; the service's Dutch problems
are shown at the fields they name. So the form can never accept what the service refuses.
On a team database the answer may wait for the server (a colleague's lock), so there the
trial save runs on a worker thread and its answer is shown when it comes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...services.errors import NotFoundError, Problem, ValidationError
from ...services.plausibility import TripNorms, record_findings
from ..background import Progress, Task, queue
from ..server_wait import is_retryable
from ..workspace import USER_ERRORS

if TYPE_CHECKING:
    from .base import RecordForm

VALIDATION_DELAY_MS = 250  # after the last keystroke; keeps typing smooth
ERROR_STYLE = "color: palette(highlighted-text); background: #b3261e; padding: 2px 6px;"
WARNING_STYLE = "background: #fff4ce; color: #3d2e00; padding: 6px; border: 1px solid #e0c060;"


@dataclass
class Verdict:
    """What a trial save found: problems block saving, findings only warn. `unchecked`:
    the team database could not be asked (busy or away), which blocks nothing."""

    problems: list[Problem]
    findings: list[str] = field(default_factory=list)
    norms: TripNorms | None = None
    unchecked: str = ""
    extra: Any = None  # what the form works out from the saved input (RecordForm.trial_extra)


def field_key(field: str) -> str:
    """'terms[0].end_date' -> 'terms': the form widget that holds a problem's field."""
    return field.split("[", 1)[0].split(".", 1)[0]


def message_label(style: str, name: str) -> QLabel:
    """A hidden, wrapping label for messages, shown once it has one."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(style)
    if name:
        label.setAccessibleName(name)
    label.hide()
    return label


def with_message_below(widget: QWidget, message: QLabel) -> QWidget:
    """`widget` with its message label right under it, as one field of a form."""
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    column.addWidget(message)
    return holder


class FormValidation(QObject):
    """The inputs of one form, watched for edits; their check by a trial save; and the
    problems (at their fields, or above them) and findings (below) it brings."""

    edited = Signal()  # the user changed an input; the verdict waits for a pause

    def __init__(self, form: RecordForm) -> None:
        super().__init__(form)
        self.form = form
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.problems: list[Problem] = []
        self.findings: list[str] = []
        self.norms: TripNorms | None = None
        self.checking = False  # a trial save runs on a worker thread (team database)
        self._generation = 0  # which input the newest trial save is about
        self.general_error = message_label(ERROR_STYLE, self.tr("Problems"))
        self.warnings = message_label(WARNING_STYLE, self.tr("Warnings"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VALIDATION_DELAY_MS)
        self._timer.timeout.connect(self.validate)

    # --- the inputs ----------------------------------------------------------------------------
    def add_field(self, key: str, widget: QWidget) -> QLabel:
        """Register the input for `key`; the label under it that shows its problems."""
        self.fields[key] = widget
        error = message_label(ERROR_STYLE, "")
        self.errors[key] = error
        return error

    def clear_fields(self) -> None:
        """Forget the inputs: the form builds them anew."""
        self.fields.clear()
        self.errors.clear()

    def watch_fields(self) -> None:
        """Hear every edit of the inputs (after they were loaded: loading is no edit)."""
        for widget in self.fields.values():
            self._watch(widget)

    def _watch(self, widget: QWidget) -> None:
        for signal_name in ("valueChanged", "changed"):
            signal = getattr(widget, signal_name, None)
            if (
                signal is not None
                and hasattr(signal, "connect")
                and not isinstance(widget, QAbstractSpinBox)
            ):
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

    def input_changed(self) -> None:
        """An input changed without a signal of its own (a value set from a dialog):
        check it as if the user had typed it."""
        self._edited()

    def _edited(self, *_: Any) -> None:
        self.form.save_button.setEnabled(False)
        self.edited.emit()
        self._timer.start()

    def error_text(self, key: str) -> str:
        label = self.errors.get(key)
        return label.text() if label is not None and not label.isHidden() else ""

    def _widget_problems(self) -> list[Problem]:
        """What the inputs themselves refuse (a date that is no date)."""
        problems = []
        for key, widget in self.fields.items():
            error = getattr(widget, "error", None)
            message = error() if callable(error) else ""
            if message:
                problems.append(Problem(key, message))
        return problems

    # --- checking ------------------------------------------------------------------------------
    def validate(self) -> bool:
        """Ask the services whether this input would save; show what they say.

        On a team database the question goes to a worker thread and the answer is shown
        when it comes; meanwhile Save waits for it. Returns whether the input is known to
        be good."""
        self._timer.stop()
        self._generation += 1  # an answer still on its way is outdated now
        problems = self._widget_problems()
        if not problems and self.form.workspace.on_server:
            self._check_in_background(self.form.collect())
            return False
        verdict = self._trial(self.form.collect()) if not problems else Verdict(problems)
        self._show_verdict(verdict)
        return not verdict.problems

    def check_before_save(self) -> bool:
        """The check before a save. On a team database only the inputs' own: the save
        itself is the services' check, off the GUI thread, and says what they refuse."""
        if not self.form.workspace.on_server:
            return self.validate()
        self._timer.stop()
        self._generation += 1
        self.checking = False
        problems = self._widget_problems()
        self._show_verdict(Verdict(problems, self.findings))
        return not problems

    def _trial(self, data: Any) -> Verdict:
        """The trial save and the plausibility findings (on any thread: no widgets)."""
        form = self.form
        findings: list[str] = []
        norms = self.norms
        extra = None
        try:
            with form.workspace.reading() as session:
                record_id = self._try_out(session, data)
                if form.shows_findings:
                    norms = form.findings_norms(session, norms)
                    findings = [
                        f.message
                        for f in record_findings(
                            session, form.register, record_id, form.workspace.today(), norms
                        )
                    ]
                extra = form.trial_extra(session, record_id)
        except ValidationError as exc:
            return Verdict(exc.problems, norms=norms)
        except USER_ERRORS as exc:  # the services refuse, or the file cannot be written
            if is_retryable(exc):
                # Nothing wrong with the input: the team database was busy or away.
                # Saving is allowed; the save itself asks the server again.
                return Verdict([], norms=norms, unchecked=str(exc))
            return Verdict([Problem("", str(exc))], norms=norms)
        return Verdict([], findings, norms, extra=extra)

    def _try_out(self, session: Any, data: Any) -> int:
        """Save `data` in `session` (which is rolled back) to hear what the rules say.
        No version check: whether someone else saved in between is for the real save
        to find out, which then shows what they did."""
        form = self.form
        if not form.is_new:
            try:
                form.editor.update(session, form.record_id, data)
                return form.record_id  # type: ignore[return-value]
            except NotFoundError:
                pass  # deleted meanwhile: the rules of a new record; saving will say so
        return form.editor.create(session, data).id

    def _check_in_background(self, data: Any) -> None:
        generation = self._generation
        self.form.save_button.setEnabled(False)

        def check(_progress: Progress) -> tuple[int, Verdict]:
            return generation, self._trial(data)

        task = Task(check, pool=queue("form-checks"))
        task.succeeded.connect(self._background_verdict)  # a slot: gone with the form
        self.checking = True
        task.start()

    def _background_verdict(self, answer: tuple[int, Verdict]) -> None:
        generation, verdict = answer
        if generation != self._generation:
            return  # the input changed since; a newer check is on its way
        self.checking = False
        self._show_verdict(verdict)

    # --- showing -------------------------------------------------------------------------------
    def _show_verdict(self, verdict: Verdict) -> None:
        self.norms = verdict.norms or self.norms
        self.findings = verdict.findings
        self.show_problems(verdict.problems)
        if verdict.extra is not None:
            self.form.show_trial_extra(verdict.extra)
        self.form.show_notice(
            self.tr("The input could not be checked yet: {error}").format(error=verdict.unchecked)
            if verdict.unchecked
            else ""
        )
        self.form.save_button.setEnabled(not verdict.problems and self.form.is_dirty())

    def show_problems(self, problems: list[Problem]) -> None:
        """Each problem at the input it names, the others above the inputs; the findings
        below them."""
        self.problems = problems
        by_key: dict[str, list[str]] = {}
        general = []
        for problem in problems:
            key = self._key_of(problem)
            if key in self.errors:
                by_key.setdefault(key, []).append(problem.message)
            else:
                general.append(problem.message)
        for key, label in self.errors.items():
            messages = by_key.get(key, [])
            label.setText("\n".join(messages))
            label.setVisible(bool(messages))
            self.fields[key].setToolTip("\n".join(messages))
            mark = getattr(self.fields[key], "mark_problems", None)
            if callable(mark):  # an input of many parts marks the part named (programme[2])
                mark([p for p in problems if self._key_of(p) == key])
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))
        self.warnings.setText(
            self.tr("To check (does not block saving):") + "\n• " + "\n• ".join(self.findings)
            if self.findings
            else ""
        )
        self.warnings.setVisible(bool(self.findings))

    def focus_first_problem(self) -> None:
        for problem in self.problems:
            widget = self.fields.get(self._key_of(problem))
            focus = getattr(widget, "focus_problem", None)
            if callable(focus) and focus(problem):
                return
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _key_of(self, problem: Problem) -> str:
        return self.form.field_aliases.get(problem.field, field_key(problem.field))

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
    QApplication,
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
from .problem_display import ERROR_STYLE, ProblemLine, SaveBlockers, TabMarks, tab_holding

if TYPE_CHECKING:
    from .base import RecordForm

VALIDATION_DELAY_MS = 250  # after the last keystroke; keeps typing smooth
__all__ = [
    "ERROR_STYLE",
    "FormValidation",
    "Verdict",
    "field_key",
    "message_label",
    "with_message_below",
]
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
        self.errors: dict[str, ProblemLine] = {}
        # The fields whose problems are shown at them: on a new record those the user has
        # left (or all, once a save was tried), so an empty form does not open in red; on a
        # stored record all of them. What blocks saving is always said beside Save.
        self.show_all = form.record_id is not None
        self.left: set[str] = set()
        self.blockers = SaveBlockers()
        self.blockers.chosen.connect(lambda index: self.focus_problem(self.problems[index]))
        self._tab_marks: TabMarks | None = None
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
    def add_field(self, key: str, widget: QWidget) -> ProblemLine:
        """Register the input for `key`; the line under it that shows its problems."""
        self.fields[key] = widget
        error = ProblemLine()
        self.errors[key] = error
        return error

    def clear_fields(self) -> None:
        """Forget the inputs: the form builds them anew."""
        self.fields.clear()
        self.errors.clear()

    def watch_fields(self) -> None:
        """Hear every edit of the inputs (after they were loaded: loading is no edit), and
        the user leaving one."""
        for widget in self.fields.values():
            self._watch(widget)
        tabs = self.form.tab_widget
        self._tab_marks = TabMarks(tabs) if tabs is not None else None
        app = QApplication.instance()
        if isinstance(app, QApplication) and not self.show_all:
            app.focusChanged.connect(self._focus_moved)  # a slot: gone with the form

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        """A field the user leaves for another part of the form shows its problems."""
        if old is None or new is None or not self.form.isAncestorOf(new):
            return  # another window or a popup: the user has not left the field
        for key, widget in self.fields.items():
            inside = widget is old or widget.isAncestorOf(old)
            if inside and not (widget is new or widget.isAncestorOf(new)) and key not in self.left:
                self.left.add(key)
                self.show_problems(self.problems)

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
        """An input changed without a signal of its own (a value set from a dialog): it
        counts at once, not after a pause in typing (none is coming): checked as soon as
        the caller is done."""
        self._edited()
        self._timer.stop()
        QTimer.singleShot(0, self, self._check_if_waiting)

    def _check_if_waiting(self) -> None:
        if not self._timer.isActive():  # typing since then waits for its own pause
            self.validate()

    def _edited(self, *_: Any) -> None:
        self.form.save_button.setEnabled(False)
        self.edited.emit()
        self._timer.start()

    def error_text(self, key: str) -> str:
        """The message shown at the field for `key` ("" while none is shown)."""
        label = self.errors.get(key)
        return label.message() if label is not None else ""

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
        self.show_all = True  # a save tried: every problem shows at its field
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
        marked: list[QWidget] = []
        for key, label in self.errors.items():
            messages = by_key.get(key, []) if self._shows(key) else []
            label.set_message("\n".join(messages))
            self.fields[key].setToolTip("\n".join(messages))
            marked += [self.fields[key]] * len(messages)
            mark = getattr(self.fields[key], "mark_problems", None)
            if callable(mark):  # an input of many parts marks the part named (programme[2])
                mark([p for p in problems if self._key_of(p) == key and self._shows(key)])
        if self._tab_marks is not None:
            self._tab_marks.mark(marked)
        self.blockers.show_problems(problems)
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))
        self.warnings.setText(
            self.tr("To check (does not block saving):") + "\n• " + "\n• ".join(self.findings)
            if self.findings
            else ""
        )
        self.warnings.setVisible(bool(self.findings))

    def _shows(self, key: str) -> bool:
        return self.show_all or key in self.left

    def focus_first_problem(self) -> None:
        for problem in self.problems:
            if self.focus_problem(problem):
                return

    def focus_problem(self, problem: Problem) -> bool:
        """Show the tab holding the problem's field and put the cursor there (at the part
        named, in an input of many parts). Whether the problem has a field."""
        widget = self.fields.get(self._key_of(problem))
        if widget is None:
            return False
        tabs = self.form.tab_widget
        index = tab_holding(tabs, widget) if tabs is not None else -1
        if tabs is not None and index >= 0:
            tabs.setCurrentIndex(index)
        focus = getattr(widget, "focus_problem", None)
        if not (callable(focus) and focus(problem)):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _key_of(self, problem: Problem) -> str:
        return self.form.field_aliases.get(problem.field, field_key(problem.field))

"""The Reports page: choose a report and its period or trip, make it off the GUI thread,
then open it in the PDF viewer (which prints) or save it where the user wants. The annual
overview and the planned-trips letter can also be made as a Word document.

A made file is offered only while it is what the page shows: a refused report, another
report kind or any changed parameter takes "Open" and "Save as…" away with the "Ready"
line, so nobody sends the council last year's overview by mistake.

There is no PDF view inside the window: QtPdf ships only in PySide6-Addons, a large
download for one preview; the system's viewer previews and prints well.
"""

from __future__ import annotations

import tempfile
from contextlib import nullcontext
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..i18n import current_language
from ..reports import REPORTS, ReportError, build_report, default_filename, preflight_findings
from ..services.errors import ServiceError
from ..services.outlook import budget_report_year, planned_period, report_year
from ..services.plausibility import Finding
from ..store.errors import StoreError
from ..store.failures import failures_explained
from ..store.server_limits import allow_long_work
from .background import Progress, Task
from .forms import choices
from .preflight_dialog import PreflightDialog
from .report_file import open_in_viewer, save_copy
from .report_format import FormatChoice
from .report_letter import ReportLetter
from .report_period import ReportPeriod
from .widgets.search_combo import SearchCombo
from .workspace import Workspace


class ReportsPage(QWidget):
    # A record to look at before a report is made: the window shows its page and form.
    show_requested = Signal(str, int)  # register, record id

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.preflight: PreflightDialog | None = None  # the findings last asked about
        self._questioned: list[Finding] | None = None
        # The findings the preflight found, with the choice (`_asked`) they are of: "Make
        # anyway" hands them to the report instead of having it find them again.
        self._checked: tuple[int, list[Finding]] | None = None
        self._task: Task | None = None
        self._made_for = 0
        self._folder = Path(tempfile.mkdtemp(prefix="intzaken-rapporten-"))
        self.last_pdf: Path | None = None  # the made file (a PDF or a Word document)
        # Counts the changes to what is asked; a report made for an earlier count is stale.
        self._asked = 0
        self._relation_ids: list[int] | None = None  # the report of a selected relation

        self.kinds = QListWidget()
        self.kinds.setAccessibleName(self.tr("Reports"))
        for kind in REPORTS.values():
            item = QListWidgetItem(kind.name)
            item.setData(Qt.ItemDataRole.UserRole, kind.key)
            item.setToolTip(kind.description)
            self.kinds.addItem(item)
        self.kinds.currentRowChanged.connect(self._kind_changed)
        # As wide as the longest report name, no wider: the rest is for the parameters.
        self.kinds.setFixedWidth(
            self.kinds.sizeHintForColumn(0)
            + 4 * self.kinds.frameWidth()
            + self.fontMetrics().horizontalAdvance("MM")
        )

        self.description = QLabel()
        self.description.setWordWrap(True)
        self.trip = SearchCombo(accessible_name=self.tr("Trip"))
        self.period = ReportPeriod(workspace.today())
        self.year, self.start, self.end = self.period.year, self.period.start, self.period.end
        self.letter = ReportLetter()
        self.intro = QPlainTextEdit()
        self.intro.setPlaceholderText(
            self.tr("Introduction of the annual overview; left empty, a standard text is used.")
        )
        self.intro.setAccessibleName(self.tr("Introduction"))
        self.sources = QCheckBox(self.tr("Name each record's source document, date and page"))
        # A report in English is for readers abroad (a programme for the host city);
        # the window's own language does not decide it. Each language by its own name.
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A5"), "a5")
        self.paper.addItem(self.tr("Two A5 pages per A4 sheet"), "two-up")
        self.paper.addItem(self.tr("Phone (one narrow column)"), "phone")
        self.paper.setAccessibleName(self.tr("Paper"))
        self.calendar_button = QPushButton(self.tr("Save programme as &calendar (.ics)…"))
        self.calendar_button.clicked.connect(self.save_calendar)
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setAccessibleName(self.tr("Language of the report"))
        self.parameters = QFormLayout()
        labelled: dict[str, tuple[str, QWidget]] = {
            "trip": (self.tr("&Trip"), self.trip),
            "year": (self.tr("&Year"), self.year),
            "start": (self.tr("&From"), self.start),
            "end": (self.tr("&To"), self.end),
            "intro": (self.tr("&Introduction"), self.intro),
            "layout": (self.tr("&Paper"), self.paper),
            "first_year": (self.tr("&From"), self.period.first_year),
            "last_year": (self.tr("&To"), self.period.last_year),
            "letter": (self.tr("Council &letter"), self.letter.as_letter),
            "letter_date": (self.tr("Letter &date"), self.letter.letter_date),
            "reference": (self.tr("Re&ference"), self.letter.reference),
            "sources": (self.tr("Sour&ces"), self.sources),
        }
        self._rows: dict[str, tuple[QLabel, QWidget]] = {}
        for key, (label, widget) in labelled.items():
            caption = QLabel(label)
            caption.setBuddy(widget)
            self.parameters.addRow(caption, widget)
            self._rows[key] = (caption, widget)
        language_caption = QLabel(self.tr("Lan&guage"))
        language_caption.setBuddy(self.language)
        self.parameters.addRow(language_caption, self.language)
        self.format = FormatChoice()
        self.format.setAccessibleName(self.tr("File format"))
        # Not as wide as its longest choice: with large text that squeezed the captions.
        self.format.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.format.setMinimumContentsLength(20)
        self.format_caption = QLabel(self.tr("Fo&rmat"))
        self.format_caption.setBuddy(self.format)
        self.parameters.addRow(self.format_caption, self.format)

        self.make_button = QPushButton(self.tr("&Make the report"))
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make)
        self.cancel_button = QPushButton(self.tr("Ca&ncel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open (view and print)"))
        self.open_button.clicked.connect(self.open_pdf)
        self.save_button = QPushButton(self.tr("&Save as…"))
        self.save_button.clicked.connect(self.save_pdf)
        for button in (self.open_button, self.save_button):
            button.setEnabled(False)

        actions = QHBoxLayout()
        self.make_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        actions.addWidget(self.make_button)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.progress, 1)
        results = QHBoxLayout()
        results.addWidget(self.open_button)
        results.addWidget(self.save_button)
        results.addWidget(self.calendar_button)
        results.addStretch()
        right = QVBoxLayout()
        right.addWidget(self.description)
        right.addLayout(self.parameters)
        right.addLayout(actions)
        right.addWidget(self.status)
        right.addLayout(results)
        right.addStretch()
        layout = QHBoxLayout(self)
        layout.addWidget(self.kinds)
        layout.addLayout(right, 1)

        # The trip list is filled when the page is seen, not at every open or save: with
        # a large archive it takes a moment, and most sessions never print a trip card.
        self._trips_stale = True
        workspace.opened.connect(self._trips_changed)
        workspace.changed.connect(self._register_changed)
        self.kinds.setCurrentRow(list(REPORTS).index("annual"))
        # Any change to what is asked makes the file made before a different report.
        for signal in (
            self.kinds.currentRowChanged,
            self.trip.valueChanged,
            self.year.valueChanged,
            self.period.first_year.valueChanged,
            self.period.last_year.valueChanged,
            self.start.textChanged,
            self.end.textChanged,
            self.intro.textChanged,
            self.sources.toggled,
            self.paper.currentIndexChanged,
            self.language.currentIndexChanged,
            self.format.currentIndexChanged,
            *self.letter.changed_signals(),
        ):
            signal.connect(self._forget_made_file)

    def _register_changed(self, register: str) -> None:
        if register in ("", "trips"):
            self._trips_changed()

    def _trips_changed(self) -> None:
        self._trips_stale = True
        if self.isVisible():
            self._fill_trips()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if self._trips_stale:
            self._fill_trips()

    def _fill_trips(self) -> None:
        self._trips_stale = False
        if self.workspace.database is None:
            self.trip.set_items([])
            return
        with self.workspace.reading() as session:
            self.trip.set_items(choices.trips(session))
            today = self.workspace.today()
            first, last = planned_period(session, today)
            self.period.read_proposals(
                {
                    "year": report_year(session, today),
                    "budget_year": budget_report_year(session, today),
                    "start": first.replace(day=1),
                    "end": last.replace(day=1),
                }
            )
        self.period.propose(self.kind())

    # --- choosing -------------------------------------------------------------------------------
    def kind(self) -> str:
        item = self.kinds.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else "annual"

    def select_kind(self, kind: str) -> None:
        self.kinds.setCurrentRow(list(REPORTS).index(kind))

    def _kind_changed(self) -> None:
        kind = REPORTS[self.kind()]
        self.description.setText(kind.description)
        # A parameter's field is named as the parameter, except the trip's.
        wanted = {"trip_ids": "trip", "trip_id": "trip"}
        shown = {wanted.get(p, p) for p in kind.parameters}
        for key, (caption, widget) in self._rows.items():
            caption.setVisible(key in shown)
            widget.setVisible(key in shown)
        self.period.propose(self.kind())
        self.letter.follow_kind("letter" in kind.parameters)
        # The programme also goes into a calendar, for the kinds about one mission.
        self.calendar_button.setVisible(kind.key in ("briefing", "programme"))
        self.format.offer(kind.formats)
        choice = len(kind.formats) > 1
        self.format_caption.setVisible(choice)
        self.format.setVisible(choice)

    def file_format(self) -> str:
        """pdf, docx or csv: what the chosen report is made as."""
        chosen = self.format.currentData()
        return chosen if chosen in REPORTS[self.kind()].formats else "pdf"

    def _forget_made_file(self, *_args: Any) -> None:
        """What is asked changed: the file made before is no longer it."""
        self._asked += 1
        self.last_pdf = None
        self.open_button.setEnabled(False)
        self.save_button.setEnabled(False)
        if self._task is None:
            self.status.clear()

    def prepare_trip_report(self, trip_id: int) -> None:
        """Ctrl+P on a trip: its trip card, ready to make."""
        self.select_kind("trip")
        if self._trips_stale:
            self._fill_trips()
        self.trip.setValue(trip_id)
        self.make()

    def prepare_relation_report(self, relation_id: int) -> None:
        """Ctrl+P on a relation: the relations report of that one, with its timeline."""
        self.select_kind("relations")
        self._relation_ids = [relation_id]
        try:
            self.make()
        finally:
            self._relation_ids = None  # the page's own "Relaties en netwerken" is all of them

    def prepare_programme(self, trip_id: int) -> None:
        """The pocket programme of a trip, ready to make or to save as a calendar."""
        self.select_kind("programme")
        if self._trips_stale:
            self._fill_trips()
        self.trip.setValue(trip_id)
        self.make()

    def save_calendar(self) -> Path | None:
        trip_id = self.trip.value()
        if trip_id is None:
            self.status.setText(self.tr("Choose a trip first."))
            return None
        from .programme_calendar import save_programme_calendar

        saved = save_programme_calendar(self, self.workspace, trip_id)
        if saved is not None:
            self.status.setText(self.tr("Calendar saved as {file}").format(file=saved))
        return saved

    def parameters_for(self, kind: str) -> dict[str, Any]:
        params: dict[str, Any] = {}
        if kind == "relations" and self._relation_ids is not None:
            params["relation_ids"] = self._relation_ids
        for name in REPORTS[kind].parameters:
            if name == "trip_ids":
                params[name] = [self.trip.value()]
            elif name == "trip_id":
                params[name] = self.trip.value()
            elif name in ("year", "first_year", "last_year"):
                params[name] = getattr(self.period, name).value()
            elif name in ("start", "end"):
                params[name] = (self.start if name == "start" else self.end).value()
            elif name == "intro":
                params[name] = self.intro.toPlainText().strip() or None
            elif name == "layout":
                params[name] = self.paper.currentData()
            elif name in ("letter", "letter_date", "reference"):
                params[name] = self.letter.value(name)
            elif name == "sources":
                params[name] = self.sources.isChecked()
        return params

    # --- making ---------------------------------------------------------------------------------
    def make(self, *, anyway: bool = False) -> None:
        """Make the chosen report; a council report's trips are checked first (unless
        the user chose to make it `anyway`), and their findings asked about."""
        if self.workspace.database is None or self._task is not None:
            return
        kind = self.kind()
        params = self.parameters_for(kind)
        about_a_trip = {"trip_id", "trip_ids"} & set(REPORTS[kind].parameters)
        if about_a_trip and self.trip.value() is None:
            self.status.setText(self.tr("Choose a trip first."))
            return
        needed = REPORTS[kind].parameters
        if unreadable := self.period.unreadable(needed) or self.letter.unreadable(needed):
            self.status.setText(unreadable)
            return
        language = self.language.currentData()
        file_format = self.file_format()
        target = self._folder / default_filename(
            kind, language=language, format=file_format, **params
        )
        database, today = self.workspace.database, self.workspace.today()
        # What the preflight found for this very choice (before it is forgotten below).
        found = self._checked
        checked = found[1] if anyway and found and found[0] == self._asked else None
        # A new report replaces whatever was offered, whether or not it is made.
        self._forget_made_file()
        asked = self._asked
        # Findings are texts in a language: they go into the report only when it is in
        # the language they were found in (the window's); else it finds its own.
        same_language = language is None or language == current_language()

        def run(progress: Progress) -> Path | list[Finding]:
            # The server's failures in Dutch; a file's own are the report's to name (a
            # PDF that cannot be written is not the database's failure).
            with (
                (
                    failures_explained(database.location)
                    if database.server is not None
                    else nullcontext()
                ),
                allow_long_work(database.sessions()) as session,
            ):
                # A council report's trips are checked first (none for other reports).
                findings = (
                    checked if anyway else preflight_findings(kind, session, today=today, **params)
                )
                if findings and not anyway:
                    return findings  # asked about on the GUI thread (_finished)
                build_report(
                    kind,
                    session,
                    target,
                    printed_on=today,
                    language=language,
                    progress=lambda done, _message: progress.report(done, 100),
                    cancelled=lambda: progress.cancelled,
                    format=file_format,
                    findings=findings if same_language else None,
                    **params,
                )
            return target

        # A refused report (no trips that year) is an answer, not a fault to log.
        task = Task(run, expected=(ServiceError, StoreError))
        self._made_for = asked
        # A method, not a lambda: Qt lets go of it when the page is gone, so a report
        # still being made when the window closes reports its progress to nobody.
        task.progressed.connect(self._progressed)
        task.succeeded.connect(self._made)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._cancelled)
        task.finished.connect(self._finished)
        self._task = task
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.make_button.setEnabled(False)
        self.status.setText(self.tr("Making {report}…").format(report=REPORTS[kind].name))
        task.start()

    def _progressed(self, done: int, _total: int) -> None:
        self.progress.setValue(done)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _made(self, path: Path | list[Finding]) -> None:
        if self._made_for != self._asked:
            # The kind or a parameter changed while it was being made: not what is asked.
            self.status.setText(
                self.tr("The choice changed while the report was being made; make it again.")
            )
            return
        if isinstance(path, list):
            self._questioned = path  # asked when the task is over (_finished)
            self._checked = (self._made_for, path)
            return
        self.last_pdf = path
        self.status.setText(self.tr("Ready: {file}").format(file=path.name))
        self.open_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.open_pdf()

    def _ask_first(self, findings: list[Finding]) -> None:
        """The findings about the report's trips, before it goes: make or look first."""
        if self.preflight is not None:
            self.preflight.deleteLater()
        self.preflight = dialog = PreflightDialog(REPORTS[self.kind()].name, findings, self)
        dialog.outcome.connect(self.status.setText)
        dialog.look_first.connect(self.show_requested)
        dialog.make_anyway.connect(partial(self.make, anyway=True))
        dialog.open()

    def _failed(self, error: Exception) -> None:
        self._forget_made_file()
        if isinstance(error, (ReportError, ServiceError, StoreError)):
            self.status.setText(str(error))
        else:
            self.status.setText(
                self.tr("The report could not be made: {error}").format(error=error)
            )

    def _cancelled(self) -> None:
        self.status.setText(self.tr("Cancelled; no report was made."))

    def _finished(self) -> None:
        self._task = None
        self.progress.hide()
        self.cancel_button.hide()
        self.make_button.setEnabled(True)
        questioned, self._questioned = self._questioned, None
        if questioned:  # only now: "Make anyway" must find no task still running
            self._ask_first(questioned)

    # --- the result (report_file.py) -------------------------------------------------------------
    def open_pdf(self) -> None:
        if self.last_pdf is None or not self.isVisible():
            return
        trouble = open_in_viewer(self.last_pdf)
        if trouble is not None:
            self.status.setText(trouble)
            self.save_button.setFocus()

    def save_pdf(self) -> None:
        if self.last_pdf is None:
            return
        target = save_copy(self, self.last_pdf)
        if target is not None:
            self.status.setText(self.tr("Saved as {file}").format(file=target))

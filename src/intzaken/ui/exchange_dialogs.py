"""The dialogs of import and export: what to export, and the preview of an import."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..exchange import PUBLIC_REGISTERS, ImportPlan
from ..exchange.conflicts import Choices, Keep
from ..exchange.country_facts_sheet import COUNTRY_FACTS
from ..exchange.problems import problem_rows
from ..registers import RegisterKey
from .import_conflicts import ConflictTable
from .registers import register_specs


def _register_title(name: str) -> str:
    """A register as the window names it: its page's title (contacts have no page)."""
    titles: dict[str, str] = {spec.name: spec.title for spec in register_specs()}
    titles[RegisterKey.ORGANISATION] = QCoreApplication.translate("Exchange", "Organisation")
    titles[RegisterKey.PLACES] = QCoreApplication.translate("Exchange", "Places")
    titles[COUNTRY_FACTS] = QCoreApplication.translate("Exchange", "Country information")
    return titles.get(name) or QCoreApplication.translate("Exchange", "Contacts")


class ExportDialog(QDialog):
    """Which register(s), which format, and whether only the headings (a template)."""

    def __init__(self, parent: QWidget | None, register: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.register = QComboBox()
        self.register.addItem(self.tr("All registers"), None)
        for name in PUBLIC_REGISTERS:
            self.register.addItem(_register_title(name), name)
        if register in PUBLIC_REGISTERS:
            self.register.setCurrentIndex(self.register.findData(register))
        form.addRow(self.tr("&Register:"), self.register)
        self.format = QComboBox()
        self.format.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.format.addItem(self.tr("CSV (semicolons, for Excel)"), "csv")
        self.format.addItem(self.tr("Calendar for Outlook (.ics, trips only)"), "ics")
        form.addRow(self.tr("&Format:"), self.format)
        self.empty = QCheckBox(self.tr("&Only the headings (an empty template to fill in)"))
        form.addRow("", self.empty)
        layout.addLayout(form)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.register.currentIndexChanged.connect(self._update)
        self.format.currentIndexChanged.connect(self._update)
        self._update()

    def choice(self) -> tuple[str, str | None, bool]:
        """(format, register or None for all, headings only)."""
        return (
            self.format.currentData(),
            self.register.currentData(),
            self.empty.isChecked() and self.empty.isEnabled(),
        )

    def _update(self) -> None:
        fmt, register = self.format.currentData(), self.register.currentData()
        calendar = fmt == "ics"
        if calendar and register != RegisterKey.TRIPS:
            self.register.setCurrentIndex(self.register.findData(RegisterKey.TRIPS))
        self.empty.setEnabled(not calendar)
        if calendar:
            hint = self.tr(
                "Each trip becomes an all-day event. Importing the file again "
                "in Outlook updates the trips instead of adding them twice."
            )
        elif fmt == "csv" and register is None:
            hint = self.tr(
                "All registers as CSV: choose a folder; every sheet becomes a file of its own."
            )
        else:
            hint = self.tr(
                "The file can be edited in Excel and read back with Import; "
                "rows are matched to their records, so nothing is added twice, "
                "and a record someone changed after the export is shown as a "
                "conflict."
            )
        self.hint.setText(hint)


# Rows measured to fit a column, and rows given their wrapped height at once; the others
# get theirs as they scroll into view.
FITTED_ROWS = 30


def _fit_rows_in_view(table: QTableWidget) -> None:
    """Each row as tall as its wrapped text, measured as it comes into view: measuring
    all 181 problems of a refused import took most of the 120-137 ms the preview held
    the window (issue 22, item 4)."""
    fitted: set[int] = set()
    pending: list[bool] = []

    def in_view() -> range:
        first = max(table.rowAt(0), 0)
        last = table.rowAt(table.viewport().height())
        last = min(table.rowCount() - 1, first + FITTED_ROWS) if last < 0 else last
        return range(first, last + 1)

    def fit() -> None:
        pending.clear()
        # Rows made lower bring the next ones into view: measured too.
        while unfitted := [row for row in in_view() if row not in fitted]:
            for row in unfitted:
                fitted.add(row)
                table.resizeRowToContents(row)

    def later(*_value: int) -> None:
        # Once the columns have settled: scrolling refits the columns to the rows now in
        # view, and a row measured before that keeps a height for another width.
        if not pending:
            pending.append(True)
            QTimer.singleShot(0, fit)

    def refit(*_section: int) -> None:  # a column's new width wraps differently
        fitted.clear()
        later()

    fit()
    table.verticalScrollBar().valueChanged.connect(later)
    table.horizontalHeader().sectionResized.connect(refit)


class ImportPreviewDialog(QDialog):
    """What an import would do, register by register, every problem, and the conflicts
    with later saves to choose a side for; writes nothing."""

    def __init__(
        self, parent: QWidget | None, plan: ImportPlan, *, backup_first: bool = True
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Import {file}").format(file=plan.path.name))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        writes = sum(c.written for c in plan.counts.values())
        if plan.problems:
            count, rows = len(plan.problems), problem_rows(plan.problems)
            found = self.tr("%n problem(s)", "", count)
            if rows:
                found = self.tr("{found} in %n row(s)", "", rows).format(found=found)
            summary = (
                self.tr("Nothing will be imported: {found}.").format(found=found)
                + " "
                + self.tr(
                    "Correct them in the file and import it again. The counts below are "
                    "what the rows without a problem would do then; nothing has been written."
                )
            )
        elif plan.conflicts:
            summary = self._conflicts_summary()
        elif writes and backup_first:
            summary = self.tr("The file can be imported. A backup is made first.")
        elif writes:  # a team database: its backups are the server's
            summary = self.tr("The file can be imported, in one go for the whole team.")
        else:
            summary = self.tr(
                "Everything in this file is already in the database; there is nothing to import."
            )
        if plan.notices:
            summary += " " + self.tr(
                "Some cells are read other than as written; they are listed below."
            )
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        # What the import assumed ("Sheet 'Sheet1' read as Reizen"), said before the counts.
        self.assumptions = QLabel("\n".join(plan.assumptions))
        self.assumptions.setWordWrap(True)
        self.assumptions.setVisible(bool(plan.assumptions))
        layout.addWidget(self.assumptions)

        refused = bool(plan.problems)
        self.counts = QTableWidget(0, 5 if refused else 4)
        if refused:  # worded so that they are not read as a result
            headings = [
                self.tr("Register"),
                self.tr("Would be new"),
                self.tr("Would change"),
                self.tr("Unchanged"),
                self.tr("Rows with a problem"),
            ]
        else:
            headings = [
                self.tr("Register"),
                self.tr("New"),
                self.tr("Changed"),
                self.tr("Unchanged"),
            ]
        self.counts.setHorizontalHeaderLabels(headings)
        self.counts.setAccessibleName(self.tr("What the import would do"))
        for name, counts in plan.counts.items():
            row = self.counts.rowCount()
            self.counts.insertRow(row)
            cells = [_register_title(name), counts.new, counts.changed, counts.unchanged]
            if refused:
                cells.append(counts.refused)
            for column, value in enumerate(cells):
                item = QTableWidgetItem(str(value))
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.counts.setItem(row, column, item)
        self._fit(self.counts, stretch=0)
        # As tall as its rows (one per register), so the problems get the room.
        self.counts.resizeRowsToContents()
        self.counts.setFixedHeight(
            self.counts.horizontalHeader().sizeHint().height()
            + sum(self.counts.rowHeight(r) for r in range(self.counts.rowCount()))
            + 2 * self.counts.frameWidth()
        )
        self.counts.setVisible(bool(plan.counts))
        layout.addWidget(self.counts)

        self.problems = QTableWidget(0, 4)
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )
        self.problems.setAccessibleName(self.tr("Problems"))
        self.problems.setWordWrap(True)
        self.problems.setRowCount(len(plan.problems))
        for row, problem in enumerate(plan.problems):
            texts = [
                problem.sheet,
                "" if problem.row is None else str(problem.row),
                problem.column or "",
                problem.message,
            ]
            for column, value in enumerate(texts):
                self.problems.setItem(row, column, QTableWidgetItem(value))
        self._fit(self.problems, stretch=3)
        _fit_rows_in_view(self.problems)
        self.problems.setVisible(bool(plan.problems))
        layout.addWidget(self.problems, 1)

        self.notices = self._notices_table(plan)
        layout.addWidget(self.notices, 1)

        self.conflicts = ConflictTable(plan.conflicts)
        self.conflicts.setVisible(bool(plan.conflicts) and not plan.problems)
        self.conflicts.chosen.connect(self._update)
        layout.addWidget(self.conflicts, 2)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.all_file = QPushButton(self.tr("Open choices: the &file"))
        self.all_database = QPushButton(self.tr("Open choices: the &database"))
        self.all_file.clicked.connect(lambda: self.conflicts.choose_open(Keep.FILE))
        self.all_database.clicked.connect(lambda: self.conflicts.choose_open(Keep.DATABASE))
        for button in (self.all_file, self.all_database):
            button.setVisible(self.conflicts.isVisible())
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = QPushButton(self.tr("&Import"))
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        copy = QPushButton(self.tr("&Copy problems"))
        copy.setEnabled(bool(plan.problems))
        copy.clicked.connect(self.copy_problems)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update()

    def _notices_table(self, plan: ImportPlan) -> QTableWidget:
        """The words read other than as written ("'Zusterstad' read as stedenband"):
        they do not stop the import, they are shown so nothing is reinterpreted unseen."""
        table = QTableWidget(0, 4)
        table.setHorizontalHeaderLabels(
            [self.tr("Sheet"), self.tr("Rows"), self.tr("Column"), self.tr("Read differently")]
        )
        table.setAccessibleName(self.tr("Read other than as written"))
        table.setToolTip(
            self.tr(
                "These cells were read other than as written. Check that this is what is meant."
            )
        )
        table.setWordWrap(True)
        table.setRowCount(len(plan.notices))
        for row, notice in enumerate(plan.notices):
            texts = [notice.sheet, notice.rows_text, notice.column or "", notice.message]
            for column, value in enumerate(texts):
                table.setItem(row, column, QTableWidgetItem(value))
        self._fit(table, stretch=3)
        _fit_rows_in_view(table)
        table.setVisible(bool(plan.notices))
        return table

    def choices(self) -> Choices:
        """What wins in each conflict, as the user chose."""
        return self.conflicts.choices()

    def _conflicts_summary(self) -> str:
        return self.tr(
            "Conflicts: {count}. These records were changed in the database "
            "after the file was exported. Choose for each whether the database "
            "keeps that change or the file's values are taken: click the side to "
            "keep. Nothing is imported until every conflict is chosen."
        ).format(count=len(self.plan.conflicts))

    def _update(self) -> None:
        plan = self.plan
        open_count = self.conflicts.open_count()
        writes = sum(c.written for c in plan.counts.values())
        self.import_button.setEnabled(
            not plan.problems
            and open_count == 0
            and (writes > 0 or self.conflicts.takes_the_file())
        )
        for button in (self.all_file, self.all_database):
            button.setEnabled(open_count > 0)

    @staticmethod
    def _fit(table: QTableWidget, stretch: int) -> None:
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        # The columns fitted to the rows in view, not to every row (a refused import
        # lists hundreds of problems: measuring them all held the window, issue 22).
        header.setResizeContentsPrecision(FITTED_ROWS)
        for column in range(table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def copy_problems(self) -> None:
        """To the clipboard, one line per problem, to keep beside the workbook."""
        QGuiApplication.clipboard().setText("\n".join(str(p) for p in self.plan.problems))

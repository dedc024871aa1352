"""The preview of merging a travel copy back: what goes automatically, the conflicts side
by side (as it was, in the travel copy, in the team database) with a choice per field,
the deletions to confirm, and which entries of the copy's history are carried over (and
why the others are not; they follow the choices). Writes nothing; "Merge" is enabled
once all is decided."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..services.fields import field_label
from ..travel.history_sift import sift
from ..travel.merge_plan import Case, Choices, MergePlan, RecordMerge, Side, settle
from ..travel.summary import entry_parts
from ..travel.values import deleted_text, value_text
from .widgets.table_items import filled_item

FIELD, BASE, MINE, THEIRS = range(4)
SIDES = {MINE: Side.MINE, THEIRS: Side.THEIRS}
TO_CHOOSE = QColor("#fff1b8")  # a field that still needs a choice
CHOSEN = QColor("#d9f2d9")


class MergeDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, plan: MergePlan, choices: Choices | None = None
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        # Deletions are kept unless ticked: nothing goes without the user saying so.
        self._choices = settle(plan, choices, deletions=Side.THEIRS)
        self._rows: dict[int, tuple[RecordMerge, str | None]] = {}  # choice rows
        self.setWindowTitle(
            self.tr("Merge the travel copy {file}").format(file=plan.copy_path.name)
        )
        self.resize(1040, 660)
        layout = QVBoxLayout(self)
        origin = QLabel(
            self.tr("Travel copy {file}, {origin}.").format(file=plan.copy_path, origin=plan.origin)
        )
        origin.setWordWrap(True)
        layout.addWidget(origin)
        self.summary = QLabel(self._summary())
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.tabs = QTabWidget()
        self.conflicts = self._table(
            [
                self.tr("Field"),
                self.tr("Original"),
                self.tr("In the travel copy"),
                self.tr("In the team database"),
            ]
        )
        self.conflicts.setAccessibleName(self.tr("Conflicts"))
        self._fill_conflicts()
        self.conflicts.cellClicked.connect(self._choose)
        # Enter on the value in focus chooses it too (the keyboard's way to click).
        self.conflicts.itemActivated.connect(lambda item: self._choose(item.row(), item.column()))
        self.tabs.addTab(
            self._page(
                self.tr(
                    "Changed on both sides. Fields changed on one side only are taken from that "
                    "side; where both changed a field, click the value to keep."
                ),
                self.conflicts,
            ),
            self.tr("Conflicts ({count})").format(count=len(plan.conflicts)),
        )
        self.automatic = self._table(
            [self.tr("Record"), self.tr("What happens"), self.tr("Fields")]
        )
        self.automatic.setAccessibleName(self.tr("Automatic"))
        self._fill_automatic()
        self.tabs.addTab(
            self._page(
                self.tr(
                    "Changed or added in the travel copy only: these go into the team database "
                    "as they are."
                ),
                self.automatic,
            ),
            self.tr("Automatic ({count})").format(count=len(plan.automatic)),
        )
        self.deletions = self._table([self.tr("Also delete in the team database")])
        self.deletions.setAccessibleName(self.tr("Deletions"))
        self._fill_deletions()
        self.deletions.itemChanged.connect(self._deletion_ticked)
        self.tabs.addTab(
            self._page(
                self.tr(
                    "Deleted in the travel copy. Tick what may go in the team database too; what "
                    "is not ticked stays there."
                ),
                self.deletions,
            ),
            self.tr("Deletions ({count})").format(count=len(plan.deletions)),
        )
        self.history = self._table(
            [
                self.tr("When"),
                self.tr("By"),
                self.tr("Record"),
                self.tr("What"),
                self.tr("Carried over"),
            ]
        )
        self.history.setAccessibleName(self.tr("History"))
        self._history_page = self._page(
            self.tr(
                "Changes made in the travel copy, from its history. Those that agree with what "
                "the merge writes are carried over with their authors and times, marked as "
                "coming from this travel copy; the others are not, for the reason given."
            ),
            self.history,
        )
        self.tabs.addTab(self._history_page, "")
        self.tabs.setCurrentIndex(0 if plan.conflicts else 1 if plan.automatic else 2)
        layout.addWidget(self.tabs, 1)

        self.status = QLabel()
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.all_mine = QPushButton(self.tr("Open choices: &travel copy"))
        self.all_theirs = QPushButton(self.tr("Open choices: t&eam database"))
        self.all_mine.clicked.connect(lambda: self._settle(Side.MINE))
        self.all_theirs.clicked.connect(lambda: self._settle(Side.THEIRS))
        self.merge_button = QPushButton(self.tr("&Merge"))
        for button in (self.all_mine, self.all_theirs):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update()

    def choices(self) -> Choices:
        return dict(self._choices)

    # --- building ---------------------------------------------------------------------------
    def _summary(self) -> str:
        plan = self.plan
        if plan.nothing_to_do:
            return self.tr(
                "Nothing was changed in the travel copy; merging only notes that it came back."
            )
        parts = [
            self.tr("Automatic: {count}. Conflicts: {conflicts}. Deletions: {deletions}.").format(
                count=len(plan.automatic),
                conflicts=len(plan.conflicts),
                deletions=len(plan.deletions),
            )
        ]
        if plan.kept:
            parts.append(
                self.tr(
                    "%n record(s) changed only in the team database stay as they are.",
                    "",
                    plan.kept,
                )
            )
        parts.append(self.tr("A backup is made first; all goes in at once, or nothing."))
        return " ".join(parts)

    def _table(self, headings: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headings))
        table.setHorizontalHeaderLabels(headings)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        # Not fitted to the contents: a conflict's heading spans the row and is long.
        header.setSectionResizeMode(
            0,
            QHeaderView.ResizeMode.Interactive
            if len(headings) > 1
            else QHeaderView.ResizeMode.Stretch,
        )
        table.setColumnWidth(0, 260 if len(headings) < 4 else 170)
        for column in range(1, len(headings)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        return table

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        QTimer.singleShot(0, self._fit_rows)  # once the columns have their widths

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        QTimer.singleShot(0, self._fit_rows)

    def _fit_rows(self) -> None:
        for table in (self.conflicts, self.automatic, self.deletions, self.history):
            table.resizeRowsToContents()

    @staticmethod
    def _page(text: str, table: QTableWidget) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        hint = QLabel(text)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(table, 1)
        return page

    def _add_row(self, table: QTableWidget, cells: list[str]) -> int:
        row = table.rowCount()
        table.insertRow(row)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(row, column, item)
        return row

    def _fill_conflicts(self) -> None:
        cases = self._case_texts()
        for record in self.plan.conflicts:
            row = self._add_row(self.conflicts, [f"{_capital(record.title)}: {cases[record.case]}"])
            self.conflicts.setSpan(row, 0, 1, 4)
            font = QFont(self.conflicts.font())
            font.setBold(True)
            filled_item(self.conflicts, row, 0).setFont(font)
            if record.case is not Case.CHANGED_ON_BOTH:
                mine, theirs = self._whole_choices(record.case)
                row = self._add_row(self.conflicts, [self.tr("What to do"), "", mine, theirs])
                self._rows[row] = (record, None)
            for change in record.fields:
                texts = [
                    value_text(record.register, change.name, value, self.plan.names)
                    for value in (change.base, change.mine, change.theirs)
                ]
                if record.case in (
                    Case.DELETED_IN_TEAM_CHANGED_IN_COPY,
                    Case.DELETED_IN_TEAM_USED_IN_COPY,
                ):
                    texts[2] = deleted_text()
                elif record.case is Case.DELETED_IN_COPY_CHANGED_IN_TEAM:
                    texts[1] = deleted_text()
                row = self._add_row(self.conflicts, [field_label(change.name), *texts])
                if record.case is Case.CHANGED_ON_BOTH:
                    self._rows[row] = (record, change.name)
        for row in self._rows:
            self._show_choice(row)
        self.conflicts.resizeRowsToContents()

    def _fill_automatic(self) -> None:
        cases = self._case_texts()
        for record in self.plan.automatic:
            fields = (
                ", ".join(field_label(f.name) for f in record.fields)
                if record.case is Case.CHANGED_IN_COPY
                else ""
            )
            self._add_row(self.automatic, [_capital(record.title), cases[record.case], fields])
        self.automatic.resizeRowsToContents()

    def _fill_deletions(self) -> None:
        for record in self.plan.deletions:
            row = self._add_row(self.deletions, [_capital(record.title)])
            item = filled_item(self.deletions, row, 0)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked
                if record.chosen(self._choices) is Side.MINE
                else Qt.CheckState.Unchecked
            )
            item.setData(Qt.ItemDataRole.UserRole, str(record.uuid))

    def _fill_history(self) -> None:
        """The copy's history entries with the current choices: carried over or not."""
        sifted = sift(self.plan, self._choices)
        reasons = {d.entry.id: d.reason for d in sifted.dropped}
        self.history.setRowCount(0)
        for entry in self.plan.copy_history.entries:
            reason = reasons.get(entry.id)
            status = (
                self.tr("Yes") if reason is None else self.tr("No: {reason}").format(reason=reason)
            )
            self._add_row(self.history, [*entry_parts(entry), status])
        self.history.resizeRowsToContents()
        self.tabs.setTabText(
            self.tabs.indexOf(self._history_page),
            self.tr("History: {carried} carried over, {dropped} not").format(
                carried=len(sifted.carried), dropped=len(sifted.dropped)
            ),
        )

    def _case_texts(self) -> dict[Case, str]:
        return {
            Case.NEW_IN_COPY: self.tr("new in the travel copy"),
            Case.CHANGED_IN_COPY: self.tr("changed in the travel copy"),
            Case.CHANGED_ON_BOTH: self.tr("changed in the travel copy and in the team database"),
            Case.DELETED_IN_COPY: self.tr("deleted in the travel copy"),
            Case.DELETED_IN_COPY_CHANGED_IN_TEAM: self.tr(
                "deleted in the travel copy, changed in the team database"
            ),
            Case.DELETED_IN_TEAM_CHANGED_IN_COPY: self.tr(
                "deleted in the team database, changed in the travel copy"
            ),
            Case.DELETED_IN_TEAM_USED_IN_COPY: self.tr(
                "deleted in the team database, but the travel copy refers to it"
            ),
        }

    def _whole_choices(self, case: Case) -> tuple[str, str]:
        if case is Case.DELETED_IN_COPY_CHANGED_IN_TEAM:
            return self.tr("Delete it"), self.tr("Keep it as the team database has it")
        return self.tr("Restore it from the travel copy"), self.tr("Leave it deleted")

    # --- choosing ---------------------------------------------------------------------------
    def choose(self, record: RecordMerge, name: str | None, side: Side) -> None:
        self._choices[(record.uuid, name)] = side
        for row, chosen in self._rows.items():
            if chosen == (record, name):
                self._show_choice(row)
        self._update()

    def _choose(self, row: int, column: int) -> None:
        if row in self._rows and column in SIDES:
            record, name = self._rows[row]
            self.choose(record, name, SIDES[column])

    def _show_choice(self, row: int) -> None:
        record, name = self._rows[row]
        chosen = record.chosen(self._choices, name)
        for column, side in SIDES.items():
            item = filled_item(self.conflicts, row, column)
            item.setCheckState(Qt.CheckState.Checked if chosen is side else Qt.CheckState.Unchecked)
            item.setBackground(CHOSEN if chosen is side else QColor(Qt.GlobalColor.transparent))
        filled_item(self.conflicts, row, FIELD).setBackground(
            TO_CHOOSE if chosen is None else QColor(Qt.GlobalColor.transparent)
        )

    def _deletion_ticked(self, item: QTableWidgetItem) -> None:
        uuid = item.data(Qt.ItemDataRole.UserRole)
        record = next((r for r in self.plan.deletions if str(r.uuid) == uuid), None)
        if record is not None:
            self._choices[(record.uuid, None)] = (
                Side.MINE if item.checkState() == Qt.CheckState.Checked else Side.THEIRS
            )
            self._update()

    def _settle(self, side: Side) -> None:
        self._choices = settle(self.plan, self._choices, prefer=side)
        for row in self._rows:
            self._show_choice(row)
        self._update()

    def _update(self) -> None:
        open_count = sum(
            len(r.open_fields(self._choices))
            if r.case is Case.CHANGED_ON_BOTH
            else int(r.chosen(self._choices) is None)
            for r in self.plan.conflicts
        )
        self.merge_button.setEnabled(open_count == 0)
        self.all_mine.setEnabled(open_count > 0)
        self.all_theirs.setEnabled(open_count > 0)
        self.status.setText(
            self.tr("Still to choose: {count}.").format(count=open_count)
            if open_count
            else self.tr("Everything is decided.")
        )
        self._fill_history()  # what is carried over follows the choices


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]

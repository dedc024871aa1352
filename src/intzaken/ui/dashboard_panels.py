"""The panels of the overview page (ui/dashboard.py): a titled card, a list of records
that opens one on double-click or Enter, and the table of this year's figures."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ..formatting import change, day_month, long_date, money, tonnes
from ..services.known_figures import Figure, KnownSum, missing_note, shown, shown_sum
from ..services.year_figures import TripFigures, YearComparison, difference_text
from .charts import OVERRUN_COLOUR
from .widgets.validity import warning_icon

# A list's items made per pass of the event loop (ListPanel.set_rows): a few milliseconds.
ITEMS_PER_PASS = 250


def muted(label: QLabel) -> QLabel:
    """Secondary text: the text colour mixed towards the background, readable in any theme."""
    palette = label.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    base = palette.color(QPalette.ColorRole.Base)
    palette.setColor(
        QPalette.ColorRole.WindowText,
        QColor(
            *(
                round(t * 0.6 + b * 0.4)
                for t, b in zip(
                    (text.red(), text.green(), text.blue()),
                    (base.red(), base.green(), base.blue()),
                    strict=True,
                )
            )
        ),
    )
    label.setPalette(palette)
    return label


class Card(QFrame):
    """A titled panel on the page: a light surface with a thin border, like a report tile."""

    def __init__(self, title: str = "") -> None:
        super().__init__()
        self.setObjectName("card")
        # Scoped to this object name so the lists and labels inside keep their own look.
        self.setStyleSheet(
            "QFrame#card { background: palette(base); "
            "border: 1px solid palette(midlight); border-radius: 6px; }"
        )
        self.title = QLabel(title)
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        # Never squeezed below its text when a chart or list below wants the height.
        self.title.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(14, 10, 14, 12)
        self.body.setSpacing(8)
        self.body.addWidget(self.title)
        self._hold_title_height()

    def set_title(self, title: str) -> None:
        self.title.setText(title)
        self._hold_title_height()

    def _hold_title_height(self) -> None:
        # A title set after the card was laid out (an empty one first) could keep the
        # empty label's height, a pixel short of its text at large text sizes.
        self.title.setMinimumHeight(self.title.sizeHint().height())


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    register: str
    record_id: int
    warning: bool = False
    tips: tuple[str, ...] = ()  # tooltips of the first cells; the others show their text


class ListPanel(Card):
    """A titled list of records; says `empty_text` instead of showing an empty list."""

    activated = Signal(str, int)

    def __init__(
        self,
        title: str,
        headers: list[str],
        accessible_name: str,
        stretch_column: int,
        visible_rows: int,
    ) -> None:
        super().__init__(title)
        self._visible_rows = visible_rows
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(accessible_name)
        self.tree.setHeaderLabels(headers)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setFrameShape(QFrame.Shape.NoFrame)
        # A little air between rows: the default is dense for editing, not for reading.
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 4px; }")
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in range(len(headers)):
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column == stretch_column
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        # Double-click and Enter both "activate" an item; one signal, so one emission.
        self.tree.itemActivated.connect(self._activate)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        muted(self.empty)
        self.footer = muted(QLabel())
        self.footer.hide()
        self._stack = QStackedWidget()
        self._stack.addWidget(self.tree)
        self._stack.addWidget(self.empty)
        self.body.addWidget(self._stack)
        self.body.addWidget(self.footer)
        self.body.addStretch(1)
        self._shown: tuple[list[Row], str, str] | None = None  # what set_rows shows
        self._filling = 0  # counts set_rows calls: a chunk of older rows is not added

    def set_rows(self, rows: list[Row], empty_text: str, footer: str = "") -> None:
        shown = (rows, empty_text, footer)
        if shown == self._shown:
            # The overview reloads after every save and import, most often with the same
            # rows: making a few thousand items again held the GUI thread 100-270 ms at
            # 100,000 trips, a pause at the end of an import (issue 22).
            return
        self._shown = shown
        self.tree.clear()
        self._filling += 1  # a fill still under way for older rows stops
        self._add_items(rows, 0, self._filling)
        self.empty.setText(empty_text)
        self._stack.setCurrentWidget(self.tree if rows else self.empty)
        self.footer.setText(footer)
        self.footer.setVisible(bool(footer))
        self._fit(len(rows))

    def _add_items(self, rows: list[Row], start: int, filling: int) -> None:
        """Items for rows[start:] a chunk per pass of the event loop: the 4,500 findings
        of 100,000 trips made at once held the window 80-270 ms; a chunk takes a few."""
        if filling != self._filling:
            return
        end = min(start + ITEMS_PER_PASS, len(rows))
        warning = QBrush(QColor(OVERRUN_COLOUR))
        items = []
        for row in rows[start:end]:
            item = QTreeWidgetItem(list(row.cells))
            item.setData(0, Qt.ItemDataRole.UserRole, (row.register, row.record_id))
            for column, text in enumerate(row.cells):
                # The full text where a column elides it, or what a short cell stands for.
                item.setToolTip(column, row.tips[column] if column < len(row.tips) else text)
                if row.warning:
                    item.setForeground(column, warning)
            if row.warning:  # overdue: a sign as well as the colour
                item.setIcon(0, warning_icon())
            items.append(item)
        self.tree.addTopLevelItems(items)  # one insertion for the view, not one per row
        if end < len(rows):
            QTimer.singleShot(0, self, lambda: self._add_items(rows, end, filling))

    @property
    def filled(self) -> bool:
        """Every row of the last set_rows has its item."""
        return self._shown is None or self.tree.topLevelItemCount() == len(self._shown[0])

    def _fit(self, count: int) -> None:
        """As tall as its rows up to `visible_rows`, so short lists leave no blank block."""
        if not count:
            self._stack.setFixedHeight(self.empty.sizeHint().height() + 8)
            return
        rows = min(count, self._visible_rows)
        row_height = self.tree.sizeHintForRow(0)
        frame = 2 * self.tree.frameWidth()
        self._stack.setFixedHeight(
            self.tree.header().sizeHint().height() + rows * row_height + frame
        )

    def _activate(self, item: QTreeWidgetItem, _column: int) -> None:
        register, record_id = item.data(0, Qt.ItemDataRole.UserRole)
        self.activated.emit(register, record_id)


class FiguresPanel(Card):
    """Costs, CO2 (reported, estimated, per traveller), the CO2 offset and trips of this
    year so far against last year, the difference in sign and words, plus what is
    planned. The figures come from services/year_figures.py."""

    ROWS = (
        "council_costs",
        "costs",
        "cancellation",
        "estimate",
        "co2",
        "co2_estimate",
        "co2_per_traveller",
        "co2_offset",
        "trips",
    )

    def __init__(self, title: str) -> None:
        super().__init__(title)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(6)
        self._headers = [QLabel() for _ in range(4)]
        for column, label in enumerate(self._headers, start=1):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
            muted(label)
            self._grid.addWidget(label, 0, column)
        # Both totals, each named by what it holds: the council report's, and the total
        # that adds the CO2 offset.
        names = (
            self.tr("Costs in the council report"),
            self.tr("Total costs incl. CO2 offset"),
            # Issue 21: apart from both totals, and the made trips against their estimate.
            self.tr("Cancellation costs (in neither total)"),
            self.tr("Actual minus estimate"),
            self.tr("CO2 reported (tonnes)"),
            self.tr("CO2 estimated from the routes (tonnes)"),
            self.tr("CO2 reported per traveller (tonnes)"),
            self.tr("CO2 offset paid"),
            self.tr("Trips"),
        )
        self.cells: dict[str, list[QLabel]] = {}
        for row, (key, name) in enumerate(zip(self.ROWS, names, strict=True), start=1):
            # Wrapped when narrow: with five columns, at 1280 pixels the long names
            # would otherwise push the page wider than the window.
            name_label = QLabel(name)
            name_label.setWordWrap(True)
            self._grid.addWidget(name_label, row, 0)
            self.cells[key] = []
            for column in range(1, 5):
                cell = QLabel()
                cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self._grid.addWidget(cell, row, column)
                self.cells[key].append(cell)
        self._grid.setColumnStretch(0, 1)
        note = QLabel(
            self.tr(
                "Trips count in the year they start. The council report's costs are "
                "travel and stay plus other costs; total costs add the CO2 offset. "
                "Planned trips count with their estimate; actual minus estimate is over "
                "the trips made that have both. CO2 per traveller is the reported CO2 "
                "divided by the officials travelling, each counted once per trip."
            )
        )
        note.setWordWrap(True)
        muted(note)
        # While the year runs: which period both years are counted over.
        self.period = muted(QLabel())
        self.period.setWordWrap(True)
        # Which trips the sums leave out: unknown is not zero, and the sum says so.
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setVisible(False)
        # How the trips made relate to the policy in force (issue 23).
        self.policy = QLabel()
        self.policy.setWordWrap(True)
        self.policy.setAccessibleName(self.tr("Trips and the policy"))
        self.policy.setVisible(False)
        self.body.addLayout(self._grid)
        self.body.addWidget(self.policy)
        self.body.addWidget(self.missing)
        self.body.addWidget(self.period)
        self.body.addWidget(note)
        self.body.addStretch(1)

    def set_policy(self, sentence: str | None) -> None:
        """What the year's trips made say about the policy, or nothing."""
        self.policy.setVisible(sentence is not None)
        self.policy.setText(
            self.tr("Against the policy: {sentence}.").format(sentence=sentence) if sentence else ""
        )

    def set_figures(self, figures: YearComparison) -> None:
        year = figures.year
        header_texts = (
            self._done_header(year - 1, figures.until_last_year),
            self._done_header(year, figures.until),
            self.tr("Difference"),
            # What planned trips cost is known only as an estimate, where one is given.
            self.tr("{year}\nplanned\n(estimated)").format(year=year),
        )
        self.period.setVisible(figures.until is not None)
        if figures.until is not None and figures.until_last_year is not None:
            self.period.setText(
                self.tr(
                    "The same period of both years: trips made from 1 January to {this} "
                    "against those from 1 January to {last}."
                ).format(this=long_date(figures.until), last=long_date(figures.until_last_year))
            )
        for label, text in zip(self._headers, header_texts, strict=True):
            label.setText(text)
        last, this, planned = (
            figures.done_last_year,
            figures.done_this_year,
            figures.planned_this_year,
        )
        values = {
            "council_costs": _row(last.council_costs, this.council_costs, planned.council_costs),
            "costs": _row(last.costs, this.costs, planned.costs),
            "co2": _row(last.co2, this.co2, planned.co2, "tonnes"),
            "co2_estimate": _row(
                last.co2_estimate, this.co2_estimate, planned.co2_estimate, "tonnes"
            ),
            "cancellation": (
                money(last.cancellation.known),
                money(this.cancellation.known),
                difference_text(this.cancellation.known, last.cancellation.known, "money"),
                money(planned.cancellation.known),
            ),
            "estimate": (
                _against_estimate(last),
                _against_estimate(this),
                "-",
                "-",
            ),
            "co2_per_traveller": (
                shown(last.co2_per_traveller, tonnes),
                shown(this.co2_per_traveller, tonnes),
                difference_text(this.co2_per_traveller, last.co2_per_traveller, "tonnes"),
                shown(planned.co2_per_traveller, tonnes),
            ),
            "co2_offset": _row(last.co2_offset, this.co2_offset, planned.co2_offset),
            "trips": (
                str(last.trips),
                str(this.trips),
                difference_text(this.trips, last.trips, "count"),
                str(planned.trips),
            ),
        }
        for key, texts in values.items():
            for cell, text in zip(self.cells[key], texts, strict=True):
                cell.setText(text)
        notes = []
        if not last.trips and this.trips:
            # A year without a trip made is compared as nothing: say so rather than
            # let "+278 t" read as a rise.
            notes.append(
                self.tr(
                    "{column}: no trips made are recorded, so the differences are against nothing."
                ).format(column=header_texts[0].replace("\n", " "))
            )
        for header, column in zip(
            (header_texts[0], header_texts[1], header_texts[3]), (last, this, planned), strict=True
        ):
            parts = [
                note
                for note in (
                    missing_note(column.costs, Figure.TOTAL_COSTS),
                    missing_note(column.co2, Figure.CO2),
                    missing_note(column.co2_estimate, Figure.CO2_ESTIMATE),
                    missing_note(column.co2_offset, Figure.CO2_OFFSET),
                )
                if note
            ]
            if parts:
                notes.append(
                    self.tr("{column}: {notes}.").format(
                        column=header.replace("\n", " "), notes="; ".join(parts)
                    )
                )
        self.missing.setText("\n".join(notes))
        self.missing.setVisible(bool(notes))

    def _done_header(self, year: int, until: dt.date | None) -> str:
        """ "2025\ndone" for a whole year, "2025\nto 4 December\ndone" for part of one (three
        short lines keep the column narrow enough for 1280 pixels)."""
        if until is None:
            return self.tr("{year}\ndone").format(year=year)
        return self.tr("{year}\nto {day}\ndone").format(year=year, day=day_month(until))


def _row(last: KnownSum, this: KnownSum, planned: KnownSum, kind: str = "money") -> tuple[str, ...]:
    """Last year, this year, the difference in sign and words, planned: "onbekend" where
    no trip knows the figure (unknown is not zero)."""
    notation = tonnes if kind == "tonnes" else money
    return (
        shown_sum(last, notation),
        shown_sum(this, notation),
        difference_text(this.value, last.value, kind),
        shown_sum(planned, notation),
    )


def _against_estimate(figures: TripFigures) -> str:
    """+ € 1.200,00 (more spent than estimated), over the trips with both; "-" for none."""
    if not figures.compared:
        return "-"
    return change(figures.actual - figures.estimated)

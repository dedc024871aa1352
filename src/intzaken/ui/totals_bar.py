"""The totals under a list with amounts: a pinned line, not a row of the list, so it is
never sorted, searched or opened, and it adds up what the search and filters leave."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QFrame, QTableView, QWidget

from .register_model import RegisterModel

Index = QModelIndex | QPersistentModelIndex


class TotalsModel(QAbstractTableModel):
    """One row: the list's totals, and `label` ("Totaal") just left of the first."""

    def __init__(self, source: RegisterModel, label: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = source
        self._label = label
        self._texts: list[str] = []
        self._label_column = -1
        self._right_aligned: set[int] = set()

    def refresh(self, *, loading: bool) -> None:
        """The totals of the rows the list shows now (nothing while it is still loading:
        the first rows' sum is not the list's)."""
        self.beginResetModel()
        totals = self._source.totals()
        self._texts = [""] * len(totals) if loading else list(totals)
        # Beside the first column that adds up, whether or not it has a total now.
        added = self._source.totalled_columns()
        self._right_aligned = set(added)
        self._label_column = max(added[0] - 1, 0) if added else -1
        if self._label_column >= 0 and not loading:
            self._texts[self._label_column] = self._label
            self._right_aligned.add(self._label_column)
        self.endResetModel()

    def text(self, column: int) -> str:
        return self._texts[column] if column < len(self._texts) else ""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._source.columnCount()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._right_aligned:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class TotalsBar(QTableView):
    """The totals line under `table`, its columns kept as wide and as far scrolled as the
    list's."""

    def __init__(
        self, table: QTableView, source: RegisterModel, label: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.totals = TotalsModel(source, label, self)
        self.setModel(self.totals)
        self.horizontalHeader().hide()
        self.verticalHeader().hide()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        font = QFont(self.font())
        font.setBold(True)
        self.setFont(font)
        height = self.fontMetrics().height() + 8
        self.verticalHeader().setDefaultSectionSize(height)
        self.setFixedHeight(height + 2)
        # Left and right edges as the list's cells: its frame and its vertical scroll bar.
        frame = table.frameWidth()
        self.setViewportMargins(frame, 0, frame, 0)
        self._table = table
        header = table.horizontalHeader()
        header.sectionResized.connect(
            lambda column, _old, width: self.setColumnWidth(column, width)
        )
        header.sectionMoved.connect(lambda *_: self.match_columns())
        table.horizontalScrollBar().valueChanged.connect(self.horizontalScrollBar().setValue)
        self.totals.modelReset.connect(self.match_columns)

    def match_columns(self) -> None:
        header = self._table.horizontalHeader()
        for column in range(self.totals.columnCount()):
            self.setColumnWidth(column, header.sectionSize(column))
            self.setColumnHidden(column, header.isSectionHidden(column))
        self.horizontalScrollBar().setValue(self._table.horizontalScrollBar().value())

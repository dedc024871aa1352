"""The programme as a list grouped by day: a heading per day (weekday and date), under it
the items with their times, activity, place and the people met. Items are dragged to
another place or day; the drop is handed to the editor, which moves the item itself."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QDropEvent, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ...formatting import weekday_date
from ...services.data import ProgrammeItemData
from .operations import Items, lacks_talking_points

Index = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-intzaken-programme-item"
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the item's index in the list, or None
DAY_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Row:
    day: dt.date | None
    item: int | None  # None: the day's heading


def time_span(item: ProgrammeItemData) -> str:
    start = item.time.strftime("%H:%M") if item.time else ""
    end = item.end_time.strftime("%H:%M") if item.end_time else ""
    return f"{start}–{end}" if end else start


class ProgrammeListModel(QAbstractListModel):
    """Rows over the editor's items; `texts` are the words it shows (translated by the
    view, which is a QObject with tr)."""

    def __init__(self, items: Items, parent: Any = None) -> None:
        super().__init__(parent)
        self.items = items
        self.rows: list[Row] = []
        self.contact_names: dict[int, str] = {}
        self.problem_items: set[int] = set()
        self.texts = {"no_day": "", "no_activity": "", "no_points": "", "problem": ""}
        self.rebuild()

    def rebuild(self) -> None:
        self.beginResetModel()
        self.rows = []
        day: Any = object()
        for index, item in enumerate(self.items):
            if item.day != day:
                day = item.day
                self.rows.append(Row(day, None))
            self.rows.append(Row(item.day, index))
        self.endResetModel()

    def row_of_item(self, index: int) -> int:
        return next(n for n, row in enumerate(self.rows) if row.item == index)

    def item_changed(self, index: int) -> None:
        model_index = self.index(self.row_of_item(index))
        self.dataChanged.emit(model_index, model_index)

    # Qt's model interface.

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ITEM_ROLE:
            return row.item
        if role == DAY_ROLE:
            return row.day
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if row.item is None:
                return weekday_date(row.day) if row.day else self.texts["no_day"]
            return self._item_text(row.item)
        return None

    def activity(self, index: int) -> str:
        """The activity's first line, or a word saying it is still to be named."""
        text = self.items[index].activity.strip()
        return text.splitlines()[0] if text else self.texts["no_activity"]

    def _item_text(self, index: int) -> str:
        return f"{time_span(self.items[index])}  {self.activity(index)}".strip()

    def details(self, index: int) -> str:
        """The second line: where, and who is met."""
        item = self.items[index]
        names = [self.contact_names.get(c, "?") for c in item.contact_ids]
        return " · ".join(part for part in (item.place, ", ".join(names)) if part)

    def marker(self, index: int) -> str:
        if index in self.problem_items:
            return self.texts["problem"]
        return self.texts["no_points"] if lacks_talking_points(self.items[index]) else ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if index.isValid() and self.rows[index.row()].item is not None:
            flags |= Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        items = [self.rows[i.row()].item for i in indexes if self.rows[i.row()].item is not None]
        if items:
            data.setData(MIME_TYPE, QByteArray(str(items[0]).encode()))
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction


class ProgrammeDelegate(QStyledItemDelegate):
    """Day headings as bands; items on two lines with the time in a column of its own and
    a marker at the right (talking points missing, a problem)."""

    def __init__(self, model: ProgrammeListModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = model

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        height = option.fontMetrics.height()
        if index.data(ITEM_ROLE) is None:
            return QSize(200, height + 12)
        return QSize(200, 2 * height + 12)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = index.data(ITEM_ROLE)
        rect: QRect = option.rect
        painter.save()
        metrics = option.fontMetrics
        if item is None:
            painter.fillRect(rect, option.palette.color(QPalette.ColorRole.AlternateBase))
            font = QFont(option.font)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(option.palette.color(QPalette.ColorRole.Text))
            text = str(index.data(Qt.ItemDataRole.DisplayRole))
            painter.drawText(rect.adjusted(6, 0, -6, 0), Qt.AlignmentFlag.AlignVCenter, text)
            painter.restore()
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, option.palette.color(QPalette.ColorRole.Highlight))
        text_colour = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        programme_item = self.model.items[item]
        time_width = metrics.horizontalAdvance("00:00–00:00") + 12
        marker = self.model.marker(item)
        marker_width = metrics.horizontalAdvance(marker) + 12 if marker else 0
        top = rect.adjusted(18, 5, -6 - marker_width, 0)
        top.setHeight(metrics.height())
        painter.setPen(text_colour)
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft, time_span(programme_item))
        first_line = top.adjusted(time_width, 0, 0, 0)
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        shown = self.model.activity(item)
        painter.drawText(
            first_line,
            Qt.AlignmentFlag.AlignLeft,
            painter.fontMetrics().elidedText(
                shown, Qt.TextElideMode.ElideRight, first_line.width()
            ),
        )
        painter.setFont(option.font)
        second = first_line.translated(0, metrics.height() + 2)
        if not selected:
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            second,
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(
                self.model.details(item), Qt.TextElideMode.ElideRight, second.width()
            ),
        )
        if marker:
            colour = QColor("#b3261e") if item in self.model.problem_items else QColor("#9a5b00")
            painter.setPen(text_colour if selected else colour)
            marker_rect = QRect(
                rect.right() - marker_width, rect.top() + 5, marker_width - 6, metrics.height()
            )
            painter.drawText(marker_rect, Qt.AlignmentFlag.AlignRight, marker)
        painter.restore()


class ProgrammeListView(QListView):
    """dropped(item index, day, position within the day): where the user dropped an item.
    The view never moves rows itself; the editor does, keeping the list grouped."""

    dropped = Signal(int, object, int)
    key_action = Signal(str)  # "up", "down", "insert", "delete", "duplicate"

    def __init__(self, model: ProgrammeListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.programme = model
        self.setItemDelegate(ProgrammeDelegate(model, self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setUniformItemSizes(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def drop_target(self, index: QModelIndex, lower_half: bool) -> tuple[Any, int]:
        """The day and position within it that a drop on `index` means."""
        rows = self.programme.rows
        if not index.isValid():
            last = rows[-1] if rows else Row(None, None)
            count = sum(1 for r in rows if r.item is not None and r.day == last.day)
            return last.day, count
        row = rows[index.row()]
        if row.item is None:
            return row.day, 0
        same_day = [r.item for r in rows if r.item is not None and r.day == row.day]
        position = same_day.index(row.item) + (1 if lower_half else 0)
        return row.day, position

    def dropEvent(self, event: QDropEvent) -> None:
        data = event.mimeData()
        if not data.hasFormat(MIME_TYPE):
            event.ignore()
            return
        source = int(bytes(data.data(MIME_TYPE).data()).decode())
        point = event.position().toPoint()
        index = self.indexAt(point)
        lower = index.isValid() and point.y() > self.visualRect(index).center().y()
        day, position = self.drop_target(index, lower)
        # Nothing for Qt to remove afterwards: the editor has moved the item already.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        self.dropped.emit(source, day, position)

    def current_item(self) -> int | None:
        index = self.currentIndex()
        return index.data(ITEM_ROLE) if index.isValid() else None

    def select_item(self, item: int | None) -> None:
        if item is None:
            self.clearSelection()
            self.setCurrentIndex(QModelIndex())
            return
        index = self.model().index(self.programme.row_of_item(item), 0)
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def keyPressEvent(self, event: Any) -> None:
        key, modifiers = event.key(), event.modifiers()
        alt = modifiers & Qt.KeyboardModifier.AltModifier
        if alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.key_action.emit("up" if key == Qt.Key.Key_Up else "down")
            return
        if key == Qt.Key.Key_D and modifiers & Qt.KeyboardModifier.ControlModifier:
            self.key_action.emit("duplicate")  # also a shortcut of the whole editor
            return
        if key == Qt.Key.Key_Insert:
            self.key_action.emit("insert")
            return
        if key == Qt.Key.Key_Delete:
            self.key_action.emit("delete")
            return
        super().keyPressEvent(event)

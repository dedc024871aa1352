"""The painted calendar: day columns, a row per month, each trip a bar over its days and
each follow-up deadline a diamond on its day, each EU project date a square. Hovering
names what is under the pointer; the arrow keys go from one trip, deadline or project date
to the next, Enter or a double click opens its trip or project, Page Up/Down turn to the
previous or next month or year."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from ...domain.enums import DatePrecision
from ...domain.labels import label
from ...formatting import long_date, month_name, weekday_letter
from ...registers import RegisterKey
from ...services.project_calendar import CalendarProjectDate
from ...services.trip_calendar import CalendarDeadline, CalendarTrip
from .layout import CalendarLayout, CalendarRow, View
from .style import (
    DEADLINE_DONE,
    DEADLINE_OPEN,
    SIGNS,
    STYLES,
    TODAY_COLOUR,
    paint_bar,
    paint_deadline,
    paint_project_date,
    project_sign,
)

MARGIN = 8
DEADLINE_HEIGHT = 16  # the strip of deadline markers above each row's trips
ROW_GAP = 10


@dataclass(frozen=True)
class Hit:
    """Something on the calendar the pointer or the keyboard can reach."""

    rect: QRectF
    trip_id: int
    text: str  # what hovering shows and a screen reader says
    trip: CalendarTrip | None = None  # a trip's bar (or one month's piece of it)
    deadline: CalendarDeadline | None = None  # or a deadline's diamond
    project: CalendarProjectDate | None = None  # or a project date's square (trip_id: its id)

    @property
    def register(self) -> str:
        """Where the record it opens is: the trip, or the EU project."""
        return RegisterKey.PROJECTS if self.project is not None else RegisterKey.TRIPS


class CalendarView(QWidget):
    open_trip = Signal(int)
    open_project = Signal(int)
    turn = Signal(int)  # -1: previous month or year, +1: next
    current_changed = Signal(str)  # the text of the trip or deadline the keyboard is on

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Calendar"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.layout_: CalendarLayout | None = None
        self.view = View.MONTH
        self.today = dt.date.today()
        self.hits: list[Hit] = []
        self.current = -1  # index into hits of the keyboard's place

    # --- data and geometry ---------------------------------------------------------------
    def set_layout(self, layout: CalendarLayout, view: View, today: dt.date) -> None:
        self.layout_, self.view, self.today = layout, view, today
        self.current = -1
        self._place()
        self.updateGeometry()
        self.update()

    def _metrics(self) -> tuple[float, float, float]:
        """Row label width, header height, lane height, from the font."""
        line = self.fontMetrics().height()
        label_width = 0.0
        if self.view is View.YEAR:
            label_width = (
                max(
                    self.fontMetrics().horizontalAdvance(month_name(dt.date(2000, m, 1)))
                    for m in range(1, 13)
                )
                + 14.0
            )
        header = line * (2 if self.view is View.MONTH else 1) + 8
        return label_width, header, line + 10

    def _column_width(self) -> float:
        assert self.layout_ is not None
        label_width, _, _ = self._metrics()
        return (self.width() - 2 * MARGIN - label_width) / self.layout_.columns

    def _x(self, column: int) -> float:
        return MARGIN + self._metrics()[0] + column * self._column_width()

    def _row_tops(self) -> tuple[float, list[float]]:
        """The top of the year-only band's lanes and of each row."""
        assert self.layout_ is not None
        _, header, lane = self._metrics()
        top = MARGIN + header
        band_top = top
        if self.layout_.year_only:
            top += self.fontMetrics().height() + 4 + len(self.layout_.year_only) * lane + ROW_GAP
        tops = []
        for row in self.layout_.rows:
            tops.append(top)
            top += DEADLINE_HEIGHT + row.lanes * lane + ROW_GAP
        return band_top, tops

    def sizeHint(self) -> QSize:  # noqa: N802
        if self.layout_ is None:
            return QSize(600, 200)
        _, lane = self._metrics()[1:]
        _, tops = self._row_tops()
        last = self.layout_.rows[-1]
        height = tops[-1] + DEADLINE_HEIGHT + last.lanes * lane + MARGIN
        return QSize(600, round(height))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(400, self.sizeHint().height())

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        """Where every bar and marker is, in reading order: the year band, then per row
        its deadlines and its trips, top to bottom and left to right."""
        self.hits = []
        if self.layout_ is None:
            return
        _, _, lane = self._metrics()
        band_top, tops = self._row_tops()
        line = self.fontMetrics().height()
        for index, trip in enumerate(self.layout_.year_only):
            rect = QRectF(
                self._x(0),
                band_top + line + 4 + index * lane + 2,
                self._x(self.layout_.columns) - self._x(0),
                lane - 4,
            )
            self.hits.append(Hit(rect, trip.trip_id, self._trip_text(trip), trip=trip))
        width = self._column_width()
        size = DEADLINE_HEIGHT - 4
        for row, top in zip(self.layout_.rows, tops, strict=True):
            markers = self._marker_rects(row, top, width, size)
            for deadline in row.deadlines:
                rect = markers.pop(0)
                sign = DEADLINE_DONE if deadline.done else DEADLINE_OPEN
                text = self.tr("{sign} {description}: due {date} ({state}), of {trip}").format(
                    sign=sign,
                    description=deadline.description,
                    date=long_date(deadline.due),
                    state=self.tr("done") if deadline.done else self.tr("open"),
                    trip=deadline.trip_title,
                )
                self.hits.append(Hit(rect, deadline.trip_id, text, deadline=deadline))
            for project in row.project_dates:
                text = self.tr("{sign} {what} of EU project {project}: {date} ({status})").format(
                    sign=project_sign(project.open),
                    what=project.what,
                    project=project.project,
                    date=long_date(project.due),
                    status=label(project.status),
                )
                self.hits.append(Hit(markers.pop(0), project.project_id, text, project=project))
            for piece in sorted(row.pieces, key=lambda p: (p.lane, p.first_column)):
                rect = QRectF(
                    self._x(piece.first_column) + 1,
                    top + DEADLINE_HEIGHT + piece.lane * lane + 2,
                    (piece.last_column - piece.first_column + 1) * width - 2,
                    lane - 4,
                )
                self.hits.append(
                    Hit(rect, piece.trip.trip_id, self._trip_text(piece.trip), trip=piece.trip)
                )
        self.hits.sort(key=lambda h: (round(h.rect.top()), h.rect.left()))

    def _marker_rects(
        self, row: CalendarRow, top: float, width: float, size: float
    ) -> list[QRectF]:
        """Where the row's deadlines, then its project dates, go: on their day, side by
        side when a day has more than one (overlapping a little in a narrow year)."""
        days = [d.due for d in row.deadlines] + [p.due for p in row.project_dates]
        step = min(size + 2, width * 0.8 / max(1, max((days.count(d) for d in days), default=1)))
        seen: dict[dt.date, int] = {}
        rects = []
        for day in days:
            index, count = seen.get(day, 0), days.count(day)
            seen[day] = index + 1
            x = self._x(day.day - 1) + width / 2 + (index - (count - 1) / 2) * step
            y = top + DEADLINE_HEIGHT / 2
            rects.append(QRectF(x - size / 2, y - size / 2, size, size))
        return rects

    def _trip_text(self, trip: CalendarTrip) -> str:
        parts = [f"{SIGNS[trip.status]} {trip.title}", trip.when, label(trip.status)]
        if trip.destinations:
            parts.append(trip.destinations)
        return " · ".join(parts)

    # --- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if self.layout_ is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        self._paint_header(painter)
        band_top, tops = self._row_tops()
        if self.layout_.year_only:
            painter.setPen(palette.text().color())
            line = self.fontMetrics().height()
            painter.drawText(
                QRectF(self._x(0), band_top, self.width(), line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.tr("Known only by the year:"),
            )
        for row, top in zip(self.layout_.rows, tops, strict=True):
            self._paint_row_ground(painter, row, top)
        for index, hit in enumerate(self.hits):
            self._paint_hit(painter, hit, selected=index == self.current)
        painter.end()

    def _paint_header(self, painter: QPainter) -> None:
        assert self.layout_ is not None
        line = self.fontMetrics().height()
        width = self._column_width()
        muted = self.palette().placeholderText().color()
        first = self.layout_.rows[0].first
        for column in range(self.layout_.columns):
            rect = QRectF(self._x(column), MARGIN, width, line)
            painter.setPen(muted)
            if self.view is View.MONTH:
                day = first.replace(day=column + 1)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, weekday_letter(day))
                rect = rect.translated(0, line)
                painter.setPen(TODAY_COLOUR if day == self.today else self.palette().text().color())
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(column + 1))

    def _paint_row_ground(self, painter: QPainter, row: CalendarRow, top: float) -> None:
        """The row's days (weekends shaded, days a short month lacks blank), its month
        name in the year view, and today's line."""
        assert self.layout_ is not None
        _, _, lane = self._metrics()
        height = DEADLINE_HEIGHT + row.lanes * lane
        width = self._column_width()
        palette = self.palette()
        grid = palette.mid().color()
        grid.setAlpha(70)
        for column in range(self.layout_.columns):
            rect = QRectF(self._x(column), top, width, height)
            if column >= row.last.day:
                painter.fillRect(rect, palette.window().color().darker(104))
                continue
            weekend = row.first.replace(day=column + 1).weekday() >= 5
            painter.fillRect(rect, palette.window() if weekend else palette.base())
            painter.setPen(QPen(grid, 1))
            painter.drawLine(rect.topLeft(), rect.bottomLeft())
        painter.setPen(QPen(grid, 1))
        painter.drawRect(QRectF(self._x(0), top, self._x(row.last.day) - self._x(0), height))
        if self.view is View.YEAR:
            painter.setPen(palette.text().color())
            painter.drawText(
                QRectF(MARGIN, top, self._metrics()[0] - 6, height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                month_name(row.first),
            )
        if row.first <= self.today <= row.last:
            x = self._x(self.today.day - 1) + width / 2
            painter.setPen(QPen(TODAY_COLOUR, 2))
            painter.drawLine(QPointF(x, top - 2), QPointF(x, top + height + 2))

    def _paint_hit(self, painter: QPainter, hit: Hit, *, selected: bool) -> None:
        trip = hit.trip
        if hit.project is not None:
            paint_project_date(
                painter, hit.rect.center(), hit.rect.height(), open_=hit.project.open
            )
            if selected:
                painter.setPen(QPen(self.palette().highlight().color(), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(hit.rect.adjusted(-3, -3, 3, 3))
            return
        if trip is None:  # a deadline
            assert hit.deadline is not None
            paint_deadline(painter, hit.rect.center(), hit.rect.height(), done=hit.deadline.done)
            if selected:
                painter.setPen(QPen(self.palette().highlight().color(), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(hit.rect.adjusted(-3, -3, 3, 3))
            return
        vague = trip.precision is not DatePrecision.DAY
        paint_bar(painter, hit.rect, trip.status, vague=vague, selected=selected)
        text = f"{SIGNS[trip.status]} {trip.title}"
        if vague:
            text += f" ({trip.when})"
        painter.setPen(STYLES[trip.status].text)
        inner = hit.rect.adjusted(5, 0, -4, 0)
        shown = self.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideRight, round(inner.width())
        )
        if vague:  # on the hatching the text needs a ground of its own to stay readable
            ground = QRectF(
                inner.left() - 2,
                inner.top() + 2,
                self.fontMetrics().horizontalAdvance(shown) + 4,
                inner.height() - 4,
            )
            painter.fillRect(ground, STYLES[trip.status].fill)
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)

    # --- pointer and keyboard -----------------------------------------------------------
    def hit_at(self, position: QPointF) -> int:
        for index, hit in enumerate(self.hits):
            if hit.rect.adjusted(-2, -2, 2, 2).contains(position):
                return index
        return -1

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event = QHelpEvent(event)  # type: ignore[call-overload]
            index = self.hit_at(QPointF(help_event.pos()))
            if index >= 0:
                QToolTip.showText(help_event.globalPos(), self.hits[index].text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index = self.hit_at(event.position())
        if index >= 0:
            self.set_current(index)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index = self.hit_at(event.position())
        if index >= 0:
            self.open_hit(self.hits[index])

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) and self.hits:
            self.set_current(min(self.current + 1, len(self.hits) - 1))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up) and self.hits:
            self.set_current(max(self.current - 1, 0))
        elif key == Qt.Key.Key_Home and self.hits:
            self.set_current(0)
        elif key == Qt.Key.Key_End and self.hits:
            self.set_current(len(self.hits) - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current >= 0:
            self.open_hit(self.hits[self.current])
        elif key == Qt.Key.Key_PageUp:
            self.turn.emit(-1)
        elif key == Qt.Key.Key_PageDown:
            self.turn.emit(1)
        else:
            super().keyPressEvent(event)

    def open_hit(self, hit: Hit) -> None:
        if hit.project is not None:
            self.open_project.emit(hit.trip_id)
        else:
            self.open_trip.emit(hit.trip_id)

    def set_current(self, index: int) -> None:
        self.current = index
        text = self.hits[index].text if index >= 0 else ""
        self.setAccessibleDescription(text)
        self.current_changed.emit(text)
        self.update()

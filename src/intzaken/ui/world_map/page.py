"""The "Kaart" page: the world with the organisation's home place, the relations as
markers by kind and status, the trips of a chosen year as lines from home, and the
countries shaded by how often they were visited that year (issue 20).

The data is one Qt-free service call (services/map_data.py) on a worker thread. The page
opens on this year when it has trips, else on the latest year that has (a demo dated
years back). Under the map the same places as a list, for the keyboard and a screen
reader as much as for the mouse.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from ...domain.labels import label
from ...services.map_data import MapData, default_year, map_data, trip_years
from ...world_map.projection import REGIONS, region_bounds
from ..dashboard_panels import ListPanel, Row, muted
from ..page_reader import PageReader
from ..workspace import Workspace
from .drawing import country_paths, trip_lines
from .style import Legend
from .view import MapView

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

LIST_ROWS = 6


class MapPage(QWidget):
    open_record = Signal(str, int)  # register, record id
    refreshed = Signal()  # the map shows the year as the file has it now

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setAccessibleName(self.tr("Map"))
        self.year: int | None = None  # None: the year the data suggests
        self.data: MapData | None = None
        self.reader = PageReader(self, workspace, self._reading, self._show)
        workspace.opened.connect(self._file_opened)
        self._build()

    def _build(self) -> None:
        self.year_label = QLabel(self.tr("&Year:"))
        self.year_box = QComboBox()
        self.year_box.setToolTip(self.tr("The trips and visits of this year"))
        # A file without trips has no year to choose: say so rather than show an empty box.
        self.year_box.setPlaceholderText(self.tr("no trips"))
        self.year_label.setBuddy(self.year_box)
        self.year_box.activated.connect(self._year_chosen)
        self.region_label = QLabel(self.tr("&Region:"))
        self.region_box = QComboBox()
        self.region_box.setToolTip(self.tr("The whole world, or Europe up close"))
        self.region_label.setBuddy(self.region_box)
        for key, name in (("world", self.tr("World")), ("europe", self.tr("Europe"))):
            self.region_box.addItem(name, key)
        self.region_box.currentIndexChanged.connect(self._region_chosen)
        self.summary = muted(QLabel())
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year_box)
        top.addSpacing(12)
        top.addWidget(self.region_label)
        top.addWidget(self.region_box)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)

        self.view = MapView()
        self.view.open_record.connect(self.open_record)
        self.place_label = muted(QLabel())  # what the keyboard is on, in words
        self.view.current_changed.connect(self.place_label.setText)
        # Titled from the start: a title set later left the card's fixed-height label at the
        # height of an empty one (a pixel short of its text, at large text).
        self.items = ListPanel(
            self.tr("On the map"),
            [self.tr("Place"), self.tr("Trip or relation"), self.tr("Status")],
            self.tr("Places on the map"),
            stretch_column=1,
            visible_rows=LIST_ROWS,
        )
        self.items.activated.connect(self.open_record)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(12, 12, 12, 12)
        column.setSpacing(8)
        column.addLayout(top)
        column.addWidget(Legend())
        column.addWidget(self.view, 10)
        column.addWidget(self.place_label)
        column.addWidget(self.items)
        self._no_database = QLabel(self.tr("No database is open."))
        self._no_database.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Scrolled rather than squeezed when the text is large and the window small: a
        # label pressed below its height is cut (the accessibility walk checks).
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(content)
        self._pages = QStackedLayout(self)
        self._pages.addWidget(scroller)
        self._pages.addWidget(self._no_database)

    # --- reading ----------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if self.reader.stale:
            self.refresh()

    def _file_opened(self) -> None:
        self.year = None
        self.reader.schedule()

    def refresh(self) -> None:
        """Read the map again off the GUI thread, then redraw."""
        has_file = self.reader.read()
        self._pages.setCurrentIndex(0 if has_file else 1)

    def show_year(self, year: int) -> None:
        self.year = year
        self.refresh()

    def _year_chosen(self, index: int) -> None:
        year = self.year_box.itemData(index)
        if isinstance(year, int) and year != self.year:
            self.show_year(year)

    def _region_chosen(self, index: int) -> None:
        key = self.region_box.itemData(index)
        self.view.set_bounds(None if key == "world" else region_bounds(*REGIONS[key]))
        self.place_label.clear()

    def _reading(self) -> Callable[[Session], MapData]:
        year, this_year = self.year, self.workspace.today().year

        def read(session: Session) -> MapData:
            chosen = year if year is not None else default_year(trip_years(session), this_year)
            data = map_data(session, chosen)
            # The outlines projected and the lines made here, off the GUI thread (paths
            # are plain values): the first paint only draws.
            country_paths()
            trip_lines(data)
            return data

        return read

    # --- showing ----------------------------------------------------------------------------
    def _show(self, data: MapData) -> None:
        self.data = data
        self.year = data.year
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for year in data.years:
            self.year_box.addItem(str(year), year)
        if data.year is not None:
            self.year_box.setCurrentIndex(self.year_box.findData(data.year))
        self.year_box.blockSignals(False)
        self.year_box.setEnabled(bool(data.years))
        self.view.set_data(data)
        self.place_label.clear()
        self.summary.setText(self._summary(data))
        self.view.setAccessibleDescription(self.summary.text())
        self._show_list(data)
        self.refreshed.emit()

    def _summary(self, data: MapData) -> str:
        parts = [self.tr("%n relation(s)", "", len(data.relations))]
        if data.year is not None:
            parts.append(
                self.tr("%n trip(s) in {year}", "", len(data.trips)).format(year=data.year)
            )
            # Planned trips count too (services/map_data.py): "visited" would say more
            # than is known of a year still to come.
            parts.append(self.tr("%n destination country(s)", "", len(data.visits)))
        elif not data.years:
            parts.append(self.tr("no trips recorded yet"))
        if data.home is None:
            parts.append(
                self.tr("no home place set (Settings → Your organisation): trips drawn without it")
            )
        return "; ".join(parts)

    def _show_list(self, data: MapData) -> None:
        # Every trip of the year, its places as far as they are on the map.
        rows = [
            Row(
                (", ".join(p.name for p in trip.destinations), trip.title, label(trip.status)),
                "trips",
                trip.trip_id,
            )
            for trip in data.trips
        ]
        rows += [
            Row(
                (relation.place.name, label(relation.kind), label(relation.status)),
                "relations",
                relation.relation_id,
            )
            for relation in data.relations
        ]
        self.items.set_rows(rows, self.tr("Nothing on the map yet."))

"""The map page's load and paint in a fresh process, for benchmarks/world_map.py (run by
probe.py's "map" mode, whose folder is on the path). Prints one line `RESULT {json}`.

Each run reads the year's map through the service in a new session (as the page's
worker does) and paints it into an image the size of the page's map at the given pixel
ratio (as its paintEvent does). The first run also projects the country outlines, once
per process; it is reported apart. The floor paints the same outlines as plain
polygons, already projected, in one colour: what any vector world map costs.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

SIZE = (1200, 640)  # the map's part of a 1280 × 800 window


def world_map(database: str, year: int, runs: int, ratio: float) -> None:
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPolygonF

    from intzaken.services.map_data import map_data
    from intzaken.store.database import open_database
    from intzaken.ui.world_map.drawing import MapPicture, map_transform
    from intzaken.world_map.outlines import country_outlines
    from intzaken.world_map.projection import project

    app = QGuiApplication.instance() or QGuiApplication([])
    opened = open_database(Path(database), daily_backup=False)
    rect = QRectF(0, 0, *SIZE)

    def image() -> QImage:
        # Premultiplied, as a window's backing store: plain ARGB32 paints three times slower.
        made = QImage(
            round(SIZE[0] * ratio),
            round(SIZE[1] * ratio),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        made.setDevicePixelRatio(ratio)
        return made

    def load_and_paint() -> tuple[float, float, int]:
        start = time.perf_counter()
        with opened.sessions() as session:
            data = map_data(session, year)
        loaded = time.perf_counter()
        target = image()
        painter = QPainter(target)
        MapPicture(data, rect).paint(painter)
        painter.end()
        return loaded - start, time.perf_counter() - loaded, len(data.trips)

    first_load, first_paint, trips = load_and_paint()
    loads, paints, totals = [], [], []
    for _ in range(runs):
        load, paint, _trips = load_and_paint()
        loads.append(load)
        paints.append(paint)
        totals.append(load + paint)

    transform = map_transform(rect)
    polygons = [
        transform.map(QPolygonF([QPointF(*project(lon, lat)) for lon, lat in ring]))
        for outline in country_outlines()
        for ring in outline.rings
    ]
    floors = []
    for _ in range(runs):
        start = time.perf_counter()
        target = image()
        painter = QPainter(target)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor("#e2e5e9"))
        for polygon in polygons:
            painter.drawPolygon(polygon)
        painter.end()
        floors.append(time.perf_counter() - start)
    opened.close()
    del app
    sys.stdout.write(
        "RESULT "
        + json.dumps(
            {
                "seconds": totals,
                "load": loads,
                "paint": paints,
                "floor": floors,
                "first": first_load + first_paint,
                "trips": trips,
            }
        )
        + "\n"
    )

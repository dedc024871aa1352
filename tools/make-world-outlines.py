"""Make resources/map/countries-110m.json from Natural Earth's admin-0 countries at
1:110m (GeoJSON), keeping only what the map draws: each country's ISO 3166-1 alpha-2
code and its rings, in hundredths of a degree.

    .venv/bin/python tools/make-world-outlines.py ne_110m_admin_0_countries.json

The source, its version and licence are in resources/map/README.md; run this again when
a newer Natural Earth release is taken.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "map" / "countries-110m.json"
# Natural Earth 4 leaves ISO_A2 at -99 where a code is disputed or a country's overseas
# parts are split off; the map wants the code our registers use for the land drawn.
CODE_FOR_ADM0 = {"FRA": "FR", "NOR": "NO", "CYN": "CY", "SOL": "SO", "KOS": "XK"}
STEP = 100  # hundredths of a degree: about 1 km, finer than a 1:110m outline holds


def _ring(points: list[list[float]]) -> list[int]:
    flat: list[int] = []
    previous: tuple[int, int] | None = None
    for lon, lat in points:
        point = (round(lon * STEP), round(lat * STEP))
        if point != previous:
            flat.extend(point)
            previous = point
    return flat


def main(source: str) -> None:
    features = json.loads(Path(source).read_text(encoding="utf-8"))["features"]
    countries: dict[str, list[list[int]]] = {}
    for feature in features:
        properties = feature["properties"]
        code = CODE_FOR_ADM0.get(properties["ADM0_A3"], properties["ISO_A2"])
        if not (isinstance(code, str) and len(code) == 2):
            raise SystemExit(f"no ISO code for {properties['ADMIN']}")
        geometry = feature["geometry"]
        polygons = (
            [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        )
        rings = countries.setdefault(code, [])
        rings.extend(_ring(ring) for polygon in polygons for ring in polygon)
    document = {
        "source": "Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries (version 4)",
        "licence": "public domain",
        "step": STEP,
        "countries": [{"code": code, "rings": countries[code]} for code in sorted(countries)],
    }
    text = json.dumps(document, separators=(",", ":"))
    # One country a line: a newer release shows as a readable diff.
    text = text.replace(',{"code"', ',\n{"code"')
    OUT.write_text(text + "\n", encoding="utf-8")
    print(f"{len(countries)} countries, {len(text):,} characters -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])

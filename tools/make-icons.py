"""Render resources/icons/intzaken.svg to the PNG sizes and the Windows .ico.

Run after changing the SVG: .venv/bin/python tools/make-icons.py
The outputs are committed, so building the app needs neither Qt's SVG renderer nor Pillow.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402  (pillow comes with matplotlib)
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "intzaken.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)  # the hicolor theme's usual sizes
ICO = ROOT / "packaging" / "windows" / "intzaken.ico"


def render(renderer: QSvgRenderer, size: int, out: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out)):
        raise OSError(f"cannot write {out}")


def main() -> int:
    QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"{SVG} is not a valid SVG", file=sys.stderr)
        return 1
    for size in PNG_SIZES:
        render(renderer, size, ICONS / f"intzaken-{size}.png")
    # Windows picks the nearest size from the .ico; Pillow scales the largest PNG down.
    largest = Image.open(ICONS / f"intzaken-{max(PNG_SIZES)}.png")
    largest.save(ICO, sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    print(f"wrote {len(PNG_SIZES)} PNGs to {ICONS.relative_to(ROOT)} and {ICO.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

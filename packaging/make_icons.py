"""Render the app icon SVG to the sizes each platform wants.

    python packaging/make_icons.py      # writes resources/icons/{png/*.png,contactbook.ico,.icns}

Qt draws the SVG (QtSvg, part of PySide6); Pillow packs the Windows .ico and macOS .icns.
Run it after changing resources/icons/nl.contactbook.Contactbook.svg; the results are committed.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "nl.contactbook.Contactbook.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data())))


def main() -> int:
    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    (ICONS / "png").mkdir(exist_ok=True)
    images = {size: render(renderer, size) for size in PNG_SIZES}
    for size, image in images.items():
        image.save(ICONS / "png" / f"{size}.png")
    largest = images[max(PNG_SIZES)]
    largest.save(ICONS / "contactbook.ico", sizes=[(s, s) for s in ICO_SIZES])
    largest.save(ICONS / "contactbook.icns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

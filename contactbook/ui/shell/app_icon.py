"""The application icon, drawn in code (no SVG plugin needed at run time).

resources/icons/nl.contactbook.Contactbook.svg is the same drawing for the desktop, the
bundles and the installers; tests/test_packaging.py checks that the two agree.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """A blue address-book card with a person and a green check: kept in order."""
    icon = QIcon()
    for size in _SIZES:
        icon.addPixmap(_draw(size))
    return icon


def _draw(size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(size / 64, size / 64)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#2F5D8A"))
        painter.drawRoundedRect(QRectF(6, 4, 50, 56), 8, 8)
        # The spine of the book.
        painter.setBrush(QColor("#244A6E"))
        painter.drawRoundedRect(QRectF(6, 4, 10, 56), 6, 6)
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawEllipse(QPointF(35, 24), 8, 8)
        shoulders = QPainterPath(QPointF(21, 48))
        shoulders.cubicTo(21, 36, 49, 36, 49, 48)
        shoulders.closeSubpath()
        painter.drawPath(shoulders)
        painter.setBrush(QColor("#2E7D32"))
        painter.setPen(QPen(QColor("#FFFFFF"), 3))
        painter.drawEllipse(QPointF(48, 48), 12, 12)
        check = QPainterPath(QPointF(42.5, 48.5))
        check.lineTo(46.5, 52.5)
        check.lineTo(53.5, 44.5)
        pen = QPen(QColor("#FFFFFF"), 3.5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(check)
    finally:
        painter.end()
    return pixmap

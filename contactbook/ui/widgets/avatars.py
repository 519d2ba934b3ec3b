"""Initials avatars: a coloured circle (person) or rounded square (organisation)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

# Muted mid-dark colours: white initials on each keep a contrast ratio of at least 4.5:1.
_AVATAR_COLOURS = (
    "#3949AB",
    "#00796B",
    "#6D4C41",
    "#8E24AA",
    "#C2185B",
    "#455A64",
    "#2E7D32",
    "#1565C0",
    "#AD1457",
    "#5D4037",
)


def colour_slot(seed: int) -> int:
    """Which of the avatar colours ``seed`` gets; equal slots draw equal avatars."""
    return seed % len(_AVATAR_COLOURS)


def avatar_colour(seed: int) -> QColor:
    """A stable colour for a contact, so the same person keeps the same avatar colour."""
    return QColor(_AVATAR_COLOURS[colour_slot(seed)])


def avatar_pixmap(
    initials: str,
    seed: int,
    size: int,
    *,
    organisation: bool = False,
    device_pixel_ratio: float = 1.0,
) -> QPixmap:
    """Initials on a coloured shape of ``size`` logical pixels."""
    pixels = round(size * device_pixel_ratio)
    pixmap = QPixmap(pixels, pixels)
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(avatar_colour(seed))
        rect = QRectF(0, 0, size, size)
        if organisation:
            painter.drawRoundedRect(rect, size * 0.22, size * 0.22)
        else:
            painter.drawEllipse(rect)
        font = QFont()
        font.setPixelSize(max(6, round(size * (0.4 if len(initials) > 1 else 0.5))))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, initials or "?")
    finally:
        painter.end()
    return pixmap


def avatar_icon(initials: str, seed: int, size: int, *, organisation: bool = False) -> QIcon:
    """:func:`avatar_pixmap` as an icon with a high-density variant."""
    icon = QIcon()
    for scale in (1, 2):
        icon.addPixmap(
            avatar_pixmap(initials, seed, size, organisation=organisation, device_pixel_ratio=scale)
        )
    return icon

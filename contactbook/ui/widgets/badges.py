"""How a domain badge looks: label, tooltip, icon and colours (PRIVACY-RULES.md section 3).

The domain decides which badge a contact has and how serious it is; this module only shows
it. Colour is never the only signal: every badge has a text, an icon with its own shape and
an accessible text, and its colours keep a readable contrast in light and in dark palettes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)

from contactbook.domain.badge import BadgeKind, Severity, severity
from contactbook.ui.translations import QT_TRANSLATE_NOOP

_CONTEXT = "Badge"


# English source strings; the Dutch ones come from the translation files.
_LABELS: dict[BadgeKind, str] = {
    BadgeKind.CONSENT: QT_TRANSLATE_NOOP("Badge", "Consent"),
    BadgeKind.CONTRACT: QT_TRANSLATE_NOOP("Badge", "Contract"),
    BadgeKind.LEGAL_OBLIGATION: QT_TRANSLATE_NOOP("Badge", "Legal obligation"),
    BadgeKind.VITAL_INTERESTS: QT_TRANSLATE_NOOP("Badge", "Vital interests"),
    BadgeKind.PUBLIC_TASK: QT_TRANSLATE_NOOP("Badge", "Public task"),
    BadgeKind.LEGITIMATE_INTEREST: QT_TRANSLATE_NOOP("Badge", "Legitimate interest"),
    BadgeKind.ASSESSMENT_MISSING: QT_TRANSLATE_NOOP(
        "Badge", "Legitimate interest — assessment missing"
    ),
    BadgeKind.NO_LEGAL_BASIS: QT_TRANSLATE_NOOP("Badge", "No legal basis"),
    BadgeKind.PRIVATE: QT_TRANSLATE_NOOP("Badge", "Private"),
    BadgeKind.ORGANISATION: QT_TRANSLATE_NOOP("Badge", "Organisation"),
    BadgeKind.DECEASED: QT_TRANSLATE_NOOP("Badge", "Deceased"),
    BadgeKind.TO_REVIEW: QT_TRANSLATE_NOOP("Badge", "To review"),
}

# Where space is tight (the list's badge column) the warning state drops its basis: the icon,
# the colour and the tooltip still say it, and the detail pane shows the full label.
_SHORT_LABELS: dict[BadgeKind, str] = {
    BadgeKind.ASSESSMENT_MISSING: QT_TRANSLATE_NOOP("Badge", "Assessment missing"),
}

_TOOLTIPS: dict[BadgeKind, str] = {
    BadgeKind.CONSENT: QT_TRANSLATE_NOOP(
        "Badge", "Kept because the person agreed to it; the consent record shows when and how."
    ),
    BadgeKind.CONTRACT: QT_TRANSLATE_NOOP(
        "Badge", "Kept to carry out a contract or order with this person."
    ),
    BadgeKind.LEGAL_OBLIGATION: QT_TRANSLATE_NOOP(
        "Badge", "Kept because a law requires it, such as the duty to keep tax records."
    ),
    BadgeKind.VITAL_INTERESTS: QT_TRANSLATE_NOOP(
        "Badge", "Kept to protect someone's life or health."
    ),
    BadgeKind.PUBLIC_TASK: QT_TRANSLATE_NOOP(
        "Badge", "Kept to carry out a task in the public interest or under official authority."
    ),
    BadgeKind.LEGITIMATE_INTEREST: QT_TRANSLATE_NOOP(
        "Badge", "Kept for a legitimate business interest, backed by a recorded balancing test."
    ),
    BadgeKind.ASSESSMENT_MISSING: QT_TRANSLATE_NOOP(
        "Badge", "Legitimate interest is chosen, but its balancing test is not recorded yet."
    ),
    BadgeKind.NO_LEGAL_BASIS: QT_TRANSLATE_NOOP(
        "Badge", "This business contact has no legal basis yet, so record one or remove it."
    ),
    BadgeKind.PRIVATE: QT_TRANSLATE_NOOP(
        "Badge", "Kept for personal or household use only, so the GDPR does not apply."
    ),
    BadgeKind.ORGANISATION: QT_TRANSLATE_NOOP(
        "Badge", "An organisation rather than a person, so its details are not personal data."
    ),
    BadgeKind.DECEASED: QT_TRANSLATE_NOOP(
        "Badge", "The person has died, so the GDPR no longer applies to their data."
    ),
    BadgeKind.TO_REVIEW: QT_TRANSLATE_NOOP(
        "Badge", "Not reviewed yet: decide whether this contact is private or for the business."
    ),
}

# Mid-tone fills: about 3:1 against white and against a dark window, and white glyphs on
# them stay readable. Amber is the exception, so its glyph and outline are dark.
_ICON_FILL: dict[Severity, str] = {
    Severity.OK: "#2E7D32",
    Severity.NEUTRAL: "#607D8B",
    Severity.ATTENTION: "#7E57C2",
    Severity.WARNING: "#F0A500",
    Severity.ERROR: "#D32F2F",
}
_WARNING_INK = "#5A3B00"

# (background, foreground) of the badge pill; every pair has a contrast ratio above 4.5:1.
_LIGHT: dict[Severity, tuple[str, str]] = {
    Severity.OK: ("#E6F4EA", "#1E5631"),
    Severity.NEUTRAL: ("#ECEFF1", "#37474F"),
    Severity.ATTENTION: ("#EFE9F8", "#4A2A8A"),
    Severity.WARNING: ("#FFF3D1", "#6B4500"),
    Severity.ERROR: ("#FDE7E7", "#9B1C1C"),
}
_DARK: dict[Severity, tuple[str, str]] = {
    Severity.OK: ("#1F3B2A", "#B7E4C0"),
    Severity.NEUTRAL: ("#33393D", "#D5DDE1"),
    Severity.ATTENTION: ("#352A4D", "#DCCFF5"),
    Severity.WARNING: ("#45370F", "#FFE1A0"),
    Severity.ERROR: ("#4D2020", "#FFC1BC"),
}


def badge_label(kind: BadgeKind) -> str:
    """The badge's short text in the user's language, e.g. "Contract"."""
    return QCoreApplication.translate(_CONTEXT, _LABELS[kind])


def badge_short_label(kind: BadgeKind) -> str:
    """The label for narrow places such as the list's badge column ("Assessment missing")."""
    return QCoreApplication.translate(_CONTEXT, _SHORT_LABELS.get(kind, _LABELS[kind]))


def badge_tooltip(kind: BadgeKind) -> str:
    """One plain sentence that explains what the badge means for this contact."""
    return QCoreApplication.translate(_CONTEXT, _TOOLTIPS[kind])


def badge_accessible_text(kind: BadgeKind) -> str:
    """What a screen reader says for the badge: its label and its explanation."""
    return f"{badge_label(kind)}. {badge_tooltip(kind)}"


def is_dark(palette: QPalette) -> bool:
    """Whether the palette draws light text on dark backgrounds."""
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def badge_colours(kind: BadgeKind, palette: QPalette) -> tuple[QColor, QColor]:
    """Background and foreground of the badge pill, readable on this palette."""
    table = _DARK if is_dark(palette) else _LIGHT
    background, foreground = table[severity(kind)]
    return QColor(background), QColor(foreground)


def badge_icon(kind: BadgeKind, size: int = 16) -> QIcon:
    """The badge's icon, drawn at ``size`` and twice that for high-density screens."""
    icon = QIcon()
    for scale in (1, 2):
        icon.addPixmap(badge_pixmap(kind, size, scale))
    return icon


def badge_pixmap(kind: BadgeKind, size: int, device_pixel_ratio: float = 1.0) -> QPixmap:
    """The badge's icon as a pixmap of ``size`` logical pixels."""
    fill = QColor(_ICON_FILL[severity(kind)])
    return _glyph_pixmap(_glyph_of(kind), fill, size, device_pixel_ratio)


# icons of the sidebar views that are not a badge, in the badges' style and sizes
VIEW_GLYPHS = ("people", "briefcase", "no_mail")


def view_icon(glyph: str, size: int = 16) -> QIcon:
    """The icon of a sidebar view without a badge of its own ("people" for all contacts,
    "briefcase" for business, "no_mail" for opted out), in the neutral badge colour."""
    if glyph not in VIEW_GLYPHS:
        raise ValueError(f"no view icon {glyph!r}")
    fill = QColor(_ICON_FILL[Severity.NEUTRAL])
    icon = QIcon()
    for scale in (1, 2):
        icon.addPixmap(_glyph_pixmap(glyph, fill, size, scale))
    return icon


def _glyph_pixmap(glyph: str, fill: QColor, size: int, device_pixel_ratio: float) -> QPixmap:
    pixmap = QPixmap(round(size * device_pixel_ratio), round(size * device_pixel_ratio))
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # All glyphs are drawn on a 24-unit grid and scaled to the requested size.
        painter.scale(size / 24, size / 24)
        _GLYPHS[glyph](painter, fill)
    finally:
        painter.end()
    return pixmap


def _glyph_of(kind: BadgeKind) -> str:
    if severity(kind) is Severity.OK:
        return "check"
    return {
        BadgeKind.ASSESSMENT_MISSING: "warning",
        BadgeKind.NO_LEGAL_BASIS: "stop",
        BadgeKind.PRIVATE: "house",
        BadgeKind.ORGANISATION: "building",
        BadgeKind.DECEASED: "flower",
        BadgeKind.TO_REVIEW: "question",
    }[kind]


def _white_pen(width: float) -> QPen:
    pen = QPen(QColor("white"), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _draw_check(painter: QPainter, fill: QColor) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawEllipse(QPointF(12, 12), 10.5, 10.5)
    path = QPainterPath(QPointF(7, 12.5))
    path.lineTo(10.5, 16)
    path.lineTo(17, 8.5)
    painter.setPen(_white_pen(2.8))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


def _draw_warning(painter: QPainter, fill: QColor) -> None:
    ink = QColor(_WARNING_INK)
    outline = QPen(ink, 1.3)
    outline.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(outline)
    painter.setBrush(fill)
    painter.drawPolygon(QPolygonF([QPointF(12, 2), QPointF(23, 21.5), QPointF(1, 21.5)]))
    bar = QPen(ink, 2.6)
    bar.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(bar)
    painter.drawLine(QPointF(12, 9), QPointF(12, 14.5))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    painter.drawEllipse(QPointF(12, 18.2), 1.5, 1.5)


def _draw_stop(painter: QPainter, fill: QColor) -> None:
    # A stop-sign octagon with a cross: "not allowed" without relying on red.
    a, b = 4.3, 10.8
    points = [(-a, -b), (a, -b), (b, -a), (b, a), (a, b), (-a, b), (-b, a), (-b, -a)]
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawPolygon(QPolygonF([QPointF(12 + x, 12 + y) for x, y in points]))
    painter.setPen(_white_pen(2.8))
    painter.drawLine(QPointF(8.2, 8.2), QPointF(15.8, 15.8))
    painter.drawLine(QPointF(15.8, 8.2), QPointF(8.2, 15.8))


def _draw_house(painter: QPainter, fill: QColor) -> None:
    outline = [(12, 2.5), (22.5, 11.5), (19.5, 11.5), (19.5, 21.5), (4.5, 21.5), (4.5, 11.5)]
    outline.append((1.5, 11.5))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in outline]))
    painter.setBrush(QColor("white"))
    painter.drawRoundedRect(QRectF(10, 14, 4, 7.5), 0.8, 0.8)


def _draw_building(painter: QPainter, fill: QColor) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(QRectF(4.5, 2, 15, 20), 1.5, 1.5)
    painter.setBrush(QColor("white"))
    for row in range(3):
        for column in range(3):
            painter.drawRect(QRectF(7 + column * 3.8, 4.8 + row * 3.9, 2.4, 2.4))
    painter.drawRect(QRectF(10.5, 17, 3, 5))


def _draw_flower(painter: QPainter, fill: QColor) -> None:
    # A quiet flower for remembrance; no religious symbol.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    centre = QPointF(12, 12)
    for angle in range(0, 360, 72):
        painter.save()
        painter.translate(centre)
        painter.rotate(angle)
        painter.drawEllipse(QPointF(0, -5.6), 4.2, 4.8)
        painter.restore()
    painter.setBrush(QColor("white"))
    painter.drawEllipse(centre, 2.8, 2.8)


def _draw_question(painter: QPainter, fill: QColor) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawEllipse(QPointF(12, 12), 10.5, 10.5)
    font = QFont()
    font.setPixelSize(16)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(2, 1.5, 20, 21), Qt.AlignmentFlag.AlignCenter, "?")


def _draw_people(painter: QPainter, fill: QColor) -> None:
    # two people, the one behind lighter: "everyone"
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill.lighter(145))
    painter.drawEllipse(QPointF(16.5, 6.5), 3.4, 3.4)
    painter.drawRoundedRect(QRectF(10.5, 11.5, 12.5, 10), 5, 5)
    # a transparent gap around the one in front (not white: the icon sits on dark themes too)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
    painter.setPen(QPen(QColor("black"), 1.6))
    painter.setBrush(QColor("black"))
    _draw_person(painter)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    _draw_person(painter)


def _draw_person(painter: QPainter) -> None:
    painter.drawEllipse(QPointF(9, 8.5), 4, 4)
    painter.drawRoundedRect(QRectF(1.5, 14, 15, 9.5), 5.5, 5.5)


def _draw_briefcase(painter: QPainter, fill: QColor) -> None:
    painter.setPen(QPen(fill, 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(8.5, 3.5, 7, 5.5), 1.5, 1.5)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(QRectF(2, 8, 20, 13.5), 2.5, 2.5)
    painter.setPen(_white_pen(1.6))
    painter.drawLine(QPointF(2.5, 13.5), QPointF(21.5, 13.5))


def _draw_no_mail(painter: QPainter, fill: QColor) -> None:
    # an envelope, struck through in the error colour: "do not mail"
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(QRectF(2, 5, 20, 14.5), 2, 2)
    flap = QPainterPath(QPointF(3.5, 6.8))
    flap.lineTo(12, 13)
    flap.lineTo(20.5, 6.8)
    painter.setPen(_white_pen(1.7))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(flap)
    gap = QPen(QColor("black"), 5)
    gap.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
    painter.setPen(gap)
    painter.drawLine(QPointF(4, 21.5), QPointF(20, 2.5))
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
    slash = QPen(QColor(_ICON_FILL[Severity.ERROR]), 2.4)
    slash.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(slash)
    painter.drawLine(QPointF(4, 21.5), QPointF(20, 2.5))


_GLYPHS: dict[str, Callable[[QPainter, QColor], None]] = {
    "people": _draw_people,
    "briefcase": _draw_briefcase,
    "no_mail": _draw_no_mail,
    "check": _draw_check,
    "warning": _draw_warning,
    "stop": _draw_stop,
    "house": _draw_house,
    "building": _draw_building,
    "flower": _draw_flower,
    "question": _draw_question,
}


def badge_brushes(kind: BadgeKind, palette: QPalette) -> tuple[QBrush, QBrush]:
    """:func:`badge_colours` as brushes, the form item models hand to views."""
    background, foreground = badge_colours(kind, palette)
    return QBrush(background), QBrush(foreground)

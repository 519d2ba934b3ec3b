"""The badge's presentation: text, icon and colours that never rely on colour alone."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from contactbook.domain.badge import BadgeKind
from contactbook.ui.widgets.badges import (
    badge_accessible_text,
    badge_colours,
    badge_icon,
    badge_label,
    badge_pixmap,
    badge_short_label,
    badge_tooltip,
    is_dark,
)

LIGHT = QPalette(QColor("#EFEFEF"), QColor("#FFFFFF"))
DARK = QPalette(QColor("#2B2B2B"), QColor("#1E1E1E"))


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours."""
    high, low = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_every_badge_has_a_distinct_label_and_a_sentence_as_tooltip() -> None:
    labels = [badge_label(kind) for kind in BadgeKind]
    short_labels = [badge_short_label(kind) for kind in BadgeKind]

    assert all(labels)
    assert len(set(labels)) == len(BadgeKind)
    assert len(set(short_labels)) == len(BadgeKind)
    for kind in BadgeKind:
        tooltip = badge_tooltip(kind)
        assert tooltip.endswith("."), kind
        assert tooltip.count(". ") == 0, f"{kind}: one sentence only"


def test_labels_follow_the_privacy_rules_table() -> None:
    assert badge_label(BadgeKind.CONSENT) == "Consent"
    assert badge_label(BadgeKind.NO_LEGAL_BASIS) == "No legal basis"
    assert badge_label(BadgeKind.ASSESSMENT_MISSING) == "Legitimate interest — assessment missing"
    assert badge_short_label(BadgeKind.ASSESSMENT_MISSING) == "Assessment missing"
    assert badge_label(BadgeKind.TO_REVIEW) == "To review"


def test_accessible_text_names_the_badge_and_explains_it() -> None:
    text = badge_accessible_text(BadgeKind.PRIVATE)

    assert text.startswith("Private.")
    assert badge_tooltip(BadgeKind.PRIVATE) in text


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("kind", list(BadgeKind))
def test_every_badge_icon_is_drawn(kind: BadgeKind) -> None:
    icon = badge_icon(kind, 16)
    image = icon.pixmap(16, 16).toImage()

    assert not icon.isNull()
    opaque = sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 128
    )
    assert opaque > 40, "the glyph covers a good part of the icon"


@pytest.mark.usefixtures("qapp")
def test_glyphs_differ_between_severities() -> None:
    kinds = [
        BadgeKind.CONTRACT,
        BadgeKind.ASSESSMENT_MISSING,
        BadgeKind.NO_LEGAL_BASIS,
        BadgeKind.PRIVATE,
        BadgeKind.ORGANISATION,
        BadgeKind.DECEASED,
        BadgeKind.TO_REVIEW,
    ]
    shapes = [_grey_on_white(badge_pixmap(kind, 24)) for kind in kinds]

    # Compared in grey only: the icons must tell the badges apart without colour.
    assert len(set(shapes)) == len(kinds)


def _grey_on_white(pixmap: QPixmap) -> bytes:
    image = QImage(pixmap.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawPixmap(0, 0, pixmap)
    painter.end()
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    # Coarse grey levels, so antialiasing noise alone cannot make two icons "differ".
    return bytes(value // 64 for value in bytes(grey.constBits()))


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize("kind", list(BadgeKind))
def test_badge_text_is_readable_in_light_and_dark_palettes(
    qapp: QApplication, kind: BadgeKind, palette: QPalette
) -> None:
    background, foreground = badge_colours(kind, palette)

    assert contrast(background, foreground) >= 4.5
    # The pill stands on the list's background in the same light or dark family.
    assert is_dark(palette) == (background.lightnessF() < 0.5)

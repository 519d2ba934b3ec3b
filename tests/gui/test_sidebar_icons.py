"""Every view in the sidebar has an icon of its own, so that the titles line up."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from contactbook.domain.contact_query import ViewKind
from contactbook.ui.shell.sidebar import ViewSidebar
from contactbook.ui.widgets.badges import VIEW_GLYPHS, view_icon


def opaque_share(image: QImage) -> float:
    """The share of the icon's pixels that are drawn (alpha above a quarter)."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    drawn = sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 64
    )
    return drawn / (image.width() * image.height())


def test_every_fixed_view_has_a_visible_icon_of_its_own(qtbot: QtBot) -> None:
    sidebar = ViewSidebar()
    qtbot.addWidget(sidebar)
    seen: dict[bytes, str] = {}
    for kind in ViewKind:
        item = sidebar._items[kind.value]
        image = item.icon(0).pixmap(16, 16).toImage()
        assert opaque_share(image) > 0.2, f"{kind.value} has no visible icon"
        key = bytes(image.convertToFormat(QImage.Format.Format_ARGB32).constBits())
        assert key not in seen, f"{kind.value} shows the icon of {seen.get(key)}"
        seen[key] = kind.value


@pytest.mark.parametrize("glyph", VIEW_GLYPHS)
def test_view_icons_are_drawn_at_both_densities(glyph: str) -> None:
    icon = view_icon(glyph, 16)
    sizes = sorted(size.width() for size in icon.availableSizes())
    assert sizes == [16, 32]
    assert opaque_share(icon.pixmap(32, 32).toImage()) > 0.2


def test_an_unknown_view_icon_is_an_error() -> None:
    with pytest.raises(ValueError, match="no view icon"):
        view_icon("rocket")

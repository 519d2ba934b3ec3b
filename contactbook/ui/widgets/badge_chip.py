"""A badge as a small widget: icon and label on the badge's colours, with an accessible name."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from contactbook.domain.badge import BadgeKind
from contactbook.ui.widgets.badges import (
    badge_accessible_text,
    badge_colours,
    badge_label,
    badge_pixmap,
    badge_tooltip,
)

_ICON = 16


class BadgeChip(QFrame):
    """Shows one badge; call :meth:`set_kind` to change it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("badgeChip")
        self._kind: BadgeKind | None = None
        self._applied_style = ""
        self._icon = QLabel(self)
        self._text = QLabel(self)
        self._text.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 10, 3)
        layout.setSpacing(6)
        layout.addWidget(self._icon)
        layout.addWidget(self._text)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

    @property
    def kind(self) -> BadgeKind | None:
        return self._kind

    def text(self) -> str:
        return self._text.text()

    def set_kind(self, kind: BadgeKind) -> None:
        self._kind = kind
        self._text.setText(badge_label(kind))
        self._icon.setPixmap(badge_pixmap(kind, _ICON, self.devicePixelRatioF()))
        self.setToolTip(badge_tooltip(kind))
        self.setAccessibleName(badge_label(kind))
        self.setAccessibleDescription(badge_accessible_text(kind))
        self._apply_colours()

    def changeEvent(self, event: QEvent) -> None:
        # A switch between light and dark theme changes the colours the chip needs.
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._apply_colours()
        super().changeEvent(event)

    def _apply_colours(self) -> None:
        if self._kind is None:
            return
        # The application palette, not our own: the style sheet below colours our own.
        background, foreground = badge_colours(self._kind, QGuiApplication.palette())
        style = (
            f"QFrame#badgeChip {{ background-color: {background.name()};"
            f" border-radius: 11px; }}"
            f" QFrame#badgeChip QLabel {{ color: {foreground.name()}; background: transparent; }}"
        )
        # Setting a style sheet sends change events itself; only set it when it differs.
        if style != self._applied_style:
            self._applied_style = style
            self.setStyleSheet(style)

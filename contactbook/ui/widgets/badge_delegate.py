"""Draws the badge cell as a rounded pill: icon and label on the badge's own colours."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QFontMetrics, QIcon, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

_PAD_X = 8
_GAP = 6
_MARGIN = 4
_ICON = 16
# Text advances are rounded; a little slack keeps a label that fits from being elided.
_SLACK = 4

_Index = QModelIndex | QPersistentModelIndex


class BadgeDelegate(QStyledItemDelegate):
    """Paints the pill from the model's Display, Decoration, Background and Foreground roles."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        text = opt.text
        # Let the style draw the row itself (alternate colour, selection, focus), then the pill.
        opt.text = ""
        opt.icon = QIcon()
        opt.backgroundBrush = QBrush()
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        metrics = QFontMetrics(opt.font)
        cell = opt.rect.adjusted(_MARGIN, _MARGIN, -_MARGIN, -_MARGIN)
        height = min(cell.height(), max(metrics.height() + 6, _ICON + 4))
        natural = _PAD_X * 2 + _ICON + _GAP + metrics.horizontalAdvance(text) + _SLACK
        pill = QRect(
            cell.left(), cell.center().y() - height // 2 + 1, min(natural, cell.width()), height
        )

        painter.save()
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            if isinstance(background, QBrush):
                painter.setBrush(background)
            painter.drawRoundedRect(QRectF(pill), height / 2, height / 2)
            icon_rect = QRect(
                pill.left() + _PAD_X, pill.center().y() - _ICON // 2 + 1, _ICON, _ICON
            )
            if isinstance(icon, QIcon):
                icon.paint(painter, icon_rect)
            text_rect = pill.adjusted(_PAD_X + _ICON + _GAP, 0, -_PAD_X, 0)
            if isinstance(foreground, QBrush):
                painter.setPen(foreground.color())
            painter.setFont(opt.font)
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided
            )
        finally:
            painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        metrics = QFontMetrics(option.font)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        width = _MARGIN * 2 + _PAD_X * 2 + _ICON + _GAP + metrics.horizontalAdvance(text) + _SLACK
        return QSize(width, max(metrics.height() + 6, _ICON + 4) + _MARGIN * 2)


def badge_column_width(font_metrics: QFontMetrics, labels: list[str]) -> int:
    """A width that shows the longest of ``labels`` in full as a pill."""
    widest = max((font_metrics.horizontalAdvance(label) for label in labels), default=0)
    return _MARGIN * 2 + _PAD_X * 2 + _ICON + _GAP + widest + _SLACK + 4

"""A read-only table of recipients (name, address, why) over plain tuples.

A book can put tens of thousands of addresses in one mailing; a model over a list keeps the
dialog quick where a widget per row would not.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

Row = tuple[str, ...]


class RowTableModel(QAbstractTableModel):
    """Rows of text under the given headers; sorts when the view asks.

    A row may carry a tooltip for its last column (the explanation of a short reason);
    other cells show their own text as tooltip, so elided text can still be read.
    """

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[tuple[Row, str]] = []

    def set_rows(self, rows: Sequence[Row], tooltips: Sequence[str] | None = None) -> None:
        """Show ``rows``; ``tooltips`` (one per row) explain the last column."""
        notes = list(tooltips) if tooltips is not None else [""] * len(rows)
        self.beginResetModel()
        self._rows = list(zip(rows, notes, strict=True))
        self.endResetModel()

    def row(self, number: int) -> Row:
        return self._rows[number][0]

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, note = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            last = index.column() == len(self._headers) - 1
            return note if note and last else row[index.column()]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(
            key=lambda entry: entry[0][column].casefold(),
            reverse=order is Qt.SortOrder.DescendingOrder,
        )
        self.layoutChanged.emit()


def table_view(
    model: RowTableModel, parent: QWidget, *, sortable: bool, widths: Sequence[str] = ()
) -> QTableView:
    """A read-only list over ``model``; the first columns fit the sample texts in ``widths``.

    Widths come from typical values rather than from measuring: measuring 100,000 rows is
    slow. The last column takes the rest of the space.
    """
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setShowGrid(False)
    view.verticalHeader().hide()
    if sortable:
        view.setSortingEnabled(True)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    metrics = view.fontMetrics()
    for column, sample in enumerate(widths):
        header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
    return view

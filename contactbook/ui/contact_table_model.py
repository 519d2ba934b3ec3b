"""The contact list as a Qt table model, fed page by page from the storage layer.

The model never holds ORM rows or sessions: it asks its source for plain
``ContactSummary`` pages (in the storage's alphabetical order) and keeps what it has fetched.
Filtering and sorting happen in SQL, so there is no ``QSortFilterProxyModel`` on top.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QIcon

from contactbook.domain.badge import BadgeKind
from contactbook.domain.contact_query import ContactFilter, ContactSummary
from contactbook.domain.enums import Subject
from contactbook.ui.avatars import avatar_icon, colour_slot
from contactbook.ui.badges import (
    badge_accessible_text,
    badge_brushes,
    badge_icon,
    badge_short_label,
    badge_tooltip,
)

PAGE_SIZE = 200
ICON_SIZE = 24
BADGE_ICON_SIZE = 16
ContactIdRole = Qt.ItemDataRole.UserRole + 1
BadgeKindRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex
# The invisible root; a shared default is safe because QModelIndex values are never mutated.
_ROOT = QModelIndex()


class ContactSource(Protocol):
    """What the model needs from the storage: ``book.contacts`` fits."""

    def page(
        self, contact_filter: ContactFilter = ..., offset: int = ..., limit: int = ...
    ) -> list[ContactSummary]: ...

    def count(self, contact_filter: ContactFilter = ...) -> int: ...


class Column(IntEnum):
    NAME = 0
    ORGANISATION = 1
    EMAIL = 2
    PHONE = 3
    BADGE = 4


class ContactTableModel(QAbstractTableModel):
    """Contacts matching a filter; rows arrive in pages as the view scrolls."""

    #: Emitted after the filter changed or the data was reloaded, with the new total.
    total_changed = Signal(int)

    def __init__(
        self,
        source: ContactSource,
        contact_filter: ContactFilter = ContactFilter(),
        *,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._filter = contact_filter
        self._page_size = page_size
        self._rows: list[ContactSummary] = []
        self._total = 0
        # Icons are drawn once per kind and kept by this model, not globally.
        self._badge_icons: dict[BadgeKind, QIcon] = {}
        self._avatar_icons: dict[tuple[str, int, bool], QIcon] = {}
        self._load()

    # -- the public face ---------------------------------------------------------------------

    @property
    def contact_filter(self) -> ContactFilter:
        return self._filter

    def set_filter(self, contact_filter: ContactFilter) -> None:
        """Show the contacts matching ``contact_filter``, starting again at the first page."""
        self._filter = contact_filter
        self.reload()

    def reload(self) -> None:
        """Forget the fetched rows and read the first page again (after the data changed)."""
        self.beginResetModel()
        self._load()
        self.endResetModel()
        self.total_changed.emit(self._total)

    def total(self) -> int:
        """How many contacts match the filter, fetched or not."""
        return self._total

    def contact_id(self, row: int) -> int:
        """The database id of the contact in ``row``."""
        return self._rows[row].id

    def summary(self, row: int) -> ContactSummary:
        return self._rows[row]

    def row_of(self, contact_id: int, *, fetch: bool = True) -> int | None:
        """The row showing ``contact_id``; with ``fetch``, pages are loaded until it is found."""
        while True:
            for row, summary in enumerate(self._rows):
                if summary.id == contact_id:
                    return row
            if not (fetch and self.canFetchMore(QModelIndex())):
                return None
            self.fetchMore(QModelIndex())

    # -- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: _Index = _ROOT) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = _ROOT) -> None:
        if parent.isValid():
            return
        page = self._source.page(self._filter, len(self._rows), self._page_size)
        if not page:
            # The book shrank since we counted; stop asking for rows that are gone.
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.NAME: self.tr("Name"),
            Column.ORGANISATION: self.tr("Organisation"),
            Column.EMAIL: self.tr("E-mail"),
            Column.PHONE: self.tr("Phone"),
            Column.BADGE: self.tr("Badge"),
        }[Column(section)]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = Column(index.column())
        if role == ContactIdRole:
            return summary.id
        if role == BadgeKindRole:
            return summary.badge
        if column is Column.BADGE:
            return self._badge_data(summary.badge, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(summary, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            # Long names and addresses are cut off in narrow columns; the tooltip shows all.
            return _text(summary, column) or None
        if role == Qt.ItemDataRole.DecorationRole and column is Column.NAME:
            return self._avatar(summary)
        return None

    # -- helpers -----------------------------------------------------------------------------

    def _load(self) -> None:
        self._total = self._source.count(self._filter)
        self._rows = self._source.page(self._filter, 0, self._page_size)

    def _badge_data(self, kind: BadgeKind, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return badge_short_label(kind)
        if role == Qt.ItemDataRole.DecorationRole:
            if kind not in self._badge_icons:
                self._badge_icons[kind] = badge_icon(kind, BADGE_ICON_SIZE)
            return self._badge_icons[kind]
        if role == Qt.ItemDataRole.ToolTipRole:
            return badge_tooltip(kind)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return badge_accessible_text(kind)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            # Read the palette at paint time, so switching to a dark theme just works.
            background, foreground = badge_brushes(kind, QGuiApplication.palette())
            return background if role == Qt.ItemDataRole.BackgroundRole else foreground
        return None

    def _avatar(self, summary: ContactSummary) -> QIcon:
        organisation = summary.subject is Subject.ORGANISATION
        key = (summary.initials, colour_slot(summary.id), organisation)
        icon = self._avatar_icons.get(key)
        if icon is None:
            icon = avatar_icon(summary.initials, summary.id, ICON_SIZE, organisation=organisation)
            self._avatar_icons[key] = icon
        return icon


def _text(summary: ContactSummary, column: Column) -> str:
    return {
        Column.NAME: summary.display_name,
        Column.ORGANISATION: summary.organisation,
        Column.EMAIL: summary.main_email,
        Column.PHONE: summary.main_phone,
        Column.BADGE: "",
    }[column]

"""The contact list as a Qt table model over a window of rows read from the storage layer.

The model never holds ORM rows or sessions, and never the whole list: it knows how many
contacts match (one COUNT) and reads the ``ContactSummary`` page a row falls in when the view
first asks for it, keeping the most recently used pages only. Filtering and sorting happen in
SQL, so there is no ``QSortFilterProxyModel`` on top; scrolling to the end reads one page.

While searching, the matching ids are read in list order instead of counted (a search scans
the index once either way, and this way once per keystroke instead of twice); pages are then
read by id.
"""

from __future__ import annotations

from collections import OrderedDict
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
from contactbook.domain.contact_query import (
    ContactFilter,
    ContactOrder,
    ContactSummary,
    SortField,
)
from contactbook.domain.enums import Subject
from contactbook.ui.widgets.avatars import avatar_icon, colour_slot
from contactbook.ui.widgets.badges import (
    badge_accessible_text,
    badge_brushes,
    badge_icon,
    badge_short_label,
    badge_tooltip,
)

PAGE_SIZE = 200
#: pages kept in memory at most (the rest is read again when scrolled back to)
CACHED_PAGES = 40
ICON_SIZE = 24
BADGE_ICON_SIZE = 16
ContactIdRole = Qt.ItemDataRole.UserRole + 1
BadgeKindRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex
# The invisible root; a shared default is safe because QModelIndex values are never mutated.
_ROOT = QModelIndex()


class ContactSource(Protocol):
    """What the model reads: ``services.contacts.ContactListReader`` fits."""

    def page(
        self,
        contact_filter: ContactFilter = ...,
        offset: int = ...,
        limit: int = ...,
        order: ContactOrder | None = ...,
    ) -> list[ContactSummary]: ...

    def count(self, contact_filter: ContactFilter = ...) -> int: ...

    def ids(
        self, contact_filter: ContactFilter = ..., order: ContactOrder | None = ...
    ) -> list[int]: ...

    def position(
        self,
        contact_id: int,
        contact_filter: ContactFilter = ...,
        order: ContactOrder | None = ...,
    ) -> int | None: ...


class Column(IntEnum):
    NAME = 0
    ORGANISATION = 1
    EMAIL = 2
    PHONE = 3
    BADGE = 4


_SORT_FIELDS = {
    Column.NAME: SortField.NAME,
    Column.ORGANISATION: SortField.ORGANISATION,
    Column.EMAIL: SortField.EMAIL,
    Column.PHONE: SortField.PHONE,
    Column.BADGE: SortField.BADGE,
}


class ContactTableModel(QAbstractTableModel):
    """Contacts matching a filter in a chosen order; rows are read a page at a time."""

    #: Emitted after the filter changed or the data was reloaded, with the new total.
    total_changed = Signal(int)

    def __init__(
        self,
        source: ContactSource,
        contact_filter: ContactFilter = ContactFilter(),
        *,
        page_size: int = PAGE_SIZE,
        cached_pages: int = CACHED_PAGES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._filter = contact_filter
        self._order = ContactOrder()
        self._page_size = page_size
        self._cached_pages = max(1, cached_pages)
        self._pages: OrderedDict[int, list[ContactSummary]] = OrderedDict()
        # While searching: every matching id in list order (ints only, no rows).
        self._ids: list[int] | None = None
        self._total = 0
        # Icons are drawn once per kind and kept by this model, not globally.
        self._badge_icons: dict[BadgeKind, QIcon] = {}
        self._avatar_icons: dict[tuple[str, int, bool], QIcon] = {}
        self._load()

    # -- the public face ---------------------------------------------------------------------

    @property
    def contact_filter(self) -> ContactFilter:
        return self._filter

    @property
    def order(self) -> ContactOrder:
        return self._order

    def set_filter(self, contact_filter: ContactFilter) -> None:
        """Show the contacts matching ``contact_filter``, from the top."""
        self._filter = contact_filter
        self.reload()

    def set_order(self, order: ContactOrder) -> None:
        """Sort by ``order`` (in SQL); nothing happens when it is the current order."""
        if order != self._order:
            self._order = order
            self.reload()

    def reload(self) -> None:
        """Forget the read rows and count again (after the data, filter or order changed)."""
        self.beginResetModel()
        self._load()
        self.endResetModel()
        self.total_changed.emit(self._total)

    def total(self) -> int:
        """How many contacts match the filter."""
        return self._total

    def contact_id(self, row: int) -> int:
        """The database id of the contact in ``row``."""
        return self.summary(row).id

    def contact_ids(self, rows: list[int]) -> list[int]:
        """The ids of the contacts in ``rows`` (e.g. a selection of thousands), in that order.

        Many rows are looked up in one id list read from the storage, not page by page.
        """
        if len(rows) <= self._page_size:
            return [self.contact_id(row) for row in rows]
        ids = self._ids if self._ids is not None else self._source.ids(self._filter, self._order)
        return [ids[row] for row in rows if 0 <= row < len(ids)]

    def summary(self, row: int) -> ContactSummary:
        """The list row ``row``, read from the storage if its page is not in memory."""
        summary = self._summary(row)
        if summary is None:
            raise IndexError(f"row {row} is outside the list of {self._total} contacts")
        return summary

    def row_of(self, contact_id: int, *, fetch: bool = True) -> int | None:
        """The row showing ``contact_id``, or None when it is not in the list.

        Without ``fetch`` only the rows in memory are looked at (no SQL).
        """
        for number, rows in self._pages.items():
            for offset, summary in enumerate(rows):
                if summary.id == contact_id:
                    return number * self._page_size + offset
        if self._ids is not None:
            try:
                return self._ids.index(contact_id)
            except ValueError:
                return None
        if not fetch:
            return None
        row = self._source.position(contact_id, self._filter, self._order)
        return row if row is not None and row < self._total else None

    def cached_rows(self) -> int:
        """How many rows are in memory (at most ``cached_pages`` pages)."""
        return sum(len(rows) for rows in self._pages.values())

    # -- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: _Index = _ROOT) -> bool:
        # Every row is there from the start (rowCount is the total); pages load on demand.
        return False

    def fetchMore(self, parent: _Index = _ROOT) -> None:
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return  # -1: the view asks to show the storage order
        self.set_order(
            ContactOrder(
                _SORT_FIELDS[Column(column)], descending=order == Qt.SortOrder.DescendingOrder
            )
        )

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
        if not index.isValid():
            return None
        summary = self._summary(index.row())
        if summary is None:
            return None
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
        self._pages.clear()
        if self._filter.search:
            self._ids = self._source.ids(self._filter, self._order)
            self._total = len(self._ids)
        else:
            self._ids = None
            self._total = self._source.count(self._filter)
        if self._total:
            self._page(0)

    def _summary(self, row: int) -> ContactSummary | None:
        if not 0 <= row < self._total:
            return None
        rows = self._page(row // self._page_size)
        offset = row % self._page_size
        return rows[offset] if offset < len(rows) else None

    def _page(self, number: int) -> list[ContactSummary]:
        rows = self._pages.get(number)
        if rows is not None:
            self._pages.move_to_end(number)
            return rows
        first = number * self._page_size
        if self._ids is None:
            rows = self._source.page(self._filter, first, self._page_size, self._order)
        else:
            wanted = self._ids[first : first + self._page_size]
            by_id = {
                summary.id: summary
                for summary in self._source.page(ContactFilter(ids=tuple(wanted)), 0, len(wanted))
            }
            # A contact deleted since the search is left out; the next reload drops it.
            rows = [by_id[contact_id] for contact_id in wanted if contact_id in by_id]
        self._pages[number] = rows
        while len(self._pages) > self._cached_pages:
            self._pages.popitem(last=False)
        return rows

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

"""The sidebar of views left of the list: fixed views, categories and activities, with counts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from contactbook.domain.badge import BadgeKind
from contactbook.domain.contact_query import (
    ACTIVITY_PREFIX,
    CATEGORY_PREFIX,
    ViewCounts,
    ViewKind,
)
from contactbook.ui.translations import plural
from contactbook.ui.widgets.badges import badge_icon, view_icon
from contactbook.ui.widgets.formatting import format_count

ViewNameRole = Qt.ItemDataRole.UserRole + 1
_CONTEXT = "ViewSidebar"
_ICON_SIZE = 16


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _fixed_views() -> list[tuple[ViewKind, str, str, BadgeKind | str]]:
    """(view, title, tooltip, icon) for the views every book has: the icon is the badge's,
    or for views without a badge one of :data:`~contactbook.ui.widgets.badges.VIEW_GLYPHS`."""
    return [
        (ViewKind.ALL, _tr("All contacts"), _tr("Every contact in the book."), "people"),
        (
            ViewKind.BUSINESS,
            _tr("Business"),
            _tr("Contacts you keep for your business: the privacy rules apply to them."),
            "briefcase",
        ),
        (
            ViewKind.PRIVATE,
            _tr("Private"),
            _tr("Family and friends, kept for yourself: outside the privacy rules."),
            BadgeKind.PRIVATE,
        ),
        (
            ViewKind.UNSORTED,
            _tr("To review"),
            _tr("Contacts not yet marked private or business."),
            BadgeKind.TO_REVIEW,
        ),
        (
            ViewKind.NO_BASIS,
            _tr("No legal basis"),
            _tr("Business contacts without a reason in law for keeping them."),
            BadgeKind.NO_LEGAL_BASIS,
        ),
        (
            ViewKind.ASSESSMENT_MISSING,
            _tr("Interest not assessed"),
            _tr(
                "Kept for a legitimate interest, but the balancing test (purpose, necessity, "
                "balance) is not written down yet."
            ),
            BadgeKind.ASSESSMENT_MISSING,
        ),
        (
            ViewKind.OPTED_OUT,
            _tr("Opted out"),
            _tr("Contacts with an e-mail address that opted out or objected: do not mail them."),
            "no_mail",
        ),
    ]


class ViewSidebar(QTreeWidget):
    """Pick a view; :attr:`view_chosen` tells its name ("business", "category:klant", …)."""

    view_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewSidebar")
        self.setAccessibleName(self.tr("Views"))
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(12)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFrameShape(QTreeWidget.Shape.NoFrame)
        self.setIconSize(QSize(_ICON_SIZE, _ICON_SIZE))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._items: dict[str, QTreeWidgetItem] = {}
        for kind, title, tooltip, icon in _fixed_views():
            item = self._view_item(None, kind.value, title, tooltip)
            # every view has an icon, so that all titles line up
            item.setIcon(
                0,
                badge_icon(icon, _ICON_SIZE)
                if isinstance(icon, BadgeKind)
                else view_icon(icon, _ICON_SIZE),
            )
        self._categories = self._group(self.tr("Categories"))
        self._activities = self._group(self.tr("Processing activities"))
        self._counts = ViewCounts()
        self.currentItemChanged.connect(self._on_current_changed)
        self.setCurrentItem(self._items[ViewKind.ALL.value])

    # -- public ------------------------------------------------------------------------------

    def current_view(self) -> str:
        item = self.currentItem()
        name = item.data(0, ViewNameRole) if item is not None else None
        return str(name) if name else ViewKind.ALL.value

    def select_view(self, name: str) -> bool:
        """Make ``name`` the current view (emits :attr:`view_chosen`); False if there is none."""
        item = self._items.get(name)
        if item is None:
            return False
        self.setCurrentItem(item)
        return True

    def view_names(self) -> list[str]:
        return list(self._items)

    def count_text(self, name: str) -> str:
        """The count shown next to ``name`` ("" when there is no such view)."""
        item = self._items.get(name)
        return item.text(1) if item is not None else ""

    def set_counts(self, counts: ViewCounts) -> None:
        """Show ``counts``; categories and activities appear and disappear as the book changes."""
        self._counts = counts
        current = self.current_view()
        self.blockSignals(True)
        try:
            self._fill_group(self._categories, CATEGORY_PREFIX, counts.categories)
            self._fill_group(self._activities, ACTIVITY_PREFIX, counts.activities)
            for name, item in self._items.items():
                count = counts.count(name) or 0
                item.setText(1, format_count(count))
                title = item.text(0)
                item.setData(
                    0,
                    Qt.ItemDataRole.AccessibleTextRole,
                    plural(self, "{title}, %Ln contact(s)", count).format(title=title),
                )
            restored = self._items.get(current)
            self.setCurrentItem(restored or self._items[ViewKind.ALL.value])
        finally:
            self.blockSignals(False)
        if current not in self._items:
            # The category or activity is gone: show everything rather than an empty list.
            self.view_chosen.emit(ViewKind.ALL.value)

    # -- building ----------------------------------------------------------------------------

    def _view_item(
        self, parent: QTreeWidgetItem | None, name: str, title: str, tooltip: str
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem([title, ""])
        item.setData(0, ViewNameRole, name)
        item.setToolTip(0, tooltip)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setForeground(1, self.palette().brush(QPalette.ColorRole.PlaceholderText))
        if parent is None:
            self.addTopLevelItem(item)
        else:
            parent.addChild(item)
        self._items[name] = item
        return item

    def _group(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([title, ""])
        font = QFont(self.font())
        font.setBold(True)
        item.setFont(0, font)
        # a heading: not a view of its own
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setFirstColumnSpanned(True)
        self.addTopLevelItem(item)
        item.setExpanded(True)
        item.setHidden(True)
        return item

    def _fill_group(
        self, group: QTreeWidgetItem, prefix: str, entries: tuple[tuple[str, int], ...]
    ) -> None:
        wanted = [prefix + name for name, _count in entries]
        children = (group.child(i) for i in range(group.childCount()))
        present = [str(child.data(0, ViewNameRole)) for child in children if child is not None]
        if present != wanted:
            for name in present:
                del self._items[name]
            group.takeChildren()
            for name, _count in entries:
                self._view_item(
                    group,
                    prefix + name,
                    name,
                    self.tr("Contacts in “{name}”.").format(name=name),
                )
            group.setExpanded(True)
        group.setHidden(not entries)

    def _on_current_changed(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        if current is None:
            return
        name = current.data(0, ViewNameRole)
        if name:
            self.view_chosen.emit(str(name))

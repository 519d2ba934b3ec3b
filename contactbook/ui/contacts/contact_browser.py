"""Browsing the contacts: the list, the search as you type, the views, the detail pane."""

from __future__ import annotations

import time
from dataclasses import replace

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QWidget,
)

from contactbook.domain.badge import BadgeKind
from contactbook.domain.contact_query import ContactFilter, ViewKind, view_filter
from contactbook.domain.errors import NotFoundError
from contactbook.services.book import Book
from contactbook.services.consent import consent_histories
from contactbook.services.contacts import ContactListReader, get_contact, view_counts
from contactbook.ui.contacts.contact_detail import ContactDetailPane
from contactbook.ui.contacts.contact_table_model import ICON_SIZE, Column, ContactTableModel
from contactbook.ui.shell.sidebar import ViewSidebar
from contactbook.ui.widgets.badge_delegate import BadgeDelegate, badge_column_width
from contactbook.ui.widgets.badges import badge_short_label

# The pause after a keystroke before the list is searched. Words of three letters or more
# are looked up in the search index (a few ms at 100,000 contacts): no pause, the list
# follows every keystroke. Shorter words scan every contact (about 0.1 s): then the pause is
# the time the last such search took (up to the maximum), so quick keystrokes are taken as
# one search instead of queueing up.
SEARCH_DELAY_MS = 0
SEARCH_DELAY_MAX_MS = 200
_INDEXED_WORD = 3  # letters; the trigram index answers words this long (search_text.py)
# keys that take the search into the list of matches
_INTO_THE_LIST = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ContactBrowser(QObject):
    """The contacts of ``book`` to browse: owns the model, the :attr:`sidebar` of views, the
    list (:attr:`list_pane`: the table, or a message when nothing matches) and the
    :attr:`detail_pane`, and searches as ``search_field`` is typed in. The window places them
    (the widgets are made in the order they are seen, which is the order of Tab).

    Call :meth:`start` once the window listens to :attr:`searched` and :attr:`counted`, and
    :meth:`window_shown` from the window's ``showEvent``.
    """

    # the search (stripped) and how many contacts it finds, whenever the list changed
    searched = Signal(str, int)
    # the views counted (:class:`ViewCounts`): after the first rows are painted, on refresh
    counted = Signal(object)

    def __init__(self, book: Book, *, search_field: QLineEdit, parent: QWidget) -> None:
        super().__init__(parent)
        self._book = book
        self._window = parent
        self.search_field = search_field
        self.model = ContactTableModel(ContactListReader(book), parent=self)
        self._view = ViewKind.ALL.value
        self._view_filter = ContactFilter()
        self._counts_shown = False

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._scan_delay_ms = SEARCH_DELAY_MS  # the pause before a search of short words
        self._search_timer.timeout.connect(self._apply_search)
        search_field.textChanged.connect(self._on_search_edited)

        self.table = self._build_table(parent)
        self.no_matches_label = QLabel(parent)
        self.no_matches_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_matches_label.setWordWrap(True)
        self.list_pane = QStackedWidget(parent)
        self.list_pane.addWidget(self.table)
        self.list_pane.addWidget(self.no_matches_label)
        self.sidebar = ViewSidebar(parent)
        self.sidebar.view_chosen.connect(self._on_view_chosen)
        self.detail_pane = ContactDetailPane(parent)

    # -- public ------------------------------------------------------------------------------

    def start(self) -> None:
        """Tell what the first list shows (the model read its first page when it was made);
        the views are counted once its first rows are painted, an empty book at once."""
        if self.model.total() == 0:
            self.count_views()  # nothing to paint first
        else:
            self.table.viewport().installEventFilter(self)
        self._update_search_status(self.model.total())

    def window_shown(self) -> None:
        """The window was shown: centre the contact selected before, count if no rows paint."""
        # A contact selected before the window was shown is centred once the layout is final;
        # with self as context the call is dropped if the window is gone by then.
        QTimer.singleShot(0, self, self._scroll_to_current)
        if not self.table.isVisibleTo(self._window):
            # No rows to paint first (e.g. a search without matches): count straight away.
            QTimer.singleShot(0, self, self._show_counts_once)

    def selected_contact_ids(self) -> list[int]:
        """Ids of the selected rows, in list order (several rows can be selected)."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return self.model.contact_ids(rows)

    def refresh(self) -> None:
        """Reload the list and the counts, e.g. after contacts were added elsewhere."""
        self.model.reload()
        self.count_views()

    def show_view(self, name: str) -> bool:
        """Show the sidebar view called ``name`` ("all", "business", "category:NAME", …),
        narrowed by the search; False when there is no such view (the list stays as it is)."""
        if view_filter(name) is None:
            return False
        if name == self._view:
            return True
        self._show_counts_once()  # categories and activities are listed with the counts
        return self.sidebar.select_view(name)

    def current_view(self) -> str:
        """The name of the sidebar view the list shows."""
        return self._view

    def set_search(self, text: str) -> None:
        """Search for ``text`` at once, as if typed and the typing had paused."""
        self.search_field.setText(text)
        self._apply_search()

    def select_contact(self, contact_id: int) -> bool:
        """Select and show ``contact_id``; False when it is not in the current list."""
        row = self.model.row_of(contact_id)
        if row is None:
            return False
        index = self.model.index(row, Column.NAME)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def count_views(self) -> None:
        """Count the views for the sidebar, and tell :attr:`counted`."""
        self._counts_shown = True
        counted = view_counts(self._book)
        self.sidebar.set_counts(counted)
        self.counted.emit(counted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.table.viewport():
            # The first rows are on screen: now count the views (a few grouped queries).
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._show_counts_once)
        elif watched is self.search_field and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress and event.key() in _INTO_THE_LIST:
                self._enter_list()
                return True
        elif (
            watched is self.table
            and isinstance(event, QFocusEvent)
            and event.gotFocus()
            and event.reason() != Qt.FocusReason.MouseFocusReason
        ):
            self._select_current_row()
        return super().eventFilter(watched, event)

    # -- building ----------------------------------------------------------------------------

    def _build_table(self, parent: QWidget) -> QTableView:
        table = QTableView(parent)
        table.setModel(self.model)
        table.setItemDelegateForColumn(Column.BADGE, BadgeDelegate(table))
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # several at once: linking to an activity, a mailing, triage
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setShowGrid(False)
        # Tab leaves the list for the detail pane; arrows move between rows.
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        table.setAccessibleName(self.tr("Contacts"))
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(max(ICON_SIZE + 8, parent.fontMetrics().height() + 14))
        _size_columns(table)
        # Clicking a header sorts in SQL (the model's sort()); a second click reverses.
        table.horizontalHeader().setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        # Down or Return in the search moves into the list; reaching the list by keyboard
        # selects the row with the focus frame (eventFilter)
        self.search_field.installEventFilter(self)
        table.installEventFilter(self)
        self.model.modelReset.connect(self._on_model_reset)
        self.model.total_changed.connect(self._update_search_status)
        return table

    # -- reacting ----------------------------------------------------------------------------

    def _scroll_to_current(self) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            self.table.scrollTo(current, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _enter_list(self) -> None:
        """From the search into the list: search now, and select the first row."""
        self._apply_search()
        if self.model.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._select_current_row()

    def _select_current_row(self) -> None:
        """Select the row with the focus frame when nothing is selected (Tab into the list
        sets a current row but selects nothing: the actions would have no contact)."""
        if self.table.selectionModel().hasSelection() or self.model.rowCount() == 0:
            return
        current = self.table.currentIndex()
        row = current.row() if current.isValid() else 0
        self.table.setCurrentIndex(self.model.index(row, Column.NAME))

    def _apply_search(self) -> None:
        self._search_timer.stop()
        text = self.search_field.text().strip()
        if text != self.model.contact_filter.search:
            started = time.perf_counter()
            self.model.set_filter(replace(self._view_filter, search=text))
            took_ms = (time.perf_counter() - started) * 1000
            if not _indexed(text):
                self._scan_delay_ms = int(min(SEARCH_DELAY_MAX_MS, took_ms))

    def _on_search_edited(self) -> None:
        indexed = _indexed(self.search_field.text())
        self._search_timer.start(SEARCH_DELAY_MS if indexed else self._scan_delay_ms)

    def _on_view_chosen(self, name: str) -> None:
        chosen = view_filter(name)
        if chosen is None:
            return
        self._view = name
        self._view_filter = chosen
        self.model.set_filter(replace(chosen, search=self.model.contact_filter.search))

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.detail_pane.clear()
            return
        try:
            contact = get_contact(self._book, self.model.contact_id(current.row()))
        except NotFoundError:
            # Deleted elsewhere since the list was read.
            self.detail_pane.clear()
            return
        histories = consent_histories(self._book, (email.address for email in contact.emails))
        self.detail_pane.show_contact(contact, histories)

    def _on_model_reset(self) -> None:
        # Keep the shown contact selected when it is still in the new list (e.g. after an
        # edit and refresh()); otherwise a new list starts at its top.
        shown = self.detail_pane.contact
        row = None
        if shown is not None and shown.id is not None:
            row = self.model.row_of(shown.id)
        if row is None:
            self.detail_pane.clear()
            self.table.scrollToTop()
        else:
            index = self.model.index(row, Column.NAME)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def _update_search_status(self, total: int) -> None:
        search = self.model.contact_filter.search
        in_view = self._view != ViewKind.ALL.value
        no_matches = total == 0 and (bool(search) or in_view)
        self.list_pane.setCurrentWidget(self.no_matches_label if no_matches else self.table)
        if no_matches and search and in_view:
            text = self.tr(
                "No contacts in this view match “{search}”. Press Esc to clear the search."
            )
        elif no_matches and search:
            text = self.tr("No contacts match “{search}”. Press Esc to see all contacts.")
        else:
            text = self.tr("There are no contacts in this view.")
        if no_matches:
            self.no_matches_label.setText(text.format(search=search))
        self.searched.emit(search, total)

    def _show_counts_once(self) -> None:
        if not self._counts_shown:
            self.count_views()


def _size_columns(table: QTableView) -> None:
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(Column.EMAIL, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(60)
    metrics = table.fontMetrics()
    padding = 24  # cell margins on both sides, and room for the header's resize handle
    # Widths that fit typical Dutch values; longer ones are elided and shown in tooltips.
    header.resizeSection(
        Column.NAME, metrics.horizontalAdvance("Daniëlle van den Berg") + ICON_SIZE + padding
    )
    header.resizeSection(
        Column.ORGANISATION, metrics.horizontalAdvance("Bakkerij Het Stoepje") + padding
    )
    header.resizeSection(Column.PHONE, metrics.horizontalAdvance("+31 6 1234 5678") + padding)
    labels = [badge_short_label(kind) for kind in BadgeKind]
    header.resizeSection(Column.BADGE, badge_column_width(metrics, labels))


def _indexed(text: str) -> bool:
    """Whether every word of a search is long enough for the search index (a fast search)."""
    return all(len(word) >= _INDEXED_WORD for word in text.split())

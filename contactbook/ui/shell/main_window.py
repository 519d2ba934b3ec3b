"""The main window: search, the contact list, the detail pane and the counts."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QWidget,
)

from contactbook import APP_NAME, __version__
from contactbook.domain.badge import BadgeKind
from contactbook.domain.contact_query import ContactFilter, ViewKind, view_filter
from contactbook.domain.errors import NotFoundError
from contactbook.services.book import Book
from contactbook.services.consent import consent_histories
from contactbook.services.contacts import ContactListReader, get_contact, view_counts
from contactbook.ui.contacts.contact_detail import ContactDetailPane
from contactbook.ui.contacts.contact_table_model import ICON_SIZE, Column, ContactTableModel
from contactbook.ui.shell.book_status_bar import BookCounts, BookStatusBar
from contactbook.ui.shell.empty_state import EmptyBookWidget
from contactbook.ui.shell.search_field import SearchField
from contactbook.ui.shell.sidebar import ViewSidebar
from contactbook.ui.widgets.badge_delegate import BadgeDelegate, badge_column_width
from contactbook.ui.widgets.badge_legend import BadgeLegendDialog
from contactbook.ui.widgets.badges import badge_short_label

# The pause after a keystroke before the list is searched. Words of three letters or more
# are looked up in the search index (a few ms at 100,000 contacts): no pause, the list
# follows every keystroke. Shorter words scan every contact (about 0.1 s): then the pause is
# the time the last such search took (up to the maximum), so quick keystrokes are taken as
# one search instead of queueing up.
SEARCH_DELAY_MS = 0
SEARCH_DELAY_MAX_MS = 200
_INDEXED_WORD = 3  # letters; the trigram index answers words this long (search_text.py)
_SETTINGS_GROUP = "MainWindow"
#: keys that take the search into the list of matches
_INTO_THE_LIST = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
_F = TypeVar("_F")


class MainWindow(QMainWindow):
    """The contact book's window over an open :class:`Book`.

    ``on_sample_data`` (optional) fills an empty book; the window reloads after it returns.
    ``settings`` (optional) is where the window keeps its geometry between runs.
    """

    # .vcf files dropped on the window (paths); the import feature listens.
    files_dropped = Signal(list)
    # ids of contacts that were erased or anonymised: whatever remembers their data (the
    # undo steps) must forget it
    contacts_erased = Signal(list)

    def __init__(
        self,
        book: Book,
        *,
        on_sample_data: Callable[[], object] | None = None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._book = book
        self._settings = settings
        self._legend: BadgeLegendDialog | None = None
        self._features: list[object] = []
        self.setWindowTitle(f"{APP_NAME} — {book.path.name}")
        self.model = ContactTableModel(ContactListReader(book), parent=self)
        self._view = ViewKind.ALL.value
        self._view_filter = ContactFilter()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._scan_delay_ms = SEARCH_DELAY_MS  # the pause before a search of short words
        self._search_timer.timeout.connect(self._apply_search)

        self._build_toolbar()
        self._build_central(on_sample_data)
        self._build_menus()
        self._build_status_bar()
        self.setAcceptDrops(True)
        self.resize(1200, 760)
        if settings is not None:
            self._restore_state(settings)
        # The model has read its first page already; only the surroundings need setting up.
        # The counts of the views come just after the first rows are painted.
        self._counts_shown = False
        self._show_list_or_empty(empty=self.model.total() == 0)
        if self.model.total() == 0:
            self._show_book_state()  # an empty book counts at once; nothing to paint first
        else:
            self.table.viewport().installEventFilter(self)
        self._update_search_status(self.model.total())
        self._set_tab_order()

    # -- public ------------------------------------------------------------------------------

    @property
    def book(self) -> Book:
        return self._book

    @property
    def splitter(self) -> QSplitter:
        """The panes side by side: sidebar, list, detail (their widths are remembered)."""
        return self._splitter

    def keep(self, feature: _F) -> _F:
        """Keep a feature object (its actions, undo stack…) alive as long as the window."""
        if not any(kept is feature for kept in self._features):
            self._features.append(feature)
        return feature

    def feature(self, kind: type[_F]) -> _F | None:
        """The kept feature object of ``kind``, if one was installed."""
        for kept in self._features:
            if isinstance(kept, kind):
                return kept
        return None

    def selected_contact_ids(self) -> list[int]:
        """Ids of the selected rows, in list order (several rows can be selected)."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return self.model.contact_ids(rows)

    def add_menu(self, title: str) -> QMenu:
        """A new menu in the menu bar, before Help (for features that bring their own)."""
        menu = QMenu(title, self)
        self.menuBar().insertMenu(self._help_menu.menuAction(), menu)
        return menu

    def add_file_action(self, action: QAction) -> None:
        """An entry in the File menu, above Quit."""
        self.file_menu.insertAction(self._quit_separator, action)

    def add_contact_action(self, action: QAction, *, separator_before: bool = False) -> None:
        """An action on the selected contacts: in the Contact menu and the list's context menu.

        The action reads :meth:`selected_contact_ids` when triggered; after changing the book
        it calls :meth:`refresh`.
        """
        if separator_before and self.contact_menu.actions():
            self.contact_menu.addSeparator()
            separator = QAction(self.table)
            separator.setSeparator(True)
            self.table.addAction(separator)
        self.contact_menu.addAction(action)
        self.table.addAction(action)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_vcards(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _dropped_vcards(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
        else:
            super().dropEvent(event)

    def refresh(self) -> None:
        """Reload the list and the counts, e.g. after contacts were added elsewhere."""
        self.model.reload()
        self._show_book_state()

    def show_view(self, name: str) -> bool:
        """Show the sidebar view called ``name`` ("all", "business", "unsorted", "no_basis",
        "assessment_missing", "opted_out", "category:NAME", "activity:NAME").

        The search stays and narrows the view. Returns False when there is no such view (the
        list is left as it is).
        """
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

    def show_badge_legend(self) -> BadgeLegendDialog:
        """Open the badge legend next to the window (not blocking)."""
        if self._legend is None:
            self._legend = BadgeLegendDialog(self)
            # deleted when closed (a closed dialog must not live on in the window); the next
            # request opens a new one
            self._legend.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self._legend.finished.connect(self._forget_legend)
        self._legend.show()
        self._legend.raise_()
        return self._legend

    def _forget_legend(self) -> None:
        self._legend = None

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About contactbook"),
            self.tr(
                "contactbook {version}\n\n"
                "A contact book for small businesses that keeps you on the right side of the "
                "GDPR (AVG) and the Telecommunicatiewet. Your contacts stay on this computer."
            ).format(version=__version__),
        )

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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # A contact selected before the window was shown is centred once the layout is final;
        # with self as context the call is dropped if the window is gone by then.
        QTimer.singleShot(0, self, self._scroll_to_current)
        if not self.table.isVisibleTo(self):
            # No rows to paint first (e.g. a search without matches): count straight away.
            QTimer.singleShot(0, self, self._show_counts_once)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._settings is not None:
            self._save_state(self._settings)
        super().closeEvent(event)

    # -- building ----------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Search"), self)
        toolbar.setObjectName("searchToolbar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        self.search_field = SearchField(toolbar)
        self.search_field.setPlaceholderText(
            self.tr("Search name, organisation, e-mail, phone, city")
        )
        self.search_field.setAccessibleName(self.tr("Search contacts"))
        self.search_field.setMinimumWidth(320)
        self.search_field.setMaximumWidth(520)
        self.search_field.textChanged.connect(self._on_search_edited)
        toolbar.addWidget(self.search_field)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def _build_central(self, on_sample_data: Callable[[], object] | None) -> None:
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(Column.BADGE, BadgeDelegate(self.table))
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # several at once: linking to an activity, a mailing, triage
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        # Tab leaves the list for the detail pane; arrows move between rows.
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.table.setAccessibleName(self.tr("Contacts"))
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(max(ICON_SIZE + 8, self.fontMetrics().height() + 14))
        self._size_columns()
        # Clicking a header sorts in SQL (the model's sort()); a second click reverses.
        self.table.horizontalHeader().setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        # Down or Return in the search moves into the list; reaching the list by keyboard
        # selects the row with the focus frame (eventFilter)
        self.search_field.installEventFilter(self)
        self.table.installEventFilter(self)
        self.model.modelReset.connect(self._on_model_reset)
        self.model.total_changed.connect(self._update_search_status)

        self.no_matches_label = QLabel(self)
        self.no_matches_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_matches_label.setWordWrap(True)
        self._list_stack = QStackedWidget(self)
        self._list_stack.addWidget(self.table)
        self._list_stack.addWidget(self.no_matches_label)

        self.sidebar = ViewSidebar(self)
        self.sidebar.setMinimumWidth(160)
        self.sidebar.view_chosen.connect(self._on_view_chosen)
        self.detail_pane = ContactDetailPane(self)
        self.detail_pane.setMinimumWidth(280)
        self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._splitter.setObjectName("contactSplitter")
        self._splitter.addWidget(self.sidebar)
        self._splitter.addWidget(self._list_stack)
        self._splitter.addWidget(self.detail_pane)
        # A wider window gives the list more room; the sidebar and detail keep their widths.
        self._splitter.setStretchFactor(0, 0)
        self._splitter.setStretchFactor(1, 1)
        self._splitter.setStretchFactor(2, 0)
        self._splitter.setChildrenCollapsible(False)
        self._splitter.setSizes([190, 760, 330])

        self.empty_state = EmptyBookWidget(
            self._fill_with(on_sample_data) if on_sample_data else None, self
        )
        self._central = QStackedWidget(self)
        self._central.addWidget(self._splitter)
        self._central.addWidget(self.empty_state)
        self.setCentralWidget(self._central)

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.EMAIL, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        metrics = self.table.fontMetrics()
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

    def _build_menus(self) -> None:
        file_menu = self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._quit_separator = file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        # QKeySequence.Quit is empty on Windows; Ctrl+Q is what users expect everywhere.
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        # Actions on the selected contacts (features add theirs with add_contact_action).
        self.contact_menu = self.menuBar().addMenu(self.tr("&Contact"))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        find_action = QAction(self.tr("Find"), self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self._focus_search)
        self.addAction(find_action)
        clear_action = QAction(self.tr("Clear search"), self)
        clear_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear_action.triggered.connect(self.search_field.clear)
        self.addAction(clear_action)

        help_menu = self._help_menu = self.menuBar().addMenu(self.tr("&Help"))
        legend_action = QAction(self.tr("&Badge legend"), self)
        legend_action.triggered.connect(self.show_badge_legend)
        help_menu.addAction(legend_action)
        about_action = QAction(self.tr("&About contactbook"), self)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def _build_status_bar(self) -> None:
        self.status_bar = BookStatusBar(self)
        self.setStatusBar(self.status_bar)

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

    def _focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

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
        self._list_stack.setCurrentWidget(self.no_matches_label if no_matches else self.table)
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
        self.status_bar.show_search(search, total)

    def _show_counts_once(self) -> None:
        if not self._counts_shown:
            self._show_book_state()

    def _show_book_state(self) -> None:
        """The empty-book message or the list, and the counts in the sidebar and status bar."""
        self._counts_shown = True
        counted = view_counts(self._book)
        self.sidebar.set_counts(counted)
        counts = BookCounts(
            total=counted.total,
            business=counted.business,
            private=counted.private,
            to_review=counted.unsorted,
        )
        self.status_bar.show_counts(counts)
        self._show_list_or_empty(empty=counts.total == 0)

    def _show_list_or_empty(self, *, empty: bool) -> None:
        self._central.setCurrentWidget(self.empty_state if empty else self._splitter)
        self.search_field.setEnabled(not empty)

    def _set_tab_order(self) -> None:
        """Tab goes sidebar → search → list → detail pane, left to right as they are seen."""
        QWidget.setTabOrder(self.sidebar, self.search_field)
        QWidget.setTabOrder(self.search_field, self.table)
        QWidget.setTabOrder(self.table, self.detail_pane)

    def _fill_with(self, on_sample_data: Callable[[], object]) -> Callable[[], None]:
        def fill() -> None:
            on_sample_data()
            self.refresh()

        return fill

    # -- remembering -------------------------------------------------------------------------

    def _restore_state(self, settings: QSettings) -> None:
        settings.beginGroup(_SETTINGS_GROUP)
        try:
            for key, restore in (
                ("geometry", self.restoreGeometry),
                # "splitter" held the two-pane layout before the sidebar came
                ("panes", self._splitter.restoreState),
                ("columns", self.table.horizontalHeader().restoreState),
            ):
                value = settings.value(key)
                if isinstance(value, QByteArray):
                    restore(value)
        finally:
            settings.endGroup()

    def _save_state(self, settings: QSettings) -> None:
        settings.beginGroup(_SETTINGS_GROUP)
        try:
            settings.setValue("geometry", self.saveGeometry())
            settings.setValue("panes", self._splitter.saveState())
            settings.setValue("columns", self.table.horizontalHeader().saveState())
        finally:
            settings.endGroup()


def _dropped_vcards(mime: QMimeData) -> list[Path]:
    """The local .vcf files among dropped URLs."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() in (".vcf", ".vcard")]


def _indexed(text: str) -> bool:
    """Whether every word of a search is long enough for the search index (a fast search)."""
    return all(len(word) >= _INDEXED_WORD for word in text.split())

"""The main window: the shell around the contacts (menus, search bar, panes, status bar,
dropped files, the features' registry, remembered geometry)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from contactbook import APP_NAME, __version__
from contactbook.domain.contact_query import ViewCounts
from contactbook.services.book import Book
from contactbook.ui.contacts.contact_browser import ContactBrowser
from contactbook.ui.shell.book_status_bar import BookCounts, BookStatusBar
from contactbook.ui.shell.empty_state import EmptyBookWidget
from contactbook.ui.shell.search_field import SearchField
from contactbook.ui.widgets.badge_legend import BadgeLegendDialog

_SETTINGS_GROUP = "MainWindow"
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
        self._show_list_or_empty(empty=self.model.total() == 0)
        self.browser.start()
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
        return self.browser.selected_contact_ids()

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
        self.browser.refresh()

    def show_view(self, name: str) -> bool:
        """Show the sidebar view called ``name`` ("all", "business", "unsorted", "no_basis",
        "assessment_missing", "opted_out", "category:NAME", "activity:NAME").

        The search stays and narrows the view. Returns False when there is no such view (the
        list is left as it is).
        """
        return self.browser.show_view(name)

    def current_view(self) -> str:
        """The name of the sidebar view the list shows."""
        return self.browser.current_view()

    def set_search(self, text: str) -> None:
        """Search for ``text`` at once, as if typed and the typing had paused."""
        self.browser.set_search(text)

    def select_contact(self, contact_id: int) -> bool:
        """Select and show ``contact_id``; False when it is not in the current list."""
        return self.browser.select_contact(contact_id)

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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.browser.window_shown()

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
        toolbar.addWidget(self.search_field)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def _build_central(self, on_sample_data: Callable[[], object] | None) -> None:
        self.browser = ContactBrowser(self._book, search_field=self.search_field, parent=self)
        self.browser.searched.connect(self._show_search)
        self.browser.counted.connect(self._show_counts)
        self.model = self.browser.model
        self.table = self.browser.table
        self.no_matches_label = self.browser.no_matches_label
        self.sidebar = self.browser.sidebar
        self.sidebar.setMinimumWidth(160)
        self.detail_pane = self.browser.detail_pane
        self.detail_pane.setMinimumWidth(280)
        self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._splitter.setObjectName("contactSplitter")
        self._splitter.addWidget(self.sidebar)
        self._splitter.addWidget(self.browser.list_pane)
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

    def _focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _show_search(self, search: str, matches: int) -> None:
        self.status_bar.show_search(search, matches)

    def _show_counts(self, counted: ViewCounts) -> None:
        """The book's counts in the status bar; the empty-book message or the list."""
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

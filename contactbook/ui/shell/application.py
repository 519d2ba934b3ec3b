"""Starting the GUI: the QApplication, error boxes, and running (or photographing) the window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QEvent,
    QEventLoop,
    QMessageLogContext,
    QObject,
    QSettings,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from contactbook import APP_ID, APP_NAME, __version__
from contactbook.services.book import Book
from contactbook.ui.shell.app_icon import app_icon
from contactbook.ui.shell.main_window import MainWindow
from contactbook.ui.shell.theme import apply_theme
from contactbook.ui.translations import choose_language, current_language, install_translations

ORGANISATION_NAME = "contactbook"
ORGANISATION_DOMAIN = "contactbook.nl"
SCREENSHOT_SIZE = (1280, 800)
_SETTLE_MS = 300


def create_application(argv: list[str], language: str | None = None) -> QApplication:
    """The QApplication with contactbook's names, icon and language; reuses an existing one.

    ``language`` ("nl" or "en", from ``--lang``) wins over the language saved in the settings
    (``ui/language``), which wins over the system's. Without ``language``, an application
    whose language was already chosen keeps it.
    """
    existing = QCoreApplication.instance()
    if existing is not None and not isinstance(existing, QApplication):
        raise RuntimeError("A non-GUI Qt application is already running in this process.")
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    # QSettings and the platform derive their paths and identities from these names.
    app.setOrganizationName(ORGANISATION_NAME)
    app.setOrganizationDomain(ORGANISATION_DOMAIN)
    QGuiApplication.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    qInstallMessageHandler(_quiet_platform_noise)
    if language or current_language(app) is None:
        install_translations(app, choose_language(language, QSettings()))
    return app


# Said by the offscreen platform for every window; true and of no use to anyone.
_NOISE = ("This plugin does not support propagateSizeHints()",)


def _quiet_platform_noise(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if message in _NOISE:
        return
    label = {
        QtMsgType.QtDebugMsg: "debug",
        QtMsgType.QtInfoMsg: "info",
        QtMsgType.QtWarningMsg: "warning",
        QtMsgType.QtCriticalMsg: "critical",
        QtMsgType.QtFatalMsg: "fatal",
    }.get(kind, "message")
    print(f"qt {label}: {message}", file=sys.stderr)


def show_error(title: str, message: str, *, informational: bool = False) -> None:
    """Tell the user what went wrong in a modal box: the plain message, never a traceback.

    ``informational`` is for situations that are not failures (e.g. the book is already
    open in another window): an information icon instead of the critical one.
    """
    create_application(sys.argv[:1])
    icon = QMessageBox.Icon.Information if informational else QMessageBox.Icon.Critical
    box = QMessageBox(icon, title, message, QMessageBox.StandardButton.Ok)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def run_main_window(
    book: Book,
    *,
    screenshot: Path | None = None,
    search: str = "",
    select: int | None = None,
    view: str | None = None,
    theme: str = "system",
    on_sample_data: Callable[[], object] | None = None,
    after_first_paint: Callable[[], object] | None = None,
) -> int:
    """Show the main window over ``book`` until it is closed; returns the exit code.

    With ``screenshot`` the window is rendered at 1280×800 to that PNG instead, and the
    function returns at once (2 when the file cannot be written). Screenshots neither read
    nor write the remembered window geometry, so they come out the same on every machine.
    """
    app = create_application(sys.argv[:1])
    apply_theme(app, theme)
    settings = None if screenshot is not None else QSettings()
    window = MainWindow(book, settings=settings, on_sample_data=on_sample_data)
    if screenshot is not None:  # the picture shows the menus
        install_features(window)
    if search:
        window.set_search(search)
    if view and not window.show_view(view):
        print(f"{APP_NAME}: there is no view called {view!r}.", file=sys.stderr)
    if select is not None and not window.select_contact(select):
        print(f"{APP_NAME}: contact {select} is not in the list.", file=sys.stderr)
    if screenshot is None:
        show_window(window, then=after_first_paint)
        return app.exec()
    try:
        return _save_screenshot(window, screenshot)
    finally:
        window.close()
        window.deleteLater()


def show_window(window: MainWindow, *, then: Callable[[], object] | None = None) -> None:
    """Show the window, and plug in its features as soon as it has painted for the first time.

    The features' modules (dialogs, spreadsheet, mail and vCard libraries) take about a fifth
    of a second to load at start-up; the window shows its contacts first and gets its menus
    a moment later, before the user can reach for them. ``then`` runs after that (e.g. the
    daily backup, which takes seconds at 100,000 contacts on the first start of a day).
    """
    app = QCoreApplication.instance()
    assert app is not None, "create_application first"

    def after_first_paint() -> None:
        install_features(window)
        if then is not None:
            then()

    watch = _FirstPaint(window, after_first_paint)
    app.installEventFilter(watch)
    window.show()


class _FirstPaint(QObject):
    """Calls ``then`` once, from the event loop, after a widget of ``window`` first painted."""

    def __init__(self, window: MainWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # after this paint is done
        return False


def install_features(window: MainWindow) -> None:
    """Plug the features that bring their own menus and dialogs into the window."""
    # imported here: loading them is a good part of start-up (see show_window)
    from contactbook.ui.contacts.contact_actions import install_contact_actions
    from contactbook.ui.contacts.duplicates_dialog import install_duplicate_actions
    from contactbook.ui.importing.import_actions import install_import_actions
    from contactbook.ui.mailing.mailing_actions import install_mailing_actions
    from contactbook.ui.register.register_actions import install_register_actions
    from contactbook.ui.rights.rights_actions import install_rights_actions

    contact_actions = install_contact_actions(window)
    install_import_actions(window, contact_actions.undo)
    install_duplicate_actions(window)
    install_register_actions(window)
    install_mailing_actions(window)
    install_rights_actions(window)


def _save_screenshot(window: MainWindow, path: Path) -> int:
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    _settle(window)
    if not window.grab().save(str(path), "PNG"):
        print(f"{APP_NAME}: cannot write the screenshot to {path}.", file=sys.stderr)
        return 2
    return 0


def _settle(window: MainWindow) -> None:
    """Let layouts, fetches and paints finish before the window is photographed."""
    deadline = QDeadlineTimer(_SETTLE_MS)
    while not deadline.hasExpired():
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    # The view fetches further pages lazily; make sure the rows it shows are in.
    table = window.table
    while window.model.canFetchMore() and table.rowAt(table.viewport().height() - 1) < 0:
        window.model.fetchMore()
        QCoreApplication.processEvents()

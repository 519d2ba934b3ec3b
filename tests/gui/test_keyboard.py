"""The main flows by keyboard alone: every key goes to the widget that has the focus.

No test here clicks or sets the focus itself: keys are sent to ``QApplication.focusWidget()``
(or, for a menu that is open, to that menu), as a user without a mouse would type them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot

from contactbook.domain.enums import Scope
from contactbook.services.book import Book
from contactbook.ui.shell.application import install_features
from contactbook.ui.shell.main_window import MainWindow

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NO) -> None:
    """One key to whatever has the focus: an open menu first, else the focused widget."""
    popup = QApplication.activePopupWidget()
    qtbot.keyClick(popup if popup is not None else focused(), key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def when_modal(kind: type[QDialog], steps: Callable[[QDialog], None], done: list[QDialog]) -> None:
    """Run ``steps`` (keys) on the modal dialog of ``kind`` once it is open and focused.

    For dialogs the window runs with exec(): the test's key press blocks until it closes.
    """

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, kind) or not modal.isAncestorOf(QApplication.focusWidget()):
            QTimer.singleShot(10, poll)
            return
        done.append(modal)
        try:
            steps(modal)
        finally:
            if modal.isVisible():  # a failed step must not leave the test waiting forever
                modal.reject()

    QTimer.singleShot(0, poll)


def open_modal(qtbot: QtBot, kind: type[QDialog]) -> QDialog:
    """The dialog of ``kind`` opened with open() (window-modal, not blocking)."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=5000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, kind)
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()), timeout=5000)
    return dialog


def back_to(qtbot: QtBot, window: QWidget) -> None:
    """Wait until a closed dialog has given the keyboard back to ``window``.

    The offscreen platform has no window manager to activate the window below a closed one;
    activating it here is that manager's part, not the user's.
    """
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() in (window, None))
    if QApplication.activeWindow() is not window:
        window.activateWindow()
    qtbot.waitUntil(lambda: window.isAncestorOf(QApplication.focusWidget()))


@pytest.fixture
def window(qtbot: QtBot, mixed_book: Book, tmp_path: Path) -> MainWindow:
    window = MainWindow(mixed_book)
    qtbot.addWidget(window)
    install_features(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return window


def test_search_select_and_edit_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    from contactbook.ui.contacts.contact_dialog import ContactDialog

    press(qtbot, Qt.Key.Key_F, CTRL)
    assert focused() is window.search_field
    type_text(qtbot, "bakker")
    qtbot.waitUntil(lambda: window.model.total() == 2)  # Sanne Bakker, Bakkerij Het Zoete Broodje
    press(qtbot, Qt.Key.Key_Down)  # from the search into the list: its first row
    assert focused() is window.table
    first = window.selected_contact_ids()
    assert len(first) == 1
    press(qtbot, Qt.Key.Key_Down)
    [second] = window.selected_contact_ids()
    assert second != first[0]
    assert window.detail_pane.contact is not None
    assert window.detail_pane.contact.id == second

    seen: list[QDialog] = []

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, ContactDialog)
        press(qtbot, Qt.Key.Key_Escape)

    when_modal(ContactDialog, edit, seen)
    press(qtbot, Qt.Key.Key_Return)
    assert len(seen) == 1
    back_to(qtbot, window)
    assert focused() is window.table
    # Esc in the list clears the search: every contact again
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.model.total() == 5)
    assert window.selected_contact_ids() == [second]


def test_tab_into_the_list_selects_the_row_it_shows(qtbot: QtBot, window: MainWindow) -> None:
    press(qtbot, Qt.Key.Key_F, CTRL)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is window.table
    assert len(window.selected_contact_ids()) == 1, "the row with the focus frame is selected"


def test_an_edit_is_saved_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    from contactbook.ui.contacts.contact_dialog import ContactDialog

    press(qtbot, Qt.Key.Key_F, CTRL)
    type_text(qtbot, "Emma")
    qtbot.waitUntil(lambda: window.model.total() == 1)
    press(qtbot, Qt.Key.Key_Tab)
    [emma] = window.selected_contact_ids()
    seen: list[QDialog] = []

    def rename(dialog: QDialog) -> None:
        assert isinstance(dialog, ContactDialog)
        assert focused() is dialog.given_edit  # the first field, ready for typing
        press(qtbot, Qt.Key.Key_A, CTRL)
        type_text(qtbot, "Emmy")
        press(qtbot, Qt.Key.Key_Return)  # the default button saves

    when_modal(ContactDialog, rename, seen)
    press(qtbot, Qt.Key.Key_F2)
    assert len(seen) == 1
    assert window.book.contacts.get(emma).given_name == "Emmy"


def test_triage_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    from contactbook.ui.contacts.triage_dialog import TriageDialog

    [pieter] = [c for c in window.book.contacts.get_many() if c.given_name == "Pieter"]
    assert pieter.id is not None
    assert pieter.scope is Scope.UNSORTED
    seen: list[QDialog] = []

    def sort(dialog: QDialog) -> None:
        press(qtbot, Qt.Key.Key_P)
        assert window.book.contacts.get(pieter.id).scope is Scope.PRIVATE
        press(qtbot, Qt.Key.Key_Escape)

    when_modal(TriageDialog, sort, seen)
    press(qtbot, Qt.Key.Key_T, CTRL)
    assert len(seen) == 1
    assert window.book.contacts.get(pieter.id).scope is Scope.PRIVATE


def test_a_new_mailing_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    from contactbook.ui.mailing import RecipientsDialog
    from contactbook.ui.mailing.compose_dialog import ComposeDialog

    press(qtbot, Qt.Key.Key_F, CTRL)
    press(qtbot, Qt.Key.Key_Tab)  # into the list: its first row
    press(qtbot, Qt.Key.Key_Down, SHIFT)  # and the next one
    assert len(window.selected_contact_ids()) == 2
    press(qtbot, Qt.Key.Key_M, ALT)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    assert menu.objectName() == "mailingMenu"
    press(qtbot, Qt.Key.Key_S)  # New mailing from the &selection…
    recipients = open_modal(qtbot, RecipientsDialog)
    assert isinstance(recipients, RecipientsDialog)
    assert focused() is recipients.compose_button
    press(qtbot, Qt.Key.Key_W, ALT)  # &Write and send…
    compose = open_modal(qtbot, ComposeDialog)
    assert isinstance(compose, ComposeDialog)
    assert focused() is compose.subject_edit
    type_text(qtbot, "Nieuwe openingstijden")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is compose.body_edit
    type_text(qtbot, "Vanaf maandag open om 7 uur.")
    press(qtbot, Qt.Key.Key_Tab)  # Tab leaves the text instead of typing a tab
    assert focused() is compose.language_combo
    assert compose.body_edit.toPlainText() == "Vanaf maandag open om 7 uur."
    press(qtbot, Qt.Key.Key_Escape)
    back_to(qtbot, recipients)
    assert focused() is recipients.compose_button
    press(qtbot, Qt.Key.Key_Escape)
    back_to(qtbot, window)


def test_the_mailing_log_opens_by_access_keys(qtbot: QtBot, window: MainWindow) -> None:
    from contactbook.ui.mailing import MailingLogDialog

    press(qtbot, Qt.Key.Key_M, ALT)
    press(qtbot, Qt.Key.Key_G)  # Mailing lo&g…
    log = open_modal(qtbot, MailingLogDialog)
    assert log.isVisible()
    press(qtbot, Qt.Key.Key_Escape)
    back_to(qtbot, window)


def test_the_register_is_exported_by_keyboard(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from contactbook.ui.register.register_export_dialog import RegisterExportDialog

    target = tmp_path / "register.csv"
    press(qtbot, Qt.Key.Key_F, ALT)
    press(qtbot, Qt.Key.Key_G)  # Export re&gister…
    dialog = open_modal(qtbot, RegisterExportDialog)
    assert isinstance(dialog, RegisterExportDialog)
    press(qtbot, Qt.Key.Key_F, ALT)  # &Format:
    assert focused() is dialog.format_box
    press(qtbot, Qt.Key.Key_End)  # the last format: CSV
    assert dialog.format_box.currentData() == "csv"
    press(qtbot, Qt.Key.Key_L, ALT)  # &Language of the register:
    press(qtbot, Qt.Key.Key_End)  # English
    assert dialog.language == "en"
    seen: list[QDialog] = []

    def save_as(file_dialog: QDialog) -> None:
        press(qtbot, Qt.Key.Key_A, CTRL)
        type_text(qtbot, str(target))
        when_modal(QMessageBox, lambda _box: press(qtbot, Qt.Key.Key_Return), seen)
        press(qtbot, Qt.Key.Key_Return)

    when_modal(QFileDialog, save_as, seen)
    press(qtbot, Qt.Key.Key_Return)  # the default button: Export…
    assert [type(d) for d in seen] == [QFileDialog, QMessageBox]
    assert target.read_text(encoding="utf-8-sig").startswith("Processing activity,Purposes")


def test_settings_open_by_shortcut_and_close_with_escape(qtbot: QtBot, window: MainWindow) -> None:
    from contactbook.ui.shell.settings_dialog import SettingsDialog

    seen: list[QDialog] = []
    when_modal(SettingsDialog, lambda _d: press(qtbot, Qt.Key.Key_Escape), seen)
    press(qtbot, Qt.Key.Key_Comma, CTRL)
    assert len(seen) == 1


def test_every_stop_of_the_tab_order_shows_the_focus(qtbot: QtBot, window: MainWindow) -> None:
    """Tab visits the window's parts in reading order, and each looks different when focused."""
    press(qtbot, Qt.Key.Key_F, CTRL)
    stops: list[QWidget] = []
    looks: dict[int, QImage] = {}
    while focused() not in stops and len(stops) < 12:
        widget = focused()
        stops.append(widget)
        qtbot.wait(20)  # the focus frame is painted
        looks[id(widget)] = widget.grab().toImage()
        press(qtbot, Qt.Key.Key_Tab)
        qtbot.wait(20)
        assert widget.grab().toImage() != looks[id(widget)], (
            f"{type(widget).__name__} {widget.accessibleName()!r} shows no focus"
        )
    assert focused() is window.search_field, "Tab goes round and comes back to the search"
    assert stops == [window.search_field, window.table, stops[2], window.sidebar]
    assert window.detail_pane.isAncestorOf(stops[2])


def test_views_are_chosen_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    press(qtbot, Qt.Key.Key_F, CTRL)
    press(qtbot, Qt.Key.Key_Backtab, SHIFT)  # back from the search: the sidebar
    assert focused() is window.sidebar
    assert window.current_view() == "all"
    press(qtbot, Qt.Key.Key_Down)
    assert window.current_view() == "business"
    assert window.model.total() == 3  # Jan, Emma and the bakery
    press(qtbot, Qt.Key.Key_End)  # the last view
    assert window.current_view() != "business"


def test_the_badge_legend_opens_from_the_help_menu(qtbot: QtBot, window: MainWindow) -> None:
    from contactbook.ui.widgets.badge_legend import BadgeLegendDialog

    press(qtbot, Qt.Key.Key_H, ALT)
    press(qtbot, Qt.Key.Key_B)  # &Badge legend
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), BadgeLegendDialog))
    legend = QApplication.activeWindow()
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not legend.isVisible())

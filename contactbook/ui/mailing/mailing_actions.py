"""The Mailing menu of the main window: new mailings, opt-outs, unsubscribes and the log."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction

from contactbook.domain.contact_query import ContactFilter
from contactbook.ui.mailing import (
    MailingLogDialog,
    OptOutDialog,
    RecipientsDialog,
    UnsubscribeDialog,
)
from contactbook.ui.shell.main_window import MainWindow
from contactbook.ui.widgets.formatting import format_count
from contactbook.ui.widgets.modal import open_owned


def install_mailing_actions(window: MainWindow) -> None:
    """Add the Mailing menu and keep its actions in step with the selection."""
    menu = window.add_menu(QCoreApplication.translate("MailingActions", "&Mailing"))
    menu.setObjectName("mailingMenu")
    from_selection = QAction(
        QCoreApplication.translate("MailingActions", "New mailing from the &selection…"), menu
    )
    from_selection.setObjectName("newMailingFromSelection")
    from_list = QAction(
        QCoreApplication.translate("MailingActions", "New mailing from the current &list…"), menu
    )
    from_list.setObjectName("newMailingFromList")
    opt_out = QAction(
        QCoreApplication.translate("MailingActions", "Record &opt-out or objection…"), menu
    )
    opt_out.setObjectName("recordOptOut")
    unsubscribes = QAction(
        QCoreApplication.translate("MailingActions", "Process &unsubscribes…"), menu
    )
    unsubscribes.setObjectName("processUnsubscribes")
    log = QAction(QCoreApplication.translate("MailingActions", "Mailing lo&g…"), menu)
    log.setObjectName("mailingLog")

    from_selection.triggered.connect(lambda: open_mailing_for_selection(window))
    from_list.triggered.connect(lambda: open_mailing_for_list(window))
    opt_out.triggered.connect(lambda: open_opt_out(window))
    unsubscribes.triggered.connect(lambda: open_unsubscribes(window))
    log.triggered.connect(lambda: open_mailing_log(window))

    menu.addAction(from_selection)
    menu.addAction(from_list)
    menu.addSeparator()
    menu.addAction(opt_out)
    menu.addAction(unsubscribes)
    menu.addSeparator()
    menu.addAction(log)

    def follow_selection() -> None:
        chosen = window.selected_contact_ids()
        from_selection.setEnabled(bool(chosen))
        opt_out.setEnabled(len(chosen) == 1)

    window.table.selectionModel().selectionChanged.connect(follow_selection)
    window.model.modelReset.connect(follow_selection)
    follow_selection()


def open_mailing_for_selection(window: MainWindow) -> RecipientsDialog | None:
    ids = window.selected_contact_ids()
    if not ids:
        return None
    description = (
        QCoreApplication.translate("MailingActions", "1 selected contact.")
        if len(ids) == 1
        else QCoreApplication.translate("MailingActions", "{count} selected contacts.").format(
            count=format_count(len(ids))
        )
    )
    return _open_recipients(window, ContactFilter(ids=tuple(ids)), description)


def open_mailing_for_list(window: MainWindow) -> RecipientsDialog:
    """The contacts the list shows now: its search and filters (a view, category, activity)."""
    shown = window.model.contact_filter
    total = window.model.total()
    description = (
        QCoreApplication.translate("MailingActions", "The 1 contact in the current list.")
        if total == 1
        else QCoreApplication.translate(
            "MailingActions", "The {count} contacts in the current list."
        ).format(count=format_count(total))
    )
    return _open_recipients(window, shown, description)


def open_opt_out(window: MainWindow) -> OptOutDialog | None:
    ids = window.selected_contact_ids()
    if len(ids) != 1:
        return None
    dialog = OptOutDialog(window.book, ids[0], window)
    dialog.accepted.connect(window.refresh)
    open_owned(dialog)
    return dialog


def open_unsubscribes(window: MainWindow) -> UnsubscribeDialog:
    dialog = UnsubscribeDialog(window.book, window)
    dialog.recorded.connect(lambda _count: window.refresh())
    open_owned(dialog)
    return dialog


def open_mailing_log(window: MainWindow) -> MailingLogDialog:
    dialog = MailingLogDialog(window.book, settings=QSettings(), parent=window)
    open_owned(dialog)
    return dialog


def _open_recipients(
    window: MainWindow, contact_filter: ContactFilter, description: str
) -> RecipientsDialog:
    dialog = RecipientsDialog(
        window.book,
        contact_filter,
        description=description,
        settings=QSettings(),
        parent=window,
    )
    open_owned(dialog)
    return dialog

"""The register's place in the main window: a Register menu and File › Export register.

``install_register_actions`` adds, to an existing main window:

* Register › Processing activities… (the activities dialog),
* Register › Link selected contacts to an activity… (several at once; business contacts
  only: private ones are refused with the reason, unsorted ones must be reviewed first),
* Register › Export register… and the same action in the File menu.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from contactbook.domain.errors import StorageError
from contactbook.services.activities import active_activity_names
from contactbook.services.book import Book
from contactbook.services.register import (
    LinkOutcome,
    SelectionScopes,
    link_business_contacts,
    split_by_scope,
)
from contactbook.ui.register.activity_dialog import ActivitiesDialog
from contactbook.ui.register.register_export_dialog import RegisterExportDialog
from contactbook.ui.shell.main_window import MainWindow
from contactbook.ui.translations import plural
from contactbook.ui.widgets.modal import open_owned


class RegisterActions(QObject):
    """The translation context of this module's texts.

    Plural texts ("%Ln contact(s)") are written ``plural(RegisterActions, text, count)``
    (:func:`contactbook.ui.translations.plural`).
    """


def install_register_actions(window: MainWindow) -> None:
    """Add the Register menu (before Help) and File › Export register… to ``window``."""
    activities = QAction(
        QCoreApplication.translate("RegisterActions", "&Processing activities…"), window
    )
    activities.triggered.connect(lambda: open_activities(window))
    link = QAction(
        QCoreApplication.translate("RegisterActions", "&Link selected contacts to an activity…"),
        window,
    )
    link.setShortcut(QKeySequence("Ctrl+L"))
    link.triggered.connect(lambda: link_selected(window))
    export = QAction(QCoreApplication.translate("RegisterActions", "Export re&gister…"), window)
    export.triggered.connect(lambda: open_export(window))

    menu = window.add_menu(QCoreApplication.translate("RegisterActions", "&Register"))
    menu.addAction(activities)
    menu.addAction(link)
    menu.addSeparator()
    menu.addAction(export)
    window.add_file_action(export)


def open_activities(window: MainWindow) -> ActivitiesDialog:
    """Show the activities dialog (modal); the list reloads when it closes."""
    dialog = ActivitiesDialog(window.book, window)
    dialog.finished.connect(lambda _result: window.refresh())
    open_owned(dialog)
    return dialog


def open_export(window: MainWindow) -> RegisterExportDialog:
    dialog = RegisterExportDialog(window.book, window)
    open_owned(dialog)
    return dialog


def refusal_text(selection: SelectionScopes) -> str:
    """Why some selected contacts are left out; empty when none are."""
    parts = []
    # Counts go into plain names: lupdate only sees a plural text whose count is a name.
    private, not_reviewed = len(selection.private), len(selection.not_reviewed)
    if private:
        parts.append(
            plural(
                RegisterActions,
                "%Ln private contact(s) cannot be linked: contacts kept for your household are "
                "never processed for the business. Make them business contacts first if they "
                "are.",
                private,
            )
        )
    if not_reviewed:
        parts.append(
            plural(
                RegisterActions,
                "%Ln contact(s) not reviewed yet cannot be linked: decide first whether they are "
                "business or private.",
                not_reviewed,
            )
        )
    return "\n".join(parts)


def link_selected(window: MainWindow) -> LinkToActivityDialog | None:
    """Ask for an activity and link the selected business contacts to it."""
    ids = window.selected_contact_ids()
    if not ids:
        QMessageBox.information(
            window,
            QCoreApplication.translate("RegisterActions", "Link to activity"),
            QCoreApplication.translate(
                "RegisterActions", "Select one or more contacts in the list first."
            ),
        )
        return None
    selection = split_by_scope(window.book, ids)
    if not selection.business:
        QMessageBox.information(
            window,
            QCoreApplication.translate("RegisterActions", "Link to activity"),
            QCoreApplication.translate(
                "RegisterActions", "Only business contacts can be linked to a processing activity."
            )
            + "\n\n"
            + refusal_text(selection),
        )
        return None
    names = active_activity_names(window.book)
    if not names:
        QMessageBox.information(
            window,
            QCoreApplication.translate("RegisterActions", "Link to activity"),
            QCoreApplication.translate(
                "RegisterActions",
                "There are no processing activities yet. Create one under Register › "
                "Processing activities first.",
            ),
        )
        return None
    dialog = LinkToActivityDialog(window.book, selection, names, window)
    dialog.linked.connect(lambda outcome: _after_linking(window, outcome))
    open_owned(dialog)
    return dialog


def link_summary(outcome: LinkOutcome) -> str:
    """One line for the status bar: what the linking did."""
    linked, already, refused = outcome.linked, outcome.already_linked, outcome.refused
    text = plural(RegisterActions, "Linked %Ln contact(s) to “{activity}”.", linked)
    if already:
        text += " " + plural(RegisterActions, "%Ln were linked already.", already)
    if refused:
        text += " " + plural(RegisterActions, "%Ln left out (not business contacts).", refused)
    return text.format(activity=outcome.activity)


def _after_linking(window: MainWindow, outcome: LinkOutcome) -> None:
    window.refresh()
    window.statusBar().showMessage(link_summary(outcome), 8000)


class LinkToActivityDialog(QDialog):
    """Choose the activity for the selected business contacts."""

    linked = Signal(object)  # the LinkOutcome

    def __init__(
        self, book: Book, selection: SelectionScopes, names: list[str], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._book = book
        self._selection = selection
        self.outcome: LinkOutcome | None = None
        self.setWindowTitle(self.tr("Link to processing activity"))
        layout = QVBoxLayout(self)
        count = len(selection.business)
        layout.addWidget(QLabel(plural(self, "Link %Ln business contact(s) to:", count), self))
        self.activity_box = QComboBox(self)
        self.activity_box.addItems(names)
        self.activity_box.setAccessibleName(self.tr("Processing activity"))
        layout.addWidget(self.activity_box)
        refused = refusal_text(selection)
        self.refused_label = QLabel(refused, self)
        self.refused_label.setWordWrap(True)
        self.refused_label.setVisible(bool(refused))
        layout.addWidget(self.refused_label)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.link_button = buttons.addButton(
            self.tr("&Link"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.link)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def link(self) -> None:
        activity = self.activity_box.currentText()
        try:
            selection = self._selection
            everyone = [*selection.business, *selection.private, *selection.not_reviewed]
            # the service sorts them again, so nothing but business contacts gets linked
            self.outcome = link_business_contacts(self._book, activity, everyone)
        except StorageError as error:
            self.error_label.setText(str(error))
            return
        self.linked.emit(self.outcome)
        self.accept()

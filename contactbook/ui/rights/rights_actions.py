"""The rights of the people in the book, in the window: contact actions, a Rights menu, backups.

Contact menu: Export personal data…, Object to direct marketing…, Erase (right to be
forgotten)…. Rights menu: Past retention…, Audit log…. File menu: Back up…, Restore….
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from contactbook.domain.errors import StorageError
from contactbook.services.backup import back_up, backup_folder, check_backup, restore_open_book
from contactbook.services.contacts import get_contact
from contactbook.services.objection import record_objection
from contactbook.ui.rights.audit_dialog import AuditLogDialog
from contactbook.ui.rights.erase_dialog import EraseDialog
from contactbook.ui.rights.relationship_dialog import RelationshipDialog
from contactbook.ui.rights.retention_dialog import RetentionDialog
from contactbook.ui.rights.subject_export_dialog import SubjectExportDialog
from contactbook.ui.shell.main_window import MainWindow
from contactbook.ui.translations import plural
from contactbook.ui.widgets.modal import open_owned


class RightsTexts(QObject):
    """The translation context of this module's texts with a count (``plural(RightsTexts, …)``)."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("RightsActions", text)


@dataclass(frozen=True)
class RightsActions:
    """The rights actions of one window (kept alive with it, see ``MainWindow.keep``)."""

    export: QAction
    objection: QAction
    end_of_relationship: QAction
    erase: QAction
    retention: QAction
    audit: QAction
    back_up: QAction
    restore: QAction


def install_rights_actions(window: MainWindow) -> RightsActions:
    """Add the contact actions, the Rights menu and Back up / Restore to the window."""
    export = QAction(_tr("E&xport personal data…"), window)
    export.setObjectName("exportPersonalData")
    objection = QAction(_tr("Ob&ject to direct marketing…"), window)
    objection.setObjectName("objectToMarketing")
    erase = QAction(_tr("Era&se (right to be forgotten)…"), window)
    erase.setObjectName("eraseContact")
    ended = QAction(_tr("End of relations&hip…"), window)
    ended.setObjectName("endOfRelationship")
    ended.triggered.connect(lambda: open_relationship(window))
    export.triggered.connect(lambda: open_subject_export(window))
    objection.triggered.connect(lambda: ask_objection(window))
    erase.triggered.connect(lambda: open_erase(window))
    window.add_contact_action(export, separator_before=True)
    window.add_contact_action(objection)
    window.add_contact_action(ended)
    window.add_contact_action(erase)

    menu = window.add_menu(_tr("R&ights"))
    menu.setObjectName("rightsMenu")
    retention = QAction(_tr("Past &retention…"), menu)
    retention.setObjectName("pastRetention")
    audit = QAction(_tr("&Audit log…"), menu)
    audit.setObjectName("auditLog")
    retention.triggered.connect(lambda: open_retention(window))
    audit.triggered.connect(lambda: open_audit_log(window))
    menu.addAction(export)
    menu.addAction(objection)
    menu.addAction(ended)
    menu.addAction(erase)
    menu.addSeparator()
    menu.addAction(retention)
    menu.addAction(audit)

    backup = QAction(_tr("&Back up…"), window)
    backup.setObjectName("backUp")
    restoring = QAction(_tr("&Restore from a backup…"), window)
    restoring.setObjectName("restoreBackup")
    backup.triggered.connect(lambda: choose_backup_target(window))
    restoring.triggered.connect(lambda: choose_backup_to_restore(window))
    window.add_file_action(backup)
    window.add_file_action(restoring)

    def follow_selection() -> None:
        one = len(window.selected_contact_ids()) == 1
        export.setEnabled(one)
        objection.setEnabled(one)
        ended.setEnabled(one)
        erase.setEnabled(bool(window.selected_contact_ids()))

    window.table.selectionModel().selectionChanged.connect(follow_selection)
    window.model.modelReset.connect(follow_selection)
    follow_selection()
    return window.keep(
        RightsActions(export, objection, ended, erase, retention, audit, backup, restoring)
    )


def open_subject_export(window: MainWindow) -> SubjectExportDialog | None:
    ids = window.selected_contact_ids()
    if len(ids) != 1:
        return None
    dialog = SubjectExportDialog(window.book, ids[0], window)
    dialog.exported.connect(lambda paths: _show_written(window, paths))
    open_owned(dialog)
    return dialog


def open_erase(window: MainWindow) -> EraseDialog | None:
    ids = window.selected_contact_ids()
    if not ids:
        return None
    try:
        dialog = EraseDialog(window.book, ids, window)
    except StorageError as error:
        QMessageBox.warning(window, _tr("Erase"), str(error))
        return None
    dialog.erased.connect(lambda _result: _after_erasure(window, ids))
    open_owned(dialog)
    return dialog


def _after_erasure(window: MainWindow, ids: list[int]) -> None:
    window.contacts_erased.emit(ids)  # the undo steps forget them first
    window.refresh()


def ask_objection(window: MainWindow) -> None:
    ids = window.selected_contact_ids()
    if len(ids) != 1:
        return
    contact = get_contact(window.book, ids[0])
    if not contact.emails:
        QMessageBox.information(
            window,
            _tr("Objection to direct marketing"),
            _tr("{name} has no e-mail address, so there is nothing to stop.").format(
                name=contact.display_name
            ),
        )
        return
    answer = QMessageBox.question(
        window,
        _tr("Objection to direct marketing"),
        _tr(
            "Record that {name} objects to direct marketing? No mailing will go to any of "
            "their addresses from now on:\n{addresses}"
        ).format(
            name=contact.display_name,
            addresses="\n".join(e.address for e in contact.emails),
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
    )
    if answer == QMessageBox.StandardButton.Yes:
        record_objection(window.book, ids[0])
        window.refresh()


def open_relationship(window: MainWindow) -> RelationshipDialog | None:
    ids = window.selected_contact_ids()
    if len(ids) != 1:
        return None
    dialog = RelationshipDialog(window.book, ids[0], window)
    dialog.accepted.connect(window.refresh)
    open_owned(dialog)
    return dialog


def open_retention(window: MainWindow) -> RetentionDialog:
    dialog = RetentionDialog(window.book, window)
    dialog.erased.connect(window.contacts_erased.emit)
    dialog.changed.connect(window.refresh)
    open_owned(dialog)
    return dialog


def open_audit_log(window: MainWindow) -> AuditLogDialog:
    dialog = AuditLogDialog(window.book, window)
    open_owned(dialog)
    return dialog


def choose_backup_target(window: MainWindow) -> None:
    suggested = Path.home() / f"contactbook-{date.today().isoformat()}.sqlite"
    name, _ = QFileDialog.getSaveFileName(
        window, _tr("Back up the contact book"), str(suggested), _tr("Contact books (*.sqlite)")
    )
    if name:
        back_up_to(window, Path(name))


def back_up_to(window: MainWindow, target: Path) -> bool:
    try:
        written = back_up(window.book, target)
    except (StorageError, OSError) as error:
        QMessageBox.warning(window, _tr("Back up"), str(error))
        return False
    window.statusBar().showMessage(
        _tr("Backed up to {path} (checked: intact).").format(path=str(written)), 8000
    )
    return True


def choose_backup_to_restore(window: MainWindow) -> None:
    folder = backup_folder(window.book.path)
    name, _ = QFileDialog.getOpenFileName(
        window,
        _tr("Restore from a backup"),
        str(folder if folder.is_dir() else Path.home()),
        _tr("Contact books (*.sqlite)"),
    )
    if name:
        restore_from(window, Path(name))


def restore_from(window: MainWindow, backup: Path, *, confirmed: bool = False) -> bool:
    """Check the backup, ask, and put it in place of the open book; True when restored."""
    title = _tr("Restore from a backup")
    try:
        check_backup(backup)
    except StorageError as error:
        QMessageBox.warning(window, title, str(error))
        return False
    if not confirmed:
        answer = QMessageBox.question(
            window,
            title,
            _tr(
                "Replace the contact book with the backup {path}? Changes made after the "
                "backup are not in it. The current book is kept as a copy beside it."
            ).format(path=str(backup)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
    try:
        result = restore_open_book(window.book, backup)
    except (StorageError, OSError) as error:
        QMessageBox.warning(window, title, str(error))
        return False
    finally:
        window.refresh()
    window.statusBar().showMessage(
        _tr("Restored. The replaced book is kept as {path}.").format(path=str(result.kept_copy)),
        10000,
    )
    return True


def _show_written(window: MainWindow, paths: list[Path]) -> None:
    folder = paths[0].parent if paths else ""
    count = len(paths)  # a plain name: lupdate skips plural texts counting anything else
    text = plural(RightsTexts, "Personal data exported to {folder} (%Ln file(s)).", count)
    window.statusBar().showMessage(text.format(folder=str(folder)), 10000)
